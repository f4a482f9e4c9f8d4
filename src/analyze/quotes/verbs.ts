/**
 * The verbs by which news attributes words, thoughts and attitudes to someone, grouped by
 * meaning after the verb classes of English grammars (Levin's verbs of communication,
 * judgement, psychological state, desire and assessment) and the attribution classes of
 * PARC-style annotation. Lemmas only: every form is made by rule, irregular pasts and
 * doubled consonants coming from english-verbs-irregular and english-verbs-gerunds
 * (RosaeNLG's lists, the latter drawn from WordNet).
 *
 * A lemma marked `*` has a base and -s form that is as often a noun ("the report", "32
 * state committees", "a vote"); those forms count as cues only where the context makes
 * them verbs (see cues.ts).
 */
import { createRequire } from "node:module";
import { words } from "./lexicon.js";

export type CueForm = "base" | "third" | "past" | "ing";

/**
 * What a cue attributes. Speech reports words; evaluation, a judgement of someone or
 * something; stance, what someone thinks, feels, wants or what evidence shows.
 */
export type CueClass = "speech" | "evaluation" | "stance";

export interface CueWord {
  lemma: string;
  class: CueClass;
  form: CueForm;
  /** Takes the addressee as object before the content: "told reporters that …". */
  audience: boolean;
}

/**
 * Saying, writing, asking, announcing, and the manner of saying; the heads of phrasal cues
 * ("fire back", "lash out", "weigh in") too, which report only with their particle.
 */
const SPEECH = `
  say tell add state* declare announce claim* insist maintain argue assert contend explain note*
  observe remark* comment* respond reply* answer* retort* acknowledge admit concede confirm deny
  reiterate repeat stress* emphasize emphasise underscore underline warn caution* predict promise*
  pledge* vow* threaten boast* brag complain lament* suggest propose recommend urge demand* ask
  question* wonder write tweet* retweet post* report* reveal disclose divulge recall* recount
  describe allege mention* testify clarify indicate cite proclaim exclaim shout* yell whisper*
  mutter murmur* advise counter* protest* signal* imply hint* posit confess swear guarantee*
  reassure assure inform notify remind tout forecast* joke* quip* muse speculate theorize theorise
  hypothesize surmise conclude estimate* publish unveil detail* outline* highlight* reaffirm affirm
  echo* request* plead implore beg exhort brief* discuss address* call* point refer talk* speak put
  interject opine gush snap fume rant* rail grumble grouse gripe* vent* marvel chant* scream*
  concur express rebut refute contradict object* recite list* invoke voice* articulate convey
  relay* stipulate summarize summarise elaborate pronounce lecture* preach apologize apologise
  quote* paraphrase retract recant vouch attest blurt sigh* shrug* fire shoot hit lash chime weigh
  spell lay single sign`;

/** Judging, backing and opposing a person or a position. */
const EVALUATION = `
  accuse charge* blame* criticize criticise condemn denounce praise* hail* dismiss reject slam*
  blast* mock scoff chide scold rebuke* lambaste berate ridicule* deride applaud decry dispute*
  welcome* endorse support* back* oppose favor* favour* defend champion* embrace attack* assail
  excoriate castigate chastise disavow repudiate challenge* fault* credit* thank congratulate laud
  extol label* brand* dub characterize characterise portray depict paint* frame* deem consider
  regard* view* knock* encourage accept belittle disparage denigrate downplay minimize minimise
  trivialize trivialise bemoan deplore eviscerate vilify malign demonize demonise lampoon*
  satirize satirise skewer taunt* jeer heckle commend compliment* salute* reprimand* reproach*
  upbraid censure* admonish impugn scorn* spurn snub* disapprove approve condone side* advocate*
  promote uphold resist boycott* pounce underplay celebrate cheer* mourn justify slander* smear*
  insult* lobby* push* vote*`;

/** Thinking, knowing, perceiving, and what evidence shows. */
const COGNITION = `
  think believe know expect doubt* assume suspect reckon suppose imagine understand realize
  realise recognize recognise learn find determine rule* see notice* perceive sense* discover
  conceive envision envisage foresee anticipate remember forget ponder contemplate mull
  reconsider rethink interpret presume infer deduce guess* trust* show demonstrate prove
  document* illustrate verify establish corroborate calculate`;

/** Feeling about something, wanting it, and meaning to do it. */
const ATTITUDE = `
  feel hope* fear* worry* want wish* prefer intend plan* seek aim* decide refuse decline agree
  disagree offer* seem appear admire adore appreciate cherish despise detest dislike* dread* enjoy
  envy* hate* like love* loathe pity* regret* relish* resent respect* revere savor savour
  tolerate value* fret agonize agonise desire* yearn crave strive opt choose consent aspire
  endeavor endeavour hesitate care`;

/**
 * Verbs of appearance, which report how something seems without saying to whom: "the
 * plan seems doomed", "he appeared to concede".
 */
export const EVIDENTIAL = new Set(words("seem appear"));

/** Verbs that introduce words only when a quotation stands next to them: `He continued: "…"`. */
export const QUOTE_ONLY = new Set(words("continue read begin"));

/** Verbs whose addressee comes between verb and content. */
const AUDIENCE = new Set(
  words("tell assure inform notify remind reassure warn ask urge advise promise implore beg"),
);

const require = createRequire(import.meta.url);
const IRREGULAR = require("english-verbs-irregular/dist/verbs.json") as Record<string, [string, string][]>;
const GERUNDS = require("english-verbs-gerunds/dist/gerunds.json") as Record<string, string>;

