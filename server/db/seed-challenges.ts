import type { Db } from "./client";
import type { Locale, Urgency } from "./generated/client";
import type { PersonaKey, SeedPerson } from "./seed-people";

// City challenges posted by the city personas on problems their cities really face and discuss in
// public: the need is described, never measured with invented figures. Supports come from other
// persona cities, responses from persona networks linking seeded initiatives and practices.

type CityPersona = "nairobi" | "wuhan" | "seoul" | "medellin" | "lyon" | "durban" | "barcelona";
type NetworkPersona = "uclg" | "iclei" | "c40" | "metropolis" | "eurocities" | "citynet" | "mercociudades" | "uclg-africa" | "r-cities";

type SeedResponse =
  | { network: NetworkPersona; initiative: string }
  | { network: NetworkPersona; practice: string }
  | { network: NetworkPersona; commitment: string };

type ResponseRow = {
  networkId: string;
  authorId: string;
  kind: "INITIATIVE" | "PRACTICE" | "COMMITMENT";
  initiativeId: string | null;
  practiceId: string | null;
  commitment: string | null;
};

type SeedChallenge = {
  slug: string;
  city: CityPersona;
  title: string;
  problem: string;
  helpNeeded: string;
  urgency: Urgency;
  language: Locale;
  themes: string[];
  supports: { city: CityPersona; note?: string }[];
  offers?: { partner: "wri" | "un-habitat"; message: string; disclosure: string }[];
  responses: SeedResponse[];
};

