// Next calls register() once when a server process starts. Notifications need a long-lived
// listener and a timer in the Node.js server, never in the edge runtime or during `next build`.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const [http, { stampPeerAddress }] = await Promise.all([import("node:http"), import("./server/auth/client-address")]);
  stampPeerAddress(http);
  (await import("./server/cache/http-page-cache")).installPageCache(http);
  const { startNotificationServices } = await import("./server/notifications/scheduler");
  await startNotificationServices();
}
