import { spawn, type ChildProcess } from "node:child_process";
import { rmSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { Browser, Page } from "@playwright/test";
import { expect, test, uniqueEmail, uniqueName } from "./fixtures";

// OpenID Connect sign-in against a real provider (the `oidc-provider` package, with its built-in
// login and consent screens) on a local port, and a second Concord server started with OIDC_*
// pointing at it. The main e2e server runs without OIDC, so its sign-in page has no such button.

type Person = { email?: string; email_verified?: boolean; name?: string };
const people = new Map<string, Person>();
const CLIENT = { id: "concord-e2e", secret: "concord-e2e-client-secret", name: "Concord Test ID" };

let provider: Server;
let app: ChildProcess | undefined;
let appURL = "";
const appLog: string[] = [];

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.setTimeout(420_000);
  const appPort = await freePort();
  appURL = `http://localhost:${appPort}`;

  // The provider needs its own address before it exists: listen first, hand requests over once built.
  let handle: (req: IncomingMessage, res: ServerResponse) => void = (_req, res) => res.writeHead(503).end();
  provider = createServer((req, res) => handle(req, res));
  await new Promise<void>((resolve) => provider.listen(0, "127.0.0.1", resolve));
  const issuer = `http://localhost:${(provider.address() as AddressInfo).port}`;
  const { default: Provider } = await import("oidc-provider");
  const oidc = new Provider(issuer, {
    clients: [{ client_id: CLIENT.id, client_secret: CLIENT.secret, redirect_uris: [`${appURL}/api/auth/callback/oidc`], grant_types: ["authorization_code"], response_types: ["code"] }],
    claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
    cookies: { keys: ["concord-e2e-oidc-cookie-key"] },
    // The package's own login form: any login name signs in as that subject.
    features: { devInteractions: { enabled: true } },
    async findAccount(_ctx, sub) {
      return { accountId: sub, claims: async () => ({ sub, ...people.get(sub) }) };
    },
  });
  handle = oidc.callback();

  const dataDir = `${process.env.E2E_DATA_DIR ?? ".data-e2e"}-oidc`;
  rmSync(dataDir, { recursive: true, force: true });
  app = spawn(process.execPath, ["node_modules/tsx/dist/cli.mjs", "scripts/start.ts"], {
    env: {
      ...process.env,
      PORT: String(appPort),
      CONCORD_DATA_DIR: dataDir,
      CONCORD_DEMO: "0",
      // The main e2e server built .next before any spec ran; a second build would race it.
      CONCORD_SKIP_BUILD: "1",
      NEXTAUTH_URL: appURL,
      NEXTAUTH_SECRET: "e2e-oidc-only-secret",
      DATABASE_URL: "",
      SMTP_URL: "",
      OIDC_ISSUER: issuer,
      OIDC_CLIENT_ID: CLIENT.id,
      OIDC_CLIENT_SECRET: CLIENT.secret,
      OIDC_NAME: CLIENT.name,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  for (const stream of [app.stdout, app.stderr]) stream?.on("data", (chunk: Buffer) => appLog.push(chunk.toString()));
  const started = Date.now();
  for (;;) {
    if (app.exitCode !== null) throw new Error(`The OIDC app server exited (${app.exitCode}):\n${appLog.join("").slice(-4000)}`);
    const ok = await fetch(`${appURL}/api/health`).then((r) => r.ok, () => false);
    if (ok) break;
    if (Date.now() - started > 400_000) throw new Error(`The OIDC app server did not start:\n${appLog.join("").slice(-4000)}`);
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
});

test.afterAll(async () => {
  if (app && app.exitCode === null) {
    const exited = new Promise((resolve) => app?.once("exit", resolve));
    app.kill("SIGTERM");
    const stubborn = setTimeout(() => app?.kill("SIGKILL"), 10_000);
    await exited;
    clearTimeout(stubborn);
  }
  // Browsers keep connections open; close them so the server can stop.
  provider?.closeAllConnections();
  await new Promise((resolve) => provider?.close(resolve));
});

/** Through "Sign in with Concord Test ID", the provider's login (and, when it asks, consent) screen, back to Concord. */
async function signInThroughProvider(page: Page, login: string) {
  await page.goto(`${appURL}/signin`);
  // A click before React has hydrated the page would be lost on a busy machine.
  await page.waitForLoadState("networkidle");
  await page.getByRole("button", { name: `Sign in with ${CLIENT.name}` }).click();
  await expect(page).toHaveURL(/\/interaction\//);
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill("any");
  const loginPage = page.url();
  await page.getByRole("button", { name: "Sign-in" }).click();
  // Next comes the consent screen (another interaction) or, when consent is remembered, Concord.
  await page.waitForURL((url) => url.href !== loginPage);
  if (page.url().includes("/interaction/")) await page.getByRole("button", { name: "Continue" }).click();
}

async function newPage(browser: Browser) {
  const context = await browser.newContext();
  // The provider's page styles ask for a web font; nothing outside this machine is reached.
  await context.route((url) => url.hostname !== "localhost" && url.hostname !== "127.0.0.1", (route) => route.abort());
  return context.newPage();
}

test("the sign-in page offers no provider when OIDC is not configured", async ({ page }) => {
  await page.goto("/signin");
  await expect(page.getByLabel("Password")).toBeVisible();
  await expect(page.getByRole("button", { name: /Sign in with/ })).toHaveCount(0);
});

test("a first OIDC sign-in with a verified address creates the account, and the next one opens it again", async ({ browser }) => {
  const name = uniqueName("Ana Lima");
  const email = uniqueEmail("oidc-new");
  const login = `ana-${Date.now()}`;
  people.set(login, { email, email_verified: true, name });

  const page = await newPage(browser);
  await page.goto(`${appURL}/signin`);
  await expect(page.getByRole("button", { name: `Sign in with ${CLIENT.name}` })).toBeVisible();
  await page.screenshot({ path: "/tmp/product-signin-oidc.png" });
  await signInThroughProvider(page, login);
  await expect(page.getByTestId("account-link")).toHaveText(name);
  await page.goto(`${appURL}/account`);
  await expect(page.getByText(email).first()).toBeVisible();
  // No password yet: the account page says how to set one.
  await expect(page.getByTestId("no-password")).toBeVisible();

  // A second browser, same subject: no new account, the same name.
  const again = await newPage(browser);
  await signInThroughProvider(again, login);
  await expect(again.getByTestId("account-link")).toHaveText(name);
});

test("an existing account is linked when the provider vouches for its address, and refused when it does not", async ({ browser }) => {
  const owner = { name: uniqueName("Ben Ortiz"), email: uniqueEmail("oidc-link"), password: "a long passphrase for ben 42" };
  const signup = await newPage(browser);
  await signup.goto(`${appURL}/signup`);
  await signup.waitForLoadState("networkidle");
  await signup.getByLabel("Full name").fill(owner.name);
  await signup.getByLabel("Email").fill(owner.email);
  await signup.getByLabel("Password").fill(owner.password);
  await signup.getByRole("button", { name: "Create account" }).click();
  await expect(signup.getByTestId("account-link")).toHaveText(owner.name);

  // Someone whose provider has not confirmed the address cannot take the account over.
  const intruder = `mallory-${Date.now()}`;
  people.set(intruder, { email: owner.email, email_verified: false, name: "Mallory" });
  const refused = await newPage(browser);
  await signInThroughProvider(refused, intruder);
  await expect(refused).toHaveURL(/\/signin\?error=OidcEmailUnverified/);
  await expect(refused.getByRole("alert").filter({ hasText: "has not confirmed your email address" })).toBeVisible();
  await expect(refused.getByTestId("account-link")).toHaveCount(0);

  // The owner, verified at the provider, lands in their own account (their name, not the provider's).
  const ben = `ben-${Date.now()}`;
  people.set(ben, { email: owner.email, email_verified: true, name: "Benjamin at the provider" });
  const linked = await newPage(browser);
  await signInThroughProvider(linked, ben);
  await expect(linked.getByTestId("account-link")).toHaveText(owner.name);
  await linked.goto(`${appURL}/account`);
  await expect(linked.getByText(owner.email).first()).toBeVisible();
  await expect(linked.getByTestId("no-password")).toHaveCount(0);

  // The password still signs in too.
  const byPassword = await newPage(browser);
  await byPassword.goto(`${appURL}/signin`);
  await byPassword.waitForLoadState("networkidle");
  await byPassword.getByLabel("Email").fill(owner.email);
  await byPassword.getByLabel("Password").fill(owner.password);
  await byPassword.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(byPassword.getByTestId("account-link")).toHaveText(owner.name);
});
