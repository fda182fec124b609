import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import pg from "pg";

/**
 * Several app servers on one fresh PostgreSQL database (at TEST_DATABASE_URL), serving the build
 * the Playwright web server already made: what two instances behind a proxy look like.
 */
export function appInstancesOnServer(ports: number[]) {
  const base = process.env.TEST_DATABASE_URL ?? "";
  const name = `concord_e2e_${randomBytes(6).toString("hex")}`;
  const servers: ChildProcess[] = [];
  const logs: string[] = [];

  async function admin(sql: string) {
    const client = new pg.Client({ connectionString: base });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  }

  async function healthy(p: number, server: ChildProcess) {
    const deadline = Date.now() + 120_000;
    while (Date.now() < deadline) {
      if (server.exitCode !== null) throw new Error(`Instance on port ${p} exited:\n${logs.join("")}`);
      if (await fetch(`http://localhost:${p}/api/health`).then((r) => r.ok, () => false)) return;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    throw new Error(`Instance on port ${p} did not become healthy:\n${logs.join("")}`);
  }

  return {
    ports,
    /** Creates, migrates and seeds the database, then starts every instance and waits for its health. */
    async start() {
      await admin(`CREATE DATABASE ${name}`);
      const target = new URL(base);
      target.pathname = `/${name}`;
      const env = { ...process.env, DATABASE_URL: target.toString(), CONCORD_DEMO: "1", SMTP_URL: "", NEXTAUTH_SECRET: "e2e-only-secret-not-used-elsewhere", NEXT_TELEMETRY_DISABLED: "1" };
      const seeded = spawnSync(process.execPath, ["node_modules/tsx/dist/cli.mjs", "scripts/db-seed.ts"], { env, encoding: "utf8" });
      if (seeded.status !== 0) throw new Error(`Migrating and seeding ${name} failed:\n${seeded.stdout}\n${seeded.stderr}`);
      for (const p of ports) {
        const server = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", String(p)], {
          env: { ...env, PORT: String(p), NEXTAUTH_URL: `http://localhost:${p}` },
          stdio: ["ignore", "pipe", "pipe"],
        });
        server.stdout?.on("data", (chunk: Buffer) => logs.push(`[${p}] ${chunk.toString()}`));
        server.stderr?.on("data", (chunk: Buffer) => logs.push(`[${p}] ${chunk.toString()}`));
        servers.push(server);
      }
      await Promise.all(ports.map((p, i) => healthy(p, servers[i]!)));
    },
    /** Stops every instance (SIGTERM, then SIGKILL after 5 s: open event streams can hold a graceful stop) and drops the database. */
    async stop() {
      await Promise.all(
        servers.map(
          (server) =>
            new Promise<void>((resolve) => {
              if (server.exitCode !== null || server.signalCode !== null) return resolve();
              const force = setTimeout(() => server.kill("SIGKILL"), 5_000);
              server.once("exit", () => {
                clearTimeout(force);
                resolve();
              });
              server.kill("SIGTERM");
            }),
        ),
      );
      await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}
