import type { SqlDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { Prisma, PrismaClient } from "./generated/client";
import { databaseTargetFromEnv, openAdapterSync } from "./connection";
import { onShutdown } from "../runtime/shutdown";

export type Db = PrismaClient;

const globalForDb = globalThis as unknown as { concordDb?: PrismaClient };

export function createPrismaClient(factory: SqlDriverAdapterFactory): PrismaClient {
  return new PrismaClient({ adapter: factory });
}

/** The process-wide client (one PGlite instance per process in embedded mode). */
export function getDb(): PrismaClient {
  if (!globalForDb.concordDb) {
    const db = createPrismaClient(openAdapterSync(databaseTargetFromEnv()));
    onShutdown("the Prisma client", () => db.$disconnect());
    globalForDb.concordDb = db;
  }
  return globalForDb.concordDb;
}

/** The client or an open transaction: functions that write as part of a larger change take either. */
export type DbOrTx = PrismaClient | Prisma.TransactionClient;
