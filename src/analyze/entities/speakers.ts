/**
 * First-person pronouns in a quotation stand for whoever is quoted: "I" and "me" for a
 * person speaking, "we" and "us" for an organisation (or for the organisation a quoted
 * spokesman or official speaks for). Who is quoted is what the quote finder attributes, so
 * these pronouns are resolved by the same rules as its speakers, not by a second guess.
 */
import type { EntityMention, QuoteMention } from "../../domain/analysis.js";
import { findQuotes } from "../quotes/index.js";
import type { PreparedText } from "../text/prepare.js";
import { Shape, type Token } from "../text/tokens.js";
import { ROLE_NOUNS } from "./lexicon.js";

const SINGULAR = new Set(["i", "me"]);
const PLURAL = new Set(["we", "us"]);

function bare(word: string): string {
  const cut = word.search(/['’]/);
  return (cut === -1 ? word : word.slice(0, cut)).toLowerCase();
}

interface Voice {
  person: string | null;
  organization: string | null;
}

// "a Foreign Office spokesman" speaks for the Foreign Office.
function affiliation(person: EntityMention): string | null {
  const words = person.name.split(" ");
  const role = words.at(-1) ?? "";
  return words.length > 1 && ROLE_NOUNS.has(role) ? words.slice(0, -1).join(" ") : null;
}

function voiceOf(q: QuoteMention, entities: EntityMention[]): Voice | null {
  const s = q.speaker;
  if (s === null) return null;
  const named = entities.find((e) => e.start < s.end && s.start < e.end && e.name === s.name);
  const same = named ?? entities.find((e) => e.name === s.name && e.type !== "place");
  if (!same) return null;
  if (same.type === "person") return { person: same.name, organization: affiliation(same) };
  return { person: null, organization: same.name };
}

// Quoted words, or words after "said:" that speak as the speaker would ("He said: I condemn
// this"); in a reported clause ("she said that I …") "I" is whoever reports.
function spokenAsIs(text: string, q: QuoteMention): boolean {
  return q.kind === "direct" || /:\s*$/.test(text.slice(Math.max(0, q.start - 4), q.start));
}

function hasFirstPerson(doc: PreparedText): boolean {
  for (let i = 0; i < doc.tokens.length; i++) {
    const w = bare((doc.tokens[i] as Token).text);
    if (SINGULAR.has(w) || PLURAL.has(w)) return true;
  }
  return false;
}

function firstTokenFrom(tokens: Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid] as Token).start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Mentions of the quoted speakers by "I", "me", "we" and "us" inside their quotations. */
export function firstPersonMentions(doc: PreparedText, entities: EntityMention[]): EntityMention[] {
  if (!hasFirstPerson(doc)) return [];
  const out: EntityMention[] = [];
  const { tokens } = doc;
  for (const q of findQuotes(doc, entities)) {
    if (!spokenAsIs(doc.text, q)) continue;
    const voice = voiceOf(q, entities);
    if (voice === null) continue;
    for (let i = firstTokenFrom(tokens, q.start); i < tokens.length; i++) {
      const t = tokens[i] as Token;
      if (t.start >= q.end) break;
      if (t.shape !== Shape.Lower && t.shape !== Shape.Capitalized) continue;
      const w = bare(t.text);
      const name = SINGULAR.has(w) ? voice.person : PLURAL.has(w) ? voice.organization : null;
      if (name === null) continue;
      const end = t.start + w.length;
      out.push({
        start: t.start,
        end,
        text: doc.text.slice(t.start, end),
        type: SINGULAR.has(w) ? "person" : "organization",
        name,
      });
    }
  }
  return out;
}
