import { router } from "@/server/trpc/init";

export const exchangeRouter = router({});
