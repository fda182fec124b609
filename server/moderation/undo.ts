import type { Context } from "@/server/auth/actor";
import { authorize, policy } from "@/server/auth/policy";
import { audit } from "@/server/audit/log";
import { conflict, notFound } from "@/server/errors";
import { notify } from "@/server/notifications/service";
import { reindex } from "@/server/search/documents";
import { networkUndoInput, postInput, UNDO_WINDOW_MS } from "./input";

// Undo for the decisions a moderator makes with one click: verifying or rejecting a network
// registration, dismissing a post's flags. Each undo is its own audited mutation, allowed to the
// moderator who decided (policy.undoDecision), within UNDO_WINDOW_MS, and only while nothing has
// built on the decision since; afterwards the record is in the queue again as it was.

/** Puts a network the actor just verified or rejected back into the registration queue. */
export async function undoNetworkReview(ctx: Context, raw: { networkId: string }, now = new Date()) {
  authorize(ctx.actor, policy.reviewNetwork(ctx.actor));
  const input = networkUndoInput.parse(raw);
  const network = await ctx.db.network.findUnique({
    where: { id: input.networkId },
    select: { id: true, slug: true, name: true, status: true, reviewedById: true, reviewedAt: true, registeredById: true },
  });
  if (!network) throw notFound();
  if (network.status === "PENDING" || !network.reviewedAt) throw conflict("moderation.undo.nothingToUndo");
  authorize(ctx.actor, policy.undoDecision(ctx.actor, { decidedById: network.reviewedById }));
  const actor = ctx.actor;
  const since = new Date(now.getTime() - UNDO_WINDOW_MS);
  if (network.reviewedAt < since) throw conflict("moderation.undo.expired");
  const decision = network.status;
  const reviewedAt = network.reviewedAt;

  await ctx.db.$transaction(async (tx) => {
    // Once others have claimed or joined the staff of the verified profile, pulling it back would strand them.
    const after = { networkId: network.id, createdAt: { gte: reviewedAt } };
    const builtOn = (await tx.networkClaim.count({ where: after })) + (await tx.networkStaff.count({ where: after }));
    if (builtOn > 0) throw conflict("moderation.undo.changedSince");
    const reverted = await tx.network.updateMany({
      where: { id: network.id, status: decision, reviewedById: actor.id, reviewedAt },
      data: { status: "PENDING", reviewReason: null, reviewedById: null, reviewedAt: null, version: { increment: 1 } },
    });
    if (reverted.count === 0) throw conflict("moderation.undo.changedSince");
    await audit(tx, { actorId: actor.id, action: "network.review.undo", entityType: "Network", entityId: network.id, data: { decision } });
    await reindex(tx, "NETWORK", [network.id]);
  });
  // The registrant was told of the decision; tell them it is withdrawn.
  if (network.registeredById) {
    await notify(ctx.db, { userIds: [network.registeredById], kind: "moderation.notify.reviewReopened", params: { name: network.name }, link: `/networks/${network.slug}` });
  }
  return { status: "PENDING" as const };
}

/** Reopens the flags the actor dismissed on a post in their latest dismissal. */
export async function undoDismissFlags(ctx: Context, raw: { postId: string }, now = new Date()) {
  authorize(ctx.actor, policy.dismissFlags(ctx.actor));
  const input = postInput.parse(raw);
  // One dismissal stamps all the flags it closes with the same resolvedAt.
  const latest = await ctx.db.forumFlag.findFirst({
    where: { postId: input.postId, status: "DISMISSED" },
    orderBy: { resolvedAt: "desc" },
    select: { resolvedAt: true, resolvedById: true },
  });
  if (!latest?.resolvedAt) throw conflict("moderation.undo.nothingToUndo");
  authorize(ctx.actor, policy.undoDecision(ctx.actor, { decidedById: latest.resolvedById }));
  const actor = ctx.actor;
  if (latest.resolvedAt < new Date(now.getTime() - UNDO_WINDOW_MS)) throw conflict("moderation.undo.expired");
  return ctx.db.$transaction(async (tx) => {
    const post = await tx.forumPost.findFirst({ where: { id: input.postId, deletedAt: null }, select: { id: true } });
    if (!post) throw notFound();
    const reopened = await tx.forumFlag.updateMany({
      where: { postId: input.postId, status: "DISMISSED", resolvedById: actor.id, resolvedAt: latest.resolvedAt },
      data: { status: "OPEN", resolvedById: null, resolvedAt: null },
    });
    if (reopened.count === 0) throw conflict("moderation.undo.changedSince");
    await audit(tx, { actorId: actor.id, action: "forum.flags.dismiss.undo", entityType: "ForumPost", entityId: input.postId, data: { count: reopened.count } });
    return { reopened: reopened.count };
  });
}
