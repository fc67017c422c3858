"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { cn } from "@/lib/utils";

const tabs = [
  { href: "/crm/clients", label: "Клиенты" },
  { href: "/crm/clients/registration-requests", label: "Заявки на регистрацию" },
  { href: "/crm/clients/unidentified", label: "Неидентифицированные" },
];

/** The three lists of «Управление → Клиенты» (seed 002 §10); each is its own page so its filters live in its URL. */
export function ClientsTabs() {
  const pathname = usePathname();
  return (
    <nav aria-label="Списки клиентов" className="mb-4 flex gap-1 border-b">
      {tabs.map((tab) => {
        const active = pathname === tab.href;
        return (
          <Link
            key={tab.href}
            href={tab.href}
            aria-current={active ? "page" : undefined}
            className={cn(
              "-mb-px border-b-2 px-3 py-2 text-sm text-muted-foreground hover:text-foreground",
              active ? "border-primary font-medium text-foreground" : "border-transparent",
            )}
          >
            {tab.label}
          </Link>
        );
      })}
    </nav>
  );
}
