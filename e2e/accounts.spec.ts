import { mkdirSync } from "node:fs";
import type { Page } from "@playwright/test";
import { demo, expect, signIn, signUp, test, uniqueEmail, uniqueName } from "./fixtures";

const INVALID_CREDENTIALS = "That email and password do not match an account.";

async function expectSignInRefused(page: Page, email: string, password: string) {
  await page.goto("/signin");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText(INVALID_CREDENTIALS)).toBeVisible();
  await expect(page.getByTestId("account-link")).toHaveCount(0);
}

test("sign-up refuses a common password with a clear message and links the terms", async ({ page }) => {
  await page.goto("/signup");
  await page.getByLabel("Full name").fill("Pat Common");
  await page.getByLabel("Email").fill(uniqueEmail("common"));
  await page.getByLabel("Password").fill("password12");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("This password is too easy to guess. Choose another.")).toBeVisible();
  await expect(page.getByTestId("account-link")).toHaveCount(0);

  await page.getByTestId("signup-legal").getByRole("link", { name: "Terms of use" }).click();
  await expect(page).toHaveURL(/\/terms$/);
  await expect(page.getByRole("heading", { name: "Terms of use", level: 1 })).toBeVisible();
});

test("a person resets a forgotten password through the mailed link, once", async ({ browser, page, otherPage }) => {
  const person = { name: uniqueName("Rhea Reset"), email: uniqueEmail("reset"), password: "first-passphrase-4821" };
  const signUpContext = await browser.newContext();
  await signUp(await signUpContext.newPage(), person);
  await signUpContext.close();

  await page.goto("/signin");
  await page.getByRole("link", { name: "Forgot your password?" }).click();
  await expect(page.getByRole("heading", { name: "Forgot your password?", level: 1 })).toBeVisible();
  await page.getByLabel("Email").fill(person.email);
  await page.getByRole("button", { name: "Send the link" }).click();
  await expect(page.getByRole("status")).toContainText("If an account uses this address, a link is on its way.");

  // The admin reads the mail in the outbox and hands over its link.
  await signIn(otherPage, demo.admin);
  await otherPage.goto(`/admin/outbox?q=${encodeURIComponent(person.email)}`);
  await otherPage.getByRole("link", { name: "Reset your Concord password" }).click();
  const link = await otherPage.getByTestId("mail-text").getByRole("link", { name: /\/reset-password\?token=/ }).getAttribute("href");
  expect(link).toBeTruthy();

  await page.goto(link!);
  await page.getByLabel("New password").fill("second-passphrase-9317");
  await page.getByRole("button", { name: "Set the new password" }).click();
  await expect(page.getByRole("status")).toContainText("Your password is changed.");

  await expectSignInRefused(page, person.email, person.password);
  await signIn(page, person.email, "second-passphrase-9317");

  // The token is single-use.
  await page.goto(link!);
  await page.getByLabel("New password").fill("third-passphrase-5520");
  await page.getByRole("button", { name: "Set the new password" }).click();
  await expect(page.getByText("This link is used, expired or wrong. Ask for a new one.")).toBeVisible();
});

test("a person renames, changes the password, shows a profile without email and deletes the account", async ({ page, otherPage }) => {
  const person = { name: uniqueName("Ada Account"), email: uniqueEmail("account"), password: "old-passphrase-2026x" };
  await signUp(page, person);

  const newName = uniqueName("Ada Renamed");
  await page.goto("/account");
  const nameForm = page.getByTestId("account-form-name");
  await nameForm.getByLabel("Name").fill(newName);
  await nameForm.getByRole("button", { name: "Save the name" }).click();
  await expect(nameForm.getByRole("status")).toHaveText("Your name is saved.");
  await page.reload();
  await expect(page.getByTestId("account-form-name").getByLabel("Name")).toHaveValue(newName);

  // The account page fits a 390 px phone without sideways scrolling.
  mkdirSync("screenshots", { recursive: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: "screenshots/account-390.png", fullPage: true });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.setViewportSize({ width: 1280, height: 720 });

  const passwordForm = page.getByTestId("account-form-password");
  await passwordForm.getByLabel("Current password").fill("not-my-password-1234");
  await passwordForm.getByLabel("New password").fill("new-passphrase-2027y");
  await passwordForm.getByRole("button", { name: "Change the password" }).click();
  await expect(passwordForm.getByText("That is not your current password.")).toBeVisible();
  await passwordForm.getByLabel("Current password").fill(person.password);
  await passwordForm.getByRole("button", { name: "Change the password" }).click();
  await expect(page).toHaveURL(/\/signin/);

  await expectSignInRefused(page, person.email, person.password);
  await signIn(page, person.email, "new-passphrase-2027y");
  await expect(page.getByTestId("account-link")).toHaveText(newName);

  // A post, and the public profile it links to: name shown, email never.
  const title = `Street trees and shade ${uniqueName("t")}`;
  await page.goto("/forum/new");
  await page.getByLabel("Category").selectOption({ label: "Dialogue" });
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Message").fill("How do member cities choose **species** for shade?");
  await page.getByRole("button", { name: "Publish thread" }).click();
  await expect(page.getByRole("heading", { name: title, level: 1 })).toBeVisible();
  const threadUrl = page.url();

  await otherPage.goto(threadUrl);
  await otherPage.locator("article[data-post-number='1']").getByRole("link", { name: newName }).click();
  await expect(otherPage).toHaveURL(/\/people\/[\w-]+$/);
  await expect(otherPage.getByRole("heading", { name: newName, level: 1 })).toBeVisible();
  await expect(otherPage.getByRole("link", { name: title })).toBeVisible();
  await expect(otherPage.locator("body")).not.toContainText(person.email);
  const profileUrl = otherPage.url();

  await page.goto("/account");
  const deleteForm = page.getByTestId("account-form-delete");
  await deleteForm.getByLabel("Current password").fill("new-passphrase-2027y");
  await deleteForm.getByRole("button", { name: "Delete my account" }).click();
  await expect(page.getByTestId("account-link")).toHaveCount(0);

  await otherPage.goto(threadUrl);
  const opening = otherPage.locator("article[data-post-number='1']");
  await expect(opening).toContainText("Former member");
  await expect(opening).not.toContainText(newName);
  await expect(opening.getByRole("link", { name: "Former member" })).toHaveCount(0);
  const gone = await otherPage.goto(profileUrl);
  expect(gone?.status()).toBe(404);

  await expectSignInRefused(page, person.email, "new-passphrase-2027y");
});
