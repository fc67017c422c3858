"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { cn } from "@/lib/utils";

// A phone is narrower than the full labels: there each tab says the same in a word or two.
const tabs = [
  { href: "/crm/clients", label: "Клиенты", short: "Клиенты" },
  { href: "/crm/clients/registration-requests", label: "Заявки на регистрацию", short: "Заявки" },
  { href: "/crm/clients/unidentified", label: "Неидентифицированные", short: "Без имени" },
];

/** The three lists of «Управление → Клиенты» (seed 002 §10); each is its own page so its filters live in its URL. */
export function ClientsTabs() {
  const pathname = usePathname();
  return (
    <nav aria-label="Списки клиентов" className="mb-4 flex gap-1 overflow-x-auto border-b">
      {tabs.map((tab) => {
        const active = pathname === tab.href;
        return (
          <Link
            key={tab.href}
            href={tab.href}
            aria-current={active ? "page" : undefined}
            className={cn(
              "-mb-px shrink-0 border-b-2 px-3 py-2 text-sm whitespace-nowrap text-muted-foreground hover:text-foreground",
              active ? "border-primary font-medium text-foreground" : "border-transparent",
            )}
          >
            <span className="sm:hidden">{tab.short}</span>
            <span className="hidden sm:inline">{tab.label}</span>
          </Link>
        );
      })}
    </nav>
  );
}
