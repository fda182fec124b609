import { router } from "@/server/trpc/init";

export const partnersRouter = router({});
