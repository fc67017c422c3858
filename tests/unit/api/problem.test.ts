import { describe, expect, it } from "vitest";
import { z } from "zod";
import { readJsonBody } from "@/lib/api/json-body";
import { problemFromError } from "@/lib/api/problem";
import { AppError } from "@/lib/core/errors";
import { setLogSink, type LogLine } from "@/lib/core/log";

const body = async (response: Response) => ({ status: response.status, type: response.headers.get("content-type"), json: await response.json() });

describe("problemFromError", () => {
  it("maps our errors to their status with the Russian message and field errors", async () => {
    const answer = await body(problemFromError(new AppError("CONFLICT", "Телефон занят", { phone: ["Телефон занят"] })));
    expect(answer).toEqual({
      status: 409,
      type: "application/problem+json",
      json: { type: "urn:domkom:problem:conflict", title: "Конфликт с текущими данными", status: 409, detail: "Телефон занят", errors: [{ index: null, externalId: null, field: "phone", message: "Телефон занят" }] },
    });
  });

  it("answers 413 to an oversized body and 422 to a zod error, unknown keys named one by one", async () => {
    const oversized = new Request("http://localhost/api/v1/clients", { method: "POST", headers: { "content-length": String(11 * 1024 * 1024) }, body: "{}" });
    const refusal = await readJsonBody(oversized).catch((error: unknown) => error);
    expect((await body(problemFromError(refusal))).json).toMatchObject({ status: 413, detail: expect.stringContaining("10 МБ") });
    const error = z.strictObject({ a: z.string() }).safeParse({ a: "x", b: 1, c: 2 }).error!;
    expect((await body(problemFromError(error))).json.errors.map((e: { field: string }) => e.field)).toEqual(["b", "c"]);
  });

  it("hides an unexpected fault behind 500 and an error id that is also in the server log", async () => {
    const lines: LogLine[] = [];
    const previous = setLogSink((line) => void lines.push(line));
    const answer = await body(problemFromError(new Error("connection reset by peer")));
    setLogSink(previous);
    expect(answer.status).toBe(500);
    expect(answer.json.detail).not.toContain("connection");
    expect(answer.json.detail).toContain(answer.json.errorId);
    expect(lines).toContainEqual(expect.objectContaining({ event: "unhandled_error", errorId: answer.json.errorId }));
  });
});
