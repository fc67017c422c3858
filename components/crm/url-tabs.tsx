"use client";

import { usePathname, useRouter } from "next/navigation";
import { useState, useTransition, type ReactNode } from "react";
import { Tabs, TabsList } from "@/components/ui/tabs";
import { cn } from "@/lib/utils";

/**
 * A card's tabs kept in the URL (?tab=…), so a tab can be linked to and survives a reload; the server renders only
 * the open tab. While the next one loads, the old content stays, dimmed. `triggers` are the TabsTrigger elements.
 */
export function UrlTabs({ tab, triggers, children }: { tab: string; triggers: ReactNode; children: ReactNode }) {
  const router = useRouter();
  const pathname = usePathname();
  const [pending, startTransition] = useTransition();
  const [requested, setRequested] = useState(tab);
  const value = pending ? requested : tab;
  return (
    <Tabs
      value={value}
      onValueChange={(next) => {
        setRequested(next);
        startTransition(() => router.push(`${pathname}?tab=${next}`, { scroll: false }));
      }}
    >
      <TabsList className="h-auto flex-wrap">{triggers}</TabsList>
      <div className={cn("pt-2 transition-opacity", pending && "opacity-60")}>{children}</div>
    </Tabs>
  );
}
