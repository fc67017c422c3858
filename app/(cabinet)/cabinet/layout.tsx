import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";

export const metadata: Metadata = {
  title: { default: "Кабинет жителя", template: "%s — Домком" },
  applicationName: "Домком",
  appleWebApp: { capable: true, title: "Домком" },
};

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#ffffff" };

/** The resident cabinet is a phone-first app: one narrow column, whatever the screen. */
export default function CabinetShell({ children }: { children: ReactNode }) {
  return <div className="mx-auto flex min-h-screen w-full max-w-md flex-col bg-muted/30">{children}</div>;
}
