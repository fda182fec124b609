import { z } from "zod";
import { challengeQuery } from "./challenges";
import { postsQuery, threadsQuery } from "./forum";
import { adoptionQuery, openDataQuery, searchQuery, similarQuery } from "./query";
import {
  adoptionSchema,
  challengeSchema,
  citySchema,
  errorSchema,
  eventSchema,
  exchangeRequestSchema,
  forumPostSchema,
  forumThreadSchema,
  frameworkSchema,
  frameworkSummarySchema,
  initiativeSchema,
  networkSchema,
  pageOf,
  practiceSchema,
  searchPageSchema,
  similarInitiativeSchema,
  statementSchema,
} from "./schemas";
import { coverageQuery, coverageResponse, duplicationQuery, duplicationResponse, ecosystemQuery, ecosystemResponse, overlapQuery, overlapResponse, spilloverQuery, spilloverResponse } from "@/server/insights/schemas";

/** One GET endpoint of /api/v1. Adding an endpoint to the document is one entry in `endpoints`. */
export type Endpoint = {
  /** OpenAPI path template, e.g. `/api/v1/initiatives/{slug}/similar`. */
  path: string;
  summary: string;
  tag: string;
  query?: z.ZodType;
  pathParams?: Record<string, string>;
  /** The 200 JSON body; absent when the endpoint answers a file (`binary`). */
  response?: z.ZodType;
  /** A file answer instead of JSON: its media type and what it holds. */
  binary?: { mediaType: string; description: string };
  /** True when ?format=csv answers the same rows as text/csv. */
  csv?: boolean;
  /** Answers 404 when the path names nothing. */
  notFound?: boolean;
};

const insight = (response: z.ZodType) => z.object({ data: response, nextCursor: z.null() });

const slugParam = { slug: "The record's slug" };

export const endpoints: Endpoint[] = [
  { path: "/api/v1/networks", tag: "Registry", summary: "City networks in the registry", query: openDataQuery, response: pageOf(networkSchema), csv: true },
  { path: "/api/v1/cities", tag: "Registry", summary: "Cities and the networks they belong to", query: openDataQuery, response: pageOf(citySchema), csv: true },
  { path: "/api/v1/initiatives", tag: "Knowledge", summary: "Published initiatives", query: openDataQuery, response: pageOf(initiativeSchema), csv: true },
  {
    path: "/api/v1/initiatives/{slug}/similar",
    tag: "Knowledge",
    summary: "Initiatives of other networks similar to this one, with the reasons",
    query: similarQuery,
    pathParams: slugParam,
    response: pageOf(similarInitiativeSchema),
    csv: true,
    notFound: true,
  },
  { path: "/api/v1/practices", tag: "Knowledge", summary: "Published good practices", query: openDataQuery, response: pageOf(practiceSchema), csv: true },
  { path: "/api/v1/adoptions", tag: "Knowledge", summary: "Adoptions of practices, newest first", query: adoptionQuery, response: pageOf(adoptionSchema), csv: true },
  { path: "/api/v1/challenges", tag: "Challenges", summary: "Cities' challenges and the support they received", query: challengeQuery, response: pageOf(challengeSchema), csv: true },
  { path: "/api/v1/events", tag: "Events", summary: "Events hosted by networks", query: openDataQuery, response: pageOf(eventSchema), csv: true },
  { path: "/api/v1/statements", tag: "Events", summary: "Joint statements and their signatories", query: openDataQuery, response: pageOf(statementSchema), csv: true },
  { path: "/api/v1/exchange", tag: "Exchange", summary: "Peer-exchange requests, sessions and learnings", query: openDataQuery, response: pageOf(exchangeRequestSchema), csv: true },
  { path: "/api/v1/frameworks", tag: "Frameworks", summary: "Shared frameworks with their coverage", query: openDataQuery, response: pageOf(frameworkSummarySchema), csv: true },
  {
    path: "/api/v1/frameworks/{slug}",
    tag: "Frameworks",
    summary: "One framework with its pillars, endorsements and changelog",
    query: z.object({ format: z.enum(["json"]).default("json") }),
    pathParams: slugParam,
    response: z.object({ data: frameworkSchema }),
    notFound: true,
  },
  { path: "/api/v1/forum/threads", tag: "Forum", summary: "Public forum threads, most recently active first", query: threadsQuery, response: pageOf(forumThreadSchema), csv: true },
  {
    path: "/api/v1/forum/threads/{id}/posts",
    tag: "Forum",
    summary: "The posts of one public thread, in order",
    query: postsQuery,
    pathParams: { id: "The thread's id" },
    response: pageOf(forumPostSchema),
    csv: true,
    notFound: true,
  },
  {
    path: "/api/v1/openapi.json",
    tag: "Meta",
    summary: "This document: OpenAPI 3.1 of /api/v1",
    response: z.object({ openapi: z.literal("3.1.0"), info: z.object({ title: z.string(), version: z.string() }).loose(), paths: z.record(z.string(), z.unknown()) }).loose(),
  },
  { path: "/api/v1/insights/coverage", tag: "Insights", summary: "Theme coverage of networks beside the published shares, and city demand against initiatives per theme", query: coverageQuery, response: insight(coverageResponse), csv: true },
  { path: "/api/v1/insights/overlap", tag: "Insights", summary: "Networks linked by shared member cities (Jaccard weight), with a force layout", query: overlapQuery, response: insight(overlapResponse), csv: true },
  { path: "/api/v1/insights/spillover", tag: "Insights", summary: "Practices that travelled furthest, and adoptions per year", query: spilloverQuery, response: insight(spilloverResponse), csv: true },
  { path: "/api/v1/insights/ecosystem", tag: "Insights", summary: "The ecosystem of networks: foundings, regions, scopes and memberships per city, beside published figures", query: ecosystemQuery, response: insight(ecosystemResponse), csv: true },
  { path: "/api/v1/insights/duplication", tag: "Insights", summary: "Clusters of similar initiatives across networks (duplicate and related marks, collaboration proposals), the networks in each", query: duplicationQuery, response: insight(duplicationResponse), csv: true },
  {
    path: "/api/v1/datapackage.zip",
    tag: "Meta",
    summary: "All public data as a Frictionless Data Package: a ZIP of one CSV per resource and datapackage.json describing their fields",
    binary: { mediaType: "application/zip", description: "ZIP with datapackage.json and data/<resource>.csv" },
  },
  { path: "/api/v1/search", tag: "Search", summary: "Full-text search across the platform", query: searchQuery, response: searchPageSchema, csv: true },
];

