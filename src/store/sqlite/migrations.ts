import { SOURCES } from "./migrations/001-sources.js";
import { INVESTIGATION } from "./migrations/002-investigation.js";
import { ACCOUNTS } from "./migrations/003-accounts.js";

/**
 * Schema versions, applied in order inside one transaction each; `PRAGMA user_version`
 * records the last one applied. Never edit a released migration: add the next one.
 */
export const MIGRATIONS: readonly string[] = [SOURCES, INVESTIGATION, ACCOUNTS];
