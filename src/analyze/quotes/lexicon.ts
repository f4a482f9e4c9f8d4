/**
 * Words the quotation finder recognises. Reporting verbs follow the attribution classes of
 * PARC/PolNeAR-style annotation: speech acts, writing, and the stance verbs (belief,
 * intention, evidence) under which news reports what sources think, want or show.
 */

export type CueForm = "base" | "third" | "past" | "ing";

export interface CueWord {
  lemma: string;
  form: CueForm;
  /** Takes the addressee as object before the content: "told reporters that …". */
  audience: boolean;
}

/** A word list written as one string, one or more spaces or lines apart. */
export function words(list: string): string[] {
  return list.trim().split(/\s+/);
}

/** Saying, writing and announcing. */
const SPEECH = words(`
     say tell add state declare announce claim insist maintain argue assert contend explain note
  observe remark comment respond reply answer retort acknowledge admit concede confirm deny
  reiterate repeat stress emphasize emphasise underscore warn caution predict promise pledge vow
  threaten boast brag complain lament suggest propose recommend urge demand ask question wonder
  write tweet post report reveal disclose recall recount describe allege mention testify clarify
  indicate cite proclaim exclaim shout yell whisper advise counter protest signal imply hint posit
  concede confess swear guarantee reassure assure inform remind tout forecast joke quip muse
  speculate conclude estimate publish unveil detail outline highlight reaffirm affirm echo
  request plead brief discuss address call point order refer talk speak put interject opine gush
  snap fume rant rail grumble grouse vent marvel chant scream concur express rebut recite list
  invoke voice`);

/** Judging, backing and opposing a person or a position. */
const EVALUATION = words(`
     accuse charge blame criticize criticise condemn denounce praise hail dismiss reject slam
  blast   mock scoff chide scold rebuke lambaste berate ridicule deride applaud decry dispute
  welcome   endorse support back oppose favor favour defend champion embrace attack assail
  excoriate   castigate chastise disavow repudiate challenge fault credit thank congratulate laud
  label brand   dub characterize characterise portray depict paint frame deem consider regard view
  knock   encourage accept`);

/** Thinking, wanting, intending, and what evidence shows. */
const STANCE = words(`
     think believe feel know expect hope fear worry doubt assume suspect reckon suppose imagine
  understand realize realise recognize recognise want wish prefer intend plan seek aim decide
  refuse decline agree disagree offer vow show find demonstrate prove determine rule seem appear
  see learn`);

/** Verbs that introduce words only when a quotation stands next to them: `He continued: "…"`. */
export const QUOTE_ONLY = new Set(words("continue read begin"));

/** Verbs whose addressee comes between verb and content. */
const AUDIENCE = new Set(words("tell assure inform remind reassure warn ask urge advise promise"));

/** Past, -ing and, where it differs from the past, the past participle. */
const IRREGULAR: Record<string, [string, string, string?]> = {
  seek: ["sought", "seeking"],
  put: ["put", "putting"],
  see: ["saw", "seeing", "seen"],
  speak: ["spoke", "speaking", "spoken"],
  read: ["read", "reading"],
  begin: ["began", "beginning"],
  say: ["said", "saying"],
  tell: ["told", "telling"],
  write: ["wrote", "writing", "written"],
  think: ["thought", "thinking"],
  know: ["knew", "knowing", "known"],
  feel: ["felt", "feeling"],
  find: ["found", "finding"],
  swear: ["swore", "swearing"],
  forecast: ["forecast", "forecasting"],
  understand: ["understood", "understanding"],
};

// Final consonants doubled before -ed/-ing (stressed last syllable).
const DOUBLING = new Set(words("snap refer admit regret quip slam prefer dub plan rebut"));

