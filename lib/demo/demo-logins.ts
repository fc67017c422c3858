/** Printed by the README and the start script; the seed creates exactly these. */
export const DEMO_PASSWORD = "demo12345";
export const demoLogins = [
  { email: "admin@demo.local", role: "Руководитель" },
  { email: "dispatcher@demo.local", role: "Диспетчер (только один дом)" },
  { email: "accountant@demo.local", role: "Бухгалтер" },
  { email: "inspector@demo.local", role: "Инспектор ИПУ" },
] as const;
export const DEMO_ORG_INN = "7701000001";
/** The demo resident: owns a flat and a parking space; signs in to /cabinet with an SMS code from /dev/outbox. */
export const DEMO_RESIDENT_PHONE = "+79000000099";

/**
 * The address `npm run demo` serves on, from the same PORT and HOST its `next start` gets (127.0.0.1:3000 unless
 * told otherwise), so the printed links are the ones that work. A wildcard bind is reached through localhost.
 */
export function demoOrigin(env: Record<string, string | undefined>): string {
  const host = env.HOST || "127.0.0.1";
  const shown = host === "0.0.0.0" || host === "::" ? "localhost" : host.includes(":") ? `[${host}]` : host;
  return `http://${shown}:${env.PORT || "3000"}`;
}
