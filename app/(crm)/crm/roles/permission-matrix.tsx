"use client";

import { useController, type Control } from "react-hook-form";
import { Checkbox } from "@/components/ui/checkbox";
import { Label } from "@/components/ui/label";
import { permissionGroups, type Permission } from "@/lib/core/permissions";
import type { RoleData, RoleInput } from "@/lib/access/role-schema";

/** A checkbox per permission of the catalogue, grouped as in the seeds, with «выбрать все в группе» per group. */
export function PermissionMatrix({ control }: { control: Control<RoleInput, unknown, RoleData> }) {
  const { field, fieldState } = useController({ control, name: "permissions" });
  const selected = new Set<Permission>(field.value);
  const set = (keys: Permission[], on: boolean) => {
    const next = new Set(selected);
    for (const k of keys) {
      if (on) next.add(k);
      else next.delete(k);
    }
    field.onChange([...next]);
  };
  return (
    <div className="space-y-4">
      {permissionGroups.map((group) => {
        const keys = Object.keys(group.permissions) as Permission[];
        const count = keys.filter((k) => selected.has(k)).length;
        const groupId = `group-${group.key}`;
        return (
          <fieldset key={group.key} className="rounded-md border p-3">
            <legend className="flex items-center gap-2 px-1">
              <Checkbox
                id={groupId}
                checked={count === keys.length ? true : count > 0 ? "indeterminate" : false}
                onCheckedChange={(v) => set(keys, v === true)}
                aria-label={`${group.label}: выбрать все в группе`}
              />
              <Label htmlFor={groupId} className="font-semibold">
                {group.label}
              </Label>
              <span className="text-xs text-muted-foreground">
                {count} из {keys.length}
              </span>
            </legend>
            <div className="mt-2 grid gap-2 sm:grid-cols-2">
              {keys.map((key) => (
                <div key={key} className="flex items-start gap-2">
                  <Checkbox id={key} checked={selected.has(key)} onCheckedChange={(v) => set([key], v === true)} />
                  <Label htmlFor={key} className="font-normal leading-snug">
                    {(group.permissions as Record<Permission, string>)[key]}
                  </Label>
                </div>
              ))}
            </div>
          </fieldset>
        );
      })}
      {fieldState.error && <p className="text-sm text-destructive">{fieldState.error.message}</p>}
    </div>
  );
}
