import { randomBytes } from "node:crypto";
import type { Page } from "@playwright/test";
import { demo, expect, signIn, signUp, test, uniqueEmail } from "./fixtures";

// The search journeys create their own record through the app (a network with accents in its name,
// registered and verified), so they do not depend on what the seed contains.

const PASSWORD = "a-long-passphrase-for-e2e";
const acronym = `E2E${randomBytes(3).toString("hex").toUpperCase()}`;
const name = `Réseau des Villes Côtières ${acronym}`;
const slug = acronym.toLowerCase();

async function searchFor(page: Page, q: string) {
  const box = page.getByLabel("Search networks, cities, initiatives and practices");
  await box.fill(q);
  await box.press("Enter");
  await expect(page).toHaveURL(new RegExp(`/search\\?q=${encodeURIComponent(q).replace(/%20/g, "\\+")}`));
}

const ours = (page: Page) => page.getByTestId("search-result").filter({ hasText: acronym });

test.describe.configure({ mode: "serial" });

test("a verified network becomes findable", async ({ page, otherPage }) => {
  await signUp(page, { name: "Sofía Search", email: uniqueEmail("search"), password: PASSWORD });
  await page.goto("/networks/new");
  await page.getByLabel("Name", { exact: true }).fill(name);
  await page.getByLabel("Acronym").fill(acronym);
  await page.getByLabel("Founding year").fill("2012");
  await page.getByLabel("Headquarters city").fill("Lisbon");
  await page.getByLabel("Headquarters country").selectOption("PT");
  await page.getByLabel("Climate").check();
  await page.getByLabel("About").fill("Coastal towns share their plans against storm surges and rising seas.");
  await page.getByLabel("Website").fill("https://example.org");
  await page.getByRole("button", { name: "Submit for review" }).click();
  await expect(page).toHaveURL(new RegExp(`/networks/${slug}\\?registered=1$`));

  // Not public yet: search does not show a pending registration.
  await otherPage.goto(`/search?q=${encodeURIComponent(name)}`);
  await expect(otherPage.getByTestId("search-count")).toBeVisible();
  await expect(ours(otherPage)).toHaveCount(0);

  await signIn(otherPage, demo.moderator);
  await otherPage.goto("/admin/networks");
  const item = otherPage.getByTestId("pending-registration").filter({ hasText: name });
  await item.getByRole("button", { name: `Verify: ${name}` }).click();
  await expect(item).toHaveCount(0);
});

test("search ignores accents and highlights the matched words", async ({ page }) => {
  await page.goto("/search");
  const box = page.getByLabel("Search networks, cities, initiatives and practices");
  await expect(box).toBeFocused();
  await expect(page.getByTestId("search-intro")).toBeVisible();
  await expect(page.getByText("Works in English, 中文, Français and Español.")).toBeVisible();

  // Typed without accents, found with them, and the marks keep the original spelling.
  await searchFor(page, `reseau cotieres ${acronym}`);
  const result = ours(page);
  await expect(result).toHaveCount(1);
  await expect(result.getByTestId("search-result-kind")).toHaveText("Network");
  await expect(result.locator("mark", { hasText: "Réseau" })).toBeVisible();
  await expect(result.locator("mark", { hasText: "Côtières" })).toBeVisible();
  await expect(result.locator("mark", { hasText: acronym }).first()).toBeVisible();

  // With the accents, the same record.
  await searchFor(page, `Réseau CÔTIÈRES ${acronym}`);
  await expect(ours(page)).toHaveCount(1);
  await ours(page).getByRole("link").click();
  await expect(page).toHaveURL(new RegExp(`/networks/${slug}$`));
  await expect(page.getByRole("heading", { name: new RegExp(acronym), level: 1 })).toBeVisible();
});

test("a misspelled word still finds the record and the page says what it matched", async ({ page }) => {
  await page.goto("/search");
  // One wrong letter: "cotiares" for "côtières".
  await searchFor(page, "villes cotiares");
  await expect(ours(page)).toHaveCount(1);
  await expect(page.getByTestId("search-also-matched")).toContainText("cotiares → ");
  await expect(page.getByTestId("search-also-matched")).toContainText("cotieres");
  await expect(ours(page).locator("mark", { hasText: "Côtières" })).toBeVisible();
});

test("the type facet narrows the results and lives in the URL", async ({ page }) => {
  // The header box searches from any page.
  await page.goto("/networks");
  const header = page.getByLabel("Find anything on Concord");
  await header.fill("Lisbon");
  await header.press("Enter");
  await expect(page).toHaveURL(/\/search\?q=Lisbon$/);
  await expect(ours(page)).toHaveCount(1);
  // The city of Lisbon and the networks based there, at least.
  const kinds = await page.getByTestId("search-result").evaluateAll((items) => items.map((i) => i.getAttribute("data-kind")));
  expect(new Set(kinds).size).toBeGreaterThan(1);

  const networks = page.getByTestId("facet-type-network");
  const expected = Number((await networks.locator("span").last().textContent())?.replace(/\D/g, ""));
  await networks.click();
  await expect(page).toHaveURL(/\/search\?q=Lisbon&type=network$/);
  await expect(page.getByTestId("facet-type-network")).toHaveAttribute("aria-current", "true");
  await expect(page.getByText("Filters:")).toBeVisible();
  const results = page.getByTestId("search-result");
  await expect(results.first()).toBeVisible();
  for (const kind of await results.evaluateAll((items) => items.map((i) => i.getAttribute("data-kind")))) expect(kind).toBe("NETWORK");
  await expect(page.getByTestId("search-count")).toContainText(`${expected} result`);
  await expect(ours(page)).toHaveCount(1);

  // Removing the filter brings every type back.
  await page.getByRole("link", { name: "Remove filter: Networks" }).click();
  await expect(page).toHaveURL(/\/search\?q=Lisbon$/);
});

test("a query that matches nothing says so", async ({ page }) => {
  await page.goto("/search?q=qxzjv+wvkpq");
  await expect(page.getByTestId("search-empty")).toContainText("Nothing matches “qxzjv wvkpq”");
  await expect(page.getByTestId("search-result")).toHaveCount(0);
});

test("seeded registry records are searchable too", async ({ page }) => {
  await page.goto("/search?q=ICLEI&type=network");
  const iclei = page.getByTestId("search-result").filter({ has: page.getByRole("link", { name: /ICLEI/ }) }).first();
  await expect(iclei).toBeVisible();
  await expect(iclei.locator("mark").first()).toHaveText(/ICLEI/i);
});

test("forum results: one per thread, its best-matching post as snippet, linking to that post", async ({ page }) => {
  // "Ahmedabad" is in the seeded heat-action thread's title and in several of its replies.
  await page.goto("/search?q=Ahmedabad&type=post");
  const results = page.getByTestId("search-result");
  await expect(results.first()).toBeVisible();
  const links = await results.getByRole("heading").getByRole("link").evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute("href") ?? ""));
  const threads = links.map((href) => href.split("?")[0]);
  expect(new Set(threads).size).toBe(threads.length);
  for (const href of links) expect(href).toMatch(/^\/forum\/threads\/[^?]+\?post=\d+#post-\d+$/);
  await expect(results.first().getByText("Best-matching post in this thread")).toBeVisible();

  // The link opens the thread at that post.
  await results.first().getByRole("heading").getByRole("link").click();
  await expect(page).toHaveURL(/\/forum\/threads\/[^?]+\?post=\d+#post-\d+$/);
});
