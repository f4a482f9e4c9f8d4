import type { EntityMention } from "../../domain/analysis.js";
import type { PreparedText } from "../text/prepare.js";
import { build } from "./build.js";
import { findChunks } from "./chunks.js";
import { classifyChunk } from "./classify.js";
import { findCoordinates } from "./coordinates.js";
import { NameRegistry } from "./coref.js";
import { findGroups } from "./groups.js";
import { type Built, mergeAdjacent } from "./merge.js";
import { markAgents } from "./metonymy.js";
import { findReferences, segmentsByToken } from "./references.js";
import { countryHint, type Item, register, settleType } from "./settle.js";
import { firstPersonMentions } from "./speakers.js";

function byPosition(a: EntityMention, b: EntityMention): number {
  return a.start - b.start || b.end - a.end;
}

// Coordinates win over whatever the names made of their letters ("E" for east).
function withCoordinates(names: EntityMention[], coordinates: EntityMention[]): EntityMention[] {
  if (coordinates.length === 0) return names;
  const inside = (m: EntityMention) => coordinates.some((c) => m.start < c.end && c.start < m.end);
  return [...names.filter((m) => !inside(m)), ...coordinates].sort(byPosition);
}

/** Joins two sorted lists; a mention inside a longer one ("Iraq" in "the government of Iraq") goes. */
function joined(a: EntityMention[], b: EntityMention[]): EntityMention[] {
  const all = [...a, ...b].sort(byPosition);
  const out: EntityMention[] = [];
  for (const m of all) {
    const prev = out[out.length - 1];
    if (prev && m.start < prev.end) continue;
    out.push(m);
  }
  return out;
}

/**
 * People, organisations and places named in a text, each with its exact span, a canonical
 * name shared by every mention of the same entity in the document, and for places the
 * gazetteer entry. Rules over capitalisation, titles, organisation head words, the
 * gazetteer and name lists; see docs in the sibling modules for each.
 */
export function findEntities(doc: PreparedText): EntityMention[] {
  const items: Item[] = [];
  for (const s of doc.sentences) {
    for (const chunk of findChunks(doc.tokens, s.firstToken, s.endToken)) {
      items.push({ chunk, floor: s.firstToken, limit: s.endToken, cand: null });
    }
  }
  const hint = countryHint(items);
  for (const item of items) item.cand = classifyChunk(item.chunk, hint);
  const registry = new NameRegistry();
  register(items, doc.tokens, registry);
  for (const item of items) settleType(item, doc.tokens, registry, hint);
  const built: Built[] = [];
  for (const item of items) {
    const b = build(item, doc, registry, hint);
    if (b) built.push(b);
  }
  built.push(...findGroups(doc));
  built.sort((a, b) => byPosition(a.mention, b.mention));
  const names = mergeAdjacent(built, doc.text);
  markAgents(names, doc);
  const mentions = withCoordinates(
    names.map((b) => b.mention),
    findCoordinates(doc.text),
  );
  const segmentOf = segmentsByToken(doc);
  const resolved = joined(mentions, findReferences(doc, mentions, segmentOf));
  return joined(resolved, firstPersonMentions(doc, resolved));
}
