import { createHash, randomBytes } from "node:crypto";
import { catalogs } from "@/messages";
import { defaultLocale } from "@/lib/i18n/config";
import { createTranslator } from "@/lib/i18n/translate";
import type { Context } from "@/server/auth/actor";
import { authorize, policy } from "@/server/auth/policy";
import { audit } from "@/server/audit/log";
import { Prisma } from "@/server/db/generated/client";
import { AppError, conflict, invalid, notFound } from "@/server/errors";
import { sendMail } from "@/server/mail/service";
import { notify, uiLocale } from "@/server/notifications/service";
import { findByRef, parseMembersCsv, resolveMembersCsv } from "./csv";
import {
  importCsvInput,
  INVITATION_TTL_MS,
  invitationCreateInput,
  invitationIdInput,
  invitationTokenInput,
  memberAddInput,
  membershipIdInput,
  memberUpdateInput,
  staffChangeRoleInput,
  staffRemoveInput,
  type ImportCsvInput,
  type InvitationCreateInput,
  type InvitationIdInput,
  type InvitationTokenInput,
  type MemberAddInput,
  type MembershipIdInput,
  type MemberUpdateInput,
  type StaffChangeRoleInput,
  type StaffRemoveInput,
} from "./input";

const networkSummary = { id: true, slug: true, name: true, acronym: true } as const;

async function networkBySlug(ctx: Context, slug: string) {
  const network = await ctx.db.network.findUnique({ where: { slug }, select: networkSummary });
  if (!network) throw notFound();
  return network;
}

// ---------------------------------------------------------------- staff

/** The staff page: everyone with a role, and invitations not yet used, revoked or expired. */
export async function getStaffPage(ctx: Context, slug: string) {
  const network = await networkBySlug(ctx, slug);
  authorize(ctx.actor, policy.manageStaff(ctx.actor, network.id));
  const [staff, invitations] = await Promise.all([
    ctx.db.networkStaff.findMany({
      where: { networkId: network.id },
      select: { role: true, createdAt: true, user: { select: { id: true, name: true, email: true } } },
      orderBy: [{ role: "asc" }, { createdAt: "asc" }],
    }),
    ctx.db.invitation.findMany({
      where: { networkId: network.id, acceptedAt: null, revokedAt: null, expiresAt: { gt: new Date() } },
      select: { id: true, email: true, role: true, expiresAt: true, createdAt: true, invitedBy: { select: { name: true } } },
      orderBy: { createdAt: "desc" },
    }),
  ]);
  return {
    network,
    staff: staff.map((s) => ({ userId: s.user.id, name: s.user.name, email: s.user.email, role: s.role, since: s.createdAt })),
    invitations: invitations.map((i) => ({ id: i.id, email: i.email, role: i.role, expiresAt: i.expiresAt, invitedBy: i.invitedBy.name })),
  };
}

type Tx = Prisma.TransactionClient;

/** A network always keeps at least one owner, or nobody could manage its staff again. */
async function assertOtherOwner(tx: Tx, networkId: string, userId: string) {
  const others = await tx.networkStaff.count({ where: { networkId, role: "OWNER", userId: { not: userId } } });
  if (others === 0) throw conflict("members.staff.errors.lastOwner");
}

export async function changeStaffRole(ctx: Context, raw: StaffChangeRoleInput) {
  const input = staffChangeRoleInput.parse(raw);
  authorize(ctx.actor, policy.manageStaff(ctx.actor, input.networkId));
  const actor = ctx.actor;
  return ctx.db.$transaction(async (tx) => {
    const current = await tx.networkStaff.findUnique({ where: { networkId_userId: { networkId: input.networkId, userId: input.userId } } });
    if (!current) throw notFound();
    if (current.role === input.role) return current;
    if (current.role === "OWNER") await assertOtherOwner(tx, input.networkId, input.userId);
    const updated = await tx.networkStaff.update({
      where: { networkId_userId: { networkId: input.networkId, userId: input.userId } },
      data: { role: input.role },
    });
    await audit(tx, {
      actorId: actor.id,
      action: "staff.changeRole",
      entityType: "NetworkStaff",
      entityId: `${input.networkId}:${input.userId}`,
      data: { from: current.role, to: input.role },
    });
    return updated;
  });
}

export async function removeStaff(ctx: Context, raw: StaffRemoveInput) {
  const input = staffRemoveInput.parse(raw);
  authorize(ctx.actor, policy.manageStaff(ctx.actor, input.networkId));
  const actor = ctx.actor;
  await ctx.db.$transaction(async (tx) => {
    const current = await tx.networkStaff.findUnique({ where: { networkId_userId: { networkId: input.networkId, userId: input.userId } } });
    if (!current) throw notFound();
    if (current.role === "OWNER") await assertOtherOwner(tx, input.networkId, input.userId);
    await tx.networkStaff.delete({ where: { networkId_userId: { networkId: input.networkId, userId: input.userId } } });
    await audit(tx, {
      actorId: actor.id,
      action: "staff.remove",
      entityType: "NetworkStaff",
      entityId: `${input.networkId}:${input.userId}`,
      data: { role: current.role },
    });
  });
}

