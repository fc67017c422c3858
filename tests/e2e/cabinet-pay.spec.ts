import { expect, test } from "@playwright/test";
import { DEMO_RESIDENT_PHONE, signInResident } from "./support";

test("the demo resident pays their ЖКУ through the sandbox and sees it in «История платежей»", async ({ context, page }) => {
  await signInResident(context, page, DEMO_RESIDENT_PHONE);
  await page.getByRole("link", { name: "Перейти в счета" }).first().click();
  await page.getByTestId("pay-group").first().click();

  await expect(page.getByRole("heading", { name: /^Оплата: / })).toBeVisible();
  const total = (await page.getByTestId("pay-total").locator("div").last().locator("span").last().textContent())!.trim();
  await expect(page.getByLabel("Email для чека")).toBeVisible();
  await page.getByRole("button", { name: "Оплатить" }).click();

  // The sandbox's checkout page, then back to the return page of the cabinet.
  await expect(page).toHaveURL(/\/pay\/sandbox\//);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(total);
  await page.getByRole("button", { name: "Оплатить", exact: true }).click();
  await expect(page.getByTestId("payment-return")).toHaveAttribute("data-status", "succeeded", { timeout: 30_000 });

  await page.goto("/cabinet/payments");
  await expect(page.getByTestId("my-payment").first()).toContainText("Оплачен");
});
