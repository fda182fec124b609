import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

// A static reading of the import graph, for tests about what reaches the browser: from a page or
// layout, the server modules of app/, components/ and lib/ lead to client modules ("use client"),
// and everything a client module imports ships with it. `import()` (next/dynamic) starts a chunk of
// its own, loaded only when the island renders.

export const projectRoot = process.cwd();

export type SourceModule = {
  file: string;
  client: boolean;
  source: string;
  /** Project modules imported statically, and through import(). */
  imports: string[];
  lazyImports: string[];
  /** Packages imported statically ("@tanstack/react-query", "next/link"). */
  packages: string[];
};

const cache = new Map<string, SourceModule>();

function resolveImport(from: string, specifier: string): string | null {
  const base = specifier.startsWith("@/") ? path.join(projectRoot, specifier.slice(2)) : specifier.startsWith(".") ? path.resolve(path.dirname(from), specifier) : null;
  if (!base) return null;
  for (const ending of ["", ".tsx", ".ts", "/index.tsx", "/index.ts"]) {
    const file = base + ending;
    if (existsSync(file) && statSync(file).isFile() && /\.tsx?$/.test(file)) return file;
  }
  return null;
}

const packageName = (specifier: string) => (specifier.startsWith("@") ? specifier.split("/").slice(0, 2).join("/") : specifier.split("/")[0]!);

export function readModule(file: string): SourceModule {
  let parsed = cache.get(file);
  if (parsed) return parsed;
  const source = readFileSync(file, "utf8");
  const imports: string[] = [];
  const lazyImports: string[] = [];
  const packages: string[] = [];
  for (const m of source.matchAll(/^(?:import|export)\s+(?!type\b)[^;]*?from\s+["']([^"']+)["']|^import\s+["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/gm)) {
    const specifier = m[1] ?? m[2] ?? m[3]!;
    const local = resolveImport(file, specifier);
    if (local) (m[3] ? lazyImports : imports).push(local);
    else if (!m[3] && !specifier.startsWith("@/") && !specifier.startsWith(".") && !specifier.startsWith("node:")) packages.push(packageName(specifier));
  }
  parsed = { file, client: /^\s*["']use client["']/.test(source), source, imports, lazyImports, packages };
  cache.set(file, parsed);
  return parsed;
}

export const relative = (file: string) => path.relative(projectRoot, file);

/**
 * Walks from `entries` (paths from the project root): `visit` sees each module once per side
 * (`client` true once inside a client module). Server modules under server/ are not followed: they
 * never render client components. With `lazy`, import() edges are followed as well.
 */
export function walkGraph(entries: string[], visit: (module: SourceModule, client: boolean) => void, options: { lazy: boolean }) {
  const seen = new Set<string>();
  const step = (file: string, inClient: boolean) => {
    const parsed = readModule(file);
    const client = inClient || parsed.client;
    if (seen.has(`${client}:${file}`)) return;
    seen.add(`${client}:${file}`);
    visit(parsed, client);
    for (const dependency of options.lazy ? [...parsed.imports, ...parsed.lazyImports] : parsed.imports) {
      if (client || !relative(dependency).startsWith("server/")) step(dependency, client);
    }
  };
  for (const entry of entries) step(path.join(projectRoot, entry), false);
}
