import { useMemo } from "react";
import useSWR from "swr";
import { type ApiError, api } from "../api/client.js";
import type { Incident, Page as ListPage } from "../api/types.js";
import { useUser } from "../auth/session.js";
import { IncidentTable } from "../components/IncidentTable.js";
import { Page } from "../components/Page.js";
import { Async, Empty } from "../components/States.js";
import { plural } from "../lib/format.js";
import { queueOrder } from "../lib/incidents.js";

const QUEUE = ["in_review", "corroborated", "disputed"] as const;

async function loadQueue(): Promise<Incident[]> {
  const pages = await Promise.all(
    QUEUE.map((s) => api<ListPage<Incident>>(`/api/incidents?status=${s}&limit=500`)),
  );
  return pages.flatMap((p) => p.items);
}

export function ReviewQueuePage() {
  const { user } = useUser();
  const result = useSWR<Incident[], ApiError>("/api/incidents?review-queue", loadQueue);
  const sorted = useMemo(
    () => (result.data ? queueOrder(result.data, user.username) : undefined),
    [result.data, user.username],
  );
  return (
    <Page
      title="Review queue"
      lead="Incidents in review, corroborated or disputed: yours first, then those waiting longest."
    >
      <Async result={{ ...result, data: sorted }} label="Loading the queue…">
        {(list) => {
          if (list.length === 0) return <Empty>Nothing is waiting for review.</Empty>;
          const mine = list.filter((i) => i.assignee === user.username);
          return (
            <>
              <p className="result-count">
                {plural(list.length, "incident")} waiting, {mine.length} assigned to you.
              </p>
              <IncidentTable
                incidents={list}
                caption="Review queue"
                rowTestId="review-queue-row"
                showAssignee
              />
            </>
          );
        }}
      </Async>
    </Page>
  );
}
