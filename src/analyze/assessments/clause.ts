import type { Span } from "../../domain/span.js";
import type { TokenView } from "../figures/numbers.js";
import { Shape } from "../text/tokens.js";
import { type AgentSpan, agentStartingAt, skipVerbPrefix } from "./agent.js";

const SAYS = new Set(["said", "says", "say", "told", "added", "stated", "reported", "announced"]);

/** ", investigators said": the source named after a claim, when token `k` is that comma. */
export function trailingSource(view: TokenView, k: number, limit: number): AgentSpan | null {
  if (view.lower[k] !== ",") return null;
  const agent = agentStartingAt(view, k + 1, limit);
  if (agent === null) return null;
  let verb = agent.end;
  while (verb < limit && verb - agent.end < 3 && !SAYS.has(view.lower[verb] ?? "")) verb++;
  return SAYS.has(view.lower[verb] ?? "") && skipVerbPrefix(view, verb, agent.end) < agent.end ? agent : null;
}

/** Words after a comma that start a new clause rather than continue the claim. */
const AFTER_COMMA_STOPS = new Set(
  "according said says which while but although though based citing as adding noting whereas".split(" "),
);
const CLOSING_QUOTES = new Set(['"', "”", "“"]);
// closing single quotes stay: they end a quoted charge ("the 'atrocities ...'")
const TRAILING = new Set([".", ",", ")", ":", "-", "—"]);

/**
 * One past the last token of the clause that starts at `from`: up to a clause break or the
 * sentence end; with `phrase`, up to the first comma (a charge or label is one noun phrase).
 */
export function clauseEnd(view: TokenView, from: number, limit: number, phrase = false): number {
  const { lower } = view;
  let end = limit;
  for (let k = from; k < limit; k++) {
    const w = lower[k] ?? "";
    if (phrase && w === "," && k > from) {
      end = k;
      break;
    }
    // a quote mark glued to the word before it closes a quotation the claim sits in
    const closing = CLOSING_QUOTES.has(w) && view.tokens[k - 1]?.end === view.tokens[k]?.start;
    if (w === ";" || closing) {
      end = k;
      break;
    }
    if (
      w === "," &&
      k > from &&
      (AFTER_COMMA_STOPS.has(lower[k + 1] ?? "") || trailingSource(view, k, limit))
    ) {
      end = k;
      break;
    }
  }
  while (end > from && TRAILING.has(lower[end - 1] ?? "")) end--;
  return end;
}

export function tokenSpan(view: TokenView, text: string, from: number, to: number): Span | null {
  const first = view.tokens[from];
  const last = view.tokens[to - 1];
  if (first === undefined || last === undefined || to <= from) return null;
  return { start: first.start, end: last.end, text: text.slice(first.start, last.end) };
}

/** Whether a claim could open at token `k`: not a quotation or an aside. */
export function opensClause(view: TokenView, k: number): boolean {
  const tok = view.tokens[k];
  return tok !== undefined && tok.shape !== Shape.Punct;
}

// Doubt or sourcing words inside an assessment's sentence.
const HEDGES =
  /\bbased\s+on\b[^,.;:"”]*|\bwith\s+(?:high|moderate|low)\s+confidence\b|\b(?:likely|probably|possibly|reportedly|allegedly|preliminary|apparently|credible\s+reports?|(?:may|might|could)\s+have|appears?\s+to)\b/gi;

export function hedgesIn(text: string, start: number, end: number): Span[] {
  const out: Span[] = [];
  const sentence = text.slice(start, end);
  HEDGES.lastIndex = 0;
  for (let m = HEDGES.exec(sentence); m !== null; m = HEDGES.exec(sentence)) {
    const trimmed = m[0].replace(/\s+$/, "");
    out.push({ start: start + m.index, end: start + m.index + trimmed.length, text: trimmed });
  }
  return out;
}
