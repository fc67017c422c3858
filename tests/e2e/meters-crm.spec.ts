import { expect, test } from "@playwright/test";
import { chooseOption, DEMO_PASSWORD, runId, signIn } from "./support";

test("the director adds a meter to a premise, finds it in the list and on the premise's tab, and replaces it", async ({ page }) => {
  test.setTimeout(150_000);
  const id = runId();
  const flat = `8${id.slice(-5)}`;
  const serial = `ХВ-${id}`;
  const nextSerial = `ХВ-Н${id}`;
  await signIn(page, "admin@demo.local", DEMO_PASSWORD);

  // A premise of its own, so the test repeats against the same database.
  await page.goto("/crm/premises");
  await page.getByRole("button", { name: "Добавить", exact: true }).click();
  const premiseDialog = page.getByRole("dialog", { name: "Новое помещение" });
  await chooseOption(page, "Объект", /ул\. Ленина, д\. 5$/, premiseDialog);
  await premiseDialog.getByLabel("Номер квартиры").fill(flat);
  await premiseDialog.getByRole("button", { name: "Сохранить" }).click();
  await expect(page).toHaveURL(/\/crm\/premises\/[0-9a-f-]{36}$/);
  const premiseUrl = page.url();

  await page.getByRole("tab", { name: "Приборы учёта" }).click();
  await expect(page.getByText("Приборов учёта пока нет")).toBeVisible();
  await page.getByRole("link", { name: "Добавить прибор" }).click();
  await expect(page.getByRole("heading", { name: "Новый прибор учёта" })).toBeVisible();
  await expect(page.locator("form").getByText(`кв. ${flat}`)).toBeVisible();
  await page.getByRole("button", { name: "Добавить прибор" }).click();
  await expect(page.getByText("Укажите заводской номер")).toBeVisible();
  await chooseOption(page, "Ресурс", "ХВС");
  await page.getByLabel("Заводской номер").fill(serial);
  await page.getByLabel("Знаков до запятой").fill("5");
  await page.getByLabel(/Показание при установке/).fill("12,5");
  await page.getByRole("button", { name: "Добавить прибор" }).click();
  await expect(page).toHaveURL(/\/crm\/meters\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { name: `ХВС № ${serial}` })).toBeVisible();
  await expect(page.getByRole("cell", { name: /^12,5/ })).toBeVisible();

  await page.goto(`/crm/meters?q=${encodeURIComponent(serial)}`);
  const row = page.getByRole("row").filter({ hasText: serial });
  await expect(row).toBeVisible();
  await expect(row).toContainText(`кв. ${flat}`);
  await expect(row).toContainText("12,5");

  await page.goto(`${premiseUrl}?tab=meters`);
  await expect(page.getByRole("link", { name: serial })).toBeVisible();
  await page.getByRole("link", { name: serial }).click();

  await page.getByRole("button", { name: "Заменить прибор" }).click();
  const dialog = page.getByRole("dialog", { name: "Замена прибора учёта" });
  await dialog.getByLabel(/Последнее показание/).fill("10");
  await dialog.getByLabel("Заводской номер").fill(nextSerial);
  await dialog.getByRole("button", { name: "Сохранить" }).click();
  await expect(dialog.getByText(/Не меньше последнего показания \(12,5\)/)).toBeVisible();
  await dialog.getByLabel(/Последнее показание/).fill("20,75");
  await dialog.getByRole("button", { name: "Сохранить" }).click();
  await expect(page.getByRole("heading", { name: `ХВС № ${nextSerial}` })).toBeVisible();
  await expect(page.getByText(`Заменил прибор № ${serial}`)).toBeVisible();

  await page.goto(`${premiseUrl}?tab=meters`);
  await expect(page.getByRole("row").filter({ hasText: nextSerial })).toContainText("Работает");
  await expect(page.getByRole("row").filter({ hasText: serial }).filter({ hasNotText: nextSerial })).toContainText("Выведен из эксплуатации");
});
