import { randomBytes } from "node:crypto";
import type { Page } from "@playwright/test";
import { demo, expect, signIn, test } from "./fixtures";

const tag = () => randomBytes(3).toString("hex");

async function startThread(page: Page, fields: { category: string; title: string; body: string; speakAs?: RegExp; tags?: string }) {
  await page.goto("/forum/new");
  await expect(page.getByRole("heading", { name: "Start a thread", level: 1 })).toBeVisible();
  await page.getByLabel("Category").selectOption({ label: fields.category });
  await page.getByLabel("Title").fill(fields.title);
  await page.getByLabel("Message").fill(fields.body);
  if (fields.tags) await page.getByLabel("Tags").fill(fields.tags);
  if (fields.speakAs) {
    const select = page.getByLabel("Speaking for");
    const label = (await select.locator("option").allTextContents()).find((text) => fields.speakAs!.test(text));
    expect(label, "the speak-as choice is offered").toBeTruthy();
    await select.selectOption({ label: label! });
  }
  await page.getByRole("button", { name: "Publish thread" }).click();
  await expect(page.getByRole("heading", { name: fields.title, level: 1 })).toBeVisible();
  return page.url();
}

test("staff of two networks converse: speaking for their networks, quoting, mentioning, liking, accepting and editing with history", async ({ page, otherPage }) => {
  const title = `Cooling corridors across member cities ${tag()}`;
  await signIn(page, demo.owner);
  const url = await startThread(page, {
    category: "Dialogue",
    title,
    body: "Which member cities have **mapped cooling corridors**, and how did they fund them?",
    speakAs: /C40/,
    tags: "heat, finance",
  });
  const opening = page.locator("article[data-post-number='1']").first();
  await expect(opening).toContainText("Olu Owner");
  await expect(opening.locator("[data-speaker-kind='NETWORK']")).toHaveText("Network secretariat");
  await expect(opening.getByRole("link", { name: "C40" })).toBeVisible();

  // ICLEI's editor quotes the opening post, mentions C40's secretariat and a person by autocomplete.
  await signIn(otherPage, demo.editor);
  await otherPage.goto(url);
  await otherPage.getByRole("button", { name: "Quote post #1" }).click();
  const replyBox = otherPage.getByLabel("Your reply");
  await expect(replyBox).toHaveValue(/^> Which member cities have \*\*mapped cooling corridors\*\*/);
  await replyBox.press("End");
  await replyBox.pressSequentially("Bonn mapped them with @C40 peers; ");
  await replyBox.pressSequentially("@Olu");
  const suggestions = otherPage.getByRole("listbox", { name: "People and networks to mention" });
  await expect(suggestions.getByRole("option", { name: /Olu Owner/ })).toBeVisible();
  await replyBox.press("Enter");
  await expect(replyBox).toHaveValue(/@\[Olu Owner\]\(user:[\w-]+\) $/);
  await replyBox.pressSequentially("will share the budget lines.");
  const speakAs = otherPage.getByLabel("Speaking for");
  const icleiLabel = (await speakAs.locator("option").allTextContents()).find((text) => /ICLEI/.test(text))!;
  await speakAs.selectOption({ label: icleiLabel });
  await otherPage.getByRole("button", { name: "Post reply" }).click();

  const answer = otherPage.locator("#post-2");
  await expect(answer).toContainText("Eda Editor");
  await expect(answer.locator("[data-speaker-kind='NETWORK']")).toHaveText("Network secretariat");
  await expect(answer.getByRole("link", { name: "ICLEI", exact: true })).toBeVisible();
  await expect(answer.locator("blockquote")).toContainText("mapped cooling corridors");
  await expect(answer.getByRole("link", { name: "@C40" })).toHaveAttribute("href", "/networks/c40");
  await expect(answer.locator("strong", { hasText: "@Olu Owner" })).toBeVisible();
  await expect(answer.getByRole("link", { name: "in reply to #1" })).toBeVisible();

  // Both organisations show with their kind on the page.
  await page.goto(`${url}?post=1`);
  await expect(page.locator("#post-2")).toContainText("ICLEI");
  await expect(page.locator("article[data-post-number='1']").first()).toContainText("C40");

  // The C40 owner likes the answer and accepts it; it then shows under the opening post.
  const theirs = page.locator("#post-2");
  await theirs.getByRole("button", { name: /^Like/ }).click();
  await expect(theirs.getByRole("button", { name: /^Unlike/ })).toContainText("1");
  await expect(opening.getByRole("button", { name: /^Like/ })).toHaveCount(0);
  await theirs.getByRole("button", { name: "Accept as answer" }).click();
  const accepted = page.getByRole("region", { name: /Accepted answer/ });
  await expect(accepted).toContainText("Bonn mapped them");
  await expect(page.getByText("Answered").first()).toBeVisible();
  // The ICLEI editor may not accept answers in someone else's thread.
  await otherPage.reload();
  await expect(otherPage.getByRole("button", { name: /Accept as answer|Unaccept answer/ })).toHaveCount(0);

  // The owner edits the opening post; an "edited" link leads to the history with the earlier text.
  await opening.getByRole("button", { name: "Edit" }).click();
  await page.getByLabel("Edit post #1").fill("Which member cities have mapped cooling corridors? Funding sources welcome.");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(opening).toContainText("Funding sources welcome.");
  await opening.getByRole("link", { name: "edited" }).click();
  await expect(page.getByRole("heading", { name: "Edit history of post #1" })).toBeVisible();
  await expect(page.locator("li", { hasText: "Version 1" })).toContainText("mapped cooling corridors");

  await page.goto(url);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.screenshot({ path: "/tmp/forum-conversation.png", fullPage: true });
});

