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

/** The trust settings: the server's peer-header token and the trusted proxies (lib/env.ts). */
export interface TrustSettings {
  peerToken: string | undefined;
  trustedProxies: readonly string[];
}

/** An address as one form: IPv4-mapped IPv6 (`::ffff:10.0.0.1`) as IPv4, IPv6 in lower case. */
export function normaliseAddress(address: string): string {
  const trimmed = address.trim().replace(/^\[|\]$/g, "");
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(trimmed);
  return (mapped ? mapped[1]! : trimmed).toLowerCase();
}

const blockLists = new Map<string, BlockList>();

function blockListOf(ranges: readonly string[]): BlockList {
  const key = ranges.join(",");
  let list = blockLists.get(key);
  if (list) return list;
  list = new BlockList();
  for (const entry of ranges) {
    const [address, prefix] = entry.split("/");
    const kind = isIP(address ?? "");
    if (!address || kind === 0) throw new Error(`TRUSTED_PROXIES: ${entry} is not an IP address or range`);
    if (prefix === undefined) list.addAddress(address, kind === 6 ? "ipv6" : "ipv4");
    else list.addSubnet(address, Number(prefix), kind === 6 ? "ipv6" : "ipv4");
  }
  blockLists.set(key, list);
  return list;
}

function trusted(address: string, settings: TrustSettings): boolean {
  const kind = isIP(address);
  if (kind === 0 || settings.trustedProxies.length === 0) return false;
  return blockListOf(settings.trustedProxies).check(address, kind === 6 ? "ipv6" : "ipv4");
}

/** The socket peer stamped by this server, or null when the header is missing or not ours. */
function socketPeer(header: string | null, token: string | undefined): string | null {
  if (!header || !token) return null;
  const space = header.indexOf(" ");
  if (space < 0 || header.slice(0, space) !== token) return null;
  const address = normaliseAddress(header.slice(space + 1));
  return isIP(address) ? address : null;
}

/** Who the client is, from the request's headers, under the given trust settings. */
export function peerFactsWith(header: (name: string) => string | null, settings: TrustSettings): PeerFacts {
  const peer = socketPeer(header(PEER_HEADER), settings.peerToken);
  if (!peer) return { address: "unknown", viaTrustedProxy: false };
  if (!trusted(peer, settings)) return { address: peer, viaTrustedProxy: false };
  const hops = (header("x-forwarded-for") ?? "").split(",").map((hop) => normaliseAddress(hop)).filter((hop) => isIP(hop) !== 0);
  for (let i = hops.length - 1; i >= 0; i--) {
    if (!trusted(hops[i]!, settings)) return { address: hops[i]!, viaTrustedProxy: true };
  }
  return { address: hops[0] ?? peer, viaTrustedProxy: true };
}

/** Who the client is, under this server's settings. */
export function peerFacts(header: (name: string) => string | null): PeerFacts {
  return peerFactsWith(header, { peerToken: env.PEER_HEADER_TOKEN, trustedProxies: env.TRUSTED_PROXIES });
}

/** Loopback: the request came from this machine, directly (demo enrolment needs no secret then). */
export function fromLoopback(facts: PeerFacts): boolean {
  if (facts.viaTrustedProxy) return false;
  const kind = isIP(facts.address);
  return (kind === 4 && facts.address.startsWith("127.")) || (kind === 6 && facts.address === "::1");
}