function regularForms(lemma: string): [string, string, string] {
  const stem = DOUBLING.has(lemma) ? lemma + lemma.at(-1) : lemma;
  if (lemma.endsWith("e")) return [`${lemma}s`, `${lemma}d`, `${lemma.slice(0, -1)}ing`];
  if (/[^aeiou]y$/.test(lemma))
    return [`${lemma.slice(0, -1)}ies`, `${lemma.slice(0, -1)}ied`, `${lemma}ing`];
  if (/(?:s|sh|ch|x|z)$/.test(lemma)) return [`${lemma}es`, `${lemma}ed`, `${lemma}ing`];
  return [`${lemma}s`, `${stem}ed`, `${stem}ing`];
}

function buildCues(): Map<string, CueWord> {
  const map = new Map<string, CueWord>();
  for (const lemma of [...SPEECH, ...EVALUATION, ...STANCE, ...QUOTE_ONLY]) {
    const [third, past, ing] = regularForms(lemma);
    const irregular = IRREGULAR[lemma];
    const audience = AUDIENCE.has(lemma);
    const forms: [string, CueForm][] = [
      [lemma, "base"],
      [third, "third"],
      [irregular?.[0] ?? past, "past"],
      [irregular?.[1] ?? ing, "ing"],
      [irregular?.[2] ?? irregular?.[0] ?? past, "past"],
    ];
    for (const [word, form] of forms) if (!map.has(word)) map.set(word, { lemma, form, audience });
  }
  return map;
}

/**
 * Forms that in news text are mostly something else than a report: "the state", "find a
 * job", "planned cuts", "felt pain", "proved costly".
 */
const NOT_CUES = words("state states find planned planning felt proved");

export const CUE_WORDS: ReadonlyMap<string, CueWord> = (() => {
  const map = buildCues();
  for (const form of NOT_CUES) map.delete(form);
  return map;
})();

/**
 * Lemmas whose base and -s forms are as often nouns ("32 state committees", "the claims"):
 * those forms count as cues only before a clear complement ("claims that", "states:").
 */
export const NOUN_HOMOGRAPHS = new Set(
  words(`
  state report claim charge call answer question comment promise pledge vow demand hope fear doubt
  wish estimate forecast joke protest counter signal guarantee blast slam tweet praise blame
  mention note remark reply dispute quip boast plan aim offer request address post detail outline
  highlight echo favor favour challenge fault thank order plea label brand frame view regard
  credit rule support back attack talk`),
);

/** Particles that a cue verb needs to be a cue at all ("point out", "order that"). */
export const REQUIRED_PARTICLE: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ["point", new Set(["out", "to"])],
  ["refer", new Set(["to"])],
  ["seem", new Set(["to"])],
  ["put", new Set(["it"])],
  ["appear", new Set(["to"])],
  ["talk", new Set(["about", "of"])],
  ["speak", new Set(["about", "of", "out"])],
  ["order", new Set(["that"])],
]);

/**
 * Particles that belong to the cue when present ("called for", "called out"), the
 * preposition's object then being what is reported: "agreed with the senator", "responded
 * to the ruling", "was asked about her emails", "warned of reprisals".
 */
export const OPTIONAL_PARTICLE: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ["call", new Set(["for", "on", "out"])],
  ["lash", new Set(["out"])],
  ["agree", new Set(["with"])],
  ["disagree", new Set(["with"])],
  ["respond", new Set(["to"])],
  ["reply", new Set(["to"])],
  ["ask", new Set(["about"])],
  ["comment", new Set(["on"])],
  ["hint", new Set(["at"])],
  ["complain", new Set(["about"])],
  ["warn", new Set(["of", "against"])],
  ["argue", new Set(["for", "against"])],
  ["testify", new Set(["about"])],
]);

/** Verbs that may come before their speaker: `"…," said Smith`, `…, added the spokesman.` */
export const INVERTIBLE = new Set(
  words(`
  say add tell write ask note explain continue recall argue insist warn declare quip joke   reply
  respond counter observe remark wonder conclude predict acknowledge concede admit complain
  report state tweet read`),
);

/** Nouns that name where words come from, and so may stand as an inverted speaker ("said the statement"). */
export const SOURCE_NOUNS = new Set(
  words(`
  statement report poll survey study letter release memo website article campaign group
  committee document filing complaint lawsuit ruling order transcript email analysis spokesman
  spokeswoman spokesperson ad video tweet message note op-ed`),
);

