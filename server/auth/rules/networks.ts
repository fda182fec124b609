import type { Actor } from "../actor";
import { isNetworkOwner, staffRole } from "../roles";

// Who may do what with a network's own records; spread into `policy` (server/auth/policy.ts).

export const networksRules = {
  /** The full export holds staff emails and internal records: the network's owners only. */
  /** The dashboard of a network's own records: its staff, owners and editors. */
  seeNetworkDashboard: (a: Actor | null, networkId: string) => !!staffRole(a, networkId),
  exportNetwork: (a: Actor | null, networkId: string) => isNetworkOwner(a, networkId),
};
