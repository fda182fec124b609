import { getLocale } from "@/lib/i18n/server";
import { getContext } from "@/server/auth/session";
import { notificationHub } from "@/server/notifications/live";
import { bellSnapshot } from "@/server/notifications/service";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

/** Comments keep proxies and the browser from closing an idle stream. */
const HEARTBEAT_MS = 25_000;
/** Several notifications in one burst (a mention of a whole network) reload the bell once. */
const COALESCE_MS = 150;

/**
 * The signed-in person's bell, live (server-sent events): a snapshot (unread count and latest
 * items, in their language) on connect and again whenever this instance's hub says their
 * notifications changed — whichever app instance created them.
 */
export async function GET(request: Request) {
  const { db, actor } = await getContext();
  if (!actor) return new Response("Sign in to receive live notifications.", { status: 401, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const locale = await getLocale();
  const encoder = new TextEncoder();
  let cleanup = () => {};

  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      let closed = false;
      let pending: NodeJS.Timeout | null = null;
      let sending = Promise.resolve();
      const write = (text: string) => {
        if (!closed) controller.enqueue(encoder.encode(text));
      };
      const send = () => {
        // Chained so snapshots leave in the order they were read.
        sending = sending.then(async () => {
          if (closed) return;
          try {
            const snapshot = await bellSnapshot(db, actor.id, locale);
            write(`event: notifications\ndata: ${JSON.stringify(snapshot)}\n\n`);
          } catch (error) {
            console.error("Live notifications: reading the bell failed.", error);
          }
        });
      };
      const changed = () => {
        if (pending) return;
        pending = setTimeout(() => {
          pending = null;
          send();
        }, COALESCE_MS);
      };
      const unsubscribe = notificationHub().subscribe(actor.id, changed);
      const heartbeat = setInterval(() => write(": heartbeat\n\n"), HEARTBEAT_MS);
      cleanup = () => {
        if (closed) return;
        closed = true;
        unsubscribe();
        clearInterval(heartbeat);
        if (pending) clearTimeout(pending);
        try {
          controller.close();
        } catch {
          // Already closed by the client going away.
        }
      };
      request.signal.addEventListener("abort", cleanup, { once: true });
      write("retry: 5000\n\n");
      send();
    },
    cancel() {
      cleanup();
    },
  });

  return new Response(stream, {
    headers: {
      "Content-Type": "text/event-stream; charset=utf-8",
      "Cache-Control": "no-cache, no-transform",
      Connection: "keep-alive",
      "X-Accel-Buffering": "no",
    },
  });
}
