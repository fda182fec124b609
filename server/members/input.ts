import { z } from "zod";

export const staffRoles = ["OWNER", "EDITOR"] as const;
export const memberTypes = ["MEMBER", "OBSERVER", "PARTNER"] as const;
export const memberKinds = ["city", "partner"] as const;
export type MemberKind = (typeof memberKinds)[number];

/** Invitation links stay valid this long. */
export const INVITATION_TTL_MS = 7 * 24 * 60 * 60 * 1000;
/** CSV imports larger than this are refused before parsing. */
export const MAX_CSV_BYTES = 1_000_000;
export const MAX_CSV_ROWS = 5_000;
export const MIN_YEAR = 1800;
export const currentYear = () => new Date().getUTCFullYear();

const id = z.string().trim().min(1).max(64);

export const yearJoined = z
  .number("members.errors.year")
  .int("members.errors.year")
  .min(MIN_YEAR, "members.errors.year")
  .refine((y) => y <= currentYear(), "members.errors.year")
  .nullable();

export const networkIdInput = z.object({ networkId: id });
export const slugInput = z.object({ slug: z.string().trim().min(1).max(120) });

export const staffChangeRoleInput = z.object({ networkId: id, userId: id, role: z.enum(staffRoles, "members.errors.role") });
export type StaffChangeRoleInput = z.input<typeof staffChangeRoleInput>;

export const staffRemoveInput = z.object({ networkId: id, userId: id });
export type StaffRemoveInput = z.input<typeof staffRemoveInput>;

export const invitationCreateInput = z.object({
  networkId: id,
  email: z.string().trim().toLowerCase().pipe(z.email("members.errors.email").max(254, "members.errors.email")),
  role: z.enum(staffRoles, "members.errors.role").default("EDITOR"),
});
export type InvitationCreateInput = z.input<typeof invitationCreateInput>;

export const invitationIdInput = z.object({ invitationId: id });
export type InvitationIdInput = z.input<typeof invitationIdInput>;

export const invitationTokenInput = z.object({ token: z.string().trim().min(1).max(200) });
export type InvitationTokenInput = z.input<typeof invitationTokenInput>;

export const memberAddInput = z.object({
  networkId: id,
  kind: z.enum(memberKinds, "members.errors.kind"),
  /** A slug or the exact name (any case) of an existing city or partner organisation. */
  ref: z.string().trim().min(1, "members.errors.refRequired").max(200, "members.errors.refRequired"),
  memberType: z.enum(memberTypes, "members.errors.memberType").default("MEMBER"),
  yearJoined: yearJoined.default(null),
});
export type MemberAddInput = z.input<typeof memberAddInput>;

export const memberUpdateInput = z.object({
  membershipId: id,
  memberType: z.enum(memberTypes, "members.errors.memberType"),
  yearJoined,
});
export type MemberUpdateInput = z.input<typeof memberUpdateInput>;

export const membershipIdInput = z.object({ membershipId: id });
export type MembershipIdInput = z.input<typeof membershipIdInput>;

export const importCsvInput = z.object({
  networkId: id,
  // Slightly above the byte limit in characters so the service can answer with the clear size message.
  csv: z.string().max(MAX_CSV_BYTES * 2, "members.csv.errors.tooLarge"),
});
export type ImportCsvInput = z.input<typeof importCsvInput>;
