import type { Browser, Page } from "@playwright/test";
import { test, expect, signIn, signUp, demo, uniqueEmail, uniqueName } from "./fixtures";

// One story in order: a post is flagged and hidden, a newcomer hits the posting limit and is then
// suspended from the review queue, and the audit log shows and filters what the moderator did.
// The journeys sign several people in and out; on a loaded machine they need more than the default minute.
test.describe.configure({ mode: "serial", timeout: 180_000 });

let threadPath = "";
const marker = uniqueName("mod");

async function personPage(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, email);
  return page;
}

const postWith = (page: Page, text: string) => page.locator("article[data-post-number]").filter({ hasText: text }).first();

async function flag(page: Page, text: string, reason: RegExp, note?: string, screenshot?: string) {
  await page.goto(threadPath);
  await postWith(page, text).getByRole("button", { name: "Flag" }).click();
  const dialog = page.getByRole("dialog", { name: "Flag this post for the moderators" });
  await dialog.getByRole("radio", { name: reason }).check();
  if (note) await dialog.getByLabel(/Note for the moderators/).fill(note);
  if (screenshot) await page.screenshot({ path: screenshot });
  await dialog.getByRole("button", { name: "Send to moderators" }).click();
  await expect(dialog).toBeHidden();
  await expect(postWith(page, text).getByText("Flagged — a moderator will review it.")).toBeVisible();
}

