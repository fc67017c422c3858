import { formatScaledDecimal, parseKopecks } from "@/lib/exchange/decimal";
import { endpoint, gatewayJson } from "./gateway-http";
import type { CreatePaymentInput, GatewayNotice, GatewayPayment, GatewayStatus, PaymentGateway } from "./payment-gateway";

export type YookassaConfig = { shopId: string; secretKey: string; baseUrl: string };

const money = (kopecks: bigint) => ({ value: formatScaledDecimal(kopecks, 2), currency: "RUB" });
const statuses: readonly GatewayStatus[] = ["pending", "waiting_for_capture", "succeeded", "canceled"];
const events: readonly GatewayNotice["event"][] = ["payment.succeeded", "payment.canceled", "payment.waiting_for_capture", "refund.succeeded"];
type Json = Record<string, unknown>;
const obj = (value: unknown): Json => (typeof value === "object" && value !== null ? (value as Json) : {});

function paymentOf(answer: Json): GatewayPayment {
  const method = obj(answer.payment_method);
  const card = obj(method.card);
  return {
    providerPaymentId: String(answer.id),
    status: statuses.find((s) => s === answer.status) ?? "pending",
    amountKopecks: parseKopecks(String(obj(answer.amount).value ?? "0")) ?? 0n,
    confirmationUrl: typeof obj(answer.confirmation).confirmation_url === "string" ? String(obj(answer.confirmation).confirmation_url) : null,
    savedMethod:
      method.saved === true && typeof method.id === "string"
        ? { providerMethodId: method.id, title: typeof card.last4 === "string" ? `${String(card.card_type ?? "Карта")} •••• ${card.last4}` : String(method.title ?? "Карта") }
        : null,
  };
}


/** The answer the provider expects to an accepted notification. */
export const YOOKASSA_ACKNOWLEDGEMENT = { status: 200, body: "" };
/** The body parts every payment shares: amount, description, our ids, the 54-ФЗ receipt and the utilities order. */
function paymentBody(input: Omit<CreatePaymentInput, "returnUrl" | "savePaymentMethod">) {
  const u = input.utilities;
  return {
    amount: money(input.amountKopecks),
    capture: true,
    description: input.description.slice(0, 128),
    metadata: { orderId: input.orderId },
    ...(input.receiptEmail && input.receiptItems.length
      ? {
          receipt: {
            customer: { email: input.receiptEmail },
            items: input.receiptItems.map((i) => ({ description: i.description.slice(0, 128), quantity: i.quantity, amount: money(i.amountKopecks), vat_code: i.vatCode, payment_subject: i.paymentSubject, payment_mode: i.paymentMode })),
          },
        }
      : {}),
    ...(u
      ? {
          payment_order: {
            type: "utilities",
            amount: money(input.amountKopecks),
            payment_purpose: input.description.slice(0, 210),
            recipient: { name: u.payeeName, inn: u.payeeInn, ...(u.payeeKpp ? { kpp: u.payeeKpp } : {}), bank: { name: u.bankName, bic: u.bik, account: u.account, correspondent_account: u.correspondentAccount } },
            payment_period: { month: Number(u.period.slice(5, 7)), year: Number(u.period.slice(0, 4)) },
            account_number: u.accountNumber,
          },
        }
      : {}),
  };
}

/**
 * YooKassa API v3 (DOMAIN.md): Basic shopId:secretKey, an Idempotence-Key on every POST (the order id for a payment,
 * so a retry never charges twice), redirect confirmation, saved methods, refunds. A notification carries no
 * signature: it is accepted only when GET /payments/{id} confirms the payment is the shop's and in the notified state.
 */
export function yookassaGateway(config: YookassaConfig): PaymentGateway {
  const authorization = `Basic ${Buffer.from(`${config.shopId}:${config.secretKey}`, "utf8").toString("base64")}`;
  const post = (path: string, body: unknown, idempotenceKey: string) =>
    gatewayJson("yookassa", endpoint(config.baseUrl, path), { method: "POST", headers: { authorization, "idempotence-key": idempotenceKey }, body });
  const get = (path: string) => gatewayJson("yookassa", endpoint(config.baseUrl, path), { method: "GET", headers: { authorization } });
  const getPayment = async (id: string) => paymentOf(await get(`payments/${encodeURIComponent(id)}`));

  return {
    provider: "yookassa",
    acknowledgement: YOOKASSA_ACKNOWLEDGEMENT,

    async createPayment(input) {
      const body = { ...paymentBody(input), confirmation: { type: "redirect", return_url: input.returnUrl }, ...(input.savePaymentMethod ? { save_payment_method: true } : {}) };
      return paymentOf(await post("payments", body, input.orderId));
    },

    getPayment,

    async chargeSaved(input) {
      return paymentOf(await post("payments", { ...paymentBody(input), payment_method_id: input.providerMethodId }, input.orderId));
    },

    async refund({ providerPaymentId, amountKopecks, idempotencyKey }) {
      const answer = await post("refunds", { payment_id: providerPaymentId, amount: money(amountKopecks) }, idempotencyKey);
      const status = answer.status === "succeeded" ? "succeeded" : answer.status === "canceled" ? "failed" : "pending";
      return { providerRefundId: String(answer.id), status };
    },

    async verifyNotification({ rawBody }) {
      let body: Json;
      try {
        body = obj(JSON.parse(rawBody));
      } catch {
        return null;
      }
      const object = obj(body.object);
      const event = events.find((e) => e === body.event);
      if (body.type !== "notification" || !event || typeof object.id !== "string") return null;
      const paymentId = event === "refund.succeeded" ? object.payment_id : object.id;
      if (typeof paymentId !== "string" || !/^[\w-]{1,64}$/.test(paymentId)) return null;
      // Unsigned: ask YooKassa. A payment it does not know under our shop, or in another state, is a forgery.
      const actual = await getPayment(paymentId).catch(() => null);
      if (!actual) return null;
      if (event !== "refund.succeeded" && `payment.${actual.status}` !== event) return null;
      return { eventKey: `${event}:${object.id}`, providerPaymentId: paymentId, event };
    },
  };
}
