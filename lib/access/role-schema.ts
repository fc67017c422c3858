import { z } from "zod";
import { optionalText } from "@/lib/validation/schemas";
import { isNotificationEvent, type NotificationEvent } from "./notification-events";
import { isPermission, type Permission } from "@/lib/core/permissions";

const permissionKey = z.custom<Permission>((v) => typeof v === "string" && isPermission(v), {
  error: (issue) => `Неизвестное разрешение: ${String(issue.input)}`,
});
const eventKey = z.custom<NotificationEvent>((v) => typeof v === "string" && isNotificationEvent(v), {
  error: (issue) => `Неизвестное уведомление: ${String(issue.input)}`,
});

/**
 * A role: its name, the permissions it grants (keys of the catalogue only) and, per notification event, whether
 * its employees get a push and/or an email. The form sends every event; only those with a channel are kept.
 */
export const roleSchema = z.object({
  name: z.string().trim().min(1, "Укажите название роли").max(100, "Название: не длиннее 100 символов"),
  description: optionalText(z.string().max(500, "Описание: не длиннее 500 символов")),
  permissions: z.array(permissionKey).transform((keys) => [...new Set(keys)]),
  notifications: z
    .array(z.object({ event: eventKey, push: z.boolean(), email: z.boolean() }))
    .transform((rows) => [...new Map(rows.filter((r) => r.push || r.email).map((r) => [r.event, r])).values()]),
});
export type RoleInput = z.input<typeof roleSchema>;
export type RoleData = z.output<typeof roleSchema>;

export const roleUpdateSchema = roleSchema.extend({ id: z.uuid("Неверный идентификатор") });

export const roleIdSchema = z.object({ id: z.uuid("Неверный идентификатор") });
