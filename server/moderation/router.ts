import { router } from "@/server/trpc/init";

export const moderationRouter = router({});
