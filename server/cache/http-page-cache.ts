import type { IncomingMessage, Server, ServerResponse } from "node:http";
import { databaseKnownDown } from "@/server/db/availability";
import { getDb } from "@/server/db/client";
import { probeTimeoutMs } from "@/server/db/probe";
import { contentVersions, versionKey, type ContentVersions } from "./content-version";
import { fullKey, PageStore, replay, requestKey, storable, type CapturedResponse, type StoredPage } from "./page-cache";

/**
 * The anonymous page cache, installed in front of Next at the HTTP layer (like
 * `stampPeerAddress`), so it works however the server is started. For a cacheable request it reads
 * the content versions (one tiny query, shared by every request that arrives while one is under
 * way), and answers from the store when a page of the same key and versions is there; otherwise it
 * lets Next render, watches the bytes go out, and stores them. A write on any instance bumps a
 * version at commit, so the next request on every instance has a new key: nothing to notify.
 *
 * CONCORD_PAGE_CACHE=0 turns it off (it is always off under `next dev`); CONCORD_PAGE_CACHE_MB
 * bounds its memory (default 64).
 */

/** On unless CONCORD_PAGE_CACHE=0, and never under `next dev`, where code changes without a content version changing. */
export function pageCacheEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.NODE_ENV !== "development" && env.CONCORD_PAGE_CACHE !== "0" && env.CONCORD_PAGE_CACHE !== "false";
}

/**
 * `read` run for many callers: a caller joins the next read that *starts* after it called, never
 * one already under way, so a page is never keyed on versions read before a write the reader has
 * already seen committed (read-your-writes across instances).
 */
export function batched<T>(read: () => Promise<T>): () => Promise<T> {
  let running: Promise<T> | null = null;
  let queued: Promise<T> | null = null;
  const start = (): Promise<T> => {
    const current = read().finally(() => {
      if (running === current) running = null;
    });
    running = current;
    return current;
  };
  return () => {
    if (!running) return start();
    queued ??= running
      .catch(() => undefined)
      .then(() => {
        queued = null;
        return start();
      });
    return queued;
  };
}

/** `promise`, or a rejection once `ms` passed without its answer. */
function within<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

type Options = { versions?: () => Promise<ContentVersions>; maxBytes?: number; maxPageBytes?: number; waitMs?: number; versionsTimeoutMs?: number };

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value.join(", ") : value) ?? "";

/** The client went away: nothing to render or send for. */
const abandoned = (req: IncomingMessage, res: ServerResponse) => req.socket.destroyed || res.destroyed || res.writableEnded;

/** Records what Next writes to `res` (after its compression) and hands it over when the reply finished. */
function capture(res: ServerResponse, maxBytes: number): Promise<CapturedResponse | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  let overflow = false;
  const add = (chunk: unknown, encoding: unknown) => {
    if (overflow || chunk === undefined || chunk === null || typeof chunk === "function") return;
    const buffer = typeof chunk === "string" ? Buffer.from(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8") : Buffer.from(chunk as Uint8Array);
    size += buffer.length;
    if (size > maxBytes) {
      overflow = true;
      chunks.length = 0;
    } else chunks.push(buffer);
  };
  const write = res.write;
  const end = res.end;
  res.write = function (this: ServerResponse, chunk: unknown, ...rest: unknown[]) {
    add(chunk, rest[0]);
    return Reflect.apply(write, this, [chunk, ...rest]) as boolean;
  } as typeof res.write;
  res.end = function (this: ServerResponse, chunk?: unknown, ...rest: unknown[]) {
    add(chunk, rest[0]);
    return Reflect.apply(end, this, [chunk, ...rest]) as ServerResponse;
  } as typeof res.end;
  return new Promise((resolve) => {
    res.once("finish", () => resolve(overflow ? null : { status: res.statusCode, headers: res.getHeaders(), body: Buffer.concat(chunks) }));
    res.once("close", () => resolve(null));
  });
}

