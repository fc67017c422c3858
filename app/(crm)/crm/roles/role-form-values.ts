import { allNotificationEvents, type NotificationEvent } from "@/lib/access/notification-events";
import type { Permission } from "@/lib/core/permissions";
import type { RoleInput } from "@/lib/access/role-schema";

type SavedRole = {
  name: string;
  description: string | null;
  permissions: Permission[];
  notifications: { event: NotificationEvent; push: boolean; email: boolean }[];
};

/** The role editor's values: every event of the catalogue in order, with the role's saved channels ticked. */
export function roleFormValues(role?: SavedRole): RoleInput {
  const saved = new Map(role?.notifications.map((n) => [n.event, n]));
  return {
    name: role?.name ?? "",
    description: role?.description ?? "",
    permissions: role?.permissions ?? [],
    notifications: allNotificationEvents.map((event) => ({
      event,
      push: saved.get(event)?.push ?? false,
      email: saved.get(event)?.email ?? false,
    })),
  };
}
