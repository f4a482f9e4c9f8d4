import { REVIEWERS, type Role, STAFF } from "../../../src/investigate/review/roles.js";

/** What the UI offers a role. The API enforces the same rules; this only hides what would be refused. */
export interface Permissions {
  /** Investigators, reviewers, admins: change incidents, ingest, write assessments. */
  edit: boolean;
  /** Reviewers and admins: verify, reject, sign off, share with partners. */
  review: boolean;
  admin: boolean;
  /** Partner institutions: read what was shared with them, nothing else. */
  partner: boolean;
}

export function permissionsOf(role: Role): Permissions {
  return {
    edit: STAFF.includes(role),
    review: REVIEWERS.includes(role),
    admin: role === "admin",
    partner: role === "partner",
  };
}

export const ROLE_LABELS: Record<Role, string> = {
  admin: "Administrator",
  investigator: "Investigator",
  reviewer: "Reviewer",
  partner: "Partner (read-only)",
};
