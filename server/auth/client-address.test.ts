import http from "node:http";
import { afterAll, describe, expect, it } from "vitest";
import { clientAddress, parseTrustProxy, PEER_HEADER, stampPeerAddress } from "./client-address";

const headers = (peer: string, forwarded?: string) => ({ [PEER_HEADER]: peer, ...(forwarded ? { "x-forwarded-for": forwarded } : {}) });

describe("client address", () => {
  it("ignores X-Forwarded-For without TRUST_PROXY: rotating it changes nothing", () => {
    const trust = parseTrustProxy(undefined);
    const seen = new Set(["1.2.3.4", "5.6.7.8", "9.9.9.9"].map((fake) => clientAddress(headers("203.0.113.9", fake), trust)));
    expect([...seen]).toEqual(["203.0.113.9"]);
  });

  it("takes the hop before the trusted proxies with TRUST_PROXY=1", () => {
    const trust = parseTrustProxy("1");
    // The client forged the first entry; the proxy (the socket peer) appended the real client.
    expect(clientAddress(headers("10.0.0.2", "6.6.6.6, 198.51.100.7"), trust)).toBe("198.51.100.7");
    expect(clientAddress(headers("10.0.0.2"), trust)).toBe("10.0.0.2");
  });

  it("walks past a list of trusted proxy addresses and CIDRs", () => {
    const trust = parseTrustProxy("10.0.0.0/8, 192.0.2.1");
    expect(clientAddress(headers("::ffff:10.0.0.2", "6.6.6.6, 198.51.100.7, 192.0.2.1"), trust)).toBe("198.51.100.7");
    // Not from a trusted proxy: the peer itself.
    expect(clientAddress(headers("203.0.113.5", "6.6.6.6"), trust)).toBe("203.0.113.5");
  });

  it("refuses a TRUST_PROXY it cannot read", () => {
    expect(() => parseTrustProxy("yes please")).toThrow(/TRUST_PROXY/);
  });

  it("stamps the socket address over a client-sent peer header", async () => {
    stampPeerAddress(http);
    const server = http.createServer((req, res) => res.end(String(req.headers[PEER_HEADER])));
    afterAll(() => server.close());
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as { port: number };
    const response = await fetch(`http://127.0.0.1:${port}/`, { headers: { [PEER_HEADER]: "6.6.6.6" } });
    expect(await response.text()).toBe("127.0.0.1");
  });
});
