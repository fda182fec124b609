import { protectedProcedure, publicProcedure, router } from "@/server/trpc/init";
import {
  importCsvInput,
  invitationCreateInput,
  invitationIdInput,
  invitationTokenInput,
  memberAddInput,
  membershipIdInput,
  memberUpdateInput,
  slugInput,
  staffChangeRoleInput,
  staffRemoveInput,
} from "./input";
import {
  acceptInvitation,
  addMember,
  changeStaffRole,
  createInvitation,
  getInvitation,
  getMembersPage,
  getStaffPage,
  importMembersCsv,
  removeMember,
  removeStaff,
  revokeInvitation,
  updateMember,
} from "./service";

// Mounted as `members`; the staff and invitation procedures sit in their own sub-routers.
export const membersRouter = router({
  staff: router({
    list: protectedProcedure.input(slugInput).query(({ ctx, input }) => getStaffPage(ctx, input.slug)),
    changeRole: protectedProcedure.input(staffChangeRoleInput).mutation(({ ctx, input }) => changeStaffRole(ctx, input)),
    remove: protectedProcedure.input(staffRemoveInput).mutation(({ ctx, input }) => removeStaff(ctx, input)),
  }),
  invitations: router({
    create: protectedProcedure.input(invitationCreateInput).mutation(({ ctx, input }) => createInvitation(ctx, input)),
    revoke: protectedProcedure.input(invitationIdInput).mutation(({ ctx, input }) => revokeInvitation(ctx, input)),
    byToken: publicProcedure.input(invitationTokenInput).query(({ ctx, input }) => getInvitation(ctx, input)),
    accept: protectedProcedure.input(invitationTokenInput).mutation(({ ctx, input }) => acceptInvitation(ctx, input)),
  }),
  list: protectedProcedure.input(slugInput).query(({ ctx, input }) => getMembersPage(ctx, input.slug)),
  add: protectedProcedure.input(memberAddInput).mutation(({ ctx, input }) => addMember(ctx, input)),
  update: protectedProcedure.input(memberUpdateInput).mutation(({ ctx, input }) => updateMember(ctx, input)),
  remove: protectedProcedure.input(membershipIdInput).mutation(({ ctx, input }) => removeMember(ctx, input)),
  importCsv: protectedProcedure.input(importCsvInput).mutation(({ ctx, input }) => importMembersCsv(ctx, input)),
});
