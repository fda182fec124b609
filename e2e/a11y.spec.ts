import { demo, everyNavPage, expectNoSeriousA11yViolations, signIn, test } from "./fixtures";

// axe-core on every page of the navigation and its first detail page; serious or critical violations fail.
test("signed out: no serious or critical axe violations", async ({ page }) => {
  test.setTimeout(300_000);
  await page.goto("/");
  await expectNoSeriousA11yViolations(page);
  await everyNavPage(page, () => expectNoSeriousA11yViolations(page).then(() => undefined));
});

test("signed in: no serious or critical axe violations", async ({ page }) => {
  test.setTimeout(300_000);
  await signIn(page, demo.owner);
  await page.goto("/networks/c40/staff");
  await expectNoSeriousA11yViolations(page);
  await everyNavPage(page, () => expectNoSeriousA11yViolations(page).then(() => undefined));
});

test("the phone menu passes axe when open", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/");
  await page.getByTestId("mobile-menu-toggle").click();
  await expectNoSeriousA11yViolations(page);
});
