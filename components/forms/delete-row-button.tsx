"use client";

import { X } from "lucide-react";
import { useRouter } from "next/navigation";
import { toast } from "sonner";
import type { ActionResult } from "@/lib/core/errors";
import { ConfirmButton } from "./confirm-button";

/**
 * The cross at the end of a table row: asks first, runs the action, says how it went and refreshes the page. The
 * confirmation opens in a portal whose clicks still bubble to the row through React, so they stop here.
 */
export function DeleteRowButton({
  label,
  description,
  done,
  onDelete,
}: {
  /** «Удалить тариф «ХВС»»: the button's name, and with a «?» the question. */
  label: string;
  description: string;
  done: string;
  onDelete: () => Promise<ActionResult<unknown>>;
}) {
  const router = useRouter();
  return (
    <div onClick={(e) => e.stopPropagation()}>
      <ConfirmButton
        variant="ghost"
        size="icon"
        label={label}
        title={`${label}?`}
        description={description}
        confirmLabel="Удалить"
        onConfirm={async () => {
          const result = await onDelete();
          if (!result.ok) return void toast.error(result.message);
          toast.success(done);
          router.refresh();
        }}
      >
        <X />
      </ConfirmButton>
    </div>
  );
}
