import { router } from "@/server/trpc/init";

export const networksRouter = router({});
