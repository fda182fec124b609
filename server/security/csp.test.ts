import { describe, expect, it } from "vitest";
import { parseTrustProxy, PEER_HEADER } from "@/server/auth/client-address";
import { contentSecurityPolicy, HSTS, newNonce, pageSecurityHeaders } from "./csp";

const directives = (policy: string) => new Map(policy.split("; ").map((d) => [d.split(" ")[0], d.split(" ").slice(1)] as const));

describe("content security policy", () => {
  it("allows scripts only with the nonce (and what they load), never eval, in production", () => {
    const policy = directives(contentSecurityPolicy({ nonce: "abc123==" }));
    expect(policy.get("script-src")).toEqual(["'self'", "'nonce-abc123=='", "'strict-dynamic'"]);
    expect(policy.get("object-src")).toEqual(["'none'"]);
    expect(policy.get("base-uri")).toEqual(["'self'"]);
    expect(policy.get("form-action")).toEqual(["'self'"]);
    expect(policy.get("frame-ancestors")).toEqual(["'none'"]);
    expect(policy.get("default-src")).toEqual(["'self'"]);
    // Style elements need the nonce; only style attributes are inline.
    expect(policy.get("style-src-elem")).toEqual(["'self'", "'nonce-abc123=='"]);
    expect(policy.get("style-src-attr")).toEqual(["'unsafe-inline'"]);
    expect([...policy.values()].flat()).not.toContain("'unsafe-eval'");
    expect(policy.has("upgrade-insecure-requests")).toBe(false);
  });

  it("adds eval for React's development overlay only in development, and upgrades requests only on HTTPS", () => {
    expect(directives(contentSecurityPolicy({ nonce: "n", dev: true })).get("script-src")).toContain("'unsafe-eval'");
    expect(directives(contentSecurityPolicy({ nonce: "n", https: true })).has("upgrade-insecure-requests")).toBe(true);
  });

  it("makes a fresh, plain base64 nonce of 16 bytes each time", () => {
    const nonces = Array.from({ length: 100 }, newNonce);
    expect(new Set(nonces).size).toBe(100);
    for (const nonce of nonces) {
      expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
      expect(Buffer.from(nonce, "base64")).toHaveLength(16);
    }
  });

  it("puts the nonce it returns into the policy header", () => {
    const { nonce, headers } = pageSecurityHeaders(new Headers(), null, { NODE_ENV: "production" });
    expect(headers["Content-Security-Policy"]).toContain(`'nonce-${nonce}'`);
  });
});

describe("HSTS", () => {
  const https = new Headers({ "x-forwarded-proto": "https" });
  it("is sent behind a trusted proxy that says the request came over HTTPS", () => {
    expect(pageSecurityHeaders(https, parseTrustProxy("1")).headers["Strict-Transport-Security"]).toBe(HSTS);
  });

  it("is sent when the server itself terminates TLS", () => {
    expect(pageSecurityHeaders(new Headers({ [`${PEER_HEADER}-tls`]: "1" }), null).headers["Strict-Transport-Security"]).toBe(HSTS);
  });

  it("is not earned by a client's own X-Forwarded-Proto without TRUST_PROXY, nor on plain HTTP", () => {
    expect(pageSecurityHeaders(https, null).headers["Strict-Transport-Security"]).toBeUndefined();
    expect(pageSecurityHeaders(new Headers({ "x-forwarded-proto": "http" }), parseTrustProxy("1")).headers["Strict-Transport-Security"]).toBeUndefined();
  });
});
