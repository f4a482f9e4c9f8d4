import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { type AuditEntry, GENESIS_HASH, initialVerifyState, nextEntry, verifyStep } from "./chain.js";

function chainOf(n: number): AuditEntry[] {
  const out: AuditEntry[] = [];
  for (let i = 0; i < n; i++) {
    out.push(
      nextEntry(out.at(-1) ?? null, { actor: "ana", action: "test", payload: { i } }, `2024-01-0${i + 1}`),
    );
  }
  return out;
}

function verify(entries: AuditEntry[]) {
  return entries.reduce(verifyStep, initialVerifyState());
}

describe("audit chain", () => {
  it("links each entry to the previous hash, starting from genesis", () => {
    const [a, b] = chainOf(2);
    assert.equal(a?.prevHash, GENESIS_HASH);
    assert.equal(b?.prevHash, a?.hash);
    assert.equal(verify(chainOf(5)).problem, null);
    assert.equal(verify(chainOf(5)).checked, 5);
  });

  it("names the first altered entry when a payload is edited", () => {
    const entries = chainOf(4);
    const third = entries[2] as AuditEntry;
    entries[2] = { ...third, payload: { i: 99 } };
    const result = verify(entries);
    assert.deepEqual(result.problem?.kind, "hash-mismatch");
    assert.equal(result.problem?.seq, 3);
  });

  it("detects an entry whose hash was recomputed after editing (the next link breaks)", () => {
    const entries = chainOf(4);
    const second = entries[1] as AuditEntry;
    const forged = nextEntry(
      entries[0] ?? null,
      { actor: "mallory", action: "test", payload: {} },
      second.at,
    );
    entries[1] = forged;
    const result = verify(entries);
    assert.equal(result.problem?.kind, "broken-link");
    assert.equal(result.problem?.seq, 3);
  });

  it("detects a deleted entry in the middle", () => {
    const entries = chainOf(4);
    entries.splice(1, 1);
    assert.deepEqual(verify(entries).problem, { kind: "gap", seq: 3, expectedSeq: 2 });
  });
});
