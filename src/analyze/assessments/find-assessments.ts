import type { AssessmentMention, EntityMention } from "../../domain/analysis.js";
import type { NamedSpan, Span } from "../../domain/span.js";
import type { TokenView } from "../figures/numbers.js";
import type { PreparedText, Sentence } from "../text/prepare.js";
import { agentEndingAt, agentStartingAt, namedAgent, skipVerbPrefix } from "./agent.js";
import { clauseEnd, hedgesIn, opensClause, tokenSpan, trailingSource } from "./clause.js";
import { CUES_BY_FIRST_WORD, type Cue, GRAVE, TRIGGER, WRONGDOING } from "./cues.js";

// Rule-based: findings and accusations in news follow a handful of verb frames, and each
// result must point at the exact words of the claim and of whoever makes it.

const PASSIVE_AUX = new Set(["been", "was", "were", "is", "are", "being", "be"]);
const PASSIVE_ADVERBS = new Set(["repeatedly", "widely", "also", "long", "now", "previously", "formally"]);
const CHARGE_LINKS = new Set(["of", "for", "with"]);
const LABEL_LINKS = new Set(["a", "an", "as"]);

interface Scan {
  view: TokenView;
  doc: PreparedText;
  s: Sentence;
  entities: EntityMention[];
}

interface Reading {
  claimFrom: number;
  claimTo: number;
  /** Where the charge itself starts ("a 'war criminal'"), when it is not the whole claim. */
  chargeFrom?: number;
  by: NamedSpan | null;
  /** First token of the whole mention. */
  from: number;
}

function matchesAt(view: TokenView, k: number, cue: Cue, limit: number): boolean {
  if (k + cue.words.length > limit) return false;
  return cue.words.every((w, i) => view.lower[k + i] === w);
}

function agentBefore(scan: Scan, k: number): { by: NamedSpan | null; from: number } {
  const { view, doc, s, entities } = scan;
  const agent = agentEndingAt(view, skipVerbPrefix(view, k, s.firstToken), s.firstToken);
  if (agent === null) return { by: null, from: k };
  return { by: namedAgent(view, doc.text, agent, entities), from: agent.start };
}

function readThat(scan: Scan, k: number, end: number): Reading | null {
  const { view, s } = scan;
  if (view.lower[end] !== "that" || !opensClause(view, end + 1)) return null;
  const claimTo = clauseEnd(view, end + 1, s.endToken);
  return { claimFrom: end + 1, claimTo, ...agentBefore(scan, k) };
}

function isPassive(view: TokenView, k: number, floor: number): boolean {
  let j = k - 1;
  while (j >= floor && PASSIVE_ADVERBS.has(view.lower[j] ?? "")) j--;
  return j >= floor && PASSIVE_AUX.has(view.lower[j] ?? "");
}

const NOT_ACCUSED = new Set([
  "for",
  "on",
  "in",
  "upon",
  "off",
  "up",
  "out",
  "to",
  "by",
  "that",
  "it",
  "this",
]);

/** "X accused Y of Z", "declared Putin a 'war criminal'": the claim runs from Y to the phrase end. */
function readObject(scan: Scan, k: number, end: number, links: Set<string>, reach: number): Reading | null {
  const { view, s } = scan;
  if (isPassive(view, k, s.firstToken) || !opensClause(view, end) || NOT_ACCUSED.has(view.lower[end] ?? "")) {
    return null;
  }
  let link = -1;
  for (let j = end + 1; j < s.endToken && j <= end + reach; j++) {
    if (links.has(view.lower[j] ?? "")) {
      link = j;
      break;
    }
    if (view.lower[j] === "," || view.lower[j] === "that") return null;
  }
  if (link < 0) return null;
  const claimTo = clauseEnd(view, link + 1, s.endToken, true);
  return { claimFrom: end, claimTo, chargeFrom: link + 1, ...agentBefore(scan, k) };
}

/** "troops have been accused of war crimes (by X)": the claim runs from the accused to the clause end. */
function readPassive(scan: Scan, k: number, end: number): Reading | null {
  const { view, doc, s, entities } = scan;
  if (!isPassive(view, k, s.firstToken)) return null;
  let link = end;
  let by: NamedSpan | null = null;
  if (view.lower[link] === "by") {
    const agent = agentStartingAt(view, link + 1, s.endToken);
    if (agent === null) return null;
    by = namedAgent(view, doc.text, agent, entities);
    link = agent.end;
  }
  if (!CHARGE_LINKS.has(view.lower[link] ?? "")) return null;
  const claimTo = clauseEnd(view, link + 1, s.endToken, true);
  if (by === null) {
    for (let j = link + 1; j < claimTo; j++) {
      if (view.lower[j] !== "by") continue;
      const agent = agentStartingAt(view, j + 1, claimTo);
      by = agent === null ? null : namedAgent(view, doc.text, agent, entities);
      break;
    }
  }
  let subject = skipVerbPrefix(view, k, s.firstToken);
  while (subject >= s.firstToken && PASSIVE_AUX.has(view.lower[subject] ?? "")) {
    subject = skipVerbPrefix(view, subject, s.firstToken);
  }
  const accused = agentEndingAt(view, subject, s.firstToken);
  const claimFrom = accused === null ? k : accused.start;
  return { claimFrom, claimTo, by, from: claimFrom };
}

