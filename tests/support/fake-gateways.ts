import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { tbankToken } from "@/lib/payments/gateways/tbank-token";

type Json = Record<string, unknown>;
type Handler = (request: { method: string; path: string; headers: IncomingMessage["headers"]; body: Json }) => { status: number; body: Json };

/** A local node:http server speaking JSON; `requests` keeps what it was asked, for assertions. */
async function jsonServer(handle: Handler) {
  const requests: { method: string; path: string; headers: IncomingMessage["headers"]; body: Json }[] = [];
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const text = Buffer.concat(chunks).toString("utf8");
      const request = { method: req.method ?? "GET", path: new URL(req.url ?? "/", "http://x").pathname, headers: req.headers, body: text ? (JSON.parse(text) as Json) : {} };
      requests.push(request);
      const answer = handle(request);
      res.writeHead(answer.status, { "content-type": "application/json" }).end(JSON.stringify(answer.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  return { url, requests, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

const rub = (kopecks: bigint) => `${kopecks / 100n}.${(kopecks % 100n).toString().padStart(2, "0")}`;
const kop = (value: string) => BigInt(value.replace(".", ""));

/**
 * YooKassa API v3 as DOMAIN.md describes it: Basic auth, an Idempotence-Key on every POST (the same key answers the
 * same object), payments with redirect confirmation or a saved method, refunds never above the payment.
 */
export async function fakeYookassa(shopId: string, secretKey: string) {
  const payments = new Map<string, Json>();
  const byKey = new Map<string, Json>();
  const refunded = new Map<string, bigint>();
  const expected = `Basic ${Buffer.from(`${shopId}:${secretKey}`).toString("base64")}`;
  const server = await jsonServer(({ method, path, headers, body }) => {
    if (headers.authorization !== expected) return { status: 401, body: { type: "error", code: "invalid_credentials" } };
    if (method === "POST") {
      const key = headers["idempotence-key"];
      if (typeof key !== "string" || !key) return { status: 400, body: { type: "error", code: "invalid_request", parameter: "Idempotence-Key" } };
      const seen = byKey.get(`${path}:${key}`);
      if (seen) return { status: 200, body: seen };
      const made = path === "/payments" ? createPayment(body) : path === "/refunds" ? createRefund(body) : null;
      if (!made) return { status: 404, body: { type: "error", code: "not_found" } };
      if ("type" in made) return { status: 400, body: made };
      byKey.set(`${path}:${key}`, made);
      return { status: 200, body: made };
    }
    const id = /^\/payments\/([\w-]+)$/.exec(path)?.[1];
    const payment = id ? payments.get(id) : undefined;
    return payment ? { status: 200, body: payment } : { status: 404, body: { type: "error", code: "not_found" } };
  });

  function createPayment(body: Json): Json {
    const id = randomUUID();
    const saved = typeof body.payment_method_id === "string";
    const payment: Json = {
      id,
      status: saved ? "succeeded" : "pending",
      amount: body.amount,
      description: body.description,
      metadata: body.metadata,
      recipient: { account_id: shopId, gateway_id: "1" },
      ...(saved ? { payment_method: { type: "bank_card", id: body.payment_method_id, saved: true } } : {}),
      ...(body.confirmation ? { confirmation: { type: "redirect", confirmation_url: `https://yoomoney.test/checkout/${id}`, return_url: (body.confirmation as Json).return_url } } : {}),
      _save: body.save_payment_method === true,
    };
    payments.set(id, payment);
    return visible(payment);
  }

  function createRefund(body: Json): Json {
    const payment = payments.get(String(body.payment_id));
    if (!payment || payment.status !== "succeeded") return { type: "error", code: "invalid_request", description: "payment not succeeded" };
    const amount = kop(String((body.amount as Json).value));
    const already = refunded.get(String(payment.id)) ?? 0n;
    if (already + amount > kop(String((payment.amount as Json).value))) return { type: "error", code: "invalid_request", description: "refund exceeds payment" };
    refunded.set(String(payment.id), already + amount);
    return { id: randomUUID(), payment_id: payment.id, status: "succeeded", amount: body.amount };
  }

  /** A payment as the API shows it, without the fake's own note of whether to save the card. */
  const visible = (payment: Json) => Object.fromEntries(Object.entries(payment).filter(([key]) => key !== "_save"));

  return {
    ...server,
    payments,
    /** The payer paid on YooKassa's page (for `amountKopecks`, to simulate a mismatch). */
    pay(id: string, amountKopecks?: bigint) {
      const payment = payments.get(id)!;
      payment.status = "succeeded";
      if (amountKopecks !== undefined) payment.amount = { value: rub(amountKopecks), currency: "RUB" };
      if (payment._save) payment.payment_method = { type: "bank_card", id: `pm-${id}`, saved: true, title: "Bank card *4444", card: { last4: "4444", card_type: "MasterCard" } };
    },
    cancel(id: string) {
      payments.get(id)!.status = "canceled";
    },
    notification(event: string, id: string) {
      return JSON.stringify({ type: "notification", event, object: visible(payments.get(id) ?? { id, status: event.slice("payment.".length) }) });
    },
  };
}

/** T-Bank acquiring v2: every request's Token checked, Init → NEW with a PaymentURL, Charge by RebillId, Cancel. */
export async function fakeTbank(terminalKey: string, password: string) {
  const payments = new Map<string, Json>();
  let next = 1000;
  const fail = (code: string, message: string) => ({ status: 200, body: { Success: false, ErrorCode: code, Message: message } });
  const server = await jsonServer(({ path, body }) => {
    if (body.TerminalKey !== terminalKey) return fail("202", "Терминал не найден");
    if (body.Token !== tbankToken(body, password)) return fail("204", "Неверный токен");
    const ok = (fields: Json) => ({ status: 200, body: { Success: true, ErrorCode: "0", TerminalKey: terminalKey, ...fields } });
    const payment = payments.get(String(body.PaymentId));
    switch (path) {
      case "/Init": {
        const id = String(next++);
        payments.set(id, { PaymentId: id, OrderId: body.OrderId, Amount: Number(body.Amount), Status: "NEW", Recurrent: body.Recurrent === "Y" });
        return ok({ PaymentId: id, OrderId: body.OrderId, Amount: Number(body.Amount), Status: "NEW", PaymentURL: `https://securepay.test/${id}` });
      }
      case "/GetState":
        return payment ? ok({ PaymentId: payment.PaymentId, OrderId: payment.OrderId, Amount: payment.Amount, Status: payment.Status }) : fail("7", "Платёж не найден");
      case "/Charge":
        if (!payment || !String(body.RebillId).startsWith("rebill-")) return fail("103", "Неверный RebillId");
        payment.Status = "CONFIRMED";
        return ok({ PaymentId: payment.PaymentId, OrderId: payment.OrderId, Amount: payment.Amount, Status: "CONFIRMED" });
      case "/Cancel": {
        if (!payment) return fail("7", "Платёж не найден");
        const left = Number(payment.Amount) - Number(payment.Refunded ?? 0) - Number(body.Amount);
        if (left < 0) return fail("1015", "Сумма возврата больше суммы платежа");
        payment.Refunded = Number(payment.Refunded ?? 0) + Number(body.Amount);
        payment.Status = left === 0 ? "REFUNDED" : "PARTIAL_REFUNDED";
        return ok({ PaymentId: payment.PaymentId, OrderId: payment.OrderId, Status: payment.Status, OriginalAmount: payment.Amount, NewAmount: left });
      }
      default:
        return { status: 404, body: {} };
    }
  });
  return {
    ...server,
    payments,
    confirm(id: string) {
      payments.get(id)!.Status = "CONFIRMED";
    },
    /** The notification T-Bank posts, signed with the terminal's password (or `with` fields changed after signing). */
    notification(id: string, overrides: Json = {}, signWith = password) {
      const p = payments.get(id)!;
      const fields: Json = {
        TerminalKey: terminalKey,
        OrderId: p.OrderId,
        Success: true,
        Status: p.Status,
        PaymentId: Number(id),
        ErrorCode: "0",
        Amount: p.Amount,
        CardId: 7,
        Pan: "430000******0777",
        ExpDate: "1230",
        ...(p.Recurrent ? { RebillId: `rebill-${id}` } : {}),
        ...overrides,
      };
      return JSON.stringify({ ...fields, Token: tbankToken(fields, signWith) });
    },
  };
}
