/**
 * Turns each cue of a sentence into attributions: who (a phrase next to the cue) said what
 * (a quoted segment, or the clause before or after the cue).
 */
import type { Sentence } from "../text/prepare.js";
import { Shape } from "../text/tokens.js";
import {
  type Bounds,
  clauseEnd,
  contentStart,
  quoteAfter,
  skipAudience,
  skipParenthesis,
  type Tail,
  tailAfter,
} from "./clause.js";
import { pollAttributions, questionAttributions } from "./adjuncts.js";
import { colonQuotes, labelAttribution } from "./colon.js";
import { type Cue, findCues } from "./cues.js";
import { nominalAttributions } from "./nominal.js";
import {
  ADVERBS,
  AUXILIARIES,
  CONJUNCTIONS,
  DETERMINERS,
  INVERTIBLE,
  PERSON_NOUNS,
  PREPOSITIONS,
  QUOTE_ONLY,
  SOURCE_NOUNS,
  SUBJECT_PRONOUNS,
  TITLE_WORDS,
} from "./lexicon.js";
import {
  isAdverb,
  nameRunFrom,
  phraseEndingAt,
  phraseStartingAt,
  skipLeftModifiers,
  type TokenRange,
} from "./phrases.js";
import type { QuoteView } from "./view.js";

/** Reported content: a quoted segment, or a token range of reported speech. */
export type Content = { segment: number } | { tokens: TokenRange };

export interface Attribution {
  cue: Cue;
  /** The words naming the speaker next to the cue ("he", "who", "Blinken"). */
  speaker: TokenRange | null;
  /** What a relative pronoun speaker stands for ("Beck" in "said Beck, who said …"). */
  antecedent: TokenRange | null;
  contents: Content[];
  /** Token where an outlet relaying the statement may be named ("(as per AP)"); -1 for none. */
  relayFrom: number;
}

const RELATIVE_SUBJECT = new Set(["who", "which", "that"]);

const POSSESSIVE_PRONOUNS = new Set(["his", "her", "their", "its", "my", "our", "your"]);

const BE = new Set(["is", "are", "was", "were", "be", "been", "being", "am"]);

function isComma(word: string): boolean {
  return word === "," || word === "—" || word === "–";
}

function attribution(
  cue: Cue,
  speaker: TokenRange | null,
  contents: Content[],
  relayFrom: number,
): Attribution {
  return { cue, speaker, antecedent: null, contents, relayFrom };
}

/** The clause before a post-posed cue: a quotation that closes there, or the sentence so far. */
function leftContent(view: QuoteView, before: number, s: Bounds): Content | null {
  let b = before;
  while (b >= s.first && isComma(view.lower[b] ?? "")) b--;
  const seg = view.closes[b] ?? -1;
  if (seg !== -1) return { segment: seg };
  if (b - s.first < 1) return null;
  // "In the same debate, the moderator asked …": a short opening adverbial is no statement
  if (PREPOSITIONS.has(view.lower[s.first] ?? "") && b - s.first < 8) return null;
  return { tokens: { start: s.first, end: b + 1 } };
}

/**
 * A comma or quotation close just before `i`'s phrase: `…, he said`, `"…" Trump said`. The
 * close may end the previous sentence, as `"Why?" Miller asked.` is split after the "?".
 */
function endsClauseBefore(view: QuoteView, i: number, s: Bounds): boolean {
  if (i >= s.first) return isComma(view.lower[i] ?? "") || view.closes[i] !== -1;
  return i === s.first - 1 && view.closes[i] !== -1;
}

function rightContent(view: QuoteView, k: number, s: Bounds): Content | null {
  const seg = quoteAfter(view, k, s);
  if (seg !== -1) return { segment: seg };
  const start = contentStart(view, k, s);
  if (start === -1) return null;
  const end = clauseEnd(view, start, s);
  return end - start >= 2 ? { tokens: { start, end } } : null;
}

function afterCue(view: QuoteView, cue: Cue, s: Bounds): number {
  const k = skipParenthesis(view, cue.end, s);
  return cue.verb?.audience ? skipAudience(view, k, s) : k;
}

