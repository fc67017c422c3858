import type { NotificationEvent } from "./notification-events";
import { allPermissions, type Permission } from "@/lib/core/permissions";

export type RolePreset = {
  preset: string;
  name: string;
  description: string;
  permissions: readonly Permission[];
  notifications: readonly { event: NotificationEvent; push: boolean; email: boolean }[];
};

const requestWork: Permission[] = ["requests.view", "requests.edit", "requests.chat", "requests.complete"];
const executorEvents: RolePreset["notifications"] = [
  { event: "requests.assigned_executor", push: true, email: false },
  { event: "requests.chat_message", push: true, email: false },
  { event: "requests.deadline_near", push: true, email: false },
];

/** The six roles every organisation starts with (seed 003 §4); staff may edit them or add their own. */
export const defaultRoles: readonly RolePreset[] = [
  {
    preset: "director",
    name: "Руководитель",
    description: "Полный доступ ко всем разделам и настройкам",
    permissions: allPermissions,
    notifications: [
      { event: "finance.utility_payment_received", push: false, email: true },
      { event: "requests.sla_breached", push: true, email: true },
    ],
  },
  {
    preset: "client_service",
    name: "Клиентский отдел",
    description: "Работа с помещениями, клиентами, обращениями и заявками",
    permissions: [
      "registry.premises.view",
      "registry.premises.edit",
      "registry.clients.view",
      "registry.clients.edit",
      "registry.accounts.edit",
      "finance.readings.view",
      "finance.readings.enter",
      ...requestWork,
      "requests.cancel",
      "marketplace.view",
      "finance.invoices.view",
      "finance.payments.view",
      "access.employees.view",
    ],
    notifications: [
      { event: "requests.created", push: true, email: false },
      { event: "requests.chat_message", push: true, email: false },
    ],
  },
  {
    preset: "accountant",
    name: "Бухгалтер",
    description: "Счета, платежи, должники, показания приборов учёта",
    permissions: [
      "finance.invoices.view",
      "finance.invoices.edit",
      "finance.invoices.discounts",
      "finance.tariffs.edit",
      "finance.billing.run",
      "finance.payments.view",
      "finance.payments.edit",
      "finance.debtors.view",
      "finance.readings.view",
      "finance.readings.enter",
      "finance.readings.correct",
      "finance.readings.out_of_period",
      "finance.meters.edit",
      "registry.premises.view",
      "registry.clients.view",
      "registry.accounts.edit",
      "requests.refund",
      "marketplace.view",
    ],
    notifications: [
      { event: "finance.utility_payment_received", push: true, email: true },
      { event: "finance.meter_verification_due", push: false, email: true },
      { event: "finance.meter_verification_expired", push: false, email: true },
      { event: "requests.payment_received", push: true, email: false },
      { event: "requests.refund", push: true, email: true },
    ],
  },
  {
    preset: "dispatcher",
    name: "Диспетчер",
    description: "Приём и распределение заявок",
    permissions: [
      ...requestWork,
      "requests.approve",
      "requests.cancel",
      "requests.export",
      "registry.premises.view",
      "registry.clients.view",
    ],
    notifications: [
      { event: "requests.created", push: true, email: true },
      { event: "requests.status_changed", push: true, email: false },
      { event: "requests.sla_breached", push: true, email: true },
    ],
  },
  {
    preset: "executor",
    name: "Исполнитель",
    description: "Выполнение назначенных заявок",
    permissions: requestWork,
    notifications: executorEvents,
  },
  {
    preset: "meter_inspector",
    name: "Инспектор ИПУ",
    description: "Сбор и проверка показаний индивидуальных приборов учёта",
    permissions: ["finance.readings.view", "finance.readings.enter", "finance.readings.out_of_period", "registry.premises.view"],
    notifications: [],
  },
];
