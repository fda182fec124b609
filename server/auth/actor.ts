import type { Db } from "@/server/db/client";
import type { PlatformRoleKind, StaffRole } from "@/server/db/generated/client";

/** Who is acting, with every role they hold, loaded fresh per request so changes apply at once. */
export type Actor = {
  id: string;
  email: string;
  name: string;
  platformRoles: ReadonlySet<PlatformRoleKind>;
  /** networkId → role, for networks whose staff they are. */
  staff: ReadonlyMap<string, StaffRole>;
  /** cityIds where their officer claim is verified. */
  cities: ReadonlySet<string>;
  /** partner organisation ids where their membership is verified. */
  partners: ReadonlySet<string>;
  /** When the account was created: new accounts get tighter posting limits. */
  createdAt: Date;
  /** Set while a moderator's suspension runs; a suspended person may not post. */
  suspendedUntil: Date | null;
};

/**
 * The person behind a session, or null when the account is gone or the session predates a password
 * change (its `sessionVersion` is older than the account's).
 */
export async function loadActor(db: Db, userId: string, sessionVersion = 0): Promise<Actor | null> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      email: true,
      name: true,
      createdAt: true,
      suspendedUntil: true,
      sessionVersion: true,
      deletedAt: true,
      platformRoles: { select: { role: true } },
      staff: { select: { networkId: true, role: true } },
      cityOfficers: { where: { status: "VERIFIED" }, select: { cityId: true } },
      partnerMembers: { where: { status: "VERIFIED" }, select: { partnerId: true } },
    },
  });
  if (!user || user.deletedAt || user.sessionVersion !== sessionVersion) return null;
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    platformRoles: new Set(user.platformRoles.map((r) => r.role)),
    staff: new Map(user.staff.map((s) => [s.networkId, s.role])),
    cities: new Set(user.cityOfficers.map((c) => c.cityId)),
    partners: new Set(user.partnerMembers.map((p) => p.partnerId)),
    createdAt: user.createdAt,
    suspendedUntil: user.suspendedUntil,
  };
}

export type Context = { db: Db; actor: Actor | null };
