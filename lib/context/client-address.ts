import "server-only";
import { BlockList, isIP } from "node:net";
import { env } from "@/lib/env";

/**
 * Whom to believe about the client's address (docs/security.md, "Client addresses").
 *
 * The address a request came from is the socket's peer, which scripts/serve.mjs stamps on every
 * request as `X-Yibao-Peer: <token> <address>` (replacing any such header the client sent; the
 * token is made per process, so a header without it was not made by this server). Forwarded
 * headers (X-Forwarded-For, -Proto, -Host) are believed only when that peer is one of
 * TRUSTED_PROXIES; then the client is the right-most X-Forwarded-For hop that is not itself a
 * trusted proxy. Anything else a client writes into those headers is ignored.
 */
export interface PeerFacts {
  /** The client's address ("unknown" when the server did not say: `next dev`, or a bare `next start`). */
  address: string;
  /** The request came through a trusted proxy, so its forwarded headers count. */
  viaTrustedProxy: boolean;
}

export const PEER_HEADER = "x-yibao-peer";

let trusted: BlockList | null = null;

function trustedProxies(): BlockList {
  if (trusted) return trusted;
  trusted = new BlockList();
  for (const entry of env.TRUSTED_PROXIES) {
    const [address, prefix] = entry.split("/");
    const type = isIP(address ?? "") === 6 ? "ipv6" : "ipv4";
    if (!address || isIP(address) === 0) throw new Error(`TRUSTED_PROXIES: ${entry} is not an IP address or range`);
    if (prefix === undefined) trusted.addAddress(address, type);
    else trusted.addSubnet(address, Number(prefix), type);
  }
  return trusted;
}

/** An address as one form: IPv4-mapped IPv6 (`::ffff:10.0.0.1`) as IPv4, IPv6 in lower case. */
export function normaliseAddress(address: string): string {
  const trimmed = address.trim().replace(/^\[|\]$/g, "");
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(trimmed);
  return (mapped ? mapped[1]! : trimmed).toLowerCase();
}

export function isTrustedProxy(address: string): boolean {
  const normal = normaliseAddress(address);
  const kind = isIP(normal);
  if (kind === 0 || env.TRUSTED_PROXIES.length === 0) return false;
  return trustedProxies().check(normal, kind === 6 ? "ipv6" : "ipv4");
}

/** The socket peer stamped by this server, or null when the header is missing or not ours. */
export function socketPeer(header: string | null): string | null {
  if (!header || !env.PEER_HEADER_TOKEN) return null;
  const space = header.indexOf(" ");
  if (space < 0 || header.slice(0, space) !== env.PEER_HEADER_TOKEN) return null;
  const address = normaliseAddress(header.slice(space + 1));
  return isIP(address) ? address : null;
}

export function peerFacts(header: (name: string) => string | null): PeerFacts {
  const peer = socketPeer(header(PEER_HEADER));
  if (!peer) return { address: "unknown", viaTrustedProxy: false };
  if (!isTrustedProxy(peer)) return { address: peer, viaTrustedProxy: false };
  const hops = (header("x-forwarded-for") ?? "").split(",").map((hop) => normaliseAddress(hop)).filter((hop) => isIP(hop) !== 0);
  for (let i = hops.length - 1; i >= 0; i--) {
    if (!isTrustedProxy(hops[i]!)) return { address: hops[i]!, viaTrustedProxy: true };
  }
  return { address: hops[0] ?? peer, viaTrustedProxy: true };
}

/** Loopback: the request came from this machine (directly, not through a proxy). */
export function fromLoopback(facts: PeerFacts): boolean {
  if (facts.viaTrustedProxy) return false;
  const kind = isIP(facts.address);
  return (kind === 4 && facts.address.startsWith("127.")) || (kind === 6 && facts.address === "::1");
}
