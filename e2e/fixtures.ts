import { randomBytes } from "node:crypto";
import { test as base, expect, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "concord-demo-2026";
export const demo = {
  admin: "admin@concord.test",
  moderator: "moderator@concord.test",
  owner: "owner@concord.test",
  editor: "editor@concord.test",
  city: "city@concord.test",
  partner: "partner@concord.test",
} as const;

export const uniqueEmail = (prefix = "person") => `${prefix}-${randomBytes(4).toString("hex")}@example.org`;
export const uniqueName = (prefix: string) => `${prefix} ${randomBytes(3).toString("hex")}`;

/** Signs in through the real form; pages then carry the next-auth session cookie. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto("/signin");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("account-link")).toBeVisible();
}

export async function signUp(page: Page, person: { name: string; email: string; password: string }) {
  await page.goto("/signup");
  await page.getByLabel("Full name").fill(person.name);
  await page.getByLabel("Email").fill(person.email);
  await page.getByLabel("Password").fill(person.password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByTestId("account-link")).toHaveText(person.name);
}

/** A second, independent browser session (another person) in the same test. */
export const test = base.extend<{ otherPage: Page }>({
  // Playwright calls the second argument `use`; named `provide` here so React's hook lint leaves it alone.
  otherPage: async ({ browser }, provide) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await provide(page);
    await context.close();
  },
});

export { expect };
