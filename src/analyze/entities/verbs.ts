/**
 * Verbs and nouns of acting, by which a country named as their subject, object or
 * possessor stands for its government (see metonymy.ts). Lists of stems written for this
 * project; inflected forms are generated, irregular ones listed.
 */

/** What states do: speak, decide, fight, support. */
const AGENT_STEMS = `
  say tell add state announce claim deny accuse warn urge condemn welcome reject demand insist
  threaten launch invade attack strike bomb shell deploy send sign agree refuse respond retaliate
  impose sanction recognise recognize vote veto call ask seek offer pledge provide supply support
  back oppose criticise criticize blame vow promise plan intend want hope expect believe consider
  fear suspect confirm acknowledge admit report order decide declare host join help fund arm
  train protest summon expel recall resume suspend halt stop continue stand remain work try push
  press lead fight defend retake capture seize annex occupy withdraw evacuate target fire arrest
  detain release negotiate mediate broker face accept allow block ban cut increase reduce boost
  approve adopt carry conduct deliver dispatch mobilise mobilize shoot kill destroy invite pressure
  encourage express reiterate stress underline emphasise emphasize note describe label dismiss
  denounce praise thank demand insist contribute employ hire respond retaliate escalate threaten
`;

const IRREGULAR = `
  said told sent struck fought sought stood took gave made led held shot brought began begun won
  lost met kept chose chosen undertook undertaken withdrew withdrawn stood fled drew drawn saw seen
  went gone did done knew known thought spoke spoken wrote written
`;

/** Verbs whose object, when a state, is addressed as an actor: "urged Russia to". */
const STANCE_STEMS = `
  accuse urge warn call press ask condemn thank welcome criticise criticize blame sanction
  lobby invite pressure persuade convince encourage
`;

/** Nouns of acts and positions: "the UK's commitment", "Russia's invasion". */
const AGENT_NOUNS = new Set(
  `
  commitment commitments effort efforts response decision decisions position policy policies
  support statement statements stance strategy diplomacy intervention invasion offensive
  aggression attack attacks strike strikes bombardment campaign withdrawal demand demands proposal
  proposals plan plans claim claims denial refusal role involvement backing allies leadership
  threat threats ultimatum veto vote sanctions actions action conduct tactics assault operation
  operations occupation annexation ambassador envoy delegation contribution pledge promise
  assessment accusation accusations objection objections
`
    .trim()
    .split(/\s+/),
);

const SIBILANT = /(?:s|sh|ch|x|z|o)$/;
const CVC = /[^aeiou][aeiou][^aeiouwxy]$/;

function inflections(stem: string): string[] {
  const forms = [stem];
  if (stem.endsWith("y") && !/[aeiou]y$/.test(stem)) {
    const base = stem.slice(0, -1);
    forms.push(`${base}ies`, `${base}ied`, `${stem}ing`);
    return forms;
  }
  forms.push(SIBILANT.test(stem) ? `${stem}es` : `${stem}s`);
  if (stem.endsWith("e")) forms.push(`${stem}d`, `${stem.slice(0, -1)}ing`);
  else forms.push(`${stem}ed`, `${stem}ing`);
  // "planned", "admitting": doubled in one-syllable and stressed-final stems; listing both
  // spellings costs nothing, since a wrong one never occurs
  if (CVC.test(stem)) {
    const last = stem.slice(-1);
    forms.push(`${stem}${last}ed`, `${stem}${last}ing`);
  }
  return forms;
}

function formsOf(stems: string): Set<string> {
  const out = new Set<string>();
  for (const stem of stems.trim().split(/\s+/)) for (const f of inflections(stem)) out.add(f);
  return out;
}

const AGENT_VERBS = formsOf(AGENT_STEMS);
for (const f of IRREGULAR.trim().split(/\s+/)) AGENT_VERBS.add(f);
const STANCE_VERBS = formsOf(STANCE_STEMS);

/** Any form of a verb of acting ("accused", "denies", "launching", "said"). */
export function agentVerb(word: string): boolean {
  return AGENT_VERBS.has(word);
}

/** A form of a verb that addresses its object as an actor ("urged", "accusing"). */
export function stanceVerb(word: string): boolean {
  return STANCE_VERBS.has(word);
}

export function agentNoun(word: string): boolean {
  return AGENT_NOUNS.has(word);
}
