import { randomBytes } from "node:crypto";
import type { Browser, BrowserContext, Page } from "@playwright/test";
import { appInstancesOnServer } from "./instances";
import { test, expect, signIn, signUp, demo, uniqueEmail } from "./fixtures";

const PASSWORD = "a-long-enough-password-2026";
const port = Number(process.env.E2E_PORT ?? 3100);

/** Marks the page so a later check proves it was never reloaded. */
async function markNoReload(page: Page) {
  await page.evaluate(() => Object.assign(window, { __concordNoReload: true }));
}
async function expectNotReloaded(page: Page) {
  expect(await page.evaluate(() => (window as unknown as { __concordNoReload?: boolean }).__concordNoReload)).toBe(true);
}

/** The bell's live stream has delivered its first snapshot: later changes arrive without a reload. */
async function waitForLiveBell(page: Page) {
  await expect(page.getByTestId("notification-bell-root")).toHaveAttribute("data-live", "connected", { timeout: 20_000 });
}

/** A real action that notifies someone: an admin makes them a moderator (admin → People and roles). */
async function makeModerator(admin: Page, email: string) {
  await admin.goto("/admin/people");
  await admin.getByLabel("Email or name").fill(email);
  await admin.getByRole("button", { name: "Search" }).click();
  const row = admin.getByTestId("person-row").filter({ hasText: email });
  await row.getByRole("button", { name: /^Make moderator/ }).click();
  await expect(row.getByText("Moderator", { exact: true })).toBeVisible();
}

test("the bell updates live, opens a list that closes with Escape, and marks everything read", async ({ page, otherPage }) => {
  const person = { name: "Amara Okafor", email: uniqueEmail("amara"), password: PASSWORD };
  await signUp(otherPage, person);
  await otherPage.goto("/");
  await waitForLiveBell(otherPage);
  const bell = otherPage.getByTestId("notification-bell");
  await expect(bell).toHaveAccessibleName("Notifications");
  await markNoReload(otherPage);

  await signIn(page, demo.admin);
  await makeModerator(page, person.email);

  await expect(bell).toHaveAccessibleName("Notifications: 1 unread");
  await expect(otherPage.getByTestId("notification-count")).toHaveText("1");
  await expectNotReloaded(otherPage);

  await expect(bell).toHaveAttribute("aria-expanded", "false");
  await bell.click();
  await expect(bell).toHaveAttribute("aria-expanded", "true");
  const panel = otherPage.getByTestId("notification-panel");
  await expect(panel.getByRole("heading", { name: "Notifications" })).toBeFocused();
  await expect(panel.getByTestId("notification-panel-item").first()).toContainText("You are now a moderator on Concord");
  await otherPage.screenshot({ path: "/tmp/notifications-bell.png" });
  await otherPage.keyboard.press("Escape");
  await expect(panel).toHaveCount(0);
  await expect(bell).toBeFocused();

  await bell.press("Enter");
  await panel.getByRole("button", { name: "Mark all as read" }).click();
  await expect(bell).toHaveAccessibleName("Notifications");
  await expect(otherPage.getByTestId("notification-count")).toHaveCount(0);
});

