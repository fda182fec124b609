import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { namespaces } from "@/messages";

// Static reading of the sources, for client-catalog.test.ts: which catalog keys the client
// components of a part of the app can ask for. A key counts when it is written literally (or as the
// fixed start of a template, `challenges.urgency.${u}`) in:
// - a client module, or anything a client module imports (shared schemas carry error keys);
// - an app/ or components/ server module that renders a client module (keys passed as props);
// - the tRPC router a client module calls (`trpc.forum.…`) and the modules it imports (the error
//   keys the server answers with, which the forms translate).

const root = process.cwd();
const KEY = new RegExp(`["'\`]((?:${namespaces.join("|")})\\.[A-Za-z0-9_.]*)(["'\`]|\\$\\{)`, "g");

type Module = { client: boolean; imports: string[]; keys: string[]; prefixes: string[]; routers: string[] };
const modules = new Map<string, Module>();

function resolve(from: string, specifier: string): string | null {
  const base = specifier.startsWith("@/") ? path.join(root, specifier.slice(2)) : specifier.startsWith(".") ? path.resolve(path.dirname(from), specifier) : null;
  if (!base) return null;
  for (const ending of ["", ".tsx", ".ts", "/index.tsx", "/index.ts"]) {
    const file = base + ending;
    if (existsSync(file) && statSync(file).isFile() && /\.tsx?$/.test(file)) return file;
  }
  return null;
}

function read(file: string): Module {
  let parsed = modules.get(file);
  if (parsed) return parsed;
  const source = readFileSync(file, "utf8");
  const imports = [...source.matchAll(/^(?:import|export)\s+(?!type\b)[^;]*?from\s+["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)|^import\s+["']([^"']+)["']/gm)]
    .map((m) => resolve(file, m[1] ?? m[2] ?? m[3]!))
    .filter((f): f is string => !!f);
  const keys: string[] = [];
  const prefixes: string[] = [];
  for (const m of source.matchAll(KEY)) (m[2] === "${" ? prefixes : keys).push(m[1]!.replace(/\.$/, ""));
  const routers = [...source.matchAll(/\btrpc\.(\w+)\./g)].map((m) => m[1]!);
  parsed = { client: /^\s*["']use client["']/.test(source), imports, keys, prefixes, routers };
  modules.set(file, parsed);
  return parsed;
}

function routerFile(name: string): string {
  const rootFile = path.join(root, "server/trpc/root.ts");
  const source = readFileSync(rootFile, "utf8");
  const variable = new RegExp(`\\b${name}:\\s*(\\w+)`).exec(source)?.[1];
  const specifier = variable && new RegExp(`import \\{ ${variable} \\} from "([^"]+)"`).exec(source)?.[1];
  const file = specifier && resolve(rootFile, specifier);
  if (!file) throw new Error(`No router "${name}" in server/trpc/root.ts`);
  return file;
}

export type ClientKeys = { keys: Set<string>; prefixes: Set<string> };

/** The keys the client side of the pages and layouts in `entries` (paths from the project root) may translate. */
export function clientKeys(entries: string[]): ClientKeys {
  const result: ClientKeys = { keys: new Set(), prefixes: new Set() };
  const take = (parsed: Module) => {
    parsed.keys.forEach((key) => result.keys.add(key));
    parsed.prefixes.forEach((prefix) => result.prefixes.add(prefix));
  };
  const seen = new Set<string>();
  const routers = new Set<string>();
  const visit = (file: string, inClient: boolean) => {
    const parsed = read(file);
    const client = inClient || parsed.client;
    if (seen.has(`${client}:${file}`)) return;
    seen.add(`${client}:${file}`);
    if (client) {
      take(parsed);
      parsed.routers.forEach((name) => routers.add(name));
    } else if (/^(app|components)\//.test(path.relative(root, file)) && parsed.imports.some((dependency) => read(dependency).client)) take(parsed);
    for (const dependency of parsed.imports) if (client || !path.relative(root, dependency).startsWith("server/")) visit(dependency, client);
  };
  for (const entry of entries) visit(path.join(root, entry), false);
  for (const name of routers) {
    const file = routerFile(name);
    take(read(file));
    for (const dependency of read(file).imports) if (path.relative(root, dependency).startsWith("server/")) take(read(dependency));
  }
  return result;
}

const ROUTE_FILE = /^(page|layout|template|error|not-found|loading)\.tsx$/;

/** The pages, layouts and boundaries under app/<folder>, as paths from the project root. */
export function routeFilesUnder(folder: string): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(path.join(root, dir), { withFileTypes: true })) {
      if (entry.isDirectory()) walk(`${dir}/${entry.name}`);
      else if (ROUTE_FILE.test(entry.name)) files.push(`${dir}/${entry.name}`);
    }
  };
  walk(`app/${folder}`);
  return files;
}
