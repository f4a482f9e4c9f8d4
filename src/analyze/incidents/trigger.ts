import type { PreparedText, Sentence } from "../text/prepare.js";
import { EVENT_CUES } from "./event-cues.js";

/**
 * Every event cue in one alternation: a single pass over the text finds the
 * sentences worth classifying, so a sentence without any cue costs nothing beyond that scan.
 * Built from the cue list itself so that the filter can never miss a cue the classifier knows.
 */
const TRIGGER = new RegExp(
  EVENT_CUES.filter((c) => c.type !== "none")
    .map((c) => c.re.source)
    .join("|"),
  "gi",
);

/** Indices of the sentences that contain at least one trigger stem. */
export function triggeredSentences(doc: PreparedText): number[] {
  const out: number[] = [];
  const { sentences, text } = doc;
  let s = 0;
  TRIGGER.lastIndex = 0;
  for (let m = TRIGGER.exec(text); m !== null; m = TRIGGER.exec(text)) {
    while (s < sentences.length && (sentences[s] as Sentence).end <= m.index) s++;
    if (s >= sentences.length) break;
    const sentence = sentences[s] as Sentence;
    if (m.index >= sentence.start) {
      out.push(s);
      // Nothing more to learn from this sentence: resume the scan at the next one.
      TRIGGER.lastIndex = sentence.end;
      s++;
    }
  }
  return out;
}
