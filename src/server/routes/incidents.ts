import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Dossier } from "../../app.js";
import { requireAuth } from "../../auth/index.js";
import { incidentView } from "../../investigate/incidents/view.js";
import { allowedTransitions, INCIDENT_STATUSES } from "../../investigate/review/workflow.js";
import { canSeeIncident } from "../../investigate/sharing/scope.js";
import { scopeOf, viewerOf } from "../context.js";
import { ApiError } from "../errors.js";
import { incidentIdParams, isoDate, page } from "../schemas.js";

const near = z
  .string()
  .regex(/^-?\d+(\.\d+)?,-?\d+(\.\d+)?,\d+(\.\d+)?$/, "lat,lon,km")
  .transform((v) => {
    const [lat, lon, km] = v.split(",").map(Number) as [number, number, number];
    return { lat, lon, km };
  });

export function incidentRoutes(dossier: Dossier): FastifyPluginAsyncZod {
  return async (app) => {
    app.addHook("preHandler", requireAuth);

    app.get(
      "/api/incidents",
      {
        schema: {
          summary: "Incidents merged from all sources, newest first, filtered",
          querystring: z.object({
            ...page,
            status: z.enum(INCIDENT_STATUSES).optional(),
            type: z.string().optional(),
            category: z.string().optional(),
            near: near.optional(),
            from: isoDate.optional(),
            to: isoDate.optional(),
            source: z.string().optional(),
            assignee: z.string().optional(),
          }),
        },
      },
      async (request) => {
        const { type, source, ...query } = request.query;
        const scope = await scopeOf(request, dossier);
        return dossier.store.listIncidents({
          ...query,
          eventType: type,
          sourceId: source,
          ...scope.incidents,
        });
      },
    );

    async function visible(request: Parameters<typeof scopeOf>[0], id: string) {
      const detail = await dossier.store.getIncident(id);
      if (detail === null || !canSeeIncident(await scopeOf(request, dossier), detail.incident)) {
        throw new ApiError("incident-not-found", `no incident ${id}`);
      }
      return detail;
    }

    app.get(
      "/api/incidents/:id",
      {
        schema: {
          summary: "One incident: fields with sources, conflicts, grades, legal suggestions, history",
          params: incidentIdParams,
        },
      },
      async (request) => {
        const scope = await scopeOf(request, dossier);
        const view = await incidentView(dossier.store, await visible(request, request.params.id));
        if (!scope.partner) return view;
        // Partners see the evidence, not the team's internal review notes or who works on what.
        return { ...view, incident: { ...view.incident, assignee: null }, history: [] };
      },
    );

    app.get(
      "/api/incidents/:id/transitions",
      { schema: { summary: "The status changes the current user may make", params: incidentIdParams } },
      async (request) => {
        const { incident } = await visible(request, request.params.id);
        const { id, role } = viewerOf(request);
        const rules = allowedTransitions(
          { status: incident.status, assignee: incident.assignee },
          { id, role },
        );
        return { transitions: rules.map((r) => ({ to: r.to, meaning: r.meaning })) };
      },
    );

    app.get("/api/dashboard", { schema: { summary: "Counts for the dashboard" } }, async (request) => {
      const scope = await scopeOf(request, dossier);
      if (scope.partner) {
        const shared = await dossier.store.listIncidents({ limit: 500, offset: 0, ...scope.incidents });
        return { sources: null, incidents: { shared: shared.total } };
      }
      const [sources, incidents] = await Promise.all([dossier.store.stats(), dossier.store.countIncidents()]);
      return { sources, incidents };
    });
  };
}