export const SUBJECT_PRONOUNS = new Set(
  words(`
  he she they we i you it he's she's they're we're i'm it's you're they've we've i've he'd she'd
  they'd we'd i'd he'll she'll they'll we'll i'll`),
);

/** "he's" → "he". */
export function basePronoun(word: string): string {
  const apostrophe = word.indexOf("'");
  return apostrophe === -1 ? word : word.slice(0, apostrophe);
}

export const WEEKDAYS = new Set(words("monday tuesday wednesday thursday friday saturday sunday"));

export const PERSON_PRONOUNS = new Set(["he", "she"]);

export const POSSESSIVE_PRONOUNS = new Set(["his", "her", "their", "its", "my", "our", "your"]);

/** Forms of "be", which make a past participle passive and an -ing form progressive. */
export const BE = new Set(["is", "are", "was", "were", "be", "been", "being", "am"]);

export const OBJECT_PRONOUNS = new Set(["him", "her", "them", "us", "me", "you", "it"]);

export const DETERMINERS = new Set(
  words(`
  the a an this that these those his her their its our my your some many several both all each
  every few most no any other another such`),
);

export const PREPOSITIONS = new Set(
  words(`
  of in on at by for with from to into about over under after before during since through against
  among between without within upon across behind beyond near amid toward towards per via like
  than as onto off out up down around throughout despite`),
);

export const CONJUNCTIONS = new Set(
  words(`
  and or but nor so yet because although though while whereas if unless when whenever where until
  once whether then`),
);

export const AUXILIARIES = new Set(
  words(`
  be am is are was were been being have has had having do does did will would shall should can
  could may might must 's 've 'd 'll`),
);

/** Adverbs that sit between a subject and its reporting verb ("he also said"). */
export const ADVERBS = new Set(
  words(`
  also later previously recently once soon ever almost then again repeatedly reportedly publicly
  privately already even still just only never often first further too not n't always frequently
  ultimately finally initially subsequently earlier quickly simply actually really clearly openly
  flatly bluntly now today yesterday tonight since currently separately immediately`),
);

/** Adverbs set off by commas between a subject and its verb: "Murphy, though, said". */
export const PARENTHETICALS = new Set(
  words(`
  though however meanwhile too instead moreover nonetheless nevertheless also then now`),
);

export const RELATIVES = new Set(words("who whom whose which that what where when why how"));

/** Words that open an adjunct after a post-posed cue: `…, he said in a statement on Tuesday.` */
export const ADJUNCT_OPENERS = new Set(
  words(`
  in on at during after before from with via through to over while when last this earlier later
  yesterday today tonight monday tuesday wednesday thursday friday saturday sunday`),
);

/**
 * Capitalised words that are part of a title rather than of a name, so that
 * "Secretary of State Antony Blinken" yields the name "Antony Blinken".
 */
export const TITLE_WORDS = new Set(
  words(`
  president vice prime minister secretary state senator sen gov governor rep representative mr mrs
  ms miss dr prof general gen justice foreign defense defence interior home chancellor mayor
  spokesman spokeswoman spokesperson speaker chairman chairwoman chair chief ambassador leader
  majority minority senate house democratic republican democrat commander director deputy attorney
  judge king queen prince princess pope sheikh colonel col lt lieutenant captain capt sgt sergeant
  admiral adm marshal officer police press health economy finance energy trade council counsel sir
  lord lady dame former acting candidate nominee congressman congresswoman sheriff commissioner
  ceo executive founder head gop rev reverend pastor father bishop archbishop cardinal emir
  ayatollah`),
);

/** Common nouns for a person in a role: "a Pentagon spokesman", "the lawmaker". */
export const PERSON_NOUNS = new Set(
  words(`
  spokesman spokeswoman spokesperson official officials minister secretary president senator
  governor leader lawmaker lawmakers aide aides adviser advisor advisers analyst analysts expert
  experts source sources diplomat diplomats officer commander general ambassador mayor chancellor
  candidate director chairman chairwoman chief man woman resident residents witness witnesses`),
);
