/**
 * What a text has mentioned so far, for resolving what "he", "they", "the city" or "the
 * regime" stand for: every mention in order, with the facts agreement needs (person or
 * group, singular or plural, what kind of place, gender when the text has shown it).
 */
import type { EntityMention } from "../../domain/analysis.js";
import { countryTables } from "../places/countries.js";
import { GROUP_ADJECTIVES, GROUP_NOUNS, PEOPLE_NOUNS } from "./lexicon.js";

export type Gender = "male" | "female";

export interface Referent {
  mention: EntityMention;
  /** Paragraph index, for how far back a pronoun may reach. */
  paragraph: number;
  /** Quoted segment the mention is inside, or -1. */
  segment: number;
  /** A group of people ("Russian forces", "Syrians"), which "they" can stand for. */
  plural: boolean;
}

const MALE_TITLES = /^(?:Mr\.?|Sir|King|Prince|Lord|Father|Brother|Sheikh|Baron)\s/;
const FEMALE_TITLES = /^(?:Mrs\.?|Ms\.?|Miss|Queen|Princess|Lady|Dame|Baroness|Sister)\s/;

function isPlural(m: EntityMention): boolean {
  if (m.type !== "organization") return false;
  const last = m.name.split(" ").at(-1) ?? "";
  if (GROUP_NOUNS.has(last) || PEOPLE_NOUNS.has(last)) return last.endsWith("s") || last === "police";
  if (!last.endsWith("s")) return false;
  return countryTables().demonyms.has(last.slice(0, -1)) || GROUP_ADJECTIVES.has(last);
}

/** How far back, in paragraphs, a reference may find what it stands for. */
const PARAGRAPH_REACH = 2;

export class Discourse {
  private readonly referents: Referent[] = [];
  private readonly genders = new Map<string, Gender>();

  add(mention: EntityMention, paragraph: number, segment: number): void {
    this.referents.push({ mention, paragraph, segment, plural: isPlural(mention) });
    if (mention.type !== "person") return;
    if (MALE_TITLES.test(mention.text)) this.genders.set(mention.name, "male");
    else if (FEMALE_TITLES.test(mention.text)) this.genders.set(mention.name, "female");
  }

  /** Records that the text called `name` "he" or "she". */
  setGender(name: string, gender: Gender): void {
    if (!this.genders.has(name)) this.genders.set(name, gender);
  }

  genderOf(name: string): Gender | undefined {
    return this.genders.get(name);
  }

  /**
   * The latest referent before offset `at` that `accept` takes, no further back than
   * `reach` paragraphs before `paragraph`.
   */
  latest(
    at: number,
    paragraph: number,
    accept: (r: Referent) => boolean,
    reach = PARAGRAPH_REACH,
  ): Referent | null {
    for (let i = this.referents.length - 1; i >= 0; i--) {
      const r = this.referents[i] as Referent;
      if (paragraph - r.paragraph > reach) return null;
      if (r.mention.end <= at && accept(r)) return r;
    }
    return null;
  }
}
