/**
 * Within-document coreference beyond names: pronouns and definite descriptions, each
 * emitted as a mention of the entity it stands for (`name` is that entity's canonical name),
 * so that every mention of a person can be shown in the source. Reads the text once, in
 * order, keeping what it has mentioned so far (see discourse.ts).
 */
import type { EntityMention } from "../../domain/analysis.js";
import { quotedSegments } from "../quotes/marks.js";
import type { PreparedText } from "../text/prepare.js";
import type { Token } from "../text/tokens.js";
import { resolveDescription } from "./descriptions.js";
import { Discourse } from "./discourse.js";
import { resolvePronoun } from "./pronouns.js";
import type { Scene } from "./scene.js";

/** Per token, the quoted segment it lies in, or -1. */
export function segmentsByToken(doc: PreparedText): Int32Array {
  const out = new Int32Array(doc.tokens.length).fill(-1);
  const segments = quotedSegments(doc.text, doc.paragraphs);
  let t = 0;
  segments.forEach((seg, k) => {
    while (t < doc.tokens.length && (doc.tokens[t] as Token).start < seg.start) t++;
    for (; t < doc.tokens.length && (doc.tokens[t] as Token).start < seg.end; t++) out[t] = k;
  });
  return out;
}

/** Mentions by pronoun and description, given the names (sorted, not overlapping). */
export function findReferences(
  doc: PreparedText,
  names: EntityMention[],
  segmentOf: Int32Array,
): EntityMention[] {
  const out: EntityMention[] = [];
  const discourse = new Discourse();
  const nameAt = new Map(names.map((m) => [m.start, m]));
  let n = 0;
  let covered = 0;
  let previousStart = 0;
  for (const sentence of doc.sentences) {
    const scene: Scene = {
      doc,
      discourse,
      segmentOf,
      sentence,
      paragraph: sentence.paragraph,
      previousStart,
      nameAt,
    };
    for (let i = sentence.firstToken; i < sentence.endToken; i++) {
      const tok = doc.tokens[i] as Token;
      while (n < names.length && (names[n] as EntityMention).start <= tok.start) {
        const m = names[n++] as EntityMention;
        discourse.add(m, sentence.paragraph, segmentOf[i] ?? -1);
        covered = Math.max(covered, m.end);
      }
      if (tok.start < covered) continue;
      const pronoun = resolvePronoun(scene, i);
      const found = pronoun ? { mention: pronoun, last: i } : resolveDescription(scene, i);
      if (found === null) continue;
      out.push(found.mention);
      discourse.add(found.mention, sentence.paragraph, segmentOf[i] ?? -1);
      i = found.last;
    }
    previousStart = sentence.start;
  }
  return out;
}
