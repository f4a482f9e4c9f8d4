import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { binaryReason, looksLikeHtml } from "./sniff.js";

const text = { utf16: false };

describe("binaryReason", () => {
  it("names common binary formats by their signature", () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    assert.equal(binaryReason(png, text), "binary content (looks like PNG image)");
    assert.equal(
      binaryReason(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16]), text),
      "binary content (looks like JPEG image)",
    );
    assert.equal(
      binaryReason(Buffer.from("PK\x03\x04\x14\0\0\0", "latin1"), text)?.includes("ZIP archive"),
      true,
    );
  });

  it("refuses PDF clearly, as not supported yet", () => {
    assert.equal(
      binaryReason(Buffer.from("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "latin1"), text),
      "binary content (looks like PDF document; PDF is not supported yet)",
    );
  });

  it("refuses unknown formats with NUL bytes or many control characters", () => {
    assert.equal(binaryReason(Buffer.from("abc\0def"), text), "binary content (contains NUL bytes)");
    const noisy = Buffer.from(Array.from({ length: 100 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41)));
    assert.match(
      binaryReason(noisy, text) ?? "",
      /^binary content \(34% control characters in the first 100 bytes\)$/,
    );
  });

  it("accepts text with tabs, line breaks, ANSI colours and non-Latin letters", () => {
    assert.equal(binaryReason(Buffer.from("a\tb\r\nc\x1b[31mred\x1b[0m\f"), text), null);
    assert.equal(binaryReason(Buffer.from("Обстріл у місті Вербівка", "utf8"), text), null);
    assert.equal(binaryReason(Buffer.from([0xc0, 0xc1, 0xe0, 0x20, 0xf2]), text), null);
  });

  it("lets NUL bytes pass in UTF-16 but still refuses signatures there", () => {
    assert.equal(binaryReason(Buffer.from("hello", "utf16le"), { utf16: true }), null);
    assert.match(binaryReason(Buffer.from("GIF89a\0\0"), { utf16: true }) ?? "", /GIF image/);
  });
});

describe("looksLikeHtml", () => {
  it("recognises documents and fragments that open with an HTML tag", () => {
    assert.equal(looksLikeHtml("<!DOCTYPE html>\n<html><body>x</body></html>"), true);
    assert.equal(looksLikeHtml("\n  <div class=a>x</div>"), true);
    assert.equal(looksLikeHtml("\uFEFF<p>Text</p>"), true);
    assert.equal(looksLikeHtml('<?xml version="1.0"?>\n<html xmlns="http://www.w3.org/1999/xhtml">'), true);
  });

  it("does not take plain text or other XML for HTML", () => {
    assert.equal(looksLikeHtml("The shelling began at dawn. <b> is a tag."), false);
    assert.equal(looksLikeHtml("<pre-formatted> notes"), false);
    assert.equal(looksLikeHtml('<?xml version="1.0"?><rss version="2.0">'), false);
  });
});