export const seedChallengeData: SeedChallenge[] = [
  {
    slug: "nairobi-flooding-in-informal-settlements",
    city: "nairobi",
    title: "Flooding in informal settlements along Nairobi's rivers",
    problem: [
      "During the long rains, the Nairobi, Mathare and Ngong rivers burst their banks where informal settlements such as Mathare and Mukuru have grown on the riparian land. Homes, latrines and footpaths flood, water-borne disease follows, and families lose what little they own. The 2024 long rains showed how fast this turns into an emergency.",
      "",
      "Drainage is blocked by solid waste, much of the ground is sealed, and many residents have nowhere else they can afford to live. Clearing the riverbanks by eviction is not an answer the county wants to repeat.",
    ].join("\n"),
    helpNeeded: [
      "- Experience of **upgrading settlements in place**: drainage, paving and waste collection designed with residents.",
      "- Community-run **flood early warning** that reaches people without smartphones.",
      "- How other cities financed riverbank restoration without displacing residents.",
    ].join("\n"),
    urgency: "CRITICAL",
    language: "en",
    themes: ["resilience", "climate", "urban-planning-and-housing", "poverty-and-inequality"],
    supports: [
      { city: "durban", note: "eThekwini faces the same floods in informal settlements along its rivers." },
      { city: "medellin", note: "Our hillside neighbourhoods live with the same risk; we want to learn together." },
      { city: "seoul" },
    ],
    offers: [
      {
        partner: "un-habitat",
        message: "Our urban practices branch can connect the county with settlement-upgrading programmes that combined drainage works with tenure security, and share their evaluation reports.",
        disclosure: "UN-Habitat is headquartered in Nairobi and works with the Nairobi City County government; it has no commercial interest in any works.",
      },
    ],
    responses: [
      { network: "c40", practice: "copenhagen-cloudburst-plan" },
      {
        network: "uclg-africa",
        commitment: "UCLG Africa will put informal-settlement flooding on the agenda of its next peer-learning session for African local governments and invite Nairobi's climate change unit to present this challenge.",
      },
    ],
  },
  {
    slug: "durban-coastal-erosion-after-2022-floods",
    city: "durban",
    title: "Rebuilding a coastline damaged by the April 2022 floods",
    problem: [
      "The April 2022 floods in KwaZulu-Natal washed away roads, stormwater outfalls and beachfront infrastructure along eThekwini's coast, leaving dunes and beaches more exposed to erosion by storms and swells.",
      "",
      "Rebuilding what stood before would leave the same assets exposed to the next storm. The municipality needs to decide what to protect, what to let nature take back, and how to restore dunes and river mouths as natural defences.",
    ].join("\n"),
    helpNeeded: [
      "- Methods for **managed retreat** and setback lines that a municipality can defend legally and politically.",
      "- Examples of **nature-based coastal defences** (dune rehabilitation, estuary restoration) maintained over years.",
      "- How coastal cities combined reconstruction funding with adaptation rather than like-for-like repair.",
    ].join("\n"),
    urgency: "HIGH",
    language: "en",
    themes: ["ocean-and-coast", "resilience", "climate"],
    supports: [
      { city: "nairobi" },
      { city: "barcelona", note: "Storm Gloria showed us how exposed our own beaches are." },
    ],
    responses: [{ network: "r-cities", initiative: "r-cities-urban-ocean" }],
  },
  {
    slug: "medellin-heat-in-hillside-neighbourhoods",
    city: "medellin",
    title: "Calor creciente en los barrios de ladera",
    problem: [
      "Los corredores verdes han refrescado avenidas y quebradas del valle, pero los barrios populares de ladera, densos y con poco espacio público, siguen acumulando calor. Las viviendas de ladrillo y techos de zinc se calientan durante el día y la vegetación es escasa.",
      "",
      "Las personas mayores y los niños son los más expuestos, y muchos hogares no pueden pagar ventilación ni aire acondicionado.",
    ].join("\n"),
    helpNeeded: [
      "- Cómo llevar **sombra y vegetación** a barrios sin espacio para árboles grandes: techos, fachadas, patios escolares.",
      "- Experiencias de **techos frescos** en vivienda informal y su mantenimiento por la comunidad.",
      "- Cómo priorizar barrios con datos de temperatura y vulnerabilidad.",
    ].join("\n"),
    urgency: "HIGH",
    language: "es",
    themes: ["climate", "health", "urban-planning-and-housing"],
    supports: [
      { city: "barcelona", note: "Compartimos el reto del calor en barrios densos." },
      { city: "lyon" },
    ],
    offers: [
      {
        partner: "wri",
        message: "Our cities team can share open methods for mapping urban heat and tree cover at neighbourhood level, and walk the city's team through them.",
        disclosure: "WRI is a non-profit research organisation funded by foundations and governments; it would publish the results as open data and has no commercial interest.",
      },
    ],
    responses: [{ network: "r-cities", practice: "paris-cours-oasis-en" }],
  },
  {
    slug: "barcelona-heat-in-homes-without-cooling",
    city: "barcelona",
    title: "Proteger a los vecinos del calor extremo en sus casas",
    problem: [
      "Barcelona ha abierto una red de refugios climáticos en escuelas, bibliotecas y parques, pero muchas personas mayores o con pocos recursos pasan las olas de calor en viviendas antiguas, mal aisladas y sin refrigeración, donde el calor no baja ni de noche.",
      "",
      "La pobreza energética hace que muchos hogares no puedan pagar la refrigeración aunque la tengan.",
    ].join("\n"),
    helpNeeded: [
      "- Programas de **rehabilitación de viviendas** frente al calor (aislamiento, protección solar, ventilación cruzada) dirigidos a hogares vulnerables.",
      "- Cómo otras ciudades **localizan y acompañan** a las personas que viven solas durante una ola de calor.",
      "- Sistemas de alerta por calor conectados con los servicios sociales y de salud.",
    ].join("\n"),
    urgency: "HIGH",
    language: "es",
    themes: ["health", "climate", "poverty-and-inequality"],
    supports: [{ city: "lyon", note: "La Métropole cherche aussi à protéger les personnes isolées pendant les canicules." }, { city: "medellin" }],
    responses: [{ network: "c40", practice: "ahmedabad-heat-action-plan" }],
  },
  {
    slug: "wuhan-waterlogging-in-older-districts",
    city: "wuhan",
    title: "老城区夏季暴雨内涝",
    problem: [
      "武汉河湖众多，但夏季短时强降雨仍会使老城区排水系统超负荷，道路、地下通道和低洼小区积水，交通和居民生活受到影响。2016 年的特大暴雨让全市深刻认识到这一问题。",
      "",
      "海绵城市试点已在新建片区取得经验，但老城区建筑密集、地下管线复杂、可用空间有限，改造难度大。",
    ].join("\n"),
    helpNeeded: [
      "- 在**高密度老城区**实施雨水花园、透水铺装和调蓄设施的经验。",
      "- 如何让居民参与社区层面的改造，并长期维护。",
      "- 暴雨预警与交通、地下空间管理联动的做法。",
    ].join("\n"),
    urgency: "HIGH",
    language: "zh",
    themes: ["resilience", "climate", "urban-planning-and-housing"],
    supports: [
      { city: "seoul", note: "Seoul faces the same flash flooding in dense, older districts." },
      { city: "nairobi" },
    ],
    responses: [
      { network: "citynet", initiative: "citynet-disaster-risk-reduction-cluster" },
      { network: "c40", practice: "rotterdam-water-squares" },
    ],
  },
  {
    slug: "seoul-semi-basement-homes-and-flash-floods",
    city: "seoul",
    title: "Semi-basement homes exposed to flash floods",
    problem: [
      "The August 2022 downpours flooded semi-basement (banjiha) homes in Seoul, and residents who could not get out died. Many of these homes are rented by low-income households, older people and people with disabilities.",
      "",
      "The city has committed to phasing semi-basement housing out, but tenants need somewhere affordable to go, and owners need reasons to convert the space.",
    ].join("\n"),
    helpNeeded: [
      "- How other cities **rehoused tenants** of flood-prone dwellings without pushing them further from work and services.",
      "- Incentives that convert basements to other uses.",
      "- Warnings and flood barriers that work for people with reduced mobility.",
    ].join("\n"),
    urgency: "HIGH",
    language: "en",
    themes: ["resilience", "urban-planning-and-housing", "poverty-and-inequality"],
    supports: [{ city: "wuhan" }],
    responses: [{ network: "citynet", initiative: "citynet-disaster-risk-reduction-cluster" }],
  },
  {
    slug: "lyon-desealing-soils-across-the-metropolis",
    city: "lyon",
    title: "Désimperméabiliser les sols à l'échelle de la Métropole",
    problem: [
      "Avec sa démarche « Ville perméable », la Métropole de Lyon cherche à laisser l'eau de pluie s'infiltrer là où elle tombe plutôt que de la diriger vers les réseaux, qui débordent lors des orages, et à rafraîchir la ville pendant les canicules.",
      "",
      "Les projets pilotes fonctionnent, mais passer à l'échelle de milliers de rues, de cours et de parkings demande de choisir où agir d'abord et de financer l'entretien.",
    ].join("\n"),
    helpNeeded: [
      "- Méthodes pour **prioriser** les surfaces à désimperméabiliser (risque d'inondation, îlots de chaleur, quartiers prioritaires).",
      "- Règles d'urbanisme et incitations qui ont convaincu les **propriétaires privés**.",
      "- Modèles de financement et d'entretien sur la durée.",
    ].join("\n"),
    urgency: "MEDIUM",
    language: "fr",
    themes: ["climate", "environment", "urban-planning-and-housing"],
    supports: [{ city: "barcelona" }],
    responses: [],
  },
];

