import { demo, expect, signIn, test, uniqueEmail } from "./fixtures";

const PASSWORD = "a-long-passphrase-for-e2e";

test("the C40 owner invites a colleague, who signs up, accepts and edits the profile", async ({ page, otherPage }) => {
  await signIn(page, demo.owner);
  await page.goto("/networks/c40/staff");
  await expect(page.getByRole("heading", { name: "Staff of C40", level: 1 })).toBeVisible();

  const email = uniqueEmail("colleague");
  await page.getByLabel("Email address").fill(email);
  await page.getByRole("button", { name: "Send invitation" }).click();
  await expect(page.getByText(`Invitation sent to ${email}.`)).toBeVisible();
  const link = await page.getByLabel("Invitation link").inputValue();
  expect(link).toMatch(/\/invitations\/[A-Za-z0-9_-]{43}$/);
  await expect(page.getByRole("region", { name: "Pending invitations" }).getByText(email)).toBeVisible();

  const path = new URL(link).pathname;
  await otherPage.goto(path);
  await expect(otherPage.getByRole("heading", { name: "Invitation to C40", level: 1 })).toBeVisible();
  await expect(otherPage.getByText(`This invitation was sent to ${email}.`)).toBeVisible();
  await otherPage.getByRole("link", { name: "Create an account to accept" }).click();
  await expect(otherPage.getByLabel("Email")).toHaveValue(email);
  await otherPage.getByLabel("Full name").fill("Colette Colleague");
  await otherPage.getByLabel("Password").fill(PASSWORD);
  await otherPage.getByRole("button", { name: "Create account" }).click();
  await expect(otherPage).toHaveURL(new RegExp(`${path}$`));
  await otherPage.getByRole("button", { name: "Accept invitation" }).click();
  await expect(otherPage.getByText("Welcome! You are now Editor of C40.")).toBeVisible();

  await otherPage.getByRole("link", { name: "Edit the profile" }).click();
  await expect(otherPage).toHaveURL(/\/networks\/c40\/edit$/);
  const about = `C40 connects mayors of nearly 100 world-leading cities (edited ${Date.now()}).`;
  await otherPage.getByLabel("About").fill(about);
  await otherPage.getByRole("button", { name: "Save", exact: true }).click();
  await expect(otherPage.getByText("Saved.")).toBeVisible();
  await otherPage.goto("/networks/c40");
  await expect(otherPage.getByText(about)).toBeVisible();

  // The owner's staff list now holds the colleague, and the invitation is no longer pending.
  await page.reload();
  await expect(page.getByRole("row", { name: /Colette Colleague/ })).toContainText("Editor");
  await expect(page.getByRole("region", { name: "Pending invitations" }).getByText(email)).toHaveCount(0);

  // The only owner cannot step down: the network would be left without one.
  await page.getByLabel("Role of Olu Owner").selectOption("EDITOR");
  await page.getByRole("row", { name: /Olu Owner/ }).getByRole("button", { name: "Save role" }).click();
  await expect(page.getByText("A network needs at least one owner. Make someone else owner first.")).toBeVisible();
});

test("a CSV import with one bad row is refused with that row's error and imports nothing", async ({ page }) => {
  await signIn(page, demo.owner);
  await page.goto("/networks/c40/members");
  const citiesHeading = page.getByRole("heading", { name: /^Member cities \(\d+\)$/ });
  const before = await citiesHeading.textContent();

  const csv = ["kind,slug_or_name,member_type,year_joined", "city,bamako,member,2020", "city,Atlantis Nowhere,,", "city,Kampala,observer,"].join("\n");
  await page.getByLabel("Or paste the CSV").fill(csv);
  await page.getByRole("button", { name: "Import", exact: true }).click();
  const errors = page.getByTestId("csv-row-errors");
  await expect(page.getByText("Nothing was imported. Fix these rows and try again:")).toBeVisible();
  await expect(errors.getByRole("row")).toHaveCount(2);
  const bad = errors.getByRole("row").nth(1);
  await expect(bad.getByRole("cell").nth(0)).toHaveText("3");
  await expect(bad.getByRole("cell").nth(1)).toHaveText("slug_or_name");
  await expect(bad.getByRole("cell").nth(2)).toHaveText("No city has this slug or name.");

  await page.reload();
  await expect(citiesHeading).toHaveText(before ?? "");
  await expect(page.getByRole("link", { name: "Bamako" })).toHaveCount(0);
});
