import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { projectRoot, readModule, relative, walkGraph, type SourceModule } from "@/lib/client-graph";
import { namespaces } from "@/messages";

// Static reading of the sources, for client-catalog.test.ts: which catalog keys the client
// components of a part of the app can ask for. A key counts when it is written literally (or as the
// fixed start of a template, `challenges.urgency.${u}`) in:
// - a client module, or anything a client module imports (shared schemas carry error keys);
// - an app/ or components/ server module that renders a client module (keys passed as props);
// - the tRPC router a client module calls (`trpc.forum.…`) and the modules it imports, and the error
//   keys (`*.errors.*`, `*.limits.*`) of every server module below it: what the server answers
//   with, which the forms translate.

const KEY = new RegExp(`["'\`]((?:${namespaces.join("|")})\\.[A-Za-z0-9_.]*)(["'\`]|\\$\\{)`, "g");

function routerFile(name: string): string {
  const rootFile = path.join(projectRoot, "server/trpc/root.ts");
  const source = readFileSync(rootFile, "utf8");
  const variable = new RegExp(`\\b${name}:\\s*(\\w+)`).exec(source)?.[1];
  const specifier = variable && new RegExp(`import \\{ ${variable} \\} from "@/([^"]+)"`).exec(source)?.[1];
  if (!specifier) throw new Error(`No router "${name}" in server/trpc/root.ts`);
  return path.join(projectRoot, `${specifier}.ts`);
}

export type ClientKeys = { keys: Set<string>; prefixes: Set<string> };

/** The keys the client side of the pages and layouts in `entries` (paths from the project root) may translate. */
export function clientKeys(entries: string[]): ClientKeys {
  const result: ClientKeys = { keys: new Set(), prefixes: new Set() };
  const take = ({ source }: SourceModule) => {
    for (const m of source.matchAll(KEY)) (m[2] === "${" ? result.prefixes : result.keys).add(m[1]!.replace(/\.$/, ""));
  };
  const routers = new Set<string>();
  walkGraph(
    entries,
    (parsed, client) => {
      if (client) {
        take(parsed);
        for (const m of parsed.source.matchAll(/\btrpc\.(\w+)\./g)) routers.add(m[1]!);
      } else if (/^(app|components)\//.test(relative(parsed.file)) && parsed.imports.some((dependency) => readModule(dependency).client)) take(parsed);
    },
    { lazy: true },
  );
  // The router and its services, whole; deeper server modules (shared checks such as posting
  // limits, reached through many services) for their error keys only, or the walk would take in
  // every server-side text of the app.
  const server = new Set<string>();
  for (const name of routers) {
    const router = readModule(routerFile(name));
    take(router);
    for (const dependency of router.imports) if (relative(dependency).startsWith("server/")) take(readModule(dependency));
    const pending = [router.file];
    while (pending.length) {
      const file = pending.pop()!;
      if (server.has(file)) continue;
      server.add(file);
      pending.push(...readModule(file).imports.filter((dependency) => relative(dependency).startsWith("server/")));
    }
  }
  for (const file of server) {
    for (const m of readModule(file).source.matchAll(KEY)) {
      const key = m[1]!.replace(/\.$/, "");
      if (/^errors(\.|$)|\.(errors|limits)(\.|$)/.test(key)) (m[2] === "${" ? result.prefixes : result.keys).add(key);
    }
  }
  return result;
}

const ROUTE_FILE = /^(page|layout|template|error|not-found|loading)\.tsx$/;

/** The pages, layouts and boundaries under app/<folder>, as paths from the project root. */
export function routeFilesUnder(folder: string): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(path.join(projectRoot, dir), { withFileTypes: true })) {
      if (entry.isDirectory()) walk(`${dir}/${entry.name}`);
      else if (ROUTE_FILE.test(entry.name)) files.push(`${dir}/${entry.name}`);
    }
  };
  walk(`app/${folder}`);
  return files;
}
