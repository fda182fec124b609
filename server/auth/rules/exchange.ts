import type { Actor } from "../actor";
import { isModerator, mayWrite } from "../roles";

// Who may do what in exchange; spread into `policy` (server/auth/policy.ts), the one place that decides.
export const exchangeRules = {
} satisfies Record<string, (a: Actor | null, ...args: never[]) => boolean>;
