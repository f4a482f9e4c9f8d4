import { type ReactNode, useEffect, useRef } from "react";

let opened = false;

/**
 * A page's frame: sets the document title and, when navigation opens the page, moves focus to its heading
 * so keyboard and screen-reader users start reading at the new content, not at the top of the nav.
 */
export function Page({
  title,
  heading,
  lead,
  actions,
  children,
}: {
  title: string;
  heading?: ReactNode;
  lead?: ReactNode;
  actions?: ReactNode;
  children: ReactNode;
}) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} · Dossier`;
  }, [title]);
  useEffect(() => {
    // On the first page the app opens, focus stays at the top, where the skip link is.
    if (opened) ref.current?.focus();
    opened = true;
  }, []);
  return (
    <>
      <div className="page-header">
        <h1 ref={ref} tabIndex={-1}>
          {heading ?? title}
        </h1>
        {actions && <div className="page-actions">{actions}</div>}
      </div>
      {lead && <p className="lead">{lead}</p>}
      {children}
    </>
  );
}
