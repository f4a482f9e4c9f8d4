import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { after, before, describe, it } from "node:test";
import { gzipSync } from "node:zlib";
import { captureInputs } from "./capture.js";
import { planInputs } from "./plan.js";
import { buildOptions, collect, FIXED_NOW, fileUnit, summarize } from "./testing.js";
import type { CapturedItem, CaptureResult } from "./types.js";

const sha = (b: Buffer) => createHash("sha256").update(b).digest("hex");

function onlyItem(results: CaptureResult[]): CapturedItem {
  assert.equal(results.length, 1);
  const [result] = results;
  if (!result?.ok) assert.fail(`expected an item, got ${JSON.stringify(result)}`);
  return result.item;
}

describe("captureInputs on files", () => {
  let dir = "";
  const path = (name: string) => join(dir, name);
  const write = (name: string, data: string | Buffer) => writeFile(path(name), data);
  const captureFile = async (name: string, opts = buildOptions()) =>
    collect(captureInputs([fileUnit(name, path(name))], opts));

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), "dossier-capture-"));
  });
  after(() => rm(dir, { recursive: true, force: true }));

  it("captures an HTML file with its hash, origin, clock and actor", async () => {
    const bytes = Buffer.from("<!doctype html><title>Strike</title><p>Windows were blown out.</p>");
    await write("report.html", bytes);
    const item = onlyItem(await captureFile("report.html"));
    assert.deepEqual(item.capture, {
      sha256: sha(bytes),
      size: bytes.length,
      mediaType: "text/html",
      encoding: "identity",
      origin: { kind: "file", path: path("report.html") },
      retrievedAt: FIXED_NOW.toISOString(),
      http: null,
      capturedBy: "tester",
    });
    assert.deepEqual(item.original, bytes);
    assert.equal(item.content.text, bytes.toString());
    assert.deepEqual(item.hints, { url: null, publishedAt: null, outlet: null, title: null });
  });

  it("takes the media type from the extension, and sniffs it when there is none", async () => {
    await write("notes.txt", "<p>not markup here</p>");
    await write("saved-page", "\n<html><body>Report</body></html>");
    await write("plain", "Just words.");
    const results = await collect(
      captureInputs(
        ["notes.txt", "saved-page", "plain"].map((n) => fileUnit(n, path(n))),
        buildOptions(),
      ),
    );
    assert.deepEqual(
      results.map((r) => r.ok && r.item.content.mediaType),
      ["text/plain", "text/html", "text/plain"],
    );
  });

  it("strips a UTF-8 BOM from the content but keeps it in the original", async () => {
    const bytes = Buffer.from("\uFEFFText after a BOM.");
    await write("bom.txt", bytes);
    const item = onlyItem(await captureFile("bom.txt"));
    assert.equal(item.content.text, "Text after a BOM.");
    assert.deepEqual(item.original, bytes);
  });

  it("decodes a windows-1251 page that declares its charset", async () => {
    const head = Buffer.from('<html><head><meta charset="windows-1251"></head><body><p>');
    const body = Buffer.from([0xc2, 0xe5, 0xf0, 0xe1, 0xb3, 0xe2, 0xea, 0xe0]);
    await write("cp1251.html", Buffer.concat([head, body, Buffer.from("</p></body></html>")]));
    const item = onlyItem(await captureFile("cp1251.html"));
    assert.match(item.content.text, /<p>Вербівка<\/p>/);
  });

  it("reads UTF-16 text with a BOM and without one instead of calling it binary", async () => {
    const text = "<p>Evacuation of Vilnohirsk</p>";
    await write("bom16.html", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]));
    await write("nobom16.txt", Buffer.from(text, "utf16le").swap16());
    const results = await collect(
      captureInputs(
        [fileUnit("bom16.html", path("bom16.html")), fileUnit("nobom16.txt", path("nobom16.txt"))],
        buildOptions(),
      ),
    );
    assert.deepEqual(
      results.map((r) => r.ok && r.item.content),
      [
        { mediaType: "text/html", text },
        { mediaType: "text/plain", text },
      ],
    );
  });

  it("keeps a .gz file compressed as the original and hashes the compressed bytes", async () => {
    const html = "<html><body><p>Compressed report.</p></body></html>";
    const compressed = gzipSync(html);
    await write("page.html.gz", compressed);
    const item = onlyItem(await captureFile("page.html.gz"));
    assert.equal(item.capture.encoding, "gzip");
    assert.equal(item.capture.sha256, sha(compressed));
    assert.equal(item.capture.size, compressed.length);
    assert.equal(item.capture.mediaType, "text/html");
    assert.deepEqual(item.original, compressed);
    assert.equal(item.content.text, html);
  });

  it("refuses each kind of bad file with a specific reason and goes on with the rest", async () => {
    await write("empty.html", "");
    await write(
      "photo.html",
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72]),
    );
    await write("scan.txt", "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj");
    await write("latin.txt", Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6e, 0x6f, 0x69, 0x72]));
    const whole = gzipSync("<p>A report cut short in transfer.</p>");
    await write("cut.html.gz", whole.subarray(0, whole.length - 6));
    await write("bomb.txt.gz", gzipSync(Buffer.alloc(2 * 1024 * 1024, 0x61)));
    await write("fake.txt.gz", "plain text, not gzip");
    await write("blank.txt", " \n\t\n");
    await write("fine.txt", "A clean report.");
    const names = [
      "empty.html",
      "photo.html",
      "scan.txt",
      "latin.txt",
      "cut.html.gz",
      "bomb.txt.gz",
      "fake.txt.gz",
    ];
    const results = await collect(
      captureInputs(
        [...names, "blank.txt", "fine.txt"].map((n) => fileUnit(n, path(n))),
        buildOptions(),
      ),
    );
    assert.deepEqual(summarize(results), [
      "empty.html: empty file",
      "photo.html: binary content (looks like PNG image)",
      "scan.txt: binary content (looks like PDF document; PDF is not supported yet)",
      "latin.txt: not valid UTF-8 text (byte 0xe9 at offset 3)",
      "cut.html.gz: truncated gzip stream",
      "bomb.txt.gz: decompresses to more than 1048576 bytes, the limit (maxInputBytes)",
      "fake.txt.gz: not a gzip stream (no gzip header), though the name ends in .gz",
      "blank.txt: no text (only whitespace)",
      "fine.txt ok",
    ]);
  });

  it("refuses a file over maxInputBytes before reading it", async () => {
    await write("huge.txt", "x".repeat(5000));
    const opts = buildOptions();
    opts.config = { ...opts.config, maxInputBytes: 4096 };
    assert.deepEqual(summarize(await captureFile("huge.txt", opts)), [
      "huge.txt: file is 5000 bytes, more than the limit of 4096 (maxInputBytes)",
    ]);
  });

  it("passes failures found while planning through, in order", async () => {
    await write("ok.txt", "fine");
    const planned = await planInputs(["missing.html", "ok.txt", "gopher://old.example/"], { cwd: dir });
    assert.deepEqual(summarize(await collect(captureInputs(planned, buildOptions()))), [
      "missing.html: no such file or directory",
      "ok.txt ok",
      'gopher://old.example/: unsupported URL scheme "gopher:" (only http and https)',
    ]);
  });
});

