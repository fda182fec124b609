import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@/server/test/db";
import { makeCity, makeNetwork } from "@/server/test/factories";
import { networkDashboardInsights } from "./dashboard";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.close());

describe("networkDashboardInsights", () => {
  it("lists other networks' initiatives linked to each of its own, and adoptions of its members' practices", async () => {
    const [alpha, beta] = await Promise.all([makeNetwork(t.db, { name: "Alpha" }), makeNetwork(t.db, { name: "Beta" })]);
    const lyon = await makeCity(t.db, { name: "Lyon" });
    await t.db.networkMembership.create({ data: { networkId: alpha.id, cityId: lyon.id } });
    const initiative = (slug: string, networkId: string) =>
      t.db.initiative.create({ data: { slug, title: slug.toUpperCase(), summary: "s", body: "", state: "PUBLISHED", owners: { create: { networkId, status: "ACCEPTED", isLead: true } } } });
    const [mine, theirs, other, sibling] = await Promise.all([initiative("mine", alpha.id), initiative("theirs", beta.id), initiative("other", beta.id), initiative("sibling", alpha.id)]);
    await t.db.initiativeRelation.createMany({
      data: [
        { initiativeAId: theirs.id, initiativeBId: mine.id, kind: "DUPLICATE" },
        // Two of its own initiatives: not "elsewhere".
        { initiativeAId: mine.id, initiativeBId: sibling.id, kind: "RELATED" },
      ],
    });
    await t.db.collaborationProposal.create({ data: { fromInitiativeId: mine.id, toInitiativeId: other.id, message: "Together?" } });
    // Beta's practice, piloted in Alpha's member city Lyon, adopted once; another of Beta's practices is not its members'.
    const practice = (slug: string) => t.db.practice.create({ data: { slug, title: slug, problem: "p", solution: "s", results: "r", replication: "r", translationGroupId: slug, networkId: beta.id, state: "PUBLISHED" } });
    const [piloted, unrelated] = await Promise.all([practice("piloted"), practice("unrelated")]);
    await t.db.practiceCity.create({ data: { practiceId: piloted.id, cityId: lyon.id } });
    await t.db.adoption.createMany({
      data: [piloted, unrelated].map((p) => ({ practiceId: p.id, level: "CITY" as const, status: "ADOPTED" as const, adopterName: "Porto", adoptedOn: new Date("2022-03-01") })),
    });

    const r = await networkDashboardInsights(t.db, alpha.id);
    expect(r.similarByInitiative.get("mine")?.map((s) => [s.slug, s.link, s.networks])).toEqual([
      ["theirs", "DUPLICATE", ["Beta"]],
      ["other", "PROPOSAL", ["Beta"]],
    ]);
    expect(r.similarByInitiative.has("sibling")).toBe(false);
    expect(r.adoptions.map((a) => [a.practice, a.adopterName])).toEqual([["piloted", "Porto"]]);
  });
});
