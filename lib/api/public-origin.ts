/**
 * The product's public origin, from AUTH_URL (the address users and integrators reach it by), never from request
 * headers. null when not configured, as in embedded development. The env module will own this read.
 */
export function publicOrigin(): string | null {
  const url = process.env.AUTH_URL;
  if (!url) return null;
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}
