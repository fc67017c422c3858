import type { ActionFailure } from "@/lib/core/errors";

export type PlacedFailure = {
  /** Field name → its first message, for the fields the form shows. */
  fields: [string, string][];
  /** The form-level message, or null when the field messages already say what is wrong. */
  root: string | null;
};

/**
 * Where a failed action's messages go, so each is shown once: a field's message beside that field; a message about
 * a field the form does not show (or about the whole input, key "_") above the submit button; the failure's own
 * message only when nothing else explains it — «Проверьте заполнение полей» over the very fields that are marked,
 * or «ИНН уже зарегистрирован» both beside ИНН and in a banner, says the same thing twice.
 */
export function placeFailure(failure: ActionFailure, isShown: (field: string) => boolean): PlacedFailure {
  const fields: [string, string][] = [];
  const elsewhere: string[] = [];
  for (const [field, messages] of Object.entries(failure.fieldErrors ?? {})) {
    const message = messages[0];
    if (!message) continue;
    if (field !== "_" && isShown(field)) fields.push([field, message]);
    else if (!elsewhere.includes(message)) elsewhere.push(message);
  }
  const root = elsewhere.length ? elsewhere.join(". ") : fields.length ? null : failure.message;
  return { fields, root };
}
