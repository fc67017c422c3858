"use client";

import { usePathname } from "next/navigation";
import { useEffect } from "react";
import { toast } from "sonner";
import { Toaster } from "@/components/ui/sonner";

/**
 * The app's toaster. A failure toast belongs to the screen where it happened: once the person has moved on (a
 * successful sign-in after a wrong code, a sign-up after a refused attempt), it would only contradict what they see.
 * Success toasts stay — they report the outcome that led to the new screen.
 */
export function ScreenToaster() {
  const pathname = usePathname();
  useEffect(() => {
    for (const t of toast.getToasts()) if ("type" in t && t.type === "error") toast.dismiss(t.id);
  }, [pathname]);
  return <Toaster richColors position="top-right" />;
}