function readEvidence(scan: Scan, k: number, end: number, cue: Cue): Reading | null {
  const { view, s } = scan;
  const link = view.lower[end];
  if ((link !== "that" && link !== "of") || !opensClause(view, end + 1)) return null;
  const claimTo = clauseEnd(view, end + 1, s.endToken);
  const own = cue.words[0] === "there" ? { by: null, from: k } : agentBefore(scan, k);
  return { claimFrom: end + 1, claimTo, ...own };
}

/** "said (that) Russia committed war crimes" or "Russia committed war crimes, the US government has said". */
function readSay(scan: Scan, k: number, end: number): Reading | null {
  const { view, doc, s, entities } = scan;
  const after = view.lower[end] === "that" ? end + 1 : end;
  const claimTo = clauseEnd(view, after, s.endToken);
  if (claimTo > after + 2 && opensClause(view, after)) {
    return { claimFrom: after, claimTo, ...agentBefore(scan, k) };
  }
  if (claimTo !== after) return null;
  // the claim comes first and the sentence ends with its source
  const before = agentEndingAt(view, skipVerbPrefix(view, k, s.firstToken), s.firstToken);
  const inverted =
    before === null && view.lower[k - 1] === "," ? agentStartingAt(view, k + 1, s.endToken) : null;
  const agent = before ?? inverted;
  const comma = before !== null ? before.start - 1 : k - 1;
  if (agent === null || agent.pronoun || view.lower[comma] !== ",") return null;
  return {
    claimFrom: s.firstToken,
    claimTo: comma,
    by: namedAgent(view, doc.text, agent, entities),
    from: s.firstToken,
  };
}

function read(scan: Scan, k: number, cue: Cue): Reading | null {
  const end = k + cue.words.length;
  switch (cue.form) {
    case "that":
      return readThat(scan, k, end);
    case "object":
      return readObject(scan, k, end, cue.links ?? CHARGE_LINKS, 8);
    case "label":
      return readObject(scan, k, end, LABEL_LINKS, 4);
    case "passive":
      return readPassive(scan, k, end);
    case "evidence":
      return readEvidence(scan, k, end, cue);
    default:
      return readSay(scan, k, end);
  }
}

function toMention(scan: Scan, cue: Cue, k: number, r: Reading): AssessmentMention | null {
  const { view, doc, s } = scan;
  const claim = tokenSpan(view, doc.text, r.claimFrom, r.claimTo);
  const charge = r.chargeFrom === undefined ? claim : tokenSpan(view, doc.text, r.chargeFrom, r.claimTo);
  if (claim === null || charge === null) return null;
  if (!(cue.form === "say" ? GRAVE : WRONGDOING).test(charge.text)) return null;
  // "there is evidence that ..., investigators said": the source comes after the claim
  const after = r.by === null ? trailingSource(view, r.claimTo, s.endToken) : null;
  const by = after === null || after.pronoun ? r.by : namedAgent(view, doc.text, after, scan.entities);
  const cueEnd = view.tokens[k + cue.words.length - 1]?.end ?? claim.end;
  const start = Math.min(view.tokens[r.from]?.start ?? claim.start, claim.start, by?.start ?? claim.start);
  const end = Math.max(claim.end, cueEnd, by?.end ?? 0);
  const hedges: Span[] = hedgesIn(doc.text, s.start, s.end);
  return { start, end, text: doc.text.slice(start, end), kind: cue.kind, claim, by, hedges };
}

function sentenceAssessments(scan: Scan): { mention: AssessmentMention; say: boolean }[] {
  const { view, s } = scan;
  const out: { mention: AssessmentMention; say: boolean }[] = [];
  for (let k = s.firstToken; k < s.endToken; k++) {
    for (const cue of CUES_BY_FIRST_WORD.get(view.lower[k] ?? "") ?? []) {
      if (!matchesAt(view, k, cue, s.endToken)) continue;
      const reading = read(scan, k, cue);
      const mention = reading === null ? null : toMention(scan, cue, k, reading);
      if (mention === null) continue;
      out.push({ mention, say: cue.form === "say" });
      k += cue.words.length - 1;
      break;
    }
  }
  // a reporting verb around a finding ("Blinken said ... assesses that ...") adds nothing to it
  return out.filter(
    (a) =>
      !a.say ||
      !out.some((b) => !b.say && b.mention.start < a.mention.end && a.mention.start < b.mention.end),
  );
}

/** Findings, determinations and accusations of wrongdoing stated in the text. */
export function findAssessments(doc: PreparedText, entities: EntityMention[]): AssessmentMention[] {
  const lower: string[] = new Array(doc.tokens.length);
  const view: TokenView = { tokens: doc.tokens, lower };
  const out: AssessmentMention[] = [];
  for (const s of doc.sentences) {
    if (!TRIGGER.test(doc.text.slice(s.start, s.end))) continue;
    for (let k = s.firstToken; k < s.endToken; k++) lower[k] = doc.tokens[k]?.text.toLowerCase() ?? "";
    for (const a of sentenceAssessments({ view, doc, s, entities })) out.push(a.mention);
  }
  return out;
}
