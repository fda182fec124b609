import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@/server/test/db";
import { makeNetwork } from "@/server/test/factories";
import { reindex } from "@/server/search/documents";
import { terms } from "@/server/search/text";
import { findSimilarInitiatives } from "./similar";

// Candidates come from the draft's rarest words: among 300 initiatives sharing its common words,
// the one sharing its rare ones is found, and networks of the draft are left out.

let t: TestDb;
let mine: string;
let other: string;

beforeAll(async () => {
  t = await createTestDb();
  mine = (await makeNetwork(t.db, { acronym: "MINE" })).id;
  other = (await makeNetwork(t.db, { acronym: "OTHR" })).id;
  const make = async (slug: string, title: string, summary: string, networkId: string) => {
    await t.db.initiative.create({
      data: { id: slug, slug, title, summary, body: "", language: "en", state: "PUBLISHED", publishedAt: new Date(), owners: { create: { networkId, status: "ACCEPTED", isLead: true } } },
    });
  };
  for (let n = 0; n < 300; n++) await make(`common-${n}`, `Climate adaptation plan ${n}`, "Climate adaptation and resilience for districts", other);
  await make("rare-match", "Mangrove restoration", "Mangrove nurseries and tidal wetlands against storm surges", other);
  await make("own-network", "Mangrove wetlands", "Mangrove nurseries in tidal wetlands", mine);
  await reindex(t.db, "INITIATIVE", (await t.db.initiative.findMany({ select: { id: true } })).map((i) => i.id));
}, 120_000);
afterAll(() => t.close());

describe("findSimilarInitiatives", () => {
  it("finds the initiative sharing the draft's rare words among hundreds sharing its common ones", async () => {
    const similar = await findSimilarInitiatives(t.db, {
      keyTerms: terms("Climate adaptation with mangrove nurseries and tidal wetlands"),
      themes: [],
      sdgs: [],
      cities: [],
      excludeNetworkIds: [mine],
    });
    expect(similar[0]?.slug).toBe("rare-match");
    expect(similar[0]?.networks.map((n) => n.acronym)).toEqual(["OTHR"]);
    expect(similar[0]?.reasons.sharedTerms).toEqual(expect.arrayContaining(["mangrove", "nurseries", "wetlands"]));
    expect(similar.map((s) => s.slug)).not.toContain("own-network");
  });
});
