import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Dossier } from "../../app.js";
import { requireRole } from "../../auth/index.js";
import { EVENT_TYPES } from "../../domain/analysis.js";
import { gradeClaim } from "../../investigate/incidents/operations/grading.js";
import {
  attachSource,
  createIncident,
  detachMention,
  editIncident,
  mergeIncidents,
  splitIncident,
} from "../../investigate/incidents/operations/membership.js";
import {
  assignIncident,
  flagIncident,
  reviewIncident,
} from "../../investigate/incidents/operations/review.js";
import { STAFF } from "../../investigate/review/roles.js";
import { INCIDENT_STATUSES } from "../../investigate/review/workflow.js";
import { opsOf } from "../context.js";
import { incidentId, incidentIdParams, isoDate, note } from "../schemas.js";

const overrides = z
  .object({
    eventType: z.enum(EVENT_TYPES).optional(),
    place: z
      .object({
        name: z.string().min(1),
        lat: z.number().min(-90).max(90),
        lon: z.number().min(-180).max(180),
      })
      .optional(),
    date: z.object({ from: isoDate, to: isoDate }).optional(),
    notes: z.string().max(10_000).optional(),
  })
  .strict();

/** Case work on incidents: thin handlers over investigate/incidents/operations. */
export function caseworkRoutes(dossier: Dossier): FastifyPluginAsyncZod {
  return async (app) => {
    app.addHook("preHandler", requireRole(...STAFF));
    const ops = (request: Parameters<typeof opsOf>[0]) => opsOf(request, dossier);
    const params = incidentIdParams;

    app.post(
      "/api/incidents/:id/review",
      {
        schema: {
          summary: "Change an incident's status (a note is required)",
          params,
          body: z.object({
            to: z.enum(INCIDENT_STATUSES),
            note,
            assignee: z.string().min(1).nullable().optional(),
          }),
        },
      },
      async (request) => reviewIncident(ops(request), request.params.id, request.body),
    );
    app.post(
      "/api/incidents/:id/assign",
      {
        schema: {
          summary: "Assign an incident",
          params,
          body: z.object({ assignee: z.string().min(1).nullable(), note: note.optional() }),
        },
      },
      async (request) => assignIncident(ops(request), request.params.id, request.body),
    );
    app.post(
      "/api/incidents/:id/flags",
      {
        schema: {
          summary: "Add or remove sensitivity flags",
          params,
          body: z.object({
            add: z.array(z.string()).optional(),
            remove: z.array(z.string()).optional(),
            note: note.optional(),
          }),
        },
      },
      async (request) => flagIncident(ops(request), request.params.id, request.body),
    );
    app.post(
      "/api/incidents/:id/merge",
      {
        schema: {
          summary: "Merge other incidents into this one",
          params,
          body: z.object({ others: z.array(incidentId).min(1), note }),
        },
      },
      async (request) =>
        mergeIncidents(ops(request), request.params.id, request.body.others, request.body.note),
    );
    app.post(
      "/api/incidents/:id/split",
      {
        schema: {
          summary: "Move mentions into a new incident",
          params,
          body: z.object({ mentionIds: z.array(z.string()).min(1), note }),
        },
      },
      async (request) =>
        splitIncident(ops(request), request.params.id, request.body.mentionIds, request.body.note),
    );
    app.post(
      "/api/incidents/:id/detach",
      {
        schema: {
          summary: "Take a mention out of an incident",
          params,
          body: z.object({ mentionId: z.string(), note }),
        },
      },
      async (request) =>
        detachMention(ops(request), request.params.id, request.body.mentionId, request.body.note),
    );
    app.post(
      "/api/incidents/:id/sources",
      {
        schema: {
          summary: "Attach a source by hand",
          params,
          body: z.object({ sourceId: z.string(), note }),
        },
      },
      async (request) =>
        attachSource(ops(request), request.params.id, request.body.sourceId, request.body.note),
    );
    app.patch(
      "/api/incidents/:id",
      {
        schema: {
          summary: "Correct an incident's fields by hand",
          params,
          body: z.object({
            title: z.string().max(300).nullable().optional(),
            overrides: overrides.optional(),
            note,
          }),
        },
      },
      async (request) => {
        const { title, overrides: o, note: why } = request.body;
        return editIncident(ops(request), request.params.id, {
          ...(title !== undefined && { title }),
          ...(o && { overrides: o }),
          note: why,
        });
      },
    );
    app.post(
      "/api/incidents",
      {
        schema: {
          summary: "Create an incident by hand",
          body: z.object({
            title: z.string().min(1).max(300),
            overrides: overrides.default({}),
            sourceIds: z.array(z.string()).default([]),
            note,
          }),
        },
      },
      async (request, reply) => reply.status(201).send(await createIncident(ops(request), request.body)),
    );
    app.post(
      "/api/incidents/:id/grades",
      {
        schema: {
          summary: "Grade the credibility (1–6) of one of an incident's claims",
          params,
          body: z.object({ claim: z.string().min(1).max(200), grade: z.number().int(), note }),
        },
      },
      async (request, reply) => {
        await gradeClaim(ops(request), { incidentId: request.params.id, ...request.body });
        return reply.status(204).send();
      },
    );
  };
}
