import { z } from "zod";
import { emailSchema } from "@/lib/validation/schemas";

export const MIN_PASSWORD_LENGTH = 8;

const newPassword = z
  .string()
  .min(MIN_PASSWORD_LENGTH, `Пароль должен быть не короче ${MIN_PASSWORD_LENGTH} символов`)
  .max(200, "Пароль слишком длинный");

/** A new password typed twice; the second must match the first. */
const newPasswordFields = { password: newPassword, confirmPassword: z.string().max(200, "Пароль: не длиннее 200 символов").min(1, "Повторите пароль") };
const passwordsMatch = (v: { password: string; confirmPassword: string }) => v.password === v.confirmPassword;
const mismatch = { path: ["confirmPassword"], message: "Пароли не совпадают" };

export const requestPasswordResetSchema = z.object({ email: emailSchema });

export const resetPasswordSchema = z.object({ token: z.string().min(1).max(200), ...newPasswordFields }).refine(passwordsMatch, mismatch);
export type ResetPasswordData = z.output<typeof resetPasswordSchema>;

export const changePasswordSchema = z
  .object({ currentPassword: z.string().max(200, "Пароль: не длиннее 200 символов").min(1, "Укажите текущий пароль"), ...newPasswordFields })
  .refine(passwordsMatch, mismatch)
  .refine((v) => v.password !== v.currentPassword, { path: ["password"], message: "Новый пароль совпадает с текущим" });
export type ChangePasswordData = z.output<typeof changePasswordSchema>;
