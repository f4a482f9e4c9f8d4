/**
 * Names the speaker a phrase refers to: the entity module's canonical name where its
 * mentions cover the phrase, the nearest earlier person for a pronoun, the earlier holder
 * of a title for "the secretary", and the fuller name used earlier for a bare surname.
 */
import type { EntityMention, Speaker, SpeakerResolution } from "../../domain/analysis.js";
import {
  basePronoun,
  DETERMINERS,
  PERSON_NOUNS,
  PERSON_PRONOUNS,
  SUBJECT_PRONOUNS,
  TITLE_WORDS,
} from "./lexicon.js";
import { nameInPhrase, type TokenRange } from "./phrases.js";
import { type QuoteView, tokenFrom } from "./view.js";

/** How far back (in characters) a pronoun or title looks for the one it stands for. */
const WINDOW = 2500;

interface Named {
  name: string;
  end: number;
  /** Lower-cased title words that came with the name ("secretary", "state"). */
  titles: string[];
}

export interface SpeakerResolver {
  /** `phrase` names the speaker; `antecedent` is what it stands for when it is "who" or "which". */
  resolve(phrase: TokenRange, antecedent: TokenRange | null): Speaker;
}

/** Index of the first mention (sorted by start) that starts at or after `at`. */
function firstStartingFrom(mentions: EntityMention[], at: number): number {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((mentions[mid]?.start ?? 0) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function nearestBefore(
  mentions: EntityMention[],
  at: number,
  accept: (m: EntityMention) => boolean,
): EntityMention | null {
  for (let i = firstStartingFrom(mentions, at) - 1; i >= 0; i--) {
    const m = mentions[i] as EntityMention;
    if (at - m.start > WINDOW) return null;
    if (m.end <= at && accept(m)) return m;
  }
  return null;
}

/** The mention that overlaps [start, end), if any (the latest-starting one when they nest). */
function covering(mentions: EntityMention[], start: number, end: number): EntityMention | null {
  for (let i = firstStartingFrom(mentions, end) - 1; i >= 0; i--) {
    const m = mentions[i] as EntityMention;
    if (m.end > start) return m;
    if (start - m.start > WINDOW) return null;
  }
  return null;
}

export function speakerResolver(view: QuoteView, entities: EntityMention[]): SpeakerResolver {
  const { doc, lower } = view;
  const text = doc.text;
  // a person named inside a quotation is rarely the one a later "he" stands for
  const outsideQuotes = (m: EntityMention) => view.inSegment[tokenFrom(doc, m.start)] === -1;
  const sorted = [...entities].sort((a, b) => a.start - b.start);
  const people = sorted.filter((m) => m.type === "person" && outsideQuotes(m));
  const history: Named[] = [];

  const speaker = (r: TokenRange, name: string, resolvedBy: SpeakerResolution): Speaker => {
    const start = doc.tokens[r.start]?.start ?? 0;
    const end = doc.tokens[r.end - 1]?.end ?? start;
    return { start, end, text: text.slice(start, end), name, resolvedBy };
  };
  const remember = (name: string, end: number, titles: string[]) => history.push({ name, end, titles });
  const recent = (at: number, accept: (n: Named) => boolean) =>
    history.findLast((n) => at - n.end <= WINDOW && n.end <= at && accept(n));

  function pronoun(r: TokenRange, word: string): Speaker {
    const at = doc.tokens[r.start]?.start ?? 0;
    // the entity module resolves pronouns for every mention; a speaker is one of them
    const resolved = covering(sorted, at, doc.tokens[r.start]?.end ?? at);
    if (resolved !== null && resolved.start === at) return speaker(r, resolved.name, "pronoun");
    if (PERSON_PRONOUNS.has(word)) {
      const person = nearestBefore(people, at, () => true);
      const earlier = recent(at, (n) => n.name.includes(" "));
      const name = person && (!earlier || person.end > earlier.end) ? person.name : earlier?.name;
      return speaker(r, name ?? text.slice(at, doc.tokens[r.start]?.end), "pronoun");
    }
    const org = word === "it" ? nearestBefore(sorted, at, (m) => m.type === "organization") : null;
    return speaker(r, org?.name ?? (doc.tokens[r.start]?.text as string), "pronoun");
  }

  function titled(r: TokenRange, head: string): Speaker | null {
    const at = doc.tokens[r.start]?.start ?? 0;
    const holder = nearestBefore(people, at, (m) => {
      const before = text.slice(Math.max(0, m.start - 40), m.start).toLowerCase();
      return before.includes(head);
    });
    if (holder) return speaker(r, holder.name, "title");
    const earlier = recent(at, (n) => n.titles.includes(head));
    return earlier ? speaker(r, earlier.name, "title") : null;
  }

  function named(r: TokenRange, name: TokenRange): Speaker {
    const start = doc.tokens[name.start]?.start ?? 0;
    const end = doc.tokens[name.end - 1]?.end ?? start;
    const surface = text.slice(start, end);
    const titles = lower.slice(r.start, name.start).filter((w) => TITLE_WORDS.has(w) || PERSON_NOUNS.has(w));
    const entity = covering(sorted, start, end);
    const fuller = recent(start, (n) => n.name.endsWith(` ${surface}`));
    const canonical = entity?.name ?? fuller?.name ?? surface;
    remember(canonical, end, titles);
    return speaker(name, canonical, titles.length > 0 ? "title" : "explicit");
  }

  function resolvePhrase(r: TokenRange): Speaker {
    const first = lower[r.start] ?? "";
    if (r.end - r.start === 1 && SUBJECT_PRONOUNS.has(first)) return pronoun(r, basePronoun(first));
    const name = nameInPhrase(view, r);
    if (name) return named(r, name);
    const start = doc.tokens[r.start]?.start ?? 0;
    const end = doc.tokens[r.end - 1]?.end ?? start;
    const entity = covering(sorted, start, end);
    if (entity) return speaker(r, entity.name, "explicit");
    const head = lower[r.end - 1] ?? "";
    if (DETERMINERS.has(first) && (TITLE_WORDS.has(head) || PERSON_NOUNS.has(head))) {
      const byTitle = titled(r, head);
      if (byTitle) return byTitle;
    }
    return speaker(r, text.slice(start, end), "explicit");
  }

  return {
    resolve(phrase: TokenRange, antecedent: TokenRange | null): Speaker {
      if (antecedent === null) return resolvePhrase(phrase);
      return speaker(phrase, resolvePhrase(antecedent).name, "pronoun");
    },
  };
}
