import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { QuoteMention } from "../../domain/analysis.js";
import { prepare } from "../text/prepare.js";
import { findQuotes } from "./index.js";

// Attribution beyond verbs of saying. Every text here is invented: the town of Dorvik,
// Mayor Ilse Varga, Minister Petra Lind, spokesman Tomas Reyes.

function quotes(text: string): QuoteMention[] {
  const found = findQuotes(prepare(text), []);
  for (const q of found) assert.equal(text.slice(q.start, q.end), q.text);
  return found;
}

/** [speaker, cue, content] of each quote found. */
function triples(text: string): [string | undefined, string | undefined, string][] {
  return quotes(text).map((q) => [q.speaker?.text, q.cue?.text, q.text]);
}

describe("findQuotes: attitudes, judgements and intentions", () => {
  it("reads an adjective of attitude after a copula", () => {
    assert.deepEqual(triples("Mayor Ilse Varga is deeply wary of the new bridge plan."), [
      ["Ilse Varga", "wary of", "the new bridge plan"],
    ]);
    assert.deepEqual(triples("Residents were unhappy with the evacuation order."), [
      ["Residents", "unhappy with", "the evacuation order"],
    ]);
    assert.deepEqual(triples("She's also supportive of the curfew."), [
      ["She's", "supportive of", "the curfew"],
    ]);
  });

  it("reads a stance phrase after a copula", () => {
    assert.deepEqual(triples("Most farmers are in favor of the new dam."), [
      ["Most farmers", "in favor of", "the new dam"],
    ]);
  });

  it("reads verbs of feeling, judging and wanting from a general lexicon, in any inflection", () => {
    assert.deepEqual(triples("Lind belittled the council's estimate."), [
      ["Lind", "belittled", "the council's estimate"],
    ]);
    assert.deepEqual(triples("Varga foresaw a long winter without power."), [
      ["Varga", "foresaw", "a long winter without power"],
    ]);
    assert.deepEqual(triples("The ministry signalled that the road would reopen."), [
      ["The ministry", "signalled", "that the road would reopen"],
    ]);
    assert.deepEqual(triples("Several oppose the plan to close the school."), [
      ["Several", "oppose", "the plan to close the school"],
    ]);
  });

  it("takes the particles of a phrasal cue", () => {
    assert.deepEqual(triples("Varga fired back that the figures were wrong."), [
      ["Varga", "fired back", "that the figures were wrong"],
    ]);
    assert.deepEqual(triples("Lind lashed out at the council on Monday."), [
      ["Lind", "lashed out at", "the council on Monday"],
    ]);
  });

  it("finds the subject of a verb that governs an infinitive cue", () => {
    assert.deepEqual(triples("Varga also attempted to portray the council as reckless."), [
      ["Varga", "portray", "the council as reckless"],
    ]);
  });

  it("reads a quantifier standing for the subject, and a share of people", () => {
    assert.deepEqual(triples("The two ministers have both urged residents to leave Dorvik."), [
      ["The two ministers", "urged", "residents to leave Dorvik"],
    ]);
    assert.deepEqual(triples("Six in 10 said they would stay."), [["10", "said", "they would stay"]]);
  });

  it("does not take a preposition or an adjective for a verb", () => {
    assert.deepEqual(triples("Towns like Dorvik lost power, and 1,200 pledged volunteers arrived."), []);
    assert.deepEqual(triples("They like the new shelter."), [["They", "like", "the new shelter"]]);
  });
});

describe("findQuotes: reports with no one to report them", () => {
  it("gives an appearance, subject included, to nobody", () => {
    assert.deepEqual(triples("The ceasefire seemed fragile by evening."), [
      [undefined, "seemed", "The ceasefire seemed fragile by evening"],
    ]);
    assert.deepEqual(triples("Varga appeared to concede the point."), [
      [undefined, "appeared", "Varga appeared to concede the point"],
    ]);
    assert.deepEqual(triples("Lind appeared on local radio."), []);
  });

  it("reads a clause marked as reported by an evidential adverb", () => {
    assert.deepEqual(triples("A shell reportedly hit the school in Dorvik."), [
      [undefined, "reportedly", "A shell reportedly hit the school in Dorvik"],
    ]);
  });
});

describe("findQuotes: nominal cues", () => {
  it("reads a possessor's claim, criticism or plan", () => {
    assert.deepEqual(triples("The minister's claim that the dam was safe drew scorn."), [
      ["The minister's", "claim", "that the dam was safe drew scorn"],
    ]);
  });

  it("reads a light verb that carries the noun, and idioms of their own", () => {
    assert.deepEqual(triples("Lind lent strong support to the ceasefire."), [
      ["Lind", "support to", "the ceasefire"],
    ]);
    assert.deepEqual(triples("Varga took issue with the report."), [["Varga", "issue with", "the report"]]);
    assert.deepEqual(triples("Reyes made the case that the shelter should stay open."), [
      ["Reyes", "case", "that the shelter should stay open"],
    ]);
  });

  it("reads 'made it clear that'", () => {
    assert.deepEqual(triples("Lind made it clear that the border would stay closed."), [
      ["Lind", "made it clear", "that the border would stay closed"],
    ]);
  });

  it("gives the clause after 'in her view' to the possessor", () => {
    assert.deepEqual(triples("In her view, the shelter must stay open."), [
      ["her", "view", "the shelter must stay open"],
    ]);
  });
});

describe("findQuotes: reported clauses", () => {
  it("keeps an attitude inside someone's reported words as part of them", () => {
    assert.deepEqual(triples("Varga said the minister wants a new bridge."), [
      ["Varga", "said", "the minister wants a new bridge"],
    ]);
  });

  it("keeps speech reported inside speech as a quotation of its own", () => {
    assert.deepEqual(triples("Officials said Lind told them the dam was safe."), [
      ["Officials", "said", "Lind told them the dam was safe"],
      ["Lind", "told", "the dam was safe"],
    ]);
  });

  it("leaves a quotation after another cue to that cue", () => {
    assert.deepEqual(triples('After Lind accused him of lying, Reyes warned, "We will go to court."'), [
      ["Lind", "accused", "him of lying"],
      ["Reyes", "warned", "We will go to court."],
    ]);
  });

  it("reads a stance named after the cue", () => {
    assert.deepEqual(triples("At the meeting, Varga spoke out in favor of the new dam."), [
      ["Varga", "spoke out", "the new dam"],
    ]);
  });

  it("ends a clause before a post-posed cue at a semicolon", () => {
    assert.deepEqual(triples("The dam will hold, engineers say; in 2019, it did not."), [
      ["engineers", "say", "The dam will hold"],
    ]);
  });

  it("reads a titled speaker after an inverted cue, and a parenthetical after the cue", () => {
    assert.deepEqual(triples("The bridge is safe, said Dorvik council spokesman Tomas Reyes."), [
      ["Tomas Reyes", "said", "The bridge is safe"],
    ]);
    assert.deepEqual(triples("Lind added, though, that the road was closed."), [
      ["Lind", "added", "that the road was closed"],
    ]);
    assert.deepEqual(triples("Varga herself said that the school would reopen."), [
      ["Varga", "said", "that the school would reopen"],
    ]);
  });
});
