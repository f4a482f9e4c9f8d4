/**
 * Turns each cue of a sentence into attributions: who (a phrase next to the cue) said what
 * (a quoted segment, or the clause before or after the cue).
 */
import type { Sentence } from "../text/prepare.js";
import { Shape } from "../text/tokens.js";
import { evidentialAdverbs, pollAttributions, questionAttributions } from "./adjuncts.js";
import { attitudeAttributions, evidentialAttribution } from "./attitude.js";
import { type Attribution, attribution } from "./attribution.js";
import { audienceEnd, type Bounds, tailAfter } from "./clause.js";
import { colonQuotes, labelAttribution } from "./colon.js";
import {
  afterCue,
  endsClauseBefore,
  opensOwnContent,
  postPosed,
  quoteInNextSentence,
  rightContent,
} from "./content.js";
import { type Cue, findCues } from "./cues.js";
import { AUXILIARIES, BE, CONJUNCTIONS, SOURCE_NOUNS, SUBJECT_PRONOUNS } from "./lexicon.js";
import { nominalAttributions } from "./nominal.js";
import {
  isAdverb,
  isComma,
  phraseEndingAt,
  phraseStartingAt,
  skipLeftModifiers,
  type TokenRange,
} from "./phrases.js";
import { statementAfter } from "./statement.js";
import { appositiveSubject, canNameSpeaker, sentenceSubject } from "./subject.js";
import { EVIDENTIAL, INVERTIBLE, QUOTE_ONLY } from "./verbs.js";
import type { QuoteView } from "./view.js";

const RELATIVE_SUBJECT = new Set(["who", "which", "that"]);

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
  const contents = postPosed(view, cue.at - 1, tail.kind === "split" ? tail : { kind: "end" }, s);
  if (contents) return attribution(cue, agent, contents, -1);
  // "During his visit, according to Reuters, the minister said …": the clause follows
  const content = tail.kind === "middle" ? rightContent(view, tail.from, s) : null;
  return content ? attribution(cue, agent, [content], -1) : null;
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

/**
 * The speaker after an inverted cue: "Democratic strategist Hank Sheinkopf", "a handful of
 * Democrats", "Doyle and others". Away from a quotation, the phrase ends with its last name
 * word ("…, said Ms. Brainard conveyed …"); after one, "said Monmouth University political
 * scientist Patrick Murray" is one phrase.
 */
function invertedSpeaker(view: QuoteView, cue: Cue, afterQuote: boolean, s: Bounds): TokenRange | null {
  const speaker = phraseStartingAt(view, cue.end, s.end);
  if (speaker === null) return null;
  if (!afterQuote && view.doc.tokens[speaker.start]?.shape !== Shape.Lower) {
    while (speaker.end > speaker.start + 1 && view.doc.tokens[speaker.end - 1]?.shape === Shape.Lower)
      speaker.end--;
  }
  const w = view.lower[speaker.end] ?? "";
  if (w === "of" || w === "and") {
    const more = phraseStartingAt(view, speaker.end + 1, s.end);
    if (more !== null) speaker.end = more.end;
  }
  return speaker;
}

