import type { ContentLocale } from "@/lib/i18n/config";
import { anchoredSlug, kindHref } from "@/lib/search-kinds";
import type { DbOrTx } from "@/server/db/client";
import type { Prisma } from "@/server/db/generated/client";

// The audit log stores record types and ids ("Network", "cm9x…") and small JSON details
// ({ networkId, from, to }). A reader needs names: this resolves every id on a page of entries
// with one query per record type, all sent together, so a page costs the same whatever it holds.

/** A record an entry names: what it is, its name when it still exists, and where it is shown. */
export type AuditRef = {
  type: string;
  id: string;
  /** The record's own name (a person's, a network's, a thread's title); null when it is gone. */
  name: string | null;
  /** A catalog key for names that live in the catalog (forum categories without a theme). */
  nameKey?: string;
  href: string | null;
};

/** One detail of an entry: a plain value, or a reference resolved to a name. */
export type AuditDetail = { key: string; value: string } | { key: string; ref: AuditRef };

type Entry = { action: string; entityType: string; entityId: string; data: Prisma.JsonValue };

/** Detail keys that hold the id of another record, by the record type they point to. */
const ID_KEYS: Record<string, string> = {
  networkId: "Network",
  threadId: "ForumThread",
  postId: "ForumPost",
  userId: "User",
  cityId: "City",
  partnerId: "Partner",
  initiativeId: "Initiative",
  practiceId: "Practice",
  eventId: "Event",
  requestId: "ExchangeRequest",
  frameworkId: "Framework",
};

/** Keys whose meaning depends on the action: a thread move's `from` and `to` are categories. */
function refType(action: string, key: string): string | undefined {
  if (action === "forum.thread.move" && (key === "from" || key === "to")) return "ForumCategory";
  return ID_KEYS[key];
}

type Named = { id: string; name: string | null; nameKey?: string; href: string | null };
type Loader = (db: DbOrTx, ids: string[], locale: ContentLocale) => Promise<Named[]>;

const s = encodeURIComponent;
const themeColumn = { en: "nameEn", zh: "nameZh", fr: "nameFr", es: "nameEs" } as const;

const loaders: Record<string, Loader> = {
  User: async (db, ids) =>
    (await db.user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } })).map((u) => ({ id: u.id, name: u.name, href: `/people/${s(u.id)}` })),
  Network: async (db, ids) =>
    (await db.network.findMany({ where: { id: { in: ids } }, select: { id: true, slug: true, name: true, acronym: true } })).map((n) => ({
      id: n.id,
      name: n.acronym && n.acronym !== n.name ? `${n.name} (${n.acronym})` : n.name,
      href: `/networks/${s(n.slug)}`,
    })),
  City: async (db, ids) =>
    (await db.city.findMany({ where: { id: { in: ids } }, select: { id: true, slug: true, name: true } })).map((c) => ({ id: c.id, name: c.name, href: `/cities/${s(c.slug)}` })),
  Partner: async (db, ids) =>
    (await db.partner.findMany({ where: { id: { in: ids } }, select: { id: true, slug: true, name: true } })).map((p) => ({ id: p.id, name: p.name, href: `/partners/${s(p.slug)}` })),
  Initiative: async (db, ids) =>
    (await db.initiative.findMany({ where: { id: { in: ids } }, select: { id: true, slug: true, title: true } })).map((r) => ({ id: r.id, name: r.title, href: `/initiatives/${s(r.slug)}` })),
  Practice: async (db, ids) =>
    (await db.practice.findMany({ where: { id: { in: ids } }, select: { id: true, slug: true, title: true } })).map((r) => ({ id: r.id, name: r.title, href: `/practices/${s(r.slug)}` })),
  Event: async (db, ids) =>
    (await db.event.findMany({ where: { id: { in: ids } }, select: { id: true, slug: true, title: true } })).map((r) => ({ id: r.id, name: r.title, href: `/events/${s(r.slug)}` })),
  ExchangeRequest: async (db, ids) =>
    (await db.exchangeRequest.findMany({ where: { id: { in: ids } }, select: { id: true, slug: true, title: true } })).map((r) => ({ id: r.id, name: r.title, href: `/exchange/${s(r.slug)}` })),
  ExchangeOffer: async (db, ids) =>
    (
      await db.exchangeOffer.findMany({ where: { id: { in: ids } }, select: { id: true, network: { select: { name: true } }, request: { select: { slug: true, title: true } } } })
    ).map((o) => ({ id: o.id, name: `${o.network.name} → ${o.request.title}`, href: `/exchange/${s(o.request.slug)}` })),
  StandingOffer: async (db, ids) =>
    (await db.standingOffer.findMany({ where: { id: { in: ids } }, select: { id: true, title: true } })).map((o) => ({ id: o.id, name: o.title, href: "/exchange" })),
  Framework: async (db, ids) =>
    (await db.framework.findMany({ where: { id: { in: ids } }, select: { id: true, slug: true, title: true } })).map((r) => ({ id: r.id, name: r.title, href: `/frameworks/${s(r.slug)}` })),
  CityChallenge: async (db, ids) =>
    (await db.cityChallenge.findMany({ where: { id: { in: ids } }, select: { id: true, slug: true, title: true } })).map((r) => ({ id: r.id, name: r.title, href: `/challenges/${s(r.slug)}` })),
  JointStatement: async (db, ids) =>
    (await db.jointStatement.findMany({ where: { id: { in: ids } }, select: { id: true, slug: true, title: true } })).map((r) => ({ id: r.id, name: r.title, href: `/statements/${s(r.slug)}` })),
  NetworkClaim: async (db, ids) =>
    (
      await db.networkClaim.findMany({ where: { id: { in: ids } }, select: { id: true, user: { select: { name: true } }, network: { select: { slug: true, name: true } } } })
    ).map((c) => ({ id: c.id, name: `${c.user.name} · ${c.network.name}`, href: `/networks/${s(c.network.slug)}` })),
  ForumThread: async (db, ids) =>
    (await db.forumThread.findMany({ where: { id: { in: ids } }, select: { id: true, title: true } })).map((r) => ({ id: r.id, name: r.title, href: `/forum/threads/${s(r.id)}` })),
  ForumPost: async (db, ids) =>
    (await db.forumPost.findMany({ where: { id: { in: ids } }, select: { id: true, number: true, thread: { select: { id: true, title: true } } } })).map((p) => ({
      id: p.id,
      name: `${p.thread.title} #${p.number}`,
      href: kindHref("FORUM_POST", anchoredSlug(p.thread.id, p.number)),
    })),
  ForumCategory: async (db, ids, locale) =>
    (await db.forumCategory.findMany({ where: { id: { in: ids } }, select: { id: true, slug: true, theme: { select: { nameEn: true, nameZh: true, nameFr: true, nameEs: true } } } })).map(
      (c) => ({
        id: c.id,
        name: c.theme ? c.theme[themeColumn[locale]] || c.theme.nameEn : null,
        nameKey: c.theme ? undefined : `forum.categories.${c.slug}.name`,
        href: `/forum/c/${s(c.slug)}`,
      }),
    ),
};

