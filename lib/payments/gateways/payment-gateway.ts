import type { PaymentProvider } from "@/db/schema";

export type GatewayStatus = "pending" | "waiting_for_capture" | "succeeded" | "canceled";
export type ReceiptItem = { description: string; quantity: string; amountKopecks: bigint; vatCode: number; paymentSubject: string; paymentMode: string };
export interface CreatePaymentInput {
  orderId: string;               // our payments.idempotency_key (≤ 36 chars), also the provider's idempotence key
  amountKopecks: bigint;         // payments.charged_kopecks
  description: string;           // «Оплата ЖКУ за 03.2026, ЛС 1234567»
  returnUrl: string;             // from the configured public origin
  notificationUrl: string;       // our webhook route for this gateway
  receiptEmail: string | null;
  receiptItems: ReceiptItem[];   // 54-ФЗ
  savePaymentMethod: boolean;    // bind the card (autopay, saved cards)
  utilities?: { payeeName: string; payeeInn: string; payeeKpp: string | null; bankName: string; bik: string; account: string; correspondentAccount: string; period: string; accountNumber: string };
}
export interface GatewayPayment { providerPaymentId: string; status: GatewayStatus; amountKopecks: bigint; confirmationUrl: string | null; savedMethod: { providerMethodId: string; title: string } | null }
export interface GatewayNotice { eventKey: string; providerPaymentId: string; event: "payment.succeeded" | "payment.canceled" | "payment.waiting_for_capture" | "refund.succeeded" | "other" }
export interface PaymentGateway {
  readonly provider: PaymentProvider;
  createPayment(input: CreatePaymentInput): Promise<GatewayPayment>;
  getPayment(providerPaymentId: string): Promise<GatewayPayment>;
  /** Charge a saved method without the payer (autopay): YooKassa payment_method_id, T-Bank Init + Charge(RebillId). */
  chargeSaved(input: Omit<CreatePaymentInput, "returnUrl" | "savePaymentMethod"> & { providerMethodId: string }): Promise<GatewayPayment>;
  refund(input: { providerPaymentId: string; amountKopecks: bigint; idempotencyKey: string }): Promise<{ providerRefundId: string; status: "pending" | "succeeded" | "failed" }>;
  /** Verifies the raw notification (signature / token); null when it is forged or malformed (answer 401). */
  verifyNotification(input: { headers: Headers; rawBody: string }): Promise<GatewayNotice | null>;
  /** What the provider expects as the HTTP answer to an accepted notification (T-Bank: "OK"). */
  readonly acknowledgement: { status: number; body: string };
}
