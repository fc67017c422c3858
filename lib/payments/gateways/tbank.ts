import { endpoint, gatewayFailure, gatewayJson } from "./gateway-http";
import type { CreatePaymentInput, GatewayNotice, GatewayPayment, GatewayStatus, PaymentGateway, ReceiptItem } from "./payment-gateway";
import type { SignedNotice } from "./signed-notice";
import { tbankToken, tbankTokenMatches } from "./tbank-token";

export type TbankConfig = { terminalKey: string; password: string; baseUrl: string };


/** The answer the provider expects to an accepted notification. */
export const TBANK_ACKNOWLEDGEMENT = { status: 200, body: "OK" };
/** T-Bank's payment statuses as ours: paid (refunds included), on hold, failed or still in progress. */
const statusOf = (status: unknown): GatewayStatus => {
  switch (status) {
    case "CONFIRMED":
    case "REFUNDED":
    case "PARTIAL_REFUNDED":
      return "succeeded";
    case "AUTHORIZED":
      return "waiting_for_capture";
    case "REJECTED":
    case "CANCELED":
    case "REVERSED":
    case "DEADLINE_EXPIRED":
    case "AUTH_FAIL":
      return "canceled";
    default:
      return "pending";
  }
};

const noticeEvent: Record<GatewayStatus, GatewayNotice["event"]> = {
  succeeded: "payment.succeeded",
  canceled: "payment.canceled",
  waiting_for_capture: "payment.waiting_for_capture",
  pending: "other",
};

const taxOf = (vatCode: number) => ({ 1: "none", 2: "vat0", 3: "vat10", 4: "vat20", 11: "vat22" })[vatCode] ?? "none";

const receiptOf = (email: string | null, items: ReceiptItem[]) =>
  email && items.length
    ? {
        Email: email,
        Taxation: "osn",
        Items: items.map((i) => ({ Name: i.description.slice(0, 128), Quantity: i.quantity, Price: i.amountKopecks.toString(), Amount: i.amountKopecks.toString(), Tax: taxOf(i.vatCode), PaymentObject: i.paymentSubject, PaymentMethod: i.paymentMode })),
      }
    : undefined;

const kopecksOf = (value: unknown): bigint => (typeof value === "number" || (typeof value === "string" && /^\d+$/.test(value)) ? BigInt(value) : 0n);

/** A saved card as T-Bank names it: the RebillId and the masked number. */
const savedOf = (fields: Record<string, unknown>): GatewayPayment["savedMethod"] =>
  fields.RebillId !== undefined && fields.RebillId !== null && fields.RebillId !== ""
    ? { providerMethodId: String(fields.RebillId), title: typeof fields.Pan === "string" ? `•••• ${fields.Pan.slice(-4)}` : "Карта" }
    : null;

/** T-Bank acquiring API v2 (DOMAIN.md): Init, GetState, Charge with RebillId, Cancel; every request signed with Token. */
export function tbankGateway(config: TbankConfig): PaymentGateway {
  const call = async (method: string, fields: Record<string, unknown>) => {
    const body = { TerminalKey: config.terminalKey, ...fields };
    const answer = await gatewayJson("tbank", endpoint(config.baseUrl, method), { method: "POST", body: { ...body, Token: tbankToken(body, config.password) } });
    if (answer.Success !== true) throw gatewayFailure("tbank", { method, errorCode: answer.ErrorCode, message: answer.Message, details: answer.Details });
    return answer;
  };
  const payment = (answer: Record<string, unknown>, amount?: bigint): GatewayPayment => ({
    providerPaymentId: String(answer.PaymentId),
    status: statusOf(answer.Status),
    amountKopecks: answer.Amount === undefined ? (amount ?? 0n) : kopecksOf(answer.Amount),
    confirmationUrl: typeof answer.PaymentURL === "string" ? answer.PaymentURL : null,
    savedMethod: savedOf(answer),
  });
  const init = (input: Omit<CreatePaymentInput, "returnUrl" | "savePaymentMethod"> & { returnUrl?: string; recurrent: boolean }) =>
    call("Init", {
      Amount: input.amountKopecks.toString(),
      OrderId: input.orderId,
      Description: input.description.slice(0, 140),
      NotificationURL: input.notificationUrl,
      ...(input.returnUrl ? { SuccessURL: input.returnUrl, FailURL: input.returnUrl } : {}),
      // A card is bound to a customer; the order id names a customer of one payment, which is all the RebillId needs.
      ...(input.recurrent ? { Recurrent: "Y", CustomerKey: input.orderId } : {}),
      Receipt: receiptOf(input.receiptEmail, input.receiptItems),
    });

  return {
    provider: "tbank",
    acknowledgement: TBANK_ACKNOWLEDGEMENT,

    async createPayment(input) {
      return payment(await init({ ...input, recurrent: input.savePaymentMethod }), input.amountKopecks);
    },

    async getPayment(providerPaymentId) {
      return payment(await call("GetState", { PaymentId: providerPaymentId }));
    },

    async chargeSaved(input) {
      const started = await init({ ...input, recurrent: false });
      const charged = await call("Charge", { PaymentId: String(started.PaymentId), RebillId: input.providerMethodId });
      return { ...payment(charged, input.amountKopecks), confirmationUrl: null, savedMethod: null };
    },

    async refund({ providerPaymentId, amountKopecks, idempotencyKey }) {
      const answer = await call("Cancel", { PaymentId: providerPaymentId, Amount: amountKopecks.toString(), ExternalRequestId: idempotencyKey });
      const status = answer.Status === "REFUNDED" || answer.Status === "PARTIAL_REFUNDED" || answer.Status === "REVERSED" ? "succeeded" : "pending";
      return { providerRefundId: `${providerPaymentId}:${idempotencyKey}`, status };
    },

    async verifyNotification({ rawBody }) {
      let fields: Record<string, unknown>;
      try {
        fields = JSON.parse(rawBody) as Record<string, unknown>;
      } catch {
        return null;
      }
      if (typeof fields !== "object" || fields === null || fields.TerminalKey !== config.terminalKey || fields.PaymentId === undefined) return null;
      if (!tbankTokenMatches(fields, config.password)) return null;
      const refunded = fields.Status === "REFUNDED" || fields.Status === "PARTIAL_REFUNDED";
      const notice: SignedNotice = {
        eventKey: `${String(fields.PaymentId)}:${String(fields.Status)}`,
        providerPaymentId: String(fields.PaymentId),
        event: refunded ? "refund.succeeded" : fields.Success === false ? "other" : noticeEvent[statusOf(fields.Status)],
        // The Token proves the notification is T-Bank's; GetState would not repeat the RebillId it carries.
        signedState: payment(fields),
      };
      return notice;
    },
  };
}
