import { brotliDecompressSync, gunzipSync, gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { contentAreas, versionKey, type ContentVersions } from "./content-version";
import { chooseEncoding, findNonce, fullKey, PageStore, pageAreas, replay, requestKey, storable, type CapturedResponse, type StoredPage } from "./page-cache";

const versions = (bump: Partial<ContentVersions> = {}): ContentVersions => ({ ...(Object.fromEntries(Object.keys(contentAreas).map((a) => [a, "1"])) as ContentVersions), ...bump });
const get = (url: string, headers: Record<string, string> = {}) => requestKey({ method: "GET", url, headers: { host: "concord.test", ...headers } });

describe("which requests the page cache answers", () => {
  it("takes public pages and leaves private ones, forms and the API to the app", () => {
    for (const path of ["/", "/networks", "/networks/c40", "/initiatives", "/practices/x", "/forum/threads/t", "/search", "/events/e"]) expect(pageAreas(path), path).not.toBeNull();
    for (const path of ["/account", "/admin/people", "/moderation", "/signin", "/signup", "/api/health", "/api/v1/networks", "/practices/new", "/initiatives/x/edit", "/networks/c40/dashboard", "/networks/c40/staff", "/networks/c40/claim", "/_next/static/chunk.js", "/networksx"]) expect(pageAreas(path), path).toBeNull();
  });

  it("only GET, and never a signed-in or previewing reader", () => {
    expect(get("/networks")).not.toBeNull();
    expect(requestKey({ method: "POST", url: "/networks", headers: {} })).toBeNull();
    expect(requestKey({ method: "HEAD", url: "/networks", headers: {} })).toBeNull();
    for (const cookie of ["next-auth.session-token=abc", "__Secure-next-auth.session-token=abc", "a=1; next-auth.session-token.0=abc", "__prerender_bypass=1"]) expect(get("/networks", { cookie }), cookie).toBeNull();
    expect(get("/networks", { authorization: "Bearer x" })).toBeNull();
    // Cookies the pages never read (sign-in's CSRF token) do not make a reader personal.
    expect(get("/networks", { cookie: "next-auth.csrf-token=abc" })).not.toBeNull();
  });

  it("keys on the path and query, the locale as the app resolves it, and Next's RSC headers", () => {
    const key = (url: string, headers: Record<string, string> = {}) => get(url, headers)!.key;
    expect(key("/search?q=climate")).not.toBe(key("/search?q=water"));
    expect(key("/networks", { "accept-language": "fr-FR,fr;q=0.9" })).toBe(key("/networks", { "accept-language": "fr" }));
    expect(key("/networks", { "accept-language": "fr" })).not.toBe(key("/networks"));
    // The cookie wins over the header, as in lib/i18n/server getLocale.
    expect(key("/networks", { cookie: "NEXT_LOCALE=es", "accept-language": "fr" })).toBe(key("/networks", { "accept-language": "es" }));
    expect(key("/networks", { cookie: "NEXT_LOCALE=klingon" })).toBe(key("/networks"));
    expect(key("/networks", { rsc: "1" })).not.toBe(key("/networks"));
    expect(key("/networks", { rsc: "1", "next-router-prefetch": "1" })).not.toBe(key("/networks", { rsc: "1" }));
    expect(key("/networks", { host: "other.test" })).not.toBe(key("/networks"));
  });

  it("changes the full key when any area the page shows has a new version", () => {
    const { key, areas } = get("/forum")!;
    expect(fullKey(key, versions(), areas)).toBe(fullKey(key, versions(), areas));
    expect(fullKey(key, versions({ forum: "2" }), areas)).not.toBe(fullKey(key, versions(), areas));
    expect(fullKey(key, versions({ registry: "2" }), areas)).not.toBe(fullKey(key, versions(), areas));
  });
});

const page = (headers: CapturedResponse["headers"], body = "<html><body>hello</body></html>", status = 200) => storable({ status, headers: { "content-type": "text/html; charset=utf-8", ...headers }, body: Buffer.from(body) }, "v1", ["forum"], 1 << 20);

describe("which responses are stored", () => {
  it("stores a 200 HTML or RSC page, not other statuses, types, cookies or unknown Vary", () => {
    expect(page({})).not.toBeNull();
    expect(page({ "content-type": "text/x-component" })).not.toBeNull();
    expect(page({ vary: "rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch, Accept-Encoding" })).not.toBeNull();
    expect(page({}, undefined, 404)).toBeNull();
    expect(page({}, undefined, 307)).toBeNull();
    expect(page({ "set-cookie": ["a=1"] })).toBeNull();
    expect(page({ "content-type": "application/json" })).toBeNull();
    expect(page({ vary: "x-something-else" })).toBeNull();
  });

  it("stores the body as the app meant it when Next compressed it on the way out", () => {
    const html = "<html>" + "compressible ".repeat(500) + "</html>";
    const stored = storable({ status: 200, headers: { "content-type": "text/html", "content-encoding": "gzip", "content-length": "99" }, body: gzipSync(html) }, "v1", ["forum"], 1 << 20)!;
    expect(stored.body.toString()).toBe(html);
    expect(stored.headers.map(([name]) => name)).not.toContain("content-encoding");
    expect(stored.headers.map(([name]) => name)).not.toContain("content-length");
  });

  it("does not store a page larger than the per-page bound", () => {
    expect(storable({ status: 200, headers: { "content-type": "text/html" }, body: Buffer.alloc(2000, "a") }, "v1", ["forum"], 1000)).toBeNull();
  });
});

describe("replaying a stored page", () => {
  const nonce = "c2VjcmV0LW5vbmNlLXZhbHVl";
  const csp = `default-src 'self'; script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`;
  const html = `<html><head><script nonce="${nonce}">a()</script></head><body><script nonce="${nonce}" src="/x.js"></script></body></html>`;

  it("gives every reply a fresh nonce, the same in the CSP header and in the HTML", () => {
    const stored = page({ "content-security-policy": csp }, html)!;
    expect(findNonce(stored.headers)).toBe(nonce);
    const seen = new Set<string>();
    for (let i = 0; i < 3; i++) {
      const reply = replay(stored, "");
      const header = reply.headers.find(([name]) => name === "content-security-policy")![1];
      const fresh = /'nonce-([^']+)'/.exec(header)![1]!;
      expect(fresh).not.toBe(nonce);
      const body = reply.body.toString();
      expect(body).not.toContain(nonce);
      expect(body.split(`nonce="${fresh}"`).length).toBe(3);
      seen.add(fresh);
    }
    expect(seen.size).toBe(3);
  });

  it("works the same with a report-only policy, and without any policy", () => {
    const reportOnly = page({ "content-security-policy-report-only": csp }, html)!;
    expect(replay(reportOnly, "").body.toString()).not.toContain(nonce);
    const plain = page({}, html)!;
    expect(plain.nonce).toBeNull();
    expect(replay(plain, "").body.toString()).toBe(html);
  });

  it("compresses for the reader's Accept-Encoding, and keeps the compressed copy of a page without a nonce", () => {
    expect(chooseEncoding("gzip, deflate, br, zstd")).toBe("br");
    expect(chooseEncoding("gzip, deflate")).toBe("gzip");
    expect(chooseEncoding("br;q=0, gzip")).toBe("gzip");
    expect(chooseEncoding("")).toBe("identity");
    expect(chooseEncoding("identity")).toBe("identity");
    const stored = page({}, html)!;
    const br = replay(stored, "br");
    expect(br.encoding).toBe("br");
    expect(brotliDecompressSync(br.body).toString()).toBe(html);
    expect(br.grew).toBe(br.body.length);
    expect(replay(stored, "br").grew).toBe(0);
    const withNonce = page({ "content-security-policy": csp }, html)!;
    const gz = replay(withNonce, "gzip");
    expect(gunzipSync(gz.body).toString()).toMatch(/nonce="[^"]+"/);
    expect(withNonce.encoded).toEqual({});
  });
});

