import { demo, expect, signIn, test } from "./fixtures";

test("the API reference lists the endpoints and links the OpenAPI document and the data package", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("contentinfo").getByRole("link", { name: "Open data API" }).click();
  await expect(page).toHaveURL(/\/api\/docs$/);
  await expect(page.getByRole("heading", { level: 1, name: "Open data API" })).toBeVisible();
  await expect(page.getByRole("heading", { name: /\/api\/v1\/networks( CSV)?$/ })).toBeVisible();
  await expect(page.getByRole("heading", { name: /\/api\/v1\/datapackage\.zip( CSV)?$/ })).toBeVisible();
  await expect(page.getByRole("link", { name: "Machine-readable description (OpenAPI 3.1)" })).toHaveAttribute("href", "/api/v1/openapi.json");
  await page.screenshot({ path: "screenshots/api-docs.png" });

  const zip = await page.request.get("/api/v1/datapackage.zip");
  expect(zip.status()).toBe(200);
  expect(zip.headers()["content-type"]).toBe("application/zip");
  expect((await zip.body()).subarray(0, 2).toString()).toBe("PK");
});

test("a network owner downloads its export from the dashboard; others may not", async ({ page, browser }) => {
  expect((await page.request.get("/api/networks/c40/export")).status()).toBe(401);
  await signIn(page, demo.owner);
  await page.goto("/networks/c40/dashboard");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("dashboard");
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download the export (JSON)" }).click();
  expect((await download).suggestedFilename()).toBe("c40-export.json");
  await page.screenshot({ path: "screenshots/network-dashboard.png" });
  // Each initiative leads to the similarity module's live suggestions on its own page.
  await page.getByRole("link", { name: "Suggestions from other networks" }).first().click();
  await expect(page).toHaveURL(/\/initiatives\/[^/]+#similar$/);
  await expect(page.locator("#similar")).toBeVisible();

  const editor = await browser.newPage();
  await signIn(editor, demo.editor);
  expect((await editor.request.get("/api/networks/c40/export")).status()).toBe(403);
  await editor.close();
});
