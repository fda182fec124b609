import { readdirSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { Ajv2020 } from "ajv/dist/2020";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { seed } from "@/server/db/seed";
import { createTestDb, type TestDb } from "@/server/test/db";
import { endpoints, openApiDocument } from "./openapi";

// The real route handlers read the process-wide client; here it is the seeded test database.
let t: TestDb;
vi.mock("@/server/db/client", async (importOriginal) => ({ ...(await importOriginal<object>()), getDb: () => t.db }));

const root = join(process.cwd(), "app");
function routeFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return routeFiles(path);
    return name === "route.ts" ? [path] : [];
  });
}
/** app/api/v1/initiatives/[slug]/similar/route.ts → /api/v1/initiatives/{slug}/similar */
const templateOf = (file: string) => "/" + relative(root, file).split(sep).slice(0, -1).join("/").replace(/\[([^\]]+)\]/g, "{$1}");
const routes = new Map(routeFiles(join(root, "api", "v1")).map((file) => [templateOf(file), file]));

type Doc = {
  openapi: string;
  paths: Record<string, { get: { responses: Record<string, { content?: Record<string, { schema: object }> }> } }>;
  components: { schemas: Record<string, object> };
};
const doc = openApiDocument() as Doc;
const ajv = new Ajv2020({ strict: false, allErrors: true });
ajv.addSchema({ $id: "concord-openapi", components: doc.components });
const validator = (path: string, status: string) => {
  const schema = doc.paths[path]?.get.responses[status]?.content?.["application/json"]?.schema ?? {};
  const relinked = JSON.parse(JSON.stringify(schema).replaceAll('"#/components/', '"concord-openapi#/components/')) as object;
  return ajv.compile(relinked);
};

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response> | Response;
async function call(path: string, params: Record<string, string>, query = "") {
  const file = routes.get(path);
  if (!file) throw new Error(`no route file for ${path}`);
  const route = (await import(/* @vite-ignore */ file)) as { GET: Handler };
  const concrete = path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(params[name] ?? ""));
  return route.GET(new Request(`http://concord.test${concrete}${query}`), { params: Promise.resolve(params) });
}

beforeAll(async () => {
  t = await createTestDb();
  await seed(t.db, { demo: false });
}, 180_000);
afterAll(() => t?.close());

describe("the OpenAPI document of /api/v1", () => {
  it("is OpenAPI 3.1 and every response schema in it compiles", () => {
    expect(doc.openapi).toBe("3.1.0");
    for (const path of Object.keys(doc.paths)) expect(() => validator(path, "200"), path).not.toThrow();
  });

  it("registers every route under app/api/v1, and only those", () => {
    expect([...routes.keys()].sort()).toEqual(endpoints.map((e) => e.path).sort());
  });

  it("describes the real answers of every endpoint on seeded data", async () => {
    const initiative = await t.db.initiative.findFirst({ where: { publishedAt: { not: null } }, orderBy: { slug: "asc" }, select: { slug: true } });
    const framework = await t.db.framework.findFirst({ orderBy: { slug: "asc" }, select: { slug: true } });
    const thread = await t.db.forumThread.findFirst({ orderBy: { createdAt: "asc" }, select: { id: true } });
    expect(initiative && framework && thread).toBeTruthy();
    for (const endpoint of endpoints) {
      const params = { slug: endpoint.path.startsWith("/api/v1/frameworks/") ? framework!.slug : initiative!.slug, id: thread!.id };
      const query = endpoint.path === "/api/v1/search" ? "?q=climate&limit=50" : endpoint.path.endsWith("/similar") ? "?limit=20" : endpoint.query ? "?limit=50" : "";
      const response = await call(endpoint.path, params, endpoint.path === "/api/v1/frameworks/{slug}" ? "" : query);
      expect(response.status, endpoint.path).toBe(200);
      if (endpoint.binary) {
        expect(response.headers.get("content-type"), endpoint.path).toBe(endpoint.binary.mediaType);
        continue;
      }
      const body = (await response.json()) as { data?: unknown };
      const validate = validator(endpoint.path, "200");
      expect(validate(body) ? null : { path: endpoint.path, errors: validate.errors?.slice(0, 3) }).toBeNull();
      if (Array.isArray(body.data)) expect(body.data.length, `${endpoint.path} answers seeded rows`).toBeGreaterThan(0);
    }
  }, 180_000);

  it("describes the error answers too", async () => {
    const invalid = await call("/api/v1/networks", {}, "?limit=0");
    expect(invalid.status).toBe(400);
    expect(validator("/api/v1/networks", "400")(await invalid.json())).toBe(true);
    const missing = await call("/api/v1/frameworks/{slug}", { slug: "no-such-framework" });
    expect(missing.status).toBe(404);
    expect(validator("/api/v1/frameworks/{slug}", "404")(await missing.json())).toBe(true);
  });
});