function send(req: IncomingMessage, res: ServerResponse, page: StoredPage, store: PageStore) {
  const { headers, body, encoding, grew } = replay(page, one(req.headers["accept-encoding"]));
  if (grew) store.grew(grew);
  const grouped = new Map<string, string[]>();
  for (const [name, value] of headers) grouped.set(name, [...(grouped.get(name) ?? []), value]);
  res.statusCode = page.status;
  for (const [name, values] of grouped) res.setHeader(name, values.length === 1 ? values[0]! : values);
  const vary = grouped.get("vary")?.join(", ") ?? "";
  if (!/accept-encoding/i.test(vary)) res.setHeader("vary", vary ? `${vary}, Accept-Encoding` : "Accept-Encoding");
  if (encoding !== "identity") res.setHeader("content-encoding", encoding);
  res.setHeader("content-length", body.length);
  res.setHeader("x-concord-cache", "hit");
  res.end(body);
}

let installed = false;

/** Puts the page cache in front of every node:http server of this process. Call once at start. */
export function installPageCache(http: { Server: typeof Server }, options: Options = {}): PageStore | null {
  if (installed || !pageCacheEnabled()) return null;
  installed = true;
  const store = new PageStore(options.maxBytes ?? (Number(process.env.CONCORD_PAGE_CACHE_MB) || 64) * 1024 * 1024);
  const maxPageBytes = options.maxPageBytes ?? 4 * 1024 * 1024;
  const waitMs = options.waitMs ?? 15_000;
  const versionsTimeoutMs = options.versionsTimeoutMs ?? probeTimeoutMs();
  const readVersions = batched(options.versions ?? (() => contentVersions(getDb())));
  const rendering = new Map<string, Promise<unknown>>();
  let lastVersions = "";

  const emit = http.Server.prototype.emit;

  async function serve(server: Server, req: IncomingMessage, res: ServerResponse, target: { key: string; areas: Parameters<typeof fullKey>[2] }) {
    const dispatch = () => Reflect.apply(emit, server, ["request", req, res]) as boolean;
    // A database known to be down, or too slow to tell the versions, is Next's to answer (proxy.ts
    // serves the 503 page at once), never a wait here nor a page of unknown freshness.
    if (databaseKnownDown()) return dispatch();
    let versions: ContentVersions;
    try {
      versions = await within(readVersions(), versionsTimeoutMs);
    } catch {
      return dispatch();
    }
    if (abandoned(req, res)) return;
    const seen = JSON.stringify(versions);
    if (seen !== lastVersions) {
      lastVersions = seen;
      store.dropStale(versions);
    }
    const key = fullKey(target.key, versions, target.areas);
    let page = store.get(key);
    const leader = rendering.get(key);
    if (!page && leader) {
      // The same page is being rendered for another reader: wait for it rather than render it twice.
      await Promise.race([leader, new Promise((resolve) => setTimeout(resolve, waitMs).unref())]);
      if (abandoned(req, res)) return;
      page = store.get(key);
    }
    if (page) return send(req, res, page, store);
    if (!rendering.has(key)) {
      const done = capture(res, maxPageBytes).then((captured) => {
        const stored = captured && storable(captured, versionKey(versions, target.areas), target.areas, maxPageBytes);
        if (stored) store.set(key, stored);
      });
      rendering.set(key, done);
      void done.finally(() => {
        if (rendering.get(key) === done) rendering.delete(key);
      });
    }
    res.setHeader("x-concord-cache", "miss");
    return dispatch();
  }

  http.Server.prototype.emit = function (this: Server, event: string | symbol, ...args: unknown[]) {
    if (event !== "request") return Reflect.apply(emit, this, [event, ...args]) as boolean;
    const [req, res] = args as [IncomingMessage, ServerResponse];
    const target = requestKey({ method: req.method ?? "", url: req.url ?? "", headers: req.headers });
    if (!target) return Reflect.apply(emit, this, [event, ...args]) as boolean;
    serve(this, req, res, target).catch((error: unknown) => {
      console.error("page cache:", error);
      if (!res.headersSent) {
        res.statusCode = 500;
        res.end();
      }
    });
    return true;
  } as typeof emit;
  return store;
}
