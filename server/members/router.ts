import { router } from "@/server/trpc/init";

export const membersRouter = router({});
