import { type ReactNode, useEffect, useRef } from "react";

/**
 * A page's frame: sets the document title and, when the page opens, moves focus to its heading
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
    ref.current?.focus({ preventScroll: true });
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
