import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, signIn, signOut } from "./support";

test("director adds a building, finds it by search, and a dispatcher limited to one building does not see it", async ({ page }) => {
  await signIn(page, "admin@demo.local", DEMO_PASSWORD);
  await page.goto("/crm/buildings");
  await expect(page.getByRole("heading", { name: "Объекты" })).toBeVisible();
  await page.getByRole("link", { name: "Добавить объект" }).click();

  await page.getByRole("button", { name: "Добавить объект" }).click();
  await expect(page.getByText("Укажите улицу")).toBeVisible();

  await page.getByLabel("Населённый пункт").fill("Москва");
  await page.getByLabel("Улица").fill("ул. Испытателей");
  await page.getByLabel("Дом", { exact: true }).fill("12");
  await page.getByLabel("Индекс").fill("12");
  await page.getByRole("button", { name: "Добавить объект" }).click();
  await expect(page.getByText("Индекс состоит из 6 цифр")).toBeVisible();
  await page.getByLabel("Индекс").fill("125000");
  await page.getByRole("button", { name: "Добавить объект" }).click();

  await expect(page).toHaveURL(/\/crm\/buildings$/);
  await page.getByRole("searchbox", { name: "Поиск по адресу" }).fill("Испытателей");
  await expect(page).toHaveURL(/q=/);
  await expect(page.getByRole("link", { name: "Москва, ул. Испытателей, д. 12" })).toBeVisible();
  await expect(page.getByText("Всего: 1")).toBeVisible();
  await signOut(page);

  await signIn(page, "dispatcher@demo.local", DEMO_PASSWORD);
  await page.goto("/crm/buildings");
  await expect(page.getByText("Всего: 1")).toBeVisible();
  await expect(page.getByText("Испытателей")).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Добавить объект" })).toHaveCount(0);
});
