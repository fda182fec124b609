import path from "node:path";
import { restore } from "../server/db/backup";
import { databaseTargetFromEnv, describeTarget } from "../server/db/connection";

// `npm run db:restore -- <file>`: a db:backup file into the (new, empty) folder or database configured.
const file = process.argv[2];
if (!file) {
  console.error("Usage: npm run db:restore -- <file>");
  process.exit(2);
}
const target = databaseTargetFromEnv();
try {
  const result = await restore(target, path.resolve(file));
  console.log(`Restored ${path.resolve(file)} into ${describeTarget(target)}.`);
  if (result.secret) console.log(`The session secret from the backup is in ${result.secret}: signed-in people stay signed in.`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
