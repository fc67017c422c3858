"use client";

import { useEffect, useState } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import type { OrganisationOption } from "@/lib/residents/registration/search-organisations";
import { searchOrganisationsAction } from "./actions";

/**
 * Finds the management organisation by name, ИНН or city. Names repeat, so every result shows its ИНН and city
 * (seed 003 §3); a chosen one stays on screen with a way to change it.
 */
export function OrganisationPicker({
  value,
  onChange,
  invalid,
}: {
  value: OrganisationOption | null;
  onChange: (org: OrganisationOption | null) => void;
  invalid?: boolean;
}) {
  const [query, setQuery] = useState("");
  const [results, setResults] = useState<OrganisationOption[] | null>(null);

  useEffect(() => {
    const q = query.trim();
    if (value || q.length < 3) return;
    const timer = setTimeout(async () => {
      const result = await searchOrganisationsAction({ q });
      setResults(result.ok ? result.data : []);
    }, 300);
    return () => clearTimeout(timer);
  }, [query, value]);

  if (value) {
    return (
      <div className="flex items-start justify-between gap-2 rounded-md border bg-background p-3 text-sm">
        <div>
          <div className="font-medium">{value.name}</div>
          <div className="text-muted-foreground">
            ИНН {value.inn} · {value.place}
          </div>
        </div>
        <Button type="button" variant="link" className="h-auto px-0" onClick={() => onChange(null)}>
          Изменить
        </Button>
      </div>
    );
  }
  return (
    <div className="space-y-2">
      <Input
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          if (e.target.value.trim().length < 3) setResults(null);
        }}
        placeholder="Название, ИНН или город"
        // The form's label sits outside this component, so the field carries its name itself.
        aria-label="Управляющая организация или ТСЖ"
        aria-invalid={invalid}
        autoComplete="off"
      />
      {results && results.length === 0 && (
        <p className="text-sm text-muted-foreground">Ничего не нашлось. Уточните название или спросите в своей управляющей организации.</p>
      )}
      {results && results.length > 0 && (
        <ul className="divide-y rounded-md border bg-background">
          {results.map((org) => (
            <li key={org.id}>
              <button type="button" className="w-full px-3 py-2 text-left text-sm hover:bg-accent" onClick={() => onChange(org)}>
                <span className="block font-medium">{org.name}</span>
                <span className="block text-muted-foreground">
                  ИНН {org.inn} · {org.place}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