test("cities only: a thread a city officer starts for Wuhan is listed, a network's is not", async ({ page, otherPage }) => {
  const cityTitle = `Sponge city drainage questions ${tag()}`;
  const networkTitle = `Secretariat newsletter formats ${tag()}`;
  await signIn(page, demo.city);
  await startThread(page, { category: "Dialogue", title: cityTitle, body: "Wuhan would like to compare drainage maintenance contracts.", speakAs: /Wuhan/ });
  await expect(page.locator("article[data-post-number='1']").first().locator("[data-speaker-kind='CITY']")).toHaveText("City");
  await signIn(otherPage, demo.partner);
  await startThread(otherPage, { category: "Secretariat exchange", title: networkTitle, body: "How often do you send member newsletters?" });

  await page.goto("/forum");
  await expect(page.getByRole("link", { name: cityTitle })).toBeVisible();
  await expect(page.getByRole("link", { name: networkTitle })).toBeVisible();
  await page.getByRole("link", { name: "Cities only" }).first().click();
  await expect(page).toHaveURL(/cities=1/);
  await expect(page.getByRole("link", { name: cityTitle })).toBeVisible();
  await expect(page.getByRole("link", { name: networkTitle })).toHaveCount(0);
});

test("a reply draft is kept after leaving the page", async ({ page }) => {
  await signIn(page, demo.editor);
  await page.goto("/forum");
  const first = page.getByRole("list", { name: "Threads" }).getByRole("listitem").first().getByRole("link").first();
  await first.click();
  await expect(page).toHaveURL(/\/forum\/threads\//);
  const threadUrl = page.url().split("?")[0]!;
  const text = `Half-written thought about procurement ${tag()}`;
  await page.getByLabel("Your reply").fill(text);
  await expect(page.getByText("Draft saved")).toBeVisible();
  await page.goto("/forum");
  await page.goto(`${threadUrl}?post=1`);
  await expect(page.getByLabel("Your reply")).toHaveValue(text);
  await expect(page.getByText("Your draft was restored.")).toBeVisible();
});

test("a script or javascript: link in a post stays inert text", async ({ page }) => {
  const title = `Markdown safety check ${tag()}`;
  await signIn(page, demo.partner);
  await startThread(page, {
    category: "Dialogue",
    title,
    body: `<img src=x onerror="window.__xss=1"> and <script>window.__xss=2</script>\n\n[click me](javascript:window.__xss=3)`,
  });
  const opening = page.locator("article[data-post-number='1']").first();
  await expect(opening).toContainText('<img src=x onerror="window.__xss=1">');
  await expect(opening).toContainText("<script>window.__xss=2</script>");
  await expect(opening.locator("img, script")).toHaveCount(0);
  await expect(opening.locator("a[href^='javascript:']")).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
});

test("the busiest seeded thread reads well", async ({ page }) => {
  const response = await page.request.get("/api/v1/forum/threads?limit=100");
  const { data } = (await response.json()) as { data: { id: string; replies: number }[] };
  expect(data.length).toBeGreaterThan(0);
  const busiest = [...data].sort((a, b) => b.replies - a.replies)[0]!;
  await signIn(page, demo.moderator);
  await page.goto(`/forum/threads/${busiest.id}?post=1`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await page.screenshot({ path: "/tmp/forum-busy-thread.png", fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: "/tmp/forum-busy-thread-phone.png", fullPage: true });
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto("/forum");
  await page.screenshot({ path: "/tmp/forum-index.png", fullPage: true });
  await page.goto("/forum/c/dialogue");
  await expect(page.getByRole("heading", { name: "Dialogue", level: 1 })).toBeVisible();
  await page.screenshot({ path: "/tmp/forum-category.png", fullPage: true });
  await page.goto("/forum/new");
  await page.getByRole("button", { name: "Publish thread" }).click();
  await expect(page.getByText("Give the thread a title of at least 5 characters.")).toBeVisible();
  await page.screenshot({ path: "/tmp/forum-new.png", fullPage: true });
});
