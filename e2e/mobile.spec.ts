import { mkdirSync } from "node:fs";
import { demo, everyNavPage, expect, signIn, test } from "./fixtures";

// A 390 px phone: no page of the navigation (nor its first detail page) may scroll sideways.
const phone = { width: 390, height: 844 };

async function expectNoSidewaysScroll(page: import("@playwright/test").Page, name: string) {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
  await page.screenshot({ path: `screenshots/mobile/${name}.png`, fullPage: false });
  expect.soft(scrollWidth, `${page.url()} is ${scrollWidth} px wide`).toBeLessThanOrEqual(innerWidth);
}

function shotName(prefix: string, path: string) {
  return `${prefix}${path.replaceAll("/", "_")}`;
}

mkdirSync("screenshots/mobile", { recursive: true });

for (const locale of ["en", "zh-CN"] as const) {
  test(`signed out, ${locale}: no page scrolls sideways at 390 px`, async ({ page, context, baseURL }) => {
    test.setTimeout(300_000);
    await context.addCookies([{ name: "NEXT_LOCALE", value: locale, url: baseURL! }]);
    await page.setViewportSize(phone);
    await page.goto("/");
    await expectNoSidewaysScroll(page, `out-${locale}_home`);
    await everyNavPage(page, (path) => expectNoSidewaysScroll(page, shotName(`out-${locale}`, path)));
  });

  test(`signed in, ${locale}: no page scrolls sideways at 390 px`, async ({ page, context, baseURL }) => {
    test.setTimeout(300_000);
    await signIn(page, demo.owner);
    await context.addCookies([{ name: "NEXT_LOCALE", value: locale, url: baseURL! }]);
    await page.setViewportSize(phone);
    await page.goto("/networks/c40/staff");
    await expectNoSidewaysScroll(page, `in-${locale}_staff`);
    await everyNavPage(page, (path) => expectNoSidewaysScroll(page, shotName(`in-${locale}`, path)));
  });
}

test("the phone menu opens, lists the sections, closes on Escape and returns focus", async ({ page }) => {
  await signIn(page, demo.owner);
  await page.setViewportSize(phone);
  await page.goto("/");
  const header = page.locator("header").first();
  const box = await header.boundingBox();
  expect(box!.height, "the signed-in header is one row").toBeLessThan(80);
  const toggle = page.getByTestId("mobile-menu-toggle");
  await expect(header.getByRole("link", { name: "Forum" })).toBeHidden();
  await toggle.click();
  const nav = page.getByRole("navigation", { name: "Main" });
  await expect(nav.getByRole("link", { name: "Forum" })).toBeVisible();
  await expect(page.getByTestId("account-link-menu")).toBeVisible();
  await nav.getByRole("link", { name: "Cities" }).focus();
  await page.keyboard.press("Escape");
  await expect(nav).toBeHidden();
  await expect(toggle).toBeFocused();
  await toggle.press("Enter");
  await nav.getByRole("link", { name: "Forum" }).click();
  await expect(page).toHaveURL(/\/forum$/);
  await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
});
