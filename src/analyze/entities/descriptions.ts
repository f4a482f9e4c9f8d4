/**
 * Definite descriptions resolved to what they stand for: "the city" to the latest city
 * named, "the country" to the latest country, "the regime" and "the army" to the latest
 * organisation with that head ("the Assad regime", "the Iraqi Army") or else to the latest
 * country's ("the government" after "refugees in Jordan" is the Jordanian government).
 * A description that resolves to nothing is no entity mention: "the town" with no town
 * before it names no one an investigator could look up.
 */
import type { EntityMention, PlaceRef } from "../../domain/analysis.js";
import { countryTables } from "../places/countries.js";
import { Shape, type Token } from "../text/tokens.js";
import type { Referent } from "./discourse.js";
import type { Scene } from "./scene.js";
import { agentVerb } from "./verbs.js";

const DETERMINERS = new Set(["the", "The", "this", "This"]);

const PLACE_HEADS: Record<string, PlaceRef["precision"]> = {
  city: "settlement",
  town: "settlement",
  village: "settlement",
  country: "country",
  region: "region",
  province: "region",
  oblast: "region",
};

/** Heads of institutions a text names by role once it has named them in full. */
const ORG_HEADS = new Set([
  "regime",
  "government",
  "army",
  "military",
  "police",
  "navy",
  "ministry",
  "authorities",
]);
/** Institutions every country has, so that the latest country named is whose they are. */
const NATIONAL = new Set(["regime", "government", "army", "military", "police", "navy", "authorities"]);

/** Nouns after "the city" that make it part of another noun ("the city council"). */
const COMPOUNDED = new Set(
  "council councils hall centre center authorities administration officials police government mayor governor limits outskirts forces troops army military court prosecutor leadership".split(
    " ",
  ),
);

const POSSESSIVE = /['’]s$/;

/** Words that may follow "the army" as the rest of its clause: "the army and", "the army has". */
const CLAUSE_WORDS = new Set(
  `and or but that which who whose as in on at of for from to with by into over after before
  during since against has have had is are was were will would could should can must may might
  did does do also not still now then until while because when if so unless although`.split(/\s+/),
);

// "the military coup", "the government building": the head modifies the noun after it.
function modifies(next: Token | undefined, inSentence: boolean): boolean {
  if (!inSentence || !next || next.shape !== Shape.Lower) return false;
  const w = next.text;
  return !(CLAUSE_WORDS.has(w) || w.endsWith("ed") || agentVerb(w) || w.endsWith("ly"));
}

/** How far back, in paragraphs, a description looks for what it stands for. */
const REACH = 3;

export interface Description {
  mention: EntityMention;
  /** Index of the description's last token. */
  last: number;
}

function head(tok: Token | undefined): string | null {
  if (!tok || tok.shape !== Shape.Lower) return null;
  return POSSESSIVE.test(tok.text) ? tok.text.slice(0, -2) : tok.text;
}

function span(
  scene: Scene,
  first: number,
  last: number,
  word: string,
): { start: number; end: number; text: string } {
  const { tokens, text } = scene.doc;
  const start = (tokens[first] as Token).start;
  const end = (tokens[last] as Token).start + word.length;
  return { start, end, text: text.slice(start, end) };
}

function place(scene: Scene, i: number, word: string, kind: PlaceRef["precision"]): Description | null {
  const at = (scene.doc.tokens[i] as Token).start;
  const r = scene.discourse.latest(at, scene.paragraph, (c) => c.mention.place?.precision === kind, REACH);
  if (!r?.mention.place) return null;
  const mention: EntityMention = {
    ...span(scene, i, i + 1, word),
    type: "place",
    name: r.mention.place.name,
    place: r.mention.place,
  };
  return { mention, last: i + 1 };
}

function headOf(r: Referent, word: string): boolean {
  if (r.mention.type !== "organization" || r.plural !== (word === "authorities")) return false;
  return r.mention.name.toLowerCase().split(" ").includes(word);
}

// "the government of Iraq": the country is named right after.
function ofCountry(scene: Scene, i: number, word: string): Description | null {
  const { tokens } = scene.doc;
  const named = scene.nameAt.get((tokens[i + 3] as Token | undefined)?.start ?? -1);
  if (tokens[i + 2]?.text !== "of" || named?.place?.precision !== "country") return null;
  const start = (tokens[i] as Token).start;
  const name = `${word[0]?.toUpperCase()}${word.slice(1)} of ${named.place.name}`;
  const mention: EntityMention = {
    start,
    end: named.end,
    text: scene.doc.text.slice(start, named.end),
    type: "organization",
    name,
  };
  return { mention, last: i + 3 };
}

function organization(scene: Scene, i: number, word: string): Description | null {
  const of = ofCountry(scene, i, word);
  if (of) return of;
  if (scene.doc.tokens[i + 2]?.text === "of") return null;
  const at = (scene.doc.tokens[i] as Token).start;
  const own = scene.discourse.latest(at, scene.paragraph, (c) => headOf(c, word), REACH);
  let name = own?.mention.name;
  if (!name && NATIONAL.has(word)) {
    const country = scene.discourse.latest(
      at,
      scene.paragraph,
      (c) => c.mention.place?.precision === "country",
    );
    const code = country?.mention.place?.country;
    const demonym = code ? countryTables().byCode.get(code)?.demonym : undefined;
    if (demonym) name = `${demonym} ${word}`;
  }
  if (!name) return null;
  return { mention: { ...span(scene, i, i + 1, word), type: "organization", name }, last: i + 1 };
}

// "the international community" acts in these texts as one collective, always so named.
function community(scene: Scene, i: number): Description | null {
  const { tokens } = scene.doc;
  if (tokens[i + 1]?.text !== "international" || tokens[i + 2]?.text !== "community") return null;
  const mention: EntityMention = {
    ...span(scene, i, i + 2, "community"),
    type: "organization",
    name: "international community",
  };
  return { mention, last: i + 2 };
}

/** The mention a description starting at token `i` ("the", "this") makes, or null. */
export function resolveDescription(scene: Scene, i: number): Description | null {
  const { tokens } = scene.doc;
  if (!DETERMINERS.has((tokens[i] as Token).text) || i + 1 >= scene.sentence.endToken) return null;
  const word = head(tokens[i + 1]);
  if (word === null) return null;
  if (word === "international") return community(scene, i);
  const next = tokens[i + 2];
  const compounded = i + 2 < scene.sentence.endToken && next !== undefined && COMPOUNDED.has(next.text);
  const kind = PLACE_HEADS[word];
  if (kind !== undefined) return compounded || next?.text === "of" ? null : place(scene, i, word, kind);
  const possessor = POSSESSIVE.test((tokens[i + 1] as Token).text);
  if (ORG_HEADS.has(word) && !compounded && (possessor || !modifies(next, i + 2 < scene.sentence.endToken)))
    return organization(scene, i, word);
  return null;
}
