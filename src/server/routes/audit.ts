import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Dossier } from "../../app.js";
import { parseAnchor, verifyAudit } from "../../audit/verify.js";
import { requireRole } from "../../auth/index.js";
import { STAFF } from "../../investigate/review/roles.js";
import { ApiError } from "../errors.js";

export function auditRoutes(dossier: Dossier): FastifyPluginAsyncZod {
  return async (app) => {
    app.addHook("preHandler", requireRole(...STAFF));

    app.get(
      "/api/audit",
      {
        schema: {
          summary: "Audit log entries in order",
          querystring: z.object({
            from: z.coerce.number().int().min(1).default(1),
            limit: z.coerce.number().int().min(1).max(1000).default(100),
          }),
        },
      },
      async (request) => {
        const entries = [];
        for await (const e of dossier.store.auditEntries(request.query.from)) {
          // Row digests are for verification, not for reading.
          const { rows: _rows, ...payload } = (e.payload ?? {}) as Record<string, unknown>;
          entries.push({ ...e, payload });
          if (entries.length >= request.query.limit) break;
        }
        const head = await dossier.store.auditHead();
        return { entries, head: head && { seq: head.seq, hash: head.hash } };
      },
    );

    app.get(
      "/api/audit/verify",
      {
        schema: {
          summary: "Recompute the hash chain and check every stored row against it",
          querystring: z.object({ head: z.string().optional() }),
        },
      },
      async (request) => {
        const anchor = request.query.head === undefined ? null : parseAnchor(request.query.head);
        if (request.query.head !== undefined && anchor === null) {
          throw new ApiError("invalid-request", "head must be seq:hash as printed by `dossier audit head`");
        }
        return verifyAudit(
          { entries: dossier.store.auditEntries(), rows: () => dossier.store.currentRowDigests() },
          { anchor },
        );
      },
    );
  };
}
