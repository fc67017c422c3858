"use client";

import { ChevronDown } from "lucide-react";
import type { ReactNode } from "react";
import { useUrlParams } from "@/components/data-table/use-url-params";
import { Button } from "@/components/ui/button";
import { Popover, PopoverContent, PopoverTrigger } from "@/components/ui/popover";

const conditions = (n: number) => `${n} ${n % 10 === 1 && n % 100 !== 11 ? "условие" : [2, 3, 4].includes(n % 10) && ![12, 13, 14].includes(n % 100) ? "условия" : "условий"}`;

/**
 * Several related table filters behind one button (the filters themselves stay URL-bound as usual), so a toolbar
 * with many of them keeps to one row at 1440 px and to two on a phone. The button tells how many are set.
 */
export function FilterPopover({ label, params, children }: { label: string; params: readonly string[]; children: ReactNode }) {
  const { searchParams } = useUrlParams();
  const active = params.filter((p) => searchParams.get(p)).length;
  return (
    <Popover>
      <PopoverTrigger asChild>
        <Button variant="outline" size="sm" className="font-normal">
          {label}: {active ? conditions(active) : "все"}
          <ChevronDown className="opacity-50" />
        </Button>
      </PopoverTrigger>
      <PopoverContent align="start" className="grid w-72 gap-2">
        {children}
      </PopoverContent>
    </Popover>
  );
}
