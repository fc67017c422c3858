"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";

/** «Отправить код ещё раз», disabled while the server's resend cooldown runs. */
export function ResendCodeButton({ secondsLeft, onResend }: { secondsLeft: number; onResend: () => Promise<void> }) {
  const [busy, setBusy] = useState(false);
  return (
    <Button
      type="button"
      variant="link"
      className="h-auto px-0"
      disabled={busy || secondsLeft > 0}
      onClick={async () => {
        setBusy(true);
        try {
          await onResend();
        } finally {
          setBusy(false);
        }
      }}
    >
      {secondsLeft > 0 ? `Отправить код ещё раз через ${secondsLeft} с` : "Отправить код ещё раз"}
    </Button>
  );
}
