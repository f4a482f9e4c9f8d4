import { z } from "zod";
import { parseIncidentId } from "../domain/incident.js";

// Request schemas shared by several route files.

export const isoDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "a date like 2022-03-16");

export const page = {
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).default(0),
};

export const sourceIdParams = z.object({
  id: z.string().regex(/^[0-9a-fA-F]{4,64}$/, "a source id (4 or more hex characters)"),
});

/** An incident id in any accepted spelling ("INC-00042", "inc-42", "42"), normalised. */
export const incidentId = z.string().transform((value, ctx) => {
  const id = parseIncidentId(value);
  if (id === null) {
    ctx.addIssue({ code: "custom", message: "an incident id like INC-00042" });
    return z.NEVER;
  }
  return id;
});

export const incidentIdParams = z.object({ id: incidentId });

export const note = z.string().max(10_000);
