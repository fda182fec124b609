import type { Actor } from "../actor";
import { isModerator, mayWrite } from "../roles";

// Who may do what in frameworks; spread into `policy` (server/auth/policy.ts), the one place that decides.
export const frameworksRules = {
} satisfies Record<string, (a: Actor | null, ...args: never[]) => boolean>;
