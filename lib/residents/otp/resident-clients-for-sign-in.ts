import type { Db } from "@/db/client";
import { AppError } from "@/lib/core/errors";
import { findResidentClients } from "../load-resident-context";
import { BLOCKED_MESSAGE, type ResidentClient } from "../resident-context";

/**
 * The clients a phone may sign in as. Saying «номер не найден» before sending anything keeps SMS pumping off
 * numbers that have no cabinet; blocked clients are refused here and again on every request.
 */
export async function residentClientsForSignIn(db: Db, phone: string): Promise<ResidentClient[]> {
  const found = await findResidentClients(db, phone);
  if (found.length === 0) {
    throw new AppError("NOT_FOUND", "Этот номер не найден. Если вы ещё не зарегистрированы, нажмите «Регистрация»", {
      phone: ["Номер не найден"],
    });
  }
  const active = found.filter((c) => !c.blocked);
  if (active.length === 0) throw new AppError("FORBIDDEN", BLOCKED_MESSAGE);
  return active;
}
