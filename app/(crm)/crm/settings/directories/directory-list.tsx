"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";
import { ConfirmButton } from "@/components/forms/confirm-button";
import { Button } from "@/components/ui/button";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { DirectoryKind } from "@/lib/org/building-directories";
import { deleteDirectoryEntryAction } from "./actions";
import { DirectoryEntryDialog } from "./directory-entry-dialog";

type Entry = { id: string; name: string; buildings: number };

const words = {
  group: {
    title: "Группы объектов",
    one: "группу",
    add: "Новая группа",
    rename: "Переименовать группу",
    notEmpty: (n: number) => `В группе объектов: ${n}. Сначала перенесите их в другую группу — удалить можно только пустую.`,
  },
  quarter: {
    title: "Кварталы",
    one: "квартал",
    add: "Новый квартал",
    rename: "Переименовать квартал",
    notEmpty: (n: number) => `В квартале объектов: ${n}. Сначала перенесите их в другой квартал — удалить можно только пустой.`,
  },
} as const;

/** One directory (groups or quarters) with its buildings counted; only an empty entry can be deleted. */
export function DirectoryList({ kind, entries, canManage }: { kind: DirectoryKind; entries: Entry[]; canManage: boolean }) {
  const router = useRouter();
  const [editing, setEditing] = useState<Entry | "new" | null>(null);
  const w = words[kind];

  async function remove(entry: Entry) {
    const result = await deleteDirectoryEntryAction({ kind, id: entry.id });
    if (!result.ok) return void toast.error(result.message);
    toast.success(`Удалено: «${entry.name}»`);
    router.refresh();
  }

  return (
    <section className="space-y-3">
      <div className="flex items-center justify-between gap-2">
        <h2 className="text-lg font-medium">{w.title}</h2>
        {canManage && (
          <Button size="sm" onClick={() => setEditing("new")}>
            Добавить
          </Button>
        )}
      </div>
      <div className="rounded-md border">
        <Table>
          <TableHeader>
            <TableRow>
              <TableHead>Название</TableHead>
              <TableHead className="w-24 text-right">Объектов</TableHead>
              {canManage && <TableHead className="w-0" />}
            </TableRow>
          </TableHeader>
          <TableBody>
            {entries.length === 0 && (
              <TableRow>
                <TableCell colSpan={3} className="h-16 text-center text-muted-foreground">
                  Пока пусто
                </TableCell>
              </TableRow>
            )}
            {entries.map((e) => (
              <TableRow key={e.id}>
                <TableCell className="font-medium">{e.name}</TableCell>
                <TableCell className="text-right">
                  <Link href={`/crm/buildings?${kind}=${e.id}`} className="hover:underline">
                    {e.buildings}
                  </Link>
                </TableCell>
                {canManage && (
                  <TableCell>
                    <span className="flex justify-end gap-2">
                      <Button size="sm" variant="outline" onClick={() => setEditing(e)}>
                        Переименовать
                      </Button>
                      <ConfirmButton
                        variant="outline"
                        title={`Удалить ${w.one} «${e.name}»?`}
                        description={e.buildings > 0 ? w.notEmpty(e.buildings) : "Запись будет удалена безвозвратно."}
                        confirmLabel="Удалить"
                        onConfirm={() => remove(e)}
                      >
                        Удалить
                      </ConfirmButton>
                    </span>
                  </TableCell>
                )}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
      {editing && (
        <DirectoryEntryDialog
          kind={kind}
          title={editing === "new" ? w.add : w.rename}
          entry={editing === "new" ? undefined : editing}
          onClose={() => setEditing(null)}
        />
      )}
    </section>
  );
}
