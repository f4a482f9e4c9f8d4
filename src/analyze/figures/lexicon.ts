import type { FigureMeasure, FigureWho } from "../../domain/analysis.js";

function table<T>(groups: Record<string, string>, map: (key: string) => T): Map<string, T> {
  const out = new Map<string, T>();
  for (const [key, words] of Object.entries(groups)) {
    for (const w of words.split(" ")) out.set(w, map(key));
  }
  return out;
}

/**
 * Nouns for the people counted. "people", "persons" and demonyms stay "unspecified": they may
 * include soldiers. Professions protected as civilians (journalists, medics, aid workers) count
 * as civilians; "women" and "men" stay unspecified unless a head figure says more (see
 * `inheritWho`).
 */
export const WHO_NOUNS = table(
  {
    civilians:
      "civilians civilian residents inhabitants villagers townspeople locals journalists reporters medics " +
      "paramedics doctors nurses workers passengers patients students pupils pensioners shoppers worshippers " +
      "volunteers rescuers firefighters employees farmers non-combatants noncombatants protesters demonstrators " +
      "activists dissidents",
    children:
      "children child kids minors babies infants boys girls teenagers teens toddlers newborns schoolchildren " +
      "adolescents youngsters orphans",
    troops:
      "soldiers soldier troops servicemen servicewomen servicemembers fighters militants combatants marines " +
      "paratroopers conscripts reservists mercenaries sailors generals commanders personnel guardsmen " +
      "defenders pows officers colonels lieutenants captains sergeants",
    unspecified:
      "people persons individuals citizens nationals men women adults elderly victims others person man " +
      "woman migrants members",
  },
  (k) => k as FigureWho,
);

/** First words of two-word person nouns and whom they name ("service members", "police officers"). */
export const WHO_COMPOUND_HEADS = new Map<string, FigureWho>([
  ["service", "troops"],
  ["family", "unspecified"],
  ["crew", "unspecified"],
  ["aid", "civilians"],
  ["humanitarian", "civilians"],
  ["rail", "civilians"],
  ["health", "civilians"],
  ["police", "unspecified"],
]);

/** Participles and adjectives that state what happened to the people counted. */
export const MEASURE_PARTICIPLES = table(
  {
    killed: "killed dead died dying slain murdered executed perished massacred",
    injured: "injured wounded hurt maimed",
    displaced: "displaced homeless deported",
    missing: "missing disappeared",
    detained: "detained arrested abducted kidnapped captured imprisoned jailed",
    evacuated: "evacuated",
    affected: "affected",
  },
  (k) => k as FigureMeasure,
);

/** Nouns that are themselves the count ("300,000 casualties"); "casualties" follows OHCHR: killed + injured. */
export const MEASURE_NOUNS = table(
  {
    killed: "deaths fatalities dead bodies",
    injured: "injuries",
    killed_or_injured: "casualties",
    displaced: "idps evacuees",
    refugees: "refugees asylum-seekers",
    detained: "hostages prisoners detainees captives pows",
  },
  (k) => k as FigureMeasure,
);

/** Verbs before the number ("killing 6 civilians", "injured at least 30,000"). */
export const MEASURE_VERBS = table(
  {
    killed: "killing killed kills kill",
    injured: "injuring injured wounding wounded hurting",
    displaced: "displacing displaced deporting deported",
    detained:
      "detaining detained arresting arrested abducting abducted kidnapping kidnapped capturing captured",
    evacuated: "evacuating evacuated",
  },
  (k) => k as FigureMeasure,
);

/** Nominalisations followed by "of" ("the killing of 12", "the evacuation of 300"). */
export const MEASURE_NOMINALS = table(
  {
    killed: "killing killings deaths death lives bodies",
    injured: "injuring wounding",
    displaced: "displacement deportation",
    detained: "detention abduction arrest kidnapping",
    evacuated: "evacuation",
  },
  (k) => k as FigureMeasure,
);

/** Verbs with no object, so "people have fled the country" is not read as active voice. */
export const INTRANSITIVE = new Set([
  "died",
  "dying",
  "perished",
  "fled",
  "dead",
  "missing",
  "homeless",
  "disappeared",
]);

