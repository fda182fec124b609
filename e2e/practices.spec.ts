import { randomBytes } from "node:crypto";
import type { Page } from "@playwright/test";
import { demo, expect, signIn, test } from "./fixtures";

/** Posts a practice through the API with the page's session (setup for journeys that start from an existing practice). */
async function postPractice(page: Page, title: string): Promise<{ slug: string }> {
  const response = await page.request.post("/api/trpc/practices.create", {
    data: {
      json: {
        title,
        problem: "Summer storms flooded the low-lying districts of the city every year.",
        solution: "Rain gardens, permeable paving and restored wetlands store storm water where it falls.",
        results: "Waterlogging in the pilot districts fell sharply within three rainy seasons.",
        outcomes: [{ indicator: "Waterlogged points", baseline: 162, value: 28, unit: "points", year: 2019 }],
        costRange: "OVER_10M",
        durationMonths: 48,
        replication: "Start with one catchment, map the low points, then scale district by district.",
        themes: ["climate", "resilience"],
        sdgs: [6, 11],
        cities: ["wuhan"],
        licence: "CC_BY_SA_4_0",
        links: [],
        language: "en",
      },
    },
  });
  expect(response.ok(), await response.text()).toBeTruthy();
  return (await response.json()).result.data.json;
}

const suffix = () => randomBytes(3).toString("hex");

test("a city officer shares a practice in Chinese for Wuhan and sees its page with the licence", async ({ page }) => {
  await signIn(page, demo.city);
  await page.goto("/practices");
  await expect(page.getByRole("heading", { level: 1, name: "Practices" })).toBeVisible();
  await page.getByRole("link", { name: "Share a practice" }).first().click();

  await expect(page.getByRole("heading", { level: 1, name: "Share a practice" })).toBeVisible();
  // The officer's own city is already chosen.
  await expect(page.getByTestId("practice-cities")).toContainText("Wuhan (CN)");

  const title = `海绵城市雨水花园 ${suffix()}`;
  await page.getByLabel("Language of the text").selectOption("zh");
  await page.getByLabel("Title", { exact: true }).fill(title);
  await page.getByRole("checkbox", { name: "Resilience" }).check();
  await page.getByRole("checkbox", { name: /Clean water/ }).check();
  await page.getByLabel("The problem", { exact: true }).fill("每年夏季暴雨导致城市低洼地区严重内涝，交通和居民生活受到影响。");
  await page.getByLabel("What was done", { exact: true }).fill("建设**雨水花园**、透水铺装和人工湿地，让雨水就地下渗和储存。");
  await page.getByLabel("Results", { exact: true }).fill("试点区域的内涝点在三个雨季内大幅减少。");

  // An outcome without a value is caught next to its field before anything is sent.
  const outcome = page.getByTestId("outcome-row").first();
  await outcome.getByLabel("Indicator").fill("内涝点数量");
  await outcome.getByLabel("Unit").fill("个");
  await outcome.getByLabel("Year").fill("2019");
  await page.getByLabel("How to replicate it", { exact: true }).fill("先选择一个汇水区试点，绘制低洼点分布图，再逐区推广。");
  await page.getByRole("button", { name: "Share the practice" }).click();
  await expect(outcome.getByText("Enter a number.")).toBeVisible();
  await outcome.getByLabel("Baseline").fill("162");
  await outcome.getByLabel("Value", { exact: true }).fill("28");

  // CC BY 4.0 is the default licence.
  await expect(page.getByRole("radio", { name: /CC BY 4\.0/ })).toBeChecked();
  await page.getByRole("button", { name: "Share the practice" }).click();

  await expect(page).toHaveURL(/\/practices\/wuhan-[0-9a-f]{6}$/);
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  const licence = page.getByTestId("practice-licence");
  await expect(licence).toContainText("CC BY 4.0");
  await expect(licence).toContainText("Reuse and adapt freely, crediting the city.");
  await expect(licence.getByRole("link", { name: "Read the licence" })).toHaveAttribute("href", "https://creativecommons.org/licenses/by/4.0/");
  await expect(page.getByTestId("practice-language")).toHaveText("中文");
  await expect(page.getByTestId("outcomes-table")).toContainText("内涝点数量");
  await expect(page.getByRole("region", { name: "Spillover" }).getByText("No adoption recorded yet.")).toBeVisible();
  // Its officer may edit it.
  await expect(page.getByRole("link", { name: "Edit", exact: true })).toBeVisible();

  await page.goto("/practices?language=zh&city=wuhan");
  await expect(page.getByTestId("practice-card").filter({ hasText: title })).toContainText("28 个 (2019)");

  // Search finds it by a word inside a longer Chinese sentence (低洼, in "…导致城市低洼地区严重内涝…").
  await page.goto(`/search?q=${encodeURIComponent("低洼 暴雨")}&type=practice`);
  const hit = page.getByRole("link", { name: title });
  await expect(hit).toBeVisible();
  await expect(page.locator("mark").filter({ hasText: "低洼" }).first()).toBeVisible();
  await hit.click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
});

