import { isUniqueViolation } from "@/lib/core/errors";
import { AppError } from "@/lib/core/errors";
import { premiseNumberLabel } from "@/lib/registry/premise-address";
import type { PremiseType } from "@/db/schema";

/** Turns the premises table's unique violations into messages next to the field at fault; other errors pass. */
export function premiseSaveError(error: unknown, premise: { type: PremiseType; number: string; externalId: string | null }): unknown {
  if (isUniqueViolation(error, "premises_org_building_type_number_key_uq")) {
    const message = `Помещение ${premiseNumberLabel(premise.type, premise.number)} уже есть в этом объекте (регистр, пробелы и нули в начале номера не различаются: «01» и «1» — один номер)`;
    return new AppError("CONFLICT", message, { number: [message] });
  }
  if (isUniqueViolation(error, "premises_org_external_uq")) {
    const message = `Помещение с внешним идентификатором «${premise.externalId}» уже есть`;
    return new AppError("CONFLICT", message, { externalId: [message] });
  }
  return error;
}
