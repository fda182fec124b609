import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor, Context } from "@/server/auth/actor";
import { policy } from "@/server/auth/policy";
import { createRequest } from "@/server/exchange/service";
import { createTestDb, type TestDb } from "@/server/test/db";
import { makeActor, makeCity, makeNetwork } from "@/server/test/factories";
import { networkExport, networkExportResponse } from "./export";

let t: TestDb;
const ctx = (actor: Actor | null): Context => ({ db: t.db, actor });
const translate = (key: string) => `t:${key}`;
let slug: string, networkId: string;
let owner: Actor, editor: Actor, otherOwner: Actor;

beforeAll(async () => {
  t = await createTestDb();
  const [network, other, city] = await Promise.all([makeNetwork(t.db, { name: "Export Cities" }), makeNetwork(t.db, { name: "Other Net" }), makeCity(t.db, { name: "Lyon" })]);
  ({ slug, id: networkId } = network);
  [owner, editor, otherOwner] = await Promise.all([
    makeActor(t.db, { owner: [network.id] }),
    makeActor(t.db, { editor: [network.id] }),
    makeActor(t.db, { owner: [other.id] }),
  ]);
  await t.db.networkMembership.create({ data: { networkId: network.id, cityId: city.id, yearJoined: 2020 } });
  await t.db.initiative.create({
    data: { slug: "export-heat-plan", title: "Heat plan", summary: "Cooling", body: "Body", owners: { create: { networkId: network.id, status: "ACCEPTED", isLead: true } } },
  });
  await createRequest(ctx(owner), {
    networkId: network.id, topic: "MONITORING_REPORTING", format: "WEBINAR", title: "Annual reporting by member cities",
    description: "How do you collect and publish progress reports from member cities?", windowStart: "2026-01-01", windowEnd: "2026-06-30",
  });
}, 180_000);
afterAll(() => t?.close());

describe("a network owner's export", () => {
  it("is for that network's owners only", () => {
    expect(policy.exportNetwork(owner, networkId)).toBe(true);
    expect(policy.exportNetwork(editor, networkId)).toBe(false);
    expect(policy.exportNetwork(otherOwner, networkId)).toBe(false);
    expect(policy.exportNetwork(null, networkId)).toBe(false);
    // The dashboard is for all its staff; the export button only for owners.
    expect(policy.seeNetworkDashboard(owner, networkId)).toBe(true);
    expect(policy.seeNetworkDashboard(editor, networkId)).toBe(true);
    expect(policy.seeNetworkDashboard(otherOwner, networkId)).toBe(false);
    expect(policy.seeNetworkDashboard(null, networkId)).toBe(false);
  });

  it("holds the profile, members, staff with roles, initiatives, events, exchanges and endorsements", async () => {
    const data = await networkExport(ctx(owner), slug);
    expect(data.profile).toMatchObject({ slug, name: "Export Cities" });
    expect(data.profile).not.toHaveProperty("id");
    expect(data.members).toEqual([expect.objectContaining({ kind: "city", name: "Lyon", yearJoined: 2020 })]);
    expect(data.staff.map((s) => [s.email, s.role]).sort()).toEqual([[editor.email, "EDITOR"], [owner.email, "OWNER"]].sort());
    expect(data.initiatives).toEqual([expect.objectContaining({ slug: "export-heat-plan", ownership: "ACCEPTED", isLead: true, state: "DRAFT" })]);
    expect(data.exchanges).toEqual([expect.objectContaining({ title: "Annual reporting by member cities", offers: 0 })]);
    expect(data.events).toEqual([]);
    expect(data.endorsements).toEqual([]);
  });

  it("answers a JSON download to the owner and 401/403/404 to everyone else", async () => {
    const ok = await networkExportResponse(ctx(owner), slug, translate);
    expect(ok.status).toBe(200);
    expect(ok.headers.get("content-disposition")).toContain(`${slug}-export.json`);
    expect(((await ok.json()) as { staff: unknown[] }).staff).toHaveLength(2);

    const anonymous = await networkExportResponse(ctx(null), slug, translate);
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toEqual({ error: { message: "t:errors.signInRequired" } });
    for (const a of [editor, otherOwner]) {
      const refused = await networkExportResponse(ctx(a), slug, translate);
      expect(refused.status).toBe(403);
      expect(await refused.text()).not.toContain(owner.email);
    }
    expect((await networkExportResponse(ctx(owner), "no-such-network", translate)).status).toBe(404);
  });
});
