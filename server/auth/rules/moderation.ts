import type { Actor } from "../actor";
import { isModerator, mayWrite } from "../roles";

// Who may do what in moderation; spread into `policy` (server/auth/policy.ts), the one place that decides.
export const moderationRules = {
} satisfies Record<string, (a: Actor | null, ...args: never[]) => boolean>;
