/**
 * Third-person pronouns resolved to what they stand for: "he"/"him"/"she"/"her" to the
 * latest person of matching gender, "they"/"them" to the latest group, "it" to the latest
 * organisation when it is the subject of an act. A pronoun that resolves to nothing is no
 * entity mention; possessive determiners ("his", "their") are left to the noun they modify.
 */
import type { EntityMention } from "../../domain/analysis.js";
import { Shape, type Token } from "../text/tokens.js";
import type { Gender, Referent } from "./discourse.js";
import type { Scene } from "./scene.js";
import { agentVerb } from "./verbs.js";

const PERSONAL: Record<string, Gender> = { he: "male", him: "male", she: "female", her: "female" };
const GROUP = new Set(["they", "them"]);
const PRONOUN_INITIALS = new Set([..."hHsStTiI"].map((c) => c.charCodeAt(0)));

/** Words after which "her" is an object, not a possessive ("told her that", "her."). */
const AFTER_OBJECT = new Set(
  "to and that as in on with from for at by about a an the up down out back off over into not if when because while so but or".split(
    " ",
  ),
);

const BE = new Set(["is", "was", "are", "were", "'s", "’s"]);
/** Participles after "it is" that make "it" a real subject ("It was founded in 1989"). */
const PASSIVE_OF_ENTITY = new Set([
  "run",
  "based",
  "led",
  "known",
  "headed",
  "funded",
  "owned",
  "built",
  "held",
]);

/** The pronoun without a contraction: "he's" → "he". */
function bare(word: string): string {
  const cut = word.search(/['’]/);
  return (cut === -1 ? word : word.slice(0, cut)).toLowerCase();
}

function isObjectHer(tokens: Token[], i: number, limit: number): boolean {
  const next = tokens[i + 1];
  if (i + 1 >= limit || !next || next.shape === Shape.Punct) return true;
  return next.shape === Shape.Lower && AFTER_OBJECT.has(next.text);
}

function sameVoice(scene: Scene, i: number, r: Referent): boolean {
  const here = scene.segmentOf[i] ?? -1;
  return r.segment === -1 || r.segment === here;
}

function mentionAt(tok: Token, word: string, type: EntityMention["type"], r: Referent): EntityMention {
  const end = tok.start + word.length;
  return { start: tok.start, end, text: tok.text.slice(0, word.length), type, name: r.mention.name };
}

function personal(scene: Scene, i: number, word: string): EntityMention | null {
  const { tokens } = scene.doc;
  const gender = PERSONAL[word] as Gender;
  if (word === "her" && !isObjectHer(tokens, i, scene.sentence.endToken)) return null;
  const tok = tokens[i] as Token;
  const r = scene.discourse.latest(tok.start, scene.paragraph, (c) => {
    if (c.mention.type !== "person" || !sameVoice(scene, i, c)) return false;
    const known = scene.discourse.genderOf(c.mention.name);
    return known === undefined || known === gender;
  });
  if (r === null) return null;
  scene.discourse.setGender(r.mention.name, gender);
  return mentionAt(tok, word, "person", r);
}

function group(scene: Scene, i: number): EntityMention | null {
  const tok = scene.doc.tokens[i] as Token;
  const r = scene.discourse.latest(tok.start, scene.paragraph, (c) => c.plural && sameVoice(scene, i, c), 1);
  return r ? mentionAt(tok, bare(tok.text), "organization", r) : null;
}

// "It was worried", "it said", "which it claimed": an act; "it is important that" is not.
function actingIt(tokens: Token[], i: number, limit: number): boolean {
  const next = (tokens[i + 1]?.text ?? "").toLowerCase();
  if (i + 1 >= limit) return false;
  if (BE.has(next)) {
    const after = (tokens[i + 2]?.text ?? "").toLowerCase();
    return after.endsWith("ed") || PASSIVE_OF_ENTITY.has(after);
  }
  if (next === "has" || next === "had" || next === "will" || next === "would") {
    return agentVerb((tokens[i + 2]?.text ?? "").toLowerCase());
  }
  return agentVerb(next);
}

function neuter(scene: Scene, i: number): EntityMention | null {
  const { tokens } = scene.doc;
  if (!actingIt(tokens, i, scene.sentence.endToken)) return null;
  const tok = tokens[i] as Token;
  // only an organisation of this sentence or the one before; further back "it" is a thing
  const r = scene.discourse.latest(
    tok.start,
    scene.paragraph,
    (c) => c.mention.start >= scene.previousStart && sameVoice(scene, i, c),
    1,
  );
  if (r === null || r.mention.type !== "organization" || r.plural) return null;
  return mentionAt(tok, "it", "organization", r);
}

/** The mention pronoun token `i` makes, or null. */
export function resolvePronoun(scene: Scene, i: number): EntityMention | null {
  const tok = scene.doc.tokens[i] as Token;
  // most tokens are no pronoun: a look at length and first letter spares the rest
  if (tok.text.length > 6 || !PRONOUN_INITIALS.has(tok.text.charCodeAt(0))) return null;
  const word = bare(tok.text);
  if (word in PERSONAL) return personal(scene, i, word);
  if (GROUP.has(word)) return group(scene, i);
  if (word === "it") return neuter(scene, i);
  return null;
}
