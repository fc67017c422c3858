"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { decideSandboxCheckoutAction } from "../actions";

const outcomes = [
  { outcome: "paid", label: "Оплатить", variant: "default" },
  { outcome: "declined", label: "Отклонить", variant: "outline" },
  { outcome: "3ds_failed", label: "Ошибка 3-D Secure", variant: "outline" },
] as const;

export function SandboxButtons({ providerPaymentId, token }: { providerPaymentId: string; token: string }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const decide = async (outcome: (typeof outcomes)[number]["outcome"]) => {
    setBusy(true);
    setError(null);
    const result = await decideSandboxCheckoutAction({ providerPaymentId, token, outcome });
    if (result.ok) {
      window.location.assign(result.data.returnUrl);
      return;
    }
    setError(result.message);
    setBusy(false);
  };
  return (
    <div className="space-y-3">
      {outcomes.map((o) => (
        <Button key={o.outcome} className="w-full" variant={o.variant} disabled={busy} onClick={() => decide(o.outcome)}>
          {o.label}
        </Button>
      ))}
      {error ? (
        <p role="alert" className="text-sm text-destructive">
          {error}
        </p>
      ) : null}
    </div>
  );
}
