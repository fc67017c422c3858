import { z } from "zod";
import { phoneSchema } from "@/lib/validation/schemas";
import { otpPolicy } from "./otp-policy";

export const otpCodeSchema = z
  .string({ error: "Введите код из SMS" })
  .max(20, `Код состоит из ${otpPolicy.digits} цифр`)
  .trim()
  .regex(new RegExp(`^\\d{${otpPolicy.digits}}$`), `Код состоит из ${otpPolicy.digits} цифр`);

export const phoneOnlySchema = z.object({ phone: phoneSchema });

export const residentSignInSchema = z.object({ phone: phoneSchema, code: otpCodeSchema });
export type ResidentSignInInput = z.input<typeof residentSignInSchema>;
