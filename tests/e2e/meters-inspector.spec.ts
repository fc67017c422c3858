import { expect, test } from "@playwright/test";
import { fillNextReadings } from "./meter-support";
import { DEMO_PASSWORD, signIn } from "./support";

test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

test("an inspector on a phone goes round an entrance flat by flat; a flat saved offline is sent once when back online", async ({ page, context }) => {
  test.setTimeout(180_000);
  await signIn(page, "inspector@demo.local", DEMO_PASSWORD);
  await page.goto("/crm/inspection");
  await expect(page.getByRole("heading", { name: "Обход квартир" })).toBeVisible();
  const building = page.getByLabel("Дом");
  await building.selectOption({ label: "Москва, ул. Солнечная, д. 3" });
  const buildingId = await building.inputValue();
  await page.getByRole("button", { name: "Подъезд 1" }).click();
  await page.getByRole("list", { name: "Квартиры" }).getByRole("button", { name: /^кв\. 1$/ }).click();

  // Flat 1 online: saved, and the next flat opens.
  const flat1 = page.getByRole("region", { name: "кв. 1" });
  const inputs = flat1.locator('input[inputmode="decimal"]');
  await expect(inputs).toHaveCount(4);
  // Nothing on the screen is wider than the phone.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await fillNextReadings(flat1);
  await page.getByRole("button", { name: "Сохранить и дальше" }).click();
  const flat2 = page.getByRole("region", { name: "кв. 2" });
  await expect(flat2).toBeVisible();

  // Flat 2 with the network gone: queued on the phone, the round goes on.
  await context.setOffline(true);
  await fillNextReadings(flat2);
  await page.getByRole("button", { name: "Сохранить и дальше" }).click();
  await expect(page.getByRole("region", { name: "кв. 3" })).toBeVisible();
  await expect(page.getByText("Ожидает отправки: кв. 2")).toBeVisible();

  // Back online: sent by itself, and the flat is marked done.
  await context.setOffline(false);
  await expect(page.getByText(/Ожидает отправки/)).toBeHidden({ timeout: 30_000 });
  await page.getByRole("button", { name: "К списку" }).click();
  const flats = page.getByRole("list", { name: "Квартиры" });
  await expect(flats.getByRole("button", { name: /^кв\. 1\s*сделано$/ })).toBeVisible();
  await expect(flats.getByRole("button", { name: /^кв\. 2\s*сделано$/ })).toBeVisible();

  // The journal of this month has flat 2's four readings from the inspector once each.
  const month = await page.evaluate(() => new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Moscow" }).format(new Date()).slice(0, 7));
  await page.goto(`/crm/meters/journal?month=${month}&source=inspector&building=${buildingId}&size=100`);
  await expect(page.getByRole("heading", { name: "История показаний" })).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: "кв. 2" })).toHaveCount(4);
  await expect(page.getByRole("row").filter({ hasText: "кв. 1" })).toHaveCount(4);
});
