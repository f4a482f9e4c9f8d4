/**
 * Evidence that something happened, rather than talk about weapons, threats or plans: an
 * event verb in a past or progressive form, casualties, or an event noun with its object
 * ("the bombing of a hospital"). Snippets picked as event reports need no such gate;
 * the sentences of a whole article do.
 */
const OCCURRENCE = new RegExp(
  [
    "\\b(?:killed|killing|dead|died|wounded|injured|injuring|casualties|victims|bodies|destroyed|damaged|damaging",
    "hit|struck|shelled|attacked|bombed|launched|fired|exploded|blew|captured|seized|recaptured|retook|retaken",
    "liberated|abducted|kidnapped|raped|detained|arrested|looted|burned|torched|clashed|fought|opened fire|shot",
    "stormed|overran|took control|taken control|pounded|targeted|massacred|executed|tortured|deported|rubble|ruins)\\b",
    "\\b(?:attacks?|strikes?|shelling|bombing|bombardment|raids?|explosions?|blasts?|assault|massacre|clash(?:es)?",
    "fighting|battle)\\s+(?:on|of|against|in|at|near|hit|killed|destroyed|damaged)\\b",
  ].join("|"),
  "gi",
);

/**
 * Words that put what follows in the clause out of the real: a forecast ("could come in the
 * form of an assault on Odesa"), a condition ("if Russia attacks"), a threat or a plan. A
 * modal with "have" ("may have killed") reports a possible past event and is not among them.
 */
const UNREAL =
  /\b(?:(?:will|would|could|might|may|can|should|must|shall)(?! have\b)|won't|wouldn't|if|unless|threat(?:en(?:s|ed)?)? (?:of|to)|threats? of|risk of|danger of|fears? of|warn(?:ed|s|ing)? (?:of|that)|plan(?:s|ned)? (?:to|for)|prepar(?:e|es|ed|ing) (?:to|for)|ready to|capable of|possible|potential)\b/i;

/** Where the clause around `at` starts: after the last comma, semicolon, colon or dash. */
function clauseBefore(text: string, at: number): string {
  const before = text.slice(0, at);
  const cut = Math.max(
    before.lastIndexOf(","),
    before.lastIndexOf(";"),
    before.lastIndexOf(":"),
    before.lastIndexOf(" - "),
    before.lastIndexOf(" – "),
    before.lastIndexOf(" — "),
  );
  return before.slice(cut + 1);
}

/** True when the sentence says that something happened, not that it may, will or would. */
export function reportsOccurrence(sentence: string): boolean {
  OCCURRENCE.lastIndex = 0;
  for (let m = OCCURRENCE.exec(sentence); m !== null; m = OCCURRENCE.exec(sentence)) {
    if (!UNREAL.test(clauseBefore(sentence, m.index))) return true;
  }
  return false;
}

// "the Battle of Stalingrad", "the Siege of Leningrad": the name of a past event, not a report of one.
const NAMED_EVENT =
  /\b(?:Battle|Siege|Massacre|Bombing|Liberation|Storming|Fall) of (?:the )?\p{Lu}[\p{L}'’-]*/gu;

/** The sentence with names of historic events blanked out, offsets unchanged. */
export function withoutNamedEvents(sentence: string): string {
  return sentence.replace(NAMED_EVENT, (name) => " ".repeat(name.length));
}

/**
 * Words that make a sentence tell a pattern of attacks rather than one ("has been shelled
 * almost daily", "struck repeatedly since October", "shelled more than 40 times").
 */
const HABITUAL =
  /\b(?:(?:almost |nearly )?(?:daily|nightly)|every (?:day|night|week)|day and night|night after night|day after day|repeatedly|regularly|constantly|routinely|time and again|on a daily basis|(?:\d+|dozens of|hundreds of|several|many|more than \d+) times)\b/i;

export function isHabitual(sentence: string): boolean {
  return HABITUAL.test(sentence);
}
