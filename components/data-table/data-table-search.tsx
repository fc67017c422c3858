"use client";

import { Search } from "lucide-react";
import { useEffect, useState } from "react";
import { Input } from "@/components/ui/input";
import { useUrlParams } from "./use-url-params";

/** Search box bound to `q`; waits for a pause in typing before querying the server. */
export function DataTableSearch({ placeholder }: { placeholder: string }) {
  const { searchParams, setParams } = useUrlParams();
  const current = searchParams.get("q") ?? "";
  const [value, setValue] = useState(current);
  // When the URL changes from elsewhere (back button, a cleared filter), the box follows it.
  const [synced, setSynced] = useState(current);
  if (synced !== current) {
    setSynced(current);
    setValue(current);
  }
  useEffect(() => {
    if (value === current) return;
    const timer = setTimeout(() => setParams({ q: value.trim() || null }), 350);
    return () => clearTimeout(timer);
  }, [value, current, setParams]);

  return (
    <div className="relative w-full max-w-xs">
      <Search className="pointer-events-none absolute left-2.5 top-2.5 size-4 text-muted-foreground" />
      <Input
        type="search"
        aria-label={placeholder}
        placeholder={placeholder}
        value={value}
        onChange={(e) => setValue(e.target.value)}
        className="pl-8"
      />
    </div>
  );
}
