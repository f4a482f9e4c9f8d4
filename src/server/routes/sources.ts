import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Dossier } from "../../app.js";
import { ApiError } from "../errors.js";
import { presentHit, presentSource, presentSummary } from "../presenters.js";

const isoDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "a date like 2022-03-16");
const page = {
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).default(0),
};
const sourceId = z.object({
  id: z.string().regex(/^[0-9a-fA-F]{4,64}$/, "a source id (4 or more hex characters)"),
});

export function sourceRoutes(dossier: Dossier): FastifyPluginAsyncZod {
  return async (app) => {
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
        const result = await dossier.store.listSources(request.query);
        return { total: result.total, items: result.items.map(presentSummary) };
      },
    );

    app.get(
      "/api/sources/:id",
      { schema: { summary: "One source with its analysis", params: sourceId } },
      async (request) => {
        const source = await dossier.store.getSource(request.params.id);
        if (source === null) throw new ApiError("source-not-found", `no source with id ${request.params.id}`);
        return presentSource(source);
      },
    );

    app.get(
      "/api/sources/:id/original",
      { schema: { summary: "The preserved original bytes, exactly as captured", params: sourceId } },
      async (request, reply) => {
        const source = await dossier.store.getSource(request.params.id);
        if (source === null) throw new ApiError("source-not-found", `no source with id ${request.params.id}`);
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
        const result = await dossier.store.search(q, { limit, offset });
        return { query: q, total: result.total, hits: result.hits.map(presentHit) };
      },
    );

    app.get("/api/stats", { schema: { summary: "What the store holds" } }, async () => dossier.store.stats());
  };
}
