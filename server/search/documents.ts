import type { DbOrTx } from "@/server/db/client";
import type { Locale, SearchKind } from "@/server/db/generated/client";
import { markdownToText } from "@/lib/markdown/render";
import { anchoredSlug } from "@/lib/search-kinds";
import { terms } from "./text";

// The search index holds one document per public record. Services call `reindex` after every
// change, inside the same transaction, so search never shows what a reader may not see.

export type SearchSource = {
  kind: SearchKind;
  entityId: string;
  slug: string;
  title: string;
  /** Title and summary: what similar-initiative detection compares. */
  keyText: string;
  /** Everything else searchable. */
  bodyText: string;
  language: Locale;
  themeSlugs: string[];
};

const EXCERPT_LENGTH = 1200;
const KEY_TERMS = 60;

export function toDocument(source: SearchSource) {
  // Each part is split once; the document's terms are the union of the parts' terms.
  const titleTerms = terms(source.title);
  const keyOnly = terms(source.keyText);
  const keyTerms = source.kind === "INITIATIVE" ? [...new Set([...titleTerms, ...keyOnly])].slice(0, KEY_TERMS) : [];
  const excerpt = `${source.keyText} ${source.bodyText}`.replace(/\s+/g, " ").trim().slice(0, EXCERPT_LENGTH);
  return {
    kind: source.kind,
    entityId: source.entityId,
    slug: source.slug,
    title: source.title,
    excerpt,
    language: source.language,
    terms: [...new Set([...titleTerms, ...keyOnly, ...terms(source.bodyText)])],
    titleTerms,
    keyTerms,
    themeSlugs: source.themeSlugs,
  };
}

/**
 * Replaces the documents of these records (none for records that are not public) and keeps the
 * vocabulary: every word with the number of documents holding it (its rarity ranks search). Each
 * document's tsvector is a generated column (migration search_ranking).
 */
export async function writeDocuments(db: DbOrTx, kind: SearchKind, entityIds: string[], sources: SearchSource[]) {
  const delta = new Map<string, number>();
  if (entityIds.length) {
    const removed = await db.$queryRaw<{ term: string; n: number }[]>`
      WITH gone AS (DELETE FROM "SearchDocument" WHERE kind = ${kind}::"SearchKind" AND "entityId" = ANY(${entityIds}::text[]) RETURNING terms)
      SELECT t AS term, count(*)::int AS n FROM gone, unnest(gone.terms) AS t GROUP BY t`;
    for (const r of removed) delta.set(r.term, -r.n);
  }
  const documents = sources.map(toDocument);
  if (documents.length) await db.searchDocument.createMany({ data: documents });
  for (const d of documents) for (const term of d.terms) delta.set(term, (delta.get(term) ?? 0) + 1);
  const changed = [...delta].filter(([, n]) => n !== 0).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  if (!changed.length) return;
  // In term order, so two writers sharing words lock their rows in the same order (no deadlock).
  // A removed document's words are always in the vocabulary, so only added words are inserted.
  await db.$executeRaw`
    INSERT INTO "SearchTerm" (term, docs)
    SELECT term, n FROM unnest(${changed.map(([t]) => t)}::text[], ${changed.map(([, n]) => n)}::int[]) WITH ORDINALITY AS c(term, n, i)
    ORDER BY i
    ON CONFLICT (term) DO UPDATE SET docs = greatest(0, "SearchTerm".docs + EXCLUDED.docs)`;
}

const themeSlugsOf = (themes: { theme: { slug: string } }[]) => themes.map((t) => t.theme.slug);
const themeSelect = { select: { theme: { select: { slug: true } } } } as const;

/** Loads the public records among `ids` and rewrites their search documents. */
export async function reindex(db: DbOrTx, kind: SearchKind, ids: string[]): Promise<void> {
  if (!ids.length) return;
  await writeDocuments(db, kind, ids, await loadSources(db, kind, ids));
}

