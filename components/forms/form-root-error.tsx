"use client";

import { useFormState, type Control, type FieldValues } from "react-hook-form";

/** The form-level error (from the server) shown above the submit button. */
export function FormRootError<T extends FieldValues, TOut extends FieldValues = T>({ control }: { control: Control<T, unknown, TOut> }) {
  const { errors } = useFormState({ control });
  const message = errors.root?.message;
  if (!message) return null;
  return (
    <p role="alert" className="rounded-md border border-destructive/40 bg-destructive/5 px-3 py-2 text-sm text-destructive">
      {message}
    </p>
  );
}
