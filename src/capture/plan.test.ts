import assert from "node:assert/strict";
import { mkdir, mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { planInputs } from "./plan.js";

describe("planInputs", () => {
  let root = "";
  before(async () => {
    root = await mkdtemp(join(tmpdir(), "dossier-plan-"));
    await mkdir(join(root, "reports/b-sub"), { recursive: true });
    await mkdir(join(root, "reports/.git"));
    await mkdir(join(root, "empty"));
    await writeFile(join(root, "reports/c.html"), "<p>c</p>");
    await writeFile(join(root, "reports/a.txt"), "a");
    await writeFile(join(root, "reports/.hidden.txt"), "h");
    await writeFile(join(root, "reports/.git/config"), "x");
    await writeFile(join(root, "reports/b-sub/feed.jsonl.gz"), "");
    await writeFile(join(root, "reports/b-sub/Z.md"), "z");
    await symlink("..", join(root, "reports/b-sub/loop"));
    await symlink("missing.txt", join(root, "reports/dangling.txt"));
  });
  after(() => rm(root, { recursive: true, force: true }));

  it("walks folders depth-first in code-point order, skipping dot entries and symlink loops", async () => {
    const planned = await planInputs(["reports"], { cwd: root });
    assert.deepEqual(
      planned.map((p) => [p.kind, p.label]),
      [
        ["file", "reports/a.txt"],
        ["file", "reports/b-sub/Z.md"],
        ["jsonl", "reports/b-sub/feed.jsonl.gz"],
        ["file", "reports/c.html"],
        ["invalid", "reports/dangling.txt"],
      ],
    );
    assert.equal(planned[0]?.kind === "file" && planned[0].path, join(root, "reports/a.txt"));
    assert.deepEqual(planned[4], {
      kind: "invalid",
      label: "reports/dangling.txt",
      reason: "broken symbolic link",
    });
  });

  it("keeps an explicitly named dotfile", async () => {
    const planned = await planInputs(["reports/.hidden.txt"], { cwd: root });
    assert.deepEqual(planned, [
      { kind: "file", label: "reports/.hidden.txt", path: join(root, "reports/.hidden.txt") },
    ]);
  });

  it("turns a missing path or an empty folder into a failure in its place, not a crash", async () => {
    const planned = await planInputs(["nope.html", "empty", "reports/a.txt"], { cwd: root });
    assert.deepEqual(
      planned.map((p) => (p.kind === "invalid" ? `${p.label}: ${p.reason}` : p.label)),
      [
        "nope.html: no such file or directory",
        "empty: no files in directory (dotfiles are skipped)",
        "reports/a.txt",
      ],
    );
  });

  it("accepts http(s) URLs and refuses other schemes, credentials and malformed URLs", async () => {
    const planned = await planInputs([
      "https://news.example/a?b=1",
      "ftp://files.example/x.html",
      "https://user:secret@news.example/",
      "http://exa mple.com/",
    ]);
    assert.deepEqual(planned, [
      { kind: "url", label: "https://news.example/a?b=1", url: "https://news.example/a?b=1" },
      {
        kind: "invalid",
        label: "ftp://files.example/x.html",
        reason: 'unsupported URL scheme "ftp:" (only http and https)',
      },
      {
        kind: "invalid",
        label: "https://user:secret@news.example/",
        reason: "URL contains credentials (user:password@); refusing to send or store them",
      },
      { kind: "invalid", label: "http://exa mple.com/", reason: "not a valid URL" },
    ]);
  });

  it("plans standard input once", async () => {
    assert.deepEqual(await planInputs(["-", "-"]), [
      { kind: "stdin", label: "-" },
      { kind: "invalid", label: "-", reason: "standard input given more than once" },
    ]);
  });
});
