import type { Db } from "@/db/client";
import { createApiKey } from "@/lib/access/api-keys/create-api-key";
import type { ApiKeyScope } from "@/lib/access/api-keys/api-key-scopes";
import type { OrgFixture } from "@/tests/support/fixtures";

/** Route handlers find the database through getDb(); tests point it at their own. */
export function useDbForRoutes(db: Db | undefined): void {
  (globalThis as { domkomDb?: Promise<Db> }).domkomDb = db ? Promise.resolve(db) : undefined;
}

export async function keyFor(org: OrgFixture, scopes: ApiKeyScope[], name = "1С"): Promise<string> {
  return (await createApiKey(org.director, { name, scopes })).key;
}

type Handler = (request: Request) => Promise<Response>;

export async function post(handler: Handler, key: string | null, body: unknown): Promise<{ status: number; json: Record<string, unknown> }> {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (key) headers.authorization = `Bearer ${key}`;
  const response = await handler(new Request("http://localhost/api/v1", { method: "POST", headers, body: typeof body === "string" ? body : JSON.stringify(body) }));
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}

export async function get(handler: Handler, key: string | null, query = ""): Promise<{ status: number; json: Record<string, unknown> }> {
  const headers: Record<string, string> = key ? { authorization: `Bearer ${key}` } : {};
  const response = await handler(new Request(`http://localhost/api/v1${query}`, { headers }));
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}
