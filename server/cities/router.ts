import { router } from "@/server/trpc/init";

export const citiesRouter = router({});
