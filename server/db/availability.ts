import { EventEmitter } from "node:events";

// The database pool reports here when a connection succeeds again, so long-lived listeners (the
// notifications LISTEN connection) reconnect at once instead of waiting out their backoff.
const global = globalThis as unknown as { concordDbEvents?: EventEmitter };
export const databaseEvents: EventEmitter = (global.concordDbEvents ??= new EventEmitter());
databaseEvents.setMaxListeners(50);

export const DATABASE_REACHABLE = "reachable";
