import { randomBytes } from "node:crypto";
import { demo, expect, signIn, test } from "./fixtures";

// The reader's browser is in New York, the session is agreed in Paris time: both are shown.
test.use({ timezoneId: "America/New_York" });

test("C40 asks, ICLEI offers, C40 accepts and schedules, both record what they learned; the public record is searchable, the internal one stays private", async ({ page, otherPage }) => {
  test.setTimeout(180_000);
  const tag = randomBytes(3).toString("hex");
  const question = `How do you organise member working groups online? ${tag}`;
  const publicWord = `dashboardtemplate${tag}`;
  const publicTitle = `Shared agendas keep working groups active ${tag}`;
  const internalTitle = `Staffing figures shared in confidence ${tag}`;

  // owner@ (C40) posts a request.
  await signIn(page, demo.owner);
  await page.goto("/exchange/new");
  await expect(page.getByRole("heading", { name: "Ask other secretariats", level: 1 })).toBeVisible();
  await page.getByLabel("Topic").selectOption("DIGITAL_TOOLS");
  await page.getByLabel("Format").selectOption("CALL");
  await page.getByLabel("Question").fill("Hi");
  await page.getByLabel("Details").fill("Too short");
  await page.getByRole("button", { name: "Post the request" }).click();
  await expect(page.getByText("Write a title of at least 5 characters.")).toBeVisible();
  await expect(page.getByText("Describe it in at least 20 characters.")).toBeVisible();
  await page.getByLabel("Question").fill(question);
  await page.getByLabel("Details").fill("C40 wants to learn how other secretariats keep **working groups** active between meetings.");
  await page.getByRole("button", { name: "Post the request" }).click();
  await expect(page.getByRole("heading", { name: question, level: 1 })).toBeVisible();
  const url = page.url();
  await expect(page.getByTestId("exchange-status")).toHaveText("Open");
  await expect(page.getByText("No offer yet")).toBeVisible();
  // The requester cannot offer on its own request.
  await expect(page.getByRole("button", { name: "Send the offer" })).toHaveCount(0);

  // The requester sharpens the question; the address stays the same.
  const edited = `How do you keep member working groups active online? ${tag}`;
  await page.getByRole("link", { name: "Edit", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Edit the request", level: 1 })).toBeVisible();
  await page.getByLabel("Question").fill(edited);
  await page.screenshot({ path: "/tmp/exchange-edit.png", fullPage: true });
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("heading", { name: edited, level: 1 })).toBeVisible();
  expect(page.url()).toBe(url);

  // editor@ (ICLEI) cannot edit another network's request, then offers.
  await signIn(otherPage, demo.editor);
  await otherPage.goto(`${url}/edit`);
  await expect(otherPage.getByText("Only staff of the network that asked can edit this request.")).toBeVisible();
  await otherPage.goto(url);
  await expect(otherPage.getByRole("link", { name: "Edit", exact: true })).toHaveCount(0);
  await otherPage.getByLabel("Your offer").fill("ICLEI runs online working groups with its members and can show how.");
  await otherPage.getByRole("button", { name: "Send the offer" }).click();
  await expect(otherPage.getByTestId("exchange-offer")).toContainText("ICLEI runs online working groups");
  await expect(otherPage.getByRole("button", { name: "Send the offer" })).toHaveCount(0);
  await expect(otherPage.getByRole("button", { name: /Accept the offer/ })).toHaveCount(0);

  // owner@ accepts and schedules a session in Paris time.
  await page.reload();
  await page.getByRole("button", { name: /Accept the offer from ICLEI/ }).click();
  await expect(page.getByTestId("exchange-offer")).toContainText("Accepted");
  await page.getByLabel("Date").fill("2027-03-10");
  await page.getByLabel("Start time").fill("15:00");
  await page.getByLabel("Time zone", { exact: true }).fill("Mars/Olympus");
  await page.getByLabel("Olu Owner").check();
  await page.getByRole("button", { name: "Schedule", exact: true }).click();
  await expect(page.getByText("Enter a time zone such as Europe/Paris or America/Montevideo.")).toBeVisible();
  await page.getByLabel("Time zone", { exact: true }).fill("Europe/Paris");
  await page.getByLabel("Eda Editor").check();
  await page.getByRole("button", { name: "Schedule", exact: true }).click();
  const session = page.getByTestId("exchange-session");
  await expect(session.getByTestId("session-time")).toContainText("3:00");
  await expect(session.getByTestId("session-time")).toContainText("Europe/Paris");
  await expect(session.getByTestId("session-local-time")).toContainText("9:00");
  await expect(session.getByTestId("session-local-time")).toContainText("America/New York");
  await expect(session).toContainText("Eda Editor");
  await expect(page.getByTestId("exchange-status")).toHaveText("Scheduled");

  // Both record what they learned: C40 publicly, ICLEI internally.
  await page.getByLabel("Title", { exact: true }).fill(publicTitle);
  await page.getByLabel("What you learned").fill(`ICLEI keeps a shared agenda and a ${publicWord} for each working group.`);
  await page.getByRole("button", { name: "Save the record" }).click();
  await expect(page.getByTestId("exchange-learning").filter({ hasText: publicTitle })).toBeVisible();
  await expect(page.getByTestId("exchange-status")).toHaveText("Completed");

  await otherPage.reload();
  await otherPage.getByLabel("Title", { exact: true }).fill(internalTitle);
  await otherPage.getByLabel("What you learned").fill("Numbers of staff per working group, discussed in confidence.");
  await otherPage.getByLabel("Internal to the participants").check();
  await otherPage.getByRole("button", { name: "Save the record" }).click();
  await expect(otherPage.getByTestId("exchange-learning").filter({ hasText: internalTitle })).toContainText("Internal");

  // The requester's page, with session and both records, as its staff see it.
  await page.reload();
  await expect(page.getByTestId("exchange-learning")).toHaveCount(2);
  await page.screenshot({ path: "/tmp/exchange-record.png", fullPage: true });

  // A signed-out visitor finds the public record through the exchange search, and never sees the internal one.
  await otherPage.context().clearCookies();
  await otherPage.goto("/exchange");
  await otherPage.getByLabel("Search what secretariats learned").fill(publicWord);
  await otherPage.getByRole("button", { name: "Search", exact: true }).click();
  const results = otherPage.getByTestId("exchange-search-results");
  await results.getByRole("link", { name: publicTitle }).click();
  await expect(otherPage).toHaveURL(/#learning-/);
  const anchor = new URL(otherPage.url()).hash;
  await expect(otherPage.locator(anchor)).toContainText(publicTitle);
  await expect(otherPage.getByText(internalTitle)).toHaveCount(0);
  await expect(otherPage.getByRole("heading", { name: "Record what your network learned" })).toHaveCount(0);

  await otherPage.goto("/exchange?q=confidence");
  await expect(otherPage.getByText(internalTitle)).toHaveCount(0);
  const api = await otherPage.request.get(`/api/v1/exchange?q=${encodeURIComponent(tag)}`);
  const body = await api.text();
  expect(body).toContain(publicTitle);
  expect(body).not.toContain(internalTitle);
});

test("anyone browses requests by topic, standing offers and recent learning from the seed", async ({ page }) => {
  await page.goto("/exchange");
  await expect(page.getByRole("heading", { name: "Secretariat exchange", level: 1 })).toBeVisible();
  await expect(page.getByTestId("standing-offer").filter({ hasText: "We can share our annual conference playbook" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Linking local reviews to the national reporting calendar" })).toBeVisible();
  await page.screenshot({ path: "/tmp/exchange-index.png", fullPage: true });
  await page.getByLabel("Topic").selectOption("governance");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page.getByTestId("exchange-request").filter({ hasText: "Setting up governance as an independent, city-led network" })).toBeVisible();
  await page.getByLabel("Status").selectOption("completed");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page.getByText("No request matches these filters.")).toBeVisible();

  await page.goto("/exchange/membership-fee-models-for-cities-of-different-sizes");
  await expect(page.getByTestId("exchange-learning")).toHaveCount(1);
  await expect(page.getByText("Notes on follow-up of late contributions")).toHaveCount(0);
  await expect(page.getByTestId("exchange-session")).toContainText("America/Montevideo");
  await expect(page.getByRole("link", { name: "Sign in as secretariat staff to offer" })).toHaveCount(0);

  // The scheduled CityNet request suggests secretariats other than those that already offered.
  await page.goto("/exchange/digital-tools-for-knowledge-sharing-among-members");
  await expect(page.getByTestId("exchange-status")).toHaveText("Scheduled");
  await expect(page.getByRole("link", { name: "Sign in as secretariat staff to offer" })).toBeVisible();
  await page.screenshot({ path: "/tmp/exchange-scheduled.png", fullPage: true });
});

test("secretariat staff see one offer button per request: the offer form, no second offer action beside it", async ({ page }) => {
  await signIn(page, demo.editor);
  await page.goto("/exchange/digital-tools-for-knowledge-sharing-among-members");
  await expect(page.getByRole("heading", { name: "Offer to share your experience" })).toBeVisible();
  await expect(page.getByRole("button", { name: /offer/i })).toHaveCount(1);
  await expect(page.getByRole("button", { name: "Send the offer" })).toBeVisible();
  await expect(page.getByRole("link", { name: /offer/i })).toHaveCount(0);
  await page.screenshot({ path: "/tmp/forms-exchange-one-offer.png", fullPage: true });

  // On the list, offers are made from a request's page: no offer button per card.
  await page.goto("/exchange");
  const cards = page.getByTestId("exchange-request");
  expect(await cards.count()).toBeGreaterThan(0);
  await expect(cards.getByRole("button", { name: /offer/i })).toHaveCount(0);
});
