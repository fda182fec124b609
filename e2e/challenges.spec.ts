import { randomBytes } from "node:crypto";
import type { Locator, Page } from "@playwright/test";
import { demo, expect, signIn, test } from "./fixtures";

const LYON = "lyon-desealing-soils-across-the-metropolis";

const card = (page: Page, slug: string) => page.locator(`[data-testid="challenge-card"][data-slug="${slug}"]`);
async function rankOf(locator: Locator) {
  const text = await locator.textContent();
  const rank = /Rank (\d+)/.exec(text ?? "")?.[1];
  expect(rank).toBeDefined();
  return Number(rank);
}

test("a city posts a challenge; a partner offers help with a disclosure; a network responds; another city's support raises a challenge's rank once", async ({ page, otherPage, browser }) => {
  // Three people and a dozen page loads on a shared two-core machine.
  test.setTimeout(240_000);
  const title = `Waterlogging in underpasses after rainstorms ${randomBytes(3).toString("hex")}`;

  // The Wuhan officer posts a challenge for Wuhan.
  await signIn(page, demo.city);
  await page.goto("/challenges/new");
  await expect(page.getByRole("heading", { name: "Post a challenge", level: 1 })).toBeVisible();
  await page.getByRole("button", { name: "Post the challenge" }).click();
  await expect(page.getByText("Give the challenge a title of at least 5 characters.")).toBeVisible();
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("The problem").fill("Short, intense summer storms flood road underpasses and basements in older districts for hours.");
  await page.getByLabel("The help needed").fill("Cities that **redesigned underpasses** and warned drivers in time: what worked?");
  await page.getByRole("radio", { name: /^Critical/ }).check();
  await page.getByLabel("Resilience", { exact: true }).check();
  await page.getByLabel("Climate", { exact: true }).check();
  await page.getByRole("button", { name: "Post the challenge" }).click();
  await expect(page.getByRole("heading", { name: title, level: 1 })).toBeVisible();
  const challengeUrl = page.url();
  const slug = challengeUrl.split("/challenges/")[1]!;
  await expect(page.getByText("redesigned underpasses", { exact: true })).toBeVisible();
  await expect(page.getByText("This is your city's challenge: other cities support it.")).toBeVisible();
  await expect(page.getByRole("button", { name: /Support on behalf of/ })).toHaveCount(0);

  // It is on the agenda, flagged as having no response yet, and on Wuhan's city page.
  await page.goto("/challenges");
  await expect(card(page, slug).getByTestId("no-response")).toHaveText("No network has responded yet");
  await page.goto("/challenges?noResponse=1");
  await expect(card(page, slug)).toBeVisible();
  await page.goto("/cities/wuhan");
  await expect(page.getByRole("region", { name: "Challenges posted by this city" }).getByRole("link", { name: title })).toBeVisible();

  // The WRI member cannot support, but offers help, and the disclosure is required and shown.
  await signIn(otherPage, demo.partner);
  await otherPage.goto(challengeUrl);
  await expect(otherPage.getByText("Partner organisations cannot support a challenge, but can offer help below.")).toBeVisible();
  await expect(otherPage.getByRole("button", { name: /Support on behalf of/ })).toHaveCount(0);
  await otherPage.getByLabel("What you offer").fill("Our urban flood team can share its method for mapping flood-prone underpasses.");
  await otherPage.getByRole("button", { name: "Offer help" }).click();
  await expect(otherPage.getByText("A disclosure of interest of at least 10 characters is required.")).toBeVisible();
  await otherPage.getByLabel("Disclosure of interest").fill("WRI is a non-profit funded by foundations; no commercial interest.");
  await otherPage.getByRole("button", { name: "Offer help" }).click();
  await expect(otherPage.getByText("Your offer is published with its disclosure.")).toBeVisible();
  const offer = otherPage.getByTestId("offer");
  await expect(offer).toContainText("World Resources Institute");
  await expect(offer).toContainText("Disclosure of interest: WRI is a non-profit funded by foundations; no commercial interest.");

  // C40's owner responds with one of C40's initiatives; the flag disappears from the agenda.
  const ownerContext = await browser.newContext();
  const ownerPage = await ownerContext.newPage();
  await signIn(ownerPage, demo.owner);
  await ownerPage.goto(challengeUrl);
  await expect(ownerPage.getByRole("button", { name: /Support on behalf of/ })).toHaveCount(0);
  await ownerPage.getByLabel("One of your network's published initiatives").selectOption({ label: "Clean Air Cities Declaration" });
  await ownerPage.getByRole("button", { name: "Publish the response" }).click();
  await expect(ownerPage.getByText("Response published. The city's officers have been told.")).toBeVisible();
  const response = ownerPage.getByTestId("response");
  await expect(response).toContainText("C40");
  await expect(response.getByRole("link", { name: "Clean Air Cities Declaration" })).toHaveAttribute("href", "/initiatives/c40-clean-air-cities-declaration");
  await ownerContext.close();
  await page.goto("/challenges");
  await expect(card(page, slug).getByTestId("no-response")).toHaveCount(0);
  await expect(card(page, slug)).toContainText("Network responses: 1");

  // Wuhan supports Lyon's challenge: its count and its rank rise; a second support by Wuhan is refused.
  const before = await rankOf(card(page, LYON));
  await expect(card(page, LYON)).toContainText("Supported by 1 city");
  // A second Wuhan session (another tab, or another Wuhan officer) has the page open from before.
  const staleContext = await browser.newContext();
  const stalePage = await staleContext.newPage();
  await signIn(stalePage, demo.city);
  await stalePage.goto(`/challenges/${LYON}`);
  await page.goto(`/challenges/${LYON}`);
  await expect(page.getByTestId("support-count")).toHaveText("1");
  await page.getByLabel("Why your city supports it (optional)").fill("Wuhan is de-sealing old districts too.");
  await page.getByRole("button", { name: "Support on behalf of Wuhan" }).click();
  await expect(page.getByTestId("support-count")).toHaveText("2");
  await expect(page.getByTestId("supporters")).toContainText("Wuhan");
  await expect(page.getByTestId("supporters")).toContainText("Wuhan is de-sealing old districts too.");
  await expect(page.getByText("Wuhan supports this challenge.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Support on behalf of Wuhan" })).toHaveCount(0);
  await stalePage.getByRole("button", { name: "Support on behalf of Wuhan" }).click();
  await expect(stalePage.getByText("Your city already supports this challenge.")).toBeVisible();
  await staleContext.close();
  await page.reload();
  await expect(page.getByTestId("support-count")).toHaveText("2");
  await page.goto("/challenges");
  await expect(card(page, LYON)).toContainText("Supported by 2 cities");
  expect(await rankOf(card(page, LYON))).toBeLessThan(before);

  // The open data carries the support and the response.
  const open = (await (await page.request.get("/api/v1/challenges?city=lyon")).json()) as { data: { supportingCities: string[] }[] };
  expect(open.data[0]!.supportingCities).toContain("wuhan");

  await page.setViewportSize({ width: 1280, height: 900 });
  await page.screenshot({ path: "/tmp/challenges-agenda.png", fullPage: true });
  await page.goto(challengeUrl);
  await page.screenshot({ path: "/tmp/challenges-detail.png", fullPage: true });
  await page.goto(`/challenges/${LYON}`);
  await page.screenshot({ path: "/tmp/challenges-lyon.png", fullPage: true });
});

test("people who are not city officers see who can post a challenge and how to become an officer", async ({ page }) => {
  await signIn(page, demo.partner);
  await page.goto("/challenges/new");
  await expect(page.getByTestId("who-can-post")).toContainText("Only verified city officers post challenges");
  await expect(page.getByRole("link", { name: "Find your city" })).toBeVisible();
});
