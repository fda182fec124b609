import { router } from "@/server/trpc/init";

export const frameworksRouter = router({});
