import { expect, test } from "@playwright/test";
import { chooseOption, DEMO_PASSWORD, runId, signIn } from "./support";

const months = ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь"];

test("the director runs billing for one demo building, checks the preview, issues all and sees the invoices counted", async ({ page }) => {
  test.setTimeout(180_000);
  // A month of next year chosen per run, so the test repeats against the same database without meeting its own invoices.
  const month = months[Number(runId()) % 12]!;
  const year = String(new Date().getFullYear() + 1);
  await signIn(page, "admin@demo.local", DEMO_PASSWORD);
  await page.getByRole("link", { name: "Начисления", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Начисления", exact: true })).toBeVisible();
  // The demo's year of issued runs is listed.
  await expect(page.getByRole("cell", { name: /Выставлен/ }).first()).toBeVisible();

  await chooseOption(page, "Месяц", month);
  await chooseOption(page, "Год", year);
  await page.getByLabel("Все доступные дома").click();
  await page.getByRole("button", { name: "Рассчитать" }).click();
  await expect(page.getByText("Выберите хотя бы один дом или «Все доступные»")).toBeVisible();
  await page.getByRole("checkbox", { name: /ул\. Солнечная, д\. 3$/ }).click();
  await page.getByRole("button", { name: "Рассчитать" }).click();

  await expect(page).toHaveURL(/\/crm\/billing\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { name: `Начисления за ${month} ${year}` })).toBeVisible();
  await expect(page.getByText("Готов к выставлению")).toBeVisible({ timeout: 60_000 });
  const buildings = page.getByRole("table").first();
  await expect(buildings.getByRole("row").filter({ hasText: "ул. Солнечная, д. 3" })).toBeVisible();
  await expect(page.getByRole("cell", { name: "Взнос на капитальный ремонт" })).toBeVisible();
  const invoices = (await page.locator("dt", { hasText: /^Счетов$/ }).locator("xpath=following-sibling::dd").innerText()).replace(/\s/g, "");
  expect(Number(invoices)).toBeGreaterThan(0);

  await page.getByRole("button", { name: "Выставить все" }).click();
  const confirm = page.getByRole("alertdialog", { name: "Выставить все счета?" });
  await expect(confirm.getByText(new RegExp(`Будет выставлено счетов: ${invoices} на сумму`))).toBeVisible();
  await confirm.getByRole("button", { name: "Выставить" }).click();
  await expect(page.getByText(`Выставлено счетов: ${invoices}`).first()).toBeVisible();
  await expect(page.getByText(new RegExp(`Выставлен — выставлено счетов: ${invoices}`))).toBeVisible();
  await expect(page.getByRole("button", { name: "Выставить все" })).toHaveCount(0);
});
