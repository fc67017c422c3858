import type { Metadata } from "next";
import { connection } from "next/server";
import type { ReactNode } from "react";
import { ScreenToaster } from "@/components/screen-toaster";
import { ZodJitless } from "@/components/zod-jitless";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Домком", template: "%s — Домком" },
  description: "Домком — CRM для управляющих организаций, ТСЖ и ЖСК и кабинет жителя",
  icons: { icon: { url: "/icon.svg", type: "image/svg+xml" } },
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Every page is rendered per request: its scripts must carry the nonce of that request's CSP (proxy.ts), which
  // a page prerendered at build time cannot know.
  await connection();
  return (
    <html lang="ru">
      <body className="min-h-screen antialiased">
        <ZodJitless />
        {children}
        <ScreenToaster />
      </body>
    </html>
  );
}
