import type { Db } from "./client";
import type { EventMode, Locale } from "./generated/client";
import type { PersonaKey, SeedPerson } from "./seed-people";
import { zonedToUtc } from "@/server/events/time";

// Real events hosted by real networks, with what their public announcements and outcome documents
// say: places, dates (wall-clock in the host city's zone) and the declarations adopted there,
// paraphrased. Agenda items name the real parts of each programme; their hours are left out where
// the published programme is not at hand. Only events whose dates were announced are seeded, so
// there is no invented upcoming event: upcoming ones come from the hosts themselves.

type SeedStatement = {
  slug: string;
  title: string;
  body: string;
  /** Networks whose governing bodies adopted it, in the order shown; they sign on the adoption day. */
  signatories: { network: string; persona: PersonaKey }[];
  adoptedOn: string;
};

export type SeedEvent = {
  slug: string;
  title: string;
  summary: string;
  description: string;
  mode: EventMode;
  location: string;
  onlineUrl?: string;
  startsAt: string;
  endsAt: string;
  timeZone: string;
  language: Locale;
  sourceUrl: string;
  /** Creating network first (accepted at once), then co-hosts who accepted. */
  hosts: string[];
  creator: PersonaKey;
  agenda: string[];
  statements: SeedStatement[];
};

export const seedEventData: SeedEvent[] = [
  {
    slug: "uclg-world-congress-daejeon-2022",
    title: "UCLG World Congress and World Summit of Local and Regional Leaders 2022",
    summary: "The world organisation of local and regional governments met in Daejeon, Korea, and adopted the Pact for the Future of Humanity.",
    description:
      "Hosted by **United Cities and Local Governments** in Daejeon (Republic of Korea), the Congress brought together mayors, governors and their associations from every region, with UCLG's sections — among them Metropolis and UCLG Africa — taking part in the programme.\n\n" +
      "Its political outcome is the *Daejeon Political Declaration*, which sets out the **Pact for the Future of Humanity** around three axes: People, Planet and Government.",
    mode: "IN_PERSON",
    location: "Daejeon Convention Center, Daejeon, Republic of Korea",
    startsAt: "2022-10-10T09:00",
    endsAt: "2022-10-14T18:00",
    timeZone: "Asia/Seoul",
    language: "en",
    sourceUrl: "https://www.uclg.org/",
    hosts: ["uclg", "metropolis", "uclg-africa"],
    creator: "uclg",
    agenda: [
      "Opening of the World Summit of Local and Regional Leaders",
      "Town halls with civil society on the Pact for the Future",
      "Sessions on the People, Planet and Government axes",
      "UCLG General Assembly and election of the Presidency",
      "Adoption of the Daejeon Political Declaration",
    ],
    statements: [
      {
        slug: "daejeon-political-declaration-pact-for-the-future-of-humanity",
        title: "Daejeon Political Declaration: the Pact for the Future of Humanity",
        adoptedOn: "2022-10-14T12:00",
        body:
          "*Paraphrase of the declaration adopted by the UCLG World Congress in Daejeon, October 2022; the adopted text is published by UCLG.*\n\n" +
          "Local and regional governments, gathered in Daejeon, commit to a **Pact for the Future of Humanity** built on three axes.\n\n" +
          "## People\n\nPut care at the centre of public action: guarantee access to basic public services, housing and culture, fight inequalities and discrimination, and protect the right to the city for everyone, including migrants.\n\n" +
          "## Planet\n\nTransform the relationship between people and nature: act on the climate emergency, protect biodiversity, and move towards sustainable ways of producing and consuming, with a just transition for communities.\n\n" +
          "## Government\n\nRenew governance and multilateralism: local and regional governments ask for a seat at the global table, for fiscal and political decentralisation, and for partnerships among all spheres of government to deliver the 2030 Agenda and the New Urban Agenda.\n\n" +
          "The signatories commit to bring the Pact to their communities and to report on it together as a constituency.",
        signatories: [
          { network: "uclg", persona: "uclg" },
          { network: "metropolis", persona: "metropolis" },
          { network: "uclg-africa", persona: "uclg-africa" },
        ],
      },
    ],
  },
  {
    slug: "iclei-world-congress-malmo-2022",
    title: "ICLEI World Congress 2021–2022, Malmö",
    summary: "ICLEI's network of local and regional governments met in Malmö, Sweden, in person and online, and adopted the ICLEI Malmö Commitment.",
    description:
      "The ICLEI World Congress 2021–2022 took place in Malmö (Sweden), hosted by ICLEI with the City of Malmö, in a hybrid format.\n\n" +
      "Members adopted the **ICLEI Malmö Commitment and Strategic Vision 2021–2027**, which organises ICLEI's work around five interconnected pathways.",
    mode: "HYBRID",
    location: "Malmö, Sweden",
    onlineUrl: "https://iclei.org/",
    startsAt: "2022-05-11T09:00",
    endsAt: "2022-05-13T17:00",
    timeZone: "Europe/Stockholm",
    language: "en",
    sourceUrl: "https://iclei.org/",
    hosts: ["iclei"],
    creator: "iclei",
    agenda: [
      "Opening plenary with the City of Malmö",
      "Pathway sessions: low emission, nature-based, circular, resilient and equitable development",
      "ICLEI Council and election of the Executive Committee",
      "Adoption of the ICLEI Malmö Commitment",
    ],
    statements: [
      {
        slug: "iclei-malmo-commitment-2021-2027",
        title: "ICLEI Malmö Commitment and Strategic Vision 2021–2027",
        adoptedOn: "2022-05-13T12:00",
        body:
          "*Paraphrase of the commitment adopted by ICLEI members at the World Congress in Malmö, May 2022; the adopted text is published by ICLEI.*\n\n" +
          "ICLEI members commit to drive sustainable urban development through five interconnected pathways:\n\n" +
          "1. **Low emission development** — cut greenhouse gas emissions towards climate neutrality.\n" +
          "2. **Nature-based development** — protect and restore biodiversity and ecosystems that cities depend on.\n" +
          "3. **Circular development** — move to sustainable production and consumption and away from waste.\n" +
          "4. **Resilient development** — anticipate and absorb shocks and stresses, from climate hazards to pandemics.\n" +
          "5. **Equitable and people-centred development** — build inclusive communities and reduce poverty.\n\n" +
          "Members commit to pursue these pathways together, across levels of government, and to report on progress.",
        signatories: [{ network: "iclei", persona: "iclei" }],
      },
    ],
  },
  {
    slug: "wuf11-assembly-of-local-and-regional-governments-katowice",
    title: "World Urban Forum 11: local and regional governments at WUF11, Katowice",
    summary: "At the eleventh World Urban Forum, convened by UN-Habitat in Katowice, Poland, networks of the Global Taskforce of Local and Regional Governments co-hosted the local and regional governments' sessions.",
    description:
      "The eleventh session of the **World Urban Forum** (WUF11), convened by UN-Habitat, took place in Katowice, Poland, on the theme *Transforming our Cities for a Better Urban Future*.\n\n" +
      "Members of the Global Taskforce of Local and Regional Governments — among them UCLG, ICLEI and Metropolis — co-hosted the sessions where local and regional governments brought their priorities to the Forum.",
    mode: "IN_PERSON",
    location: "International Congress Centre, Katowice, Poland",
    startsAt: "2022-06-26T09:00",
    endsAt: "2022-06-30T18:00",
    timeZone: "Europe/Warsaw",
    language: "en",
    sourceUrl: "https://wuf.unhabitat.org/",
    hosts: ["uclg", "iclei", "metropolis"],
    creator: "uclg",
    agenda: [
      "Assembly of local and regional governments",
      "Dialogue sessions on the Forum's theme, Transforming our Cities for a Better Urban Future",
      "Networking events hosted by the networks",
    ],
    statements: [],
  },
  {
    slug: "c40-world-mayors-summit-buenos-aires-2022",
    title: "C40 World Mayors Summit 2022, Buenos Aires",
    summary: "Mayors of the C40 network met in Buenos Aires to accelerate climate action and the green and just transition.",
    description: "Hosted by **C40 Cities** and the City of Buenos Aires, the summit gathered mayors, civil society and business around climate action in cities.",
    mode: "IN_PERSON",
    location: "Buenos Aires, Argentina",
    startsAt: "2022-10-19T09:00",
    endsAt: "2022-10-21T18:00",
    timeZone: "America/Argentina/Buenos_Aires",
    language: "en",
    sourceUrl: "https://www.c40.org/",
    hosts: ["c40"],
    creator: "c40",
    agenda: ["Opening plenary of mayors", "Sessions on clean energy, green jobs and just transition", "Closing plenary"],
    statements: [],
  },
  {
    slug: "iclei-world-congress-sao-paulo-2024",
    title: "ICLEI World Congress 2024, São Paulo",
    summary: "ICLEI's World Congress met in São Paulo, Brazil, on local action for sustainable urban development.",
    description: "Hosted by **ICLEI** with the City of São Paulo, the Congress gathered local and regional leaders to take stock of ICLEI's pathways and prepare the next steps for sustainable urban development.",
    mode: "IN_PERSON",
    location: "São Paulo, Brazil",
    startsAt: "2024-04-18T09:00",
    endsAt: "2024-04-20T18:00",
    timeZone: "America/Sao_Paulo",
    language: "en",
    sourceUrl: "https://iclei.org/",
    hosts: ["iclei"],
    creator: "iclei",
    agenda: ["Opening plenary with the City of São Paulo", "Sessions along ICLEI's five pathways", "ICLEI Council"],
    statements: [],
  },
];

