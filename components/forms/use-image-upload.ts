"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState, type ChangeEvent } from "react";
import { toast } from "sonner";
import type { ActionResult } from "@/lib/core/errors";

/**
 * Choose an image, preview it, then save it through a server action that receives FormData with the file under
 * `field` (plus `extra` fields); the server checks type and size, and its message shows next to the input.
 */
export function useImageUpload<T>(
  action: (form: FormData) => Promise<ActionResult<T>>,
  { field, extra = {}, successMessage }: { field: string; extra?: Record<string, string>; successMessage: string },
) {
  const router = useRouter();
  const [selected, setSelected] = useState<{ file: File; url: string } | null>(null);
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  // The preview URL of the previous choice is released once another replaces it, or the form goes away.
  useEffect(() => {
    if (selected) return () => URL.revokeObjectURL(selected.url);
  }, [selected]);

  const onChange = (e: ChangeEvent<HTMLInputElement>) => {
    setError(undefined);
    const file = e.target.files?.[0];
    setSelected(file ? { file, url: URL.createObjectURL(file) } : null);
  };

  async function upload() {
    if (!selected) return;
    const form = new FormData();
    for (const [key, value] of Object.entries(extra)) form.set(key, value);
    form.set(field, selected.file);
    setBusy(true);
    try {
      const result = await action(form);
      if (!result.ok) return setError(result.fieldErrors?.[field]?.[0] ?? result.message);
      toast.success(successMessage);
      setSelected(null);
      router.refresh();
    } finally {
      setBusy(false);
    }
  }

  return { selected, error, busy, onChange, upload };
}
