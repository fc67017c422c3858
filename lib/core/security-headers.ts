/**
 * The security headers of every answer, and the Content-Security-Policy of pages. Pure strings so they can be
 * tested without a server; proxy.ts sets the policy per request (a fresh nonce each time) and next.config.ts sets
 * the rest on everything else (route handlers, files, static assets).
 *
 * Scripts: only those carrying the request's nonce, and what they load ('strict-dynamic'): Next.js puts the nonce
 * on its own scripts when it finds it in the request's policy. Styles allow inline: React renders style attributes
 * and Radix and sonner add <style> elements at run time, none of which can carry a nonce; injected CSS cannot run
 * code. Development needs 'unsafe-eval' (React rebuilds server error stacks with eval); production never does.
 */
export function contentSecurityPolicy(nonce: string, { development }: { development: boolean }): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** What a server action (any form, sign-in included) may send; files go to the upload routes instead. */
export const SERVER_ACTION_BODY_BYTES = 1024 * 1024;
export const tooLargeForAction = "Слишком большой запрос: формы принимают до 1 МБ, файлы загружаются отдельно";

/** A nonce: 128 random bits, base64, new for every page request. */
export function newNonce(): string {
  return btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))));
}

/** HSTS tells browsers to come back over https only; sent only when the answer itself came over https. */
const HSTS = "max-age=31536000; includeSubDomains";

export function securityHeaders({ https }: { https: boolean }): Record<string, string> {
  return {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    // frame-ancestors in the policy is the modern form; this is for answers without one and for older browsers.
    "X-Frame-Options": "DENY",
    ...(https ? { "Strict-Transport-Security": HSTS } : {}),
  };
}
