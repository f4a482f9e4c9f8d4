import type { DateMention, EntityMention, FigureMention } from "../../domain/analysis.js";
import { resolvePlace } from "../places/resolve.js";

/**
 * What findEntities, findDates and findFigures would hand findIncidents, built by hand so
 * that these tests do not move when those analyzers change.
 */

/** A place entity at every occurrence of each name, unresolved against the gazetteer. */
export function places(text: string, ...names: string[]): EntityMention[] {
  return placesWith(text, names, () => null);
}

/** A place entity at every occurrence of each name, resolved in the gazetteer as Ukrainian places. */
export function resolvedPlaces(text: string, ...names: string[]): EntityMention[] {
  return placesWith(text, names, (name) => resolvePlace(name, { countryHint: "UA" }));
}

function placesWith(
  text: string,
  names: string[],
  resolve: (name: string) => EntityMention["place"],
): EntityMention[] {
  const out: EntityMention[] = [];
  for (const name of names) {
    const place = resolve(name);
    for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
      out.push({
        type: "place",
        name: place?.name ?? name,
        start: i,
        end: i + name.length,
        text: name,
        place,
      });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

export function dateAt(text: string, phrase: string, iso: string): DateMention {
  const start = text.indexOf(phrase);
  if (start < 0) throw new Error(`no "${phrase}" in the text`);
  return {
    start,
    end: start + phrase.length,
    text: phrase,
    from: iso,
    to: iso,
    precision: "day",
    basis: "absolute",
  };
}

export function killedAt(text: string, phrase: string, value: number): FigureMention {
  const start = text.indexOf(phrase);
  if (start < 0) throw new Error(`no "${phrase}" in the text`);
  const span = { start, end: start + phrase.length, text: phrase };
  return {
    ...span,
    measure: "killed",
    who: "civilians",
    low: value,
    high: value,
    qualifier: "exact",
    value: span,
    attributedTo: null,
    hedges: [],
  };
}
