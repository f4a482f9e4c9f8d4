import type { ReactNode } from "react";
import { Link, useRoute } from "wouter";
import { ROLE_LABELS } from "../auth/permissions.js";
import { useSession, useUser } from "../auth/session.js";

function NavLink({ href, children }: { href: string; children: ReactNode }) {
  const [exact] = useRoute(href);
  const [nested] = useRoute(`${href}/*`);
  const active = exact || (href !== "/" && nested);
  return (
    <li>
      <Link href={href} className="nav-link" aria-current={active ? "page" : undefined}>
        {children}
      </Link>
    </li>
  );
}

export function Layout({ children }: { children: ReactNode }) {
  const { user, can } = useUser();
  const { logout } = useSession();
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to main content
      </a>
      <header className="app-header">
        <Link href="/" className="brand">
          Dossier
        </Link>
        <nav aria-label="Main">
          <ul className="nav-list">
            <NavLink href="/">Dashboard</NavLink>
            <NavLink href="/incidents">Incidents</NavLink>
            <NavLink href="/map">Map</NavLink>
            <NavLink href="/timeline">Timeline</NavLink>
            {can.edit && <NavLink href="/review">Review queue</NavLink>}
            <NavLink href="/sources">Sources</NavLink>
            <NavLink href="/search">Search</NavLink>
            {can.edit && <NavLink href="/ingest">Ingest</NavLink>}
            {can.edit && <NavLink href="/assessments">Assessments</NavLink>}
            {can.edit && <NavLink href="/outlets">Outlets</NavLink>}
            {can.review && <NavLink href="/sharing">Sharing</NavLink>}
            {can.edit && <NavLink href="/audit">Audit</NavLink>}
            {can.admin && <NavLink href="/users">Users</NavLink>}
          </ul>
        </nav>
        <div className="user-box">
          <span className="user-name" data-testid="current-user">
            {user.username}
            <span className="user-role"> · {ROLE_LABELS[user.role]}</span>
          </span>
          <button type="button" className="button secondary small" onClick={() => void logout()}>
            Log out
          </button>
        </div>
      </header>
      {can.partner && (
        <p className="partner-banner" role="note">
          You are viewing what has been shared with your institution. Everything here is read-only.
        </p>
      )}
      <main id="main" tabIndex={-1} className="app-main">
        {children}
      </main>
    </>
  );
}
