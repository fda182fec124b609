import type { TRPCError } from "@trpc/server";
import { RETRY_AFTER_SECONDS } from "@/server/db/faults";

/** Tells clients and proxies when to come back while the database is unavailable or busy. */
export const retryAfterMeta = ({ errors }: { errors: TRPCError[] }) =>
  errors.some((e) => e.code === "SERVICE_UNAVAILABLE") ? { headers: new Headers({ "Retry-After": String(RETRY_AFTER_SECONDS) }) } : {};
