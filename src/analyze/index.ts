import type { Analysis, AnalysisContext } from "../domain/analysis.js";
import { findAssessments } from "./assessments/index.js";
import { findDates } from "./dates/index.js";
import { findEntities } from "./entities/index.js";
import { findFigures } from "./figures/index.js";
import { findIncidents } from "./incidents/index.js";
import { findQuotes } from "./quotes/index.js";
import { prepare } from "./text/prepare.js";

/**
 * Bumped whenever any module's output changes, so that stored analyses are recomputed by
 * `dossier reanalyze`.
 */
export const ANALYZER_VERSION = "dossier-analyze@3";

/** The analyze stage: one pure function from text to every kind of mention, each anchored by its span. */
export function analyze(text: string, context: AnalysisContext): Analysis {
  const doc = prepare(text);
  const entities = findEntities(doc);
  const dates = findDates(doc, context);
  const quotes = findQuotes(doc, entities);
  const figures = findFigures(doc, entities);
  const incidents = findIncidents(doc, { entities, dates, figures });
  const assessments = findAssessments(doc, entities);
  return { version: ANALYZER_VERSION, entities, dates, quotes, figures, incidents, assessments };
}
