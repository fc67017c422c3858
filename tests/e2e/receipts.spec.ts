import { execFileSync } from "node:child_process";
import { expect, test, type APIResponse } from "@playwright/test";
import { DEMO_PASSWORD, DEMO_RESIDENT_PHONE, signIn, signInResident } from "./support";

/** The receipt answer is a PDF named after the account; pdftotext, where installed, finds the number inside too. */
async function expectReceipt(response: APIResponse, accountNumber: string) {
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/pdf");
  expect(decodeURIComponent(response.headers()["content-disposition"] ?? "")).toContain(accountNumber);
  const body = await response.body();
  expect(body.subarray(0, 5).toString()).toBe("%PDF-");
  try {
    expect(execFileSync("pdftotext", ["-", "-"], { input: body }).toString()).toContain(accountNumber);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
}

test("the resident sees the premise's invoices and downloads the receipt; staff download the same invoice's ЕПД", async ({ browser }) => {
  const resident = await browser.newContext({ viewport: { width: 360, height: 780 } });
  const page = await resident.newPage();
  await signInResident(resident, page, DEMO_RESIDENT_PHONE);

  await page.getByRole("link", { name: "Перейти в счета" }).first().click();
  await expect(page.getByRole("heading", { name: "Счета" })).toBeVisible();
  await expect(page.locator("figure svg[role=img]")).toBeVisible();
  await page.getByTestId("my-invoice").first().click();
  await expect(page.getByTestId("amount-due")).toContainText("₽");
  await expect(page.getByTestId("my-invoice-service").first()).toBeVisible();
  await expect(page.getByText("Реквизиты получателя")).toBeVisible();
  const accountNumber = ((await page.getByText(/^ЛС /).first().innerText()).replace("ЛС ", "")).trim();
  const invoiceId = /\/invoices\/([0-9a-f-]{36})/.exec(page.url())?.[1] ?? "";
  const download = await page.getByRole("link", { name: "Скачать квитанцию" }).getAttribute("href");
  await expectReceipt(await page.request.get(download ?? ""), accountNumber);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await resident.close();

  const staff = await browser.newContext();
  const crm = await staff.newPage();
  await signIn(crm, "accountant@demo.local", DEMO_PASSWORD);
  await expectReceipt(await crm.request.get(`/crm/invoices/${invoiceId}/receipt`), accountNumber);
  await staff.close();
});
