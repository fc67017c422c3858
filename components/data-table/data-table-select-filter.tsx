"use client";

import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { useUrlParams } from "./use-url-params";

const ALL = "__all__";

/** A single-choice filter stored in the URL under `param`. */
export function DataTableSelectFilter({
  param,
  label,
  options,
  allLabel,
}: {
  param: string;
  label: string;
  options: readonly { value: string; label: string }[];
  /** What the unfiltered choice is called; «<label>: все» by default. */
  allLabel?: string;
}) {
  const { searchParams, setParams } = useUrlParams();
  return (
    <Select value={searchParams.get(param) ?? ALL} onValueChange={(v) => setParams({ [param]: v === ALL ? null : v })}>
      <SelectTrigger size="sm" className="w-auto min-w-40" aria-label={label}>
        <SelectValue placeholder={label} />
      </SelectTrigger>
      <SelectContent>
        <SelectItem value={ALL}>{allLabel ?? `${label}: все`}</SelectItem>
        {options.map((o) => (
          <SelectItem key={o.value} value={o.value}>
            {o.label}
          </SelectItem>
        ))}
      </SelectContent>
    </Select>
  );
}
