import { demo, expect, signIn, test } from "./fixtures";

// Issue 13, items 1, 2, 7 and 10: a network profile's See all links, maps of real geography, one
// seed note per page, and the account page on a phone. Screenshots go to /tmp for review.

const countOf = async (page: import("@playwright/test").Page, id: string) => Number((await page.getByTestId(`${id}-count`).innerText()).replace(/\D/g, ""));

test("ICLEI's profile: member cities on a world map, See all for practices, exchanges and endorsements", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto("/networks/iclei");
  const map = page.getByRole("img", { name: "Member cities of ICLEI on a world map" });
  await expect(map).toBeVisible();
  // Land drawn from world-atlas (a long path), and one dot per member city with coordinates.
  expect((await map.locator("path").nth(1).getAttribute("d"))?.length ?? 0).toBeGreaterThan(10_000);
  const dots = await map.locator("circle").count();
  expect(dots).toBeGreaterThan(0);
  await page.getByText(/^Cities on the map \(\d+\)$/).click();
  await expect(page.getByTestId("world-map").locator("details li")).toHaveCount(dots);
  await page.screenshot({ path: "/tmp/product-network-iclei.png", fullPage: true });

  const endorsements = await countOf(page, "endorsements");
  expect(endorsements).toBeGreaterThan(0);
  await page.getByTestId("endorsements-all").click();
  await expect(page).toHaveURL(/\/frameworks\?network=iclei$/);
  await expect(page.getByTestId("frameworks-network-filter")).toContainText("Frameworks endorsed by ICLEI");
  await expect(page.locator("main ul > li h2")).toHaveCount(endorsements);

  await page.goto("/networks/iclei");
  const memberPractices = await countOf(page, "member-practices");
  expect(memberPractices).toBeGreaterThan(0);
  await page.getByTestId("member-practices-all").click();
  await expect(page).toHaveURL(/\/practices\?memberOf=iclei$/);
  await expect(page.getByTestId("practice-count")).toContainText(memberPractices.toLocaleString("en"));
  // The hidden field keeps the network when another filter is applied.
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/memberOf=iclei/);
});

test("exchange requests: a profile's See all opens the network's requests in every status", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  let slug: string | null = null;
  let count = 0;
  // The demo seed's requesters (server/db/seed-exchange.ts).
  for (const candidate of ["mercociudades", "uclg-africa", "citynet"]) {
    await page.goto(`/networks/${candidate}`);
    count = await countOf(page, "exchanges");
    if (count > 0) {
      slug = candidate;
      break;
    }
  }
  expect(slug, "the demo seed gives some network an exchange request").not.toBeNull();
  await page.getByTestId("exchanges-all").click();
  await expect(page).toHaveURL(new RegExp(`/exchange\\?network=${slug}&status=all$`));
  await expect(page.getByTestId("exchange-network-filter")).toBeVisible();
  await expect(page.getByTestId("exchange-requests").getByRole("listitem")).toHaveCount(count);
  await page.getByTestId("exchange-network-filter").getByRole("link").click();
  await expect(page).not.toHaveURL(/network=/);
});

test("a city page places the city on a real world map", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto("/cities/nairobi");
  const map = page.getByRole("img", { name: "Location of Nairobi on a world map" });
  await expect(map).toBeVisible();
  expect((await map.locator("path").nth(1).getAttribute("d"))?.length ?? 0).toBeGreaterThan(10_000);
  // The dot with its halo, east of the map's middle (Nairobi is at 36.8° E).
  const dot = map.locator("circle").last();
  const box = (await map.boundingBox())!;
  const at = (await dot.boundingBox())!;
  expect(at.x - box.x).toBeGreaterThan(box.width / 2);
  await map.screenshot({ path: "/tmp/product-city-map.png" });
  await page.screenshot({ path: "/tmp/product-city-page.png", fullPage: true });
});

test("seed content: one quiet note per page, no badge on every record", async ({ page }) => {
  await page.goto("/practices");
  await expect(page.getByTestId("seed-note")).toHaveCount(1);
  await expect(page.getByText("Seed content", { exact: true })).toHaveCount(0);
  await page.getByTestId("practice-card").first().getByRole("link").first().click();
  await expect(page.getByTestId("seed-note")).toHaveCount(1);
  await expect(page.getByTestId("seed-note")).toContainText("public sources");
  await page.goto("/frameworks");
  await expect(page.getByTestId("seed-note")).toHaveCount(1);
  await expect(page.getByText("Seed content", { exact: true })).toHaveCount(0);
});

test("the account page on a 390 px phone fits the screen", async ({ page }) => {
  await signIn(page, demo.owner);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/account");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  await page.screenshot({ path: "/tmp/product-account-390.png", fullPage: true });
});
