import { randomBytes } from "node:crypto";
import type { Page } from "@playwright/test";
import { demo, expect, signIn, signUp, test, uniqueEmail } from "./fixtures";

const PASSWORD = "a-long-passphrase-for-e2e";

/** Registers a network through the form and returns its name and slug (from its acronym). */
async function registerNetwork(page: Page, label: string) {
  const acronym = `E2E${randomBytes(3).toString("hex").toUpperCase()}`;
  const name = `${label} Network ${acronym}`;
  await page.goto("/networks/new");
  await page.getByLabel("Name", { exact: true }).fill(name);
  await page.getByLabel("Acronym").fill(acronym);
  await page.getByLabel("Founding year").fill("2015");
  await page.getByLabel("Headquarters city").fill("Lisbon");
  await page.getByLabel("Headquarters country").selectOption("PT");
  await page.getByLabel("Climate").check();
  await page.getByLabel("About").fill("Coastal cities sharing their adaptation plans.");
  await page.getByLabel("Website").fill("https://example.org");
  await page.getByRole("button", { name: "Submit for review" }).click();
  const slug = acronym.toLowerCase();
  await expect(page).toHaveURL(new RegExp(`/networks/${slug}\\?registered=1$`));
  await expect(page.getByText("Pending review", { exact: true })).toBeVisible();
  return { name, slug };
}

test("anyone browses networks, searches and opens a profile with its member cities", async ({ page }) => {
  await page.goto("/networks");
  await expect(page.getByRole("heading", { name: "City networks", level: 1 })).toBeVisible();
  await page.getByLabel("Search").fill("ICLEI");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/\/networks\?q=ICLEI/);
  const card = page.getByTestId("network-card").filter({ hasText: "ICLEI" }).first();
  await expect(card).toBeVisible();
  await card.getByRole("link").click();
  await expect(page).toHaveURL(/\/networks\/iclei$/);
  await expect(page.getByRole("heading", { name: /ICLEI/, level: 1 })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Member cities", exact: true })).toBeVisible();
  const cities = page.getByTestId("member-cities").getByRole("link");
  await expect(cities.first()).toBeVisible();
  await cities.first().click();
  await expect(page).toHaveURL(/\/cities\/[a-z0-9-]+$/);
});

test("a new person registers a network, a moderator verifies it and it becomes public", async ({ page, otherPage, browser }) => {
  await signUp(page, { name: "Rita Registrant", email: uniqueEmail("registrant"), password: PASSWORD });
  const { name, slug } = await registerNetwork(page, "Verified");

  const anonymous = await browser.newPage();
  expect((await anonymous.goto(`/networks/${slug}`))?.status()).toBe(404);

  await signIn(otherPage, demo.moderator);
  await otherPage.goto("/admin/networks");
  const item = otherPage.getByTestId("pending-registration").filter({ hasText: name });
  await item.getByRole("button", { name: `Verify: ${name}` }).click();
  // A decided registration leaves the queue once the page refreshes.
  await expect(item).toHaveCount(0);

  await page.reload();
  await expect(page.getByRole("heading", { name: new RegExp(name), level: 1 })).toBeVisible();
  await expect(page.getByText("Pending review", { exact: true })).toHaveCount(0);
  await expect(page.getByTestId("secretariat")).toContainText("Rita Registrant");

  await anonymous.goto(`/networks?q=${encodeURIComponent(name)}`);
  await expect(anonymous.getByTestId("network-card")).toHaveCount(1);
  await anonymous.getByRole("link", { name: new RegExp(name) }).click();
  await expect(anonymous).toHaveURL(new RegExp(`/networks/${slug}$`));
  await anonymous.close();
});

test("a moderator rejects a registration with a reason that the registrant reads", async ({ page, otherPage }) => {
  await signUp(page, { name: "Ravi Registrant", email: uniqueEmail("rejected"), password: PASSWORD });
  const { name } = await registerNetwork(page, "Rejected");

  await signIn(otherPage, demo.moderator);
  await otherPage.goto("/admin/networks");
  const item = otherPage.getByTestId("pending-registration").filter({ hasText: name });
  await item.getByRole("button", { name: `Reject: ${name}` }).click();
  await item.getByRole("button", { name: "Reject with this reason" }).click();
  await expect(item.getByText("Give a reason (at least 3 characters).")).toBeVisible();
  await item.getByLabel("Reason for rejecting").fill("We could not find this network's secretariat.");
  await item.getByRole("button", { name: "Reject with this reason" }).click();
  await expect(item).toHaveCount(0);

  await page.reload();
  await expect(page.getByText("Registration declined")).toBeVisible();
  await expect(page.getByTestId("review-reason")).toContainText("We could not find this network's secretariat.");
});
