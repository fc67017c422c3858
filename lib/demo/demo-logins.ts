/** Printed by the README and the start script; the seed creates exactly these. */
export const DEMO_PASSWORD = "demo12345";
export const demoLogins = [
  { email: "admin@demo.local", role: "Руководитель" },
  { email: "dispatcher@demo.local", role: "Диспетчер (только один дом)" },
  { email: "accountant@demo.local", role: "Бухгалтер" },
] as const;
export const DEMO_ORG_INN = "7701000001";
/** The demo resident: owns a flat and a parking space; signs in to /cabinet with an SMS code from /dev/outbox. */
export const DEMO_RESIDENT_PHONE = "+79000000099";
