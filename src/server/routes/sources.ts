import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Dossier } from "../../app.js";
import { requireAuth } from "../../auth/index.js";
import { canSeeSource } from "../../investigate/sharing/scope.js";
import { scopeOf } from "../context.js";
import { ApiError } from "../errors.js";
import { presentHit, presentSource, presentSummary } from "../presenters.js";
import { isoDate, page, sourceIdParams } from "../schemas.js";

export function sourceRoutes(dossier: Dossier): FastifyPluginAsyncZod {
  return async (app) => {
    app.addHook("preHandler", requireAuth);

    async function visibleSource(request: Parameters<typeof scopeOf>[0], id: string) {
      const source = await dossier.store.getSource(id);
      // A source outside the viewer's scope answers like a missing one: its existence is not shared either.
      if (source === null || !canSeeSource(await scopeOf(request, dossier), source.id)) {
        throw new ApiError("source-not-found", `no source with id ${id}`);
      }
      return source;
    }

    app.get(
      "/api/sources",
      {
        schema: {
          summary: "List sources, newest first",
          querystring: z.object({
            ...page,
            outlet: z.string().optional(),
            lang: z.string().optional(),
            from: isoDate.optional(),
            to: isoDate.optional(),
          }),
        },
      },
      async (request) => {
        const scope = await scopeOf(request, dossier);
        const result = await dossier.store.listSources({ ...request.query, restrictTo: scope.sources });
        return { total: result.total, items: result.items.map(presentSummary) };
      },
    );

    app.get(
      "/api/sources/:id",
      {
        schema: { summary: "One source with its text, capture record and analysis", params: sourceIdParams },
      },
      async (request) => presentSource(await visibleSource(request, request.params.id)),
    );

    app.get(
      "/api/sources/:id/original",
      { schema: { summary: "The preserved original bytes, exactly as captured", params: sourceIdParams } },
      async (request, reply) => {
        const source = await visibleSource(request, request.params.id);
        const bytes = await dossier.blobs.get(source.sha256);
        if (bytes === null) throw new ApiError("original-missing", `the original of ${source.id} is missing`);
        // Served as an opaque download: an original is untrusted and must never render in the app's origin.
        return reply
          .header("content-type", "application/octet-stream")
          .header("content-disposition", `attachment; filename="${source.sha256}"`)
          .header("x-content-sha256", source.sha256)
          .send(bytes);
      },
    );

    app.get(
      "/api/search",
      {
        schema: {
          summary: "Full-text search with highlighted snippets",
          querystring: z.object({ q: z.string().min(1), ...page }),
        },
      },
      async (request) => {
        const { q, limit, offset } = request.query;
        const scope = await scopeOf(request, dossier);
        const result = await dossier.store.search(q, { limit, offset, restrictTo: scope.sources });
        return { query: q, total: result.total, hits: result.hits.map(presentHit) };
      },
    );
  };
}
