import { openApiDocument } from "./openapi";

/** The OpenAPI document flattened for the human reference page at /api/docs. */
export type ReferenceField = { name: string; type: string; required: boolean; description?: string };
export type ReferenceEndpoint = {
  path: string;
  summary: string;
  parameters: ReferenceField[];
  fields: ReferenceField[];
  csv: boolean;
  notFound: boolean;
};
export type ReferenceGroup = { tag: string; endpoints: ReferenceEndpoint[] };

type Schema = Record<string, unknown>;
type Components = Record<string, Schema>;

const resolve = (schema: Schema, components: Components): Schema =>
  typeof schema.$ref === "string" ? resolve(components[schema.$ref.replace("#/components/schemas/", "")] ?? {}, components) : schema;

/** A JSON Schema's type as short text: `string | null`, `array of Network`, `"a" | "b"`. */
export function typeText(raw: Schema, components: Components): string {
  if (typeof raw.$ref === "string") return raw.$ref.replace("#/components/schemas/", "");
  if (Array.isArray(raw.enum)) return raw.enum.map((v) => JSON.stringify(v)).join(" | ");
  if ("const" in raw) return JSON.stringify(raw.const);
  if (Array.isArray(raw.anyOf)) return (raw.anyOf as Schema[]).map((s) => typeText(s, components)).join(" | ");
  const types = Array.isArray(raw.type) ? (raw.type as string[]) : typeof raw.type === "string" ? [raw.type] : [];
  return (
    types
      .map((type) => (type === "array" && raw.items ? `array of ${typeText(raw.items as Schema, components)}` : type))
      .join(" | ") || "any"
  );
}

/** The fields of an object schema, nested objects as dotted names (`headquarters.city`). */
export function fieldsOf(raw: Schema, components: Components, prefix = ""): ReferenceField[] {
  const schema = resolve(raw, components);
  const properties = (schema.properties ?? {}) as Record<string, Schema>;
  const required = new Set((schema.required as string[] | undefined) ?? []);
  return Object.entries(properties).flatMap(([key, property]) => {
    const name = prefix + key;
    const field: ReferenceField = {
      name,
      type: typeText(property, components),
      required: required.has(key),
      ...(typeof property.description === "string" ? { description: property.description } : {}),
    };
    const inner = resolve(property, components);
    return inner.type === "object" && inner.properties ? [field, ...fieldsOf(inner, components, `${name}.`)] : [field];
  });
}

/** The endpoints of /api/v1 grouped by tag, in registry order; each lists its parameters and the fields of one row. */
export function apiReference(): ReferenceGroup[] {
  const document = openApiDocument() as { paths: Record<string, { get: Schema }>; components: { schemas: Components } };
  const components = document.components.schemas;
  const groups = new Map<string, ReferenceEndpoint[]>();
  for (const [path, { get }] of Object.entries(document.paths)) {
    const responses = get.responses as Record<string, { content?: Record<string, { schema: Schema }> }>;
    const content = responses["200"]?.content ?? {};
    const body = resolve(content["application/json"]?.schema ?? {}, components);
    const data = ((body.properties ?? {}) as Record<string, Schema>).data;
    // A page lists the fields of one row; a single record (framework) its own fields; otherwise the body's.
    const row = data ? (data.type === "array" ? (data.items as Schema) : data) : body;
    const endpoint: ReferenceEndpoint = {
      path,
      summary: get.summary as string,
      parameters: ((get.parameters ?? []) as Schema[]).map((p) => ({
        name: `${p.name as string}${p.in === "path" ? " (path)" : ""}`,
        type: typeText(p.schema as Schema, components) + ("default" in (p.schema as Schema) ? ` = ${JSON.stringify((p.schema as Schema).default)}` : ""),
        required: p.required === true,
        ...(typeof p.description === "string" ? { description: p.description } : {}),
      })),
      fields: fieldsOf(row, components),
      csv: "text/csv" in content,
      notFound: "404" in responses,
    };
    const tag = (get.tags as string[])[0] ?? "Other";
    groups.set(tag, [...(groups.get(tag) ?? []), endpoint]);
  }
  return [...groups].map(([tag, list]) => ({ tag, endpoints: list }));
}
