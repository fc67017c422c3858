"use client";

import { BellRing } from "lucide-react";
import { useSearchParams } from "next/navigation";
import { useState, useTransition } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { Label } from "@/components/ui/label";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import type { DebtReminderChannel } from "@/db/schema";
import { debtReminderChannelLabels } from "@/lib/payments/debtors/debt-reminder-schema";
import { previewDebtReminderAction, startDebtReminderAction } from "./actions";

type Preview = { recipients: number; sample: { name: string; text: string } | null };

/** The list's search and filters, as the reminder reads them (paging and sorting do not change whom it reaches). */
function filterQuery(params: URLSearchParams): Record<string, string> {
  const skip = new Set(["page", "size", "sort", "dir"]);
  return Object.fromEntries([...params.entries()].filter(([key]) => !skip.has(key)));
}

/** «Напомнить о долге» (seed 000 §17): the channel, then the count and the text, then «Отправить». */
export function DebtReminderDialog() {
  const searchParams = useSearchParams();
  const [open, setOpen] = useState(false);
  const [channel, setChannel] = useState<DebtReminderChannel>("sms");
  const [preview, setPreview] = useState<Preview | null>(null);
  const [pending, startTransition] = useTransition();
  const query = filterQuery(searchParams);

  const load = (next: DebtReminderChannel) =>
    startTransition(async () => {
      setChannel(next);
      setPreview(null);
      const result = await previewDebtReminderAction({ channel: next, query });
      if (!result.ok) return void toast.error(result.message);
      setPreview(result.data);
    });
  const send = () =>
    startTransition(async () => {
      const result = await startDebtReminderAction({ channel, query });
      if (!result.ok) return void toast.error(result.message);
      toast.success(`Напоминание отправляется: получателей — ${result.data.recipients}`);
      setOpen(false);
    });

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (next) load(channel);
      }}
    >
      <DialogTrigger asChild>
        <Button size="sm">
          <BellRing /> Напомнить о долге
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Напомнить о долге</DialogTitle>
          <DialogDescription>Должникам из отфильтрованного списка — каждому клиенту не чаще раза в день.</DialogDescription>
        </DialogHeader>
        <div className="space-y-4">
          <div className="space-y-2">
            <Label htmlFor="reminder-channel">Как напомнить</Label>
            <Select value={channel} onValueChange={(v) => load(v as DebtReminderChannel)}>
              <SelectTrigger id="reminder-channel">
                <SelectValue />
              </SelectTrigger>
              <SelectContent>
                {Object.entries(debtReminderChannelLabels).map(([value, label]) => (
                  <SelectItem key={value} value={value}>
                    {label}
                  </SelectItem>
                ))}
              </SelectContent>
            </Select>
            <p className="text-xs text-muted-foreground">Push-уведомления появятся вместе с уведомлениями приложения жителя.</p>
          </div>
          {preview && (
            <div className="space-y-2 text-sm" aria-live="polite">
              <p>
                Получателей: <strong data-testid="reminder-count">{preview.recipients}</strong>
              </p>
              {preview.sample && (
                <div className="rounded-md border bg-muted/40 p-3">
                  <p className="mb-1 text-xs text-muted-foreground">Например, {preview.sample.name}:</p>
                  <p>{preview.sample.text}</p>
                </div>
              )}
            </div>
          )}
        </div>
        <DialogFooter>
          <Button variant="outline" onClick={() => setOpen(false)}>
            Отмена
          </Button>
          <Button onClick={send} disabled={pending || !preview?.recipients}>
            Отправить{preview?.recipients ? ` (${preview.recipients})` : ""}
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
