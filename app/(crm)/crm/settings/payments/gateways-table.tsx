"use client";

import { Plus } from "lucide-react";
import { useState } from "react";
import { DeleteRowButton } from "@/components/forms/delete-row-button";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { formatRoubles, formatScaledDecimal } from "@/lib/exchange/decimal";
import type { PayeeOption } from "@/lib/payments/gateways/gateway-payee-options";
import { paymentProviderLabels } from "@/lib/payments/payment-vocabulary";
import { archiveGatewayAction } from "./actions";
import { GatewayDialog, type GatewayView } from "./gateway-dialog";

const commission = (r: GatewayView) =>
  r.commissionBp === 0 && r.commissionMinKopecks === "0"
    ? "нет"
    : `${formatScaledDecimal(BigInt(r.commissionBp), 2).replace(".", ",")} %${r.commissionMinKopecks !== "0" ? `, мин. ${formatRoubles(BigInt(r.commissionMinKopecks))}` : ""} — ${r.commissionPayer === "payer" ? "платит житель" : "платит организация"}`;

/** The organisation's gateways; editing opens the form, deleting asks first. */
export function GatewaysTable({ rows, payees }: { rows: GatewayView[]; payees: PayeeOption[] }) {
  const [editing, setEditing] = useState<GatewayView | "new" | null>(null);
  return (
    <div className="space-y-3">
      <Button size="sm" variant="outline" onClick={() => setEditing("new")} disabled={!payees.length}>
        <Plus /> Добавить шлюз
      </Button>
      {!payees.length && <p className="text-sm text-muted-foreground">Сначала добавьте юридическое лицо с расчётным счётом.</p>}
      <div className="rounded-md border">
        <Table>
          <TableHeader>
            <TableRow>
              <TableHead>Название</TableHead>
              <TableHead>Шлюз</TableHead>
              <TableHead>Получатель</TableHead>
              <TableHead>Ключ</TableHead>
              <TableHead>Комиссия</TableHead>
              <TableHead>Статус</TableHead>
              <TableHead>
                <span className="sr-only">Действия</span>
              </TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.length === 0 && (
              <TableRow>
                <TableCell colSpan={7} className="text-center text-muted-foreground">
                  Шлюзы не подключены
                </TableCell>
              </TableRow>
            )}
            {rows.map((r) => (
              <TableRow key={r.id} data-testid="gateway-row">
                <TableCell>
                  <button type="button" className="font-medium underline-offset-4 hover:underline" onClick={() => setEditing(r)}>
                    {r.name}
                  </button>
                </TableCell>
                <TableCell className="whitespace-nowrap">{paymentProviderLabels[r.provider]}</TableCell>
                <TableCell className="min-w-56 whitespace-normal">
                  <div>{r.legalEntityName}</div>
                  <div className="text-xs text-muted-foreground">{r.bankAccountLabel ?? "любой расчётный счёт"}</div>
                </TableCell>
                <TableCell className="whitespace-nowrap text-sm">
                  {r.provider === "sandbox" ? "создан автоматически" : `${r.accountKey ?? "—"}, секрет ${r.secretSet ? "задан" : "не задан"}`}
                </TableCell>
                <TableCell className="min-w-48 whitespace-normal text-sm">{commission(r)}</TableCell>
                <TableCell>{r.isActive ? <Badge>Принимает оплату</Badge> : <Badge variant="outline">Выключен</Badge>}</TableCell>
                <TableCell className="text-right">
                  <DeleteRowButton
                    label="Удалить шлюз"
                    description="Новые онлайн-платежи через него станут невозможны. Проведённые платежи сохранятся."
                    done="Шлюз удалён"
                    onDelete={() => archiveGatewayAction({ id: r.id })}
                  />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
      {editing && <GatewayDialog row={editing === "new" ? null : editing} payees={payees} onClose={() => setEditing(null)} />}
    </div>
  );
}
