import type { IncidentStatusId } from "../api/types.js";
import { STATUS_LABELS } from "../lib/format.js";

export function StatusBadge({ status }: { status: IncidentStatusId }) {
  return (
    <span className={`badge status-${status}`} data-status={status}>
      {STATUS_LABELS[status]}
    </span>
  );
}
