import type { Context } from "../../server/auth/actor";
import type { Db } from "../../server/db/client";
import type { Locale } from "../../server/db/generated/client";
import { similarToDraft, similarToInitiative } from "../../server/initiatives/service";
import { writeDocuments, type SearchSource } from "../../server/search/documents";
import { search } from "../../server/search/query";
import type { Benchmark } from "./registry";

// Synthetic knowledge at scale: practices and initiatives in four languages whose words follow a
// skewed distribution (a few very common, many rare), like real text.

const vocabulary: Record<Locale, string[]> = {
  en: "city cities urban climate adaptation resilience flood heat transport bus cycling walking housing water waste energy solar building retrofit green park tree school health air quality pollution mobility street public space food market youth women gender migration refugee culture heritage library festival digital data platform budget participatory finance bond procurement emission carbon zero neighbourhood district coastal river drainage sponge storm drought fire earthquake risk early warning shelter clinic vaccine nutrition farm garden compost recycling plastic landfill metro tram ferry port airport road safety speed lane bike sharing electric charging battery grid efficiency lighting street lamp sensor open government transparency service citizen survey planning zoning density informal settlement upgrading tenure rent affordable social inclusion disability elderly child care employment skills training enterprise tourism creative industry".split(" "),
  fr: "ville villes urbain climat adaptation résilience inondation chaleur transport bus vélo marche logement eau déchets énergie solaire bâtiment rénovation vert parc arbre école santé air qualité pollution mobilité rue espace public alimentation marché jeunesse femmes genre migration réfugiés culture patrimoine bibliothèque festival numérique données plateforme budget participatif finance obligation achat émissions carbone quartier côtier rivière assainissement tempête sécheresse risque alerte abri dispositif coopération décentralisée métropole commune élus citoyens concertation".split(" "),
  es: "ciudad ciudades urbano clima adaptación resiliencia inundación calor transporte autobús bicicleta caminar vivienda agua residuos energía solar edificio rehabilitación verde parque árbol escuela salud aire calidad contaminación movilidad calle espacio público alimentación mercado juventud mujeres género migración refugiados cultura patrimonio biblioteca festival digital datos plataforma presupuesto participativo financiamiento bono compra emisiones carbono barrio costero río drenaje tormenta sequía riesgo alerta refugio cooperación municipio alcaldía vecinos".split(" "),
  zh: "城市 气候 适应 韧性 洪水 高温 交通 公交 骑行 步行 住房 水 垃圾 能源 太阳能 建筑 改造 绿色 公园 树木 学校 健康 空气 质量 污染 出行 街道 公共 空间 食品 市场 青年 妇女 性别 移民 文化 遗产 图书馆 节日 数字 数据 平台 预算 参与 金融 债券 采购 排放 碳 社区 沿海 河流 排水 海绵 暴雨 干旱 风险 预警 避难所 合作 政府 市民 规划 智慧 电动 充电 电网 效率 照明 传感器".split(" "),
};
const languages: Locale[] = ["en", "en", "fr", "es", "zh"];

