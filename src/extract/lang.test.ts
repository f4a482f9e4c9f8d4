import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { detectLang, normalizeLang, resolveLang } from "./lang.js";

const UKRAINIAN =
  "Унаслідок обстрілу житлового кварталу в місті загинули троє людей, ще дев'ятеро отримали поранення, повідомили в обласній військовій адміністрації. " +
  "Рятувальники продовжують розбирати завали зруйнованого будинку, а мешканців сусідніх будинків тимчасово відселили до шкіл. " +
  "За словами очевидців, вибухи пролунали близько четвертої ранку, коли більшість людей ще спали у своїх квартирах.";
const ENGLISH =
  "Three people were killed and nine wounded when shells struck a residential district of the city, the regional military administration said. " +
  "Rescuers are still clearing the rubble of the destroyed building, and residents of neighbouring houses have been moved to schools for now. " +
  "Witnesses said the explosions were heard at about four in the morning, when most people were still asleep in their flats.";

describe("language", () => {
  it("normalizes declared tags to ISO 639-1", () => {
    assert.equal(normalizeLang("en-GB"), "en");
    assert.equal(normalizeLang("uk_UA"), "uk");
    assert.equal(normalizeLang("ukr"), "uk");
    assert.equal(normalizeLang("arb"), "ar");
    assert.equal(normalizeLang("xx"), null);
    assert.equal(normalizeLang(""), null);
  });

  it("detects the language of a text, and says nothing for a scrap", () => {
    assert.equal(detectLang(UKRAINIAN), "uk");
    assert.equal(detectLang(ENGLISH), "en");
    assert.equal(detectLang("Kyiv, 2022"), null);
  });

  it("keeps a declaration that fits the text and overrules one that plainly does not", () => {
    assert.equal(resolveLang("en", ENGLISH), "en");
    assert.equal(resolveLang("en", UKRAINIAN), "uk");
    assert.equal(resolveLang(null, UKRAINIAN), "uk");
    assert.equal(resolveLang("uk", "Коротко."), "uk");
  });
});
