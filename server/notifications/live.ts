import { EventEmitter } from "node:events";
import pg from "pg";
import { DATABASE_REACHABLE, databaseEvents } from "@/server/db/availability";
import { databaseTargetFromEnv } from "@/server/db/connection";
import { onShutdown } from "@/server/runtime/shutdown";
import type { DbOrTx } from "@/server/db/client";

/** The PostgreSQL channel every app instance listens on; the payload is the recipient's user id. */
export const NOTIFICATION_CHANNEL = "concord_notifications";
/** Emitted to every open stream when deliveries may have been missed (a listener reconnected). */
export const RESYNC = "*";

/**
 * One process's switchboard: open event streams subscribe by user id. It lives on globalThis
 * because Next bundles instrumentation and route handlers separately, and both must reach the same
 * hub in one server process.
 */
export class NotificationHub {
  private readonly events = new EventEmitter().setMaxListeners(0);

  subscribe(userId: string, onChange: () => void): () => void {
    this.events.on(userId, onChange);
    this.events.on(RESYNC, onChange);
    return () => {
      this.events.off(userId, onChange);
      this.events.off(RESYNC, onChange);
    };
  }

  deliver(userId: string) {
    this.events.emit(userId);
  }

  resync() {
    this.events.emit(RESYNC);
  }

  listenerCount(userId: string) {
    return this.events.listenerCount(userId);
  }
}

const live = globalThis as unknown as { concordNotificationHub?: NotificationHub; concordNotificationListener?: NotificationListener };

export function notificationHub(): NotificationHub {
  live.concordNotificationHub ??= new NotificationHub();
  return live.concordNotificationHub;
}

/**
 * Announces new notifications for `userIds`, as part of `db`'s transaction when it is one.
 * `pg_notify` is transactional: listeners on every instance hear it only once the rows are
 * committed, and never for a rollback. On the embedded database there is one instance and no
 * listener, so the in-process hub is told directly; PGlite runs one transaction at a time, so a
 * stream that reloads on this signal waits for the transaction to finish before it reads.
 */
export async function announce(db: DbOrTx, userIds: string[]): Promise<void> {
  if (userIds.length === 0) return;
  await db.$executeRaw`SELECT pg_notify(${NOTIFICATION_CHANNEL}, u) FROM unnest(${userIds}::text[]) AS u`;
  if (databaseTargetFromEnv().kind === "embedded") {
    const hub = notificationHub();
    for (const userId of userIds) hub.deliver(userId);
  }
}

/**
 * The one dedicated LISTEN connection of an app instance sharing a PostgreSQL server with others.
 * It survives a dropped connection: it reconnects with growing pauses, and after reconnecting tells
 * every open stream to reload, since notifications sent while it was away were not heard.
 */
/** Longest pause between reconnect attempts: notifications resume within seconds of the database. */
export const RECONNECT_CAP_MS = 3_000;

export class NotificationListener {
  private client: pg.Client | null = null;
  private stopped = false;
  private retryTimer: NodeJS.Timeout | null = null;
  private failures = 0;
  private connectedOnce = false;

  constructor(
    private readonly url: string,
    private readonly hub: NotificationHub,
    private readonly log: (message: string) => void = (m) => console.warn(m),
  ) {}

  private readonly onReachable = () => this.reconnectNow();

  /** Resolves once listening (or after the first failure, with a reconnect scheduled). */
  async start(): Promise<void> {
    this.stopped = false;
    databaseEvents.on(DATABASE_REACHABLE, this.onReachable);
    await this.connect();
  }

  /** The database answered another connection: skip the rest of the pause. */
  reconnectNow(): void {
    if (this.stopped || !this.retryTimer) return;
    clearTimeout(this.retryTimer);
    this.retryTimer = null;
    void this.connect();
  }

  get listening() {
    return this.client !== null;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    databaseEvents.off(DATABASE_REACHABLE, this.onReachable);
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
  }

  private async connect() {
    const client = new pg.Client({ connectionString: this.url, keepAlive: true, application_name: "concord-notifications" });
    client.on("notification", (message) => {
      if (message.channel === NOTIFICATION_CHANNEL && message.payload) this.hub.deliver(message.payload);
    });
    client.on("error", (error) => this.dropped(client, error));
    client.on("end", () => this.dropped(client));
    try {
      await client.connect();
      await client.query(`LISTEN ${NOTIFICATION_CHANNEL}`);
    } catch (error) {
      await client.end().catch(() => undefined);
      this.dropped(client, error);
      return;
    }
    if (this.stopped) {
      await client.end().catch(() => undefined);
      return;
    }
    this.client = client;
    this.failures = 0;
    if (this.connectedOnce) this.hub.resync();
    this.connectedOnce = true;
  }

  private dropped(client: pg.Client, error?: unknown) {
    if (this.client && this.client !== client) return;
    this.client = null;
    if (this.stopped || this.retryTimer) return;
    this.failures += 1;
    const delay = Math.min(RECONNECT_CAP_MS, 250 * 2 ** Math.min(this.failures, 4));
    this.log(`Notification listener disconnected${error instanceof Error ? ` (${error.message})` : ""}; reconnecting in ${delay} ms.`);
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      if (!this.stopped) void this.connect();
    }, delay);
    this.retryTimer.unref();
  }
}

/** Starts this instance's listener when the database is a PostgreSQL server (once per process). */
export async function startNotificationListener(): Promise<void> {
  const target = databaseTargetFromEnv();
  if (target.kind !== "server" || live.concordNotificationListener) return;
  const listener = new NotificationListener(target.url, notificationHub());
  live.concordNotificationListener = listener;
  onShutdown("the notification listener", () => listener.stop());
  await listener.start();
}
