// Database faults that say nothing about the request itself: the database is unreachable or too
// slow (answer 503 "temporarily unavailable"), or two transactions collided (worth one more try).

const UNAVAILABLE_PRISMA = new Set(["P1001", "P1002", "P1008", "P1017"]);
const UNAVAILABLE_PG = new Set(["57014", "57P01", "57P03", "08000", "08001", "08003", "08006"]);
// Driver adapter error kinds, as raw queries report them (P2010) instead of a P1xxx code.
const UNAVAILABLE_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout"]);
const UNAVAILABLE_TEXT = /Can't reach database server|ECONNREFUSED|ECONNRESET|ETIMEDOUT|timeout exceeded when trying to connect|Connection terminated|connection timeout|Query read timeout|canceling statement due to statement timeout/i;
const TRANSIENT_PG = new Set(["40001", "40P01"]);
// Prisma's pool wait (P2024) and interactive-transaction start/expiry limits (P2028).
const BUSY_PRISMA = new Set(["P2024", "P2028"]);
const BUSY_TEXT = /Unable to start a transaction in the given time|Timed out fetching a new connection|expired transaction|Transaction already closed/i;

type Fault = { code?: unknown; message?: unknown; cause?: unknown; meta?: { driverAdapterError?: { cause?: { originalCode?: unknown; kind?: unknown } } } };

function* chain(error: unknown): Generator<Fault> {
  let current: unknown = error;
  for (let depth = 0; current && typeof current === "object" && depth < 5; depth++) {
    yield current as Fault;
    current = (current as Fault).cause;
  }
}

const pgCodeOf = (e: Fault) => String(e.meta?.driverAdapterError?.cause?.originalCode ?? e.code ?? "");

/** The database did not answer in time or at all. */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (const e of chain(error)) {
    const code = pgCodeOf(e);
    if (UNAVAILABLE_PRISMA.has(code) || UNAVAILABLE_PG.has(code)) return true;
    if (UNAVAILABLE_KINDS.has(String(e.meta?.driverAdapterError?.cause?.kind ?? ""))) return true;
    if (typeof e.message === "string" && UNAVAILABLE_TEXT.test(e.message)) return true;
  }
  return false;
}

/** A serialization failure, deadlock or write conflict: retrying the whole transaction may succeed. */
export function isTransientConflict(error: unknown): boolean {
  for (const e of chain(error)) {
    const code = pgCodeOf(e);
    if (code === "P2034" || TRANSIENT_PG.has(code)) return true;
  }
  return false;
}

/**
 * The database answers but is saturated: a transaction waited too long for a connection or its
 * turn, or kept colliding after its retries. Also 503 with Retry-After, but "busy, try again".
 */
export function isDatabaseBusy(error: unknown): boolean {
  for (const e of chain(error)) {
    const code = pgCodeOf(e);
    if (BUSY_PRISMA.has(code) || code === "P2034" || TRANSIENT_PG.has(code)) return true;
    if (typeof e.message === "string" && BUSY_TEXT.test(e.message)) return true;
  }
  return false;
}

/** Runs a transaction, again (up to `attempts` times, with a short jittered pause) after a transient conflict. */
export async function retryTransient<T>(run: () => Promise<T>, attempts = 3): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await run();
    } catch (error) {
      if (attempt >= attempts || !isTransientConflict(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 20 * attempt + Math.random() * 50));
    }
  }
}

/** Seconds a client should wait before trying again while the database is unavailable. */
export const RETRY_AFTER_SECONDS = 10;
