"use client";

import { Search } from "lucide-react";
import { useEffect, useState, type ReactNode } from "react";
import { Input } from "@/components/ui/input";
import type { ActionResult } from "@/lib/core/errors";

type Props<T extends { id: string }> = {
  search: (input: { text: string }) => Promise<ActionResult<T[]>>;
  /** Shortest text worth sending: short fragments of names or phones match half the database. */
  minLength: number;
  placeholder: string;
  label: string;
  emptyText: string;
  /** Items already chosen are shown but cannot be picked again. */
  takenIds: ReadonlySet<string>;
  takenText: string;
  onPick: (item: T) => void;
  /** Main line and secondary line of a result. */
  render: (item: T) => { title: ReactNode; detail: ReactNode };
};

/** A search box that asks the server after a pause in typing and lists what it found to pick one. */
export function SearchPicker<T extends { id: string }>({ search, minLength, placeholder, label, emptyText, takenIds, takenText, onPick, render }: Props<T>) {
  const [text, setText] = useState("");
  const [found, setFound] = useState<T[] | null>(null);
  const [error, setError] = useState<string>();

  useEffect(() => {
    if (text.trim().length < minLength) return;
    let stale = false;
    const timer = setTimeout(async () => {
      const result = await search({ text });
      if (stale) return;
      setError(result.ok ? undefined : result.message);
      setFound(result.ok ? result.data : []);
    }, 300);
    return () => {
      stale = true;
      clearTimeout(timer);
    };
  }, [text, minLength, search]);

  const results = text.trim().length < minLength ? null : found;
  return (
    <div className="space-y-3">
      <div className="relative">
        <Search className="pointer-events-none absolute left-2.5 top-2.5 size-4 text-muted-foreground" />
        <Input autoFocus className="pl-8" placeholder={placeholder} aria-label={label} value={text} onChange={(e) => setText(e.target.value)} />
      </div>
      {error && <p className="text-sm text-destructive">{error}</p>}
      {results && results.length === 0 && <p className="text-sm text-muted-foreground">{emptyText}</p>}
      {results && results.length > 0 && (
        <ul className="divide-y rounded-md border">
          {results.map((item) => {
            const { title, detail } = render(item);
            const taken = takenIds.has(item.id);
            return (
              <li key={item.id}>
                <button
                  type="button"
                  disabled={taken}
                  onClick={() => onPick(item)}
                  className="w-full px-3 py-2 text-left text-sm hover:bg-muted disabled:cursor-not-allowed disabled:opacity-50"
                >
                  <div>{title}</div>
                  <div className="text-muted-foreground">{taken ? takenText : detail}</div>
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