type JsonSchema = Record<string, unknown>;

/** The parameters of a query schema as OpenAPI parameters: what a caller sends (the input side). */
function queryParameters(query: z.ZodType): JsonSchema[] {
  const schema = z.toJSONSchema(query, { io: "input", target: "draft-2020-12", unrepresentable: "any" }) as JsonSchema;
  const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((schema.required as string[] | undefined) ?? []);
  return Object.entries(properties).map(([name, property]) => {
    const { description, ...rest } = property;
    return { name, in: "query", required: required.has(name), ...(description ? { description } : {}), schema: rest };
  });
}

/**
 * A response schema as JSON Schema 2020-12 (the output side: what the API answers). Named schemas
 * (`.meta({ id })`) move to components/schemas, so they are referenced from the document root.
 */
function responseSchema(schema: z.ZodType, components: Record<string, JsonSchema>): JsonSchema {
  const json = z.toJSONSchema(schema, { io: "output", target: "draft-2020-12" }) as JsonSchema;
  const { $schema: _dialect, $defs, ...rest } = json;
  void _dialect;
  const relink = (value: JsonSchema) => JSON.parse(JSON.stringify(value).replaceAll('"#/$defs/', '"#/components/schemas/')) as JsonSchema;
  for (const [id, def] of Object.entries(($defs ?? {}) as Record<string, JsonSchema>)) {
    const { id: _id, ...body } = def;
    void _id;
    components[id] = relink(body);
  }
  if (typeof rest.id === "string") {
    const { id, ...body } = rest;
    components[id as string] = relink(body);
    return { $ref: `#/components/schemas/${id as string}` };
  }
  return relink(rest);
}

/** The OpenAPI 3.1 document of /api/v1, generated from the registry above. */
export function openApiDocument(): JsonSchema {
  const components: Record<string, JsonSchema> = {};
  responseSchema(errorSchema, components);
  const error = { description: "An error", content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } };
  const paths: Record<string, JsonSchema> = {};
  for (const endpoint of endpoints) {
    const parameters = [
      ...Object.entries(endpoint.pathParams ?? {}).map(([name, description]) => ({ name, in: "path", required: true, description, schema: { type: "string" } })),
      ...(endpoint.query ? queryParameters(endpoint.query) : []),
    ];
    const content: JsonSchema = endpoint.binary
      ? { [endpoint.binary.mediaType]: { schema: { type: "string", contentMediaType: endpoint.binary.mediaType, description: endpoint.binary.description } } }
      : endpoint.response
        ? { "application/json": { schema: responseSchema(endpoint.response, components) } }
        : {};
    if (endpoint.csv) content["text/csv"] = { schema: { type: "string", description: "The same rows as CSV (RFC 4180); the next page is in the Link header" } };
    paths[endpoint.path] = {
      get: {
        operationId: operationId(endpoint.path),
        summary: endpoint.summary,
        tags: [endpoint.tag],
        parameters,
        responses: {
          "200": { description: "OK", content },
          "400": { ...error, description: "The query is not valid" },
          ...(endpoint.notFound ? { "404": { ...error, description: "Not found" } } : {}),
          "500": { ...error, description: "Something went wrong" },
        },
      },
    };
  }

  return {
    openapi: "3.1.0",
    jsonSchemaDialect: "https://json-schema.org/draft/2020-12/schema",
    info: {
      title: "Concord open data API",
      version: "1",
      description: "Read-only public data of Concord: city networks, cities, initiatives, practices, adoptions, challenges, events, exchanges, frameworks and forum. No key needed; CORS is open.",
      license: { name: "CC-BY-4.0", identifier: "CC-BY-4.0" },
    },
    servers: [{ url: "/" }],
    paths,
    components: { schemas: components },
  };
}

const operationId = (path: string) =>
  path
    .replace("/api/v1/", "")
    .split("/")
    .map((part, i) => {
      const word = part.replace(/[{}]/g, "");
      const title = word.charAt(0).toUpperCase() + word.slice(1);
      return i === 0 ? word : part.startsWith("{") ? `By${title}` : title;
    })
    .join("");
