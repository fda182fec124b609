import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { getContext } from "@/server/auth/session";
import { retryAfterMeta } from "@/server/trpc/response-meta";
import { appRouter } from "@/server/trpc/root";

const handler = (req: Request) =>
  fetchRequestHandler({ endpoint: "/api/trpc", req, router: appRouter, createContext: () => getContext(), responseMeta: retryAfterMeta });

export { handler as GET, handler as POST };
