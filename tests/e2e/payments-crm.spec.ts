import { expect, test, type Page } from "@playwright/test";
import { DEMO_PASSWORD, sheetRows, signIn } from "./support";

/** «1 234,56 ₽» as kopecks, for comparing the debts a page shows. */
const kopecksOf = (text: string) => Number(text.replace(/[^\d,]/g, "").replace(",", "")) || 0;

async function debtsOnPage(page: Page): Promise<number[]> {
  const cells = page.getByRole("row").locator("td:last-child");
  return (await cells.allInnerTexts()).map((t) => kopecksOf(t.split("\n")[0] ?? ""));
}

test("staff open «Платежи», see a demo payment and its card, export; then filter «Должники» by debt", async ({ page }) => {
  test.setTimeout(150_000);
  await signIn(page, "accountant@demo.local", DEMO_PASSWORD);
  await expect(page.getByRole("heading", { name: "Собираемость платежей за 12 месяцев" })).toBeVisible();

  await page.getByRole("link", { name: "Платежи", exact: true }).first().click();
  await expect(page.getByRole("heading", { name: "Платежи", exact: true })).toBeVisible();
  const paid = page.getByRole("row").filter({ hasText: "Оплачен" }).first();
  await expect(paid).toContainText("Тестовый шлюз");
  // A click opens the split of the payment per invoice line.
  await paid.click();
  await expect(page.getByRole("columnheader", { name: "Услуга" }).first()).toBeVisible();

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Excel" }).click();
  const rows = await sheetRows(await (await download).path());
  expect(rows[0]).toContain("ID платежа");
  expect(rows.length).toBeGreaterThan(2);

  await paid.getByRole("link").first().click();
  await expect(page).toHaveURL(/\/crm\/payments\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { name: /^Платёж на / })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Распределение по счетам" })).toBeVisible();
  await expect(page.getByRole("link", { name: / за [а-я]+ \d{4}$/ }).first()).toBeVisible();

  await page.goto("/crm/payments");
  await page.getByRole("tab", { name: "Сторонние платежи" }).click();
  await expect(page).toHaveURL(/tab=third-party/);
  await expect(page.getByRole("row").filter({ hasText: /Через API|Банковская выписка/ }).first()).toBeVisible();

  await page.goto("/crm/debtors");
  await expect(page.getByRole("heading", { name: "Должники", exact: true })).toBeVisible();
  const unfiltered = await debtsOnPage(page);
  expect(unfiltered.length).toBeGreaterThan(1);
  expect(unfiltered).toEqual([...unfiltered].sort((a, b) => b - a));
  await page.getByRole("button", { name: "Долг: все" }).click();
  await page.getByRole("textbox", { name: "Долг от, ₽" }).fill("1000");
  await page.getByRole("textbox", { name: "Долг до, ₽" }).fill("5000");
  await expect(page).toHaveURL(/debtTo=5000/);
  await page.keyboard.press("Escape");
  await expect(async () => {
    const debts = await debtsOnPage(page);
    expect(debts.length).toBeGreaterThan(0);
    for (const d of debts) {
      expect(d).toBeGreaterThanOrEqual(100_000);
      expect(d).toBeLessThanOrEqual(500_000);
    }
  }).toPass();
});
