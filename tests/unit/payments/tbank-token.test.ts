import { describe, expect, it } from "vitest";
import { tbankToken, tbankTokenMatches } from "@/lib/payments/gateways/tbank-token";

describe("T-Bank token", () => {
  it("is the documented example's token (DOMAIN.md, Init)", () => {
    const init = { TerminalKey: "MerchantTerminalKey", Amount: 19200, OrderId: "00000", Description: "Подарочная карта на 1000 рублей", Receipt: { Items: [] }, DATA: { Phone: "+7" } };
    expect(tbankToken(init, "11111111111111")).toBe("72dd466f8ace0a37a1f740ce5fb78101712bc0665d91a8108c7c8a0ccd426db2");
  });

  it("writes booleans as true/false and checks a notification's token", () => {
    const notice = { TerminalKey: "T", OrderId: "o-1", Success: true, Status: "CONFIRMED", PaymentId: 13660, Amount: 100 };
    const token = tbankToken(notice, "pw");
    expect(tbankToken({ ...notice, Success: "true" }, "pw")).toBe(token);
    expect(tbankTokenMatches({ ...notice, Token: token }, "pw")).toBe(true);
    expect(tbankTokenMatches({ ...notice, Amount: 101, Token: token }, "pw")).toBe(false);
    expect(tbankTokenMatches(notice, "pw")).toBe(false);
  });
});
