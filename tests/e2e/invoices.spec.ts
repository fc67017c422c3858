import { expect, test } from "@playwright/test";
import { chooseOption, DEMO_PASSWORD, runId, signIn } from "./support";

test("the director drafts an invoice for a demo account, adds a service, sees the live total, issues it and finds it in the list", async ({ page }) => {
  test.setTimeout(150_000);
  // A month of next year: no billing run has reached it and today's prices apply to it; a random one keeps reruns on a
  // reused server (the config seeds a fresh database otherwise) from meeting their own actual invoice most of the time.
  const year = String(new Date().getFullYear() + 1);
  const month = ["Январь", "Февраль", "Март", "Апрель", "Май", "Июнь", "Июль", "Август", "Сентябрь", "Октябрь", "Ноябрь", "Декабрь"][Math.floor(Math.random() * 12)] ?? "Март";
  const service = `Вывоз мусора ${runId()}`;
  await signIn(page, "admin@demo.local", DEMO_PASSWORD);

  // A service of the demo building of its own, so the test needs no billing data in the demo.
  await page.goto("/crm/buildings?q=Ленина");
  await page.getByRole("link", { name: /ул\. Ленина, д\. 5$/ }).click();
  await page.getByRole("tab", { name: "Тарифы" }).click();
  await page.getByRole("button", { name: "Добавить" }).click();
  const tariff = page.getByRole("dialog", { name: "Новый тариф" });
  await tariff.getByLabel("Наименование услуги").fill(service);
  await chooseOption(page, "Ресурс (показания каких приборов)", "ХВС", tariff);
  await tariff.getByLabel("Стоимость, ₽").fill("80");
  await tariff.getByRole("button", { name: "Сохранить" }).click();
  await expect(tariff).toBeHidden();

  await page.goto("/crm/invoices");
  await expect(page.getByRole("heading", { name: "Счета", exact: true })).toBeVisible();
  await page.getByRole("button", { name: "Новый счёт" }).click();
  const dialog = page.getByRole("dialog", { name: "Новый счёт" });
  await chooseOption(page, "Месяц", month, dialog);
  await chooseOption(page, "Год", year, dialog);
  await dialog.getByLabel("Поиск помещения").fill("100001");
  await dialog.getByRole("button", { name: /ул\. Ленина, д\. 5, кв\. 1\b/ }).click();
  await expect(dialog.getByLabel("Лицевой счёт", { exact: true })).toContainText("100001");
  await dialog.getByRole("button", { name: "Сохранить" }).click();

  await expect(page).toHaveURL(/\/crm\/invoices\/[0-9a-f-]{36}$/);
  const invoicePath = new URL(page.url()).pathname;
  await expect(page.getByRole("heading", { name: `ЖКУ за ${month.toLowerCase()} ${year}` })).toBeVisible();
  await expect(page.getByText("Черновик", { exact: true })).toBeVisible();
  await expect(page.getByText("Добавьте услуги, чтобы выставить счёт")).toBeVisible();

  await page.getByRole("button", { name: "Добавить услугу" }).click();
  const services = page.getByRole("dialog", { name: "Добавить услугу" });
  await expect(services.getByRole("listitem").filter({ hasText: service })).toContainText("80,00 ₽ за м³");
  await services.getByRole("listitem").filter({ hasText: service }).getByRole("button", { name: "Добавить", exact: true }).click();
  const row = page.getByRole("row").filter({ hasText: service });
  await expect(row.getByRole("textbox", { name: /^Цена, зона 1/ })).toHaveValue("80,00");
  await row.getByRole("textbox", { name: /^Цена, зона 1/ }).fill("100");
  await row.getByRole("textbox", { name: /^Количество, зона 1/ }).fill("2,5");
  // «Итого» follows the typing, before anything is saved.
  await expect(row.getByTestId("line-total")).toHaveText(/^250,00\s₽$/);
  await row.getByRole("textbox", { name: /^Количество, зона 1/ }).fill("-1");
  await page.getByRole("button", { name: "Сохранить услуги" }).click();
  await expect(row.getByText("Количество не может быть отрицательным")).toBeVisible();
  await row.getByRole("textbox", { name: /^Количество, зона 1/ }).fill("2,5");
  await page.getByRole("button", { name: "Сохранить услуги" }).click();
  await expect(page.getByText("Услуги счёта сохранены")).toBeVisible();
  await expect(page.getByText("Есть несохранённые изменения")).toHaveCount(0);
  await expect(page.getByText(/К оплате: 250,00\s₽/)).toBeVisible();

  await page.getByRole("button", { name: "Выставить" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Выставить" }).click();
  await expect(page.getByText("Выставлен", { exact: true })).toBeVisible();
  await expect(page.getByRole("button", { name: "Аннулировать" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Сохранить услуги" })).toHaveCount(0);

  await page.goto(`/crm/invoices?q=100001&year=${year}`);
  const listed = page.getByRole("row").filter({ has: page.locator(`a[href="${invoicePath}"]`) });
  await expect(listed).toContainText(`${month.toLowerCase()} ${year}`);
  await expect(listed.getByText("Выставлен")).toBeVisible();
  await expect(listed).toContainText(/250,00\s₽/);
});
