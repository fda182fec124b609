import { expect, signIn, test } from "./fixtures";

const FIGURES = ["coverage", "heatmap", "demand", "duplication", "overlap", "spillover", "timeline", "founded", "regions", "histogram", "map"];

test("a moderator's duplicate mark between two networks' initiatives shows in the duplication map", async ({ page }) => {
  await signIn(page, "moderator@concord.test");
  await page.goto("/initiatives/c40-clean-bus-declaration");
  const similar = page.locator("#similar li").first();
  await expect(similar).toBeVisible();
  const other = (await similar.getByRole("link").first().textContent())!.trim();
  await similar.getByRole("button", { name: "Duplicate" }).click();
  await expect(similar.getByRole("button", { name: "Duplicate" })).toHaveAttribute("aria-pressed", "true");

  await page.goto("/insights");
  const figure = page.getByTestId("figure-duplication");
  await expect(figure.locator("svg[role=img]")).toBeVisible();
  await figure.getByText("Show the data as a table").click();
  const row = page.getByTestId("table-duplication").locator("tbody tr").first();
  await expect(row).toContainText("Clean Bus");
  await expect(row).toContainText(other);
});

test("the insights page renders every chart with its table; a filter changes them; the CSV matches the table", async ({ page, request }) => {
  test.setTimeout(120_000);
  await page.goto("/insights");
  await expect(page.getByRole("heading", { name: "Insights", level: 1 })).toBeVisible();
  for (const id of FIGURES) {
    const figure = page.getByTestId(`figure-${id}`);
    await expect(figure.locator("svg[role=img]").or(figure.getByText("No data matches these filters."))).toBeVisible();
  }
  await page.screenshot({ path: "screenshots/insights.png", fullPage: true });
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.screenshot({ path: "/tmp/insights-desktop.png", fullPage: true });

  // The heatmap's table has a row per network row of the chart, and a column per theme.
  const heatmap = page.getByTestId("figure-heatmap");
  await heatmap.getByText("Show the data as a table").click();
  const themes = await page.getByTestId("table-coverage").locator("tbody tr").count();
  await expect(page.getByTestId("table-heatmap").locator("thead th")).toHaveCount(themes + 1);
  // Its CSV is that table: a line per row.
  const heatCsv = (await (await request.get((await page.getByTestId("csv-heatmap").getAttribute("href"))!)).text()).trim().split(/\r?\n/);
  await expect(page.getByTestId("table-heatmap").locator("tbody tr")).toHaveCount(heatCsv.length - 1);

  // The duplication CSV lists one row per initiative of the clusters in its table.
  const dupHref = await page.getByTestId("csv-duplication").getAttribute("href");
  const dupCsv = (await (await request.get(dupHref!)).text()).trim().split(/\r?\n/);
  expect(dupCsv[0]).toBe("cluster,initiative,title,networks,cluster_networks,duplicate_marks,related_marks,proposals");
  const clusters = new Set(dupCsv.slice(1).map((line) => line.split(",")[0]));
  await page.getByTestId("figure-duplication").getByText("Show the data as a table").click();
  await expect(page.getByTestId("table-duplication").locator("tbody tr")).toHaveCount(clusters.size);

  // The coverage CSV has the same rows as the table behind the chart.
  const table = page.getByTestId("table-coverage");
  await page.getByTestId("figure-coverage").getByText("Show the data as a table").click();
  const tableRows = await table.locator("tbody tr").count();
  const href = await page.getByTestId("csv-coverage").getAttribute("href");
  const csv = await (await request.get(href!)).text();
  const lines = csv.trim().split(/\r?\n/);
  expect(lines[0]).toBe("theme,name,networks,share,published_share,initiatives,challenges,supports,orphaned");
  expect(lines.length - 1).toBe(tableRows);
  const firstCells = await table.locator("tbody tr").first().locator("td").allTextContents();
  expect(lines[1]!.split(",")[2]).toBe(firstCells[1]);

  // A theme filter narrows coverage to that theme.
  await page.locator("#insights-theme").selectOption("climate");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/theme=climate/);
  await page.getByTestId("figure-coverage").getByText("Show the data as a table").click();
  await expect(page.getByTestId("table-coverage").locator("tbody tr")).toHaveCount(1);
  await expect(page.getByTestId("csv-coverage")).toHaveAttribute("href", /theme=climate/);

  // Every chart offers SVG and PNG; the filtered coverage SVG is a standalone file with its title.
  for (const id of FIGURES) {
    await expect(page.getByTestId(`svg-${id}`)).toHaveAttribute("href", new RegExp(`^/insights/charts/${id}\\?.*format=svg`));
    await expect(page.getByTestId(`png-${id}`)).toHaveAttribute("href", new RegExp(`^/insights/charts/${id}\\?.*format=png`));
    await expect(page.getByTestId(`csv-${id}`)).toHaveAttribute("href", /format=csv/);
  }
  const svgHref = await page.getByTestId("svg-coverage").getAttribute("href");
  expect(svgHref).toContain("theme=climate");
  const svg = await page.request.get(svgHref!);
  expect(svg.status()).toBe(200);
  expect(svg.headers()["content-type"]).toContain("image/svg+xml");
  expect(svg.headers()["content-disposition"]).toBe('attachment; filename="concord-coverage.svg"');
  const svgText = await svg.text();
  expect(svgText.startsWith("<svg")).toBe(true);
  expect(svgText).toContain("<title>Share of networks working on each theme</title>");
  const png = await page.request.get((await page.getByTestId("png-map").getAttribute("href"))!);
  expect(png.headers()["content-type"]).toBe("image/png");
  expect([...(await png.body()).subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
});
