import { demo, expect, signIn, test } from "./fixtures";

test("the city picker adds the one city a part of a name fits, and says when none or several do", async ({ page, otherPage }) => {
  await signIn(page, demo.city);
  await page.goto("/practices/new");
  const input = page.locator("#practice-city-input");
  const status = page.getByTestId("practice-city-input-status");
  const chosen = page.getByTestId("practice-cities");
  await expect(status).toHaveAttribute("aria-live", "polite");
  await expect(page.getByRole("combobox", { name: "Cities" })).toBeVisible();

  await input.fill("nair");
  await page.getByRole("button", { name: "Add city" }).click();
  await expect(chosen).toContainText("Nairobi (KE)");
  await expect(status).toHaveText("Added Nairobi (KE).");
  await expect(input).toHaveValue("");

  await input.fill("xyz");
  await input.press("Enter");
  await expect(status).toHaveText("No city in the registry matches “xyz”. Check the spelling, or choose from the list.");
  await expect(input).toHaveAttribute("aria-invalid", "true");

  await input.fill("san");
  await page.getByRole("button", { name: "Add city" }).click();
  await expect(status).toContainText("6 cities match “san” (San Francisco (US), San José");
  await expect(chosen).not.toContainText("San ");
  await page.screenshot({ path: "/tmp/forms-city-picker.png", fullPage: false });

  await input.fill("san fr");
  await input.press("Enter");
  await expect(chosen).toContainText("San Francisco (US)");
  await page.getByRole("button", { name: "Remove Nairobi (KE)" }).click();
  await expect(chosen).not.toContainText("Nairobi");
  await expect(status).toHaveText("Removed Nairobi (KE).");

  // The initiative form uses the same picker.
  await signIn(otherPage, demo.owner);
  await otherPage.goto("/initiatives/new");
  await otherPage.locator("#initiative-cities").fill("lyo");
  await otherPage.getByRole("button", { name: "Add", exact: true }).click();
  await expect(otherPage.getByTestId("initiative-cities-chosen")).toContainText("Lyon");
});

test("a time zone is chosen from the IANA list; free text is refused in the form and by the server", async ({ page }) => {
  await signIn(page, demo.owner);
  await page.goto("/events/new");
  const zone = page.getByLabel("Time zone");
  await expect(zone).toHaveAttribute("list", "event-zone-options");
  expect(await page.locator("#event-zone-options option").count()).toBeGreaterThan(300);
  await expect(page.locator('#event-zone-options option[value="Africa/Nairobi"]')).toHaveCount(1);

  await page.getByLabel("Title", { exact: true }).fill("Zone check");
  await page.getByLabel("Summary").fill("Checking that a time zone must come from the list of zones.");
  await page.getByLabel("Place").fill("Town hall");
  await page.getByLabel("Starts").fill("2099-05-12T09:30");
  await page.getByLabel("Ends").fill("2099-05-12T17:00");
  // Intl alone would take "EST"; the field marks it as soon as it is left, the form says why.
  await zone.fill("EST");
  await zone.blur();
  await expect(zone).toHaveAttribute("aria-invalid", "true");
  await page.getByRole("button", { name: "Create event" }).click();
  await expect(page.getByText("Choose a time zone from the list, e.g. Africa/Nairobi.")).toBeVisible();
  await page.screenshot({ path: "/tmp/forms-time-zone.png" });

  await zone.fill("europe/paris");
  await zone.blur();
  await expect(zone).toHaveValue("Europe/Paris");

  // The server checks against the same list, whatever the browser sends.
  const response = await page.request.post("/api/trpc/events.create", {
    data: {
      json: {
        networkId: "any",
        title: "A zone check",
        summary: "Checking the time zone validation on the server side.",
        description: "",
        mode: "ONLINE",
        onlineUrl: "https://example.org/live",
        startsAt: "2099-01-01T09:00",
        endsAt: "2099-01-01T10:00",
        timeZone: "US/Eastern",
      },
    },
  });
  expect(response.status()).toBe(400);
  expect(await response.text()).toContain("events.errors.timeZoneInvalid");
});
