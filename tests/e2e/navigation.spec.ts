import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, signIn } from "./support";

test("a dispatcher starts from their own work and sees no section they cannot open", async ({ page }) => {
  await signIn(page, "dispatcher@demo.local", DEMO_PASSWORD);
  await expect(page.getByRole("heading", { name: "Главная" })).toBeVisible();
  await expect(page.getByText("Ваши дома: Москва, ул. Ленина, д. 5.")).toBeVisible();
  await expect(page.getByText("Выполнено")).toHaveCount(0);
  const nav = page.getByRole("navigation", { name: "Разделы" });
  await expect(nav.getByRole("link", { name: "Лицевые счета" })).toBeVisible();
  for (const hidden of ["Настройки", "Финансы", "Маркетплейс", "Компания", "Импорт"]) await expect(nav.getByText(hidden, { exact: true })).toHaveCount(0);

  // A forbidden download opened in the browser explains itself instead of showing JSON.
  await page.goto("/crm/audit/export");
  await expect(page.getByRole("heading", { name: "Нет доступа" })).toBeVisible();
});

test("the accounts list puts the exact number first and exports what it shows", async ({ page }) => {
  await signIn(page, "admin@demo.local", DEMO_PASSWORD);
  await page.getByRole("navigation", { name: "Разделы" }).getByRole("link", { name: "Лицевые счета" }).click();
  await expect(page.getByRole("heading", { name: "Лицевые счета" })).toBeVisible();
  await page.getByRole("searchbox", { name: "Номер, ЕЛС, собственник, адрес" }).fill("100001");
  await expect(page).toHaveURL(/q=100001/);
  await expect(page.getByRole("row").nth(1)).toContainText("100001");
  await expect(page.getByRole("row").nth(1)).toContainText("ул. Ленина, д. 5, кв. 1");
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Excel" }).click();
  expect((await download).suggestedFilename()).toMatch(/^лицевые-счета-\d{4}-\d{2}-\d{2}\.xlsx$/);
});

test("a failed sign-in says so once, beside the form, and no toast follows the person in", async ({ page }) => {
  await page.goto("/login");
  await page.getByLabel("Электронная почта").fill("admin@demo.local");
  await page.getByLabel("Пароль").fill("wrong-password");
  await page.getByRole("button", { name: "Войти" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Неверный email или пароль" })).toBeVisible();
  await expect(page.getByText("Неверный email или пароль")).toHaveCount(1);
  await signIn(page, "admin@demo.local", DEMO_PASSWORD);
  await expect(page.getByText("Неверный email или пароль")).toHaveCount(0);
});
