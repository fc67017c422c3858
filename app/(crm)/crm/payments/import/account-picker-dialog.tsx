"use client";

import { useState } from "react";
import { SearchPicker } from "@/components/forms/search-picker";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import type { PaymentAccount } from "@/lib/payments/third-party/payment-accounts";
import { findPaymentAccountsAction } from "./actions";

/** Picks the account an unmatched statement line pays, by the start of its number or ЕЛС. */
export function AccountPickerDialog({ title, label, onPick }: { title: string; label: string; onPick: (account: PaymentAccount) => void }) {
  const [open, setOpen] = useState(false);
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button size="sm" variant="outline">
          {label}
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Лицевой счёт платежа</DialogTitle>
          <DialogDescription>{title}</DialogDescription>
        </DialogHeader>
        <SearchPicker<PaymentAccount>
          search={findPaymentAccountsAction}
          minLength={1}
          placeholder="100001"
          label="Номер лицевого счёта или ЕЛС"
          emptyText="Такого лицевого счёта нет"
          takenIds={new Set()}
          takenText=""
          onPick={(account) => {
            onPick(account);
            setOpen(false);
          }}
          render={(account) => ({ title: account.number, detail: account.address })}
        />
      </DialogContent>
    </Dialog>
  );
}
