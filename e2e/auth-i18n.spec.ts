import { demo, expect, signIn, signUp, test, uniqueEmail } from "./fixtures";

const PASSWORD = "a-long-passphrase-for-e2e";

test("a person signs up, signs out, mistypes their password, signs in and sees their account", async ({ page }) => {
  const person = { name: "Nadia Okafor", email: uniqueEmail("nadia"), password: PASSWORD };

  await page.goto("/signup");
  await page.getByLabel("Full name").fill(person.name);
  await page.getByLabel("Email").fill(person.email);
  await page.getByLabel("Password").fill("short");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("Use at least 10 characters.")).toBeVisible();
  await expect(page.getByLabel("Password")).toHaveAttribute("aria-invalid", "true");

  await signUp(page, person);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();

  await page.goto("/signin");
  await page.getByLabel("Email").fill(person.email);
  await page.getByLabel("Password").fill("not-the-right-passphrase");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("That email and password do not match an account.")).toBeVisible();

  await signIn(page, person.email, PASSWORD);
  await page.getByTestId("account-link").click();
  await expect(page.getByRole("heading", { level: 1, name: "Your account" })).toBeVisible();
  await expect(page.getByText("You hold no role yet.")).toBeVisible();
  await expect(page.getByText(person.email)).toBeVisible();
  await page.getByLabel("Language for mail and notifications").selectOption("fr");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByText("Your preferences are saved.")).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Language for mail and notifications")).toHaveValue("fr");
});

test("repeated wrong passwords lock the account for a while, with a message saying so", async ({ page }) => {
  const person = { name: "Lars Lindqvist", email: uniqueEmail("locked"), password: PASSWORD };
  await signUp(page, person);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();

  await page.goto("/signin");
  // Five failures per account within 15 minutes are allowed (server/auth/rate-limit.ts).
  for (let attempt = 1; attempt <= 5; attempt++) {
    await page.getByLabel("Email").fill(person.email);
    await page.getByLabel("Password").fill(`wrong-passphrase-${attempt}`);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByText("That email and password do not match an account.")).toBeVisible();
  }
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("Too many failed sign-ins. For your security, wait 15 minutes and try again.")).toBeVisible();
  await expect(page.getByTestId("account-link")).toHaveCount(0);
});

test("the account page asks anonymous readers to sign in, then lists a secretariat owner's roles", async ({ page }) => {
  await page.goto("/account");
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Faccount/);

  await signIn(page, demo.owner);
  await page.goto("/account");
  const roles = page.getByTestId("account-roles");
  await expect(roles.getByRole("heading", { name: "Network secretariat" })).toBeVisible();
  await expect(roles.getByRole("link", { name: /C40/ })).toBeVisible();
  await expect(roles.getByText("Owner", { exact: true })).toBeVisible();
});

test("an admin makes someone a moderator, who is notified, sees the dashboard but not the outbox", async ({ page, otherPage }) => {
  const person = { name: "Tomás Ferreira", email: uniqueEmail("tomas"), password: PASSWORD };
  await signUp(otherPage, person);
  await otherPage.goto("/admin");
  await expect(otherPage.getByRole("heading", { name: "Page not found" })).toBeVisible();

  await signIn(page, demo.admin);
  await page.goto("/admin");
  await expect(page.getByRole("heading", { level: 1, name: "Administration" })).toBeVisible();
  await page.getByRole("link", { name: "People and roles" }).click();
  await page.getByLabel("Email or name").fill(person.email);
  await page.getByRole("button", { name: "Search" }).click();
  const row = page.getByTestId("person-row").filter({ hasText: person.email });
  await row.getByRole("button", { name: `Make moderator: ${person.name}` }).click();
  await expect(row.getByText("Moderator", { exact: true })).toBeVisible();

  await page.goto(`/admin/outbox?q=${encodeURIComponent(person.email)}`);
  await page.getByRole("link", { name: "You are now a moderator on Concord" }).click();
  await expect(page.getByTestId("mail-text")).toContainText("An administrator made you a moderator.");

  await otherPage.goto("/account");
  await expect(otherPage.getByTestId("notification").first()).toContainText("You are now a moderator on Concord");
  await expect(otherPage.getByTestId("notification-bell")).toHaveAccessibleName(/1 unread/);
  await otherPage.getByRole("button", { name: "Mark all as read" }).click();
  await expect(otherPage.getByTestId("notification-bell")).toHaveAccessibleName("Notifications");

  await otherPage.goto("/admin");
  await expect(otherPage.getByTestId("queue-registrations")).toBeVisible();
  await expect(otherPage.getByRole("link", { name: "Audit log" })).toBeVisible();
  await expect(otherPage.getByRole("link", { name: "Outbox" })).toHaveCount(0);
  await otherPage.goto("/admin/outbox");
  await expect(otherPage.getByRole("heading", { name: "Page not found" })).toBeVisible();
  await otherPage.goto("/admin/audit?action=platformRole.grant");
  await expect(otherPage.getByTestId("audit-table").getByRole("row").nth(1)).toContainText("Granted a platform role");
});

