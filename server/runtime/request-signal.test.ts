import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { requestSignal, withRequestSignal } from "./request-signal";

let server: http.Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

/** A server whose handler gets the request's signal after some awaits, as a page rendering would. */
async function serve(handler: (signal: AbortSignal, res: http.ServerResponse) => void) {
  server = http.createServer((_req, res) =>
    withRequestSignal(res, async () => {
      await new Promise((resolve) => setTimeout(resolve, 5));
      await Promise.resolve();
      handler(requestSignal()!, res);
    }),
  );
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  return (server.address() as AddressInfo).port;
}

describe("request signals", () => {
  it("abort when the client goes away before the response is finished", async () => {
    let aborted!: (reason: unknown) => void;
    const seen = new Promise((resolve) => (aborted = resolve));
    const port = await serve((signal) => signal.addEventListener("abort", () => aborted(signal.reason), { once: true }));
    const request = http.get({ port, host: "127.0.0.1", path: "/search?q=climate" });
    request.on("error", () => undefined);
    // The handler has its signal once the request arrived; then the reader leaves.
    await new Promise((resolve) => setTimeout(resolve, 50));
    request.destroy();
    expect(String(await seen)).toContain("went away");
  });

  it("stay quiet for a response that was finished", async () => {
    let closed!: (signal: AbortSignal) => void;
    const done = new Promise<AbortSignal>((resolve) => (closed = resolve));
    const port = await serve((signal, res) => {
      res.once("close", () => closed(signal));
      res.end("ok");
    });
    const body = await (await fetch(`http://127.0.0.1:${port}/`)).text();
    expect(body).toBe("ok");
    expect((await done).aborted).toBe(false);
  });

  it("are absent outside a served request", () => {
    expect(requestSignal()).toBeUndefined();
  });
});
