import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, signIn } from "./support";

// A browser far from the organisation's zone (Europe/Moscow): any date printed in the browser's own zone would
// differ from the server's text and make React throw hydration error #418.
test.use({ timezoneId: "America/New_York" });

test("pages with dates hydrate cleanly in a browser that is not on the organisation's time zone", async ({ page }) => {
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  await signIn(page, "admin@demo.local", DEMO_PASSWORD);

  await page.goto("/crm/employees");
  const lastLogin = page.getByRole("row").filter({ hasText: "admin@demo.local" }).getByRole("cell").last();
  // Signed in a moment ago: the time shown is Moscow's, not New York's (8 hours behind).
  const moscowNow = new Intl.DateTimeFormat("ru-RU", { timeZone: "Europe/Moscow", day: "2-digit", month: "2-digit", year: "numeric", hour: "2-digit" }).format(new Date());
  await expect(lastLogin).toContainText(moscowNow.split(", ")[0] ?? "");
  await expect(lastLogin).toContainText(`${moscowNow.split(", ")[1]}:`);

  for (const path of ["/crm/import", "/crm/clients", "/crm/buildings", "/crm/audit", "/crm/settings/legal-entities"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  }
  // Give React time to report a mismatch after the last page hydrates.
  await page.waitForTimeout(1000);
  expect(errors.filter((e) => /hydrat|#418|#423|#425/i.test(e))).toEqual([]);
});
