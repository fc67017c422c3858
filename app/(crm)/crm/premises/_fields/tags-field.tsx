"use client";

import { X } from "lucide-react";
import { useId, useState } from "react";
import type { Control, FieldPath, FieldValues } from "react-hook-form";
import { Badge } from "@/components/ui/badge";
import { FormControl, FormDescription, FormField, FormItem, FormLabel, FormMessage } from "@/components/ui/form";
import { Input } from "@/components/ui/input";

/** Tags as chips: pick an existing one from the suggestions or type a new one and press Enter. */
export function TagsField<T extends FieldValues, TOut extends FieldValues = T>({
  control,
  name,
  label,
  description,
  suggestions,
}: {
  control: Control<T, unknown, TOut>;
  name: FieldPath<T>;
  label: string;
  description?: string;
  suggestions: readonly string[];
}) {
  const listId = useId();
  const [draft, setDraft] = useState("");
  return (
    <FormField
      control={control}
      name={name}
      render={({ field }) => {
        const tags: string[] = field.value ?? [];
        const add = () => {
          const name = draft.trim();
          if (name && !tags.some((t) => t.toLowerCase() === name.toLowerCase())) field.onChange([...tags, name]);
          setDraft("");
        };
        return (
          <FormItem>
            <FormLabel>{label}</FormLabel>
            {tags.length > 0 && (
              <div className="flex flex-wrap gap-1">
                {tags.map((tag) => (
                  <Badge key={tag} variant="secondary" className="gap-1">
                    {tag}
                    <button type="button" aria-label={`Убрать тег ${tag}`} onClick={() => field.onChange(tags.filter((t) => t !== tag))}>
                      <X />
                    </button>
                  </Badge>
                ))}
              </div>
            )}
            <FormControl>
              <Input
                list={listId}
                value={draft}
                placeholder="Добавить тег"
                onChange={(e) => setDraft(e.target.value)}
                onBlur={add}
                onKeyDown={(e) => {
                  if (e.key === "Enter" || e.key === ",") {
                    e.preventDefault();
                    add();
                  }
                }}
              />
            </FormControl>
            <datalist id={listId}>
              {suggestions.filter((s) => !tags.includes(s)).map((s) => (
                <option key={s} value={s} />
              ))}
            </datalist>
            {description && <FormDescription>{description}</FormDescription>}
            <FormMessage />
          </FormItem>
        );
      }}
    />
  );
}
