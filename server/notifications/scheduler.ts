import { getDb } from "@/server/db/client";
import { sendDigests } from "./digest";
import { startNotificationListener } from "./live";

/** How often the server looks for people due a digest; each person still gets at most one a day. */
export const DIGEST_CHECK_MS = 60 * 60 * 1000;
const FIRST_CHECK_MS = 60 * 1000;

const state = globalThis as unknown as { concordNotificationServices?: boolean };

async function runDigests() {
  try {
    const { sent } = await sendDigests(getDb(), new Date());
    if (sent) console.log(`Sent ${sent} notification digest${sent === 1 ? "" : "s"}.`);
  } catch (error) {
    console.error("Notification digests failed; the next run retries them.", error);
  }
}

/**
 * The server process's background work for notifications, started once from instrumentation.ts:
 * the LISTEN connection that brings other instances' notifications to this one's open streams (on
 * a PostgreSQL server), and the hourly digest run. Timers are unref'd so they never hold the
 * process open on shutdown.
 */
export async function startNotificationServices(): Promise<void> {
  if (state.concordNotificationServices) return;
  state.concordNotificationServices = true;
  await startNotificationListener();
  setTimeout(() => {
    void runDigests();
    setInterval(() => void runDigests(), DIGEST_CHECK_MS).unref();
  }, FIRST_CHECK_MS).unref();
}
