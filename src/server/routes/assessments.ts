import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Dossier } from "../../app.js";
import { requireRole } from "../../auth/index.js";
import { renderAssessment } from "../../investigate/assessments/render.js";
import type { Assessment } from "../../investigate/assessments/types.js";
import {
  type AssessmentStep,
  recordAssessment,
  recordThirdParty,
  stepAssessment,
} from "../../investigate/incidents/operations/assessments.js";
import { STAFF } from "../../investigate/review/roles.js";
import { opsOf } from "../context.js";
import { ApiError } from "../errors.js";
import { incidentId, note } from "../schemas.js";

const present = (a: Assessment) => ({ ...a, rendered: renderAssessment(a) });
const STEPS: AssessmentStep[] = ["submit", "return", "sign-off", "withdraw"];

export function assessmentRoutes(dossier: Dossier): FastifyPluginAsyncZod {
  return async (app) => {
    app.addHook("preHandler", requireRole(...STAFF));
    // "ASM-1", "asm-0001" and "1" all name ASM-0001.
    const params = z.object({
      id: z
        .string()
        .regex(/^(?:ASM-?)?\d{1,9}$/i, "an assessment id like ASM-0001")
        .transform((s) => `ASM-${String(Number(s.replace(/\D+/g, ""))).padStart(4, "0")}`),
    });

    app.get("/api/assessments", { schema: { summary: "Every assessment, newest first" } }, async () => ({
      items: (await dossier.store.listAssessments()).map(present),
    }));
    app.get(
      "/api/assessments/:id",
      { schema: { summary: "One assessment and its history", params } },
      async (request) => {
        const found = await dossier.store.getAssessment(request.params.id);
        if (found === null) throw new ApiError("assessment-not-found", `no assessment ${request.params.id}`);
        return { assessment: present(found.assessment), events: found.events };
      },
    );
    app.post(
      "/api/assessments",
      {
        schema: {
          summary: "Draft an assessment over incidents (ICD 203 likelihood and confidence)",
          // Validated in depth by the assessment rules, which name every problem.
          body: z.record(z.string(), z.unknown()),
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(
            present(await recordAssessment(opsOf(request, dossier), { thirdParty: null, ...request.body })),
          ),
    );
    app.post(
      "/api/assessments/third-party",
      {
        schema: {
          summary: "Record an assessment a source states",
          body: z.object({
            sourceId: z.string(),
            index: z.number().int().min(0),
            incidentIds: z.array(incidentId).optional(),
          }),
        },
      },
      async (request, reply) =>
        reply.status(201).send(present(await recordThirdParty(opsOf(request, dossier), request.body))),
    );
    for (const step of STEPS) {
      app.post(
        `/api/assessments/:id/${step}`,
        { schema: { summary: `${step} an assessment`, params, body: z.object({ note }) } },
        async (request) =>
          present(await stepAssessment(opsOf(request, dossier), request.params.id, step, request.body.note)),
      );
    }
  };
}