describe("PageStore", () => {
  const sized = (bytes: number, version = "v1"): StoredPage => ({ version, areas: ["forum"], status: 200, headers: [], body: Buffer.alloc(0), nonce: null, encoded: {}, bytes });

  it("stays within its byte bound, evicting the least recently used page first", () => {
    const store = new PageStore(300);
    store.set("a", sized(100));
    store.set("b", sized(100));
    store.set("c", sized(100));
    store.get("a");
    store.set("d", sized(100));
    expect(store.get("b")).toBeUndefined();
    expect(store.get("a")).toBeDefined();
    expect(store.bytes).toBeLessThanOrEqual(300);
    store.set("huge", sized(301));
    expect(store.get("huge")).toBeUndefined();
    store.grew(150);
    expect(store.bytes).toBeLessThanOrEqual(300);
  });

  it("drops pages rendered before a change to one of their areas", () => {
    const store = new PageStore(10_000);
    const before = versions();
    const after = versions({ forum: "2" });
    store.set("old", { ...sized(10), version: versionKey(before, ["forum"]) });
    store.set("other-area", { ...sized(10), areas: ["events"], version: versionKey(before, ["events"]) });
    store.dropStale(after);
    expect(store.get("old")).toBeUndefined();
    expect(store.get("other-area")).toBeDefined();
    expect(store.size).toBe(1);
  });
});
