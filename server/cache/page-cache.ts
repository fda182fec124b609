import { randomBytes } from "node:crypto";
import { brotliCompressSync, brotliDecompressSync, constants as zlib, gunzipSync, gzipSync, inflateSync } from "node:zlib";
import { isLocale, LOCALE_COOKIE, negotiateLocale } from "@/lib/i18n/config";
import { contentAreas, versionKey, type ContentArea, type ContentVersions } from "./content-version";

/**
 * Rules of the anonymous page cache (the HTTP hook in `http-page-cache.ts` applies them): which
 * requests may be answered from it, what the key is made of, and how a stored response is stored
 * and replayed. Kept free of node:http so every rule is unit-tested on plain values.
 */

const allAreas = Object.keys(contentAreas) as ContentArea[];

/**
 * Public page prefixes. Each is keyed on every content area: pages cross-link widely (a network's
 * profile lists initiatives, practices, events, threads; the header search reads the index), so a
 * narrower map would be one missed link away from a stale page, while the cost of the broad one is
 * only that any public write empties the page cache once. Private areas (account, admin,
 * moderation, notifications, sign-in and sign-up forms) are absent, so never cached.
 */
const publicPrefixes = [
  "/networks", "/cities", "/partners", "/people", "/initiatives", "/practices", "/forum", "/frameworks",
  "/exchange", "/events", "/challenges", "/statements", "/search", "/insights", "/terms", "/privacy",
] as const;

/** Paths whose last segment marks a form or a personal view even under a public prefix. */
const privateSegments = new Set(["new", "edit", "manage", "settings", "drafts", "following", "dashboard", "staff", "claim"]);

/** The content areas a public page at `pathname` shows, or null when the page is not cacheable. */
export function pageAreas(pathname: string): readonly ContentArea[] | null {
  if (pathname === "/") return allAreas;
  if (pathname.startsWith("/api/") || pathname.startsWith("/_next/")) return null;
  const prefix = publicPrefixes.find((p) => pathname === p || pathname.startsWith(p + "/"));
  if (!prefix) return null;
  if (pathname.split("/").some((segment) => privateSegments.has(segment))) return null;
  return allAreas;
}

export type RequestHeaders = Record<string, string | string[] | undefined>;

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value.join(", ") : value) ?? "";

/** Cookie name → value, from a Cookie header. */
export function parseCookies(header: string): Map<string, string> {
  const cookies = new Map<string, string>();
  for (const part of header.split(";")) {
    const eq = part.indexOf("=");
    if (eq <= 0) continue;
    const name = part.slice(0, eq).trim();
    if (!cookies.has(name)) cookies.set(name, part.slice(eq + 1).trim());
  }
  return cookies;
}

/**
 * A signed-in (or previewing) request: next-auth's session cookie (plain, __Secure-, or chunked
 * `.0`, `.1`), an Authorization header, or Next's draft-mode cookie. Those always render fresh.
 */
export function isPersonal(headers: RequestHeaders, cookies: Map<string, string>): boolean {
  if (headers.authorization) return true;
  for (const name of cookies.keys()) if (/session-token(\.\d+)?$/.test(name) || name === "__prerender_bypass") return true;
  return false;
}

/** The locale the app will render in (lib/i18n/server getLocale): the cookie, else Accept-Language. */
export function requestLocale(headers: RequestHeaders, cookies: Map<string, string>): string {
  const cookie = cookies.get(LOCALE_COOKIE);
  return isLocale(cookie) ? cookie : negotiateLocale(one(headers["accept-language"]));
}

/**
 * Request headers a Next response varies on besides the URL: client-side navigations ask for the
 * RSC payload (`rsc`), prefetches for a part of it. A response whose Vary names anything else is
 * not stored (`varyIsKnown`), so an unknown dependency can never be replayed to the wrong reader.
 */
const keyedHeaders = ["host", "x-forwarded-host", "x-forwarded-proto", "rsc", "next-router-state-tree", "next-router-prefetch", "next-router-segment-prefetch", "next-url"] as const;
const varyHandled = new Set<string>([...keyedHeaders, "accept-encoding", "accept-language", "cookie"]);

export function varyIsKnown(vary: string): boolean {
  return vary.split(",").map((v) => v.trim().toLowerCase()).filter(Boolean).every((v) => varyHandled.has(v));
}

