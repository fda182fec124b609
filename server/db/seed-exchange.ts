import type { ExchangeFormat, ExchangeStatus, ExchangeTopic } from "@/server/db/generated/client";
import { zonedTimeToUtc } from "@/server/exchange/time";
import type { Db } from "./client";
import type { PersonaKey, SeedPerson } from "./seed-people";

// Secretariat exchanges between real networks, told modestly: what each secretariat is known to
// work on publicly (UCLG and UN-Habitat's guidelines for Voluntary Local Reviews, UCLG Africa's
// support to African local governments' VLRs, the CDP-ICLEI Track, Eurocities' annual conference
// hosted by a member city). The sessions and notes are illustrations of how the exchange is used;
// they carry no figures.

type SeedLearning = { by: PersonaKey; title: string; body: string; internal?: boolean };
type SeedRequest = {
  slug: string;
  by: PersonaKey;
  topic: ExchangeTopic;
  format: ExchangeFormat;
  title: string;
  description: string;
  window: [string, string];
  status: ExchangeStatus;
  offers: { by: PersonaKey; message: string; status: "PENDING" | "ACCEPTED" | "DECLINED" }[];
  session?: { date: string; time: string; timeZone: string; durationMinutes: number; format: ExchangeFormat; notes?: string; participants: PersonaKey[] };
  learnings?: SeedLearning[];
};