function tailContents(view: QuoteView, tail: Tail, s: Bounds): Content[] {
  if (tail.kind === "split") return [{ segment: tail.segment }];
  if (tail.kind === "middle") {
    const end = clauseEnd(view, tail.from, s);
    return end - tail.from >= 2 ? [{ tokens: { start: tail.from, end } }] : [];
  }
  return [];
}

/** `…, he said.` / `"…," said Smith, "…"`: content before the cue, perhaps also after. */
function postPosed(view: QuoteView, before: number, tail: Tail, s: Bounds): Content[] | null {
  if (tail.kind === "clause") return null;
  const left = leftContent(view, before, s);
  if (left === null) return null;
  // after a quotation, `"…," she said, a hint of frustration in her voice` describes the saying
  if ("segment" in left && tail.kind === "middle") return [left];
  return [left, ...tailContents(view, tail, s)];
}

/** What may follow a cue and still begin its own content: `"…," he said that …`, `…: "…"`. */
function opensOwnContent(view: QuoteView, k: number): boolean {
  const w = view.lower[k] ?? "";
  if (w === "that" || SUBJECT_PRONOUNS.has(w) || (w === ":" && view.opens[k + 1] !== -1)) return true;
  // `"Marco! Marco!," the senator said his campaign …`: a new subject, a clause of its own
  return view.doc.tokens[k]?.shape !== Shape.Lower || DETERMINERS.has(w) || POSSESSIVE_PRONOUNS.has(w);
}

/** The subject of a sentence, for cues with none of their own ("…, saying that …"). */
export function sentenceSubject(view: QuoteView, s: Bounds, before: number): TokenRange | null {
  let k = s.first;
  while (k < before && CONJUNCTIONS.has(view.lower[k] ?? "")) k++;
  const w = view.lower[k] ?? "";
  if (PREPOSITIONS.has(w) || CONJUNCTIONS.has(w) || ADVERBS.has(w) || view.opens[k] !== -1) {
    let t = k;
    while (t < before && view.lower[t] !== ",") t++;
    if (t >= before) return null;
    k = t + 1;
  }
  return phraseStartingAt(view, k, before);
}

function accordingTo(view: QuoteView, cue: Cue, s: Bounds): Attribution | null {
  const agent = phraseStartingAt(view, cue.end, s.end);
  if (agent === null) return null;
  let j = cue.at - 1;
  while (j >= s.first && CONJUNCTIONS.has(view.lower[j] ?? "")) j--;
  if (j < s.first) {
    const content = rightContent(view, agent.end, s);
    return content ? attribution(cue, agent, [content], -1) : null;
  }
  // what follows "…, according to X" is not part of what X said unless it continues a quotation
  const tail = tailAfter(view, agent.end, s);
  const contents = postPosed(view, cue.at - 1, tail.kind === "split" ? tail : { kind: "end" }, s) ?? [];
  return contents.length > 0 ? attribution(cue, agent, contents, -1) : null;
}

/** A cue whose subject is that of the clause it hangs on: "…, saying that …", "… and added". */
function sharedSubject(
  view: QuoteView,
  cue: Cue,
  s: Bounds,
  previous: Attribution | undefined,
): Attribution | null {
  const k = afterCue(view, cue, s);
  const content = rightContent(view, k, s);
  if (content === null) return null;
  const a = attribution(cue, previous?.speaker ?? sentenceSubject(view, s, cue.at), [content], -1);
  a.antecedent = previous?.antecedent ?? null;
  return a;
}

/** A phrase that can name a speaker placed after its verb: a name, a pronoun, "the spokesman". */
function canNameSpeaker(view: QuoteView, phrase: TokenRange): boolean {
  if (hasName(view, phrase)) return true;
  const head = view.lower[phrase.end - 1] ?? "";
  return (
    SUBJECT_PRONOUNS.has(head) || PERSON_NOUNS.has(head) || TITLE_WORDS.has(head) || SOURCE_NOUNS.has(head)
  );
}

