import { lazy, Suspense } from "react";
import { SWRConfig } from "swr";
import { Link, Redirect, Route, Switch, useLocation } from "wouter";
import { SessionProvider, useSession } from "./auth/session.js";
import { Layout } from "./components/Layout.js";
import { ErrorMessage, Loading } from "./components/States.js";
import { AuditPage } from "./pages/AuditPage.js";
import { AssessmentPage } from "./pages/assessments/AssessmentPage.js";
import { AssessmentsPage } from "./pages/assessments/AssessmentsPage.js";
import { DashboardPage } from "./pages/DashboardPage.js";
import { IncidentsPage } from "./pages/IncidentsPage.js";
import { IngestPage } from "./pages/IngestPage.js";
import { IncidentPage } from "./pages/incident/IncidentPage.js";
import { LoginPage } from "./pages/LoginPage.js";
import { OutletsPage } from "./pages/OutletsPage.js";
import { ReviewQueuePage } from "./pages/ReviewQueuePage.js";
import { SearchPage } from "./pages/SearchPage.js";
import { SetupPage } from "./pages/SetupPage.js";
import { SharesPage } from "./pages/SharesPage.js";
import { SourcesPage } from "./pages/SourcesPage.js";
import { SourcePage } from "./pages/source/SourcePage.js";
import { TimelinePage } from "./pages/TimelinePage.js";
import { UsersPage } from "./pages/UsersPage.js";

// The map brings the projection, clustering and atlas code: loaded only when the map is opened.
const MapPage = lazy(() => import("./pages/map/MapPage.js").then((m) => ({ default: m.MapPage })));

function NotFound() {
  const [location] = useLocation();
  return (
    <div className="state state-empty">
      <h1>Nothing here</h1>
      <p>
        There is no page at <code>{location}</code>. <Link href="/">Go to the dashboard</Link>.
      </p>
    </div>
  );
}

function SignedInRoutes() {
  return (
    <Layout>
      <Switch>
        <Route path="/" component={DashboardPage} />
        <Route path="/login">
          <Redirect to="/" replace />
        </Route>
        <Route path="/incidents" component={IncidentsPage} />
        <Route path="/incidents/:id">{(p) => <IncidentPage key={p.id} id={p.id} />}</Route>
        <Route path="/map">
          <Suspense fallback={<Loading label="Loading the map…" />}>
            <MapPage />
          </Suspense>
        </Route>
        <Route path="/timeline" component={TimelinePage} />
        <Route path="/review" component={ReviewQueuePage} />
        <Route path="/sources" component={SourcesPage} />
        <Route path="/sources/:id">{(p) => <SourcePage key={p.id} id={p.id} />}</Route>
        <Route path="/search" component={SearchPage} />
        <Route path="/ingest" component={IngestPage} />
        <Route path="/assessments" component={AssessmentsPage} />
        <Route path="/assessments/:id">{(p) => <AssessmentPage key={p.id} id={p.id} />}</Route>
        <Route path="/outlets" component={OutletsPage} />
        <Route path="/sharing" component={SharesPage} />
        <Route path="/audit" component={AuditPage} />
        <Route path="/users" component={UsersPage} />
        <Route component={NotFound} />
      </Switch>
    </Layout>
  );
}

function Gate() {
  const { state, retry } = useSession();
  const [location] = useLocation();
  if (location === "/setup") return <SetupPage />;
  switch (state.status) {
    case "loading":
      return (
        <main className="centered" id="main">
          <Loading label="Opening Dossier…" />
        </main>
      );
    case "unreachable":
      return (
        <main className="centered" id="main">
          <h1>Dossier is not reachable</h1>
          <ErrorMessage error={new Error(state.message)} retry={retry} />
        </main>
      );
    case "anonymous":
      // The login form shows in place, so the page asked for opens once logged in.
      return <LoginPage notice={state.notice} />;
    case "signed-in":
      // Each login gets a cache of its own, dropped when it ends: nothing the last user fetched
      // can show to the next, and no list waits on an entry cleared without being refetched.
      return (
        <SWRConfig key={state.user.id} value={{ provider: () => new Map() }}>
          <SignedInRoutes />
        </SWRConfig>
      );
  }
}

export function App() {
  return (
    <SessionProvider>
      <Gate />
    </SessionProvider>
  );
}
