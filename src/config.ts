import { resolve } from "node:path";
import { z } from "zod";

const MiB = 1024 * 1024;

const positiveInt = z.coerce.number().int().positive();

/** Every tunable of Dossier, validated once at start; the rest of the code receives this object. */
export const ConfigSchema = z.object({
  /** Where the store and preserved originals live. */
  dataDir: z.string().min(1),
  /** Largest input accepted, in bytes, before or after decompression. */
  maxInputBytes: positiveInt,
  /** Who is acting, recorded on captures and in the audit log. */
  actor: z.string().min(1),
  fetch: z.object({
    timeoutMs: positiveInt,
    maxRedirects: z.coerce.number().int().min(0).max(20),
    maxBytes: positiveInt,
    /** Allow URLs that resolve to loopback, private or link-local addresses. */
    allowPrivate: z.boolean(),
    userAgent: z.string().min(1),
  }),
  server: z.object({
    host: z.string().min(1),
    port: z.coerce.number().int().min(0).max(65535),
    /** PEM certificate and key files: the server speaks HTTPS itself. */
    tls: z.object({ cert: z.string().min(1), key: z.string().min(1) }).nullable(),
    /** Serve plain HTTP beyond loopback anyway (a TLS proxy is in front). */
    allowInsecurePublic: z.boolean(),
    /** The origin browsers use (e.g. https://dossier.example.org), when a proxy rewrites Host. */
    publicOrigin: z.string().url().nullable(),
    /** Built web UI to serve; defaults to web/dist in the checkout. */
    webRoot: z.string().min(1).nullable(),
  }),
});

export type Config = z.infer<typeof ConfigSchema>;

export class ConfigError extends Error {
  override name = "ConfigError";
}

type Env = Record<string, string | undefined>;

/** Overrides from command-line flags; undefined means "not given". */
export interface ConfigOverrides {
  dataDir?: string | undefined;
  maxInputBytes?: number | undefined;
  actor?: string | undefined;
  allowPrivate?: boolean | undefined;
  fetchTimeoutMs?: number | undefined;
  host?: string | undefined;
  port?: number | undefined;
  allowInsecurePublic?: boolean | undefined;
}

function envBool(value: string | undefined): boolean | undefined {
  if (value === undefined || value === "") return undefined;
  if (/^(1|true|yes|on)$/i.test(value)) return true;
  if (/^(0|false|no|off)$/i.test(value)) return false;
  throw new ConfigError(`expected a boolean (true/false), got "${value}"`);
}

/**
 * Builds the configuration from defaults, then DOSSIER_* environment variables, then flags.
 * Fails fast with every problem named.
 */
export function loadConfig(overrides: ConfigOverrides = {}, env: Env = process.env): Config {
  const raw = {
    dataDir: resolve(overrides.dataDir ?? env.DOSSIER_DATA_DIR ?? "./data"),
    maxInputBytes: overrides.maxInputBytes ?? env.DOSSIER_MAX_INPUT_BYTES ?? 64 * MiB,
    actor: overrides.actor ?? env.DOSSIER_ACTOR ?? env.USER ?? "local",
    fetch: {
      timeoutMs: overrides.fetchTimeoutMs ?? env.DOSSIER_FETCH_TIMEOUT_MS ?? 20_000,
      maxRedirects: env.DOSSIER_FETCH_MAX_REDIRECTS ?? 5,
      maxBytes: env.DOSSIER_FETCH_MAX_BYTES ?? 16 * MiB,
      allowPrivate: overrides.allowPrivate ?? envBool(env.DOSSIER_ALLOW_PRIVATE) ?? false,
      userAgent: env.DOSSIER_USER_AGENT ?? "Dossier/0.1 (+evidence capture)",
    },
    server: {
      host: overrides.host ?? env.DOSSIER_HOST ?? "127.0.0.1",
      port: overrides.port ?? env.DOSSIER_PORT ?? 8480,
      tls:
        env.DOSSIER_TLS_CERT || env.DOSSIER_TLS_KEY
          ? { cert: env.DOSSIER_TLS_CERT ?? "", key: env.DOSSIER_TLS_KEY ?? "" }
          : null,
      allowInsecurePublic:
        overrides.allowInsecurePublic ?? envBool(env.DOSSIER_ALLOW_INSECURE_PUBLIC) ?? false,
      publicOrigin: env.DOSSIER_PUBLIC_ORIGIN || null,
      webRoot: env.DOSSIER_WEB_ROOT || null,
    },
  };
  const parsed = ConfigSchema.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new ConfigError(`invalid configuration: ${problems}`);
  }
  return parsed.data;
}
