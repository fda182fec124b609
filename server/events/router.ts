import { router } from "@/server/trpc/init";

export const eventsRouter = router({});
