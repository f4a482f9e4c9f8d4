import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Dossier } from "../../app.js";
import { requirePrincipal, requireRole } from "../../auth/index.js";
import { gradeOutlet } from "../../investigate/incidents/operations/grading.js";
import { REVIEWERS, ROLES, STAFF } from "../../investigate/review/roles.js";
import { shareIncidents, unshareIncident } from "../../investigate/sharing/share.js";
import { opsOf } from "../context.js";
import { incidentId, note } from "../schemas.js";

/** Outlet grades, partner shares and user accounts. */
export function adminRoutes(dossier: Dossier): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      "/api/outlets",
      {
        preHandler: requireRole(...STAFF),
        schema: { summary: "Outlet reliability grades set by this team" },
      },
      async () => ({ items: await dossier.store.outletGrades() }),
    );
    app.put(
      "/api/outlets",
      {
        preHandler: requireRole(...STAFF),
        schema: {
          summary: "Grade an outlet's reliability A–F",
          body: z.object({ outlet: z.string().min(1), grade: z.string(), note }),
        },
      },
      async (request) => gradeOutlet(opsOf(request, dossier), request.body),
    );

    app.get(
      "/api/shares",
      { preHandler: requireRole(...REVIEWERS), schema: { summary: "Incidents shared with partners" } },
      async () => ({ items: await dossier.store.listShares() }),
    );
    app.post(
      "/api/shares",
      {
        preHandler: requireRole(...REVIEWERS),
        schema: {
          summary: "Share incidents with a partner institution",
          body: z.object({
            partner: z.string().min(1),
            incidentIds: z.array(incidentId).min(1),
            includeSensitive: z.boolean().default(false),
            note,
          }),
        },
      },
      async (request, reply) => {
        const { partner, ...rest } = request.body;
        return reply
          .status(201)
          .send({ items: await shareIncidents(opsOf(request, dossier), { partnerId: partner, ...rest }) });
      },
    );
    app.delete(
      "/api/shares/:partner/:incident",
      {
        preHandler: requireRole(...REVIEWERS),
        schema: {
          summary: "Stop sharing an incident",
          params: z.object({ partner: z.string(), incident: incidentId }),
          body: z.object({ note }),
        },
      },
      async (request, reply) => {
        await unshareIncident(opsOf(request, dossier), {
          partnerId: request.params.partner,
          incidentId: request.params.incident,
          note: request.body.note,
        });
        return reply.status(204).send();
      },
    );

    app.get(
      "/api/users",
      { preHandler: requireRole("admin"), schema: { summary: "User accounts" } },
      async () => ({ items: await dossier.auth.listUsers() }),
    );
    app.post(
      "/api/users",
      {
        preHandler: requireRole("admin"),
        schema: {
          summary: "Create a user account",
          body: z.object({
            username: z.string(),
            password: z.string(),
            role: z.enum(ROLES),
            partnerId: z.string().min(1).optional(),
          }),
        },
      },
      async (request, reply) => {
        const actor = requirePrincipal(request);
        const user = await dossier.auth.createUser(request.body, { actor: actor.username });
        return reply.status(201).send(user);
      },
    );
  };
}