async function loadSources(db: DbOrTx, kind: SearchKind, ids: string[]): Promise<SearchSource[]> {
  switch (kind) {
    case "NETWORK": {
      const rows = await db.network.findMany({
        where: { id: { in: ids }, status: "VERIFIED" },
        select: { id: true, slug: true, name: true, acronym: true, about: true, hqCity: true, region: true, language: true, themes: themeSelect },
      });
      return rows.map((n) => ({
        kind,
        entityId: n.id,
        slug: n.slug,
        title: n.acronym && n.acronym !== n.name ? `${n.name} (${n.acronym})` : n.name,
        keyText: n.about ?? "",
        bodyText: [n.hqCity, n.region].filter(Boolean).join(" "),
        language: n.language,
        themeSlugs: themeSlugsOf(n.themes),
      }));
    }
    case "CITY": {
      const rows = await db.city.findMany({
        where: { id: { in: ids } },
        select: { id: true, slug: true, name: true, nameLocal: true, countryCode: true, region: true, language: true },
      });
      return rows.map((c) => ({
        kind,
        entityId: c.id,
        slug: c.slug,
        title: c.nameLocal && c.nameLocal !== c.name ? `${c.name} (${c.nameLocal})` : c.name,
        keyText: "",
        bodyText: `${c.countryCode} ${c.region}`,
        language: c.language,
        themeSlugs: [],
      }));
    }
    case "INITIATIVE": {
      const rows = await db.initiative.findMany({
        where: { id: { in: ids }, state: "PUBLISHED" },
        select: {
          id: true, slug: true, title: true, summary: true, body: true, language: true, themes: themeSelect,
          owners: { where: { status: "ACCEPTED" }, select: { network: { select: { name: true, acronym: true } } } },
          cities: { select: { city: { select: { name: true } } } },
        },
      });
      return rows.map((i) => ({
        kind,
        entityId: i.id,
        slug: i.slug,
        title: i.title,
        keyText: i.summary,
        bodyText: [
          markdownToText(i.body),
          ...i.owners.map((o) => `${o.network.acronym ?? ""} ${o.network.name}`),
          ...i.cities.map((c) => c.city.name),
        ].join(" "),
        language: i.language,
        themeSlugs: themeSlugsOf(i.themes),
      }));
    }
    case "PRACTICE": {
      const rows = await db.practice.findMany({
        where: { id: { in: ids }, state: "PUBLISHED" },
        select: {
          id: true, slug: true, title: true, problem: true, solution: true, results: true, replication: true, language: true,
          themes: themeSelect,
          cities: { select: { city: { select: { name: true, nameLocal: true } } } },
          outcomes: { select: { indicator: true } },
        },
      });
      return rows.map((p) => ({
        kind,
        entityId: p.id,
        slug: p.slug,
        title: p.title,
        keyText: markdownToText(p.problem),
        bodyText: [
          markdownToText(p.solution),
          markdownToText(p.results),
          markdownToText(p.replication),
          ...p.outcomes.map((o) => o.indicator),
          ...p.cities.map((c) => `${c.city.name} ${c.city.nameLocal ?? ""}`),
        ].join(" "),
        language: p.language,
        themeSlugs: themeSlugsOf(p.themes),
      }));
    }
    case "FORUM_POST": {
      const rows = await db.forumPost.findMany({
        where: { id: { in: ids }, hiddenAt: null, deletedAt: null, thread: { hiddenAt: null, deletedAt: null } },
        select: {
          id: true, number: true, body: true,
          author: { select: { name: true } },
          thread: { select: { id: true, title: true, language: true, category: { select: { theme: { select: { slug: true } } } } } },
        },
      });
      return rows.map((p) => ({
        kind,
        entityId: p.id,
        slug: anchoredSlug(p.thread.id, p.number),
        title: p.thread.title,
        keyText: "",
        bodyText: [markdownToText(p.body), p.author?.name ?? ""].join(" "),
        language: p.thread.language,
        themeSlugs: p.thread.category.theme ? [p.thread.category.theme.slug] : [],
      }));
    }
    case "FRAMEWORK": {
      const rows = await db.framework.findMany({
        where: { id: { in: ids } },
        select: {
          id: true, slug: true, title: true, anchor: true, summary: true, body: true, language: true,
          pillars: { select: { title: true, description: true, indicators: true } },
        },
      });
      return rows.map((f) => ({
        kind,
        entityId: f.id,
        slug: f.slug,
        title: f.title,
        keyText: f.summary,
        bodyText: [f.anchor, markdownToText(f.body), ...f.pillars.flatMap((p) => [p.title, p.description, ...p.indicators])].join(" "),
        language: f.language,
        themeSlugs: [],
      }));
    }
    case "EXCHANGE_LEARNING": {
      const rows = await db.exchangeLearning.findMany({
        where: { id: { in: ids }, internal: false, request: { network: { status: "VERIFIED" } } },
        select: {
          id: true, title: true, body: true, topic: true,
          request: { select: { slug: true, title: true } },
          network: { select: { name: true, acronym: true } },
        },
      });
      return rows.map((l) => ({
        kind,
        entityId: l.id,
        slug: anchoredSlug(l.request.slug, l.id),
        title: l.title,
        keyText: l.request.title,
        bodyText: [markdownToText(l.body), l.network.acronym ?? "", l.network.name].join(" "),
        language: "en" as const,
        themeSlugs: [],
      }));
    }
    case "EVENT": {
      const rows = await db.event.findMany({
        where: { id: { in: ids } },
        select: {
          id: true, slug: true, title: true, summary: true, description: true, location: true, language: true,
          hosts: { where: { status: "ACCEPTED" }, select: { network: { select: { name: true, acronym: true } } } },
        },
      });
      return rows.map((e) => ({
        kind,
        entityId: e.id,
        slug: e.slug,
        title: e.title,
        keyText: e.summary,
        bodyText: [markdownToText(e.description), e.location ?? "", ...e.hosts.map((h) => `${h.network.acronym ?? ""} ${h.network.name}`)].join(" "),
        language: e.language,
        themeSlugs: [],
      }));
    }
    case "CHALLENGE": {
      const rows = await db.cityChallenge.findMany({
        where: { id: { in: ids } },
        select: {
          id: true, slug: true, title: true, problem: true, helpNeeded: true, language: true, themes: themeSelect,
          city: { select: { name: true, nameLocal: true } },
        },
      });
      return rows.map((c) => ({
        kind,
        entityId: c.id,
        slug: c.slug,
        title: c.title,
        keyText: markdownToText(c.problem),
        bodyText: [markdownToText(c.helpNeeded), c.city.name, c.city.nameLocal ?? ""].join(" "),
        language: c.language,
        themeSlugs: themeSlugsOf(c.themes),
      }));
    }
  }
}