test("notification preferences: defaults per kind, a rule explained before saving, saved choices kept", async ({ page }) => {
  await signUp(page, { name: "Lin Wei", email: uniqueEmail("lin"), password: PASSWORD });
  await page.goto("/account");
  const prefs = page.getByTestId("notification-preferences");
  await expect(page.getByRole("heading", { name: "Notification preferences" })).toBeVisible();
  const mentionsEmail = prefs.getByRole("combobox", { name: "Email: Mentions of you" });
  const mentionsInApp = prefs.getByRole("checkbox", { name: "In the app: Mentions of you" });
  await expect(mentionsEmail).toHaveValue("IMMEDIATE");
  await expect(prefs.getByRole("combobox", { name: "Email: What you follow" })).toHaveValue("DAILY");
  await expect(prefs.getByRole("checkbox", { name: "In the app: Moderation decisions about you" })).toBeDisabled();
  await expect(prefs.getByRole("combobox", { name: "Email: Moderation decisions about you" }).locator("option")).toHaveText(["Immediately", "Daily digest"]);

  await mentionsInApp.uncheck();
  await mentionsEmail.selectOption("DAILY");
  await prefs.getByRole("button", { name: "Update notification preferences" }).click();
  await expect(prefs.getByRole("alert").first()).toContainText("Some choices cannot be saved yet");
  await expect(prefs.getByTestId("preference-forum.mentions")).toContainText("The daily digest gathers what waits unread in your bell");
  await expect(mentionsEmail).toHaveAttribute("aria-invalid", "true");

  await mentionsEmail.selectOption("OFF");
  await prefs.getByRole("combobox", { name: "Email: What you follow" }).selectOption("IMMEDIATE");
  await prefs.getByRole("button", { name: "Update notification preferences" }).click();
  await expect(prefs.getByRole("status")).toHaveText("Your notification preferences are saved.");
  await page.screenshot({ path: "/tmp/notifications-preferences.png", fullPage: true });

  await page.reload();
  await expect(page.getByRole("checkbox", { name: "In the app: Mentions of you" })).not.toBeChecked();
  await expect(page.getByRole("combobox", { name: "Email: Mentions of you" })).toHaveValue("OFF");
  await expect(page.getByRole("combobox", { name: "Email: What you follow" })).toHaveValue("IMMEDIATE");
});

// Two app servers on one PostgreSQL database: a forum mention posted through instance 1 reaches a
// browser on instance 2 through PostgreSQL LISTEN/NOTIFY, without a reload.
test.describe("two app instances", () => {
  // Skipped only without a server: the embedded PGlite database belongs to one process, so two instances cannot share it. CI sets TEST_DATABASE_URL.
  test.skip(!process.env.TEST_DATABASE_URL, "Needs a PostgreSQL server: set TEST_DATABASE_URL (e.g. postgres://postgres@127.0.0.1:5432/postgres) to run two instances on one database.");
  test.setTimeout(240_000);

  const instances = appInstancesOnServer([port + 101, port + 102]);
  const { ports } = instances;
  const contexts: BrowserContext[] = [];

  test.beforeAll(async () => instances.start());

  test.afterAll(async () => {
    await Promise.all(contexts.map((context) => context.close()));
    await instances.stop();
  });

  async function pageOn(browser: Browser, p: number) {
    const context = await browser.newContext({ baseURL: `http://localhost:${p}` });
    contexts.push(context);
    return context.newPage();
  }

  test("an @mention posted through instance 1 reaches a browser on instance 2 live", async ({ browser }) => {
    const personA = await pageOn(browser, ports[0]!);
    const personB = await pageOn(browser, ports[1]!);

    // B (C40's owner) watches the bell on instance 2.
    await signIn(personB, demo.owner);
    await personB.goto("/");
    await waitForLiveBell(personB);
    const bell = personB.getByTestId("notification-bell");
    await expect(bell).toHaveAccessibleName("Notifications");
    await markNoReload(personB);

    // A (ICLEI's editor) replies on instance 1 and mentions C40, whose secretariat is notified.
    await signIn(personA, demo.editor);
    await personA.goto("/forum");
    await personA.getByRole("list", { name: "Threads" }).getByRole("listitem").first().getByRole("link").first().click();
    await expect(personA.getByRole("heading", { level: 1 })).toBeVisible();
    await personA.getByRole("textbox", { name: "Your reply" }).fill(`Our members would welcome a joint session with @C40 on this (${randomBytes(3).toString("hex")}).`);
    await personA.getByRole("button", { name: "Post reply" }).click();
    await expect(personA.getByRole("link", { name: "@C40" }).last()).toBeVisible();

    await expect(bell).toHaveAccessibleName(/unread/);
    await expectNotReloaded(personB);
    await bell.click();
    await expect(personB.getByTestId("notification-panel-item").first()).toContainText("mentioned you or your network");
    await personB.screenshot({ path: "/tmp/notifications-two-instances.png" });
  });
});
