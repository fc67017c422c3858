import { expect, test } from "@playwright/test";
import { fillNextReadings } from "./meter-support";
import { DEMO_PASSWORD, sheetRows, signIn } from "./support";

test("staff enter a flat's readings on one screen, then the journal and the accountant's readings file have them", async ({ page }) => {
  test.setTimeout(180_000);
  await signIn(page, "admin@demo.local", DEMO_PASSWORD);
  await page.goto("/crm/meters/entry");
  // Flat 7: no other spec reads its meters (the cabinet's resident lives in 12, the inspector walks 1–3), so this
  // month's reading is a new one, not a correction.
  await page.getByLabel("Помещение").fill("Ленина 5 7");
  await page.getByRole("button", { name: /ул\. Ленина, д\. 5, кв\. 7(?!\d)/ }).click();

  const cold = page.getByRole("group", { name: /^ХВС/ });
  await expect(cold).toBeVisible();
  const serial = (await cold.getAttribute("aria-label"))!.replace("ХВС № ", "");
  const [coldValue] = await fillNextReadings(cold);
  await fillNextReadings(page.getByRole("group", { name: /^ГВС/ }));
  await page.getByRole("button", { name: "Сохранить" }).click();
  const saved = page.getByRole("status").filter({ hasText: "Показания сохранены" });
  await expect(saved).toBeVisible();
  await expect(saved).toContainText(`${coldValue} м³ · расход`);
  await expect(page.getByRole("button", { name: "Следующее помещение" })).toBeVisible();

  await page.goto("/crm/meters/journal");
  await expect(page.getByRole("row").filter({ hasText: serial }).first()).toContainText("Показание передано");

  const journalDownload = page.waitForEvent("download");
  await page.getByRole("link", { name: "Excel" }).click();
  const journal = await sheetRows(await (await journalDownload).path());
  expect(journal.find((r) => r.includes(`ХВС № ${serial}`) && r.includes("Показание передано"))).toBeDefined();

  const readingsDownload = page.waitForEvent("download");
  await page.getByRole("link", { name: /Экспортировать показания/ }).click();
  const readings = await sheetRows(await (await readingsDownload).path());
  expect(readings[0]).toEqual(["Лицевой счёт", "Адрес", "Заводской номер", "Ресурс", "Единица", "Тарифная зона", "Предыдущее показание", "Текущее показание", "Объём"]);
  const line = readings.find((r) => r[2] === serial);
  expect(line?.[1]).toContain("ул. Ленина, д. 5, кв. 7");
  expect(line?.[7]).toBe(coldValue);
});