/** Between the people and the participle: auxiliaries, hedging verbs and adverbs. */
export const AUX_CHAIN = new Set(
  (
    "were was are is have has had been being be will would may might could reportedly reported also now " +
    "already later since all both either still believed thought feared said confirmed known estimated " +
    "presumed to who that as so far allegedly likely probably officially then just recently subsequently " +
    "ever seriously severely critically badly lightly slightly fatally mortally internally forcibly"
  ).split(" "),
);

/** Aux words that make a following participle passive ("were killed"). */
export const PASSIVE_AUX = new Set(["were", "was", "are", "is", "been", "be", "being"]);

/** Lower-case words allowed between a number and its noun ("3 million innocent civilians"). */
export const MODIFIERS = new Set(
  (
    "innocent unarmed more other additional further young elderly old local foreign civilian military " +
    "internally forcibly seriously severely critically badly lightly slightly fellow ordinary " +
    "peaceful unidentified unnamed political"
  ).split(" "),
);

/** Adjectives before "death toll" or a measure noun that say who was counted. */
export const WHO_ADJECTIVES = new Map<string, FigureWho>([
  ["civilian", "civilians"],
  ["child", "children"],
  ["military", "troops"],
  ["soldier", "troops"],
  ["combat", "troops"],
]);

/** Words between a toll noun and its number: "the death toll has risen to", "stood at". */
export const TOLL_LINKS = new Set(
  (
    "has have had is was are were now already rose risen rise rises climbed climbs jumped increased " +
    "reached reaches stands stood standing at to of hit hits passed exceeded exceeds topped surpassed " +
    "totals totalled totaled numbered numbers been put puts placed placing estimated be could may might " +
    "will would reportedly officially so far since then currently stand grew grown reach"
  ).split(" "),
);

/** Prepositions that may open a short phrase inside a noun group ("the toll in Kharkiv"). */
export const PHRASE_PREPS = new Set(["among", "in", "from", "of", "across", "on"]);

/** Destinations after "fled"/"left" that mean a border was crossed (refugees, not displaced). */
export const ABROAD_AFTER_FLEE = [
  ["the", "country"],
  ["abroad"],
  ["overseas"],
  ["across", "the", "border"],
  ["across", "borders"],
  ["to", "neighbouring", "countries"],
  ["to", "neighboring", "countries"],
  ["to", "other", "countries"],
  ["to", "europe"],
  ["into", "neighbouring", "countries"],
  ["into", "neighboring", "countries"],
];

/** Qualifier phrases before a number, longest first so "no more than" wins over "more than". */
export const QUALIFIERS_BEFORE: [string[], "at_least" | "more_than" | "up_to" | "less_than" | "about"][] = [
  [["no", "fewer", "than"], "at_least"],
  [["no", "less", "than"], "at_least"],
  [["at", "the", "very", "least"], "at_least"],
  [["a", "minimum", "of"], "at_least"],
  [["at", "least"], "at_least"],
  [["no", "more", "than"], "up_to"],
  [["a", "maximum", "of"], "up_to"],
  [["as", "many", "as"], "up_to"],
  [["up", "to"], "up_to"],
  [["well", "over"], "more_than"],
  [["just", "over"], "more_than"],
  [["in", "excess", "of"], "more_than"],
  [["upwards", "of"], "more_than"],
  [["more", "than"], "more_than"],
  [["over"], "more_than"],
  [["above"], "more_than"],
  [["just", "under"], "less_than"],
  [["less", "than"], "less_than"],
  [["fewer", "than"], "less_than"],
  [["under"], "less_than"],
  [["below"], "less_than"],
  [["an", "estimated"], "about"],
  [["close", "to"], "about"],
  [["about"], "about"],
  [["around"], "about"],
  [["approximately"], "about"],
  [["roughly"], "about"],
  [["nearly"], "about"],
  [["almost"], "about"],
  [["some"], "about"],
  [["circa"], "about"],
  [["estimated"], "about"],
];
