/**
 * Kinds of events on premise and client timelines (seed 002 §9: обращения, оплата счетов, показания счетчиков,
 * заказ пропуска, опросы) plus the registry's own changes. Other modules record with these keys.
 */
export const activityTypeLabels = {
  request: "Обращение",
  payment: "Оплата счёта",
  reading: "Показания счётчиков",
  pass: "Пропуск",
  poll: "Опрос",
  registry: "Изменение данных",
} as const;
export type ActivityType = keyof typeof activityTypeLabels;

export const activityTypeOptions = Object.entries(activityTypeLabels).map(([value, label]) => ({ value, label }));

/** Request statuses that no longer count as «в работе» on the activity tab's badge. */
export const closedRequestStatuses = ["completed", "cancelled", "closed", "rejected"];
