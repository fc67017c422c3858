"use client";

import { Menu } from "lucide-react";
import { usePathname } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Sheet, SheetContent, SheetHeader, SheetTitle, SheetTrigger } from "@/components/ui/sheet";
import { CrmSidebar } from "./crm-sidebar";
import type { NavSection } from "./nav-sections";

/** On narrow screens the sidebar hides; this menu button opens the same sections in a sheet. */
export function CrmMobileNav({ sections, orgName }: { sections: NavSection[]; orgName: string }) {
  const [open, setOpen] = useState(false);
  const pathname = usePathname();
  // Navigating closes the sheet (adjusting state during render, not in an effect).
  const [openedAt, setOpenedAt] = useState(pathname);
  if (openedAt !== pathname) {
    setOpenedAt(pathname);
    setOpen(false);
  }
  return (
    <Sheet open={open} onOpenChange={setOpen}>
      <SheetTrigger asChild>
        <Button variant="ghost" size="icon" className="mr-auto md:hidden" aria-label="Меню">
          <Menu />
        </Button>
      </SheetTrigger>
      <SheetContent side="left" className="w-72 overflow-y-auto p-4">
        <SheetHeader className="p-0">
          <SheetTitle>Домком</SheetTitle>
          <p className="text-sm text-muted-foreground">{orgName}</p>
        </SheetHeader>
        <CrmSidebar sections={sections} />
      </SheetContent>
    </Sheet>
  );
}
