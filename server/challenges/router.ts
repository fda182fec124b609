import { router } from "@/server/trpc/init";

export const challengesRouter = router({});
