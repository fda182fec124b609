import { requestIsHttps, type TrustProxy } from "@/server/auth/client-address";

// The Content-Security-Policy and HSTS headers every page answers with, built in one place so the
// proxy (which sets them per request) and the tests agree. Next reads the nonce from the request's
// Content-Security-Policy header and puts it on its own scripts; nothing else on a page depends on it,
// so an HTTP cache may swap the value for a fresh one in both the header and the body.

/** A fresh random nonce: 16 bytes, plain base64 (no characters a cache's string replace must escape). */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

export type CspOptions = { nonce: string; dev?: boolean; https?: boolean };

export function contentSecurityPolicy({ nonce, dev = false, https = false }: CspOptions): string {
  const directives: [string, ...string[]][] = [
    ["default-src", "'self'"],
    // 'strict-dynamic': the nonced framework scripts may load the page's chunks; 'self' is the
    // fallback for browsers without it. React needs eval only for its development error overlay.
    ["script-src", "'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(dev ? ["'unsafe-eval'"] : [])],
    // Stylesheets are Tailwind's files; <style> elements need the nonce (Next's dev overlay only).
    ["style-src-elem", "'self'", `'nonce-${nonce}'`],
    // Bar widths, legend swatches and the charts' font are style attributes computed from data.
    // Attributes cannot carry a nonce, and they cannot load or run anything.
    ["style-src-attr", "'unsafe-inline'"],
    ["img-src", "'self'", "data:", "blob:"],
    ["font-src", "'self'"],
    ["connect-src", "'self'"],
    ["object-src", "'none'"],
    ["frame-src", "'none'"],
    ["base-uri", "'self'"],
    ["form-action", "'self'"],
    ["frame-ancestors", "'none'"],
  ];
  const policy = directives.map((d) => d.join(" "));
  if (https) policy.push("upgrade-insecure-requests");
  return policy.join("; ");
}

/** Two years, the value browsers' preload lists ask for; sent only on HTTPS (browsers ignore it otherwise). */
export const HSTS = "max-age=63072000; includeSubDomains";

/** The headers a page response carries, and the nonce Next must apply to its scripts. */
export function pageSecurityHeaders(request: Headers, trust: TrustProxy, env: { NODE_ENV?: string } = process.env) {
  const nonce = newNonce();
  const https = requestIsHttps(request, trust);
  const headers: Record<string, string> = {
    "Content-Security-Policy": contentSecurityPolicy({ nonce, dev: env.NODE_ENV === "development", https }),
  };
  if (https) headers["Strict-Transport-Security"] = HSTS;
  return { nonce, headers };
}
