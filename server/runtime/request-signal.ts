import { AsyncLocalStorage } from "node:async_hooks";
import type { ServerResponse } from "node:http";

// A page's heavy database work (search, similar initiatives) can stop when its reader goes away.
// The server runs each request inside this storage with a signal that aborts when the response
// closes before it was finished (the client disconnected); services called while Next renders
// that request read it. Kept on globalThis: the server script and Next's bundles of the pages
// each load their own copy of this module, and all must share the one storage.
const global = globalThis as { concordRequestSignals?: AsyncLocalStorage<AbortSignal> };
const storage = (global.concordRequestSignals ??= new AsyncLocalStorage<AbortSignal>());

/** The signal of the request being served, if the server set one (not in `next dev` nor in tests). */
export function requestSignal(): AbortSignal | undefined {
  return storage.getStore();
}

/** Runs `handle` with a signal that aborts if the client goes away before the response is finished. */
export function withRequestSignal<T>(res: ServerResponse, handle: () => T): T {
  const controller = new AbortController();
  res.once("close", () => {
    if (!res.writableFinished) controller.abort(new Error("The client went away before the response was finished."));
  });
  return storage.run(controller.signal, handle);
}
