import { BlockList, isIP } from "node:net";
import type { IncomingMessage, Server } from "node:http";

// Next fills X-Forwarded-For from the socket only when the client did not send one, so the header
// alone is whatever the client chose. The socket address is stamped into PEER_HEADER by
// `stampPeerAddress` (overwriting any client-sent value); forwarded hops count only under TRUST_PROXY.
export const PEER_HEADER = "x-concord-peer";

export type TrustProxy = { hops: number } | { proxies: BlockList } | null;

/** TRUST_PROXY: empty (no proxy), a number of trusted hops, or a comma list of proxy addresses/CIDRs. */
export function parseTrustProxy(value: string | undefined): TrustProxy {
  const text = value?.trim() ?? "";
  if (text === "" || text === "0" || text === "false") return null;
  if (/^\d+$/.test(text)) return { hops: Number(text) };
  const proxies = new BlockList();
  for (const entry of text.split(",").map((s) => s.trim()).filter(Boolean)) {
    const [address = "", bits] = entry.split("/");
    const family = isIP(address) === 6 ? "ipv6" : "ipv4";
    if (!isIP(address)) throw new Error(`TRUST_PROXY: "${entry}" is neither a number of hops nor an IP address or CIDR.`);
    if (bits === undefined) proxies.addAddress(address, family);
    else proxies.addSubnet(address, Number(bits), family);
  }
  return { proxies };
}

const unmapped = (address: string) => address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, "");
const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** The client's address: the socket peer, or under TRUST_PROXY the hop the trusted proxies reported. */
export function clientAddress(headers: Record<string, string | string[] | undefined> | undefined, trust: TrustProxy): string | null {
  const peer = first(headers?.[PEER_HEADER])?.trim();
  if (!peer) return null;
  if (!trust) return unmapped(peer);
  const forwarded = (first(headers?.["x-forwarded-for"]) ?? "").split(",").map((s) => s.trim()).filter(Boolean);
  const chain = [...forwarded, peer].map(unmapped);
  if ("hops" in trust) return chain[Math.max(0, chain.length - 1 - trust.hops)] ?? null;
  // Walk back from the socket past every trusted proxy; the first other address is the client.
  for (let i = chain.length - 1; i >= 0; i--) {
    const address = chain[i]!;
    const family = isIP(address) === 6 ? "ipv6" : "ipv4";
    if (!isIP(address) || !trust.proxies.check(address, family)) return address;
  }
  return chain[0] ?? null;
}

let trustCache: TrustProxy | undefined;
export const trustProxy = (): TrustProxy => (trustCache ??= parseTrustProxy(process.env.TRUST_PROXY));

/** Whether the request came over HTTPS: the socket, or under TRUST_PROXY the proxy's X-Forwarded-Proto. */
export function requestIsHttps(headers: Headers, trust: TrustProxy): boolean {
  if (!trust) return headers.get(PEER_HEADER + "-tls") === "1";
  return (headers.get("x-forwarded-proto") ?? "").split(",")[0]?.trim() === "https";
}

let stamped = false;
/** Copies every HTTP request's socket address (and TLS) into headers the app can trust. Call once at server start. */
export function stampPeerAddress(http: { Server: typeof Server }): void {
  if (stamped) return;
  stamped = true;
  const emit = http.Server.prototype.emit;
  http.Server.prototype.emit = function (this: Server, event: string | symbol, ...args: unknown[]) {
    if (event === "request") {
      const req = args[0] as IncomingMessage;
      req.headers[PEER_HEADER] = req.socket.remoteAddress ?? "";
      req.headers[PEER_HEADER + "-tls"] = "encrypted" in req.socket && req.socket.encrypted ? "1" : "0";
    }
    return Reflect.apply(emit, this, [event, ...args]) as boolean;
  } as typeof emit;
}
