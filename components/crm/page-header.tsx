import { ChevronLeft } from "lucide-react";
import Link from "next/link";
import type { ReactNode } from "react";

/** Where a card came from: its list, so every card has a way back besides the browser's button. */
export type BackTo = { href: string; label: string };

export function PageHeader({ title, description, actions, back }: { title: string; description?: string; actions?: ReactNode; back?: BackTo }) {
  return (
    <div className="mb-6 space-y-2">
      {back && (
        <nav aria-label="Навигационная цепочка">
          <Link href={back.href} className="inline-flex items-center gap-1 text-sm text-muted-foreground hover:text-foreground">
            <ChevronLeft className="size-4" aria-hidden />
            {back.label}
          </Link>
        </nav>
      )}
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <h1 className="text-2xl font-semibold tracking-tight break-words">{title}</h1>
          {description && <p className="mt-1 text-sm text-muted-foreground">{description}</p>}
        </div>
        {actions && <div className="flex flex-wrap gap-2">{actions}</div>}
      </div>
    </div>
  );
}
