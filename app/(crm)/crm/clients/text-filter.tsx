"use client";

import { useEffect, useState } from "react";
import { useUrlParams } from "@/components/data-table/use-url-params";
import { Input } from "@/components/ui/input";

type Props = { param: string; label: string };

/** A short free-text filter (entrance, floor, premise number) kept in the URL under `param`. */
export function TextFilter({ param, label }: Props) {
  const { searchParams } = useUrlParams();
  const current = searchParams.get(param) ?? "";
  // Keyed by the URL's value: going back or clearing filters starts the box afresh.
  return <DebouncedInput key={current} param={param} label={label} initial={current} />;
}

function DebouncedInput({ param, label, initial }: Props & { initial: string }) {
  const { setParams } = useUrlParams();
  const [value, setValue] = useState(initial);
  useEffect(() => {
    if (value === initial) return;
    const timer = setTimeout(() => setParams({ [param]: value.trim() || null }), 400);
    return () => clearTimeout(timer);
  }, [value, initial, param, setParams]);
  return <Input aria-label={label} placeholder={label} value={value} onChange={(e) => setValue(e.target.value)} className="h-8 w-full min-w-0" />;
}
