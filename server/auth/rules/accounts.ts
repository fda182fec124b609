import type { Actor } from "../actor";

// Who may do what with accounts; spread into `policy` (server/auth/policy.ts), the one place that decides.
export const accountsRules = {
  /** Name, email, password and deletion: only the person themselves, never an admin on their behalf. */
  manageOwnAccount: (a: Actor | null, accountId: string) => !!a && a.id === accountId,
  /** A new-address link confirms only for the account that asked for it, signed in. */
  confirmEmailChange: (a: Actor | null, token: { userId: string }) => !!a && a.id === token.userId,
};
