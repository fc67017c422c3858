/**
 * Runs once when the server starts. A wrong configuration stops the start here with a message naming each wrong
 * variable, instead of surfacing later in some request; and from here on every request carries its socket's
 * address for clientIp() (Next itself keeps it only when the caller sent no X-Forwarded-For).
 */
export async function register() {
  // Next's documented switch between its Node and edge bundles; node:http exists only in the first.
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { env } = await import("@/lib/core/env");
  const { installSocketAddressHeader } = await import("@/lib/core/client-ip");
  env();
  installSocketAddressHeader();
  // Scheduled jobs (meter reminders) in embedded mode; with an Inngest server, Inngest's cron starts them.
  const { startInlineSchedules } = await import("@/inngest/schedules");
  startInlineSchedules();
}
