import { z } from "zod";
import { type Failure, fail } from "../review/roles.js";
import { CONFIDENCE_LEVELS, LIKELIHOOD_IDS } from "./estimative.js";
import type { AssessmentInput } from "./types.js";

const spanSchema = z
  .object({ start: z.number().int().min(0), end: z.number().int().min(0), text: z.string() })
  .refine((s) => s.end >= s.start, "the span ends before it starts");

const thirdPartySchema = z.object({
  sourceId: z.string().trim().min(1),
  span: spanSchema,
  claim: spanSchema,
  kind: z.enum(["assessment", "allegation", "determination"]),
  by: z.string().trim().min(1).nullable(),
  hedges: z.array(z.string()).default([]),
});

export const MAX_STATEMENT_LENGTH = 2_000;

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The schema for what an author submits. `today` (YYYY-MM-DD, from the caller's clock) bounds
 * the as-of date: an assessment cannot rest on information from the future.
 */
export function assessmentInputSchema(options: { today: string }) {
  return z
    .object({
      statement: z
        .string()
        .trim()
        .min(1, "the statement is empty")
        .max(MAX_STATEMENT_LENGTH, `the statement is longer than ${MAX_STATEMENT_LENGTH} characters`),
      incidentIds: z
        .array(z.string().trim().min(1))
        .default([])
        .transform((ids) => [...new Set(ids)]),
      likelihood: z.enum(LIKELIHOOD_IDS).nullable().default(null),
      confidence: z.enum(CONFIDENCE_LEVELS).nullable().default(null),
      asOf: z.iso
        .date("the as-of date must be a date, YYYY-MM-DD")
        // Checks run on after a format failure in zod 4: compare only well-formed dates.
        .refine((d) => !ISO_DAY.test(d) || d <= options.today, "the as-of date is in the future"),
      thirdParty: thirdPartySchema.nullable().default(null),
    })
    .superRefine((value, ctx) => {
      if (value.thirdParty === null && value.incidentIds.length === 0) {
        ctx.addIssue({
          code: "custom",
          path: ["incidentIds"],
          message: "an assessment needs at least one incident, unless it records a third party's assessment",
        });
      }
    });
}

/** Parses untrusted input into an AssessmentInput, or the refusal listing every problem. */
export function validateAssessmentInput(
  input: unknown,
  options: { today: string },
): { ok: true; value: AssessmentInput } | Failure {
  const parsed = assessmentInputSchema(options).safeParse(input);
  if (parsed.success) return { ok: true, value: parsed.data };
  const refusal = fail("invalid-assessment", "the assessment is not valid");
  refusal.error.details = parsed.error.issues.map((i) => ({ path: i.path.join("."), message: i.message }));
  return refusal;
}
