import { caller, entry } from "@/app/_server/entry";
import { getDb } from "@/app/_server/db";
import { dispatch } from "@/inngest/dispatch";
import { PAYMENT_RECEIVED } from "@/inngest/functions/payment-received";
import { handleNotification } from "@/lib/payments/handle-notification";

/** A gateway's notification is a few kilobytes; anything far larger is not one. */
const MAX_BODY_BYTES = 64 * 1024;

/**
 * Public by design (`/api/payments/sandbox|yookassa|tbank/webhook`): what protects it is the notification's own
 * signature, checked on the raw body before anything else. Answers as the provider expects («OK» for T-Bank), 401
 * for a forgery or replay; a booked payment tells staff through an Inngest event.
 */
export const POST = entry.use(caller).route(async (_, request) => {
  const provider = new URL(request.url).pathname.split("/").at(-2) ?? "";
  if (Number(request.headers.get("content-length") ?? 0) > MAX_BODY_BYTES) return new Response("Payload Too Large", { status: 413 });
  const rawBody = await request.text();
  if (Buffer.byteLength(rawBody, "utf8") > MAX_BODY_BYTES) return new Response("Payload Too Large", { status: 413 });
  const answer = await handleNotification(await getDb(), provider, { headers: request.headers, rawBody });
  if (answer.bookedPaymentId) await dispatch(PAYMENT_RECEIVED, { paymentId: answer.bookedPaymentId });
  return new Response(answer.body, { status: answer.status, headers: { "content-type": "text/plain; charset=utf-8" } });
});
