import { z } from "zod";

export const approveRegistrationSchema = z.object({
  id: z.uuid("Неверный идентификатор"),
  /** Seed 002 §15: a newcomer without an account yet must survive the next import. */
  keepOnIntegration: z.boolean().default(false),
});
export type ApproveRegistrationData = z.output<typeof approveRegistrationSchema>;

export const declineRegistrationSchema = z.object({
  id: z.uuid("Неверный идентификатор"),
  reason: z.string({ error: "Укажите причину отказа" }).trim().min(3, "Укажите причину отказа").max(500, "Не длиннее 500 символов"),
});
export type DeclineRegistrationInput = z.input<typeof declineRegistrationSchema>;
export type DeclineRegistrationData = z.output<typeof declineRegistrationSchema>;
