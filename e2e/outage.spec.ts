import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createServer, connect, type AddressInfo, type Server, type Socket } from "node:net";
import pg from "pg";
import { expect, test } from "./fixtures";

// Issue 11 item 3: a second Concord server on a PostgreSQL server reached through a switchable TCP
// relay. While the relay accepts connections but never answers (a hung database) or refuses them
// (a database that is gone), pages answer 503 with Retry-After and the translated, styled
// "temporarily unavailable" page inside the site chrome, readable without JavaScript; once the
// database is back they answer 200 again.
const adminUrl = process.env.TEST_DATABASE_URL || "postgres://postgres@127.0.0.1:5432/postgres";
const dbName = `concord_e2e_outage_${randomBytes(4).toString("hex")}`;
const dbUrl = (host: string) => Object.assign(new URL(adminUrl), { host, pathname: `/${dbName}` }).toString();

type Mode = "forward" | "silent" | "refuse";
/** A TCP relay to PostgreSQL that can stop answering (silent) or stop accepting (refuse). */
class FaultyRelay {
  mode: Mode = "forward";
  port = 0;
  private server: Server | null = null;
  private readonly open = new Set<Socket>();
  constructor(private readonly upstream: { host: string; port: number }) {}

  async start(): Promise<void> {
    const server = createServer((client) => {
      this.open.add(client);
      client.on("close", () => this.open.delete(client));
      client.on("error", () => undefined);
      if (this.mode === "silent") return; // accepted, never answered
      const upstream = connect(this.upstream);
      this.open.add(upstream);
      upstream.on("close", () => {
        this.open.delete(upstream);
        client.destroy();
      });
      upstream.on("error", () => client.destroy());
      client.on("close", () => upstream.destroy());
      // Switched to silent, an open connection stops answering too: what a paused server does.
      client.on("data", (chunk) => void (this.mode === "forward" && upstream.write(chunk)));
      upstream.on("data", (chunk) => void (this.mode === "forward" && client.write(chunk)));
    });
    await new Promise<void>((resolve) => server.listen(this.port, "127.0.0.1", resolve));
    this.port = (server.address() as AddressInfo).port;
    this.server = server;
  }

  async set(mode: Mode): Promise<void> {
    this.mode = mode;
    // Gone or back after a hang: every open connection drops, as when the server restarts.
    if (mode !== "silent") for (const socket of this.open) socket.destroy();
    if (mode === "refuse" && this.server) {
      const server = this.server;
      this.server = null;
      await new Promise((resolve) => server.close(resolve));
    }
    if (mode !== "refuse" && !this.server) await this.start();
  }

  async stop(): Promise<void> {
    for (const socket of this.open) socket.destroy();
    const server = this.server;
    this.server = null;
    if (server) await new Promise((resolve) => server.close(resolve));
  }
}

const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });

let relay: FaultyRelay;
let server: ChildProcess;
let base = "";
let reachable = true;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  const admin = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 3000 });
  try {
    await admin.connect();
    await admin.query(`CREATE DATABASE ${dbName}`);
  } catch {
    reachable = false;
    return;
  } finally {
    await admin.end().catch(() => undefined);
  }
  const migrate = spawnSync(process.execPath, ["node_modules/tsx/dist/cli.mjs", "scripts/db-migrate.ts"], { env: { ...process.env, DATABASE_URL: dbUrl(new URL(adminUrl).host) }, encoding: "utf8" });
  expect(migrate.status, migrate.stderr).toBe(0);

  const upstream = new URL(adminUrl);
  relay = new FaultyRelay({ host: upstream.hostname, port: Number(upstream.port || 5432) });
  await relay.start();
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  server = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", String(port)], {
    env: {
      ...process.env,
      DATABASE_URL: dbUrl(`127.0.0.1:${relay.port}`),
      NEXTAUTH_URL: base,
      NEXTAUTH_SECRET: "e2e-outage-only-secret",
      CONCORD_DEMO: "0",
      DB_CONNECT_TIMEOUT_MS: "1000",
      DB_STATEMENT_TIMEOUT_MS: "2000",
      DB_PROBE_TIMEOUT_MS: "500",
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  await expect.poll(async () => (await fetch(`${base}/api/health`).catch(() => null))?.status, { timeout: 60_000, intervals: [500] }).toBe(200);
});

test.afterAll(async () => {
  if (!reachable) return;
  server?.kill("SIGTERM");
  await relay?.stop();
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
  await admin.end();
});

for (const mode of ["silent", "refuse"] as const) {
  test(`while the database ${mode === "silent" ? "hangs" : "refuses connections"}, pages answer 503 with the unavailable page; after, 200`, async ({ browser }) => {
    // Skipped only without a PostgreSQL server to put the fault relay in front of (the embedded
    // database has no connection to cut); CI and this machine kind run one on 127.0.0.1:5432.
    test.skip(!reachable, `no PostgreSQL server at ${adminUrl}`);
    test.setTimeout(120_000);
    expect((await fetch(`${base}/challenges`)).status).toBe(200);
    // A reader who opened a page before the fault and then follows a link (a client-side navigation).
    const reader = await (await browser.newContext({ baseURL: base })).newPage();
    await reader.goto("/challenges");

    await relay.set(mode);
    await reader.locator("header").getByRole("link", { name: "Networks" }).first().click();
    await expect(reader.getByRole("heading", { level: 1 })).toHaveText("Concord is temporarily unavailable");
    // Without JavaScript, in French: the status, the retry hint, the text and the site's header and footer.
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL: base });
    await context.addCookies([{ name: "NEXT_LOCALE", value: "fr", url: base }]);
    const page = await context.newPage();
    const response = await page.goto("/challenges?page=1");
    expect(response?.status()).toBe(503);
    expect(response?.headers()["retry-after"]).toBe("10");
    expect(response?.headers()["cache-control"]).toContain("no-store");
    expect(response?.headers()["content-security-policy"]).toContain("'nonce-");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Concord est momentanément indisponible");
    await expect(page.getByRole("link", { name: "Réessayer" })).toHaveAttribute("href", "/challenges?page=1");
    await expect(page.locator("header").getByRole("link", { name: "Concord" })).toBeVisible();
    await expect(page.locator("footer")).toBeVisible();
    // Styled: Tailwind's stylesheet is loaded and applied.
    expect(await page.locator("h1").evaluate((h) => getComputedStyle(h).fontWeight)).toBe("700");
    await page.screenshot({ path: `/tmp/edge-outage-${mode}.png` });

    // Every page, not only the first one asked after the fault; the open-data API answers 503 JSON.
    for (const path of ["/", "/networks", "/forum"]) {
      const other = await fetch(`${base}${path}`);
      expect(other.status, path).toBe(503);
      expect(other.headers.get("retry-after"), path).toBe("10");
    }
    expect((await fetch(`${base}/api/v1/networks`)).status).toBe(503);

    await relay.set("forward");
    await expect.poll(async () => (await fetch(`${base}/challenges`)).status, { timeout: 30_000, intervals: [250] }).toBe(200);
    const back = await page.goto("/challenges");
    expect(back?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).not.toHaveText("Concord est momentanément indisponible");
    await context.close();
    await reader.context().close();
  });
}
