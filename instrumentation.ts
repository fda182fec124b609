// Next calls register() once when a server process starts. Notifications need a long-lived
// listener and a timer in the Node.js server, never in the edge runtime or during `next build`.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const [http, { stampPeerAddress }] = await Promise.all([import("node:http"), import("./server/auth/client-address")]);
  stampPeerAddress(http);
  // Pages ask whether the database answers before rendering, so an outage answers 503 at once (proxy.ts).
  const [{ databaseTargetFromEnv }, { registerDatabaseProbe }, { probeTimeoutMs, serverProbe }] = await Promise.all([
    import("./server/db/connection"),
    import("./server/db/availability"),
    import("./server/db/probe"),
  ]);
  const target = databaseTargetFromEnv();
  if (target.kind === "server") registerDatabaseProbe(serverProbe(target.url, probeTimeoutMs()));
  (await import("./server/cache/http-page-cache")).installPageCache(http);
  const { startNotificationServices } = await import("./server/notifications/scheduler");
  await startNotificationServices();
}

/** A render failed because the database is unreachable: the next pages answer 503 without trying. */
export async function onRequestError(error: unknown) {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const [{ isDatabaseUnavailable }, { markDatabaseDown }] = await Promise.all([import("./server/db/faults"), import("./server/db/availability")]);
  if (isDatabaseUnavailable(error)) markDatabaseDown();
}