/** Deterministic pseudo-random numbers, so every run measures the same data. */
function rng(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** A word with a skewed (roughly Zipfian) choice, plus rare synthetic words that grow the vocabulary. */
function wordOf(random: () => number, language: Locale, n: number) {
  const words = vocabulary[language];
  if (random() < 0.08) return language === "zh" ? `项目${n % 5000}` : `term${language}${n % 20000}`;
  return words[Math.floor(words.length * random() ** 2.2)]!;
}

function textOf(random: () => number, language: Locale, count: number, n: number) {
  const words = Array.from({ length: count }, (_, i) => wordOf(random, language, n * 31 + i));
  return language === "zh" ? `${words.join("")}。` : words.join(" ");
}

// Bulk loading: the search index's GIN indexes are dropped during the fill and built once at the
// end (the same definitions as the migrations), which is many times faster than updating them per row.
const searchIndexes = [
  `CREATE INDEX "SearchDocument_terms_idx" ON "SearchDocument" USING GIN ("terms")`,
  `CREATE INDEX "SearchDocument_titleTerms_idx" ON "SearchDocument" USING GIN ("titleTerms")`,
  `CREATE INDEX "SearchDocument_keyTerms_idx" ON "SearchDocument" USING GIN ("keyTerms")`,
  `CREATE INDEX "SearchDocument_tsv_idx" ON "SearchDocument" USING GIN ("tsv")`,
];

export async function fillKnowledge(db: Db, scale: { practices: number; initiatives: number }) {
  for (const name of ["SearchDocument_terms_idx", "SearchDocument_titleTerms_idx", "SearchDocument_keyTerms_idx", "SearchDocument_tsv_idx"]) {
    await db.$executeRawUnsafe(`DROP INDEX IF EXISTS "${name}"`);
  }
  await fillRecords(db, scale);
  // Building the indexes over 120,000 documents takes longer than the pool's statement timeout.
  await db.$transaction(
    async (tx) => {
      await tx.$executeRawUnsafe(`SET LOCAL statement_timeout = 0`);
      for (const statement of searchIndexes) await tx.$executeRawUnsafe(statement);
      await tx.$executeRawUnsafe(`ANALYZE`);
    },
    { timeout: 3_600_000 },
  );
}

async function fillRecords(db: Db, scale: { practices: number; initiatives: number }) {
  const random = rng(42);
  const [themes, networks, cities] = await Promise.all([
    db.theme.findMany({ select: { id: true, slug: true } }),
    db.network.findMany({ where: { status: "VERIFIED" }, select: { id: true }, take: 500 }),
    db.city.findMany({ select: { id: true }, take: 5000 }),
  ]);
  const batch = 2000;
  for (let start = 0; start < scale.initiatives; start += batch) {
    const rows = Array.from({ length: Math.min(batch, scale.initiatives - start) }, (_, k) => {
      const n = start + k;
      const language = languages[n % languages.length]!;
      const record = {
        id: `bench-initiative-${n}`,
        slug: `bench-initiative-${n}`,
        title: textOf(random, language, 6, n),
        summary: textOf(random, language, 25, n + 1),
        body: textOf(random, language, 120, n + 2),
        language,
        state: "PUBLISHED" as const,
        publishedAt: new Date(Date.UTC(2020, 0, 1) + n * 60_000),
      };
      return {
        ...record,
        record,
        themes: [themes[n % themes.length]!, themes[(n * 7 + 3) % themes.length]!],
        sdgs: [1 + (n % 17), 1 + ((n * 5) % 17)],
        network: networks[n % networks.length]!.id,
        cities: [cities[n % cities.length]!.id, cities[(n * 13) % cities.length]!.id],
      };
    });
    await db.initiative.createMany({ data: rows.map((r) => r.record) });
    await db.initiativeOwner.createMany({ data: rows.map((r) => ({ initiativeId: r.id, networkId: r.network, status: "ACCEPTED" as const, isLead: true })) });
    await db.initiativeTheme.createMany({ data: rows.flatMap((r) => [...new Set(r.themes)].map((t) => ({ initiativeId: r.id, themeId: t.id }))) });
    await db.initiativeSdg.createMany({ data: rows.flatMap((r) => [...new Set(r.sdgs)].map((sdgNumber) => ({ initiativeId: r.id, sdgNumber }))) });
    await db.initiativeCity.createMany({ data: rows.flatMap((r) => [...new Set(r.cities)].map((cityId) => ({ initiativeId: r.id, cityId }))) });
    await writeDocuments(
      db,
      "INITIATIVE",
      [],
      rows.map((r): SearchSource => ({
        kind: "INITIATIVE", entityId: r.id, slug: r.slug, title: r.title, keyText: r.summary, bodyText: r.body, language: r.language, themeSlugs: [...new Set(r.themes.map((t) => t.slug))],
      })),
    );
  }
  for (let start = 0; start < scale.practices; start += batch) {
    const rows = Array.from({ length: Math.min(batch, scale.practices - start) }, (_, k) => {
      const n = start + k;
      const language = languages[(n + 1) % languages.length]!;
      const record = {
        id: `bench-practice-${n}`,
        slug: `bench-practice-${n}`,
        title: textOf(random, language, 6, n + 7),
        problem: textOf(random, language, 40, n + 8),
        solution: textOf(random, language, 80, n + 9),
        results: textOf(random, language, 40, n + 10),
        replication: textOf(random, language, 30, n + 11),
        language,
        translationGroupId: `bench-practice-${n}`,
        state: "PUBLISHED" as const,
        publishedAt: new Date(Date.UTC(2020, 0, 1) + n * 60_000),
      };
      return {
        ...record,
        record,
        theme: themes[(n * 3) % themes.length]!,
        city: cities[(n * 7) % cities.length]!.id,
      };
    });
    await db.practice.createMany({ data: rows.map((r) => r.record) });
    await db.practiceTheme.createMany({ data: rows.map((r) => ({ practiceId: r.id, themeId: r.theme.id })) });
    await db.practiceCity.createMany({ data: rows.map((r) => ({ practiceId: r.id, cityId: r.city })) });
    await db.practiceOutcome.createMany({ data: rows.map((r, i) => ({ practiceId: r.id, position: 0, indicator: "Households served", value: 100 + i, unit: "households", year: 2022 })) });
    await writeDocuments(
      db,
      "PRACTICE",
      [],
      rows.map((r): SearchSource => ({
        kind: "PRACTICE", entityId: r.id, slug: r.slug, title: r.title, keyText: r.problem, bodyText: `${r.solution} ${r.results} ${r.replication}`, language: r.language, themeSlugs: [r.theme.slug],
      })),
    );
  }
}

const bench = <T>(b: Benchmark<T>) => b as Benchmark<unknown>;

/** Several queries in turn: each iteration runs the next one, so percentiles cover all of them. */
function rotating(queries: string[]) {
  let i = 0;
  return () => queries[i++ % queries.length]!;
}

const searchQueries = {
  common: ["climate adaptation", "urban transport", "housing", "public space"],
  rare: ["termen123", "termfr4567", "项目42", "termes999 agua"],
  typos: ["climte", "resilence", "transprot", "drougth"],
  chinese: ["城市 交通", "海绵 城市", "气候 适应", "公共 空间"],
  languages: ["résilience urbaine", "transporte público", "城市 交通", "海绵 城市", "vivienda social", "mobilité"],
};

/**
 * A search benchmark with, beside it, a hand-written tsvector query for the same words over the
 * same rows (the words as search expanded them, all matches ranked by ts_rank_cd and counted):
 * what ranking by hand would cost, to print the ratio against.
 */
function searchBench(name: string, queries: string[]) {
  return bench({
    name: `search: ${name}`,
    targetP95Ms: 50,
    prepare: async (ctx) => {
      const prepared: { q: string; tsquery: string }[] = [];
      for (const q of queries) {
        const result = await search(ctx.db, { q, limit: 20, offset: 0 });
        const quote = (w: string) => `'${w.replace(/\\/g, "\\\\").replace(/'/g, "''")}'`;
        const tsquery = result.expanded.map((e) => `(${e.alternatives.map(quote).join(" | ")})`).join(result.partial ? " | " : " & ");
        prepared.push({ q, tsquery });
      }
      return { search: rotating(queries), reference: rotating(prepared.map((p) => p.tsquery)) };
    },
    run: (ctx, args) => search(ctx.db, { q: args.search(), limit: 20, offset: 0 }),
    baseline: {
      name: "hand-written tsvector query",
      maxRatio: 2,
      run: (ctx, args) => {
        const q = args.reference();
        return ctx.db.$queryRaw`
          SELECT kind, "entityId", slug, title, ts_rank_cd(tsv, ${q}::tsquery) AS rank, count(*) OVER () AS total
          FROM "SearchDocument" WHERE tsv @@ ${q}::tsquery
          ORDER BY rank DESC LIMIT 20`;
      },
    },
  });
}

export const knowledgeBenchmarks: Benchmark[] = [
  searchBench("common words (en)", searchQueries.common),
  searchBench("rare words", searchQueries.rare),
  searchBench("misspelled words", searchQueries.typos),
  searchBench("Chinese words", searchQueries.chinese),
  searchBench("fr / es / zh", searchQueries.languages),
  bench({ name: "search: practices about a theme, page 3", targetP95Ms: 50, prepare: async () => null, run: (ctx) => search(ctx.db, { q: "water", kind: "PRACTICE", theme: "climate", limit: 20, offset: 40 }) }),
  bench({
    name: "similar initiatives of one initiative",
    targetP95Ms: 100,
    prepare: async (ctx) => (await ctx.db.initiative.findMany({ where: { slug: { startsWith: "bench-initiative-" } }, select: { id: true }, take: 40, orderBy: { slug: "asc" } })).map((i) => i.id),
    run: (() => {
      let i = 0;
      return (ctx: Context, ids: string[]) => similarToInitiative(ctx.db, ids[i++ % ids.length]!);
    })(),
  }),
  bench({
    name: "similar initiatives while drafting",
    targetP95Ms: 100,
    prepare: async (ctx) => {
      const staff = await ctx.db.initiativeOwner.findFirstOrThrow({ select: { networkId: true } });
      return { ...ctx, actor: { id: "bench", email: "bench@example.org", name: "Bench", platformRoles: new Set(), staff: new Map([[staff.networkId, "EDITOR" as const]]), cities: new Set(), partners: new Set(), createdAt: new Date(0), suspendedUntil: null } } satisfies Context;
    },
    run: (_ctx, staffCtx) =>
      similarToDraft(staffCtx as Context, {
        networkId: [...(staffCtx as Context).actor!.staff.keys()][0]!,
        title: "Urban heat resilience and flood adaptation",
        summary: "Cities share early warning systems, cool roofs and green parks to adapt to climate risk",
        themes: ["climate", "resilience"],
        sdgs: [11, 13],
      }),
  }),
];
