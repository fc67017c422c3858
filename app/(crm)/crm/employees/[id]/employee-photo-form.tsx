"use client";

import { useImageUpload } from "@/components/forms/use-image-upload";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { EmployeeAvatar } from "../employee-avatar";

/** Choose a photo, see it in the avatar, then save it; the server checks the type and size. */
export function EmployeePhotoForm({ id, photo, lastName, firstName }: { id: string; photo: string | null; lastName: string; firstName: string }) {
  const { selected, error, busy, onChange, upload } = useImageUpload("/crm/uploads/employee-photo", {
    fields: { id },
    successMessage: "Фото сохранено",
  });

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
          onChange={onChange}
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