// ---------------------------------------------------------------- invitations

/** Only the hash is stored: a database leak must not hand out working links. */
export const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");
const invitationPath = (token: string) => `/invitations/${token}`;
const baseUrl = () => process.env.NEXTAUTH_URL ?? "http://localhost:3000";

export async function createInvitation(ctx: Context, raw: InvitationCreateInput) {
  const input = invitationCreateInput.parse(raw);
  authorize(ctx.actor, policy.manageStaff(ctx.actor, input.networkId));
  const actor = ctx.actor;
  const token = randomBytes(32).toString("base64url");
  const { network, invitee, invitation } = await ctx.db.$transaction(async (tx) => {
    const network = await tx.network.findUnique({ where: { id: input.networkId }, select: networkSummary });
    if (!network) throw notFound();
    const invitee = await tx.user.findFirst({
      where: { email: { equals: input.email, mode: "insensitive" } },
      select: { id: true, locale: true, staff: { where: { networkId: network.id }, select: { role: true } } },
    });
    if (invitee && invitee.staff.length > 0) throw invalid({ email: ["members.invite.errors.alreadyStaff"] });
    // A fresh invitation replaces any earlier pending one, so only the newest link works.
    await tx.invitation.updateMany({
      where: { networkId: network.id, email: input.email, acceptedAt: null, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    const invitation = await tx.invitation.create({
      data: {
        networkId: network.id,
        email: input.email,
        role: input.role,
        tokenHash: hashToken(token),
        expiresAt: new Date(Date.now() + INVITATION_TTL_MS),
        invitedById: actor.id,
      },
      select: { id: true, email: true, role: true, expiresAt: true },
    });
    await audit(tx, {
      actorId: actor.id,
      action: "invitation.create",
      entityType: "Invitation",
      entityId: invitation.id,
      data: { networkId: network.id, email: input.email, role: input.role },
    });
    return { network, invitee, invitation };
  });

  const params = { network: network.acronym ?? network.name, inviter: actor.name, role: input.role };
  if (invitee) {
    // notify() also mails the link in the invitee's language, so no second mail is sent.
    await notify(ctx.db, { userIds: [invitee.id], kind: "members.notify.invited", params, link: invitationPath(token) });
  } else {
    const inviter = await ctx.db.user.findUnique({ where: { id: actor.id }, select: { locale: true } });
    const locale = uiLocale(inviter?.locale ?? "en");
    const t = createTranslator(catalogs[locale], catalogs[defaultLocale], locale);
    await sendMail(ctx.db, {
      to: input.email,
      subject: t("members.notify.invited.title", params),
      text: `${t("members.notify.invited.body", params)}\n\n${baseUrl()}${invitationPath(token)}\n\n${t("members.invite.mailExpiry")}`,
    });
  }
  return { ...invitation, link: `${baseUrl()}${invitationPath(token)}` };
}

export async function revokeInvitation(ctx: Context, raw: InvitationIdInput) {
  const input = invitationIdInput.parse(raw);
  const invitation = await ctx.db.invitation.findUnique({ where: { id: input.invitationId }, select: { id: true, networkId: true } });
  authorize(ctx.actor, !!invitation && policy.manageStaff(ctx.actor, invitation.networkId));
  const actor = ctx.actor;
  await ctx.db.$transaction(async (tx) => {
    const updated = await tx.invitation.updateMany({
      where: { id: input.invitationId, acceptedAt: null, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    if (updated.count === 0) throw conflict("members.invitation.errors.notPending");
    await audit(tx, { actorId: actor.id, action: "invitation.revoke", entityType: "Invitation", entityId: input.invitationId });
  });
}

export type InvitationState = "valid" | "accepted" | "revoked" | "expired";

const stateOf = (i: { acceptedAt: Date | null; revokedAt: Date | null; expiresAt: Date }, now = new Date()): InvitationState =>
  i.acceptedAt ? "accepted" : i.revokedAt ? "revoked" : i.expiresAt <= now ? "expired" : "valid";

/** Public: the link itself is the credential, so anyone holding it may see what it offers. */
export async function getInvitation(ctx: Context, raw: InvitationTokenInput) {
  const input = invitationTokenInput.parse(raw);
  const invitation = await ctx.db.invitation.findUnique({
    where: { tokenHash: hashToken(input.token) },
    select: {
      email: true,
      role: true,
      expiresAt: true,
      acceptedAt: true,
      acceptedById: true,
      revokedAt: true,
      network: { select: networkSummary },
      invitedBy: { select: { name: true } },
    },
  });
  if (!invitation) return null;
  return {
    email: invitation.email,
    role: invitation.role,
    expiresAt: invitation.expiresAt,
    network: invitation.network,
    invitedBy: invitation.invitedBy.name,
    state: stateOf(invitation),
    alreadyStaff: !!ctx.actor?.staff.has(invitation.network.id),
    acceptedByYou: !!ctx.actor && invitation.acceptedById === ctx.actor.id,
  };
}

const stateErrors: Record<Exclude<InvitationState, "valid">, string> = {
  accepted: "members.invitation.errors.used",
  revoked: "members.invitation.errors.revoked",
  expired: "members.invitation.errors.expired",
};

/** Joins the signed-in person to the network's staff; a different email than invited is allowed, the link is the credential. */
export async function acceptInvitation(ctx: Context, raw: InvitationTokenInput) {
  const input = invitationTokenInput.parse(raw);
  authorize(ctx.actor, policy.acceptInvitation(ctx.actor));
  const actor = ctx.actor;
  return ctx.db.$transaction(async (tx) => {
    const invitation = await tx.invitation.findUnique({
      where: { tokenHash: hashToken(input.token) },
      select: { id: true, networkId: true, role: true, acceptedAt: true, revokedAt: true, expiresAt: true, network: { select: networkSummary } },
    });
    if (!invitation) throw notFound("members.invitation.errors.notFound");
    const now = new Date();
    const state = stateOf(invitation, now);
    if (state !== "valid") throw conflict(stateErrors[state]);
    // Guarded update: of two simultaneous acceptances only one changes the row.
    const marked = await tx.invitation.updateMany({
      where: { id: invitation.id, acceptedAt: null, revokedAt: null },
      data: { acceptedAt: now, acceptedById: actor.id },
    });
    if (marked.count === 0) throw conflict("members.invitation.errors.used");
    const existing = await tx.networkStaff.findUnique({ where: { networkId_userId: { networkId: invitation.networkId, userId: actor.id } } });
    // An owner who accepts an editor invitation stays owner: an invitation never demotes.
    const role = existing?.role === "OWNER" ? "OWNER" : invitation.role;
    await tx.networkStaff.upsert({
      where: { networkId_userId: { networkId: invitation.networkId, userId: actor.id } },
      create: { networkId: invitation.networkId, userId: actor.id, role },
      update: { role },
    });
    await audit(tx, {
      actorId: actor.id,
      action: "invitation.accept",
      entityType: "Invitation",
      entityId: invitation.id,
      data: { networkId: invitation.networkId, role },
    });
    return { network: invitation.network, role };
  });
}

// ---------------------------------------------------------------- members

/** The members page: every membership, plus the city and partner names offered when adding one. */
export async function getMembersPage(ctx: Context, slug: string) {
  const network = await networkBySlug(ctx, slug);
  authorize(ctx.actor, policy.manageMembers(ctx.actor, network.id));
  const [memberships, cities, partners] = await Promise.all([
    ctx.db.networkMembership.findMany({
      where: { networkId: network.id },
      select: {
        id: true,
        memberType: true,
        yearJoined: true,
        city: { select: { id: true, slug: true, name: true, countryCode: true } },
        partner: { select: { id: true, slug: true, name: true, type: true } },
      },
    }),
    ctx.db.city.findMany({ select: { slug: true, name: true, countryCode: true }, orderBy: { name: "asc" } }),
    ctx.db.partner.findMany({ select: { slug: true, name: true }, orderBy: { name: "asc" } }),
  ]);
  const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);
  const cityMembers = memberships
    .flatMap((m) => (m.city ? [{ id: m.id, memberType: m.memberType, yearJoined: m.yearJoined, slug: m.city.slug, name: m.city.name, countryCode: m.city.countryCode }] : []))
    .sort(byName);
  const partnerMembers = memberships
    .flatMap((m) => (m.partner ? [{ id: m.id, memberType: m.memberType, yearJoined: m.yearJoined, slug: m.partner.slug, name: m.partner.name, type: m.partner.type }] : []))
    .sort(byName);
  return { network, cities: cityMembers, partners: partnerMembers, options: { cities, partners } };
}

const isUniqueViolation = (e: unknown) => e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002";

export async function addMember(ctx: Context, raw: MemberAddInput) {
  const input = memberAddInput.parse(raw);
  authorize(ctx.actor, policy.manageMembers(ctx.actor, input.networkId));
  const actor = ctx.actor;
  const match = await findByRef(ctx.db, input.kind, input.ref);
  if (match === "none") throw invalid({ ref: [input.kind === "city" ? "members.errors.cityNotFound" : "members.errors.partnerNotFound"] });
  if (match === "ambiguous") throw invalid({ ref: ["members.errors.ambiguous"] });
  const target = input.kind === "city" ? { cityId: match.id } : { partnerId: match.id };
  try {
    return await ctx.db.$transaction(async (tx) => {
      const network = await tx.network.findUnique({ where: { id: input.networkId }, select: { id: true } });
      if (!network) throw notFound();
      const duplicate = await tx.networkMembership.count({ where: { networkId: input.networkId, ...target } });
      if (duplicate > 0) throw invalid({ ref: ["members.errors.alreadyMember"] });
      const membership = await tx.networkMembership.create({
        data: { networkId: input.networkId, ...target, memberType: input.memberType, yearJoined: input.yearJoined },
      });
      await audit(tx, {
        actorId: actor.id,
        action: "membership.add",
        entityType: "NetworkMembership",
        entityId: membership.id,
        data: { networkId: input.networkId, [input.kind]: match.slug, memberType: input.memberType, yearJoined: input.yearJoined },
      });
      return { ...membership, name: match.name };
    });
  } catch (e) {
    // Two people adding the same member at once: the unique index answers for the slower one.
    if (isUniqueViolation(e)) throw invalid({ ref: ["members.errors.alreadyMember"] });
    throw e;
  }
}

async function membershipNetwork(ctx: Context, membershipId: string) {
  const membership = await ctx.db.networkMembership.findUnique({ where: { id: membershipId }, select: { networkId: true } });
  authorize(ctx.actor, !!membership && policy.manageMembers(ctx.actor, membership.networkId));
  return membership!.networkId;
}

export async function updateMember(ctx: Context, raw: MemberUpdateInput) {
  const input = memberUpdateInput.parse(raw);
  await membershipNetwork(ctx, input.membershipId);
  const actor = ctx.actor!;
  return ctx.db.$transaction(async (tx) => {
    const membership = await tx.networkMembership.update({
      where: { id: input.membershipId },
      data: { memberType: input.memberType, yearJoined: input.yearJoined },
    });
    await audit(tx, {
      actorId: actor.id,
      action: "membership.update",
      entityType: "NetworkMembership",
      entityId: membership.id,
      data: { memberType: input.memberType, yearJoined: input.yearJoined },
    });
    return membership;
  });
}

export async function removeMember(ctx: Context, raw: MembershipIdInput) {
  const input = membershipIdInput.parse(raw);
  const networkId = await membershipNetwork(ctx, input.membershipId);
  const actor = ctx.actor!;
  await ctx.db.$transaction(async (tx) => {
    const removed = await tx.networkMembership.deleteMany({ where: { id: input.membershipId } });
    if (removed.count === 0) throw notFound();
    await audit(tx, { actorId: actor.id, action: "membership.remove", entityType: "NetworkMembership", entityId: input.membershipId, data: { networkId } });
  });
}

/** All or nothing: any invalid row refuses the whole file with every row's errors; rows already members are skipped. */
export async function importMembersCsv(ctx: Context, raw: ImportCsvInput) {
  const input = importCsvInput.parse(raw);
  authorize(ctx.actor, policy.manageMembers(ctx.actor, input.networkId));
  const actor = ctx.actor;
  const network = await ctx.db.network.findUnique({ where: { id: input.networkId }, select: { id: true } });
  if (!network) throw notFound();
  const parsed = parseMembersCsv(input.csv);
  if (parsed.fileError) throw invalid({ csv: [parsed.fileError] }, parsed.fileError);
  const resolved = await resolveMembersCsv(ctx.db, parsed.rows);
  const rowErrors = [...parsed.errors, ...resolved.errors].sort((a, b) => a.row - b.row);
  if (rowErrors.length > 0) throw new AppError("VALIDATION", "members.csv.errors.refused", { rowErrors });

  return ctx.db.$transaction(async (tx) => {
    const existing = await tx.networkMembership.findMany({ where: { networkId: network.id }, select: { cityId: true, partnerId: true } });
    const taken = new Set(existing.map((m) => m.cityId ?? m.partnerId));
    const fresh = resolved.rows.filter((r) => !taken.has(r.cityId ?? r.partnerId));
    await tx.networkMembership.createMany({
      data: fresh.map((r) => ({ networkId: network.id, cityId: r.cityId, partnerId: r.partnerId, memberType: r.memberType, yearJoined: r.yearJoined })),
    });
    const result = { added: fresh.length, skipped: resolved.rows.length - fresh.length };
    await audit(tx, { actorId: actor.id, action: "membership.importCsv", entityType: "Network", entityId: network.id, data: result });
    return result;
  });
}
