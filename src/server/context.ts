import type { FastifyRequest } from "fastify";
import type { Dossier } from "../app.js";
import { requirePrincipal } from "../auth/index.js";
import type { OperationContext } from "../investigate/incidents/operations/context.js";
import { type Scope, scopeFor, type Viewer } from "../investigate/sharing/scope.js";

// Per-request facts the handlers need: who is asking, what they may see, how they act.

export function viewerOf(request: FastifyRequest): Viewer {
  const p = requirePrincipal(request);
  return { id: p.username, role: p.role, partnerId: p.partnerId ?? null };
}

const scopes = new WeakMap<FastifyRequest, Promise<Scope>>();

/** What the requesting user may see; computed once per request. */
export function scopeOf(request: FastifyRequest, dossier: Dossier): Promise<Scope> {
  let scope = scopes.get(request);
  if (scope === undefined) {
    scope = scopeFor(dossier.store, viewerOf(request));
    scopes.set(request, scope);
  }
  return scope;
}

/** The requesting user as the actor of a case-work operation. */
export function opsOf(request: FastifyRequest, dossier: Dossier): OperationContext {
  const { id, role } = viewerOf(request);
  return {
    store: dossier.store,
    actor: { id, role },
    onMembershipChanged: () => dossier.investigation.reset(),
  };
}
