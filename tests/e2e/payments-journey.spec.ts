import { expect, test, type Page } from "@playwright/test";
import { DEMO_PASSWORD, DEMO_RESIDENT_PHONE, sheetRows, signIn, signInResident } from "./support";

/** From the premise's «Счета»: the first «Оплатить …» group through the sandbox checkout, back to the cabinet. */
async function payFirstGroup(page: Page, invoicesUrl: string): Promise<string> {
  await page.goto(invoicesUrl);
  await page.getByTestId("pay-group").first().click();
  await expect(page.getByRole("heading", { name: /^Оплата: / })).toBeVisible();
  const total = (await page.getByTestId("pay-total").locator("div").last().locator("span").last().textContent())!.trim();
  await page.getByRole("button", { name: "Оплатить" }).click();
  await expect(page).toHaveURL(/\/pay\/sandbox\//);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(total);
  await page.getByRole("button", { name: "Оплатить", exact: true }).click();
  await expect(page.getByTestId("payment-return")).toHaveAttribute("data-status", "succeeded", { timeout: 30_000 });
  return total;
}

test("the demo resident pays two invoices in the sandbox; staff see the payment in «Платежи» and export it", async ({ context, page }) => {
  test.setTimeout(180_000);
  await signInResident(context, page, DEMO_RESIDENT_PHONE);
  await page.getByRole("link", { name: "Перейти в счета" }).first().click();
  await expect(page.getByTestId("pay-group").first()).toBeVisible();
  const invoicesUrl = page.url();

  const first = await payFirstGroup(page, invoicesUrl);
  const second = await payFirstGroup(page, invoicesUrl);

  await page.goto("/cabinet/payments");
  const paid = page.getByTestId("my-payment").filter({ hasText: "Оплачен" });
  await expect(paid.filter({ hasText: first }).first()).toBeVisible();
  await expect(paid.filter({ hasText: second }).first()).toBeVisible();

  await context.clearCookies();
  await signIn(page, "accountant@demo.local", DEMO_PASSWORD);
  await page.goto("/crm/payments");
  await expect(page.getByRole("heading", { name: "Платежи", exact: true })).toBeVisible();
  const row = page.getByRole("row").filter({ hasText: "Оплачен" }).filter({ hasText: second }).first();
  await expect(row).toBeVisible();

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Excel" }).click();
  const rows = await sheetRows(await (await download).path());
  expect(rows[0]).toContain("ID платежа");
  expect(rows.some((r) => r.some((cell) => cell.includes("Оплачен")))).toBe(true);
});
