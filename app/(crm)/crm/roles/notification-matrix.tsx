"use client";

import { Controller, type Control } from "react-hook-form";
import { Checkbox } from "@/components/ui/checkbox";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { allNotificationEvents, notificationGroups, type NotificationEvent } from "@/lib/access/notification-events";
import type { RoleData, RoleInput } from "@/lib/access/role-schema";

const channels = [
  { key: "push", label: "Push" },
  { key: "email", label: "Электронная почта" },
] as const;

/**
 * Rows are the catalogue's events grouped as in the seeds, columns are Push and Email. The form holds one row per
 * event in catalogue order (see roleFormValues), so an event's index in allNotificationEvents is its field index.
 */
export function NotificationMatrix({ control }: { control: Control<RoleInput, unknown, RoleData> }) {
  return (
    <Table>
      <TableHeader>
        <TableRow>
          <TableHead>Уведомление</TableHead>
          {channels.map((c) => (
            <TableHead key={c.key} className="w-20 text-center">
              {c.label}
            </TableHead>
          ))}
        </TableRow>
      </TableHeader>
      <TableBody>
        {notificationGroups.map((group) => [
          <TableRow key={group.key} className="bg-muted/40 hover:bg-muted/40">
            <TableCell colSpan={3} className="font-semibold">
              {group.label}
            </TableCell>
          </TableRow>,
          ...Object.entries(group.events).map(([event, label]) => {
            const index = allNotificationEvents.indexOf(event as NotificationEvent);
            return (
              <TableRow key={event}>
                <TableCell className="whitespace-normal">{label}</TableCell>
                {channels.map((c) => (
                  <TableCell key={c.key} className="text-center">
                    <Controller
                      control={control}
                      name={`notifications.${index}.${c.key}`}
                      render={({ field }) => (
                        <Checkbox aria-label={`${label}: ${c.label}`} checked={field.value} onCheckedChange={(v) => field.onChange(v === true)} />
                      )}
                    />
                  </TableCell>
                ))}
              </TableRow>
            );
          }),
        ])}
      </TableBody>
    </Table>
  );
}