/** `"…," said Smith` / `…, says the spokesman.` */
function inverted(view: QuoteView, cue: Cue, j: number, s: Bounds): Attribution | null {
  if (!INVERTIBLE.has(cue.verb?.lemma ?? "")) return null;
  const afterQuote = view.closes[j] !== -1;
  let speaker = phraseStartingAt(view, cue.end, s.end);
  if (speaker === null) return null;
  // "…, said Ms. Brainard conveyed …": the name ends where the lower-case words begin; after a
  // quotation, "said Monmouth University political scientist Patrick Murray" is one phrase
  if (!afterQuote && view.doc.tokens[speaker.start]?.shape !== Shape.Lower) {
    speaker = nameRunFrom(view, speaker.start, speaker.end);
  }
  // "…, said he" is rare; "Murphy, though, said he's with …" is common
  if (
    !afterQuote &&
    (SUBJECT_PRONOUNS.has(view.lower[speaker.start] ?? "") || !canNameSpeaker(view, speaker))
  ) {
    return null;
  }
  const tail = tailAfter(view, speaker.end, s);
  // after an inverted speaker, ", 34, a North Dakota native" describes the speaker
  const contents = postPosed(view, j, tail.kind === "middle" ? { kind: "end" } : tail, s);
  return contents ? attribution(cue, speaker, contents, speaker.end) : null;
}

/**
 * `James Zogby, a Sanders superdelegate, said: …`, `Joe Scarborough, host of "Morning Joe,"
 * suggested …` — the subject before an appositive.
 */
function appositiveSubject(view: QuoteView, comma: number, s: Bounds): TokenRange | null {
  // "Anne Richards, assistant secretary for population, refugees, and migration, said":
  // the nearest phrase that names someone, else the nearest phrase
  let nearest: TokenRange | null = null;
  for (let t = comma - 1; t > s.first && comma - t < 40; t--) {
    if (view.lower[t] !== "," || view.closes[t] !== -1) continue;
    const phrase = phraseEndingAt(view, t - 1, s.first);
    if (phrase === null) continue;
    if (hasName(view, phrase)) return phrase;
    nearest ??= phrase;
  }
  return nearest;
}

function hasName(view: QuoteView, phrase: TokenRange): boolean {
  for (let t = phrase.start; t < phrase.end; t++) {
    const shape = view.doc.tokens[t]?.shape;
    if (shape === Shape.Capitalized || shape === Shape.Upper) return true;
  }
  return SUBJECT_PRONOUNS.has(view.lower[phrase.start] ?? "");
}

/** "The meeting was first reported by Politico": the agent speaks, the subject is content. */
function passive(view: QuoteView, cue: Cue, s: Bounds): Attribution | null {
  const agent = phraseStartingAt(view, cue.agentAt, s.end);
  if (agent === null) return null;
  let j = cue.at - 1;
  while (j >= s.first && !BE.has(view.lower[j] ?? "")) j--;
  const w = view.lower[j - 1] ?? "";
  const content = RELATIVE_SUBJECT.has(w) ? { start: j - 1, end: j } : phraseEndingAt(view, j - 1, s.first);
  return content ? attribution(cue, agent, [{ tokens: content }], agent.end) : null;
}

function subjectFirst(view: QuoteView, cue: Cue, subject: TokenRange, s: Bounds): Attribution | null {
  const before = subject.start - 1;
  if (endsClauseBefore(view, before, s)) {
    // `"…," Trump told the Post.`: the addressee is no content
    const from = cue.verb?.audience ? (phraseStartingAt(view, cue.end, s.end)?.end ?? cue.end) : cue.end;
    let tail = tailAfter(view, from, s);
    // right after a quotation the cue closes it, whatever circumstances follow ("said late last week")
    if (
      tail.kind === "clause" &&
      before >= s.first &&
      view.closes[before] !== -1 &&
      !opensOwnContent(view, from)
    )
      tail = { kind: "end" };
    const contents = postPosed(view, before, tail, s);
    if (contents) return attribution(cue, subject, contents, from);
  }
  const k = afterCue(view, cue, s);
  const content = rightContent(view, k, s) ?? quoteInNextSentence(view, k, s);
  // "said (as per AP): …"; further on, an "according to" is part of the content
  return content ? attribution(cue, subject, [content], view.lower[cue.end] === "(" ? cue.end : -1) : null;
}

