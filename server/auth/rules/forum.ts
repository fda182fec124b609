import type { Actor } from "../actor";
import { isModerator, mayWrite, staffRole } from "../roles";

type Speaker = { kind: "INDIVIDUAL" | "NETWORK" | "CITY" | "PARTNER"; id?: string | null };

// Who may do what in forum; spread into `policy` (server/auth/policy.ts), the one place that decides.
export const forumRules = {
  /** Anyone signed in and not suspended starts threads. */
  startForumThread: (a: Actor | null) => mayWrite(a),
  /** Replies need a writable account; a locked thread takes replies from moderators only. */
  replyInForum: (a: Actor | null, thread: { lockedAt: Date | null }) => mayWrite(a) && (!thread.lockedAt || isModerator(a)),
  /** A post speaks for a network the actor staffs, a city they officer, a partner they belong to, or only themselves. */
  speakInForumAs: (a: Actor | null, speaker: Speaker) => {
    if (!a) return false;
    if (speaker.kind === "INDIVIDUAL") return true;
    if (!speaker.id) return false;
    if (speaker.kind === "NETWORK") return !!staffRole(a, speaker.id);
    if (speaker.kind === "CITY") return a.cities.has(speaker.id);
    return a.partners.has(speaker.id);
  },
  /** Authors edit their own posts while the thread is open; moderators edit anything. */
  editForumPost: (a: Actor | null, post: { authorId: string | null; threadLocked: boolean }) =>
    mayWrite(a) && (isModerator(a) || (a.id === post.authorId && !post.threadLocked)),
  /** Authors delete their own posts (soft); moderators delete anything. */
  deleteForumPost: (a: Actor | null, post: { authorId: string | null }) => !!a && (isModerator(a) || a.id === post.authorId),
  /** Liking someone else's post; one's own does not count. */
  likeForumPost: (a: Actor | null, post: { authorId: string | null }) => mayWrite(a) && a.id !== post.authorId,
  /** The thread's author or a moderator marks the answer that solved it. */
  acceptForumAnswer: (a: Actor | null, thread: { authorId: string | null }) => mayWrite(a) && (isModerator(a) || a.id === thread.authorId),
  /** Following, drafts and read tracking are the reader's own. */
  followInForum: (a: Actor | null) => !!a,
  keepForumDraft: (a: Actor | null) => !!a,
  /** Hidden and deleted threads and the text of hidden posts stay visible to moderators. */
  seeHiddenForumContent: (a: Actor | null) => isModerator(a),
} satisfies Record<string, (a: Actor | null, ...args: never[]) => boolean>;
