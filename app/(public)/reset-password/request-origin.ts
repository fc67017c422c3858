/**
 * The site's address for links in emails. AUTH_URL wins: taken from the request, a forged Host header would let
 * someone have our reset email point at their own site, so production should set it.
 */
export function requestOrigin(headers: Headers, authUrl = process.env.AUTH_URL): string {
  if (authUrl) return new URL(authUrl).origin;
  const host = headers.get("x-forwarded-host") ?? headers.get("host") ?? "localhost:3000";
  const local = /^(localhost|127\.|\[::1\])/.test(host);
  const proto = headers.get("x-forwarded-proto") ?? (local ? "http" : "https");
  return `${proto}://${host}`;
}
