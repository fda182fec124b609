import { randomBytes } from "node:crypto";
import { demo, expect, signIn, test } from "./fixtures";

test("staff publish an initiative, see another network's similar one flagged while drafting, and propose collaboration", async ({ page, otherPage }) => {
  const title = `Zero-emission electric bus fleets ${randomBytes(3).toString("hex")}`;
  await signIn(page, demo.owner);
  await page.goto("/initiatives/new");
  await expect(page.getByRole("heading", { name: "Publish an initiative", level: 1 })).toBeVisible();
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Summary").fill("Member cities commit to buy only zero-emission buses and to electrify their urban bus fleets with charging systems.");
  await page.getByLabel("Mobility", { exact: true }).check();
  await page.getByLabel("Climate", { exact: true }).check();

  // While drafting, another network's programme on the same thing is flagged, with its score and reasons.
  const flagged = page.getByTestId("similar-while-drafting");
  await expect(flagged.getByRole("link", { name: "ZeEUS: Zero Emission Urban Bus System" })).toBeVisible();
  await expect(flagged.getByTestId("similar-item").first()).toContainText("/100");
  await expect(flagged).toContainText("UITP");
  await expect(flagged).toContainText("Shared words:");
  // C40's own Clean Bus Declaration is not "another network's".
  await expect(flagged.getByRole("link", { name: "Clean Bus Declaration" })).toHaveCount(0);

  await page.getByLabel("Description").fill("We **support** cities with procurement guides.\n\n<script>window.__xss = 1</script>");
  await page.getByRole("button", { name: "Publish", exact: true }).click();
  await expect(page.getByRole("heading", { name: title, level: 1 })).toBeVisible();
  const url = page.url();
  await expect(page.getByText("<script>window.__xss = 1</script>")).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();

  // The page lists similar initiatives in other networks; C40 staff propose to collaborate.
  const similar = page.locator("#similar");
  await expect(similar.getByRole("link", { name: "ZeEUS: Zero Emission Urban Bus System" })).toBeVisible();
  const zeeus = similar.getByTestId("similar-item").filter({ hasText: "ZeEUS" });
  await zeeus.getByRole("button", { name: "Propose collaboration" }).click();
  await zeeus.getByLabel(/Message to the secretariat/).fill("Could we share procurement guidance for electric buses?");
  await zeeus.getByRole("button", { name: "Send proposal" }).click();
  await expect(zeeus.getByText("Proposal sent to their secretariat.")).toBeVisible();
  await page.reload();
  await expect(page.getByTestId("proposal")).toContainText("Could we share procurement guidance for electric buses?");

  // An edit is recorded in the visible history.
  await page.getByRole("link", { name: "Edit", exact: true }).click();
  await page.getByLabel("Status").selectOption("PLANNED");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("heading", { name: title, level: 1 })).toBeVisible();
  await expect(page.getByTestId("revision").first()).toContainText("Status");
  await expect(page.getByTestId("revision").first()).toContainText("Active → Planned");

  // A member of another network cannot edit it.
  await signIn(otherPage, demo.editor);
  await otherPage.goto(url);
  await expect(otherPage.getByRole("heading", { name: title, level: 1 })).toBeVisible();
  await expect(otherPage.getByRole("link", { name: "Edit", exact: true })).toHaveCount(0);
  await otherPage.goto(`${url}/edit`);
  await expect(otherPage.getByText("Only staff of the networks that own this initiative, or a moderator, can edit it.")).toBeVisible();
});

test("anyone filters initiatives by network and theme and opens one", async ({ page }) => {
  await page.goto("/initiatives");
  await expect(page.getByRole("heading", { name: "Initiatives", level: 1 })).toBeVisible();
  await page.getByLabel("Network").selectOption({ label: "C40" });
  await page.getByLabel("Theme").selectOption({ label: "Mobility" });
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/network=c40/);
  await page.getByRole("link", { name: "Clean Bus Declaration" }).click();
  await expect(page.getByRole("heading", { name: "Clean Bus Declaration", level: 1 })).toBeVisible();
  await expect(page.getByTestId("seed-note")).toHaveText(/Compiled from public sources/);
});
