import { router } from "@/server/trpc/init";

export const forumRouter = router({});
