/**
 * Closed classes of words (pronouns, determiners, prepositions, …) and the few open lists
 * the quotation finder reads speakers by. Reporting verbs are in verbs.ts.
 */

/** A word list written as one string, one or more spaces or lines apart. */
export function words(list: string): string[] {
  return list.trim().split(/\s+/);
}

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

export const REFLEXIVES = new Set(words("himself herself themselves itself myself ourselves yourself"));

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
