import { router } from "@/server/trpc/init";

export const notificationsRouter = router({});
