import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { gzipSync } from "node:zlib";
import autocannon from "autocannon";
import pg from "pg";

// `npm run bench:http`: anonymous page throughput of a production server. Starts what `npm start`
// runs (building when the sources changed) over a fresh demo database — a scratch
// database on the PostgreSQL server at BENCH_DATABASE_URL (default 127.0.0.1:5432) when it answers,
// else a scratch embedded folder — or measures BENCH_HTTP_URL (then RSS only with BENCH_HTTP_PID).
// Per page: req/s, p95 and errors at 50 connections against /api/health on the same run, HTML,
// inline RSC and gzip first-load JS bytes; then a mixed 200-connection run and the app's RSS.
// CONCORD_PAGE_CACHE=0 measures without the anonymous page cache (the "before" figures);
// BENCH_HTTP_LOGS=1 shows the server's errors (pool timeouts under load).

const seconds = Number(process.env.BENCH_HTTP_SECONDS ?? 10);
const longSeconds = Number(process.env.BENCH_HTTP_LONG_SECONDS ?? 60);
const connections = 50;
const targets = { ratio: 0.4, p95: 300, rssMb: 800 };
const port = Number(process.env.BENCH_HTTP_PORT ?? 3299);

async function admin(url: string, sql: string) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** The app's process and its children (next start may fork a worker): their summed resident memory. */
function rssMb(pid: number): number {
  const tree = [pid];
  for (let i = 0; i < tree.length; i++) {
    const children = `/proc/${tree[i]}/task/${tree[i]}/children`;
    if (existsSync(children)) tree.push(...readFileSync(children, "utf8").trim().split(/\s+/).filter(Boolean).map(Number));
  }
  let kb = 0;
  for (const p of tree) {
    const status = `/proc/${p}/status`;
    if (existsSync(status)) kb += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(status, "utf8"))?.[1] ?? 0);
  }
  return kb / 1024;
}

type Server = { url: string; pid: number | null; stop: () => Promise<void> };

async function startServer(): Promise<Server> {
  if (process.env.BENCH_HTTP_URL) return { url: process.env.BENCH_HTTP_URL.replace(/\/$/, ""), pid: Number(process.env.BENCH_HTTP_PID) || null, stop: async () => {} };
  const env: NodeJS.ProcessEnv = { ...process.env, CONCORD_DEMO: "1", SMTP_URL: "", NEXTAUTH_SECRET: "bench-only-secret", NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" };
  const base = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
  const name = `concord_bench_http_${randomBytes(4).toString("hex")}`;
  let dropDatabase = async () => {};
  const dataDir = `.data-bench-http-${randomBytes(4).toString("hex")}`;
  try {
    await admin(base, `CREATE DATABASE ${name}`);
    const url = new URL(base);
    url.pathname = `/${name}`;
    env.DATABASE_URL = url.toString();
    dropDatabase = () => admin(base, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    console.log(`Database: PostgreSQL server (${name})`);
  } catch {
    env.DATABASE_URL = "";
    env.CONCORD_DATA_DIR = dataDir;
    console.log(`Database: embedded PGlite (${dataDir})`);
  }
  const url = `http://127.0.0.1:${port}`;
  // What `npm start` runs (it builds when the sources changed, migrates and seeds the demo data).
  const server: ChildProcess = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
    env: { ...env, PORT: String(port), NEXTAUTH_URL: url },
    stdio: ["ignore", "ignore", process.env.BENCH_HTTP_LOGS === "1" ? "inherit" : "ignore"],
  });
  const deadline = Date.now() + 900_000;
  while (!(await fetch(`${url}/api/health`).then((r) => r.ok, () => false))) {
    if (server.exitCode !== null || Date.now() > deadline) throw new Error("The server did not start.");
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return {
    url,
    pid: server.pid ?? null,
    stop: async () => {
      await new Promise<void>((resolve) => {
        if (server.exitCode !== null) return resolve();
        const force = setTimeout(() => server.kill("SIGKILL"), 5000);
        server.once("exit", () => {
          clearTimeout(force);
          resolve();
        });
        server.kill("SIGTERM");
      });
      await dropDatabase();
      rmSync(dataDir, { recursive: true, force: true });
      rmSync(`${dataDir}.secret`, { force: true });
    },
  };
}

/** The first link on `listPath` matching `pattern` (a practice, a forum thread of the demo data). */
async function firstLink(base: string, listPath: string, pattern: RegExp): Promise<string | null> {
  const html = await fetch(base + listPath).then((r) => r.text());
  return pattern.exec(html)?.[1] ?? null;
}

type Weight = { html: number; rsc: number; navigation: number; js: number };

/** HTML bytes, inline RSC payload, a client navigation's RSC payload, and gzip bytes of the page's scripts. */
async function weigh(base: string, path: string, jsCache: Map<string, number>, language = "en"): Promise<Weight> {
  const html = await fetch(base + path, { headers: { "accept-language": language } }).then((r) => r.text());
  let rsc = 0;
  for (const m of html.matchAll(/<script[^>]*>(self\.__next_f\.push[\s\S]*?)<\/script>/g)) rsc += Buffer.byteLength(m[1]!);
  const navigation = await fetch(base + path, { headers: { RSC: "1", "accept-language": language } }).then((r) => r.arrayBuffer()).then((b) => b.byteLength);
  let js = 0;
  // Scripts a modern browser runs: the noModule polyfills are skipped by every browser that runs modules.
  const tags = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]).filter((tag) => !/\snomodule\b/i.test(tag));
  const scripts = tags.map((tag) => /\ssrc="([^"]+)"/.exec(tag)?.[1]).filter((src): src is string => !!src);
  for (const src of new Set(scripts)) {
    if (!jsCache.has(src)) {
      const response = await fetch(new URL(src.replaceAll("&amp;", "&"), base));
      jsCache.set(src, gzipSync(Buffer.from(await response.arrayBuffer())).length);
    }
    js += jsCache.get(src)!;
  }
  return { html: Buffer.byteLength(html), rsc, navigation, js };
}