const BATCH = 500;

/** Writes documents for public records that have none yet (after seeding, or on an older database). */
export async function indexUnindexed(db: DbOrTx): Promise<number> {
  let written = 0;
  const tables = {
    NETWORK: "Network",
    CITY: "City",
    INITIATIVE: "Initiative",
    PRACTICE: "Practice",
    FORUM_POST: "ForumPost",
    FRAMEWORK: "Framework",
    EXCHANGE_LEARNING: "ExchangeLearning",
    EVENT: "Event",
    CHALLENGE: "CityChallenge",
  } as const satisfies Record<SearchKind, string>;
  for (const kind of Object.keys(tables) as SearchKind[]) {
    for (;;) {
      const rows = await db.$queryRawUnsafe<{ id: string }[]>(
        `SELECT t.id FROM "${tables[kind]}" t
         WHERE NOT EXISTS (SELECT 1 FROM "SearchDocument" d WHERE d.kind = '${kind}' AND d."entityId" = t.id)
           AND ${publicCondition[kind]}
         ORDER BY t.id LIMIT ${BATCH}`,
      );
      if (!rows.length) break;
      await reindex(db, kind, rows.map((r) => r.id));
      written += rows.length;
      if (rows.length < BATCH) break;
    }
  }
  return written;
}

// Which rows are public, as SQL on the table aliased t (the same rules as loadSources).
const publicCondition: Record<SearchKind, string> = {
  NETWORK: `t.status = 'VERIFIED'`,
  CITY: "TRUE",
  INITIATIVE: `t.state = 'PUBLISHED'`,
  PRACTICE: `t.state = 'PUBLISHED'`,
  FORUM_POST: `t."hiddenAt" IS NULL AND t."deletedAt" IS NULL AND EXISTS (SELECT 1 FROM "ForumThread" th WHERE th.id = t."threadId" AND th."hiddenAt" IS NULL AND th."deletedAt" IS NULL)`,
  FRAMEWORK: "TRUE",
  EXCHANGE_LEARNING: `NOT t.internal AND EXISTS (SELECT 1 FROM "ExchangeRequest" r JOIN "Network" n ON n.id = r."networkId" WHERE r.id = t."requestId" AND n.status = 'VERIFIED')`,
  EVENT: "TRUE",
  CHALLENGE: "TRUE",
};
