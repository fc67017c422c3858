"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm, type DefaultValues, type FieldValues, type Path, type Resolver } from "react-hook-form";
import { toast } from "sonner";
import type { z } from "zod";
import type { ActionResult } from "@/lib/core/errors";
import { placeFailure } from "./place-failure";

type Options<TIn extends FieldValues, T> = {
  defaultValues: DefaultValues<TIn>;
  /** A toast for the outcome; failures never toast, they stay on the form (see placeFailure). */
  successMessage?: string;
  onSuccess?: (data: T) => void;
};

/**
 * react-hook-form bound to a server action: the same zod schema validates in the browser and on the server.
 * Every failure message is shown once, on the form: beside its field, or above the submit button (FormRootError).
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
    form.clearErrors("root");
    const result = await action(form.getValues());
    if (result.ok) {
      if (successMessage) toast.success(successMessage);
      onSuccess?.(result.data);
      return;
    }
    // Fields rendered through FormField register themselves; only those can show a message beside them.
    const { fields, root } = placeFailure(result, (name) => form.control._names.mount.has(name));
    for (const [field, message] of fields) form.setError(field as Path<z.input<S>>, { message });
    if (root) form.setError("root", { message: root });
  });
  return { form, onSubmit };
}
