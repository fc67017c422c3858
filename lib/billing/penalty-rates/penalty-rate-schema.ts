import { z } from "zod";
import { boundedString } from "@/lib/validation/bounded-string";
import { blankable, optionalDate, textOf } from "@/lib/validation/optional-fields";
import { formatScaledDecimal, parseScaledDecimal } from "@/lib/exchange/decimal";

export const penaltyRateKinds = ["key_rate", "cap", "moratorium"] as const;

export const penaltyRateKindLabels: Record<(typeof penaltyRateKinds)[number], string> = {
  key_rate: "Ключевая ставка",
  cap: "Предельная ставка (ПП 474)",
  moratorium: "Мораторий",
};

/** A rate in percent with up to 2 decimals («16», «9,5») → hundredths of a percent; blank → null. */
const ratePercent = blankable.transform((value, ctx) => {
  const text = textOf(value);
  if (text === "") return null;
  const bp = parseScaledDecimal(text, 2);
  if (bp === null || bp < 0n || bp > 10_000n) {
    ctx.addIssue({ code: "custom", message: "Ставка: число процентов от 0 до 100, не больше 2 знаков после запятой" });
    return z.NEVER;
  }
  return Number(bp);
});

const date = (label: string) => optionalDate(label, { from: 2000, to: () => new Date().getFullYear() + 10 });

/** An organisation's own row: a key rate decision the product does not have yet, an extended cap, a moratorium. */
export const penaltyRateCreateSchema = z
  .object({
    kind: z.enum(penaltyRateKinds, "Выберите вид"),
    validFrom: date("Действует с"),
    validTo: date("Действует по"),
    rate: ratePercent,
    debtsBefore: date("Для долгов, возникших до"),
    note: boundedString(300, "Примечание")
      .trim()
      .nullish()
      .transform((v) => v || null),
  })
  .transform((data, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
    if (!data.validFrom) issue("validFrom", "Укажите дату начала");
    if (data.validFrom && data.validTo && data.validTo <= data.validFrom) issue("validTo", "Дата окончания — позже даты начала");
    if (data.kind !== "moratorium" && data.rate === null) issue("rate", "Укажите ставку в процентах");
    const moratorium = data.kind === "moratorium";
    return {
      kind: data.kind,
      validFrom: data.validFrom ?? "",
      validTo: data.validTo,
      // A moratorium has no rate; only a moratorium spares debts by their date.
      rateBp: moratorium ? null : data.rate,
      debtsBefore: moratorium ? data.debtsBefore : null,
      note: data.note,
    };
  });

export const penaltyRateDeleteSchema = z.object({ id: z.uuid("Неверный идентификатор") });

/** 950 → «9,5 %». */
export const formatRateBp = (bp: number) => `${formatScaledDecimal(BigInt(bp), 2).replace(/\.?0+$/, "").replace(".", ",")} %`;
