import { readdirSync, readFileSync } from "node:fs";
import { groupAll, type SyndicationGroup } from "../../src/investigate/syndication/index.js";
import { sharedPath } from "../../src/testing/shared.js";

export interface CorpusRun {
  files: number;
  ms: number;
  groups: SyndicationGroup[];
  /** File names that share their hash suffix (`..._150b309295.txt`): the same text saved twice. */
  suffixGroups: string[][];
  /** Of those, how many ended up in one syndication group. */
  suffixGroupsKept: number;
  excerpts: Map<string, string>;
}

/**
 * Near-duplicate groups in the ukraine-news corpus, in file-name (= time) order. The hash
 * suffix of a file name is a digest of its content, so files sharing one are exact copies
 * collected twice: every such set must come out as one group (a floor on recall, not the
 * whole truth — edited copies carry different suffixes).
 */
export function groupCorpus(): CorpusRun {
  const dir = sharedPath("corpus", "ukraine-news");
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort();
  const texts = files.map((f) => ({ id: f, text: readFileSync(`${dir}/${f}`, "utf8") }));
  const t0 = performance.now();
  const groups = groupAll(texts);
  const ms = performance.now() - t0;
  const bySuffix = new Map<string, string[]>();
  for (const f of files) {
    const suffix = /_([0-9a-f]{10})\.txt$/.exec(f)?.[1] ?? f;
    bySuffix.set(suffix, [...(bySuffix.get(suffix) ?? []), f]);
  }
  const suffixGroups = [...bySuffix.values()].filter((fs) => fs.length > 1);
  const groupOf = new Map<string, string>();
  for (const g of groups) for (const m of g.members) groupOf.set(m, g.id);
  const suffixGroupsKept = suffixGroups.filter(
    (fs) => new Set(fs.map((f) => groupOf.get(f))).size === 1,
  ).length;
  const excerpts = new Map(texts.map((t) => [t.id, t.text.replace(/\s+/g, " ").slice(0, 90)]));
  return { files: files.length, ms, groups, suffixGroups, suffixGroupsKept, excerpts };
}

export function printCorpusGroups(run: CorpusRun): void {
  const multi = run.groups.filter((g) => g.members.length > 1);
  console.log(
    `\nukraine-news: ${run.files} files → ${run.groups.length} groups, ${multi.length} with copies ` +
      `(sizes ${multi.map((g) => g.members.length).join(", ")}), ${run.ms.toFixed(0)} ms`,
  );
  console.log(
    `same-hash-suffix sets: ${run.suffixGroups.length}, each in one group: ${run.suffixGroupsKept}/${run.suffixGroups.length}`,
  );
  for (const g of multi) {
    console.log(`\n  group ${g.id} (${g.members.length}): "${run.excerpts.get(g.id)}"`);
    for (const l of g.links)
      console.log(`    ${l.id}  ${l.kind} of ${l.with}  jaccard ${l.jaccard}, containment ${l.containment}`);
  }
}