describe("captureInputs on JSON Lines", () => {
  let dir = "";
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), "dossier-jsonl-"));
  });
  after(() => rm(dir, { recursive: true, force: true }));

  const lines = [
    JSON.stringify({
      url: "https://news.example/a",
      html: "<p>Shelling in Vilnohirsk.</p>",
      publishedAt: "2023-03-01T08:00:00Z",
      outlet: "Example News",
      title: "Shelling",
    }),
    "{not json",
    "",
    JSON.stringify({ text: "Plain report.", id: 7 }),
    JSON.stringify({ title: "No body" }),
    JSON.stringify({ html: "<p>a</p>", text: "a" }),
    JSON.stringify({ url: "javascript:alert(1)", text: "x" }),
    JSON.stringify({ text: "x", publishedAt: "last Tuesday" }),
    "[1,2]",
    JSON.stringify({ text: "   " }),
  ];

  it("yields one item per good line and a failure labelled path:line per broken one", async () => {
    const file = join(dir, "feed.jsonl");
    await writeFile(file, `${lines.join("\r\n")}\n`);
    const results = await collect(
      captureInputs([{ kind: "jsonl", label: "feed.jsonl", path: file }], buildOptions()),
    );
    const summary = summarize(results);
    assert.equal(summary[0], "feed.jsonl:1 ok");
    assert.match(summary[1] ?? "", /^feed\.jsonl:2: invalid JSON: /);
    assert.deepEqual(summary.slice(2), [
      "feed.jsonl:4 ok",
      'feed.jsonl:5: needs exactly one of "html" or "text"',
      'feed.jsonl:6: needs exactly one of "html" or "text"',
      "feed.jsonl:7: url: must be an http(s) URL",
      "feed.jsonl:8: publishedAt: is not a date",
      "feed.jsonl:9: expected a JSON object, got an array",
      'feed.jsonl:10: empty "text" field',
    ]);

    const first = results[0];
    if (!first?.ok) assert.fail("line 1 should be captured");
    const original = Buffer.from(lines[0] ?? "");
    assert.deepEqual(first.item.original, original);
    assert.equal(first.item.capture.sha256, sha(original));
    assert.equal(first.item.capture.mediaType, "application/json");
    assert.deepEqual(first.item.capture.origin, { kind: "jsonl", path: file, line: 1 });
    assert.deepEqual(first.item.content, { mediaType: "text/html", text: "<p>Shelling in Vilnohirsk.</p>" });
    assert.deepEqual(first.item.hints, {
      url: "https://news.example/a",
      publishedAt: "2023-03-01T08:00:00Z",
      outlet: "Example News",
      title: "Shelling",
    });
    const fourth = results[2];
    assert.deepEqual(fourth?.ok && fourth.item.content, { mediaType: "text/plain", text: "Plain report." });
  });

  it("reads .jsonl.gz, keeping each line's decompressed bytes as its original", async () => {
    const file = join(dir, "feed.jsonl.gz");
    await writeFile(file, gzipSync(`${lines[3]}\n${lines[0]}\n`));
    const results = await collect(
      captureInputs([{ kind: "jsonl", label: "feed.jsonl.gz", path: file }], buildOptions()),
    );
    assert.deepEqual(summarize(results), ["feed.jsonl.gz:1 ok", "feed.jsonl.gz:2 ok"]);
    assert.deepEqual(results[1]?.ok && results[1].item.original, Buffer.from(lines[0] ?? ""));
    assert.equal(results[1]?.ok && results[1].item.capture.encoding, "identity");
  });

  it("fails the whole file, once, when it cannot be read as lines", async () => {
    const file = join(dir, "bad.jsonl.gz");
    await writeFile(file, gzipSync(lines.join("\n")).subarray(0, 40));
    const blank = join(dir, "blank.jsonl");
    await writeFile(blank, "\n\n");
    const units = [
      { kind: "jsonl" as const, label: "bad.jsonl.gz", path: file },
      { kind: "jsonl" as const, label: "blank.jsonl", path: blank },
    ];
    assert.deepEqual(summarize(await collect(captureInputs(units, buildOptions()))), [
      "bad.jsonl.gz: truncated gzip stream",
      "blank.jsonl: no records (only blank lines)",
    ]);
  });
});

