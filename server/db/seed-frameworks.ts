import type { Db } from "./client";
import type { Prisma } from "./generated/client";
import type { PersonaKey, SeedPerson } from "./seed-people";
import type { ChangeData } from "@/server/frameworks/service";

// Three real frameworks, their pillars taken from the official texts (cited in sourceUrl), endorsed
// by networks that really took part in them, with initiatives and practices mapped only where the
// fit is plain. Insert-only: a framework whose slug exists is left as it is.

type SeedPillar = {
  title: string;
  description: string;
  indicators: string[];
  /** Slugs of seeded initiatives and practices that serve this pillar. */
  initiatives?: string[];
  practices?: string[];
};

type SeedFramework = {
  slug: string;
  title: string;
  anchor: string;
  summary: string;
  body: string;
  sourceUrl: string;
  /** Days relative to seeding: the consultation is open now. */
  consultation?: { openedDaysAgo: number; closesInDays: number };
  pillars: SeedPillar[];
  endorsements: { network: string; persona: PersonaKey; commitment: string }[];
  comments?: { pillar: number; persona: PersonaKey; body: string; daysAgo: number }[];
};

export const seedFrameworkData: SeedFramework[] = [
  {
    slug: "sdg-11-sustainable-cities-and-communities",
    title: "SDG 11: Sustainable cities and communities",
    anchor: "United Nations — 2030 Agenda for Sustainable Development",
    summary:
      "Goal 11 of the 2030 Agenda: make cities and human settlements inclusive, safe, resilient and sustainable. Its ten targets and their official global indicators are the pillars here.",
    body: `Adopted by the UN General Assembly in September 2015 (resolution 70/1), **Sustainable Development Goal 11** is the "urban goal" of the 2030 Agenda. Local government networks campaigned for a stand-alone urban goal during the negotiations.

The targets below are quoted from the official text; the indicators are those of the global indicator framework (resolution 71/313, as revised by the UN Statistical Commission). Target 11.c has no global indicator since the 2020 comprehensive review.`,
    sourceUrl: "https://sdgs.un.org/goals/goal11",
    pillars: [
      {
        title: "11.1 Adequate, safe and affordable housing",
        description: "By 2030, ensure access for all to adequate, safe and affordable housing and basic services and upgrade slums.",
        indicators: ["11.1.1 Proportion of urban population living in slums, informal settlements or inadequate housing"],
        practices: ["helsinki-housing-first", "vienna-municipal-social-housing"],
      },
      {
        title: "11.2 Sustainable transport systems for all",
        description:
          "By 2030, provide access to safe, affordable, accessible and sustainable transport systems for all, improving road safety, notably by expanding public transport, with special attention to the needs of those in vulnerable situations, women, children, persons with disabilities and older persons.",
        indicators: ["11.2.1 Proportion of population that has convenient access to public transport, by sex, age and persons with disabilities"],
        initiatives: ["c40-clean-bus-declaration"],
        practices: ["bogota-transmilenio-brt-en", "curitiba-integrated-transit-network", "medellin-metrocable-en"],
      },
      {
        title: "11.3 Inclusive urbanization and participatory planning",
        description:
          "By 2030, enhance inclusive and sustainable urbanization and capacity for participatory, integrated and sustainable human settlement planning and management in all countries.",
        indicators: [
          "11.3.1 Ratio of land consumption rate to population growth rate",
          "11.3.2 Proportion of cities with a direct participation structure of civil society in urban planning and management that operate regularly and democratically",
        ],
        practices: ["porto-alegre-participatory-budgeting"],
      },
      {
        title: "11.4 Cultural and natural heritage",
        description: "Strengthen efforts to protect and safeguard the world's cultural and natural heritage.",
        indicators: [
          "11.4.1 Total per capita expenditure on the preservation, protection and conservation of all cultural and natural heritage, by source of funding, type of heritage and level of government",
        ],
        initiatives: ["owhc-world-heritage-cities"],
      },
      {
        title: "11.5 Disaster losses",
        description:
          "By 2030, significantly reduce the number of deaths and the number of people affected and substantially decrease the direct economic losses relative to global gross domestic product caused by disasters, including water-related disasters, with a focus on protecting the poor and people in vulnerable situations.",
        indicators: [
          "11.5.1 Number of deaths, missing persons and directly affected persons attributed to disasters per 100,000 population",
          "11.5.2 Direct economic loss attributed to disasters in relation to global gross domestic product (GDP)",
          "11.5.3 (a) Damage to critical infrastructure and (b) number of disruptions to basic services, attributed to disasters",
        ],
        initiatives: ["mcr2030-resilience-roadmap"],
        practices: ["copenhagen-cloudburst-plan", "wuhan-sponge-city-en"],
      },
      {
        title: "11.6 Environmental impact: air quality and waste",
        description:
          "By 2030, reduce the adverse per capita environmental impact of cities, including by paying special attention to air quality and municipal and other waste management.",
        indicators: [
          "11.6.1 Proportion of municipal solid waste collected and managed in controlled facilities out of total municipal waste generated, by cities",
          "11.6.2 Annual mean levels of fine particulate matter (e.g. PM2.5 and PM10) in cities (population weighted)",
        ],
        initiatives: ["c40-clean-air-cities-declaration"],
        practices: ["shanghai-household-waste-sorting"],
      },
      {
        title: "11.7 Green and public spaces",
        description:
          "By 2030, provide universal access to safe, inclusive and accessible, green and public spaces, in particular for women and children, older persons and persons with disabilities.",
        indicators: [
          "11.7.1 Average share of the built-up area of cities that is open space for public use for all, by sex, age and persons with disabilities",
          "11.7.2 Proportion of persons victim of physical or sexual harassment, by sex, age, disability status and place of occurrence, in the previous 12 months",
        ],
        initiatives: ["metropolis-gender-equality"],
        practices: ["nyc-high-line", "seoul-cheonggyecheon-restoration", "barcelona-superblocks"],
      },
      {
        title: "11.a Urban, peri-urban and rural links",
        description:
          "Support positive economic, social and environmental links between urban, peri-urban and rural areas by strengthening national and regional development planning.",
        indicators: [
          "11.a.1 Number of countries that have national urban policies or regional development plans that (a) respond to population dynamics; (b) ensure balanced territorial development; and (c) increase local fiscal space",
        ],
      },
      {
        title: "11.b Integrated policies and disaster risk reduction",
        description:
          "By 2020, substantially increase the number of cities and human settlements adopting and implementing integrated policies and plans towards inclusion, resource efficiency, mitigation and adaptation to climate change, resilience to disasters, and develop and implement, in line with the Sendai Framework for Disaster Risk Reduction 2015–2030, holistic disaster risk management at all levels.",
        indicators: [
          "11.b.1 Number of countries that adopt and implement national disaster risk reduction strategies in line with the Sendai Framework for Disaster Risk Reduction 2015–2030",
          "11.b.2 Proportion of local governments that adopt and implement local disaster risk reduction strategies in line with national disaster risk reduction strategies",
        ],
        initiatives: ["c40-deadline-2020-climate-action-plans", "100rc-city-resilience-strategies"],
      },
      {
        title: "11.c Sustainable and resilient buildings in least developed countries",
        description:
          "Support least developed countries, including through financial and technical assistance, in building sustainable and resilient buildings utilizing local materials.",
        indicators: [],
      },
    ],
    endorsements: [
      {
        network: "uclg",
        persona: "uclg",
        commitment:
          "UCLG campaigned for a stand-alone urban goal and supports its members in localising the SDGs, including through Voluntary Local Reviews and the annual report of local and regional governments to the High-Level Political Forum.",
      },
      {
        network: "iclei",
        persona: "iclei",
        commitment:
          "ICLEI helps its member local governments align their sustainability plans and reporting with the 2030 Agenda, Goal 11 first among them.",
      },
    ],
  },
  {
    slug: "new-urban-agenda",
    title: "New Urban Agenda",
    anchor: "UN-Habitat — Habitat III (Quito, 2016)",
    summary:
      "The shared vision for sustainable urban development adopted at Habitat III in Quito and endorsed by the UN General Assembly: three transformative commitments and the means of its effective implementation.",
    body: `The **New Urban Agenda** was adopted at the United Nations Conference on Housing and Sustainable Urban Development (Habitat III) in Quito on 20 October 2016 and endorsed by the General Assembly in resolution 71/256. UN-Habitat is the focal point for its implementation, and the UN Secretary-General reports on progress every four years.

The pillars follow the structure of the Quito Implementation Plan: three **transformative commitments** for sustainable urban development, then **effective implementation** (urban governance, planning and managing urban spatial development, means of implementation) and **follow-up and review**. The items listed under each pillar are the main commitments of that part of the text, paraphrased with their paragraph numbers.

This page has an open consultation: tell us, pillar by pillar, which commitments your city or network tracks and how.`,
    sourceUrl: "https://habitat3.org/the-new-urban-agenda/",
    consultation: { openedDaysAgo: 10, closesInDays: 45 },
    pillars: [
      {
        title: "Social inclusion and ending poverty",
        description:
          "Transformative commitment for sustainable urban development for social inclusion and ending poverty: equal rights and opportunities, access to adequate housing and basic services, and safe, inclusive public space (paragraphs 25–42).",
        indicators: [
          "Access to adequate and affordable housing, including for the homeless (paras. 31–33, 105–108)",
          "Equal access to basic services: water, sanitation, energy, mobility (para. 34)",
          "Gender equality and the safety of women and girls in public space (paras. 13(c), 39)",
          "Safe, inclusive and accessible green and public spaces (para. 37)",
        ],
        practices: ["helsinki-housing-first", "vienna-municipal-social-housing"],
        initiatives: ["uclg-women-gender-equality"],
      },
      {
        title: "Urban prosperity and opportunities for all",
        description:
          "Transformative commitment for sustainable and inclusive urban prosperity and opportunities for all: productive employment and decent work, a diversified urban economy, and the contribution of the informal economy (paragraphs 43–62).",
        indicators: [
          "Full and productive employment and decent work for all (paras. 43, 56–57)",
          "Support for the informal economy's transition to the formal economy (para. 59)",
          "Culture and cultural heritage as drivers of urban economies (paras. 38, 60)",
        ],
        initiatives: ["uclg-agenda-21-for-culture"],
      },
      {
        title: "Environmentally sustainable and resilient urban development",
        description:
          "Transformative commitment for environmentally sustainable and resilient urban development: climate mitigation and adaptation, disaster risk reduction, clean energy, air quality, waste and ecosystems (paragraphs 63–80).",
        indicators: [
          "Disaster risk reduction and resilience in line with the Sendai Framework (paras. 67, 77–78)",
          "Climate change mitigation and adaptation at city scale (paras. 79–80)",
          "Renewable energy and energy efficiency in buildings and transport (para. 75)",
          "Sustainable management of waste and air quality (para. 74)",
        ],
        initiatives: ["mcr2030-resilience-roadmap", "cities-race-to-zero"],
        practices: ["copenhagen-cloudburst-plan"],
      },
      {
        title: "Building the urban governance structure",
        description:
          "Effective implementation through a supportive framework: decentralisation and multilevel governance, the capacities of local governments, and participation of all stakeholders (paragraphs 85–92).",
        indicators: [
          "Multilevel governance and decentralisation with adequate fiscal and technical capacity (paras. 85–90)",
          "Participatory, age- and gender-responsive approaches in policy and planning (para. 92)",
        ],
        practices: ["porto-alegre-participatory-budgeting"],
      },
      {
        title: "Planning and managing urban spatial development",
        description:
          "Integrated urban and territorial planning: compact, connected and mixed-use development, public space, housing policy, and sustainable mobility (paragraphs 93–125).",
        indicators: [
          "Compact, polycentric and mixed-use urban form (paras. 51, 98)",
          "Sustainable, safe and accessible mobility and transport (paras. 113–118)",
          "Urban regeneration and renewal that avoids displacement (para. 97)",
        ],
        practices: ["barcelona-superblocks", "curitiba-integrated-transit-network"],
      },
      {
        title: "Means of implementation",
        description:
          "Finance, capacity development, information technology and innovation to deliver the agenda: municipal finance, access to climate and development finance, and data (paragraphs 126–160).",
        indicators: [
          "Local fiscal systems and access to finance for subnational governments (paras. 131–141)",
          "Capacity development and city-to-city cooperation (paras. 146–150)",
          "Disaggregated urban data and digital tools for planning (paras. 156–160)",
        ],
        initiatives: ["c40-cities-finance-facility", "ccfla-city-climate-finance"],
      },
      {
        title: "Follow-up and review",
        description:
          "Voluntary, country-led follow-up and review at global, regional, national and local levels, with a quadrennial report of the UN Secretary-General on progress (paragraphs 161–175).",
        indicators: [
          "Quadrennial report of the Secretary-General on progress (para. 166)",
          "Inclusive follow-up with local and regional governments and stakeholders (paras. 162, 168–169)",
        ],
      },
    ],
    endorsements: [
      {
        network: "uclg",
        persona: "uclg",
        commitment:
          "As a convener of the Global Taskforce of Local and Regional Governments, UCLG brought the voice of local governments to Habitat III and follows up the New Urban Agenda alongside the SDGs.",
      },
      {
        network: "metropolis",
        persona: "metropolis",
        commitment:
          "Metropolis contributes the metropolitan perspective to the New Urban Agenda's implementation, with a focus on metropolitan governance and gender equality.",
      },
      {
        network: "uclg-africa",
        persona: "uclg-africa",
        commitment:
          "UCLG Africa promotes the New Urban Agenda with African local governments and brings its implementation to the Africities summit.",
      },
    ],
    comments: [
      {
        pillar: 0,
        persona: "nairobi",
        daysAgo: 8,
        body: "Informal settlement upgrading deserves its own line under housing: for us it is where most of the Agenda's commitments meet.",
      },
      {
        pillar: 2,
        persona: "durban",
        daysAgo: 6,
        body: "Could this pillar point to the Sendai Framework's local targets explicitly? Our resilience work reports against both.",
      },
      {
        pillar: 5,
        persona: "metropolis",
        daysAgo: 3,
        body: "For means of implementation, metropolitan finance is often missing from national frameworks; it would help to track it separately from municipal finance.",
      },
      {
        pillar: 4,
        persona: "barcelona",
        daysAgo: 2,
        body: "Superilles are one way Barcelona applies the compact, mixed-use commitment; happy to share our evaluation if it helps other cities.",
      },
    ],
  },
  {
    slug: "global-covenant-of-mayors-common-reporting-framework",
    title: "Global Covenant of Mayors for Climate & Energy: commitments and Common Reporting Framework",
    anchor: "Global Covenant of Mayors for Climate & Energy",
    summary:
      "The world's largest alliance of cities for climate leadership: signatories reduce emissions, adapt to climate risks and widen access to clean, affordable energy, and report against one Common Reporting Framework.",
    body: `The **Global Covenant of Mayors for Climate & Energy** was formed in 2016 by bringing together the Compact of Mayors — launched in 2014 by the UN Secretary-General with C40, ICLEI, UCLG and UN-Habitat — and the European Union's Covenant of Mayors.

A signatory city commits to take stock of its emissions and climate risks, set targets, plan action, and report on progress. The **Common Reporting Framework** (2018) gives every city one way to prepare its greenhouse gas inventory, risk and vulnerability assessment, targets and plans, so reports can be compared and added up across the alliance.`,
    sourceUrl: "https://www.globalcovenantofmayors.org/",
    pillars: [
      {
        title: "Mitigation",
        description: "Reduce greenhouse gas emissions in line with, or more ambitious than, the country's nationally determined contribution.",
        indicators: [
          "Community-wide greenhouse gas emissions inventory prepared under the Common Reporting Framework",
          "Emission reduction target at least as ambitious as the national NDC",
          "Climate action plan with mitigation actions",
        ],
        initiatives: ["cities-race-to-zero", "com-sustainable-energy-climate-action-plans"],
        practices: ["copenhagen-district-heating", "tokyo-cap-and-trade"],
      },
      {
        title: "Adaptation",
        description: "Assess the climate hazards and vulnerabilities the city faces and plan to build its resilience to them.",
        indicators: ["Climate risk and vulnerability assessment", "Adaptation goals", "Adaptation actions in the climate action plan"],
        practices: ["ahmedabad-heat-action-plan", "copenhagen-cloudburst-plan", "medellin-green-corridors"],
      },
      {
        title: "Energy access",
        description: "Improve access to secure, sustainable and affordable energy for all residents, where access is a local challenge.",
        indicators: ["Assessment of access to secure, sustainable and affordable energy", "Energy access goals and actions"],
      },
      {
        title: "Common Reporting Framework and reporting",
        description:
          "Report regularly and publicly on inventories, assessments, targets and plans through the recognised platforms, using the Common Reporting Framework so data compare across cities.",
        indicators: ["Public reporting through CDP-ICLEI Track or the MyCovenant platform", "Progress reports on targets and actions"],
        initiatives: ["gcom-common-reporting-framework", "cdp-iclei-track-climate-reporting"],
      },
    ],
    endorsements: [
      {
        network: "c40",
        persona: "c40",
        commitment:
          "C40 was among the founders of the Compact of Mayors and supports its member cities in meeting Global Covenant commitments through climate action planning aligned with the Paris Agreement.",
      },
      {
        network: "iclei",
        persona: "iclei",
        commitment:
          "ICLEI co-founded the Compact of Mayors, serves the Global Covenant's reporting through the CDP-ICLEI Track, and supports local governments with inventories and action plans.",
      },
      {
        network: "uclg",
        persona: "uclg",
        commitment: "UCLG, a founding partner of the Compact of Mayors, mobilises local and regional governments to join the Global Covenant and its commitments.",
      },
    ],
  },
];

