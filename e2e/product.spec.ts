import { demo, expect, signIn, test } from "./fixtures";

test("C40's profile shows its work with counts, and See all lands on the filtered list", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto("/networks/c40");
  for (const id of ["initiatives", "events", "practices", "exchanges", "endorsements", "threads"]) {
    await expect(page.getByTestId(`${id}-count`)).toHaveText(/^\d[\d,]*$/);
  }
  await page.screenshot({ path: "screenshots/network-c40.png", fullPage: true });
  // Practices of C40's member cities are in the seed, so that section has items and a See all link.
  const count = Number((await page.getByTestId("practices-count").innerText()).replace(/\D/g, ""));
  expect(count).toBeGreaterThan(0);
  const section = page.locator("section", { has: page.getByTestId("practices-count") });
  const firstTitle = (await section.getByRole("listitem").first().getByRole("link").innerText()).trim();
  await page.getByTestId("practices-all").click();
  await expect(page).toHaveURL(/\/practices\?network=c40$/);
  await expect(page.getByRole("link", { name: firstTitle }).first()).toBeVisible();
});

test("forum front page: Latest first, and the switch changes the list", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto("/forum");
  const tabs = page.getByRole("navigation", { name: "Forum views" });
  await expect(tabs.getByRole("link", { name: "Latest" })).toHaveAttribute("aria-current", "page");
  await expect(tabs.getByRole("link", { name: "Unread" })).toHaveCount(0);
  await expect(page.getByRole("heading", { name: "Latest", level: 2 })).toBeVisible();
  const rows = page.locator("[data-thread-id]");
  await expect(rows.first()).toBeVisible();
  const latestIds = await rows.evaluateAll((els) => els.map((el) => el.getAttribute("data-thread-id")));
  await page.screenshot({ path: "screenshots/forum.png", fullPage: true });

  await tabs.getByRole("link", { name: "Top" }).click();
  await expect(page).toHaveURL(/\/forum\?view=top$/);
  await expect(tabs.getByRole("link", { name: "Top" })).toHaveAttribute("aria-current", "page");
  await expect(tabs.getByRole("link", { name: "Latest" })).not.toHaveAttribute("aria-current", "page");
  await expect(page.getByText(/Most replies and likes/)).toBeVisible();
  // Top ranks by replies and likes over 30 days (or is empty when the seed's threads are older).
  expect(await rows.evaluateAll((els) => els.map((el) => el.getAttribute("data-thread-id")))).not.toEqual(latestIds);

  await tabs.getByRole("link", { name: "Categories" }).click();
  await expect(page).toHaveURL(/\/forum\?view=categories$/);
  await expect(page.getByRole("heading", { name: "Latest", level: 2 })).toHaveCount(0);
  await expect(page.locator("#themes-heading")).toBeVisible();
  await expect(rows).toHaveCount(0);

  await signIn(page, demo.owner);
  await page.goto("/forum?view=unread");
  await expect(tabs.getByRole("link", { name: "Unread" })).toHaveAttribute("aria-current", "page");
  await expect(page.getByText("Threads you have opened that have new posts since.")).toBeVisible();
});
