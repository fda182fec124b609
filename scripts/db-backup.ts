import path from "node:path";
import { backup } from "../server/db/backup";
import { databaseTargetFromEnv, describeTarget } from "../server/db/connection";

// `npm run db:backup -- <file>`: the database DATABASE_URL or CONCORD_DATA_DIR names, to one file.
const file = process.argv[2];
if (!file) {
  console.error("Usage: npm run db:backup -- <file>");
  process.exit(2);
}
const target = databaseTargetFromEnv();
try {
  const result = await backup(target, path.resolve(file));
  console.log(`Backed up ${describeTarget(target)}${result.live ? "" : " (not running)"} to ${result.file} (${result.bytes} bytes).`);
  if (result.secret) console.log(`The session secret was copied to ${result.secret}: keep it with the backup, and as private.`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
