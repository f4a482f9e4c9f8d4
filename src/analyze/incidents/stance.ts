import type { EntityMention } from "../../domain/analysis.js";
import type { NamedSpan, Span } from "../../domain/span.js";
import { actorName } from "./perpetrator.js";

const DENIAL = new RegExp(
  [
    "\\b(?:denied|denies|deny|denying|denial)\\b",
    "\\b(?:described|dismissed|called|branded|labell?ed|rejected|termed|characteri[sz]ed|calling|dismissing|describing)\\b[^.;]{0,40}?['\"‘“]?\\b(?:fake|staged|a provocation|provocation|fabricat\\w*|hoax|lies?|false|disinformation|propaganda|nonsense|baseless|groundless|unfounded)\\b",
    "\\bfake news\\b|\\bfalse flag\\b",
    "\\b(?:not|never|no longer) (?:been )?(?:targeting|targeted|target|attacking|attacked|striking|strike|struck|hitting|hit) (?:\\w+ )?civilian",
    "\\b(?:only|exclusively) (?:targets?|targeting|targeted|strikes?|striking|struck|hits?|hitting) (?:\\w+ )?(?:military|legitimate)",
    "\\b(?:rejected|dismissed|refuted) (?:the |these |those |such )?(?:claims?|accusations?|allegations?|reports?)",
  ].join("|"),
  "i",
);

const CONFIRMATION =
  /\b(?:confirmed|verified|documented|corroborated|established|concluded|determined|found that)\b/i;
const NOT_CONFIRMED =
  /\b(?:not|n't|unable to|yet to|cannot|could not|couldn't|has not|have not|without)\s+(?:\w+\s+){0,2}$/i;
const AUTHORITY =
  /\b(?:police|officials?|ministry|authorities|government|governor|mayor|prosecutors?|investigat\w+|inquiry|commission|monitors?|mission|UN|United Nations|OHCHR|OSCE|ICC|Human Rights Watch|HRW|Amnesty|military|army|spokes(?:man|woman|person))\b/i;

/** Where a clause starts and stops: dashes, commas, semicolons, brackets. */
const CLAUSE_BREAK = /\s[-–—]\s|[,;()]|\s[-–—]$/g;

export interface Denial extends Span {
  by: NamedSpan | null;
}

export interface StanceInput {
  text: string;
  /** The stretches to search, usually the incident's sentences. */
  start: number;
  end: number;
  entities: readonly EntityMention[];
}

/** The clause of `text[start, end)` around `at`, trimmed. */
function clauseAround(text: string, start: number, end: number, at: number, atEnd: number): Span {
  let from = start;
  let to = end;
  CLAUSE_BREAK.lastIndex = 0;
  const sentence = text.slice(start, end);
  for (let m = CLAUSE_BREAK.exec(sentence); m !== null; m = CLAUSE_BREAK.exec(sentence)) {
    const s = start + m.index;
    if (s + m[0].length <= at) from = s + m[0].length;
    else if (s >= atEnd) {
      to = s;
      break;
    }
  }
  while (from < to && /\s/.test(text[from] ?? "")) from++;
  while (to > from && /[\s.]/.test(text[to - 1] ?? "")) to--;
  return { start: from, end: to, text: text.slice(from, to) };
}

/** Who denies: an entity or a known actor named in the clause before the denial words. */
function denier(input: StanceInput, clause: Span, cueAt: number): NamedSpan | null {
  const inClause = input.entities.filter(
    (e) => e.start >= clause.start && e.end <= cueAt && e.type !== "person",
  );
  const entity = inClause.at(-1) ?? input.entities.find((e) => e.start >= clause.start && e.end <= cueAt);
  if (entity !== undefined) {
    return { start: entity.start, end: entity.end, text: entity.text, name: actorName(entity.name) };
  }
  const before = input.text.slice(clause.start, cueAt);
  const m =
    /\b(?:the )?(Russia|Moscow|(?:the )?Kremlin|Ukraine|Kyiv|Kiev|Russian (?:defen[cs]e |foreign )?ministry|Russian officials|Ukrainian officials)\b/i.exec(
      before,
    );
  if (m === null || m[1] === undefined) return null;
  const s = clause.start + m.index + (m[0].length - m[1].length);
  return { start: s, end: s + m[1].length, text: m[1], name: actorName(m[1]) };
}

/** True when the text reports a denial somewhere. */
export function mentionsDenial(text: string): boolean {
  return DENIAL.test(text);
}

/** The first reported denial in the stretch, with its clause and who denies. */
export function findDenial(input: StanceInput): Denial | null {
  const stretch = input.text.slice(input.start, input.end);
  const m = DENIAL.exec(stretch);
  if (m === null) return null;
  const at = input.start + m.index;
  const sentenceStart = input.text.lastIndexOf(". ", at) + 1;
  const clause = clauseAround(
    input.text,
    Math.max(input.start, sentenceStart),
    input.end,
    at,
    at + m[0].length,
  );
  return { ...clause, by: denier(input, clause, at) };
}

/** True when an authority or an investigation is reported to confirm the event. */
export function isConfirmed(text: string, start: number, end: number): boolean {
  const stretch = text.slice(start, end);
  const m = CONFIRMATION.exec(stretch);
  if (m === null) return false;
  if (NOT_CONFIRMED.test(stretch.slice(Math.max(0, m.index - 30), m.index))) return false;
  return AUTHORITY.test(stretch);
}
