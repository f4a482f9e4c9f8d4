import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { permissionsOf } from "./permissions.js";

describe("permissionsOf", () => {
  it("gives partners nothing to edit", () => {
    assert.deepEqual(permissionsOf("partner"), { edit: false, review: false, admin: false, partner: true });
  });

  it("lets investigators edit but not take reviewers' decisions", () => {
    assert.deepEqual(permissionsOf("investigator"), {
      edit: true,
      review: false,
      admin: false,
      partner: false,
    });
  });

  it("gives reviewers and admins the reviewer's decisions", () => {
    assert.equal(permissionsOf("reviewer").review, true);
    assert.equal(permissionsOf("admin").review, true);
    assert.equal(permissionsOf("admin").admin, true);
    assert.equal(permissionsOf("reviewer").admin, false);
  });
});
