"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";
import { ConfirmButton } from "@/components/forms/confirm-button";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { LegalEntityDetails } from "@/lib/org/get-legal-entity";
import { setBankAccountArchivedAction } from "../actions";
import { BankAccountDialog } from "./bank-account-dialog";

type Account = LegalEntityDetails["bankAccounts"][number];

const formValues = ({ id, bankName, bik, settlementAccount, correspondentAccount, isDefault }: Account) => ({
  id,
  bankName,
  bik,
  settlementAccount,
  correspondentAccount,
  isDefault,
});

/** The legal entity's bank accounts; exactly one active account is the default used on receipts. */
export function BankAccounts({ legalEntityId, accounts, canManage }: { legalEntityId: string; accounts: Account[]; canManage: boolean }) {
  const router = useRouter();
  const [editing, setEditing] = useState<Account | "new" | null>(null);

  async function setArchived(account: Account, archived: boolean) {
    const result = await setBankAccountArchivedAction({ id: account.id, archived });
    if (!result.ok) return void toast.error(result.message);
    toast.success(archived ? "Счёт перенесён в архив" : "Счёт возвращён из архива");
    router.refresh();
  }

  return (
    <section className="max-w-4xl space-y-3">
      <div className="flex items-center justify-between gap-2">
        <h2 className="text-lg font-medium">Банковские счета</h2>
        {canManage && <Button onClick={() => setEditing("new")}>Добавить счёт</Button>}
      </div>
      <div className="rounded-md border">
        <Table>
          <TableHeader>
            <TableRow>
              <TableHead>Банк</TableHead>
              <TableHead>БИК</TableHead>
              <TableHead>Расчётный счёт</TableHead>
              <TableHead>Корр. счёт</TableHead>
              <TableHead />
            </TableRow>
          </TableHeader>
          <TableBody>
            {accounts.length === 0 && (
              <TableRow>
                <TableCell colSpan={5} className="h-20 text-center text-muted-foreground">
                  Счетов пока нет — без счёта жители не смогут оплатить квитанции
                </TableCell>
              </TableRow>
            )}
            {accounts.map((a) => (
              <TableRow key={a.id} className={a.archivedAt ? "text-muted-foreground" : undefined}>
                <TableCell>
                  <span className="flex flex-wrap items-center gap-2">
                    {a.bankName}
                    {a.isDefault && <Badge>основной</Badge>}
                    {a.archivedAt && <Badge variant="secondary">в архиве</Badge>}
                  </span>
                </TableCell>
                <TableCell className="font-mono">{a.bik}</TableCell>
                <TableCell className="font-mono">{a.settlementAccount}</TableCell>
                <TableCell className="font-mono">{a.correspondentAccount}</TableCell>
                <TableCell className="text-right">
                  {canManage && (
                    <span className="inline-flex gap-2">
                      {!a.archivedAt && (
                        <Button size="sm" variant="outline" onClick={() => setEditing(a)}>
                          Изменить
                        </Button>
                      )}
                      <ConfirmButton
                        variant="outline"
                        title={a.archivedAt ? "Вернуть счёт из архива?" : "Перенести счёт в архив?"}
                        description={
                          a.archivedAt
                            ? "Счёт снова можно будет сделать основным."
                            : a.isDefault
                              ? "Это основной счёт: основным станет другой действующий счёт юрлица. Выставленные счета сохранят прежние реквизиты."
                              : "Счёт перестанет предлагаться для новых документов. Выставленные счета сохранят прежние реквизиты."
                        }
                        confirmLabel={a.archivedAt ? "Вернуть" : "В архив"}
                        onConfirm={() => setArchived(a, !a.archivedAt)}
                      >
                        {a.archivedAt ? "Вернуть" : "В архив"}
                      </ConfirmButton>
                    </span>
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
      {editing && (
        <BankAccountDialog
          legalEntityId={legalEntityId}
          account={editing === "new" ? undefined : formValues(editing)}
          onClose={() => setEditing(null)}
        />
      )}
    </section>
  );
}
