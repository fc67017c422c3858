"use client";

import { ImageIcon } from "lucide-react";
import { useRouter } from "next/navigation";
import { toast } from "sonner";
import { ConfirmButton } from "@/components/forms/confirm-button";
import { useImageUpload } from "@/components/forms/use-image-upload";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { removeOrganisationLogoAction } from "./actions";

/** Choose an image, see it in place of the current logo, then save it; the server checks the type and size. */
export function LogoForm({ logo, canManage }: { logo: string | null; canManage: boolean }) {
  const router = useRouter();
  const { selected, error, busy, onChange, upload } = useImageUpload("/crm/uploads/logo", {
    successMessage: "Логотип сохранён",
  });

  const src = selected?.url ?? (logo ? `/crm/files/${logo}` : null);
  return (
    <div className="mb-8 flex max-w-2xl items-start gap-4">
      <div className="flex size-24 shrink-0 items-center justify-center overflow-hidden rounded-md border bg-muted/30">
        {/* eslint-disable-next-line @next/next/no-img-element -- a private, uploaded image served by our own route */}
        {src ? <img src={src} alt="Логотип организации" className="size-full object-contain" /> : <ImageIcon className="size-8 text-muted-foreground" />}
      </div>
      <div className="space-y-2">
        <Label htmlFor="org-logo">Логотип</Label>
        {canManage && (
          <Input
            id="org-logo"
            type="file"
            accept="image/png,image/jpeg,image/webp"
            aria-invalid={Boolean(error)}
            onChange={onChange}
          />
        )}
        <p className="text-sm text-muted-foreground">Показывается на страницах организации для жителей. PNG, JPEG или WebP, до 5 МБ</p>
        {error && (
          <p role="alert" className="text-sm text-destructive">
            {error}
          </p>
        )}
        <div className="flex gap-2">
          {selected && (
            <Button type="button" size="sm" onClick={upload} disabled={busy}>
              Сохранить логотип
            </Button>
          )}
          {canManage && logo && !selected && (
            <ConfirmButton
              variant="outline"
              title="Удалить логотип?"
              description="Логотип пропадёт со страниц организации. Загрузить новый можно в любой момент."
              confirmLabel="Удалить"
              onConfirm={async () => {
                const result = await removeOrganisationLogoAction({});
                if (!result.ok) return void toast.error(result.message);
                toast.success("Логотип удалён");
                router.refresh();
              }}
            >
              Удалить логотип
            </ConfirmButton>
          )}
        </div>
      </div>
    </div>
  );
}
