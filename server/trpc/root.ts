import { accountsRouter } from "@/server/accounts/router";
import { adminRouter } from "@/server/admin/router";
import { citiesRouter } from "@/server/cities/router";
import { initiativesRouter } from "@/server/initiatives/router";
import { membersRouter } from "@/server/members/router";
import { networksRouter } from "@/server/networks/router";
import { notificationsRouter } from "@/server/notifications/router";
import { practicesRouter } from "@/server/practices/router";
import { partnersRouter } from "@/server/partners/router";
import { challengesRouter } from "@/server/challenges/router";
import { eventsRouter } from "@/server/events/router";
import { exchangeRouter } from "@/server/exchange/router";
import { forumRouter } from "@/server/forum/router";
import { frameworksRouter } from "@/server/frameworks/router";
import { moderationRouter } from "@/server/moderation/router";
import { router } from "./init";

export const appRouter = router({
  accounts: accountsRouter,
  admin: adminRouter,
  cities: citiesRouter,
  initiatives: initiativesRouter,
  members: membersRouter,
  networks: networksRouter,
  notifications: notificationsRouter,
  partners: partnersRouter,
  practices: practicesRouter,
  challenges: challengesRouter,
  events: eventsRouter,
  exchange: exchangeRouter,
  forum: forumRouter,
  frameworks: frameworksRouter,
  moderation: moderationRouter,
});

export type AppRouter = typeof appRouter;
