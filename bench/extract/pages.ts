import { readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { sharedPath } from "../../src/testing/shared.js";

export interface EvalPage {
  id: string;
  url: string;
  html: string;
  gold: string;
}

export const DATASET = "article-extraction";

/** The benchmark's pages, decompressed up front so that timing measures extraction only. */
export function loadPages(): EvalPage[] {
  const dir = sharedPath("eval", "article-extraction");
  const truth = JSON.parse(readFileSync(`${dir}/ground-truth.json`, "utf8")) as Record<
    string,
    { articleBody: string; url: string }
  >;
  return Object.entries(truth)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([id, t]) => ({
      id,
      url: t.url,
      gold: t.articleBody,
      html: gunzipSync(readFileSync(`${dir}/html/${id}.html.gz`)).toString("utf8"),
    }));
}
