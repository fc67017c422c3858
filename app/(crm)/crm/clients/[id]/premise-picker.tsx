"use client";

import { Search } from "lucide-react";
import { useEffect, useState } from "react";
import { Input } from "@/components/ui/input";
import { findPremisesForLinkAction } from "../actions";

type Found = { id: string; address: string; clients: string | null };

/** Search premises by address (street, house, number — each optional), account number or client. */
export function PremisePicker({ linkedIds, onPick }: { linkedIds: ReadonlySet<string>; onPick: (premise: Found) => void }) {
  const [text, setText] = useState("");
  const [found, setFound] = useState<Found[] | null>(null);
  const [error, setError] = useState<string>();

  useEffect(() => {
    if (text.trim().length < 1) return;
    let stale = false;
    const timer = setTimeout(async () => {
      const result = await findPremisesForLinkAction({ text });
      if (stale) return;
      setError(result.ok ? undefined : result.message);
      setFound(result.ok ? result.data : []);
    }, 300);
    return () => {
      stale = true;
      clearTimeout(timer);
    };
  }, [text]);

  const results = text.trim() ? found : null;
  return (
    <div className="space-y-3">
      <div className="relative">
        <Search className="pointer-events-none absolute left-2.5 top-2.5 size-4 text-muted-foreground" />
        <Input autoFocus className="pl-8" placeholder="Ленина 5 12" aria-label="Адрес помещения" value={text} onChange={(e) => setText(e.target.value)} />
      </div>
      {error && <p className="text-sm text-destructive">{error}</p>}
      {results && results.length === 0 && <p className="text-sm text-muted-foreground">Ничего не нашли. Помещение добавляют в разделе «Помещения».</p>}
      {results && results.length > 0 && (
        <ul className="divide-y rounded-md border">
          {results.map((premise) => (
            <li key={premise.id}>
              <button
                type="button"
                disabled={linkedIds.has(premise.id)}
                onClick={() => onPick(premise)}
                className="w-full px-3 py-2 text-left text-sm hover:bg-muted disabled:cursor-not-allowed disabled:opacity-50"
              >
                <div>{premise.address}</div>
                <div className="text-muted-foreground">{linkedIds.has(premise.id) ? "уже закреплено" : (premise.clients ?? "без клиентов")}</div>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
