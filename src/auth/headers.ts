import helmet from "@fastify/helmet";
import type { FastifyInstance } from "fastify";

/**
 * The UI's Content-Security-Policy: only the app's own scripts, styles and connections, no plugins,
 * no <base> rewriting, no framing (clickjacking), forms post only to the app. Captured sources are
 * hostile HTML; if any of it ever reached the page, this keeps it from running or phoning out.
 */
export const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'none'"],
  frameAncestors: ["'none'"],
  imgSrc: ["'self'", "data:"],
  styleSrc: ["'self'"],
  connectSrc: ["'self'"],
  formAction: ["'self'"],
};

/**
 * Strict security headers on every response, through @fastify/helmet (maintained by the Fastify
 * team and kept current with browser changes). Register it before the auth plugin so refusals
 * carry the headers too. HSTS is sent only over TLS: on plain HTTP it is meaningless, and sent by
 * mistake through a proxy it could pin a host to HTTPS before HTTPS works.
 */
export async function registerSecurityHeaders(
  app: FastifyInstance,
  options: { tls: boolean },
): Promise<void> {
  await app.register(helmet, {
    contentSecurityPolicy: { useDefaults: false, directives: CONTENT_SECURITY_POLICY },
    crossOriginOpenerPolicy: { policy: "same-origin" },
    crossOriginResourcePolicy: { policy: "same-origin" },
    referrerPolicy: { policy: "no-referrer" },
    xFrameOptions: { action: "deny" },
    strictTransportSecurity: options.tls ? { maxAge: 365 * 24 * 60 * 60, includeSubDomains: false } : false,
  });
}
