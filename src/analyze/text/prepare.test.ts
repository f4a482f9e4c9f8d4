import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { prepare, sentenceAt } from "./prepare.js";
import { Shape, tokenize } from "./tokens.js";

describe("prepare", () => {
  it("splits paragraphs on line breaks and keeps offsets into the original text", () => {
    const text = "First line here.\n\n  Second one.  \nThird.";
    const p = prepare(text);
    assert.deepEqual(
      p.paragraphs.map((r) => text.slice(r.start, r.end)),
      ["First line here.", "Second one.", "Third."],
    );
  });

  it("does not end a sentence after titles, initials or U.S.", () => {
    const text = 'Mr. Smith met Gen. J. Doe in the U.S. capital. "It went well," he said. Then he left.';
    const p = prepare(text);
    assert.deepEqual(
      p.sentences.map((s) => text.slice(s.start, s.end)),
      ["Mr. Smith met Gen. J. Doe in the U.S. capital.", '"It went well," he said.', "Then he left."],
    );
  });

  it("ends a sentence after a closing quote", () => {
    const text = 'He said: "We will stay." The mayor agreed.';
    const p = prepare(text);
    assert.equal(p.sentences.length, 2);
    assert.equal(text.slice(p.sentences[0]?.start, p.sentences[0]?.end), 'He said: "We will stay."');
  });

  it("finds the sentence at an offset", () => {
    const text = "One. Two. Three.";
    const p = prepare(text);
    assert.equal(sentenceAt(p, text.indexOf("Two"))?.start, 5);
  });
});

describe("tokenize", () => {
  it("classifies shapes and keeps numbers with separators whole", () => {
    const toks = tokenize("The UN said 1,200 civilians in Kyiv's east died on the 24th.");
    const byText = new Map(toks.map((t) => [t.text, t.shape]));
    assert.equal(byText.get("UN"), Shape.Upper);
    assert.equal(byText.get("1,200"), Shape.Number);
    assert.equal(byText.get("Kyiv's"), Shape.Capitalized);
    assert.equal(byText.get("24th"), Shape.Ordinal);
    assert.equal(byText.get("."), Shape.Punct);
  });

  it("tokenises Cyrillic words", () => {
    assert.deepEqual(
      tokenize("Київ і Харків").map((t) => t.text),
      ["Київ", "і", "Харків"],
    );
  });
});
