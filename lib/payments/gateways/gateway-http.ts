import { AppError } from "@/lib/core/errors";
import { log } from "@/lib/core/log";

/** A gateway refused or did not answer: logged with what it said, shown to the person as a retry later. */
export const gatewayFailure = (provider: string, detail: Record<string, unknown>) => {
  log.warn("payment_gateway_failed", { provider, ...detail });
  return new AppError("CONFLICT", "Платёжный шлюз не принял запрос. Попробуйте ещё раз позже");
};

/** One JSON request to a gateway's API; a non-2xx answer or a network failure becomes gatewayFailure. */
export async function gatewayJson(provider: string, url: string, init: { method: "GET" | "POST"; headers?: Record<string, string>; body?: unknown }): Promise<Record<string, unknown>> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: init.method,
      headers: { ...(init.body === undefined ? {} : { "content-type": "application/json" }), ...init.headers },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
      signal: AbortSignal.timeout(15_000),
    });
  } catch (error) {
    throw gatewayFailure(provider, { url, error: error instanceof Error ? error.message : String(error) });
  }
  const text = await response.text();
  if (!response.ok) throw gatewayFailure(provider, { url, status: response.status, body: text.slice(0, 500) });
  try {
    return JSON.parse(text) as Record<string, unknown>;
  } catch {
    throw gatewayFailure(provider, { url, status: response.status, body: text.slice(0, 500) });
  }
}

/** A base URL with a method appended, whether or not the configured base ends in a slash. */
export const endpoint = (base: string, method: string) => new URL(method, base.endsWith("/") ? base : `${base}/`).toString();
