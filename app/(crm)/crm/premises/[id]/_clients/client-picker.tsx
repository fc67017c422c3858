"use client";

import { Search } from "lucide-react";
import { useEffect, useState } from "react";
import { Input } from "@/components/ui/input";
import type { FoundClient } from "@/lib/registry/clients/find-clients";
import { findClientsForLinkAction } from "./actions";

/** Search by name or phone in any format (+7…, 8…, a fragment) and pick one of the results. */
export function ClientPicker({ linkedIds, onPick }: { linkedIds: ReadonlySet<string>; onPick: (client: FoundClient) => void }) {
  const [text, setText] = useState("");
  const [found, setFound] = useState<FoundClient[] | null>(null);
  const [error, setError] = useState<string>();

  useEffect(() => {
    if (text.trim().length < 2) return;
    let stale = false;
    const timer = setTimeout(async () => {
      const result = await findClientsForLinkAction({ text });
      if (stale) return;
      setError(result.ok ? undefined : result.message);
      setFound(result.ok ? result.data : []);
    }, 300);
    return () => {
      stale = true;
      clearTimeout(timer);
    };
  }, [text]);

  const results = text.trim().length < 2 ? null : found;
  return (
    <div className="space-y-3">
      <div className="relative">
        <Search className="pointer-events-none absolute left-2.5 top-2.5 size-4 text-muted-foreground" />
        <Input autoFocus className="pl-8" placeholder="ФИО или телефон" aria-label="ФИО или телефон клиента" value={text} onChange={(e) => setText(e.target.value)} />
      </div>
      {error && <p className="text-sm text-destructive">{error}</p>}
      {results && results.length === 0 && <p className="text-sm text-muted-foreground">Никого не нашли. Клиента можно добавить в разделе «Клиенты».</p>}
      {results && results.length > 0 && (
        <ul className="divide-y rounded-md border">
          {results.map((client) => (
            <li key={client.id}>
              <button
                type="button"
                disabled={linkedIds.has(client.id)}
                onClick={() => onPick(client)}
                className="flex w-full items-center justify-between gap-3 px-3 py-2 text-left text-sm hover:bg-muted disabled:cursor-not-allowed disabled:opacity-50"
              >
                <span>{client.name}</span>
                <span className="text-muted-foreground">{linkedIds.has(client.id) ? "уже закреплён" : client.phone}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
