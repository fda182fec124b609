import type { Actor } from "./actor";

// The role facts every rule is built from, shared by policy.ts and its per-area rule files.

export const isAdmin = (a: Actor | null) => !!a?.platformRoles.has("ADMIN");
export const isModerator = (a: Actor | null) => isAdmin(a) || !!a?.platformRoles.has("MODERATOR");
export const staffRole = (a: Actor | null, networkId: string) => a?.staff.get(networkId);
export const isNetworkOwner = (a: Actor | null, networkId: string) => staffRole(a, networkId) === "OWNER";
/** A moderator's suspension is running: the person reads but does not post. */
export const isSuspended = (a: Actor | null, now: Date = new Date()) => !!a?.suspendedUntil && a.suspendedUntil > now;
/** Signed in and not suspended: the floor for writing anything others read. */
export const mayWrite = (a: Actor | null): a is Actor => !!a && !isSuspended(a);
