import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { getContext } from "@/server/auth/session";
import { RETRY_AFTER_SECONDS } from "@/server/db/faults";
import { appRouter } from "@/server/trpc/root";

const handler = (req: Request) =>
  fetchRequestHandler({ endpoint: "/api/trpc", req, router: appRouter, createContext: () => getContext(),
    // Tells clients and proxies when to come back while the database is unavailable.
    responseMeta: ({ errors }) => (errors.some((e) => e.code === "SERVICE_UNAVAILABLE") ? { headers: new Headers({ "Retry-After": String(RETRY_AFTER_SECONDS) }) } : {}),
  });

export { handler as GET, handler as POST };