test("a flagged post is hidden from the review queue: its author sees why, others a placeholder", async ({ page, otherPage, browser }) => {
  const title = `Procurement of cooling equipment ${marker}`;
  const body = `Our company sells the best heat pumps, call us today ${marker}`;
  await signIn(page, demo.editor);
  await page.goto("/forum/new");
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Message").fill(body);
  await page.getByRole("button", { name: "Publish thread" }).click();
  await expect(page.getByRole("heading", { name: title })).toBeVisible();
  threadPath = new URL(page.url()).pathname;

  // The author cannot flag their own post.
  await expect(postWith(page, body).getByRole("button", { name: "Flag" })).toHaveCount(0);

  await signIn(otherPage, demo.partner);
  await flag(otherPage, body, /^Undisclosed interest/, "Promotes a supplier without saying so", "/tmp/moderation-flag-dialog.png");
  const city = await personPage(browser, demo.city);
  await flag(city, body, /^Spam/);
  // After a reload the flagger sees that they already flagged it, instead of a Flag button.
  await city.reload();
  await expect(postWith(city, body).getByText("Flagged — a moderator will review it.")).toBeVisible();
  await expect(postWith(city, body).getByRole("button", { name: "Flag" })).toHaveCount(0);

  const moderator = await personPage(browser, demo.moderator);
  await moderator.goto("/admin");
  await moderator.getByTestId("review-queue-link").click();
  await expect(moderator.getByRole("heading", { name: "Review queue" })).toBeVisible();
  const item = moderator.getByTestId("queue-item").filter({ hasText: body });
  await expect(item).toContainText("2 flags");
  await expect(item).toContainText("Promotes a supplier without saying so");
  await expect(item.getByRole("link", { name: title })).toHaveAttribute("href", /\/forum\/threads\/.+#post-1$/);
  await moderator.screenshot({ path: "/tmp/moderation-queue.png", fullPage: true });

  await item.getByRole("button", { name: "Hide" }).click();
  const dialog = moderator.getByRole("dialog", { name: "Hide this post" });
  await dialog.getByRole("button", { name: "Hide post" }).click();
  await expect(dialog.getByRole("textbox", { name: "Reason" })).toBeFocused();
  const reason = `Advertising a product without disclosure ${marker}`;
  await dialog.getByRole("textbox", { name: "Reason" }).fill(reason);
  await dialog.getByRole("button", { name: "Hide post" }).click();
  await expect(item).toHaveCount(0);

  await moderator.goto("/moderation?status=resolved");
  const resolved = moderator.getByTestId("queue-item").filter({ hasText: body });
  await expect(resolved).toContainText(`: ${reason}`);
  await expect(resolved).toContainText("Upheld by");

  await page.reload();
  await expect(page.getByText("Hidden by a moderator: only you and the moderators can see this post.")).toBeVisible();
  await expect(page.getByText(`Reason: ${reason}`)).toBeVisible();

  await otherPage.reload();
  await expect(otherPage.getByText("This post was hidden by a moderator.").first()).toBeVisible();
  await expect(otherPage.getByText(body)).toHaveCount(0);
});

test("a brand-new account posting fast sees the limit and keeps its text; suspended from the queue, it cannot post", async ({ page, otherPage, browser }) => {
  const newcomer = { name: uniqueName("Newcomer"), email: uniqueEmail("newcomer"), password: "a-long-passphrase-2026" };
  await signUp(page, newcomer);
  await page.goto(threadPath);
  const box = page.getByRole("textbox", { name: "Your reply" });
  for (let i = 1; i <= 3; i++) {
    await box.fill(`Quick note ${i} ${marker}`);
    await page.getByRole("button", { name: "Post reply" }).click();
    await expect(postWith(page, `Quick note ${i} ${marker}`)).toBeVisible();
    await expect(box).toHaveValue("");
  }
  const kept = `A fourth thought that must not be lost ${marker}`;
  await box.fill(kept);
  await page.getByRole("button", { name: "Post reply" }).click();
  await expect(page.getByRole("alert").filter({ hasText: /You can post 3 times a minute while your account is new\. Try again in \d+ seconds\./ })).toBeVisible();
  await expect(box).toHaveValue(kept);
  await expect(postWith(page, kept)).toHaveCount(0);

  await signIn(otherPage, demo.owner);
  await flag(otherPage, `Quick note 1 ${marker}`, /^Spam/);

  const moderator = await personPage(browser, demo.moderator);
  await moderator.goto("/moderation?reason=SPAM");
  const item = moderator.getByTestId("queue-item").filter({ hasText: `Quick note 1 ${marker}` });
  await expect(item).toContainText(newcomer.name);
  await moderator.screenshot({ path: "/tmp/moderation-queue-2.png", fullPage: true });
  await item.getByRole("button", { name: "Suspend author" }).click();
  const dialog = moderator.getByRole("dialog", { name: `Suspend ${newcomer.name}` });
  const days = dialog.getByLabel("Days");
  await days.fill("400");
  await dialog.getByLabel("Reason").fill(`Posting in bursts ${marker}`);
  await dialog.getByRole("button", { name: "Suspend" }).click();
  // The browser refuses the out-of-range number before anything is sent.
  expect(await days.evaluate((el: HTMLInputElement) => el.validity.rangeOverflow)).toBe(true);
  await expect(dialog).toBeVisible();
  await days.fill("7");
  await dialog.getByRole("button", { name: "Suspend" }).click();
  await expect(dialog).toBeHidden();
  await expect(item).toContainText("Suspended until");

  await item.getByRole("link", { name: newcomer.name }).first().click();
  await expect(moderator.getByRole("heading", { name: `Sanctions history: ${newcomer.name}` })).toBeVisible();
  await expect(moderator.getByTestId("sanctions")).toContainText(`Posting in bursts ${marker}`);
  await moderator.screenshot({ path: "/tmp/moderation-person.png", fullPage: true });

  await page.goto(threadPath);
  await expect(page.getByText(/Your account is suspended until .+: you can read the forum but not post\./)).toBeVisible();
  await expect(page.getByRole("textbox", { name: "Your reply" })).toHaveCount(0);
  await page.goto("/forum/new");
  await expect(page.getByText(/Your account is suspended until .+: you can read the forum but not post\./)).toBeVisible();
  await page.goto("/account");
  await expect(page.getByTestId("notification").first()).toContainText("Your account is suspended until");
});

test("a moderator locks, pins and moves a thread; a member then cannot reply", async ({ page, otherPage }) => {
  await signIn(page, demo.moderator);
  await page.goto(threadPath);
  const tools = page.getByRole("group", { name: "Moderate this thread" });
  await tools.getByRole("button", { name: "Lock" }).click();
  await expect(tools.getByRole("button", { name: "Unlock" })).toBeVisible();
  await tools.getByRole("button", { name: "Pin" }).click();
  await expect(tools.getByRole("button", { name: "Unpin" })).toBeVisible();
  const badges = page.locator("header").filter({ has: page.getByRole("heading", { level: 1 }) });
  await expect(badges.getByText("Pinned", { exact: true })).toBeVisible();
  await expect(badges.getByText("Locked", { exact: true })).toBeVisible();

  const crumbs = page.getByRole("navigation", { name: /breadcrumb/i });
  const before = await crumbs.getByRole("link").nth(1).innerText();
  await tools.getByRole("button", { name: "Move" }).click();
  const dialog = page.getByRole("dialog", { name: "Move this thread" });
  const select = dialog.getByLabel("New category");
  await expect(select).toBeEnabled();
  await expect(select.getByRole("option", { name: before, exact: true })).toHaveCount(0);
  await select.selectOption({ index: 1 });
  const target = (await select.locator("option:checked").innerText()).trim();
  await page.screenshot({ path: "/tmp/moderation-move-dialog.png" });
  await dialog.getByRole("button", { name: "Move thread" }).click();
  await expect(dialog).toBeHidden();
  await expect(crumbs.getByRole("link").nth(1)).toHaveText(target);

  await signIn(otherPage, demo.partner);
  await otherPage.goto(threadPath);
  await expect(otherPage.getByText("This thread is locked by the moderators: no new replies.")).toBeVisible();
  await expect(otherPage.getByRole("textbox", { name: "Your reply" })).toHaveCount(0);
  await expect(otherPage.getByRole("group", { name: "Moderate this thread" })).toHaveCount(0);
});

test("the review queue is for moderators only", async ({ page }) => {
  await signIn(page, demo.city);
  await page.goto("/moderation");
  await expect(page.getByRole("heading", { name: "Moderators only" })).toBeVisible();
  await expect(page.getByTestId("review-queue")).toHaveCount(0);
});

test("a moderator dismisses flags and takes it back with Undo; a verified registration, with its description on the card, is undone too", async ({ page, otherPage, browser }) => {
  const title = `Shared bike docks ${marker}`;
  const body = `Which dock sizes work in narrow streets? ${marker}`;
  await signIn(page, demo.partner);
  await page.goto("/forum/new");
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Message").fill(body);
  await page.getByRole("button", { name: "Publish thread" }).click();
  await expect(page.getByRole("heading", { name: title })).toBeVisible();
  const path = new URL(page.url()).pathname;
  const city = await personPage(browser, demo.city);
  await city.goto(path);
  await postWith(city, body).getByRole("button", { name: "Flag" }).click();
  const flagDialog = city.getByRole("dialog", { name: "Flag this post for the moderators" });
  await flagDialog.getByRole("radio", { name: /^Off-topic/ }).check();
  await flagDialog.getByRole("button", { name: "Send to moderators" }).click();
  await expect(flagDialog).toBeHidden();

  const moderator = await personPage(browser, demo.moderator);
  await moderator.goto("/moderation");
  const item = moderator.getByTestId("queue-item").filter({ hasText: body });
  await expect(item).toContainText("1 flag");
  await expect(item).not.toContainText("1 flags");
  await item.getByRole("button", { name: "Dismiss flags" }).click();
  await expect(item).toHaveCount(0);
  const toast = moderator.getByTestId("undo-toast");
  await expect(toast).toContainText(`Flags dismissed on a post in “${title}”.`);
  await moderator.screenshot({ path: "/tmp/forms-undo-dismiss.png" });
  await toast.getByRole("button", { name: /^Undo: Flags dismissed/ }).click();
  await expect(toast).toContainText(`Undone: ${title} is back in the queue.`);
  await expect(item).toHaveCount(1);
  await expect(item).toContainText("1 flag");

  // A registration card shows what the network says about itself; verifying it can be undone.
  await signUp(otherPage, { name: "Una Undo", email: uniqueEmail("undo"), password: "a-long-passphrase-for-e2e" });
  const acronym = `UND${Date.now().toString(36).toUpperCase()}`;
  const name = `Undo Network ${acronym}`;
  await otherPage.goto("/networks/new");
  await otherPage.getByLabel("Name", { exact: true }).fill(name);
  await otherPage.getByLabel("Acronym").fill(acronym);
  await otherPage.getByLabel("Headquarters city").fill("Porto");
  await otherPage.getByLabel("Headquarters country").selectOption("PT");
  await otherPage.getByLabel("Climate").check();
  await otherPage.getByLabel("About").fill(`Port cities trading notes on flood barriers. ${marker}`);
  await otherPage.getByRole("button", { name: "Submit for review" }).click();
  await expect(otherPage.getByText("Pending review", { exact: true })).toBeVisible();

  await moderator.goto("/admin/networks");
  const card = moderator.getByTestId("pending-registration").filter({ hasText: name });
  await expect(card.getByTestId("registration-about")).toContainText("What the network says about itself");
  await expect(card.getByTestId("registration-about")).toContainText(`Port cities trading notes on flood barriers. ${marker}`);
  await card.screenshot({ path: "/tmp/forms-registration-card.png" });
  await card.getByRole("button", { name: `Verify: ${name}` }).click();
  await expect(card).toHaveCount(0);
  await expect(toast).toContainText(`${name}: Verified.`);
  await moderator.screenshot({ path: "/tmp/forms-undo-verify.png" });
  await toast.getByRole("button", { name: `Undo: ${name}: Verified.` }).click();
  await expect(toast).toContainText(`Undone: ${name} is back in the queue.`);
  await expect(card).toHaveCount(1);
  await otherPage.reload();
  await expect(otherPage.getByText("Pending review", { exact: true })).toBeVisible();

  await moderator.goto("/admin/audit?entityType=Network");
  await expect(moderator.getByTestId("audit-table").getByRole("row").nth(1)).toContainText("Undid a network review");
  await expect(moderator.getByTestId("audit-table").getByRole("row").nth(1)).toContainText(name);
  await moderator.goto("/admin/audit?action=forum.flags.dismiss.undo");
  await expect(moderator.getByTestId("audit-table").getByRole("row").nth(1)).toContainText("Undid a dismissal of flags");
  await expect(moderator.getByTestId("audit-table").getByRole("row").nth(1)).toContainText(`${title} #1`);
});

test("the audit log shows the moderator's actions and filters them", async ({ page }) => {
  await signIn(page, demo.moderator);
  await page.goto("/admin/audit");
  await page.getByLabel("Action").selectOption("forum.post.hide");
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/action=forum.post.hide/);
  const rows = page.getByTestId("audit-table").getByRole("row");
  // Actions, records and details read as words and names, not codes, ids or JSON.
  await expect(rows.nth(1)).toContainText("Hid a post");
  await expect(rows.nth(1)).toContainText(new RegExp(`Reason:\\s*Advertising a product without disclosure ${marker}`));
  await expect(rows.nth(1)).toContainText(/Flags upheld:\s*2/);
  await expect(rows.nth(1)).not.toContainText("forum.post.hide");
  await expect(rows.nth(1)).not.toContainText("{");

  await page.getByLabel("Action").selectOption("forum.thread.move");
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(rows.nth(1)).toContainText("Moved a thread");
  // Category names, not ids (the details keep the order the database stores them in).
  await expect(rows.nth(1)).toContainText(/From:\s*\S/);
  await expect(rows.nth(1)).toContainText(/To:\s*\S/);
  await expect(rows.nth(1)).not.toContainText(/(From|To):\s*c[a-z0-9]{20}/);

  await page.getByLabel("Action").selectOption("");
  await page.getByLabel("Record type").selectOption("User");
  await page.getByLabel("Actor email").fill("moderator@concord");
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(rows.nth(1)).toContainText("Suspended a person");
  await expect(rows.nth(1)).toContainText("moderator@concord.test");
  await page.screenshot({ path: "/tmp/moderation-audit.png", fullPage: true });

  const tomorrow = new Date(Date.now() + 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
  await page.getByLabel("From").fill(tomorrow);
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page.getByText("No audit entries match these filters.")).toBeVisible();
});