/** Seeds challenges (insert-only): a challenge that exists is left as its city has made it. */
export async function seedChallenges(db: Db, people: Map<PersonaKey, SeedPerson>): Promise<void> {
  const existing = new Set(
    (await db.cityChallenge.findMany({ where: { slug: { in: seedChallengeData.map((c) => c.slug) } }, select: { slug: true } })).map((c) => c.slug),
  );
  const missing = seedChallengeData.filter((c) => !existing.has(c.slug));
  if (!missing.length) return;
  const [themes, initiatives, practices] = await Promise.all([
    db.theme.findMany({ select: { id: true, slug: true } }),
    db.initiative.findMany({
      where: { slug: { in: missing.flatMap((c) => c.responses.flatMap((r) => ("initiative" in r ? [r.initiative] : []))) }, state: "PUBLISHED" },
      select: { id: true, slug: true, owners: { where: { status: "ACCEPTED" }, select: { networkId: true } } },
    }),
    db.practice.findMany({
      where: { slug: { in: missing.flatMap((c) => c.responses.flatMap((r) => ("practice" in r ? [r.practice] : []))) }, state: "PUBLISHED" },
      select: { id: true, slug: true },
    }),
  ]);
  const themeId = new Map(themes.map((t) => [t.slug, t.id]));
  const initiative = new Map(initiatives.map((i) => [i.slug, i]));
  const practiceId = new Map(practices.map((p) => [p.slug, p.id]));

  // Oldest first, a day apart, so "newest" in the agenda follows the list.
  const start = Date.UTC(2026, 8, 1);
  for (const [index, c] of seedChallengeData.entries()) {
    if (existing.has(c.slug)) continue;
    const author = people.get(c.city);
    if (!author?.cityId) continue;
    const supports = c.supports.flatMap((s) => {
      const p = people.get(s.city);
      return p?.cityId && p.cityId !== author.cityId ? [{ cityId: p.cityId, userId: p.userId, note: s.note ?? null }] : [];
    });
    const offers = (c.offers ?? []).flatMap((o) => {
      const p = people.get(o.partner);
      return p?.partnerId ? [{ partnerId: p.partnerId, authorId: p.userId, message: o.message, disclosure: o.disclosure }] : [];
    });
    const responses = c.responses.flatMap((r): ResponseRow[] => {
      const p = people.get(r.network);
      if (!p?.networkId) return [];
      const base = { networkId: p.networkId, authorId: p.userId, initiativeId: null, practiceId: null, commitment: null };
      if ("initiative" in r) {
        const found = initiative.get(r.initiative);
        // A network links only an initiative it owns.
        return found && found.owners.some((o) => o.networkId === p.networkId) ? [{ ...base, kind: "INITIATIVE", initiativeId: found.id }] : [];
      }
      if ("practice" in r) {
        const id = practiceId.get(r.practice);
        return id ? [{ ...base, kind: "PRACTICE", practiceId: id }] : [];
      }
      return [{ ...base, kind: "COMMITMENT", commitment: r.commitment }];
    });
    const createdAt = new Date(start + index * 86_400_000);
    await db.cityChallenge.create({
      data: {
        slug: c.slug,
        cityId: author.cityId,
        authorId: author.userId,
        title: c.title,
        problem: c.problem,
        helpNeeded: c.helpNeeded,
        urgency: c.urgency,
        language: c.language,
        isSeed: true,
        createdAt,
        supportCount: supports.length,
        responseCount: responses.length,
        themes: { create: c.themes.flatMap((slug) => (themeId.has(slug) ? [{ themeId: themeId.get(slug)! }] : [])) },
        supports: { create: supports.map((s) => ({ ...s, createdAt })) },
        offers: { create: offers.map((o) => ({ ...o, createdAt })) },
        responses: { create: responses.map((r) => ({ ...r, createdAt })) },
      },
    });
  }
}
