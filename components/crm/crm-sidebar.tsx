"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { cn } from "@/lib/utils";
import type { NavSection } from "./nav-sections";

export function CrmSidebar({ sections }: { sections: NavSection[] }) {
  const pathname = usePathname();
  const isActive = (href: string) => (href === "/crm" ? pathname === href : pathname.startsWith(href));
  return (
    <nav aria-label="Разделы" className="space-y-5">
      {sections.map((section) => (
        <div key={section.label}>
          <div className="mb-1 flex items-center justify-between px-2 text-xs font-semibold uppercase tracking-wide text-muted-foreground">
            {section.label}
            {section.comingFor && <span className="font-normal normal-case">скоро</span>}
          </div>
          <ul className="space-y-0.5">
            {section.items.map((item) => (
              <li key={item.href}>
                <Link
                  href={item.href}
                  aria-current={isActive(item.href) ? "page" : undefined}
                  className={cn(
                    "block rounded-md px-2 py-1.5 text-sm hover:bg-accent",
                    isActive(item.href) && "bg-accent font-medium",
                  )}
                >
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </nav>
  );
}
