import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";

// Issue 11 item 9: the deployment users copy (compose.yaml, deploy/Caddyfile, Dockerfile) holds
// together: two app instances on one secret behind one proxy that balances over both, health
// checks everywhere, and an image that runs as an unprivileged user. No container runs here.
const root = path.resolve(import.meta.dirname, "..");
const read = (file: string) => readFileSync(path.join(root, file), "utf8");

type Service = {
  build?: unknown;
  image?: string;
  environment?: Record<string, string>;
  ports?: unknown[];
  healthcheck?: { test?: unknown };
  depends_on?: Record<string, { condition?: string }>;
  volumes?: string[];
};
const compose = parse(read("compose.yaml"), { merge: true }) as { services: Record<string, Service> };
const services = compose.services;
const apps = Object.entries(services).filter(([, s]) => s.build === ".");
const proxyName = Object.keys(services).find((name) => services[name]!.image?.startsWith("caddy"));

describe("compose.yaml", () => {
  it("runs two app instances built from this folder, and a PostgreSQL and a Caddy service", () => {
    expect(apps.map(([name]) => name)).toEqual(["app1", "app2"]);
    expect(services.db?.image).toMatch(/^postgres:\d+/);
    expect(proxyName).toBe("proxy");
  });

  it("gives both instances the same session secret, from the environment rather than the file", () => {
    const secrets = apps.map(([, s]) => s.environment?.NEXTAUTH_SECRET);
    expect(new Set(secrets).size).toBe(1);
    expect(secrets[0]).toMatch(/^\$\{NEXTAUTH_SECRET:\?/);
  });

  it("points both at the db service and trusts exactly the one proxy hop, publishing no port of their own", () => {
    for (const [name, app] of apps) {
      expect(new URL(app.environment!.DATABASE_URL!.replace(/\$\{[^}]+\}/g, "x")).hostname, name).toBe("db");
      expect(app.environment?.TRUST_PROXY, name).toBe("1");
      // A published app port would let clients skip the proxy and forge X-Forwarded-For.
      expect(app.ports, name).toBeUndefined();
    }
    expect(services.proxy?.ports).toEqual(expect.arrayContaining(["80:80", "443:443"]));
  });

  it("has health checks, and starts each service after what it needs is healthy", () => {
    for (const name of ["db", "app1", "app2"]) expect(services[name]?.healthcheck?.test, name).toBeTruthy();
    expect(JSON.stringify(services.app1!.healthcheck!.test)).toContain("/api/health");
    expect(services.db!.healthcheck!.test).toEqual(expect.arrayContaining([expect.stringContaining("pg_isready")]));
    for (const [name, app] of apps) expect(app.depends_on?.db?.condition, name).toBe("service_healthy");
    // One instance migrates at a time: the second waits for the first.
    expect(services.app2!.depends_on?.app1?.condition).toBe("service_healthy");
    for (const [name] of apps) expect(services.proxy!.depends_on?.[name]?.condition).toBe("service_healthy");
  });
});

describe("deploy/Caddyfile", () => {
  const caddyfile = read("deploy/Caddyfile");
  it("balances over exactly the app services on their port, checking their health", () => {
    const mounted = services.proxy!.volumes!.find((v) => v.includes("Caddyfile"));
    expect(mounted).toMatch(/^\.\/deploy\/Caddyfile:\/etc\/caddy\/Caddyfile/);
    const upstreams = /reverse_proxy\s+([^{\n]+)/.exec(caddyfile)?.[1]?.trim().split(/\s+/);
    expect(upstreams).toEqual(apps.map(([name, app]) => `${name}:${app.environment!.PORT}`));
    expect(caddyfile).toMatch(/health_uri \/api\/health/);
  });
});

describe("Dockerfile", () => {
  const dockerfile = read("Dockerfile");
  const stages = dockerfile.split(/^FROM /m).slice(1);
  const last = stages.at(-1)!;
  it("builds in one stage and runs in another, in production mode", () => {
    expect(stages.length).toBeGreaterThanOrEqual(2);
    expect(last).toMatch(/COPY --from=build /);
    expect(last).toMatch(/NODE_ENV=production/);
  });

  it("runs as an unprivileged user", () => {
    const users = [...last.matchAll(/^USER\s+(\S+)/gm)].map((m) => m[1]);
    expect(users.length).toBeGreaterThan(0);
    expect(users.at(-1)).not.toMatch(/^(root|0)(:.*)?$/);
    // USER comes before the command that starts the server.
    expect(last.lastIndexOf("USER ")).toBeLessThan(last.indexOf("CMD "));
  });

  it("checks its health on /api/health", () => {
    expect(last).toMatch(/HEALTHCHECK[\s\S]*\/api\/health/);
  });

  it("keeps secrets, local databases and builds out of the build context", () => {
    const ignored = read(".dockerignore").split("\n").map((l) => l.trim());
    for (const entry of [".env", "node_modules", ".data", ".next", "*.secret"]) expect(ignored, entry).toContain(entry);
  });
});
