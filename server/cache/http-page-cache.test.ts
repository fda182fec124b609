import http from "node:http";
import type { AddressInfo } from "node:net";
import { gunzipSync, gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { contentAreas, type ContentVersions } from "./content-version";
import { batched, installPageCache, pageCacheEnabled } from "./http-page-cache";

// A stand-in for Next behind the real hook on a real node:http server: it renders the "database"
// value with a fresh CSP nonce per render, compresses when asked, and counts its renders.
let forumVersion = 1;
let content = "first";
let renders = 0;
let slowRender: Promise<void> | null = null;
let hangVersions = false;
let releaseVersions: (() => void) | null = null;
const currentVersions = (): ContentVersions => ({ ...(Object.fromEntries(Object.keys(contentAreas).map((a) => [a, "1"])) as ContentVersions), forum: String(forumVersion) });
// While hangVersions is set, the read never answers (a database that stopped responding) until released.
const versions = async (): Promise<ContentVersions> =>
  hangVersions ? new Promise((resolve) => (releaseVersions = () => resolve(currentVersions()))) : currentVersions();

let server: http.Server;
let base = "";

beforeAll(async () => {
  installPageCache(http, { versions, versionsTimeoutMs: 300 });
  server = http.createServer(async (req, res) => {
    renders++;
    if (slowRender) await slowRender;
    const nonce = Buffer.from(String(Math.random())).toString("base64");
    const html = `<html><script nonce="${nonce}">x</script><p>${content}</p><p>${req.url}</p>${"padding ".repeat(200)}</html>`;
    res.setHeader("content-type", "text/html; charset=utf-8");
    res.setHeader("content-security-policy", `script-src 'nonce-${nonce}' 'strict-dynamic'`);
    res.setHeader("cache-control", "private, no-cache, no-store, max-age=0, must-revalidate");
    if (req.url?.startsWith("/forum/cookie")) res.setHeader("set-cookie", "x=1");
    if (/gzip/.test(String(req.headers["accept-encoding"]))) {
      res.setHeader("content-encoding", "gzip");
      res.end(gzipSync(html));
    } else {
      res.write(html.slice(0, 50));
      res.end(html.slice(50));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** A GET with node:http (fetch would decompress and hide Content-Encoding). */
function get(path: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    http
      .get(base + path, { headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => {
          const raw = Buffer.concat(chunks);
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: (res.headers["content-encoding"] === "gzip" ? gunzipSync(raw) : raw).toString() });
        });
      })
      .on("error", reject);
  });
}

const nonceOf = (res: { headers: http.IncomingHttpHeaders }) => /'nonce-([^']+)'/.exec(String(res.headers["content-security-policy"]))![1]!;

describe("the page cache in front of the app", () => {
  it("renders a public page once, then serves it with a fresh nonce in header and body", async () => {
    const before = renders;
    const first = await get("/forum/a");
    expect(first.headers["x-concord-cache"]).toBe("miss");
    const second = await get("/forum/a");
    expect(second.headers["x-concord-cache"]).toBe("hit");
    expect(renders - before).toBe(1);
    expect(second.body.replace(nonceOf(second), "N")).toBe(first.body.replace(nonceOf(first), "N"));
    expect(nonceOf(second)).not.toBe(nonceOf(first));
    expect(second.body).toContain(`nonce="${nonceOf(second)}"`);
  });

  it("shows a write on the next read: a new content version is a new key", async () => {
    expect((await get("/forum/b")).body).toContain("first");
    expect((await get("/forum/b")).headers["x-concord-cache"]).toBe("hit");
    content = "second";
    forumVersion++;
    const after = await get("/forum/b");
    expect(after.headers["x-concord-cache"]).toBe("miss");
    expect(after.body).toContain("second");
  });

  it("serves gzip and identity readers from one stored page", async () => {
    await get("/forum/c", { "accept-encoding": "gzip" });
    const plain = await get("/forum/c");
    const zipped = await get("/forum/c", { "accept-encoding": "gzip" });
    expect(plain.headers["x-concord-cache"]).toBe("hit");
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(zipped.headers["content-encoding"]).toBe("gzip");
    expect(zipped.headers.vary).toMatch(/accept-encoding/i);
    expect(zipped.body.replace(nonceOf(zipped), "N")).toBe(plain.body.replace(nonceOf(plain), "N"));
  });

  it("always renders for signed-in readers, private pages and responses that set cookies", async () => {
    const before = renders;
    for (let i = 0; i < 2; i++) {
      expect((await get("/forum/d", { cookie: "next-auth.session-token=abc" })).headers["x-concord-cache"]).toBeUndefined();
      expect((await get("/account")).headers["x-concord-cache"]).toBeUndefined();
      await get("/forum/cookie");
    }
    expect(renders - before).toBe(6);
  });

  it("renders a page once for readers who ask for it at the same time", async () => {
    let release = () => {};
    slowRender = new Promise<void>((resolve) => (release = resolve));
    const before = renders;
    const replies = Array.from({ length: 5 }, () => get("/forum/e"));
    await new Promise((resolve) => setTimeout(resolve, 100));
    release();
    slowRender = null;
    const done = await Promise.all(replies);
    expect(renders - before).toBe(1);
    expect(done.filter((r) => r.headers["x-concord-cache"] === "hit")).toHaveLength(4);
  });
});

describe("the switch", () => {
  it("is on by default, off with CONCORD_PAGE_CACHE=0 and always off under next dev", () => {
    expect(pageCacheEnabled({ NODE_ENV: "production" })).toBe(true);
    expect(pageCacheEnabled({ NODE_ENV: "production", CONCORD_PAGE_CACHE: "0" })).toBe(false);
    expect(pageCacheEnabled({ NODE_ENV: "development" })).toBe(false);
  });
});

describe("batched reads", () => {
  it("shares one read among callers that arrive while it runs, and starts a fresh one for them", async () => {
    let reads = 0;
    const pending: (() => void)[] = [];
    const read = batched(() => new Promise<number>((resolve) => pending.push(() => resolve(++reads))));
    const first = read();
    const second = read();
    const third = read();
    expect(pending).toHaveLength(1);
    pending.shift()!();
    expect(await first).toBe(1);
    // Second and third arrived during read 1: they get read 2, which started after they asked.
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(pending).toHaveLength(1);
    pending.shift()!();
    expect(await second).toBe(2);
    expect(await third).toBe(2);
  });

  it("hands the request to the app at once when the versions do not come back in time", async () => {
    await get("/forum/hung");
    expect((await get("/forum/hung")).headers["x-concord-cache"]).toBe("hit");
    hangVersions = true;
    const before = renders;
    // Not served from the store (its freshness is unknown) and not left waiting: the app answers.
    const res = await get("/forum/hung");
    expect(res.status).toBe(200);
    expect(res.headers["x-concord-cache"]).toBeUndefined();
    expect(renders).toBe(before + 1);
    hangVersions = false;
    releaseVersions?.();
  });
});