/** Every form of a lemma with what it is. */
function forms(lemma: string): [string, CueForm][] {
  const ing = GERUNDS[lemma] ?? regularIng(lemma);
  // a consonant doubled before -ing is doubled before -ed too: "planning", "planned"
  const doubled = ing.length === lemma.length + 4 && ing[lemma.length] === lemma.at(-1);
  const out: [string, CueForm][] = [
    [lemma, "base"],
    [third(lemma), "third"],
    [ing, "ing"],
  ];
  const irregular = IRREGULAR[lemma]?.[0];
  if (irregular) out.push([irregular[0], "past"], [irregular[1], "past"]);
  else out.push([regularPast(lemma, doubled), "past"]);
  // the list doubles a final l as British English does ("signalling"); American does not
  if (doubled && lemma.endsWith("l")) out.push([`${lemma}ing`, "ing"], [regularPast(lemma, false), "past"]);
  return out;
}

/** Every written form of a verb: "make" → make, makes, making, made. */
export function inflections(lemma: string): string[] {
  return [...new Set(forms(lemma).map(([word]) => word))];
}

function regularPast(lemma: string, doubled: boolean): string {
  if (lemma.endsWith("e")) return `${lemma}d`;
  if (/[^aeiou]y$/.test(lemma)) return `${lemma.slice(0, -1)}ied`;
  return doubled ? `${lemma}${lemma.at(-1)}ed` : `${lemma}ed`;
}

function third(lemma: string): string {
  if (/[^aeiou]y$/.test(lemma)) return `${lemma.slice(0, -1)}ies`;
  if (/(?:s|sh|ch|x|z|o)$/.test(lemma)) return `${lemma}es`;
  return `${lemma}s`;
}

function regularIng(lemma: string): string {
  if (/[^aeiouy]e$/.test(lemma) || lemma.endsWith("ue")) return `${lemma.slice(0, -1)}ing`;
  return `${lemma}ing`;
}

/**
 * Forms that in news text are mostly something else than a report: "the state", "find a
 * job", "planned cuts", "felt pain", "proved costly".
 */
const NOT_CUES = new Set(words("state states find planned planning felt proved"));

/** Lemmas whose base and -s forms may be nouns, from the `*` marks above. */
export const NOUN_HOMOGRAPHS = new Set<string>();

function buildCues(): Map<string, CueWord> {
  const map = new Map<string, CueWord>();
  const classes: [string, CueClass][] = [
    [SPEECH, "speech"],
    [[...QUOTE_ONLY].join(" "), "speech"],
    [EVALUATION, "evaluation"],
    [COGNITION, "stance"],
    [ATTITUDE, "stance"],
  ];
  for (const [list, cls] of classes) {
    for (const entry of words(list)) {
      const lemma = entry.replace("*", "");
      if (entry.endsWith("*")) NOUN_HOMOGRAPHS.add(lemma);
      const audience = AUDIENCE.has(lemma);
      for (const [word, form] of forms(lemma)) {
        if (!map.has(word) && !NOT_CUES.has(word)) map.set(word, { lemma, class: cls, form, audience });
      }
    }
  }
  return map;
}

export const CUE_WORDS: ReadonlyMap<string, CueWord> = buildCues();

/**
 * Particles that a cue verb needs to be a cue at all: "point out", "fire back", "vote for",
 * "sign off on", "put it".
 */
export const REQUIRED_PARTICLE: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  (
    [
      ["point", "out to"],
      ["refer", "to"],
      ["put", "it"],
      ["talk", "about of"],
      ["speak", "about of out"],
      ["fire", "back"],
      ["shoot", "back"],
      ["hit", "back out"],
      ["lash", "out"],
      ["chime", "in"],
      ["weigh", "in"],
      ["spell", "out"],
      ["lay", "out"],
      ["single", "out"],
      ["sign", "off"],
      ["shrug", "off"],
      ["lobby", "for against"],
      ["push", "for back"],
      ["vote", "for against"],
      ["side", "with against"],
      ["pounce", "on upon"],
      ["care", "about"],
      ["yearn", "for"],
    ] as const
  ).map(([lemma, particles]) => [lemma, new Set(words(particles))]),
);

/**
 * Particles that belong to the cue when present ("called for", "called out"), the
 * preposition's object then being what is reported: "agreed with the senator", "responded
 * to the ruling", "was asked about her emails", "warned of reprisals".
 */
export const OPTIONAL_PARTICLE: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  (
    [
      ["call", "for on out"],
      ["agree", "with"],
      ["disagree", "with"],
      ["respond", "to"],
      ["reply", "to"],
      ["ask", "about"],
      ["comment", "on"],
      ["hint", "at"],
      ["complain", "about"],
      ["warn", "of against"],
      ["argue", "for against"],
      ["testify", "about"],
      ["elaborate", "on"],
      ["object", "to"],
      ["worry", "about"],
      ["fret", "about over"],
      ["rail", "against"],
      ["advocate", "for"],
      ["apologize", "for"],
      ["apologise", "for"],
      ["hope", "for"],
      ["wish", "for"],
      ["opt", "for"],
      ["rule", "out"],
    ] as const
  ).map(([lemma, particles]) => [lemma, new Set(words(particles))]),
);

/** Verbs that may come before their speaker: `"…," said Smith`, `…, added the spokesman.` */
export const INVERTIBLE = new Set(
  words(`
  say add tell write ask note explain continue recall argue insist warn declare quip joke reply
  respond counter observe remark wonder conclude predict acknowledge concede admit complain
  report state tweet read`),
);
