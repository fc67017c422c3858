import http from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { clientIp, installSocketAddressHeader, SOCKET_ADDRESS_HEADER, socketAddressStamp } from "@/lib/core/client-ip";

/** Headers as a request has them after the hook; `socket` is the stamped peer. */
const h = ({ socket, ...rest }: { socket?: string } & Record<string, string>) =>
  new Headers({ ...rest, ...(socket === undefined ? {} : { [SOCKET_ADDRESS_HEADER]: socketAddressStamp(socket) }) });

describe("client address without a trusted proxy (TRUSTED_PROXY_HOPS=0)", () => {
  it("is the socket's peer, whatever X-Forwarded-For or X-Real-IP say", () => {
    const headers = h({ socket: "203.0.113.7", "x-forwarded-for": "10.0.0.1", "x-real-ip": "10.0.0.2" });
    expect(clientIp(headers, 0)).toBe("203.0.113.7");
  });

  it("reads IPv6-mapped IPv4 peers as IPv4, keeps IPv6, and knows nothing without the server's stamp", () => {
    expect(clientIp(h({ socket: "::ffff:127.0.0.1" }), 0)).toBe("127.0.0.1");
    expect(clientIp(h({ socket: "2001:db8::5" }), 0)).toBe("2001:db8::5");
    expect(clientIp(h({ "x-forwarded-for": "203.0.113.7" }), 0)).toBeNull();
    // A stamp written by a caller (a request that arrived before the hook was installed) lacks the process secret.
    expect(clientIp(new Headers({ [SOCKET_ADDRESS_HEADER]: "203.0.113.7" }), 0)).toBeNull();
    expect(clientIp(new Headers({ [SOCKET_ADDRESS_HEADER]: "guess 203.0.113.7" }), 0)).toBeNull();
    expect(clientIp(h({ socket: "" }), 0)).toBeNull();
  });
});

describe("client address behind trusted proxies", () => {
  it("is the entry the nearest trusted proxy appended, skipping what the caller put before it", () => {
    const headers = h({ socket: "10.0.0.1", "x-forwarded-for": "1.2.3.4, 203.0.113.7" });
    expect(clientIp(headers, 1)).toBe("203.0.113.7");
  });

  it("counts two proxies from the right (CDN → balancer → app)", () => {
    const headers = h({ socket: "10.0.0.2", "x-forwarded-for": "6.6.6.6, 203.0.113.7, 10.0.0.1" });
    expect(clientIp(headers, 2)).toBe("203.0.113.7");
    expect(clientIp(headers, 1)).toBe("10.0.0.1");
    expect(clientIp(headers, 0)).toBe("10.0.0.2");
  });

  it("takes the farthest known address when the request passed fewer proxies than configured", () => {
    expect(clientIp(h({ socket: "203.0.113.7" }), 1)).toBe("203.0.113.7");
    expect(clientIp(h({ socket: "10.0.0.1", "x-forwarded-for": "203.0.113.7" }), 3)).toBe("203.0.113.7");
  });
});

describe("the server hook", () => {
  it("stamps each request with its socket's peer, replacing a header of that name sent by the caller", async () => {
    class Server extends http.Server {}
    installSocketAddressHeader([Server.prototype]);
    const seen: (string | null)[] = [];
    const server = new Server((req, res) => {
      seen.push(clientIp(new Headers(req.headers as Record<string, string>), 0));
      res.end();
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    await fetch(`http://127.0.0.1:${port}/`, { headers: { "x-forwarded-for": "10.9.9.9", [SOCKET_ADDRESS_HEADER]: socketAddressStamp("10.8.8.8") } });
    await new Promise((resolve) => server.close(resolve));
    expect(seen).toEqual(["127.0.0.1"]);
  });
});
