import { randomBytes } from "node:crypto";
import http, { type IncomingMessage } from "node:http";
import https from "node:https";
import { isIP } from "node:net";
import { env } from "./env";

/**
 * The header carrying the TCP peer of a request, written by our own server hook (installSocketAddressHeader) on
 * every request and overwriting whatever a caller sent under that name.
 *
 * Why not X-Forwarded-For alone: Next 16 (`next start` and `next dev`, base-server.js) sets it with
 * `req.headers['x-forwarded-for'] ??= socket.remoteAddress` — only when the request has none. A caller who sends
 * the header gets it passed on untouched, with no trace of the socket address, so any entry of it is forgeable.
 */
export const SOCKET_ADDRESS_HEADER = "x-domkom-socket-address";

// The hook is installed by instrumentation.ts, which Next runs only after the first requests have arrived; those
// reach us unstamped, carrying whatever the caller wrote. So a stamp is "<process secret> <address>": a header
// without this process's secret is not ours. globalThis, because Next bundles instrumentation and routes apart.
const secretKey = Symbol.for("domkom.socketAddressSecret");
const processSecret = (): string => {
  const store = globalThis as { [secretKey]?: string };
  store[secretKey] ??= randomBytes(16).toString("hex");
  return store[secretKey];
};

/** The header value our hook writes for a peer address. */
export const socketAddressStamp = (address: string) => `${processSecret()} ${address}`;

function stampedAddress(headers: Headers): string | null {
  const [secret, address] = headers.get(SOCKET_ADDRESS_HEADER)?.split(" ") ?? [];
  return secret === processSecret() && address !== undefined ? address : null;
}

const normalise = (entry: string | undefined): string | null => {
  const address = entry?.trim().replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, "");
  return address && isIP(address) ? address : null;
};

/**
 * The caller's address. With no trusted proxy (TRUSTED_PROXY_HOPS=0) it is the socket's peer. Behind N proxies the
 * chain is X-Forwarded-For's entries followed by the socket's peer, and the client is the entry N places from the
 * right: each trusted proxy appended the address it saw, and only entries to the left of theirs may be forged.
 * X-Real-IP is never read. null when the request did not pass the hook (it then matches no allow-list).
 */
export function clientIp(headers: Headers, trustedHops = env().TRUSTED_PROXY_HOPS): string | null {
  const socket = stampedAddress(headers);
  if (socket === null) return null;
  const forwarded = trustedHops > 0 ? (headers.get("x-forwarded-for")?.split(",") ?? []) : [];
  const chain = [...forwarded, socket];
  // Fewer entries than proxies: the request skipped a proxy; the left-most entry is the farthest address known.
  return normalise(chain[Math.max(0, chain.length - 1 - trustedHops)]);
}

/** This machine itself (127.0.0.0/8, ::1): only such callers may read the developer's outbox. */
export function isLoopback(ip: string | null): boolean {
  return ip !== null && (ip === "::1" || /^127\.\d+\.\d+\.\d+$/.test(ip));
}

/** Records the socket's peer on the request, replacing any header of that name a caller sent. */
export function stampSocketAddress(request: IncomingMessage): void {
  request.headers[SOCKET_ADDRESS_HEADER] = socketAddressStamp(request.socket.remoteAddress ?? "");
}

const installed = Symbol.for("domkom.socketAddressHeader");

/**
 * Makes every HTTP(S) server of this process stamp requests before any listener (Next's router included) sees them.
 * Called once from instrumentation.ts; `prototypes` is for tests.
 */
export function installSocketAddressHeader(prototypes: object[] = [http.Server.prototype, https.Server.prototype]): void {
  for (const proto of prototypes as (typeof http.Server.prototype & { [installed]?: true })[]) {
    if (proto[installed]) continue;
    const emit = proto.emit;
    proto.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]) {
      if (event === "request") stampSocketAddress(args[0] as IncomingMessage);
      return Reflect.apply(emit, this, [event, ...args]) as boolean;
    } as typeof emit;
    proto[installed] = true;
  }
}
