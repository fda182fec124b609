// Domain errors know nothing of HTTP: services throw a coded AppError whose message is a catalog
// key; one formatter (server/trpc/init.ts, app/api/v1) maps codes to transport statuses.

export type AppErrorCode = "NOT_FOUND" | "FORBIDDEN" | "UNAUTHORIZED" | "CONFLICT" | "VALIDATION" | "RATE_LIMITED" | "UNAVAILABLE";

export type FieldErrors = Record<string, string[]>;

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    /** A message catalog key, e.g. "errors.notAllowed". */
    message: string,
    readonly details?: { fieldErrors?: FieldErrors; rowErrors?: RowError[]; params?: Record<string, string | number> },
  ) {
    super(message);
    this.name = "AppError";
  }
}

export type RowError = { row: number; field?: string; message: string };

export const notFound = (what = "errors.notFound") => new AppError("NOT_FOUND", what);
export const forbidden = () => new AppError("FORBIDDEN", "errors.notAllowed");
export const unauthorized = () => new AppError("UNAUTHORIZED", "errors.signInRequired");
export const conflict = (key = "errors.conflict") => new AppError("CONFLICT", key);
export const invalid = (fieldErrors: FieldErrors, key = "errors.validation") =>
  new AppError("VALIDATION", key, { fieldErrors });
