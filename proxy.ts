import { NextResponse, type NextFetchEvent, type NextMiddleware, type NextRequest } from "next/server";
import { auth } from "@/auth";
import { contentSecurityPolicy, newNonce, SERVER_ACTION_BODY_BYTES, securityHeaders, tooLargeForAction } from "@/lib/core/security-headers";

// Auth.js's `auth` also works as a proxy function called with (request, event), as `export { auth as proxy }`
// used it; its typings only declare the wrapping form.
const sessionGate = auth as unknown as NextMiddleware;

const isCrm = (pathname: string) => pathname === "/crm" || pathname.startsWith("/crm/");

/**
 * Every page answer gets a Content-Security-Policy with a fresh nonce (Next.js reads it from the request's copy of
 * the header and puts it on its scripts) and the other security headers. Only /crm passes the coarse session gate
 * of Auth.js (its `authorized` callback); layouts and actions check the session again either way.
 */
export async function proxy(request: NextRequest, event: NextFetchEvent): Promise<Response> {
  const nonce = newNonce();
  const policy = contentSecurityPolicy(nonce, { development: process.env.NODE_ENV === "development" });
  const https = request.nextUrl.protocol === "https:";
  // Next.js refuses an oversized action body itself, but as a bare 500; a declared length says it before reading.
  if (request.headers.has("next-action") && Number(request.headers.get("content-length") ?? 0) > SERVER_ACTION_BODY_BYTES) {
    return withHeaders(new Response(tooLargeForAction, { status: 413, headers: { "Content-Type": "text/plain; charset=utf-8" } }), policy, https);
  }
  let gated: Response | null = null;
  if (isCrm(request.nextUrl.pathname)) {
    gated = (await sessionGate(request, event)) ?? null;
    // A copy: a redirect's own headers may be immutable.
    if (gated?.headers.has("location")) return withHeaders(new Response(gated.body, gated), policy, https);
  }
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  // The gate may have refreshed the session cookie.
  for (const cookie of gated?.headers.getSetCookie() ?? []) response.headers.append("set-cookie", cookie);
  return withHeaders(response, policy, https);
}

function withHeaders(response: Response, policy: string, https: boolean): Response {
  response.headers.set("Content-Security-Policy", policy);
  for (const [name, value] of Object.entries(securityHeaders({ https }))) response.headers.set(name, value);
  return response;
}

export const config = {
  // Pages only: not Next's static files, not the REST API and the upload routes (a proxy buffers every body it
  // sees; they stream theirs), which get the same headers, less the page policy, from next.config.ts.
  matcher: ["/((?!_next/static|_next/image|favicon\\.ico|api/|crm/uploads(?:/|$)).*)"],
};
