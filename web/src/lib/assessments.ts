import type { Assessment } from "../../../src/investigate/assessments/types.js";
import type { Permissions } from "../auth/permissions.js";

export type Step = "submit" | "return" | "sign-off" | "withdraw";

export const STEP_LABELS: Record<Step, { button: string; done: string; hint: string }> = {
  submit: {
    button: "Submit for review",
    done: "Submitted for review.",
    hint: "A reviewer other than the author signs it off.",
  },
  return: {
    button: "Return to draft",
    done: "Returned to draft.",
    hint: "Send it back for changes; say what should change.",
  },
  "sign-off": {
    button: "Sign off",
    done: "Signed off.",
    hint: "You confirm the judgement as independent reviewer.",
  },
  withdraw: { button: "Withdraw", done: "Withdrawn.", hint: "It stays on record, marked withdrawn." },
};

export const ASSESSMENT_STATUS_LABELS: Record<Assessment["status"], string> = {
  draft: "Draft",
  under_review: "Under review",
  signed_off: "Signed off",
  withdrawn: "Withdrawn",
};

/**
 * The steps to offer this user on this assessment, mirroring the server's workflow: authors
 * submit, the author or a reviewer returns, a reviewer who is not the author signs off, and only
 * a reviewer withdraws what was signed off.
 */
export function assessmentSteps(
  a: Pick<Assessment, "status" | "author">,
  me: string,
  can: Permissions,
): Step[] {
  if (!can.edit) return [];
  const mine = a.author === me;
  switch (a.status) {
    case "draft":
      return [...(mine || can.review ? (["submit"] as const) : []), "withdraw"];
    case "under_review":
      return [
        ...(mine || can.review ? (["return"] as const) : []),
        ...(can.review && !mine ? (["sign-off"] as const) : []),
        "withdraw",
      ];
    case "signed_off":
      return can.review ? ["withdraw"] : [];
    default:
      return [];
  }
}
