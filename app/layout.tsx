import type { Metadata } from "next";
import type { ReactNode } from "react";
import { ScreenToaster } from "@/components/screen-toaster";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Домком", template: "%s — Домком" },
  description: "Домком — CRM для управляющих организаций, ТСЖ и ЖСК и кабинет жителя",
  icons: { icon: { url: "/icon.svg", type: "image/svg+xml" } },
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="ru">
      <body className="min-h-screen antialiased">
        {children}
        <ScreenToaster />
      </body>
    </html>
  );
}
