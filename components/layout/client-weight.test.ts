import { describe, expect, it } from "vitest";
import { relative, walkGraph } from "@/lib/client-graph";

// Issue 12 item 2: a content page's first-load JavaScript under 150 kB gzip, of which Next and React
// take ~127 kB. These libraries must not reach the browser with the shell or a content page unless
// through next/dynamic (a chunk of its own, loaded where the island renders): each weighs 9–50 kB.
const heavy = ["@tanstack/react-query", "@trpc/client", "@trpc/tanstack-react-query", "superjson", "zod", "next-auth", "tailwind-merge", "markdown-it", "intl-messageformat"];

const shell = ["app/layout.tsx", "app/error.tsx", "app/global-error.tsx", "app/not-found.tsx"];
const contentPages = [
  "app/page.tsx",
  "app/networks/page.tsx",
  "app/networks/[slug]/page.tsx",
  "app/initiatives/page.tsx",
  "app/practices/[slug]/page.tsx",
  "app/forum/page.tsx",
  "app/forum/threads/[id]/page.tsx",
  "app/search/page.tsx",
];

/** The heavy packages each client module statically loaded with `entries` imports, as "module: package". */
function heavyImports(entries: string[], lazy = false): string[] {
  const found: string[] = [];
  walkGraph(
    entries,
    (parsed, client) => {
      if (client) for (const name of parsed.packages) if (heavy.includes(name)) found.push(`${relative(parsed.file)}: ${name}`);
    },
    { lazy },
  );
  return [...new Set(found)];
}

describe("client JavaScript of the shell and the content pages", () => {
  it("loads none of the heavy libraries with the root layout and its boundaries", () => {
    expect(heavyImports(shell)).toEqual([]);
  });

  it("loads none with the signed-in reader's header either (the bell, loaded lazily)", () => {
    expect(heavyImports(shell, true)).toEqual([]);
  });

  for (const page of contentPages) {
    it(`loads none of them with ${page}`, () => {
      expect(heavyImports([...shell, page])).toEqual([]);
    });
  }

  it("still finds them where forms load them, through next/dynamic", () => {
    const found: string[] = [];
    walkGraph(["app/forum/threads/[id]/page.tsx"], (parsed, client) => client && found.push(...parsed.packages), { lazy: true });
    expect(found).toEqual(expect.arrayContaining(["@tanstack/react-query", "markdown-it"]));
  });
});
