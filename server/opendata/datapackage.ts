import { strToU8, zipSync } from "fflate";
import type { z } from "zod";
import type { Db } from "@/server/db/client";
import { challengeCsv, challengeQuery, openChallenges } from "./challenges";
import { toCsv, type CsvCell } from "./csv";
import { cityCsv, networkCsv, openCities, openNetworks, type Page } from "./data";
import { eventCsv, openEvents, openStatements, statementCsv } from "./events";
import { exchangeCsv, openExchangeRequests } from "./exchange";
import { forumThreadCsv, openForumThreads, threadsQuery } from "./forum";
import { frameworkCsv, openFrameworks } from "./frameworks";
import { adoptionCsv, initiativeCsv, INITIATIVE_LICENCE, openAdoptions, openInitiatives, openPractices, practiceCsv } from "./knowledge";
import { adoptionQuery, MAX_LIMIT, openDataQuery } from "./query";

/** One CSV of the package: the same loader and columns as its /api/v1 endpoint. */
type Resource = {
  name: string;
  title: string;
  endpoint: string;
  query: z.ZodType;
  // The loaders take their own parsed query; the query schema above parses it.
  load: (db: Db, query: never, baseUrl: string) => Promise<Page<unknown>>;
  csv: { header: readonly string[]; row: (item: never) => CsvCell[] };
};

const resources: Resource[] = [
  { name: "networks", title: "City networks", endpoint: "/api/v1/networks", query: openDataQuery, load: openNetworks, csv: networkCsv },
  { name: "cities", title: "Cities", endpoint: "/api/v1/cities", query: openDataQuery, load: openCities, csv: cityCsv },
  { name: "initiatives", title: "Published initiatives", endpoint: "/api/v1/initiatives", query: openDataQuery, load: openInitiatives, csv: initiativeCsv },
  { name: "practices", title: "Published good practices", endpoint: "/api/v1/practices", query: openDataQuery, load: openPractices, csv: practiceCsv },
  { name: "adoptions", title: "Adoptions of practices", endpoint: "/api/v1/adoptions", query: adoptionQuery, load: openAdoptions, csv: adoptionCsv },
  { name: "challenges", title: "Cities' challenges", endpoint: "/api/v1/challenges", query: challengeQuery, load: openChallenges, csv: challengeCsv },
  { name: "events", title: "Events", endpoint: "/api/v1/events", query: openDataQuery, load: openEvents, csv: eventCsv },
  { name: "statements", title: "Joint statements", endpoint: "/api/v1/statements", query: openDataQuery, load: openStatements, csv: statementCsv },
  { name: "exchange", title: "Peer-exchange requests", endpoint: "/api/v1/exchange", query: openDataQuery, load: openExchangeRequests, csv: exchangeCsv },
  { name: "frameworks", title: "Shared frameworks", endpoint: "/api/v1/frameworks", query: openDataQuery, load: openFrameworks, csv: frameworkCsv },
  { name: "forum-threads", title: "Public forum threads", endpoint: "/api/v1/forum/threads", query: threadsQuery, load: openForumThreads, csv: forumThreadCsv },
];

type FieldType = "string" | "integer" | "number" | "boolean";

/** A column's Frictionless type from the typed cells written to it (lists are written as `a;b` text). */
export function fieldType(cells: CsvCell[]): FieldType {
  const present = cells.filter((c) => c !== null && c !== undefined);
  if (present.length === 0) return "string";
  if (present.every((c) => typeof c === "boolean")) return "boolean";
  if (present.every((c) => typeof c === "number")) return present.every((c) => Number.isInteger(c)) ? "integer" : "number";
  return "string";
}

/** Every row of a resource, page after page, through the endpoint's own loader. */
async function allRows(db: Db, resource: Resource, baseUrl: string): Promise<CsvCell[][]> {
  const rows: CsvCell[][] = [];
  let cursor: string | null = null;
  do {
    const query = resource.query.parse({ limit: String(MAX_LIMIT), ...(cursor ? { cursor } : {}) }) as never;
    const page = await resource.load(db, query, baseUrl);
    rows.push(...page.data.map((item) => resource.csv.row(item as never)));
    cursor = page.nextCursor;
  } while (cursor);
  return rows;
}

/** The Frictionless Data Package of all public data: one CSV per resource and datapackage.json, zipped. */
export async function dataPackageZip(db: Db, baseUrl: string, now = new Date()): Promise<Uint8Array> {
  const files: Record<string, Uint8Array> = {};
  const described = [];
  for (const resource of resources) {
    // One resource at a time: the package is built rarely and the database connection is shared.
    const rows = await allRows(db, resource, baseUrl);
    const path = `data/${resource.name}.csv`;
    files[path] = strToU8(toCsv(resource.csv.header, rows));
    described.push({
      name: resource.name,
      title: resource.title,
      path,
      format: "csv",
      mediatype: "text/csv",
      encoding: "utf-8",
      sources: [{ title: `Concord open data API ${resource.endpoint}`, path: `${baseUrl}${resource.endpoint}` }],
      schema: { fields: resource.csv.header.map((name, i) => ({ name, type: fieldType(rows.map((row) => row[i])) })) },
    });
  }
  const descriptor = {
    name: "concord-open-data",
    title: "Concord open data",
    description: "All public data of Concord: city networks, cities, initiatives, practices, adoptions, challenges, events, statements, exchanges, frameworks and forum threads. Lists in a cell are separated by semicolons.",
    homepage: `${baseUrl}/api/docs`,
    created: now.toISOString(),
    licenses: [{ name: INITIATIVE_LICENCE, path: "https://creativecommons.org/licenses/by/4.0/", title: "Creative Commons Attribution 4.0" }],
    sources: [{ title: "Concord", path: baseUrl }],
    resources: described,
  };
  files["datapackage.json"] = strToU8(JSON.stringify(descriptor, null, 2));
  return zipSync(files, { level: 6, mtime: now });
}
