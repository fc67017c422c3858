import type { Permission } from "@/lib/core/permissions";

export type NavItem = { href: string; label: string; permission: Permission | null };
export type NavSection = { label: string; items: NavItem[] };

/**
 * The CRM's sections as the product will have them. A section without items yet is shown as «скоро», so staff
 * see where the product is going without dead links; items are hidden when the role lacks their permission.
 */
export const navSections: NavSection[] = [
  {
    label: "Управление",
    items: [
      { href: "/crm", label: "Начало работы", permission: null },
      { href: "/crm/buildings", label: "Объекты", permission: null },
      { href: "/crm/premises", label: "Помещения", permission: "registry.premises.view" },
      { href: "/crm/clients", label: "Клиенты", permission: "registry.clients.view" },
      { href: "/crm/import", label: "Импорт", permission: "registry.premises.edit" },
    ],
  },
  { label: "Финансы", items: [] },
  { label: "Заявки", items: [] },
  { label: "Маркетплейс", items: [] },
  {
    label: "Настройки",
    items: [
      { href: "/crm/settings/company", label: "Компания", permission: "settings.view" },
      { href: "/crm/settings/legal-entities", label: "Юридические лица", permission: "settings.view" },
      { href: "/crm/settings/directories", label: "Группы и кварталы", permission: "settings.view" },
      { href: "/crm/employees", label: "Сотрудники", permission: "access.employees.view" },
      { href: "/crm/roles", label: "Роли доступа", permission: "access.roles.manage" },
      { href: "/crm/settings/api-keys", label: "API-ключи", permission: "settings.integrations" },
      { href: "/crm/audit", label: "Журнал действий", permission: "audit.view" },
    ],
  },
];
