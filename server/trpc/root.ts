import { accountsRouter } from "@/server/accounts/router";
import { router } from "./init";

export const appRouter = router({
  accounts: accountsRouter,
});

export type AppRouter = typeof appRouter;
