import type { Context } from "@/server/auth/actor";
import type { Db } from "@/server/db/client";
import { authorize, policy } from "@/server/auth/policy";
import { AppError, notFound } from "@/server/errors";

/**
 * Everything a network holds on Concord, for its owners: profile, member cities and partners,
 * staff with roles, initiatives, hosted events, exchange requests and framework endorsements.
 * One read per part, each batched, so the size of the network does not multiply the queries.
 */
export async function networkExport({ db, actor }: Context, slug: string, now = new Date()) {
  const records = await networkRecords(db, slug);
  if (!records) throw notFound();
  authorize(actor, policy.exportNetwork(actor, records.networkId));
  const { networkId: _networkId, ...body } = records;
  void _networkId;
  return { exportedAt: now.toISOString(), ...body };
}

/** The records behind the export and the staff dashboard; null when no network has that slug. Not authorised here. */
export async function networkRecords(db: Db, slug: string) {
  const network = await db.network.findUnique({
    where: { slug },
    select: {
      id: true, slug: true, name: true, acronym: true, foundedYear: true, hqCity: true, hqCountry: true, scope: true, region: true,
      membershipModel: true, memberCount: true, memberCountYear: true, activity: true, confidence: true, about: true, website: true,
      sourceUrl: true, language: true, status: true, createdAt: true, updatedAt: true,
      themes: { select: { theme: { select: { slug: true } } } },
    },
  });
  if (!network) return null;
  const networkId = network.id;

  const [members, staff, initiatives, events, exchanges, endorsements] = await Promise.all([
    db.networkMembership.findMany({
      where: { networkId },
      select: {
        memberType: true, yearJoined: true, sourceUrl: true, createdAt: true,
        city: { select: { slug: true, name: true, countryCode: true } },
        partner: { select: { slug: true, name: true } },
      },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    }),
    db.networkStaff.findMany({
      where: { networkId },
      select: { role: true, createdAt: true, user: { select: { name: true, email: true } } },
      orderBy: [{ createdAt: "asc" }, { userId: "asc" }],
    }),
    db.initiativeOwner.findMany({
      where: { networkId },
      select: {
        status: true, isLead: true,
        initiative: { select: { slug: true, title: true, summary: true, status: true, state: true, startDate: true, endDate: true, language: true, publishedAt: true, updatedAt: true } },
      },
      orderBy: [{ createdAt: "asc" }, { initiativeId: "asc" }],
    }),
    db.eventHost.findMany({
      where: { networkId },
      select: {
        status: true,
        event: { select: { slug: true, title: true, mode: true, location: true, startsAt: true, endsAt: true, timeZone: true, capacity: true, confirmedCount: true } },
      },
      orderBy: [{ createdAt: "asc" }, { eventId: "asc" }],
    }),
    db.exchangeRequest.findMany({
      where: { networkId },
      select: {
        slug: true, title: true, topic: true, format: true, status: true, windowStart: true, windowEnd: true, createdAt: true,
        _count: { select: { offers: true, sessions: true, learnings: true } },
      },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    }),
    db.frameworkEndorsement.findMany({
      where: { networkId },
      select: { commitment: true, createdAt: true, framework: { select: { slug: true, title: true } } },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    }),
  ]);

  const { id: _id, themes, ...profile } = network;
  void _id;
  return {
    networkId,
    profile: { ...profile, themes: themes.map((t) => t.theme.slug) },
    members: members.map(({ city, partner, ...m }) => ({ ...m, kind: city ? ("city" as const) : ("partner" as const), ...(city ?? partner) })),
    staff: staff.map(({ user, ...s }) => ({ ...s, name: user.name, email: user.email })),
    initiatives: initiatives.map(({ initiative, status, isLead }) => ({ ...initiative, ownership: status, isLead })),
    events: events.map(({ event, status }) => ({ ...event, hosting: status })),
    exchanges: exchanges.map(({ _count, ...e }) => ({ ...e, offers: _count.offers, sessions: _count.sessions, learnings: _count.learnings })),
    endorsements: endorsements.map(({ framework, ...e }) => ({ ...e, framework: framework.slug, frameworkTitle: framework.title })),
  };
}

export type NetworkExport = Awaited<ReturnType<typeof networkExport>>;

const statusOf: Partial<Record<AppError["code"], number>> = { NOT_FOUND: 404, FORBIDDEN: 403, UNAUTHORIZED: 401 };

/** GET /api/networks/<slug>/export: the export as a JSON download; 401/403/404 in the reader's words, never a stack trace. */
export async function networkExportResponse(ctx: Context, slug: string, translate: (key: string) => string): Promise<Response> {
  try {
    const body = await networkExport(ctx, slug);
    return new Response(JSON.stringify(body, null, 2), {
      headers: {
        "Content-Type": "application/json; charset=utf-8",
        "Content-Disposition": `attachment; filename="${body.profile.slug}-export.json"`,
        "Cache-Control": "no-store",
      },
    });
  } catch (error) {
    const status = error instanceof AppError ? statusOf[error.code] : undefined;
    if (status) return Response.json({ error: { message: translate((error as AppError).message) } }, { status });
    console.error(error);
    return Response.json({ error: { message: translate("errors.unexpected") } }, { status: 500 });
  }
}
