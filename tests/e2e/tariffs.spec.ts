import { expect, test } from "@playwright/test";
import { chooseOption, DEMO_PASSWORD, runId, signIn } from "./support";

test("the director adds a tariff on a building's «Тарифы» tab, then a new price from a later date keeps the old one in history", async ({ page }) => {
  test.setTimeout(150_000);
  const id = runId();
  const name = `Холодная вода ${id}`;
  const nextYear = new Date().getFullYear() + 1;
  await signIn(page, "admin@demo.local", DEMO_PASSWORD);

  await page.goto("/crm/buildings?q=Ленина");
  await page.getByRole("link", { name: /ул\. Ленина, д\. 5$/ }).click();
  await page.getByRole("tab", { name: "Тарифы" }).click();
  await expect(page).toHaveURL(/\?tab=tariffs$/);

  await page.getByRole("button", { name: "Добавить" }).click();
  const dialog = page.getByRole("dialog", { name: "Новый тариф" });
  await dialog.getByLabel("Наименование услуги").fill(name);
  await dialog.getByLabel("Код услуги").fill(`ХВ-${id}`);
  await chooseOption(page, "Ресурс (показания каких приборов)", "ХВС", dialog);
  await dialog.getByLabel("Стоимость, ₽").fill("42,12345");
  await dialog.getByRole("button", { name: "Сохранить" }).click();
  await expect(dialog.getByText("Не больше 4 знаков после запятой")).toBeVisible();
  await dialog.getByLabel("Стоимость, ₽").fill("42,1234");
  await dialog.getByRole("button", { name: "Сохранить" }).click();
  await expect(dialog).toBeHidden();

  // The tab survives a reload; the search finds the tariff by its code.
  await page.reload();
  await expect(page.getByRole("tab", { name: "Тарифы" })).toHaveAttribute("aria-selected", "true");
  await page.getByRole("searchbox", { name: "Поиск по тарифам" }).fill(`ХВ-${id}`);
  const row = page.getByRole("row").filter({ hasText: name });
  await expect(row).toContainText("42,1234 ₽");
  await expect(row).toContainText("По прибору учёта");
  await expect(page.getByRole("row")).toHaveCount(2);

  await row.getByRole("button", { name, exact: true }).click();
  const edit = page.getByRole("dialog", { name });
  await edit.getByLabel("Стоимость, ₽").fill("45,5");
  await edit.getByLabel("Действует с").fill(`${nextYear}-01-01`);
  await edit.getByRole("button", { name: "Сохранить" }).click();
  await expect(edit).toBeHidden();
  // Today's price is still the first one; the new one waits for its date.
  await expect(row).toContainText("42,1234 ₽");

  await row.getByRole("button", { name, exact: true }).click();
  const history = page.getByRole("dialog", { name }).getByRole("region", { name: "История цен" });
  await expect(history.getByRole("listitem")).toHaveCount(2);
  await expect(history.getByRole("listitem").first()).toContainText(`с 01.01.${nextYear}`);
  await expect(history.getByRole("listitem").first()).toContainText("45,50 ₽");
  await expect(history.getByRole("listitem").last()).toContainText("42,1234 ₽");
  await expect(history.getByRole("listitem").last()).toContainText("действует");
});
