import type { SearchHit, SourceSummary, StoredSource } from "../store/store.js";

// Presenters decide what the API shows; store types stay free to change behind them.

export function presentSummary(s: SourceSummary) {
  return {
    id: s.id,
    sha256: s.sha256,
    title: s.title,
    outlet: s.outlet,
    publishedAt: s.publishedAt,
    lang: s.lang,
    url: s.url,
    words: s.words,
    ingestedAt: s.ingestedAt,
  };
}

export function presentSource(s: StoredSource) {
  return {
    id: s.id,
    sha256: s.sha256,
    title: s.title,
    byline: s.byline,
    outlet: s.outlet,
    publishedAt: s.publishedAt,
    lang: s.lang,
    url: s.url,
    text: s.text,
    paragraphs: s.paragraphs,
    extractor: s.extractor,
    ingestedAt: s.ingestedAt,
    capture: s.capture,
    sightings: s.sightings,
    analysis: s.analysis,
  };
}

export function presentHit(h: SearchHit) {
  return { source: presentSummary(h.source), score: h.score, snippet: h.snippet };
}
