import { randomBytes } from "node:crypto";
import type { Browser, Page } from "@playwright/test";
import { demo, expect, signIn, test, uniqueEmail } from "./fixtures";

async function personPage(browser: Browser, email?: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  if (email) await signIn(page, email);
  return page;
}

test("C40 and ICLEI co-host an event: seats and waitlist, iCal, and a joint statement frozen once signed", async ({ page, browser }) => {
  test.setTimeout(180_000);
  const title = `Cities and regions climate dialogue ${randomBytes(3).toString("hex")}`;

  // The C40 owner creates an in-person event with one seat, in Paris time.
  await signIn(page, demo.owner);
  await page.goto("/events/new");
  await expect(page.getByRole("heading", { name: "Create an event", level: 1 })).toBeVisible();
  await page.getByLabel("Title", { exact: true }).fill(title);
  await page.getByLabel("Summary").fill("Mayors and network secretariats compare how they finance local climate action.");
  await page.getByLabel("Place").fill("Hôtel de Ville, Paris");
  await page.getByLabel("Seats").fill("1");
  await page.getByLabel("Starts").fill("2099-05-12T09:30");
  await page.getByLabel("Ends").fill("2099-05-12T17:00");
  await page.getByLabel("Time zone").fill("Europe/Paris");
  await page.getByRole("button", { name: "Create event" }).click();
  await expect(page.getByRole("heading", { name: title, level: 1 })).toBeVisible();
  const eventUrl = new URL(page.url()).pathname;
  await expect(page.getByTestId("event-time")).toContainText("9:30 AM");
  await expect(page.getByTestId("seats")).toContainText("0 of 1 seat taken, 1 left");

  // C40 invites ICLEI to co-host.
  await page.getByLabel("Invite a network to co-host").selectOption({ label: "ICLEI" });
  await page.getByRole("button", { name: "Send invitation" }).click();
  await expect(page.getByTestId("hosts").getByRole("listitem").filter({ hasText: "ICLEI" })).toContainText("Invited");

  // ICLEI's editor cannot answer for the network: only an owner decides.
  const editor = await personPage(browser, demo.editor);
  await editor.goto(eventUrl);
  await expect(editor.getByRole("heading", { name: title, level: 1 })).toBeVisible();
  await expect(editor.getByRole("button", { name: "Accept and co-host" })).toHaveCount(0);
  await expect(editor.getByRole("link", { name: "Edit event and agenda" })).toHaveCount(0);

  // An administrator invites an ICLEI owner through the staff invitation; they accept, then accept co-hosting.
  const admin = await personPage(browser, demo.admin);
  await admin.goto("/networks/iclei/staff");
  const ownerEmail = uniqueEmail("iclei-owner");
  await admin.getByLabel("Email address").fill(ownerEmail);
  await admin.getByLabel("Role", { exact: true }).selectOption("OWNER");
  await admin.getByRole("button", { name: "Send invitation" }).click();
  const link = await admin.getByLabel("Invitation link").inputValue();
  const icleiOwner = await personPage(browser);
  await icleiOwner.goto(new URL(link).pathname);
  await icleiOwner.getByRole("link", { name: "Create an account to accept" }).click();
  await icleiOwner.getByLabel("Full name").fill("Ines Owner");
  await icleiOwner.getByLabel("Password").fill("a-long-passphrase-for-e2e");
  await icleiOwner.getByRole("button", { name: "Create account" }).click();
  await icleiOwner.getByRole("button", { name: "Accept invitation" }).click();
  await expect(icleiOwner.getByText(/You are now Owner of ICLEI/)).toBeVisible();
  await icleiOwner.goto(eventUrl);
  await icleiOwner.getByRole("button", { name: "Accept and co-host" }).click();
  await expect(icleiOwner.getByTestId("hosts").getByRole("listitem").filter({ hasText: "ICLEI" })).toContainText("Host");
  await expect(icleiOwner.getByText("co-hosted")).toBeVisible();

  // A host builds the agenda; times are typed in the event's zone.
  await page.getByRole("link", { name: "Edit event and agenda" }).click();
  await page.getByLabel("Title", { exact: true }).last().fill("Opening: who finances local climate action?");
  await page.getByLabel("Starts at (optional)").fill("2099-05-12T09:30");
  await page.getByRole("button", { name: "Add item" }).click();
  await expect(page.getByText("Opening: who finances local climate action?")).toBeVisible();
  await page.getByLabel("Title", { exact: true }).last().fill("Roundtable of mayors");
  await page.getByRole("button", { name: "Add item" }).click();
  await page.getByRole("button", { name: "Move “Roundtable of mayors” up" }).click();
  await page.getByRole("link", { name: "Back to the event" }).click();
  const agenda = page.locator("section[aria-labelledby='agenda-heading'] ol > li");
  await expect(agenda).toHaveCount(2);
  await expect(agenda.first()).toContainText("Roundtable of mayors");
  await expect(agenda.nth(1)).toContainText("9:30 AM");

  // The city officer takes the only seat; the partner is waitlisted; when the city cancels, the partner is promoted.
  const city = await personPage(browser, demo.city);
  await city.goto(eventUrl);
  await city.getByRole("button", { name: "Register" }).click();
  await expect(city.getByTestId("registration-status")).toHaveText("You have a seat.");
  await expect(city.getByTestId("seats")).toContainText("1 of 1 seat taken");

  const partner = await personPage(browser, demo.partner);
  await partner.goto(eventUrl);
  await partner.getByRole("button", { name: "Join the waitlist" }).click();
  await expect(partner.getByTestId("registration-status")).toContainText("You are number 1 on the waitlist");

  await city.getByRole("button", { name: "Cancel my registration" }).click();
  // The freed seat went straight to the partner, so the event is full again.
  await expect(city.getByRole("button", { name: "Join the waitlist" })).toBeVisible();
  await partner.reload();
  await expect(partner.getByTestId("registration-status")).toHaveText("You have a seat.");
  await expect(partner.getByTestId("seats")).toContainText("1 of 1 seat taken");

  // The calendar file is a VEVENT with UTC times (09:30 in Paris in May is 07:30 UTC).
  const ical = await page.request.get(`${eventUrl}/ical`);
  expect(ical.headers()["content-type"]).toContain("text/calendar");
  const text = await ical.text();
  expect(text).toContain("BEGIN:VEVENT");
  expect(text).toContain("DTSTART:20990512T073000Z");
  expect(text).toContain("LOCATION:Hôtel de Ville\\, Paris");

  // The C40 owner drafts a joint statement, then signs it for C40: the text freezes.
  await page.reload();
  await page.getByRole("link", { name: "Draft a joint statement" }).click();
  const statementTitle = `Paris call on local climate finance ${randomBytes(2).toString("hex")}`;
  await page.getByLabel("Title", { exact: true }).fill(statementTitle);
  await page
    .getByLabel("Text of the statement")
    .fill("We, the networks of cities and regions gathered in Paris, call on national governments and development banks to open **direct access** to climate finance for local governments.");
  await page.getByRole("button", { name: "Save draft" }).click();
  const statement = page.getByTestId("statement").filter({ hasText: statementTitle });
  await expect(statement).toContainText("Draft — not yet signed");
  await expect(statement.getByRole("link", { name: "Edit draft" })).toBeVisible();
  // Until someone signs, the draft is the hosts' alone.
  await partner.reload();
  await expect(partner.getByText(statementTitle)).toHaveCount(0);

  await statement.getByRole("button", { name: "Sign for C40" }).click();
  await statement.getByRole("button", { name: "Yes, sign for C40" }).click();
  await expect(statement).toContainText("Signed — text frozen");
  await expect(statement.getByTestId("signatories")).toContainText("C40");
  await expect(statement.getByRole("link", { name: "Edit draft" })).toHaveCount(0);

  // The edit page refuses; the public sees the statement and its signatories.
  const statementPath = await statement.getByRole("link", { name: statementTitle }).getAttribute("href");
  await page.goto(`${statementPath}/edit`);
  await expect(page.getByText("This statement is signed; its text can no longer change.")).toBeVisible();
  await partner.reload();
  await expect(partner.getByTestId("statement").filter({ hasText: statementTitle }).getByTestId("signatories")).toContainText("C40");
  await expect(partner.getByRole("button", { name: /Sign for/ })).toHaveCount(0);

  await page.goto(eventUrl);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.screenshot({ path: "/tmp/events-event-page.png", fullPage: true });
  await page.goto("/events?when=past");
  await expect(page.getByRole("link", { name: "UCLG World Congress and World Summit of Local and Regional Leaders 2022" })).toBeVisible();
  await page.screenshot({ path: "/tmp/events-list-past.png", fullPage: true });
  await page.goto("/statements/daejeon-political-declaration-pact-for-the-future-of-humanity");
  await expect(page.getByTestId("signatories")).toContainText("UCLG Africa");
  await page.screenshot({ path: "/tmp/events-statement-seed.png", fullPage: true });

  // The open data lists the event with seats taken and the signed statement.
  const events = (await (await page.request.get("/api/v1/events?limit=100")).json()) as { data: { title: string; seatsTaken: number; hosts: { slug: string }[] }[] };
  const listed = events.data.find((e) => e.title === title);
  expect(listed?.seatsTaken).toBe(1);
  expect(listed?.hosts.map((h) => h.slug)).toEqual(["c40", "iclei"]);
});
