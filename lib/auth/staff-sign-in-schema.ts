import { z } from "zod";

export const staffSignInSchema = z.object({
  email: z.string().trim().min(1, "Укажите email"),
  password: z.string().min(1, "Укажите пароль"),
});