export type CacheRequest = { method: string; url: string; headers: RequestHeaders };

/**
 * The cache key of a cacheable request (without its content version), or null when the request
 * must reach the app: not GET, not a public page, or from a signed-in reader.
 */
export function requestKey(req: CacheRequest): { key: string; areas: readonly ContentArea[] } | null {
  if (req.method !== "GET") return null;
  const url = req.url;
  const q = url.indexOf("?");
  const areas = pageAreas(q === -1 ? url : url.slice(0, q));
  if (!areas) return null;
  const cookies = parseCookies(one(req.headers.cookie));
  if (isPersonal(req.headers, cookies)) return null;
  const parts = [url, requestLocale(req.headers, cookies), ...keyedHeaders.map((name) => one(req.headers[name]))];
  return { key: parts.join("\n"), areas };
}

/** The key a request is stored under: its request key and the versions of the areas it shows. */
export function fullKey(requestKeyText: string, versions: ContentVersions, areas: readonly ContentArea[]): string {
  return `${requestKeyText}\n${versionKey(versions, areas)}`;
}

const nonceInPolicy = /'nonce-([A-Za-z0-9+/_=-]{8,})'/;

/** The nonce a response's Content-Security-Policy (enforced or report-only) carries, if any. */
export function findNonce(headers: [string, string][]): string | null {
  for (const [name, value] of headers) {
    if (!name.startsWith("content-security-policy")) continue;
    const match = nonceInPolicy.exec(value);
    if (match) return match[1]!;
  }
  return null;
}

/** A fresh nonce in the form proxy.ts makes them (base64 of 16 random bytes). */
export const newNonce = () => randomBytes(16).toString("base64");

/** The stored body and headers with every occurrence of `oldNonce` replaced by `nonce`. */
export function swapNonce(body: string, headers: [string, string][], oldNonce: string, nonce: string): { body: string; headers: [string, string][] } {
  return {
    body: body.replaceAll(oldNonce, nonce),
    headers: headers.map(([name, value]) => [name, name.startsWith("content-security-policy") ? value.replaceAll(oldNonce, nonce) : value]),
  };
}

export type Encoding = "br" | "gzip" | "identity";

/** The encoding to send for an Accept-Encoding header: brotli, else gzip, else none (q=0 refuses). */
export function chooseEncoding(acceptEncoding: string): Encoding {
  const accepted = new Map<string, number>();
  for (const part of acceptEncoding.toLowerCase().split(",")) {
    const [name = "", ...params] = part.trim().split(";");
    const q = params.find((p) => p.trim().startsWith("q="));
    accepted.set(name.trim(), q ? Number(q.trim().slice(2)) || 0 : 1);
  }
  const ok = (name: string) => (accepted.get(name) ?? accepted.get("*") ?? 0) > 0;
  if (ok("br")) return "br";
  if (ok("gzip")) return "gzip";
  return "identity";
}

/** Brotli at quality 5: within a few percent of the default's size for HTML, at a fraction of its CPU. */
export function encode(body: Buffer, encoding: Encoding): Buffer {
  if (encoding === "br") return brotliCompressSync(body, { params: { [zlib.BROTLI_PARAM_QUALITY]: 5, [zlib.BROTLI_PARAM_SIZE_HINT]: body.length } });
  if (encoding === "gzip") return gzipSync(body, { level: 6 });
  return body;
}

/** The response body as the app meant it, undoing the compression Next applied on the way out. */
export function decode(body: Buffer, contentEncoding: string): Buffer | null {
  const encoding = contentEncoding.trim().toLowerCase();
  if (encoding === "" || encoding === "identity") return body;
  if (encoding === "gzip") return gunzipSync(body);
  if (encoding === "br") return brotliDecompressSync(body);
  if (encoding === "deflate") return inflateSync(body);
  return null;
}

/** Headers that describe one transfer, not the page: never stored, recomputed on each reply. */
const transferHeaders = new Set(["content-length", "content-encoding", "transfer-encoding", "connection", "keep-alive", "date", "x-concord-cache"]);