/**
 * `Smith said in a statement.` followed by the quotation itself, a sentence or paragraph
 * that is nothing but the quotation (one with a cue of its own has a speaker already).
 */
function quoteInNextSentence(view: QuoteView, k: number, s: Bounds): Content | null {
  if (tailAfter(view, k, s).kind !== "end") return null;
  const segment = view.segments[view.opens[s.end] ?? -1];
  if (segment === undefined) return null;
  const paragraphEnd = view.doc.paragraphs[segment.paragraph]?.end ?? 0;
  if (segment.close !== -1 && segment.close < paragraphEnd - 1) return null;
  return { segment: view.opens[s.end] ?? -1 };
}

function verbAttribution(view: QuoteView, cue: Cue, s: Bounds): Attribution | null {
  let j = skipLeftModifiers(view, cue.at - 1, s.first);
  const relative = RELATIVE_SUBJECT.has(view.lower[j] ?? "") && j > s.first ? j : -1;
  if (relative !== -1) {
    j--;
    while (j >= s.first && isComma(view.lower[j] ?? "")) j--;
  }
  const subject = phraseEndingAt(view, j, s.first);
  if (subject !== null) {
    const a = subjectFirst(view, cue, relative === -1 ? subject : { start: relative, end: relative + 1 }, s);
    if (a && relative !== -1) a.antecedent = subject;
    return a;
  }
  if (!endsClauseBefore(view, j, s)) return null;
  const inv = inverted(view, cue, j, s);
  if (inv) return inv;
  const appositive = appositiveSubject(view, j, s);
  return appositive === null ? null : subjectFirst(view, cue, appositive, s);
}

/** "…, saying that …" (an -ing cue hanging on a clause), "… and added" (a second verb). */
function hasSharedSubject(view: QuoteView, cue: Cue): boolean {
  let j = cue.at - 1;
  while (j > 0 && (isAdverb(view, j) || AUXILIARIES.has(view.lower[j] ?? ""))) j--;
  const w = view.lower[j] ?? "";
  if (cue.verb?.form !== "ing") return w === "and" || w === "but";
  return w === "," || w === "and" || w === "while" || w === "by" || w === "before" || w === "after";
}

/** "is saying", "we're hoping". */
function isProgressive(view: QuoteView, cue: Cue): boolean {
  let j = cue.at - 1;
  while (j > 0 && isAdverb(view, j)) j--;
  const w = view.lower[j] ?? "";
  return BE.has(w) || /'(?:s|re|m)$/.test(w);
}

function quotedSegments(attributions: Attribution[]): Set<number> {
  const taken = new Set<number>();
  for (const a of attributions) for (const c of a.contents) if ("segment" in c) taken.add(c.segment);
  return taken;
}

/** Attributions of one sentence, in the order of their cues. */
export function attributeSentence(view: QuoteView, sentence: Sentence): Attribution[] {
  const s: Bounds = { first: sentence.firstToken, end: sentence.endToken };
  const out: Attribution[] = [];
  const label = labelAttribution(view, s);
  if (label) out.push(label);
  for (const cue of findCues(view, s.first, s.end)) {
    let a: Attribution | null;
    if (cue.verb === null) a = accordingTo(view, cue, s);
    else if (cue.agentAt !== -1) a = passive(view, cue, s);
    else if (hasSharedSubject(view, cue)) a = sharedSubject(view, cue, s, out.at(-1));
    else if (cue.verb.form === "ing" && !isProgressive(view, cue)) a = null;
    else a = verbAttribution(view, cue, s);
    if (a === null) continue;
    if (QUOTE_ONLY.has(cue.verb?.lemma ?? "") && !a.contents.some((c) => "segment" in c)) continue;
    out.push(a);
  }
  out.push(...colonQuotes(view, s, quotedSegments(out), (before) => sentenceSubject(view, s, before)));
  out.push(...pollAttributions(view, s), ...questionAttributions(view, s), ...nominalAttributions(view, s));
  return out;
}
