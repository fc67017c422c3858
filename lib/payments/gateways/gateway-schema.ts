import { z } from "zod";
import { paymentProviders } from "@/db/schema";
import { parseScaledDecimal } from "@/lib/exchange/decimal";
import { boundedString } from "@/lib/validation/bounded-string";

const optionalText = (max: number, label: string) =>
  boundedString(max, label)
    .trim()
    .nullish()
    .transform((v) => v || null);

/** A percent with up to 2 decimals («1,5») → hundredths of a percent. */
const percent = boundedString(10, "Процент").transform((text, ctx) => {
  const bp = text.trim() === "" ? 0n : parseScaledDecimal(text, 2);
  if (bp === null || bp < 0n || bp > 10_000n) {
    ctx.addIssue({ code: "custom", message: "Процент: число от 0 до 100, не больше 2 знаков после запятой" });
    return z.NEVER;
  }
  return Number(bp);
});

/** Roubles with up to 2 decimals («30», «12,50») → kopecks. */
const roubles = boundedString(20, "Минимум").transform((text, ctx) => {
  const kopecks = text.trim() === "" ? 0n : parseScaledDecimal(text, 2);
  if (kopecks === null || kopecks < 0n || kopecks > 100_000_00n) {
    ctx.addIssue({ code: "custom", message: "Минимум: сумма в рублях, не больше 2 знаков после запятой" });
    return z.NEVER;
  }
  return kopecks;
});

/**
 * A gateway of a legal entity (and optionally one of its bank accounts). The secret is write-only: blank on editing
 * keeps the stored one; the sandbox needs none (its signing key is generated).
 */
export const gatewayFormSchema = z
  .object({
    legalEntityId: z.uuid("Выберите юридическое лицо"),
    bankAccountId: z.union([z.uuid(), z.literal("")]).transform((v) => v || null),
    provider: z.enum(paymentProviders, "Выберите платёжный шлюз"),
    name: boundedString(100, "Название").trim().min(1, "Укажите название"),
    accountKey: optionalText(100, "Идентификатор магазина"),
    secret: optionalText(200, "Секретный ключ"),
    commissionPayer: z.enum(["payer", "organisation"], "Выберите, кто платит комиссию"),
    commissionPercent: percent,
    commissionMin: roubles,
    isActive: z.boolean(),
  })
  .superRefine((data, ctx) => {
    if (data.provider !== "sandbox" && !data.accountKey) {
      ctx.addIssue({ code: "custom", path: ["accountKey"], message: data.provider === "tbank" ? "Укажите TerminalKey терминала" : "Укажите shopId магазина" });
    }
  });

export const gatewayCreateSchema = gatewayFormSchema;
export const gatewayUpdateSchema = z.object({ id: z.uuid(), values: gatewayFormSchema });
export const gatewayArchiveSchema = z.object({ id: z.uuid() });
export type GatewayFormInput = z.output<typeof gatewayFormSchema>;
