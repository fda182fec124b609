import { describe, expect, it } from "vitest";
import { createPrismaClient } from "./client";
import { openAdapter } from "./connection";
import { createTestDb } from "@/server/test/db";
import { checkDatabase } from "./health";

describe("database health", () => {
  it("reports ok when the database answers", async () => {
    const t = await createTestDb();
    try {
      expect((await checkDatabase(t.db)).ok).toBe(true);
    } finally {
      await t.close();
    }
  });

  it("reports unavailable when the server cannot be reached", async () => {
    const adapter = await openAdapter({ kind: "server", url: "postgres://nobody@127.0.0.1:1/none" });
    const db = createPrismaClient(adapter.factory);
    expect((await checkDatabase(db, 2000)).ok).toBe(false);
    await db.$disconnect().catch(() => undefined);
  });
});
