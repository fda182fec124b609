import { demo, expect, signIn, signUp, test, uniqueEmail, uniqueName } from "./fixtures";

test("anyone browses cities, filters by a network and sees a city's networks", async ({ page }) => {
  await page.goto("/cities");
  await expect(page.getByRole("heading", { level: 1, name: "Cities" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Most connected cities" })).toBeVisible();

  await page.getByRole("combobox", { name: "Network", exact: true }).selectOption("c40");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/network=c40/);
  const cards = page.getByRole("region", { name: "City list" }).getByRole("listitem").filter({ has: page.getByRole("heading", { level: 3 }) });
  await expect(cards.first()).toBeVisible();
  for (const card of await cards.all()) await expect(card).toContainText("C40");

  await page.goto("/cities/wuhan");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Wuhan");
  const networks = page.getByRole("region", { name: "Networks" });
  await expect(networks.getByRole("row").nth(1)).toBeVisible();
  await expect(page.getByRole("heading", { name: "Shares networks with" })).toBeVisible();
  await expect(page.getByTestId("city-officers")).toContainText("Chen Wei");
});

test("a new person claims a city, a moderator verifies, and they appear as its officer", async ({ page, otherPage }) => {
  const person = { name: uniqueName("Li Na"), email: uniqueEmail("officer"), password: "a-long-passphrase-2026" };
  await signUp(page, person);

  await page.goto("/cities/wuhan");
  await page.getByRole("link", { name: "I work for this city" }).click();
  await page.getByLabel("Your job title").fill("Deputy director, foreign affairs office");
  await page.getByLabel("Message to the reviewer").fill("I run the city's international partnerships; my work address is on wuhan.gov.cn.");
  await page.getByRole("button", { name: "Send claim" }).click();
  await expect(page.getByText("Your claim was sent.")).toBeVisible();

  await signIn(otherPage, demo.moderator);
  await otherPage.goto("/admin/cities");
  const claim = otherPage.getByTestId("pending-claim").filter({ hasText: person.name });
  await expect(claim).toContainText("Deputy director, foreign affairs office");
  await expect(claim).toContainText("I run the city's international partnerships");
  await claim.getByRole("button", { name: `Verify: ${person.name}` }).click();
  // Once decided, the claim leaves the queue.
  await expect(claim).toHaveCount(0);

  await page.reload();
  await expect(page.getByTestId("city-officers")).toContainText(person.name);
  await expect(page.getByTestId("city-officers")).toContainText("Deputy director, foreign affairs office");
  await expect(page.getByText("You are a verified officer of this city.")).toBeVisible();
});