/** Seeds events, agendas and signed statements (insert-only: an event whose slug exists is left alone). */
export async function seedEvents(db: Db, people: Map<PersonaKey, SeedPerson>): Promise<void> {
  const slugs = seedEventData.map((e) => e.slug);
  const [existing, networks] = await Promise.all([
    db.event.findMany({ where: { slug: { in: slugs } }, select: { slug: true } }),
    db.network.findMany({ where: { slug: { in: [...new Set(seedEventData.flatMap((e) => e.hosts.concat(e.statements.flatMap((s) => s.signatories.map((x) => x.network)))))] } }, select: { id: true, slug: true } }),
  ]);
  const have = new Set(existing.map((e) => e.slug));
  const networkId = new Map(networks.map((n) => [n.slug, n.id]));
  for (const e of seedEventData) {
    if (have.has(e.slug)) continue;
    const hostIds = e.hosts.flatMap((slug) => networkId.get(slug) ?? []);
    if (!hostIds.length) continue;
    const startsAt = zonedToUtc(e.startsAt, e.timeZone);
    await db.$transaction(async (tx) => {
      const event = await tx.event.create({
        data: {
          slug: e.slug,
          title: e.title,
          summary: e.summary,
          description: e.description,
          mode: e.mode,
          location: e.location,
          onlineUrl: e.onlineUrl ?? null,
          startsAt,
          endsAt: zonedToUtc(e.endsAt, e.timeZone),
          timeZone: e.timeZone,
          language: e.language,
          sourceUrl: e.sourceUrl,
          isSeed: true,
          createdById: people.get(e.creator)?.userId ?? null,
          hosts: { create: hostIds.map((id, i) => ({ networkId: id, status: "ACCEPTED", decidedAt: startsAt, createdAt: new Date(startsAt.getTime() - (hostIds.length - i) * 86_400_000) })) },
          agenda: { create: e.agenda.map((title, position) => ({ title, position })) },
        },
        select: { id: true },
      });
      for (const s of e.statements) {
        const frozenAt = zonedToUtc(s.adoptedOn, e.timeZone);
        const signatures = s.signatories.flatMap((x, i) => {
          const id = networkId.get(x.network);
          // One second apart keeps the signing order stable on the page.
          return id ? [{ networkId: id, signedById: people.get(x.persona)?.userId ?? null, createdAt: new Date(frozenAt.getTime() + i * 1000) }] : [];
        });
        await tx.jointStatement.create({
          data: {
            slug: s.slug,
            eventId: event.id,
            title: s.title,
            body: s.body,
            language: e.language,
            isSeed: true,
            state: signatures.length ? "SIGNING" : "DRAFT",
            frozenAt: signatures.length ? frozenAt : null,
            createdById: people.get(e.creator)?.userId ?? null,
            signatures: { create: signatures },
          },
        });
      }
    });
  }
}
