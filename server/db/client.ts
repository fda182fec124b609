import type { SqlDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { PrismaClient } from "./generated/client";
import { databaseTargetFromEnv, openAdapterSync } from "./connection";

export type Db = PrismaClient;

const globalForDb = globalThis as unknown as { concordDb?: PrismaClient };

export function createPrismaClient(factory: SqlDriverAdapterFactory): PrismaClient {
  return new PrismaClient({ adapter: factory });
}

/** The process-wide client (one PGlite instance per process in embedded mode). */
export function getDb(): PrismaClient {
  if (!globalForDb.concordDb) {
    globalForDb.concordDb = createPrismaClient(openAdapterSync(databaseTargetFromEnv()));
  }
  return globalForDb.concordDb;
}