test("a city officer cannot open the audit log", async ({ page }) => {
  await signIn(page, demo.city);
  await page.goto("/admin/audit");
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
});

test("the language switcher translates the page into Chinese", async ({ page }) => {
  await page.goto("/");
  const nav = page.getByRole("navigation", { name: "Main" });
  await expect(nav.getByRole("link", { name: "Networks" })).toBeVisible();
  await page.getByTestId("language-switcher").selectOption("zh-CN");
  await page.getByTestId("language-switcher-apply").click();
  await expect(page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "网络" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
});

test("a browser asking for French and holding no cookie reads French", async ({ browser, page }) => {
  const html = await (await page.request.get("/", { headers: { "Accept-Language": "fr" } })).text();
  expect(html).toContain('<html lang="fr"');
  expect(html).toContain("Réseaux");

  // The browser's locale is what Chromium sends as Accept-Language on navigations.
  const context = await browser.newContext({ locale: "fr-FR" });
  const french = await context.newPage();
  await french.goto("/");
  await expect(french.locator("html")).toHaveAttribute("lang", "fr");
  await expect(french.getByRole("navigation", { name: "Navigation principale" }).getByRole("link", { name: "Réseaux" })).toBeVisible();
  await context.close();
});

test("the open data endpoints answer JSON and CSV", async ({ page }) => {
  const first = await page.request.get("/api/v1/networks?limit=5");
  expect(first.status()).toBe(200);
  expect(first.headers()["access-control-allow-origin"]).toBe("*");
  const body = (await first.json()) as { data: { slug: string; url: string }[]; nextCursor: string | null };
  expect(body.data).toHaveLength(5);
  expect(body.nextCursor).toEqual(expect.any(String));
  const second = (await (await page.request.get(`/api/v1/networks?limit=5&cursor=${body.nextCursor}`)).json()) as { data: { slug: string }[] };
  expect(second.data.map((n) => n.slug).some((slug) => body.data.some((n) => n.slug === slug))).toBe(false);
  expect(body.data[0]?.url).toMatch(/^http:\/\/localhost:\d+\/networks\//);

  const csv = await page.request.get("/api/v1/cities?format=csv&limit=3");
  expect(csv.status()).toBe(200);
  expect(csv.headers()["content-type"]).toContain("text/csv");
  expect(csv.headers()["x-next-cursor"]).toEqual(expect.any(String));
  expect(csv.headers()["link"]).toContain('rel="next"');
  const lines = (await csv.text()).trim().split("\r\n");
  expect(lines[0]).toBe("slug,name,nameLocal,country,region,latitude,longitude,population,populationYear,networks,url");
  expect(lines).toHaveLength(4);

  const wuhan = (await (await page.request.get("/api/v1/cities?q=wuhan")).json()) as { data: { slug: string; networks: string[] }[] };
  expect(wuhan.data.map((c) => c.slug)).toContain("wuhan");

  const bad = await page.request.get("/api/v1/networks?limit=0");
  expect(bad.status()).toBe(400);
  expect(((await bad.json()) as { error: { message: string; fieldErrors: Record<string, string[]> } }).error.fieldErrors.limit).toEqual([
    "limit must be a whole number from 1 to 100",
  ]);
});