type Run = { rps: number; p95: number; errors: number; requests: number };

async function load(url: string, conns: number, duration: number, paths?: string[]): Promise<Run> {
  const latencies: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url,
        connections: conns,
        duration,
        timeout: 30,
        ...(paths ? { requests: paths.map((path) => ({ method: "GET" as const, path })) } : {}),
      },
      (error, done) => (error ? reject(error) : resolve(done)),
    );
    instance.on("response", (_client, _status, _bytes, time) => latencies.push(time));
  });
  latencies.sort((a, b) => a - b);
  return {
    rps: result.requests.average,
    p95: Math.round(latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * 0.95))] ?? 0),
    errors: result.errors + result.timeouts + result.non2xx,
    requests: result.requests.total,
  };
}

const mark = (ok: boolean) => (ok ? "PASS" : "MISS");
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

const server = await startServer();
try {
  const base = server.url;
  const practice = await firstLink(base, "/practices", /href="(\/practices\/(?!new")[^"/?]+)"/);
  const thread = await firstLink(base, "/forum", /href="(\/forum\/threads\/[^"/?]+)"/);
  const pages = ["/", "/networks", "/networks/c40", "/initiatives", practice, thread, "/search?q=climate"].filter((p): p is string => !!p);
  const cache = process.env.CONCORD_PAGE_CACHE === "0" ? "off" : "on";
  console.log(`\nbench:http ${base}, page cache ${cache}, ${connections} connections × ${seconds} s per page\n`);

  const jsCache = new Map<string, number>();
  const warm = Math.max(1, Math.round(seconds / 4));
  await load(`${base}/api/health`, 10, warm);
  const health = await load(`${base}/api/health`, connections, seconds);
  console.log(`${"/api/health".padEnd(34)} ${health.rps.toFixed(0).padStart(6)} req/s  p95 ${String(health.p95).padStart(5)} ms  errors ${health.errors}`);
  console.log(`${"page".padEnd(34)} ${"req/s".padStart(6)}        ${"p95".padStart(8)}     errors  ratio       HTML      RSC inline  RSC nav   JS gzip`);
  for (const path of pages) {
    const weight = await weigh(base, path, jsCache);
    await load(base + path, 10, warm);
    const run = await load(base + path, connections, seconds);
    // Whether the page was still being served from the cache at the end of its run.
    const served = (await fetch(base + path, { headers: { "accept-language": "en" } })).headers.get("x-concord-cache") ?? "-";
    const ratio = run.rps / health.rps;
    const ok = ratio >= targets.ratio && run.p95 < targets.p95 && run.errors === 0;
    console.log(
      `${path.slice(0, 34).padEnd(34)} ${run.rps.toFixed(0).padStart(6)} req/s  p95 ${String(run.p95).padStart(5)} ms  ${String(run.errors).padStart(6)}  ${(ratio * 100).toFixed(0).padStart(4)} %  ${mark(ok)}  ${kb(weight.html).padStart(9)}  ${kb(weight.rsc).padStart(9)}  ${kb(weight.navigation).padStart(8)}  ${kb(weight.js).padStart(8)} ${mark(weight.js < 150 * 1024)}  cache ${served}`,
    );
  }

  // Other locales carry their own catalog in the RSC payload (with English filled in).
  for (const language of ["fr", "zh-CN"]) {
    const weight = await weigh(base, "/", jsCache, language);
    console.log(`${`/ (${language}) weight only`.padEnd(34)} ${" ".repeat(52)}  ${kb(weight.html).padStart(9)}  ${kb(weight.rsc).padStart(9)}  ${kb(weight.navigation).padStart(8)}  ${kb(weight.js).padStart(8)}`);
  }

  console.log(`\n${longSeconds} s at 200 connections over every page above…`);
  let peak = 0;
  const sampler = server.pid ? setInterval(() => (peak = Math.max(peak, rssMb(server.pid!))), 1000) : null;
  const long = await load(base, 200, longSeconds, pages);
  if (sampler) clearInterval(sampler);
  const after = server.pid ? rssMb(server.pid) : null;
  console.log(`${long.rps.toFixed(0)} req/s  p95 ${long.p95} ms  errors ${long.errors} of ${long.requests}`);
  if (after === null) console.log("RSS: unknown (set BENCH_HTTP_PID to the app's process id)");
  else console.log(`RSS after ${after.toFixed(0)} MB (peak ${peak.toFixed(0)} MB), target < ${targets.rssMb} MB  ${mark(after < targets.rssMb && peak < targets.rssMb)}`);
} finally {
  await server.stop();
}

