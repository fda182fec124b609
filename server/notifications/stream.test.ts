import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/server/auth/actor";
import { createTestDb, type TestDb } from "@/server/test/db";
import { makeActor } from "@/server/test/factories";
import { notificationHub } from "./live";
import { notify } from "./service";

let t: TestDb;
let actor: Actor | null = null;

// The route reads the session and the reader's language from the request; here they are given.
vi.mock("@/server/auth/session", () => ({ getContext: async () => ({ db: t.db, actor }) }));
vi.mock("@/lib/i18n/server", () => ({ getLocale: async () => "fr" }));
const { GET } = await import("@/app/api/notifications/stream/route");

beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.close());

/** Reads server-sent events from a response body, one `event:`/`data:` block at a time. */
function events(body: ReadableStream<Uint8Array>) {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  return async function next(): Promise<{ event: string; data: { unread: number; items: { title: string }[] } }> {
    for (;;) {
      const end = buffer.indexOf("\n\n");
      if (end >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const event = /^event: (.+)$/m.exec(block)?.[1];
        const data = /^data: (.+)$/m.exec(block)?.[1];
        if (event && data) return { event, data: JSON.parse(data) };
        continue;
      }
      const { value, done } = await reader.read();
      if (done) throw new Error("the stream ended");
      buffer += decoder.decode(value, { stream: true });
    }
  };
}

describe("GET /api/notifications/stream", () => {
  it("refuses a visitor who is not signed in", async () => {
    actor = null;
    const response = await GET(new Request("http://localhost/api/notifications/stream"));
    expect(response.status).toBe(401);
  });

  it("sends the bell's snapshot at once and again when a notification arrives, then lets go on disconnect", async () => {
    actor = await makeActor(t.db);
    const abort = new AbortController();
    const response = await GET(new Request("http://localhost/api/notifications/stream", { signal: abort.signal }));
    expect(response.headers.get("content-type")).toMatch(/^text\/event-stream/);
    const next = events(response.body!);

    const first = await next();
    expect(first).toMatchObject({ event: "notifications", data: { unread: 0, items: [] } });
    expect(notificationHub().listenerCount(actor.id)).toBe(1);

    await notify(t.db, { userIds: [actor.id], kind: "admin.notify.moderatorGranted", link: "/admin" });
    const second = await next();
    expect(second.data.unread).toBe(1);
    expect(second.data.items[0]?.title).toBe("Vous êtes désormais modérateur sur Concord");

    abort.abort();
    expect(notificationHub().listenerCount(actor.id)).toBe(0);
  });
});
