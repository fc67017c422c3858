"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm, type DefaultValues, type FieldValues, type Path, type Resolver } from "react-hook-form";
import { toast } from "sonner";
import type { z } from "zod";
import type { ActionResult } from "@/lib/core/errors";

type Options<TIn extends FieldValues, T> = {
  defaultValues: DefaultValues<TIn>;
  successMessage?: string;
  onSuccess?: (data: T) => void;
};

/**
 * react-hook-form bound to a server action: the same zod schema validates in the browser and on the server;
 * the server's field errors land next to their fields, anything else becomes a form-level error and a toast.
 */
export function useActionForm<S extends z.ZodType<FieldValues, FieldValues>, T>(
  schema: S,
  action: (input: z.input<S>) => Promise<ActionResult<T>>,
  { defaultValues, successMessage, onSuccess }: Options<z.input<S>, T>,
) {
  const form = useForm<z.input<S>, unknown, z.output<S>>({
    // zodResolver's overloads cannot be resolved for a generic S; the cast restates what it returns for S.
    resolver: zodResolver(schema as never) as unknown as Resolver<z.input<S>, unknown, z.output<S>>,
    defaultValues,
  });
  // The raw values go to the server, which parses them with the same schema, transforms included.
  const onSubmit = form.handleSubmit(async () => {
    const result = await action(form.getValues());
    if (result.ok) {
      if (successMessage) toast.success(successMessage);
      onSuccess?.(result.data);
      return;
    }
    const fieldErrors = Object.entries(result.fieldErrors ?? {});
    for (const [field, messages] of fieldErrors) {
      if (field !== "_") form.setError(field as Path<z.input<S>>, { message: messages[0] });
    }
    form.setError("root", { message: result.message });
    toast.error(result.message);
  });
  return { form, onSubmit };
}
