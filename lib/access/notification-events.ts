/** Events staff can be notified of, per role, by push and/or email (seeds 000 §4, 004 §3). */
export const notificationGroups = [
  {
    key: "finance",
    label: "Финансы",
    events: {
      "finance.utility_payment_received": "Поступила оплата ЖКУ",
      "finance.meter_verification_due": "Истекает поверка прибора учёта",
      "finance.meter_verification_expired": "Истёк срок поверки прибора учёта",
    },
  },
  {
    key: "requests",
    label: "Заявки",
    events: {
      "requests.assigned_executor": "Вас назначили ответственным по заявке",
      "requests.assigned_controller": "Вас назначили контролёром по заявке",
      "requests.quality_control_needed": "Необходимо провести контроль качества по заявке",
      "requests.suspension_ends": "Дата окончания приостановки заявки",
      "requests.created": "Новая заявка",
      "requests.task_created": "Новая задача",
      "requests.updated": "Заявка обновлена",
      "requests.status_changed": "Смена статуса заявки",
      "requests.approved": "Заявка согласована",
      "requests.comment_added": "Новый комментарий к заявке",
      "requests.chat_message": "Новое сообщение в чате по заявке",
      "requests.rated": "Оценка качества",
      "requests.rating_changed": "Изменение оценки качества",
      "requests.sla_breached": "Нарушен SLA «Время выполнения» по заявке",
      "requests.deadline_near": "Срок выполнения заявки подходит к концу",
      "requests.task_deadline_near": "Истекает срок выполнения задачи",
      "requests.payment_received": "Поступила оплата по заявке",
      "requests.refund": "Возврат денежных средств",
    },
  },
] as const;

type Group = (typeof notificationGroups)[number];
export type NotificationEvent = { [G in Group as G["key"]]: keyof G["events"] }[Group["key"]];

export const allNotificationEvents = notificationGroups.flatMap((g) => Object.keys(g.events)) as NotificationEvent[];

const eventSet: ReadonlySet<string> = new Set(allNotificationEvents);
export const isNotificationEvent = (value: string): value is NotificationEvent => eventSet.has(value);
