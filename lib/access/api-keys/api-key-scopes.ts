import type { Permission } from "@/lib/core/permissions";

/** What an organisation's API key may do; each scope grants the permissions the services behind it check. */
export const apiKeyScopeInfo = {
  read: { label: "Чтение объектов, помещений, клиентов и лицевых счетов", permissions: ["registry.premises.view", "registry.clients.view"] },
  // Only the building services behind /api/v1/buildings are reachable with a key, so settings.manage grants no more.
  "buildings:write": { label: "Загрузка объектов", permissions: ["registry.premises.view", "settings.manage"] },
  "premises:write": { label: "Загрузка помещений", permissions: ["registry.premises.view", "registry.premises.edit"] },
  "clients:write": { label: "Загрузка клиентов", permissions: ["registry.clients.view", "registry.clients.edit"] },
  "accounts:write": { label: "Загрузка лицевых счетов", permissions: ["registry.premises.view", "registry.accounts.edit"] },
  "meters:read": { label: "Чтение приборов учёта и показаний", permissions: ["finance.readings.view"] },
  "meters:write": { label: "Загрузка приборов учёта", permissions: ["finance.readings.view", "finance.meters.edit"] },
  "readings:write": { label: "Загрузка показаний приборов учёта", permissions: ["finance.readings.view", "finance.readings.enter"] },
  "payments:read": { label: "Чтение платежей", permissions: ["finance.payments.view"] },
  "payments:write": { label: "Загрузка платежей, поступивших в банк или платёжному агенту", permissions: ["finance.payments.view", "finance.payments.edit"] },
} as const satisfies Record<string, { label: string; permissions: readonly Permission[] }>;

export type ApiKeyScope = keyof typeof apiKeyScopeInfo;
export const apiKeyScopes = Object.keys(apiKeyScopeInfo) as ApiKeyScope[];
export const isApiKeyScope = (value: string): value is ApiKeyScope => value in apiKeyScopeInfo;

export function permissionsForScopes(scopes: readonly string[]): Set<Permission> {
  return new Set(scopes.filter(isApiKeyScope).flatMap((s) => apiKeyScopeInfo[s].permissions));
}
