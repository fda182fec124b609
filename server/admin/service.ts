import type { Context } from "@/server/auth/actor";
import { authorize, policy } from "@/server/auth/policy";
import { audit } from "@/server/audit/log";
import type { Prisma } from "@/server/db/generated/client";
import { notFound } from "@/server/errors";
import { notify } from "@/server/notifications/service";
import {
  ADMIN_PAGE_SIZE,
  outboxListInput,
  outboxMailInput,
  peopleSearchInput,
  roleChangeInput,
  type OutboxListInput,
  type PeopleSearchInput,
  type RoleChangeInput,
} from "./input";

const pageCount = (total: number) => Math.max(1, Math.ceil(total / ADMIN_PAGE_SIZE));
const skip = (page: number) => (page - 1) * ADMIN_PAGE_SIZE;

/** What waits for a moderator's decision, for the /admin dashboard. */
export async function dashboardCounts(ctx: Context) {
  authorize(ctx.actor, policy.isModerator(ctx.actor));
  const [registrations, networkClaims, cityClaims, partnerJoins] = await Promise.all([
    ctx.db.network.count({ where: { status: "PENDING" } }),
    ctx.db.networkClaim.count({ where: { status: "PENDING" } }),
    ctx.db.cityOfficer.count({ where: { status: "PENDING" } }),
    ctx.db.partnerMember.count({ where: { status: "PENDING" } }),
  ]);
  return { registrations, networkClaims, cityClaims, partnerJoins };
}

/** Mail kept when no SMTP server is configured, newest first. */
export async function listOutbox(ctx: Context, raw: OutboxListInput) {
  authorize(ctx.actor, policy.readOutbox(ctx.actor));
  const input = outboxListInput.parse(raw);
  const where: Prisma.OutboxMailWhereInput = input.q ? { to: { contains: input.q, mode: "insensitive" } } : {};
  const [items, total] = await Promise.all([
    ctx.db.outboxMail.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: skip(input.page),
      take: ADMIN_PAGE_SIZE,
      select: { id: true, to: true, subject: true, createdAt: true },
    }),
    ctx.db.outboxMail.count({ where }),
  ]);
  return { items, total, page: input.page, pageCount: pageCount(total), input };
}

export async function getOutboxMail(ctx: Context, raw: { id: string }) {
  authorize(ctx.actor, policy.readOutbox(ctx.actor));
  const { id } = outboxMailInput.parse(raw);
  const mail = await ctx.db.outboxMail.findUnique({ where: { id } });
  if (!mail) throw notFound();
  return mail;
}

/** People by email or name, with their platform roles, for granting and revoking them. */
export async function searchPeople(ctx: Context, raw: PeopleSearchInput) {
  authorize(ctx.actor, policy.grantPlatformRole(ctx.actor));
  const input = peopleSearchInput.parse(raw);
  const where: Prisma.UserWhereInput = input.q
    ? { OR: [{ email: { contains: input.q, mode: "insensitive" } }, { name: { contains: input.q, mode: "insensitive" } }] }
    : {};
  const [people, total] = await Promise.all([
    ctx.db.user.findMany({
      where,
      orderBy: [{ email: "asc" }],
      skip: skip(input.page),
      take: ADMIN_PAGE_SIZE,
      select: { id: true, email: true, name: true, createdAt: true, platformRoles: { select: { role: true }, orderBy: { role: "asc" } } },
    }),
    ctx.db.user.count({ where }),
  ]);
  return {
    items: people.map(({ platformRoles, ...person }) => ({ ...person, roles: platformRoles.map((r) => r.role) })),
    total,
    page: input.page,
    pageCount: pageCount(total),
    input,
  };
}

/** Grants a platform role; granting one the person already holds changes nothing and records nothing. */
export async function grantRole(ctx: Context, raw: RoleChangeInput) {
  authorize(ctx.actor, policy.grantPlatformRole(ctx.actor));
  const input = roleChangeInput.parse(raw);
  const actorId = ctx.actor.id;
  const granted = await ctx.db.$transaction(async (tx) => {
    const person = await tx.user.findUnique({ where: { id: input.userId }, select: { id: true } });
    if (!person) throw notFound();
    const existing = await tx.platformRole.findUnique({ where: { userId_role: { userId: input.userId, role: input.role } } });
    if (existing) return false;
    await tx.platformRole.create({ data: { userId: input.userId, role: input.role } });
    await audit(tx, { actorId, action: "platformRole.grant", entityType: "User", entityId: input.userId, data: { role: input.role } });
    return true;
  });
  if (granted) {
    await notify(ctx.db, {
      userIds: [input.userId],
      kind: input.role === "ADMIN" ? "admin.notify.adminGranted" : "admin.notify.moderatorGranted",
      link: "/admin",
    });
  }
  return { granted };
}

/** Revokes a platform role; an admin cannot revoke their own ADMIN role. */
export async function revokeRole(ctx: Context, raw: RoleChangeInput) {
  const input = roleChangeInput.parse(raw);
  authorize(ctx.actor, policy.revokePlatformRole(ctx.actor, input));
  const actorId = ctx.actor.id;
  const revoked = await ctx.db.$transaction(async (tx) => {
    const { count } = await tx.platformRole.deleteMany({ where: { userId: input.userId, role: input.role } });
    if (count === 0) return false;
    await audit(tx, { actorId, action: "platformRole.revoke", entityType: "User", entityId: input.userId, data: { role: input.role } });
    return true;
  });
  return { revoked };
}

