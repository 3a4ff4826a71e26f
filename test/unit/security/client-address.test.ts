import { describe, expect, test } from "vitest";
import { fromLoopback, peerFactsWith, type TrustSettings } from "@/lib/context/client-address";

const token = "token-of-this-process";
const headers = (values: Record<string, string>) => (name: string) => values[name.toLowerCase()] ?? null;
const noProxy: TrustSettings = { peerToken: token, trustedProxies: [] };
const haproxy: TrustSettings = { peerToken: token, trustedProxies: ["127.0.0.0/8", "::1", "10.0.0.0/8"] };

describe("the client's address", () => {
  test("is the socket's peer; a forwarded address the client wrote itself is ignored", () => {
    const facts = peerFactsWith(headers({ "x-yibao-peer": `${token} 198.51.100.7`, "x-forwarded-for": "1.2.3.4", "x-real-ip": "5.6.7.8" }), noProxy);
    expect(facts).toEqual({ address: "198.51.100.7", viaTrustedProxy: false });
  });

  test("a peer header without this process's token was not made by the server: the address is unknown", () => {
    expect(peerFactsWith(headers({ "x-yibao-peer": "guessed 198.51.100.7" }), noProxy).address).toBe("unknown");
    expect(peerFactsWith(headers({ "x-yibao-peer": `${token} 198.51.100.7` }), { peerToken: undefined, trustedProxies: [] }).address).toBe("unknown");
  });

  test("behind a trusted proxy the client is the right-most hop that is not a proxy: a hop the client prepended does not count", () => {
    const facts = peerFactsWith(headers({ "x-yibao-peer": `${token} 127.0.0.1`, "x-forwarded-for": "6.6.6.6, 203.0.113.9, 10.1.2.3" }), haproxy);
    expect(facts).toEqual({ address: "203.0.113.9", viaTrustedProxy: true });
  });

  test("a peer that is not a trusted proxy is the client, whatever it forwards", () => {
    expect(peerFactsWith(headers({ "x-yibao-peer": `${token} 198.51.100.7`, "x-forwarded-for": "203.0.113.9" }), haproxy).address).toBe("198.51.100.7");
  });

  test("IPv4-mapped IPv6 peers are their IPv4 address; loopback is only a direct peer on this machine", () => {
    const direct = peerFactsWith(headers({ "x-yibao-peer": `${token} ::ffff:127.0.0.1` }), noProxy);
    expect(direct.address).toBe("127.0.0.1");
    expect(fromLoopback(direct)).toBe(true);
    expect(fromLoopback(peerFactsWith(headers({ "x-yibao-peer": `${token} 127.0.0.1`, "x-forwarded-for": "203.0.113.9" }), haproxy))).toBe(false);
    expect(fromLoopback(peerFactsWith(headers({ "x-yibao-peer": `${token} 198.51.100.7` }), noProxy))).toBe(false);
  });
});