const DAY = 86_400_000;

/** Seeds frameworks (insert-only). */
export async function seedFrameworks(db: Db, people: Map<PersonaKey, SeedPerson>): Promise<void> {
  const existing = new Set((await db.framework.findMany({ where: { slug: { in: seedFrameworkData.map((f) => f.slug) } }, select: { slug: true } })).map((f) => f.slug));
  const todo = seedFrameworkData.filter((f) => !existing.has(f.slug));
  if (!todo.length) return;
  const slugsOf = (field: "initiatives" | "practices") => todo.flatMap((f) => f.pillars.flatMap((p) => p[field] ?? []));
  const [networks, initiatives, practices] = await Promise.all([
    db.network.findMany({ where: { slug: { in: todo.flatMap((f) => f.endorsements.map((e) => e.network)) } }, select: { id: true, slug: true, name: true } }),
    db.initiative.findMany({ where: { slug: { in: slugsOf("initiatives") }, state: "PUBLISHED" }, select: { id: true, slug: true, title: true } }),
    db.practice.findMany({ where: { slug: { in: slugsOf("practices") }, state: "PUBLISHED" }, select: { id: true, slug: true, title: true } }),
  ]);
  const network = new Map(networks.map((n) => [n.slug, n]));
  const initiative = new Map(initiatives.map((i) => [i.slug, i]));
  const practice = new Map(practices.map((p) => [p.slug, p]));
  const now = Date.now();

  for (const f of todo) {
    await db.$transaction(async (tx) => {
      const created = await tx.framework.create({
        data: {
          slug: f.slug,
          title: f.title,
          anchor: f.anchor,
          summary: f.summary,
          body: f.body,
          sourceUrl: f.sourceUrl,
          language: "en",
          isSeed: true,
          consultationOpensAt: f.consultation ? new Date(now - f.consultation.openedDaysAgo * DAY) : null,
          consultationClosesAt: f.consultation ? new Date(now + f.consultation.closesInDays * DAY) : null,
          pillars: { create: f.pillars.map((p, position) => ({ position, title: p.title, description: p.description, indicators: p.indicators })) },
        },
        select: { id: true, pillars: { orderBy: { position: "asc" }, select: { id: true } } },
      });
      const changes: { summary: string; data: ChangeData; actorId: string | null }[] = [
        {
          summary: `Framework created with ${f.pillars.length} pillars`,
          data: { action: "created", params: { title: f.title, pillars: String(f.pillars.length) }, after: { title: f.title, anchor: f.anchor, pillars: f.pillars.map((p) => p.title) } },
          actorId: null,
        },
      ];
      for (const e of f.endorsements) {
        const n = network.get(e.network);
        if (!n) continue;
        const person = people.get(e.persona);
        await tx.frameworkEndorsement.create({ data: { frameworkId: created.id, networkId: n.id, commitment: e.commitment, endorsedById: person?.userId ?? null } });
        changes.push({ summary: `Endorsed by ${n.name}`, data: { action: "endorsed", params: { network: n.name }, after: { commitment: e.commitment } }, actorId: person?.userId ?? null });
      }
      const mappings: Prisma.FrameworkMappingCreateManyInput[] = [];
      f.pillars.forEach((p, i) => {
        const pillarId = created.pillars[i]!.id;
        for (const slug of p.initiatives ?? []) {
          const record = initiative.get(slug);
          if (!record) continue;
          mappings.push({ pillarId, target: "INITIATIVE", initiativeId: record.id, status: "ACCEPTED", decidedAt: new Date(now) });
          changes.push({ summary: `Mapped to “${p.title}”: ${record.title}`, data: { action: "mappingAccepted", params: { pillar: p.title, record: record.title }, after: { target: "INITIATIVE", record: record.title } }, actorId: null });
        }
        for (const slug of p.practices ?? []) {
          const record = practice.get(slug);
          if (!record) continue;
          mappings.push({ pillarId, target: "PRACTICE", practiceId: record.id, status: "ACCEPTED", decidedAt: new Date(now) });
          changes.push({ summary: `Mapped to “${p.title}”: ${record.title}`, data: { action: "mappingAccepted", params: { pillar: p.title, record: record.title }, after: { target: "PRACTICE", record: record.title } }, actorId: null });
        }
      });
      await tx.frameworkMapping.createMany({ data: mappings });
      await tx.frameworkComment.createMany({
        data: (f.comments ?? []).flatMap((c) => {
          const person = people.get(c.persona);
          return person ? [{ pillarId: created.pillars[c.pillar]!.id, authorId: person.userId, body: c.body, createdAt: new Date(now - c.daysAgo * DAY) }] : [];
        }),
      });
      await tx.frameworkChange.createMany({
        data: changes.map((c, i) => ({
          frameworkId: created.id,
          version: i + 1,
          actorId: c.actorId,
          summary: c.summary,
          data: c.data as unknown as Prisma.InputJsonValue,
          // Oldest first, a second apart, so the changelog reads in the order things happened.
          createdAt: new Date(now - (changes.length - i) * 1000),
        })),
      });
      await tx.framework.update({ where: { id: created.id }, data: { version: changes.length } });
    });
  }
}
