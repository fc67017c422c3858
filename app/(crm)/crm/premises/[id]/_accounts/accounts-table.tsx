"use client";

import { X } from "lucide-react";
import Link from "next/link";
import { useState } from "react";
import { toast } from "sonner";
import { ConfirmButton } from "@/components/forms/confirm-button";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { PremiseAccountRow } from "@/lib/registry/accounts/list-premise-accounts";
import { AccountDialog } from "./account-dialog";
import { setAccountArchivedAction } from "./actions";

type Option = { value: string; label: string };
/** `balance`: «Долг 1 234,56 ₽» and the like, null for an employee who may not see money. */
type AccountView = PremiseAccountRow & { balance: string | null };
type Props = { premiseId: string; accounts: AccountView[]; legalEntities: Option[]; canEdit: boolean };

async function setArchived(account: PremiseAccountRow, archived: boolean) {
  const result = await setAccountArchivedAction({ id: account.id, archived });
  if (!result.ok) return void toast.error(result.message);
  toast.success(archived ? `Лицевой счёт № ${account.number} удалён` : `Лицевой счёт № ${account.number} возвращён`);
}

/** «Лицевые счета»: a click on an active account edits it; the cross archives it with its accruals and readings. */
export function AccountsTable({ premiseId, accounts, legalEntities, canEdit }: Props) {
  const canSeeLedger = accounts.some((a) => a.balance !== null);
  const [dialog, setDialog] = useState<{ account?: PremiseAccountRow } | null>(null);
  return (
    <div className="space-y-3">
      {canEdit && (
        <div className="flex justify-end">
          <Button onClick={() => setDialog({})}>Добавить</Button>
        </div>
      )}
      <div className="rounded-md border">
        <Table>
          <TableHeader>
            <TableRow>
              <TableHead>Номер</TableHead>
              <TableHead>ЕЛС</TableHead>
              <TableHead>Юридическое лицо</TableHead>
              <TableHead>Внешний ID</TableHead>
              {canSeeLedger && <TableHead>Расчёты</TableHead>}
              {canEdit && <TableHead className="w-12" />}
            </TableRow>
          </TableHeader>
          <TableBody>
            {accounts.length === 0 && (
              <TableRow>
                <TableCell colSpan={6} className="h-20 text-center text-muted-foreground">
                  Лицевых счетов пока нет
                </TableCell>
              </TableRow>
            )}
            {accounts.map((account) => {
              const archived = account.archivedAt !== null;
              const editable = canEdit && !archived;
              return (
                <TableRow key={account.id} className={editable ? "cursor-pointer" : "text-muted-foreground"} onClick={() => editable && setDialog({ account })}>
                  <TableCell className="font-medium">
                    {account.number}
                    {account.hiddenInCabinet && (
                      <Badge variant="outline" className="ml-2">
                        скрыт в ЛК
                      </Badge>
                    )}
                    {archived && (
                      <Badge variant="secondary" className="ml-2">
                        в архиве
                      </Badge>
                    )}
                  </TableCell>
                  <TableCell>{account.els ?? "—"}</TableCell>
                  <TableCell>{account.legalEntityName ?? "—"}</TableCell>
                  <TableCell>{account.externalId ?? "—"}</TableCell>
                  {canSeeLedger && (
                    <TableCell onClick={(e) => e.stopPropagation()}>
                      <Link href={`/crm/accounts/${account.id}`} className="text-sm underline-offset-4 hover:underline">
                        {account.balance}
                      </Link>
                    </TableCell>
                  )}
                  {canEdit && (
                    <TableCell onClick={(e) => e.stopPropagation()}>
                      {archived ? (
                        <Button variant="ghost" size="sm" onClick={() => setArchived(account, false)}>
                          Вернуть
                        </Button>
                      ) : (
                        <ConfirmButton
                          variant="outline"
                          title={`Удалить лицевой счёт № ${account.number}?`}
                          description="Вместе со счётом в архив уйдут все связанные с ним начисления, выставленные счета и показания приборов учёта. Житель перестанет их видеть. Данные не стираются: счёт можно вернуть."
                          confirmLabel="Удалить"
                          onConfirm={() => setArchived(account, true)}
                        >
                          <X aria-label="Удалить" />
                        </ConfirmButton>
                      )}
                    </TableCell>
                  )}
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      </div>
      {dialog && <AccountDialog premiseId={premiseId} account={dialog.account} legalEntities={legalEntities} onClose={() => setDialog(null)} />}
    </div>
  );
}
