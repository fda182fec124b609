import { z } from "zod";
import { optionalText, pageNumber } from "@/server/query-input";

export const ADMIN_PAGE_SIZE = 25;
export const platformRoles = ["ADMIN", "MODERATOR"] as const;
export type PlatformRoleName = (typeof platformRoles)[number];


/** The outbox list: newest first, optionally only mail to recipients matching `q`. */
export const outboxListInput = z.object({ q: optionalText(254), page: pageNumber });
export type OutboxListInput = z.input<typeof outboxListInput>;

export const outboxMailInput = z.object({ id: z.string().trim().min(1).max(64) });

export const peopleSearchInput = z.object({ q: optionalText(200), page: pageNumber });
export type PeopleSearchInput = z.input<typeof peopleSearchInput>;

export const roleChangeInput = z.object({
  userId: z.string().trim().min(1, "errors.notFound").max(64),
  role: z.enum(platformRoles, { error: "admin.people.roleInvalid" }),
});
export type RoleChangeInput = z.input<typeof roleChangeInput>;