describe("captureInputs on standard input", () => {
  const stdinUnit = [{ kind: "stdin" as const, label: "-" as const }];

  it("reads it all, sniffs it and records the origin", async () => {
    const stdin = Readable.from([
      Buffer.from("<html><body><p>From a "),
      Buffer.from("pipe.</p></body></html>"),
    ]);
    const item = onlyItem(await collect(captureInputs(stdinUnit, buildOptions({ stdin }))));
    assert.equal(item.label, "-");
    assert.deepEqual(item.capture.origin, { kind: "stdin" });
    assert.equal(item.capture.mediaType, "text/html");
    assert.equal(item.content.text, "<html><body><p>From a pipe.</p></body></html>");
  });

  it("undoes gzip piped in, keeping the compressed bytes", async () => {
    const compressed = gzipSync("Piped plain text.");
    const item = onlyItem(
      await collect(captureInputs(stdinUnit, buildOptions({ stdin: Readable.from([compressed]) }))),
    );
    assert.equal(item.capture.encoding, "gzip");
    assert.deepEqual(item.original, compressed);
    assert.equal(item.content.text, "Piped plain text.");
  });

  it("refuses empty, missing or oversized input", async () => {
    const small = buildOptions({
      stdin: Readable.from([Buffer.alloc(3000, 0x61), Buffer.alloc(3000, 0x61)]),
    });
    small.config = { ...small.config, maxInputBytes: 4096 };
    const results = [
      ...(await collect(captureInputs(stdinUnit, buildOptions({ stdin: Readable.from([]) })))),
      ...(await collect(captureInputs(stdinUnit, buildOptions()))),
      ...(await collect(captureInputs(stdinUnit, small))),
    ];
    assert.deepEqual(summarize(results), [
      "-: empty input",
      "-: no standard input available",
      "-: standard input is more than 4096 bytes, the limit (maxInputBytes)",
    ]);
  });
});
