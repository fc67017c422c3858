/**
 * The permission catalogue. Roles store these keys; every server action and route declares the one it needs.
 * Groups and labels follow the seeds' wording so staff recognise them in the role editor.
 */
export const permissionGroups = [
  {
    key: "finance",
    label: "Финансы",
    permissions: {
      "finance.invoices.view": "Счета",
      "finance.invoices.edit": "Счета: редактирование",
      "finance.invoices.discounts": "Счета: возможность выставления скидок",
      "finance.tariffs.edit": "Тарифы и настройки платежей объекта: редактирование",
      "finance.billing.run": "Начисления: расчёт за период и выставление счетов",
      "finance.payments.view": "Платежи",
      "finance.payments.edit": "Платежи: загрузка и удаление",
      "finance.debtors.view": "Должники",
    },
  },
  {
    // Seed 000 lists readings under finance; their own group keeps the role editor and the menu apart from money.
    key: "meters",
    label: "Приборы учёта",
    permissions: {
      "finance.readings.view": "Показания приборов учёта",
      "finance.readings.enter": "Показания приборов учёта: внесение",
      "finance.readings.correct": "Показания приборов учёта: исправление переданных",
      "finance.readings.out_of_period": "Показания приборов учёта: внесение вне периода сбора",
      "finance.meters.edit": "Приборы учёта: добавление, замена, изменение",
    },
  },
  {
    key: "marketplace",
    label: "Маркетплейс",
    permissions: {
      "marketplace.view": "Маркетплейс: заказы и платежи",
      "marketplace.services.edit": "Маркетплейс: редактирование услуг",
      "marketplace.categories.manage": "Маркетплейс: управление категориями",
    },
  },
  {
    key: "requests",
    label: "Заявки",
    permissions: {
      "requests.view": "Заявки: просмотр",
      "requests.edit": "Создание и обновление",
      "requests.chat": "Отправка сообщений в чат",
      "requests.approve": "Согласование заявок",
      "requests.cancel": "Отмена заявок",
      "requests.export": "Возможность выгрузки отчёта",
      "requests.complete": "Перевод заявок в статус «Выполнено»",
      "requests.refund": "Возврат по счёту",
    },
  },
  {
    key: "registry",
    label: "Помещения и клиенты",
    permissions: {
      "registry.premises.view": "Помещения: просмотр",
      "registry.premises.edit": "Помещения: редактирование",
      "registry.clients.view": "Клиенты: просмотр",
      "registry.clients.edit": "Клиенты: редактирование",
      "registry.accounts.edit": "Лицевые счета: редактирование",
    },
  },
  {
    key: "access",
    label: "Сотрудники и доступ",
    permissions: {
      "access.employees.view": "Сотрудники: просмотр",
      "access.employees.manage": "Сотрудники: добавление, изменение, блокировка",
      "access.roles.manage": "Роли доступа: настройка",
    },
  },
  {
    key: "settings",
    label: "Настройки",
    permissions: {
      "settings.view": "Настройки: просмотр",
      "settings.manage": "Профиль компании, юрлица, объекты",
      "settings.integrations": "Интеграции и API-ключи",
      "audit.view": "Журнал действий",
    },
  },
] as const;

type Group = (typeof permissionGroups)[number];
export type Permission = { [G in Group as G["key"]]: keyof G["permissions"] }[Group["key"]];

export const allPermissions = permissionGroups.flatMap((g) => Object.keys(g.permissions)) as Permission[];

const permissionSet: ReadonlySet<string> = new Set(allPermissions);
export const isPermission = (value: string): value is Permission => permissionSet.has(value);

export function permissionLabel(p: Permission): string {
  for (const g of permissionGroups) {
    const label = (g.permissions as Record<string, string>)[p];
    if (label) return label;
  }
  return p;
}
