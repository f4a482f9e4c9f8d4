import type { ReactNode } from "react";
import { safeHttpUrl } from "../lib/safe-url.js";

/**
 * A link taken from a source. Only http(s) URLs become links, opened in a new tab without the
 * opener or a referrer and marked nofollow; anything else is shown as plain text.
 */
export function ExternalLink({ href, children }: { href: string | null | undefined; children?: ReactNode }) {
  const safe = safeHttpUrl(href);
  if (safe === null) return href ? <span className="url-text">{children ?? href}</span> : null;
  return (
    <a href={safe} target="_blank" rel="noopener noreferrer nofollow" className="external">
      {children ?? safe}
      <span className="visually-hidden"> (opens in a new tab)</span>
    </a>
  );
}
