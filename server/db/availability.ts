import { EventEmitter } from "node:events";

// The database pool reports here when a connection succeeds again, so long-lived listeners (the
// notifications LISTEN connection) reconnect at once instead of waiting out their backoff.
const global = globalThis as unknown as { concordDbEvents?: EventEmitter };
export const databaseEvents: EventEmitter = (global.concordDbEvents ??= new EventEmitter());
databaseEvents.setMaxListeners(50);

export const DATABASE_REACHABLE = "reachable";

// What pages need to answer 503 before they try to render: whether the database answers now.
// The proxy asks before each page. The probe (registered at server start, for a PostgreSQL server
// only) is one `SELECT 1` on its own connection, shared by the pages that ask while it runs; a
// "down" answer, or a request that failed because the database was unreachable, stands for
// DOWN_RECHECK_MS so an outage does not cost every page a probe's timeout. Kept free of imports so
// the proxy bundle stays small.

/** Where the proxy rewrites pages during an outage, and the request header carrying the address asked for. */
export const UNAVAILABLE_PAGE = "/unavailable";
export const UNAVAILABLE_HEADER = "x-concord-unavailable";
export const DOWN_RECHECK_MS = 1_000;

type Probe = () => Promise<boolean>;
type State = { probe?: Probe; up: boolean; checkedAt: number; running?: Promise<boolean> };
const state: State = ((global as { concordDbAvailability?: State }).concordDbAvailability ??= { up: true, checkedAt: 0 });

export function registerDatabaseProbe(probe: Probe | undefined): void {
  state.probe = probe;
  state.up = true;
  state.checkedAt = 0;
}

/** A request failed with a database-unreachable error: pages answer 503 without asking, for a moment. */
export function markDatabaseDown(now = Date.now()): void {
  state.up = false;
  state.checkedAt = now;
}

databaseEvents.on(DATABASE_REACHABLE, () => {
  state.up = true;
  state.checkedAt = Date.now();
});

/** Whether a recent check or request found the database unreachable; asks nothing. */
export function databaseKnownDown(now = Date.now()): boolean {
  return Boolean(state.probe) && !state.up && now - state.checkedAt < DOWN_RECHECK_MS;
}

/** Whether the database answers now; true when there is no probe. */
export async function databaseAvailable(now = Date.now()): Promise<boolean> {
  const probe = state.probe;
  // Embedded PGlite lives in this process: nothing to probe, and nothing that could come back.
  if (!probe) return true;
  if (!state.up && now - state.checkedAt < DOWN_RECHECK_MS) return false;
  state.running ??= probe()
    .catch(() => false)
    .then((up) => {
      state.up = up;
      state.checkedAt = Date.now();
      return up;
    })
    .finally(() => {
      state.running = undefined;
    });
  return state.running;
}