const isPlainObject = (value: Prisma.JsonValue): value is Prisma.JsonObject => typeof value === "object" && value !== null && !Array.isArray(value);

/** A detail value as text: numbers and words as they are, lists joined, nested objects as key: value. */
function text(value: Prisma.JsonValue): string {
  if (value === null) return "—";
  if (Array.isArray(value)) return value.map(text).join(", ");
  if (isPlainObject(value)) return Object.entries(value).map(([k, v]) => `${k}: ${text(v ?? null)}`).join("; ");
  return String(value);
}

/**
 * Names for a page of audit entries: the record each one is about, and its details with ids
 * replaced by references. Sends one query per record type present, all at once.
 */
export async function describeAuditEntries<E extends Entry>(db: DbOrTx, entries: E[], locale: ContentLocale) {
  const wanted = new Map<string, Set<string>>();
  const want = (type: string, id: unknown) => {
    if (typeof id !== "string" || !id || !loaders[type]) return;
    if (!wanted.has(type)) wanted.set(type, new Set());
    wanted.get(type)!.add(id);
  };
  for (const entry of entries) {
    want(entry.entityType, entry.entityId);
    if (isPlainObject(entry.data)) for (const [key, value] of Object.entries(entry.data)) want(refType(entry.action, key) ?? "", value);
  }
  const loaded = await Promise.all([...wanted].map(async ([type, ids]) => [type, await loaders[type]!(db, [...ids], locale)] as const));
  const named = new Map<string, Named>();
  for (const [type, rows] of loaded) for (const row of rows) named.set(`${type}:${row.id}`, row);

  const ref = (type: string, id: string): AuditRef => {
    const row = named.get(`${type}:${id}`);
    return { type, id, name: row?.name ?? null, nameKey: row?.nameKey, href: row?.href ?? null };
  };
  return entries.map((entry) => {
    const details: AuditDetail[] = [];
    if (isPlainObject(entry.data)) {
      for (const [key, value] of Object.entries(entry.data)) {
        const type = refType(entry.action, key);
        if (type && typeof value === "string" && loaders[type]) details.push({ key, ref: ref(type, value) });
        else details.push({ key, value: text(value ?? null) });
      }
    } else if (entry.data !== null) {
      details.push({ key: "value", value: text(entry.data) });
    }
    return { ...entry, record: ref(entry.entityType, entry.entityId), details };
  });
}
