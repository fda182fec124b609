import { parseArgs } from "node:util";
import { catalogs } from "../messages";
import { createTranslator } from "../lib/i18n/translate";
import { createPrismaClient } from "../server/db/client";
import { databaseTargetFromEnv, openAdapter } from "../server/db/connection";
import { createAdmin } from "../server/accounts/service";
import { applyMigrations } from "../server/db/schema-engine";

// npm run admin:create -- --email x@example.org --password '…' [--name "…"]
const { values } = parseArgs({ options: { email: { type: "string" }, password: { type: "string" }, name: { type: "string" } } });
if (!values.email || !values.password) {
  console.error("Usage: npm run admin:create -- --email you@example.org --password 'a long passphrase' [--name 'Your Name']");
  process.exit(1);
}
const adapter = await openAdapter(databaseTargetFromEnv());
// The first admin may come before the first start: bring the database up to date first.
await applyMigrations(adapter.factory);
const db = createPrismaClient(adapter.factory);
try {
  const result = await createAdmin(db, { email: values.email, password: values.password, name: values.name });
  console.log(`${result.created ? "Created" : "Promoted"} admin ${result.email}.`);
} catch (error) {
  const fieldErrors = (error as { details?: { fieldErrors?: Record<string, string[]> } }).details?.fieldErrors;
  const t = createTranslator(catalogs.en);
  const problems = fieldErrors ? Object.entries(fieldErrors).map(([field, keys]) => `${field}: ${keys.map((k) => t(k)).join(" ")}`) : [];
  console.error(problems.length ? `Refused. ${problems.join(" ")}` : (error as Error).message);
  process.exitCode = 1;
} finally {
  await db.$disconnect();
  await adapter.close();
}
