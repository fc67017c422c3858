import type { ClientType } from "@/db/schema";

export const clientTypeLabels: Record<ClientType, string> = {
  individual: "Физическое лицо",
  sole_proprietor: "Индивидуальный предприниматель",
  legal_entity: "Юридическое лицо",
  foreign_branch: "Филиал или представительство иностранного юрлица",
};

export const clientTypeOptions = Object.entries(clientTypeLabels).map(([value, label]) => ({ value, label }));

export const clientStatusOptions = [
  { value: "active", label: "Активен" },
  { value: "blocked", label: "Заблокирован" },
];

export const genderOptions = [
  { value: "male", label: "Мужской" },
  { value: "female", label: "Женский" },
];

/** Companies keep their name in the last-name field (seed 003 §7), so documents print it first. */
export const isCompanyType = (type: unknown) => type === "legal_entity" || type === "foreign_branch";
