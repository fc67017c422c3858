"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState, type ChangeEvent } from "react";
import { toast } from "sonner";
import { uploadFile } from "./upload-file";

/**
 * Choose an image, preview it, then send it to an upload route (`url`, with `fields`); the server checks its bytes
 * and size, and its message shows next to the input.
 */
export function useImageUpload(url: string, { fields = {}, successMessage }: { fields?: Record<string, string>; successMessage: string }) {
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
    setBusy(true);
    try {
      const result = await uploadFile(url, selected.file, fields);
      if (!result.ok) return setError(result.message);
      toast.success(successMessage);
      setSelected(null);
      router.refresh();
    } finally {
      setBusy(false);
    }
  }

  return { selected, error, busy, onChange, upload };
}