export const seedExchangeRequests: SeedRequest[] = [
  {
    slug: "membership-fee-models-for-cities-of-different-sizes",
    by: "mercociudades",
    topic: "MEMBERSHIP_FEES",
    format: "CALL",
    title: "How do other networks set membership fees for cities of very different sizes?",
    description:
      "Mercociudades brings together cities of every size across South America. Our Council is reviewing how member contributions are set, and we would like to hear from secretariats that have **fee categories** for different kinds and sizes of members.\n\nWe are interested in:\n\n- how categories are defined and reviewed,\n- how arrears are followed up without losing members,\n- how the rules are explained to new members.",
    window: ["2025-03-01", "2025-05-31"],
    status: "COMPLETED",
    offers: [
      {
        by: "uclg",
        message: "UCLG's membership includes both local governments and their national associations, with contributions set by category. We can walk you through how the categories are described and how our governing bodies review them.",
        status: "ACCEPTED",
      },
      {
        by: "eurocities",
        message: "Eurocities has full members, associate members and business partners. Happy to share how we explain the different membership types to cities that want to join.",
        status: "PENDING",
      },
    ],
    session: {
      date: "2025-04-08",
      time: "10:00",
      timeZone: "America/Montevideo",
      durationMinutes: 60,
      format: "CALL",
      notes: "Video call in Spanish and English.",
      participants: ["mercociudades", "uclg"],
    },
    learnings: [
      {
        by: "mercociudades",
        title: "Publishing fee categories and reviewing them on a fixed cycle",
        body:
          "What we take from the call with UCLG:\n\n1. **Publish the categories** so that a city can see what it would pay before it applies.\n2. **Review them on a fixed cycle** through the governing bodies, rather than case by case.\n3. Treat associations of local governments as a category of their own.\n\nNext step: the technical secretariat drafts a proposal for the Council.",
      },
      {
        by: "uclg",
        title: "Notes on follow-up of late contributions",
        body: "Internal notes shared between the two secretariats on how reminders about late contributions are worded and who signs them. Kept internal because it discusses individual members.",
        internal: true,
      },
    ],
  },
  {
    slug: "monitoring-and-reporting-of-voluntary-local-reviews",
    by: "uclg-africa",
    topic: "MONITORING_REPORTING",
    format: "WEBINAR",
    title: "Monitoring and reporting of Voluntary Local Reviews: how do you support local governments?",
    description:
      "UCLG Africa accompanies African local governments that prepare **Voluntary Local Reviews (VLRs)** of the Sustainable Development Goals. We would like to compare how other secretariats help their members choose indicators, collect local data and connect the review to the national reporting (the Voluntary National Review).",
    window: ["2025-05-15", "2025-07-15"],
    status: "COMPLETED",
    offers: [
      {
        by: "uclg",
        message: "UCLG prepared the Guidelines for Voluntary Local Reviews with UN-Habitat. We can present them and discuss how they are used by local governments.",
        status: "ACCEPTED",
      },
      {
        by: "iclei",
        message: "ICLEI supports cities that report on climate action through the CDP-ICLEI Track; we can share how a common reporting platform helps members report once.",
        status: "PENDING",
      },
    ],
    session: {
      date: "2025-06-17",
      time: "11:00",
      timeZone: "Africa/Casablanca",
      durationMinutes: 90,
      format: "WEBINAR",
      notes: "Webinar in French and English with the programme teams of both secretariats.",
      participants: ["uclg-africa", "uclg"],
    },
    learnings: [
      {
        by: "uclg-africa",
        title: "Linking local reviews to the national reporting calendar",
        body:
          "From the webinar with UCLG:\n\n- A VLR carries more weight when it is prepared in time to feed the country's **Voluntary National Review**.\n- The VLR guidelines prepared by UCLG and UN-Habitat give a shared structure, which makes reviews easier to compare across countries.\n- Start with the indicators the local government already collects before adding new ones.\n\nWe will share these points in our next training for local governments preparing a review.",
      },
    ],
  },
  {
    slug: "digital-tools-for-knowledge-sharing-among-members",
    by: "citynet",
    topic: "DIGITAL_TOOLS",
    format: "CALL",
    title: "Which digital tools help your members share knowledge with each other?",
    description:
      "CityNet's members in Asia and the Pacific exchange through training programmes, study visits and clusters. We are looking at how an online space could help members keep in touch between activities, and would like to learn from secretariats that run member working groups online.",
    window: ["2026-12-01", "2027-02-28"],
    status: "SCHEDULED",
    offers: [
      {
        by: "eurocities",
        message: "Eurocities runs its forums and working groups with member cities across Europe; we can show how the groups share documents and keep members informed between meetings.",
        status: "ACCEPTED",
      },
      {
        by: "metropolis",
        message: "Metropolis can share what we learned about keeping members engaged online across regions and languages.",
        status: "PENDING",
      },
    ],
    session: {
      date: "2027-01-20",
      time: "16:00",
      timeZone: "Asia/Seoul",
      durationMinutes: 60,
      format: "CALL",
      notes: "A first call; a study visit may follow.",
      participants: ["citynet", "eurocities"],
    },
  },
  {
    slug: "governance-of-an-independent-city-led-network",
    by: "r-cities",
    topic: "GOVERNANCE",
    format: "CALL",
    title: "Setting up governance as an independent, city-led network",
    description:
      "The Resilient Cities Network continued the work of 100 Resilient Cities as an independent, city-led organisation. We would welcome a conversation with secretariats about how cities take part in governing bodies and how the secretariat reports to them.",
    window: ["2026-11-15", "2027-03-31"],
    status: "OPEN",
    offers: [
      {
        by: "metropolis",
        message: "Metropolis is governed by its member metropolises through a Board of Directors and a General Assembly; we are happy to share how the secretariat prepares their meetings.",
        status: "PENDING",
      },
    ],
  },
];

export const seedStandingOffers: { by: PersonaKey; topic: ExchangeTopic; title: string; description: string; formats: ExchangeFormat[] }[] = [
  {
    by: "iclei",
    topic: "MONITORING_REPORTING",
    title: "We can share how members report through the CDP-ICLEI Track",
    description: "How ICLEI helps local governments report their climate data once, through a common platform run with CDP, and what the secretariat does with the reports.",
    formats: ["CALL", "WEBINAR"],
  },
  {
    by: "eurocities",
    topic: "EVENTS",
    title: "We can share our annual conference playbook",
    description: "Each year a member city hosts the Eurocities annual conference. We can share how the host city is chosen and how the secretariat and the host share the work.",
    formats: ["CALL", "STUDY_VISIT"],
  },
  {
    by: "uclg",
    topic: "MONITORING_REPORTING",
    title: "We can present the Guidelines for Voluntary Local Reviews",
    description: "UCLG and UN-Habitat prepared guidelines for local governments preparing Voluntary Local Reviews of the SDGs. We can present them to your secretariat or your members.",
    formats: ["WEBINAR"],
  },
  {
    by: "c40",
    topic: "OTHER",
    title: "We can share how we facilitate peer-to-peer city networks",
    description: "C40 organises thematic networks where city officials learn from each other. We can share how our network managers prepare and follow up their exchanges.",
    formats: ["CALL"],
  },
];

