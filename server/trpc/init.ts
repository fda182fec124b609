import { initTRPC, TRPCError } from "@trpc/server";
import superjson from "superjson";
import { z, ZodError } from "zod";
import type { Context } from "@/server/auth/actor";
import { isDatabaseBusy, isDatabaseUnavailable } from "@/server/db/faults";
import { AppError, type AppErrorCode } from "@/server/errors";

const trpcCode: Record<AppErrorCode, TRPCError["code"]> = {
  NOT_FOUND: "NOT_FOUND",
  FORBIDDEN: "FORBIDDEN",
  UNAUTHORIZED: "UNAUTHORIZED",
  CONFLICT: "CONFLICT",
  VALIDATION: "BAD_REQUEST",
  RATE_LIMITED: "TOO_MANY_REQUESTS",
  UNAVAILABLE: "SERVICE_UNAVAILABLE",
};

/** What a client receives: a catalog key as message, field/row errors; never a stack trace. */
const t = initTRPC.context<Context>().create({
  transformer: superjson,
  isDev: false,
  errorFormatter({ shape, error }) {
    const cause = error.cause;
    if (cause instanceof ZodError) {
      return {
        message: "errors.validation",
        code: shape.code,
        data: { code: "BAD_REQUEST", httpStatus: 400, fieldErrors: z.flattenError(cause).fieldErrors as Record<string, string[]> },
      };
    }
    if (cause instanceof AppError) {
      return {
        message: cause.message,
        code: shape.code,
        data: { code: shape.data.code, httpStatus: shape.data.httpStatus, ...cause.details },
      };
    }
    const known = error.code !== "INTERNAL_SERVER_ERROR";
    return {
      message: known ? error.message : "errors.unexpected",
      code: shape.code,
      data: { code: shape.data.code, httpStatus: shape.data.httpStatus },
    };
  },
});

const mapDomainErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok) {
    const cause = result.error.cause;
    if (cause instanceof AppError) {
      throw new TRPCError({ code: trpcCode[cause.code], message: cause.message, cause });
    }
    if (cause instanceof ZodError) {
      throw new TRPCError({ code: "BAD_REQUEST", message: "errors.validation", cause });
    }
    // Too much contention (pool wait, transaction limit, conflicts after the retries): 503 "busy".
    if (isDatabaseBusy(cause)) {
      throw new TRPCError({ code: "SERVICE_UNAVAILABLE", message: "errors.busy", cause: new AppError("UNAVAILABLE", "errors.busy") });
    }
    // A database that is down or hung is not the request's fault: 503, "try again shortly".
    if (isDatabaseUnavailable(cause)) {
      throw new TRPCError({ code: "SERVICE_UNAVAILABLE", message: "errors.unavailable", cause: new AppError("UNAVAILABLE", "errors.unavailable") });
    }
    if (result.error.code === "INTERNAL_SERVER_ERROR") console.error(result.error);
  }
  return result;
});

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;
export const publicProcedure = t.procedure.use(mapDomainErrors);
export const protectedProcedure = publicProcedure.use(({ ctx, next }) => {
  if (!ctx.actor) throw new AppError("UNAUTHORIZED", "errors.signInRequired");
  return next({ ctx: { ...ctx, actor: ctx.actor } });
});
