import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { charsetParam, decodeBytes, detectEncoding, invalidUtf8Offset, metaCharset } from "./charset.js";

const html = { html: true, httpCharset: null };

/** "Вербівка" (an invented village) in windows-1251 and in koi8-u. */
const cp1251 = Buffer.from([0xc2, 0xe5, 0xf0, 0xe1, 0xb3, 0xe2, 0xea, 0xe0]);
const koi8u = Buffer.from([0xf7, 0xc5, 0xd2, 0xc2, 0xa6, 0xd7, 0xcb, 0xc1]);

describe("detectEncoding", () => {
  it("reads <meta charset> and <meta http-equiv> declarations, canonicalised", () => {
    const page = (head: string) => Buffer.concat([Buffer.from(`<html><head>${head}</head><body>`), cp1251]);
    assert.equal(detectEncoding(page('<meta charset="cp1251">'), html).encoding, "windows-1251");
    assert.equal(
      detectEncoding(page('<meta http-equiv="Content-Type" content="text/html; charset=KOI8-R">'), html)
        .encoding,
      "koi8-r",
    );
    assert.equal(detectEncoding(page("<meta charset=iso-8859-5>"), html).encoding, "iso-8859-5");
  });

  it("ignores <meta> in plain text and inside comments", () => {
    const bytes = Buffer.from('<!-- <meta charset="koi8-r"> --><p>x</p>');
    assert.equal(detectEncoding(bytes, html).source, "default");
    assert.equal(
      detectEncoding(Buffer.from('<meta charset="koi8-r">'), { html: false, httpCharset: null }).source,
      "default",
    );
  });

  it("puts a BOM first, then the HTTP header, then <meta>", () => {
    const meta = Buffer.from('<meta charset="koi8-r"><p>x</p>');
    assert.deepEqual(detectEncoding(meta, { html: true, httpCharset: "windows-1251" }), {
      encoding: "windows-1251",
      source: "http",
    });
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), meta]);
    assert.deepEqual(detectEncoding(bom, { html: true, httpCharset: "windows-1251" }), {
      encoding: "utf-8",
      source: "bom",
    });
  });

  it("falls back to the next clue when a declared charset is unknown", () => {
    const meta = Buffer.from('<meta charset="koi8-r"><p>x</p>');
    assert.equal(detectEncoding(meta, { html: true, httpCharset: "x-no-such-charset" }).encoding, "koi8-r");
  });

  it("treats a meta-declared UTF-16 as UTF-8, as browsers do", () => {
    assert.equal(detectEncoding(Buffer.from('<meta charset="utf-16"><p>x</p>'), html).encoding, "utf-8");
  });

  it("recognises UTF-16 by its BOM or, without one, by its NUL pattern", () => {
    const le = Buffer.from("<p>Hello</p>", "utf16le");
    assert.deepEqual(detectEncoding(Buffer.concat([Buffer.from([0xff, 0xfe]), le]), html), {
      encoding: "utf-16le",
      source: "bom",
    });
    assert.deepEqual(detectEncoding(le, html), { encoding: "utf-16le", source: "utf16-pattern" });
    assert.equal(detectEncoding(Buffer.from(le).swap16(), html).encoding, "utf-16be");
  });
});

describe("decodeBytes", () => {
  it("decodes legacy Cyrillic encodings", () => {
    assert.equal(decodeBytes(cp1251, "windows-1251"), "Вербівка");
    assert.equal(decodeBytes(koi8u, "koi8-u"), "Вербівка");
  });

  it("drops a BOM from the text", () => {
    assert.equal(decodeBytes(Buffer.from([0xef, 0xbb, 0xbf, 0x61]), "utf-8"), "a");
    assert.equal(decodeBytes(Buffer.from([0xfe, 0xff, 0, 0x61]), "utf-16be"), "a");
  });

  it("refuses invalid UTF-8, naming the byte and its offset", () => {
    assert.throws(() => decodeBytes(Buffer.concat([Buffer.from("ok "), cp1251]), "utf-8"), {
      message: "not valid UTF-8 text (byte 0xc2 at offset 3)",
    });
  });
});

describe("invalidUtf8Offset", () => {
  it("skips a literal U+FFFD and finds the real error after it", () => {
    const bytes = Buffer.concat([Buffer.from("a\uFFFDb"), Buffer.from([0xff])]);
    assert.equal(invalidUtf8Offset(bytes), 5);
  });

  it("counts multi-byte characters and flags a truncated last character", () => {
    const bytes = Buffer.concat([Buffer.from("Київ 😀"), Buffer.from([0xe2, 0x82])]);
    assert.equal(invalidUtf8Offset(bytes), Buffer.byteLength("Київ 😀"));
    assert.equal(invalidUtf8Offset(Buffer.from("Київ 😀")), null);
  });
});

describe("charsetParam and metaCharset", () => {
  it("extract the declared label", () => {
    assert.equal(charsetParam('text/html; charset="Windows-1251"'), "Windows-1251");
    assert.equal(charsetParam("text/plain;charset=koi8-u; format=flowed"), "koi8-u");
    assert.equal(charsetParam("text/html"), null);
    assert.equal(
      metaCharset(Buffer.from("<META CONTENT='text/html; charset=iso-8859-2' HTTP-EQUIV=content-type>")),
      "iso-8859-2",
    );
  });
});