const DAY = 86_400_000;

/** Seeds exchange (insert-only): requests whose slug exists, and standing offers with the same title, are left alone. */
export async function seedExchange(db: Db, people: Map<PersonaKey, SeedPerson>): Promise<void> {
  const staff = (key: PersonaKey) => {
    const person = people.get(key);
    return person?.networkId ? { userId: person.userId, networkId: person.networkId } : null;
  };
  const existing = new Set(
    (await db.exchangeRequest.findMany({ where: { slug: { in: seedExchangeRequests.map((r) => r.slug) } }, select: { slug: true } })).map((r) => r.slug),
  );
  for (const r of seedExchangeRequests) {
    const requester = staff(r.by);
    const everyone = [r.by, ...r.offers.map((o) => o.by), ...(r.session?.participants ?? []), ...(r.learnings ?? []).map((l) => l.by)];
    if (existing.has(r.slug) || !requester || everyone.some((key) => !staff(key))) continue;
    // Dated as they would have happened: asked two weeks before the window, offers three days later,
    // learning recorded two days after the session.
    const askedAt = new Date(Date.parse(`${r.window[0]}T09:00:00Z`) - 14 * DAY);
    const startsAt = r.session ? zonedTimeToUtc(r.session.date, r.session.time, r.session.timeZone)! : null;
    await db.$transaction(async (tx) => {
      const request = await tx.exchangeRequest.create({
        data: {
          slug: r.slug,
          networkId: requester.networkId,
          authorId: requester.userId,
          topic: r.topic,
          format: r.format,
          title: r.title,
          description: r.description,
          windowStart: new Date(`${r.window[0]}T00:00:00Z`),
          windowEnd: new Date(`${r.window[1]}T00:00:00Z`),
          status: r.status,
          isSeed: true,
          createdAt: askedAt,
        },
        select: { id: true },
      });
      await tx.exchangeOffer.createMany({
        data: r.offers.map((o) => {
          const offerer = staff(o.by)!;
          return {
            requestId: request.id,
            networkId: offerer.networkId,
            authorId: offerer.userId,
            message: o.message,
            status: o.status,
            createdAt: new Date(askedAt.getTime() + 3 * DAY),
            decidedById: o.status === "PENDING" ? null : requester.userId,
            decidedAt: o.status === "PENDING" ? null : new Date(askedAt.getTime() + 5 * DAY),
          };
        }),
      });
      let sessionId: string | null = null;
      if (r.session) {
        const s = r.session;
        const session = await tx.exchangeSession.create({
          data: {
            requestId: request.id,
            startsAt: startsAt!,
            timeZone: s.timeZone,
            durationMinutes: s.durationMinutes,
            format: s.format,
            notes: s.notes ?? null,
            createdById: requester.userId,
            participants: { create: s.participants.map((key) => staff(key)!) },
          },
          select: { id: true },
        });
        sessionId = session.id;
      }
      await tx.exchangeLearning.createMany({
        data: (r.learnings ?? []).map((l) => {
          const learner = staff(l.by)!;
          return {
            requestId: request.id,
            sessionId,
            networkId: learner.networkId,
            authorId: learner.userId,
            topic: r.topic,
            title: l.title,
            body: l.body,
            internal: l.internal ?? false,
            isSeed: true,
            createdAt: startsAt ? new Date(startsAt.getTime() + 2 * DAY) : askedAt,
          };
        }),
      });
    });
  }

  const offers = seedStandingOffers.flatMap((o) => {
    const author = staff(o.by);
    return author ? [{ ...o, author }] : [];
  });
  const taken = new Set(
    (await db.standingOffer.findMany({ where: { title: { in: offers.map((o) => o.title) } }, select: { networkId: true, title: true } })).map((o) => `${o.networkId} ${o.title}`),
  );
  await db.standingOffer.createMany({
    data: offers
      .filter((o) => !taken.has(`${o.author.networkId} ${o.title}`))
      .map((o) => ({ networkId: o.author.networkId, authorId: o.author.userId, topic: o.topic, title: o.title, description: o.description, formats: o.formats, isSeed: true })),
  });
}
