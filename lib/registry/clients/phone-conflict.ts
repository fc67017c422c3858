import { isUniqueViolation } from "@/lib/core/errors";
import { AppError } from "@/lib/core/errors";

/** Two saves racing for one phone: the unique index refuses the second, which gets the usual message. */
export async function withPhoneConflict<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (isUniqueViolation(error, "clients_org_phone_uq")) {
      const message = "Телефон уже используется другим клиентом";
      throw new AppError("CONFLICT", message, { phone: [message] });
    }
    throw error;
  }
}