export type StoredPage = {
  /** `versionKey` of the areas the page shows, when it was rendered. */
  version: string;
  areas: readonly ContentArea[];
  status: number;
  headers: [string, string][];
  body: Buffer;
  /** The nonce baked into body and headers, swapped for a fresh one on every reply. */
  nonce: string | null;
  /** Compressed bodies, kept only when the page has no nonce (a nonce makes each reply unique). */
  encoded: Partial<Record<Exclude<Encoding, "identity">, Buffer>>;
  bytes: number;
};

export type CapturedResponse = { status: number; headers: Record<string, number | string | string[] | undefined>; body: Buffer };

/**
 * What to store of a finished response, or null when it must not be stored: only a 200 HTML or
 * RSC page without Set-Cookie, with a Vary the key covers, and a body we can decode.
 */
export function storable(captured: CapturedResponse, version: string, areas: readonly ContentArea[], maxBytes: number): StoredPage | null {
  if (captured.status !== 200) return null;
  const h = captured.headers;
  if (h["set-cookie"] !== undefined) return null;
  const type = String(h["content-type"] ?? "");
  if (!type.startsWith("text/html") && !type.startsWith("text/x-component")) return null;
  if (!varyIsKnown(String(h["vary"] ?? ""))) return null;
  let body: Buffer | null;
  try {
    body = decode(captured.body, String(h["content-encoding"] ?? ""));
  } catch {
    return null;
  }
  if (!body || body.length > maxBytes) return null;
  const headers: [string, string][] = [];
  for (const [name, value] of Object.entries(h)) {
    const lower = name.toLowerCase();
    if (value === undefined || transferHeaders.has(lower)) continue;
    for (const v of Array.isArray(value) ? value : [String(value)]) headers.push([lower, v]);
  }
  const nonce = findNonce(headers);
  return { version, areas, status: 200, headers, body, nonce, encoded: {}, bytes: body.length + headers.reduce((n, [a, b]) => n + a.length + b.length, 0) + 256 };
}

/** The bytes and headers to send for one hit, with a fresh nonce when the page has one. */
export function replay(page: StoredPage, acceptEncoding: string): { headers: [string, string][]; body: Buffer; encoding: Encoding; grew: number } {
  const encoding = chooseEncoding(acceptEncoding);
  if (page.nonce) {
    const swapped = swapNonce(page.body.toString("utf8"), page.headers, page.nonce, newNonce());
    return { headers: swapped.headers, body: encode(Buffer.from(swapped.body, "utf8"), encoding), encoding, grew: 0 };
  }
  if (encoding === "identity") return { headers: page.headers, body: page.body, encoding, grew: 0 };
  const cached = page.encoded[encoding];
  if (cached) return { headers: page.headers, body: cached, encoding, grew: 0 };
  const body = encode(page.body, encoding);
  page.encoded[encoding] = body;
  page.bytes += body.length;
  return { headers: page.headers, body, encoding, grew: body.length };
}

/**
 * Stored pages, least recently used first, bounded by bytes. Pages of an older content version
 * can never be hit again (the version is part of their key), so `dropStale` clears them as soon
 * as a newer version is seen rather than waiting for the byte bound.
 */
export class PageStore {
  private readonly pages = new Map<string, StoredPage>();
  private used = 0;

  constructor(readonly maxBytes: number) {}

  get size() {
    return this.pages.size;
  }
  get bytes() {
    return this.used;
  }

  get(key: string): StoredPage | undefined {
    const page = this.pages.get(key);
    if (!page) return undefined;
    this.pages.delete(key);
    this.pages.set(key, page);
    return page;
  }

  set(key: string, page: StoredPage): void {
    this.delete(key);
    if (page.bytes > this.maxBytes) return;
    this.pages.set(key, page);
    this.used += page.bytes;
    this.shrink();
  }

  /** Accounts for bytes a page gained after it was stored (a compressed variant). */
  grew(bytes: number): void {
    this.used += bytes;
    this.shrink();
  }

  delete(key: string): void {
    const page = this.pages.get(key);
    if (!page) return;
    this.pages.delete(key);
    this.used -= page.bytes;
  }

  /** Removes every page rendered before the latest change to one of its areas. */
  dropStale(versions: ContentVersions): void {
    for (const [key, page] of this.pages) if (page.version !== versionKey(versions, page.areas)) this.delete(key);
  }

  private shrink() {
    for (const key of this.pages.keys()) {
      if (this.used <= this.maxBytes) break;
      this.delete(key);
    }
  }
}
