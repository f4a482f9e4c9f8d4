import type { EntityMention } from "../../domain/analysis.js";
import type { PreparedText, Sentence } from "../text/prepare.js";
import type { Discourse } from "./discourse.js";

/** Where the reference resolver stands: the sentence it reads and what came before. */
export interface Scene {
  doc: PreparedText;
  discourse: Discourse;
  /** Per token: the quoted segment it is inside, or -1. */
  segmentOf: Int32Array;
  sentence: Sentence;
  paragraph: number;
  /** Start offset of the sentence before this one (this one's when it is the first). */
  previousStart: number;
  /** The names found in the text, by start offset, for what follows a description. */
  nameAt: Map<number, EntityMention>;
}