/** `"…," said Smith` / `…, says the spokesman.` */
function inverted(view: QuoteView, cue: Cue, j: number, s: Bounds): Attribution | null {
  if (!INVERTIBLE.has(cue.verb?.lemma ?? "")) return null;
  const afterQuote = view.closes[j] !== -1;
  const speaker = invertedSpeaker(view, cue, afterQuote, s);
  if (speaker === null) return null;
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

/** "The meeting was first reported by Politico": the agent speaks, the subject is content. */
function passive(view: QuoteView, cue: Cue, s: Bounds): Attribution | null {
  let j = cue.at - 1;
  while (j >= s.first && !BE.has(view.lower[j] ?? "")) j--;
  const w = view.lower[j - 1] ?? "";
  const subject = RELATIVE_SUBJECT.has(w) ? { start: j - 1, end: j } : phraseEndingAt(view, j - 1, s.first);
  if (subject === null) return null;
  if (cue.agentless) {
    // "Twitter is increasingly seen as a news site": the whole clause is the view reported
    const rest = rightContent(view, cue.end, s);
    if (rest === null || !("tokens" in rest)) return null;
    return attribution(cue, null, [{ tokens: { start: subject.start, end: rest.tokens.end } }], -1);
  }
  const agent = phraseStartingAt(view, cue.agentAt, s.end);
  return agent ? attribution(cue, agent, [{ tokens: subject }], agent.end) : null;
}

function subjectFirst(view: QuoteView, cue: Cue, subject: TokenRange, s: Bounds): Attribution | null {
  let before = subject.start - 1;
  // `…, as some have speculated.`
  if (view.lower[before] === "as" && endsClauseBefore(view, before - 1, s)) before--;
  if (endsClauseBefore(view, before, s)) {
    // `"…," Trump told the Post.`: the addressee is no content
    const from = cue.verb?.audience ? audienceEnd(view, cue.end, s) : cue.end;
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
  if (content) return attribution(cue, subject, [content], view.lower[cue.end] === "(" ? cue.end : -1);
  const statement = statementAfter(view, k, s);
  return statement ? attribution(cue, subject, statement, -1) : null;
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
  return isComma(w) || w === "and" || w === "while" || w === "by" || w === "before" || w === "after";
}

/**
 * "a petition calling on him to …", "a super PAC supporting Mrs. Clinton": the noun speaks,
 * unless it is a statement someone issued ("Trump issued a statement saying …").
 */
function describing(view: QuoteView, cue: Cue, s: Bounds): Attribution | null {
  let speaker = phraseEndingAt(view, cue.at - 1, s.first);
  if (speaker === null) return null;
  const verb = speaker.start - 1;
  if (SOURCE_NOUNS.has(view.lower[speaker.end - 1] ?? "") && view.doc.tokens[verb]?.shape === Shape.Lower) {
    speaker = phraseEndingAt(view, skipLeftModifiers(view, verb - 1, s.first), s.first) ?? speaker;
  }
  const content = rightContent(view, afterCue(view, cue, s), s);
  return content ? attribution(cue, speaker, [content], -1) : null;
}

/** Verbs between a subject and "to say": "went on", "was prompted", "has decided". */
const MAX_GOVERNING = 3;

/** `Bryne went on to say, "…"`: the subject of the verb that "to say" depends on. */
function infinitive(view: QuoteView, cue: Cue, s: Bounds): Attribution | null {
  const content = rightContent(view, cue.end, s);
  if (content === null) return null;
  let j = cue.at - 2;
  const floor = Math.max(s.first, j - MAX_GOVERNING);
  while (j > floor && view.doc.tokens[j]?.shape === Shape.Lower && !SUBJECT_PRONOUNS.has(view.lower[j] ?? ""))
    j--;
  const speaker =
    phraseEndingAt(view, skipLeftModifiers(view, j, s.first), s.first) ?? sentenceSubject(view, s, cue.at);
  return attribution(cue, speaker, [content], -1);
}

/** "is saying", "we're hoping". */
function isProgressive(view: QuoteView, cue: Cue): boolean {
  let j = cue.at - 1;
  while (j > 0 && isAdverb(view, j)) j--;
  const w = view.lower[j] ?? "";
  return BE.has(w) || /'(?:s|re|m)$/.test(w);
}

/**
 * `Coming after the Senate declared Putin a "war criminal", the administration has
 * determined …`: a reported clause stops at the comma where another speaker's clause begins.
 */
function trimAtSiblings(view: QuoteView, attributions: Attribution[]): void {
  for (const a of attributions) {
    for (const c of a.contents) {
      if (!("tokens" in c)) continue;
      for (const b of attributions) {
        const at = b.speaker?.start ?? -1;
        if (b === a || at <= c.tokens.start + 1 || at >= c.tokens.end || b.cue.at < at) continue;
        if (view.lower[at - 1] === "," && b.cue.at < c.tokens.end)
          c.tokens.end = Math.min(c.tokens.end, at - 1);
      }
    }
  }
}

/** `b`'s cue stands inside a clause that `a` reports. */
function embeddedIn(b: Attribution, a: Attribution): boolean {
  return a.contents.some((c) => "tokens" in c && c.tokens.start <= b.cue.at && b.cue.end <= c.tokens.end);
}

/**
 * A judgement or an attitude inside what someone else is reported to say ("Smith said the
 * governor wants a recount") is part of what Smith says, not a statement of the governor's:
 * only speech reported inside speech ("…, aides said he told them …") is a quotation of its own.
 */
function dropEmbedded(attributions: Attribution[]): Attribution[] {
  return attributions.filter(
    (b) => b.cue.verb?.class === "speech" || !attributions.some((a) => a !== b && embeddedIn(b, a)),
  );
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
    else if (cue.agentAt !== -1 || cue.agentless) a = passive(view, cue, s);
    else if (EVIDENTIAL.has(cue.verb.lemma)) a = evidentialAttribution(view, cue, s);
    else if (cue.infinitive) a = infinitive(view, cue, s);
    else if (hasSharedSubject(view, cue)) a = sharedSubject(view, cue, s, out.at(-1));
    else if (cue.verb.form === "ing" && !isProgressive(view, cue)) a = describing(view, cue, s);
    else a = verbAttribution(view, cue, s);
    if (a === null) continue;
    if (QUOTE_ONLY.has(cue.verb?.lemma ?? "") && !a.contents.some((c) => "segment" in c)) continue;
    out.push(a);
  }
  out.push(...colonQuotes(view, s, quotedSegments(out), (before) => sentenceSubject(view, s, before)));
  out.push(...pollAttributions(view, s), ...questionAttributions(view, s), ...nominalAttributions(view, s));
  out.push(...attitudeAttributions(view, s), ...evidentialAdverbs(view, s));
  trimAtSiblings(view, out);
  return dropEmbedded(out);
}
