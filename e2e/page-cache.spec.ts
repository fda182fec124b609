import { randomBytes } from "node:crypto";
import type { Page } from "@playwright/test";
import { appInstancesOnServer } from "./instances";
import { test, expect, signIn, demo } from "./fixtures";

// The anonymous page cache (server/cache): a reader without a session gets a stored page, and a
// write shows on the very next anonymous read — on the instance that wrote and on another one.

const port = Number(process.env.E2E_PORT ?? 3100);

/** An anonymous GET (no cookies): the page's text and whether the cache answered. */
async function anonymous(url: string) {
  const res = await fetch(url, { headers: { "accept-language": "en" } });
  return { status: res.status, cache: res.headers.get("x-concord-cache"), body: await res.text() };
}

/**
 * A seeded thread that no other journey locks (the moderation journey pins and locks its own
 * thread, which then heads the forum's list).
 */
async function seededThread(page: Page) {
  const path = "/forum/threads/seed-thread-bus-electrification-chargers-grid";
  await page.goto(path);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  return path;
}

/** Posts a reply as the signed-in person on `page` and waits for it to show. */
async function reply(page: Page, path: string, text: string) {
  await page.goto(path);
  await page.getByRole("textbox", { name: "Your reply" }).fill(text);
  await page.getByRole("button", { name: "Post reply" }).click();
  // The composer empties and jumps to the new post once the server has committed it.
  await expect(page).toHaveURL(/[?&]post=/);
  await expect(page.getByRole("textbox", { name: "Your reply" })).toHaveValue("");
  await expect(page.getByText(text)).toBeVisible();
}

test("an anonymous page is served from the cache until a write changes it", async ({ page, baseURL }) => {
  const path = await seededThread(page);
  const url = `${baseURL}${path}`;
  await anonymous(url);
  const cached = await anonymous(url);
  expect(cached.status).toBe(200);
  expect(cached.cache).toBe("hit");

  await signIn(page, demo.editor);
  // Signed-in readers always get a fresh render, never the stored anonymous page.
  const own = await page.goto(path);
  expect(own?.headers()["x-concord-cache"]).toBeUndefined();
  const text = `Cached pages must show this at once (${randomBytes(3).toString("hex")}).`;
  await reply(page, path, text);

  const after = await anonymous(url);
  expect(after.cache).toBe("miss");
  expect(after.body).toContain(text);
  expect((await anonymous(url)).cache).toBe("hit");
});

test.describe("two app instances", () => {
  // Skipped only without a server: the embedded PGlite database belongs to one process. CI sets TEST_DATABASE_URL.
  test.skip(!process.env.TEST_DATABASE_URL, "Needs a PostgreSQL server: set TEST_DATABASE_URL (e.g. postgres://postgres@127.0.0.1:5432/postgres) to run two instances on one database.");
  test.setTimeout(240_000);

  const instances = appInstancesOnServer([port + 103, port + 104]);
  const { ports } = instances;

  test.beforeAll(async () => {
    // Migrating, seeding and starting two servers takes minutes on a busy machine.
    test.setTimeout(240_000);
    await instances.start();
  });

  test.afterAll(async () => instances.stop());

  test("a reply posted through instance 1 shows on the next anonymous read of instance 2", async ({ browser }) => {
    const context = await browser.newContext({ baseURL: `http://localhost:${ports[0]}` });
    const writer = await context.newPage();
    const path = await seededThread(writer);
    const onSecond = `http://localhost:${ports[1]}${path}`;
    await anonymous(onSecond);
    expect((await anonymous(onSecond)).cache).toBe("hit");

    await signIn(writer, demo.editor);
    const text = `Both instances must show this at once (${randomBytes(3).toString("hex")}).`;
    await reply(writer, path, text);

    const after = await anonymous(onSecond);
    expect(after.cache).toBe("miss");
    expect(after.body).toContain(text);
    await context.close();
  });
});
