import { databaseTargetFromEnv, describeTarget, openAdapter } from "../server/db/connection";
import { applyMigrations } from "../server/db/schema-engine";

const target = databaseTargetFromEnv();
const adapter = await openAdapter(target);
try {
  const applied = await applyMigrations(adapter.factory);
  console.log(
    applied.length
      ? `Applied ${applied.length} migration(s) to ${describeTarget(target)}: ${applied.join(", ")}`
      : `${describeTarget(target)} is up to date.`,
  );
} finally {
  await adapter.close();
}
