"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { uploadEmployeePhotoAction } from "../actions";
import { EmployeeAvatar } from "../employee-avatar";

/** Choose a photo, see it in the avatar, then save it; the server checks the type and size. */
export function EmployeePhotoForm({ id, photo, lastName, firstName }: { id: string; photo: string | null; lastName: string; firstName: string }) {
  const router = useRouter();
  const [selected, setSelected] = useState<{ file: File; url: string } | null>(null);
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  // The preview URL of the previous choice is released once another replaces it, or the form goes away.
  useEffect(() => {
    if (selected) return () => URL.revokeObjectURL(selected.url);
  }, [selected]);

  async function upload() {
    if (!selected) return;
    const form = new FormData();
    form.set("id", id);
    form.set("photo", selected.file);
    setBusy(true);
    try {
      const result = await uploadEmployeePhotoAction(form);
      if (!result.ok) return setError(result.fieldErrors?.photo?.[0] ?? result.message);
      toast.success("Фото сохранено");
      setSelected(null);
      router.refresh();
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="flex items-center gap-4">
      <EmployeeAvatar photo={photo} src={selected?.url} lastName={lastName} firstName={firstName} className="size-20 text-xl" />
      <div className="space-y-2">
        <Label htmlFor="employee-photo">Фото</Label>
        <Input
          id="employee-photo"
          type="file"
          accept="image/png,image/jpeg,image/webp"
          aria-invalid={Boolean(error)}
          onChange={(e) => {
            setError(undefined);
            const file = e.target.files?.[0];
            setSelected(file ? { file, url: URL.createObjectURL(file) } : null);
          }}
        />
        <p className="text-sm text-muted-foreground">PNG, JPEG или WebP, не больше 5 МБ</p>
        {error && (
          <p role="alert" className="text-sm text-destructive">
            {error}
          </p>
        )}
        {selected && (
          <Button type="button" size="sm" onClick={upload} disabled={busy}>
            Сохранить фото
          </Button>
        )}
      </div>
    </div>
  );
}