test("a signed-in officer records an adoption and sees it on the spillover graph", async ({ page }) => {
  await signIn(page, demo.city);
  const title = `Sponge city rain gardens ${suffix()}`;
  const { slug } = await postPractice(page, title);

  await page.goto(`/practices/${slug}`);
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.getByTestId("practice-licence")).toContainText("CC BY-SA 4.0");

  const form = page.getByTestId("adoption-form");
  await form.getByLabel("Who took it up").selectOption("CITY");
  await form.getByLabel("City", { exact: true }).selectOption("paris");
  await form.getByRole("radio", { name: "Piloting" }).check();
  await form.getByLabel("Date").fill("2024-03-15");
  await form.getByLabel("Learned of it through").selectOption("c40");
  await form.getByLabel("Evidence link").fill("https://www.paris.fr/pages/paris-pluie");
  await form.getByLabel("Note").fill("Two pilot streets in the 13th arrondissement");

  // A date in the future is refused next to the field.
  await form.getByLabel("Date").fill("2999-01-01");
  await form.getByRole("button", { name: "Record adoption" }).click();
  await expect(form.getByText("The date cannot be in the future.")).toBeVisible();
  await form.getByLabel("Date").fill("2024-03-15");
  await form.getByRole("button", { name: "Record adoption" }).click();
  await expect(page.getByText("Recorded: Paris.")).toBeVisible();

  const graph = page.getByTestId("spillover-graph");
  await expect(graph.getByRole("img", { name: "Paris · City · Piloting · March 15, 2024 · learned of it through C40 Cities Climate Leadership Group" })).toBeVisible();
  await expect(graph).toContainText("via C40");
  const row = page.getByTestId("adoption-table").getByRole("row").filter({ hasText: "Paris" });
  await expect(row).toContainText("Mar 15, 2024");
  await expect(row).toContainText("Piloting");
  await expect(row).toContainText("C40");
  await expect(row.getByRole("link", { name: "evidence" })).toHaveAttribute("href", "https://www.paris.fr/pages/paris-pluie");
  await expect(page.getByTestId("spillover-counts").locator('[data-level="CITY"]')).toHaveText("1");

  // Paris's page lists it among the practices Paris took up; Wuhan's among those it shared.
  await page.goto("/cities/paris");
  await expect(page.getByTestId("city-practices-adopted")).toContainText(title);
  await page.goto("/cities/wuhan");
  await expect(page.getByTestId("city-practices-shared")).toContainText(title);

  // The recorder can take it back.
  await page.goto(`/practices/${slug}`);
  page.once("dialog", (dialog) => dialog.accept());
  await page.getByRole("button", { name: "Remove the adoption by Paris" }).click();
  await expect(page.getByText("No adoption recorded yet.")).toBeVisible();
});

test("a person of another network cannot edit a city's practice", async ({ page, otherPage }) => {
  await signIn(page, demo.city);
  const title = `Lake restoration ${suffix()}`;
  const { slug } = await postPractice(page, title);

  await signIn(otherPage, demo.editor);
  await otherPage.goto(`/practices/${slug}`);
  await expect(otherPage.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(otherPage.getByRole("link", { name: "Edit", exact: true })).toHaveCount(0);
  // ICLEI staff may still record adoptions.
  await expect(otherPage.getByTestId("adoption-form")).toBeVisible();

  await otherPage.goto(`/practices/${slug}/edit`);
  await expect(otherPage.getByText("You cannot edit this practice")).toBeVisible();
  await expect(otherPage.getByRole("button", { name: "Save changes" })).toHaveCount(0);

  // Its own officer can; a save from a page opened before someone else's save is refused.
  await page.goto(`/practices/${slug}/edit`);
  const stale = await page.context().newPage();
  await stale.goto(`/practices/${slug}/edit`);
  await page.getByLabel("Title", { exact: true }).fill(`${title} (revised)`);
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page).toHaveURL(new RegExp(`/practices/${slug}\\?saved=1`));
  await expect(page.getByRole("heading", { level: 1, name: `${title} (revised)` })).toBeVisible();
  await expect(page.getByText("Your changes are saved.")).toBeVisible();

  await stale.getByLabel("Title", { exact: true }).fill(`${title} (stale)`);
  await stale.getByRole("button", { name: "Save changes" }).click();
  await expect(stale.getByText("Someone saved a change since you opened this page.")).toBeVisible();
  await stale.close();
});
