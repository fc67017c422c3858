import { z } from "zod";

export const staffSignInSchema = z.object({
  email: z.string().max(254, "Email: не длиннее 254 символов").trim().min(1, "Укажите email"),
  password: z.string().max(200, "Пароль: не длиннее 200 символов").min(1, "Укажите пароль"),
});
