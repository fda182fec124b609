import { randomBytes } from "node:crypto";
import { demo, expect, signIn, test } from "./fixtures";

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

test("a moderator curates a framework; a network owner endorses and maps an initiative; coverage, gaps, changelog and consultation follow", async ({ page, otherPage, browser }) => {
  const title = `Clean transport compact ${randomBytes(3).toString("hex")}`;

  // The moderator creates it with two pillars (the second added first, then moved up) and an open consultation.
  await signIn(page, demo.moderator);
  await page.goto("/frameworks");
  await page.getByRole("link", { name: "New framework" }).click();
  await page.getByLabel("Title", { exact: true }).fill(title);
  await page.getByLabel("Anchored on").fill("UN-Habitat — New Urban Agenda");
  await page.getByLabel("Summary").fill("Cities and networks commit to cleaner buses and safer streets.");
  await page.locator("#fw-body").fill("Drawn from **paragraph 114** of the New Urban Agenda.");
  await page.getByLabel("Official source").fill("https://habitat3.org/the-new-urban-agenda/");
  await page.getByLabel("Opens on").fill(day(-1));
  await page.getByLabel("Closes at the end of").fill(day(20));
  await page.getByRole("button", { name: "+ Add a pillar" }).click();
  await page.getByRole("button", { name: "+ Add a pillar" }).click();
  const drafts = page.getByTestId("pillar-draft");
  await drafts.nth(0).getByLabel("Pillar title").fill("Safe streets");
  await drafts.nth(0).getByLabel("Description").fill("Road safety for everyone who walks and cycles.");
  await drafts.nth(0).getByLabel("Indicators").fill("Road deaths per 100,000 people");
  await drafts.nth(1).getByLabel("Pillar title").fill("Zero-emission buses");
  await drafts.nth(1).getByLabel("Description").fill("Public bus fleets that run without tailpipe emissions.");
  await drafts.nth(1).getByLabel("Indicators").fill("Share of zero-emission buses\nCharging points per depot");
  // Reorder from the keyboard.
  await page.getByRole("button", { name: "Move pillar 2 up" }).focus();
  await page.keyboard.press("Enter");
  await expect(drafts.nth(0).getByLabel("Pillar title")).toHaveValue("Zero-emission buses");
  await page.getByRole("button", { name: "Create framework" }).click();
  await expect(page.getByRole("heading", { name: title, level: 1 })).toBeVisible();
  const url = page.url();
  await expect(page.locator("#pillar-1")).toContainText("Zero-emission buses");
  await expect(page.locator("#pillar-2")).toContainText("Safe streets");
  await expect(page.getByText("Open consultation", { exact: true })).toBeVisible();

  // owner@ (a C40 owner) endorses it with a commitment.
  await signIn(otherPage, demo.owner);
  await otherPage.goto(url);
  await otherPage.getByLabel(/commits to/).fill("C40 supports member cities moving their bus fleets to zero emissions.");
  await otherPage.getByRole("button", { name: "Endorse", exact: true }).click();
  await expect(otherPage.getByTestId("endorsement")).toContainText("C40");
  await expect(otherPage.getByTestId("endorsement")).toContainText("moving their bus fleets to zero emissions");

  // editor@ (an ICLEI editor, not an owner) has no endorse button and is told why.
  const editorContext = await browser.newContext();
  const editorPage = await editorContext.newPage();
  await signIn(editorPage, demo.editor);
  await editorPage.goto(url);
  await expect(editorPage.getByText("Only an owner of your network can endorse a framework on its behalf.")).toBeVisible();
  await expect(editorPage.getByRole("button", { name: "Endorse", exact: true })).toHaveCount(0);
  await editorContext.close();

  // owner@ maps a C40 initiative to the first pillar.
  await otherPage.getByLabel("Your initiative or practice").selectOption({ label: "Clean Bus Declaration" });
  await otherPage.getByLabel("Pillar", { exact: true }).selectOption({ label: "1. Zero-emission buses" });
  await otherPage.getByLabel("Why it fits (optional)").fill("Signatory cities buy only zero-emission buses.");
  await otherPage.getByRole("button", { name: "Propose the mapping" }).click();
  await expect(otherPage.getByText("Proposed. A moderator will review it.")).toBeVisible();
  // Not coverage until a moderator accepts it.
  await expect(otherPage.locator("#pillar-1")).toContainText("Gap");

  // The moderator accepts it; coverage shows it and the gap on the other pillar.
  await page.reload();
  const pending = page.getByTestId("pending-mapping");
  await expect(pending).toContainText("Clean Bus Declaration");
  await pending.getByRole("button", { name: "Accept" }).click();
  await expect(page.getByTestId("pending-mapping")).toHaveCount(0);
  const first = page.locator("#pillar-1");
  await expect(first).toContainText("Covered");
  await expect(first.getByRole("link", { name: "Clean Bus Declaration" })).toBeVisible();
  await expect(first).toContainText("Initiatives: 1 · Practices: 0");
  await expect(first.getByRole("link", { name: "C40" })).toBeVisible();
  await expect(page.locator("#pillar-2")).toContainText("Gap");
  await expect(page.getByText("1 of 2 pillars have accepted initiatives or practices.")).toBeVisible();

  // The public changelog lists every version, newest first.
  const changes = page.getByTestId("change");
  await expect(changes).toHaveCount(3);
  await expect(changes.nth(0)).toContainText("Version 3");
  await expect(changes.nth(0)).toContainText("Mapped to “Zero-emission buses”: Clean Bus Declaration");
  await expect(changes.nth(1)).toContainText("Version 2");
  await expect(changes.nth(1)).toContainText("Endorsed by C40");
  await expect(changes.nth(2)).toContainText("Version 1");
  await expect(changes.nth(2)).toContainText("Created with 2 pillars");

  // A comment during the consultation, on the second pillar.
  await otherPage.reload();
  const second = otherPage.locator("#pillar-2");
  await second.getByLabel("Your comment on “Safe streets”").fill("Please add an indicator on protected cycle lanes.");
  await second.getByRole("button", { name: "Post comment" }).click();
  await expect(second.getByText("Please add an indicator on protected cycle lanes.")).toBeVisible();
  await expect(second).toContainText("Consultation comments (1)");

  // The list shows it with its counts; the open data has it too.
  await page.goto("/frameworks");
  const card = page.getByRole("listitem").filter({ has: page.getByRole("link", { name: title }) });
  await expect(card).toContainText("1/2");
  await expect(card).toContainText("Endorsed by C40");
  const slug = new URL(url).pathname.split("/").pop()!;
  const api = await page.request.get(`/api/v1/frameworks/${slug}`);
  const body = (await api.json()) as { data: { pillars: { coverage: { gap: boolean } }[] } };
  expect(body.data.pillars.map((p) => p.coverage.gap)).toEqual([false, true]);

  // On the edit page the moderator reorders and adds pillars; each change is a new version.
  await page.goto(`${url}/edit`);
  await expect(page.getByText("Version 3")).toBeVisible();
  await page.getByRole("button", { name: "Move pillar 2 up" }).click();
  await expect(page.getByText("Version 4")).toBeVisible();
  const adder = page.getByRole("listitem").filter({ hasText: "Pillar 1" }).first();
  await expect(adder).toContainText("Safe streets");
  await page.getByLabel("Pillar title").last().fill("Clean air");
  await page.getByLabel("Description").last().fill("Lower fine particulate levels near schools.");
  await page.getByRole("button", { name: "Add pillar", exact: true }).click();
  await expect(page.getByText("Version 5")).toBeVisible();
  await page.goto(url);
  await expect(page.locator("#pillar-3")).toContainText("Clean air");
  await expect(page.getByTestId("change").nth(0)).toContainText("Pillar added: Clean air");
  await expect(page.getByTestId("change").nth(1)).toContainText("Pillar moved: Safe streets (2 → 1)");
});

test("seeded frameworks look finished", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto("/frameworks");
  await expect(page.getByRole("link", { name: "SDG 11: Sustainable cities and communities" })).toBeVisible();
  await page.screenshot({ path: "/tmp/frameworks-list.png", fullPage: true });
  await page.goto("/frameworks/new-urban-agenda");
  await expect(page.getByRole("heading", { name: "New Urban Agenda", level: 1 })).toBeVisible();
  await expect(page.getByText("Open consultation", { exact: true })).toBeVisible();
  await page.screenshot({ path: "/tmp/frameworks-nua.png", fullPage: true });
  await page.goto("/frameworks/sdg-11-sustainable-cities-and-communities");
  await expect(page.locator("#pillar-8")).toContainText("Gap");
  await page.screenshot({ path: "/tmp/frameworks-sdg11.png", fullPage: true });
});
