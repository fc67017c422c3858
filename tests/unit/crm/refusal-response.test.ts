import { describe, expect, it } from "vitest";
import { refusalResponse } from "@/app/_server/staff-route";

const forbidden = { ok: false as const, code: "FORBIDDEN" as const, message: "Недостаточно прав для этого действия" };
const browser = (url: string) => new Request(url, { headers: { accept: "text/html,application/xhtml+xml", "sec-fetch-mode": "navigate" } });

describe("a refused download", () => {
  it("sends a person who opened it in the browser to the «Нет доступа» page, not raw JSON", () => {
    const response = refusalResponse(browser("http://127.0.0.1:3000/crm/audit/export"), forbidden);
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("/crm/no-access");
    expect(refusalResponse(browser("http://127.0.0.1:3000/crm/premises/documents/x"), { ...forbidden, code: "NOT_FOUND" }).headers.get("location")).toBe("/crm/missing");
  });

  it("answers a script's fetch with the JSON and its status", async () => {
    const response = refusalResponse(new Request("http://127.0.0.1:3000/crm/import/template", { headers: { accept: "*/*" } }), forbidden);
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ code: "FORBIDDEN", error: "Недостаточно прав для этого действия" });
  });
});
