import { expect, test } from "@playwright/test";
import { DEMO_RESIDENT_PHONE, signInResident } from "./support";

/** «1 234,5» → «1 235,5»: a reading one unit above the previous, never an implausible jump. */
const oneMore = (previous: string) => {
  const [whole = "0", fraction] = previous.replace(/[\s\u00a0]/g, "").split(",");
  return `${Number(whole) + 1}${fraction ? `,${fraction}` : ""}`;
};

test("the demo resident sends a meter reading from a phone and sees it accepted, with the consumption chart", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 360, height: 780 } });
  const page = await context.newPage();
  await signInResident(context, page, DEMO_RESIDENT_PHONE);

  await page.getByRole("link", { name: "Передать показания счётчиков" }).first().click();
  await expect(page.getByRole("heading", { name: "Показания счётчиков" })).toBeVisible();
  await expect(page.getByTestId("window-status")).toContainText("Приём показаний");
  const card = page.getByTestId("meter-card").first();
  await expect(card.getByText(/Предыдущее: /)).toBeVisible();
  await expect(card.locator("svg[role=img]")).toBeVisible();

  const input = card.getByRole("textbox").first();
  const previous = (await input.getAttribute("placeholder")) ?? "0";
  await input.fill(oneMore(previous));
  await page.getByRole("button", { name: "Передать показания" }).click();
  await expect(page.getByRole("status")).toContainText("Показания приняты");
  await expect(page.getByRole("status")).toContainText(/учтены (в расчёте за|в следующем периоде)/);
  // After the refresh the accepted value is shown against the period it counts in.
  await expect(card.getByText(/Уже передано за /)).toBeVisible();

  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(scrollWidth).toBeLessThanOrEqual(360);

  // A letter instead of a number is refused beside its input, nothing is sent.
  await input.fill("12а");
  await page.getByRole("button", { name: "Передать показания" }).click();
  await expect(card.getByText("Введите число, например 123,456")).toBeVisible();
  await context.close();
});
