import { permissionGroups, type Permission } from "@/lib/core/permissions";

/** `permission`: the one the item needs, or several of which any one opens it (imports: each kind has its own). */
export type NavItem = { href: string; label: string; permission: Permission | readonly Permission[] | null };
/**
 * A section with its items, or a planned one (`comingFor`, no items yet) shown as «скоро» to the roles that will
 * work in it: those with some permission of that group of the catalogue.
 */
export type NavSection = { label: string; items: NavItem[]; comingFor?: (typeof permissionGroups)[number]["key"] };

/** The CRM's sections as the product will have them, so staff see where it is going without dead links. */
export const navSections: NavSection[] = [
  {
    label: "Управление",
    items: [
      { href: "/crm", label: "Главная", permission: null },
      { href: "/crm/buildings", label: "Объекты", permission: null },
      { href: "/crm/premises", label: "Помещения", permission: "registry.premises.view" },
      { href: "/crm/accounts", label: "Лицевые счета", permission: "registry.premises.view" },
      { href: "/crm/clients", label: "Клиенты", permission: "registry.clients.view" },
      { href: "/crm/import", label: "Импорт", permission: ["registry.premises.edit", "finance.meters.edit", "finance.readings.enter"] },
    ],
  },
  {
    label: "Приборы учёта",
    items: [
      { href: "/crm/meters", label: "Приборы учёта", permission: "finance.readings.view" },
      { href: "/crm/meters/entry", label: "Ввод показаний", permission: "finance.readings.enter" },
      { href: "/crm/meters/journal", label: "История показаний", permission: "finance.readings.view" },
      { href: "/crm/inspection", label: "Обход квартир", permission: "finance.readings.enter" },
    ],
  },
  {
    label: "Финансы",
    items: [
      { href: "/crm/invoices", label: "Счета", permission: "finance.invoices.view" },
      { href: "/crm/billing", label: "Начисления", permission: "finance.billing.run" },
      { href: "/crm/invoices/receipts", label: "Квитанции дома", permission: "finance.invoices.view" },
      { href: "/crm/payments", label: "Платежи", permission: "finance.payments.view" },
      { href: "/crm/debtors", label: "Должники", permission: "finance.debtors.view" },
    ],
  },
  { label: "Заявки", items: [], comingFor: "requests" },
  { label: "Маркетплейс", items: [], comingFor: "marketplace" },
  {
    label: "Настройки",
    items: [
      { href: "/crm/settings/company", label: "Компания", permission: "settings.view" },
      { href: "/crm/settings/legal-entities", label: "Юридические лица", permission: "settings.view" },
      { href: "/crm/settings/directories", label: "Группы и кварталы", permission: "settings.view" },
      { href: "/crm/settings/meters", label: "Приём показаний", permission: "settings.view" },
      { href: "/crm/settings/billing", label: "Начисления и пени", permission: "settings.view" },
      { href: "/crm/employees", label: "Сотрудники", permission: "access.employees.view" },
      { href: "/crm/roles", label: "Роли доступа", permission: "access.roles.manage" },
      { href: "/crm/settings/payments", label: "Платёжные шлюзы", permission: "settings.integrations" },
      { href: "/crm/settings/api-keys", label: "API-ключи", permission: "settings.integrations" },
      { href: "/crm/audit", label: "Журнал действий", permission: "audit.view" },
    ],
  },
];

/**
 * The sections an employee may open: items their role lacks are gone, and so is a section left with none — a
 * dispatcher must not see «Настройки» as if it were coming for them. A planned section shows to its future users.
 */
export function visibleSections(permissions: ReadonlySet<Permission>): NavSection[] {
  const inGroup = (key: string) => {
    const group = permissionGroups.find((g) => g.key === key);
    return [...permissions].some((p) => group !== undefined && Object.hasOwn(group.permissions, p));
  };
  return navSections.flatMap((section) => {
    if (section.comingFor) return inGroup(section.comingFor) ? [section] : [];
    const items = section.items.filter((i) => i.permission === null || [i.permission].flat().some((p) => permissions.has(p)));
    return items.length ? [{ ...section, items }] : [];
  });
}
