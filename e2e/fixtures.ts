import { randomBytes } from "node:crypto";
import { test as base, expect, type BrowserContext, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "concord-demo-2026";
export const demo = {
  admin: "admin@concord.test",
  moderator: "moderator@concord.test",
  owner: "owner@concord.test",
  editor: "editor@concord.test",
  city: "city@concord.test",
  partner: "partner@concord.test",
} as const;

export const uniqueEmail = (prefix = "person") => `${prefix}-${randomBytes(4).toString("hex")}@example.org`;
export const uniqueName = (prefix: string) => `${prefix} ${randomBytes(3).toString("hex")}`;

/** Signs in through the real form; pages then carry the next-auth session cookie. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto("/signin");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("account-link")).toBeVisible();
}

export async function signUp(page: Page, person: { name: string; email: string; password: string }) {
  await page.goto("/signup");
  await page.getByLabel("Full name").fill(person.name);
  await page.getByLabel("Email").fill(person.email);
  await page.getByLabel("Password").fill(person.password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByTestId("account-link")).toHaveText(person.name);
}

const watched = new WeakSet<BrowserContext>();
/** Records every Content-Security-Policy violation in the context's pages: the DOM event and Chromium's console report. */
async function watchCsp(context: BrowserContext, found: string[]) {
  if (watched.has(context)) return;
  watched.add(context);
  await context.exposeBinding("__concordCspViolation", ({ page }, text: string) => void found.push(`${page.url()}: ${text}`));
  await context.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      const report = (window as unknown as { __concordCspViolation: (text: string) => void }).__concordCspViolation;
      void report(`${e.violatedDirective} blocked ${e.blockedURI || "inline"} (${e.sourceFile}:${e.lineNumber}) ${e.sample}`);
    });
  });
  context.on("console", (message) => {
    if (message.type() === "error" && /Content Security Policy/i.test(message.text())) found.push(`${message.page()?.url()}: ${message.text()}`);
  });
}

export const test = base.extend<{ cspGuard: (context: BrowserContext) => Promise<void>; otherPage: Page }>({
  // Every journey fails if any page it opened broke the Content-Security-Policy (a blocked script,
  // style or request), in the test's own context and in any the test opens with `browser`.
  // Playwright calls the second argument `use`; named `provide` here so React's hook lint leaves it alone.
  cspGuard: [
    async ({ context, browser }, provide) => {
      const found: string[] = [];
      const watch = (c: BrowserContext) => watchCsp(c, found);
      await watch(context);
      const newContext = browser.newContext;
      // browser.newPage() opens its context through newContext too.
      browser.newContext = async (...args) => {
        const opened = await newContext.apply(browser, args);
        await watch(opened);
        return opened;
      };
      try {
        await provide(watch);
      } finally {
        browser.newContext = newContext;
      }
      expect(found, "Content-Security-Policy violations").toEqual([]);
    },
    { auto: true },
  ],
  /** A second, independent browser session (another person) in the same test. */
  otherPage: async ({ browser, cspGuard }, provide) => {
    const context = await browser.newContext();
    await cspGuard(context);
    const page = await context.newPage();
    await provide(page);
    await context.close();
  },
});

export { expect };

/** The navigation's sections and, for those with records, the pattern of their first detail page's address. */
export const navPages = [
  { path: "/networks", detail: /^\/networks\/(?!new$)[^/?#]+$/ },
  { path: "/cities", detail: /^\/cities\/[^/?#]+$/ },
  { path: "/initiatives", detail: /^\/initiatives\/(?!new$)[^/?#]+$/ },
  { path: "/practices", detail: /^\/practices\/(?!new$)[^/?#]+$/ },
  { path: "/forum", detail: /^\/forum\/threads\/[^/?#]+$/ },
  { path: "/frameworks", detail: /^\/frameworks\/(?!new$)[^/?#]+$/ },
  { path: "/exchange", detail: null },
  { path: "/events", detail: /^\/events\/(?!new$)[^/?#]+$/, optional: true },
  { path: "/challenges", detail: /^\/challenges\/(?!new$)[^/?#]+$/ },
  { path: "/insights", detail: null },
  { path: "/search", detail: null },
] as const;

/** Every nav page and its first detail page (found from the list page's links), visited in turn. */
export async function everyNavPage(page: Page, visit: (path: string) => Promise<void>) {
  for (const section of navPages) {
    await page.goto(section.path);
    await visit(section.path);
    if (!section.detail) continue;
    const hrefs = await page.locator("main a[href]").evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
    const first = hrefs.find((href) => section.detail.test(href));
    // Events lists only upcoming ones, and the seed may have none.
    if (!first && "optional" in section) continue;
    expect(first, `a detail link on ${section.path}`).toBeTruthy();
    await page.goto(first!);
    await visit(first!);
  }
}

/** Runs axe-core (WCAG 2.x A/AA rules) on the page and fails on any serious or critical violation, listing them. */
export async function expectNoSeriousA11yViolations(page: Page) {
  const { default: AxeBuilder } = await import("@axe-core/playwright");
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  const summary = serious.map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`);
  const counts = results.violations.reduce<Record<string, number>>((acc, v) => ({ ...acc, [v.impact ?? "unknown"]: (acc[v.impact ?? "unknown"] ?? 0) + 1 }), {});
  console.log(`axe ${new URL(page.url()).pathname}: ${JSON.stringify(counts)} ${results.violations.map((v) => v.id).join(" ")}`);
  // Soft, so one run lists every page's problems rather than stopping at the first.
  expect.soft(summary, `axe on ${page.url()}`).toEqual([]);
  return results.violations;
}
