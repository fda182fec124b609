import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ZodError } from "zod";
import type { Actor, Context } from "@/server/auth/actor";
import { AppError } from "@/server/errors";
import { createTestDb, type TestDb } from "@/server/test/db";
import { makeActor, makeCity, makeNetwork, makeThemes } from "@/server/test/factories";
import { search } from "@/server/search/query";
import type { FrameworkCreateInput } from "./input";
import {
  addComment,
  addPillar,
  createFramework,
  decideMapping,
  endorseFramework,
  getFramework,
  hideComment,
  listFrameworks,
  mappableRecords,
  movePillar,
  proposeMapping,
  removePillar,
  updateFramework,
  updatePillar,
  withdrawEndorsement,
} from "./service";

let t: TestDb;
const ctx = (actor: Actor | null): Context => ({ db: t.db, actor });
const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (e: unknown) => (e instanceof AppError ? e.code : e instanceof ZodError ? "VALIDATION" : e),
  );
const messageOf = (promise: Promise<unknown>) => promise.then(() => null, (e: unknown) => (e instanceof Error ? e.message : String(e)));

let c40: { id: string }, iclei: { id: string };
let moderator: Actor, c40Owner: Actor, c40Editor: Actor, icleiOwner: Actor, officer: Actor, stranger: Actor, suspended: Actor;
let initiativeId: string, practiceId: string;

const today = () => new Date().toISOString().slice(0, 10);
const dayOffset = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

const draft = (over: Partial<FrameworkCreateInput> = {}): FrameworkCreateInput => ({
  title: "Sustainable Development Goal 11",
  anchor: "United Nations — 2030 Agenda",
  summary: "Make cities and human settlements inclusive, safe, resilient and sustainable.",
  body: "Adopted in **2015** by the General Assembly.",
  sourceUrl: "https://sdgs.un.org/goals/goal11",
  language: "en",
  consultationOpens: null,
  consultationCloses: null,
  pillars: [
    { title: "Housing", description: "Adequate, safe and affordable housing for all.", indicators: ["11.1.1 Urban population living in slums"] },
    { title: "Transport", description: "Safe, affordable, accessible and sustainable transport.", indicators: ["11.2.1 Access to public transport"] },
  ],
  ...over,
});

beforeAll(async () => {
  t = await createTestDb();
  await makeThemes(t.db, ["mobility"]);
  c40 = await makeNetwork(t.db, { name: "C40 Cities", acronym: "C40" });
  iclei = await makeNetwork(t.db, { name: "ICLEI", acronym: "ICLEI" });
  const city = await makeCity(t.db, { name: "Wuhan" });
  moderator = await makeActor(t.db, { moderator: true });
  c40Owner = await makeActor(t.db, { owner: [c40.id] });
  c40Editor = await makeActor(t.db, { editor: [c40.id] });
  icleiOwner = await makeActor(t.db, { owner: [iclei.id] });
  officer = await makeActor(t.db, { cityOfficer: [city.id] });
  stranger = await makeActor(t.db);
  const s = await makeActor(t.db);
  suspended = { ...s, suspendedUntil: new Date(Date.now() + 86_400_000) };
  const initiative = await t.db.initiative.create({
    data: {
      slug: "clean-bus", title: "Clean Bus Declaration", summary: "Zero-emission buses.", body: "", status: "ACTIVE", state: "PUBLISHED",
      owners: { create: { networkId: c40.id, status: "ACCEPTED", isLead: true } },
    },
  });
  initiativeId = initiative.id;
  const practice = await t.db.practice.create({
    data: {
      slug: "wuhan-sponge-city", title: "Wuhan sponge city", translationGroupId: "g1", problem: "Floods", solution: "Sponge", results: "Less flooding",
      replication: "Yes", state: "PUBLISHED", cities: { create: { cityId: city.id } },
    },
  });
  practiceId = practice.id;
});
afterAll(() => t.close());

describe("creating and editing frameworks", () => {
  it("lets a moderator create a framework with ordered pillars and opens the changelog at version 1", async () => {
    const created = await createFramework(ctx(moderator), draft({ title: "SDG 11 create" }));
    expect(created.version).toBe(1);
    const page = await getFramework(ctx(null), created.slug);
    expect(page?.pillars.map((p) => p.title)).toEqual(["Housing", "Transport"]);
    expect(page?.changes).toHaveLength(1);
    expect(page?.changes[0]?.data?.action).toBe("created");
    const found = await search(t.db, { q: "affordable housing", kind: "FRAMEWORK", limit: 10, offset: 0 });
    expect(found.hits.some((h) => h.entityId === created.id)).toBe(true);
  });

  it("refuses network owners, editors, anonymous and suspended people", async () => {
    expect(await codeOf(createFramework(ctx(c40Owner), draft()))).toBe("FORBIDDEN");
    expect(await codeOf(createFramework(ctx(c40Editor), draft()))).toBe("FORBIDDEN");
    expect(await codeOf(createFramework(ctx(null), draft()))).toBe("UNAUTHORIZED");
    expect(await codeOf(createFramework(ctx({ ...moderator, suspendedUntil: new Date(Date.now() + 60_000) }), draft()))).toBe("FORBIDDEN");
  });

  it("validates the consultation window", async () => {
    expect(await codeOf(createFramework(ctx(moderator), draft({ consultationOpens: today(), consultationCloses: null })))).toBe("VALIDATION");
    expect(await codeOf(createFramework(ctx(moderator), draft({ consultationOpens: dayOffset(5), consultationCloses: dayOffset(1) })))).toBe("VALIDATION");
  });

  it("bumps the version on every edit, records before/after and refuses stale edits", async () => {
    const f = await createFramework(ctx(moderator), draft({ title: "SDG 11 edits" }));
    const fields = { ...draft({ title: "SDG 11 edits" }), frameworkId: f.id, version: 1, summary: "A changed summary about cities and settlements." };
    const edited = await updateFramework(ctx(moderator), fields);
    expect(edited.version).toBe(2);
    expect(await codeOf(updateFramework(ctx(moderator), { ...fields, version: 1 }))).toBe("CONFLICT");
    expect(await codeOf(updateFramework(ctx(c40Owner), { ...fields, version: 2 }))).toBe("FORBIDDEN");
    const page = await getFramework(ctx(null), f.slug);
    const change = page!.changes[0]!;
    expect(change.version).toBe(2);
    expect(change.data?.action).toBe("edited");
    expect(change.data?.before).toMatchObject({ summary: "Make cities and human settlements inclusive, safe, resilient and sustainable." });
    expect(change.data?.after).toMatchObject({ summary: "A changed summary about cities and settlements." });
  });

  it("adds, edits, reorders and removes pillars with version checks; others are refused", async () => {
    const f = await createFramework(ctx(moderator), draft({ title: "SDG 11 pillars" }));
    const added = await addPillar(ctx(moderator), { frameworkId: f.id, version: 1, title: "Heritage", description: "Protect cultural and natural heritage.", indicators: [] });
    expect(added.version).toBe(2);
    expect(await codeOf(addPillar(ctx(moderator), { frameworkId: f.id, version: 1, title: "Late", description: "A stale addition attempt.", indicators: [] }))).toBe("CONFLICT");
    expect(await codeOf(addPillar(ctx(c40Owner), { frameworkId: f.id, version: 2, title: "No", description: "Not a moderator here.", indicators: [] }))).toBe("FORBIDDEN");
    await updatePillar(ctx(moderator), { frameworkId: f.id, version: 2, pillarId: added.pillarId, title: "Cultural heritage", description: "Protect the world's cultural and natural heritage.", indicators: ["11.4.1 Spending per capita"] });
    expect(await codeOf(updatePillar(ctx(c40Editor), { frameworkId: f.id, version: 3, pillarId: added.pillarId, title: "Xy", description: "Editors may not edit.", indicators: [] }))).toBe("FORBIDDEN");
    await movePillar(ctx(moderator), { frameworkId: f.id, version: 3, pillarId: added.pillarId, direction: "up" });
    expect(await codeOf(movePillar(ctx(stranger), { frameworkId: f.id, version: 4, pillarId: added.pillarId, direction: "up" }))).toBe("FORBIDDEN");
    let page = await getFramework(ctx(null), f.slug);
    expect(page?.pillars.map((p) => p.title)).toEqual(["Housing", "Cultural heritage", "Transport"]);
    const first = page!.pillars[0]!;
    expect(await codeOf(movePillar(ctx(moderator), { frameworkId: f.id, version: 4, pillarId: first.id, direction: "up" }))).toBe("VALIDATION");
    expect(await codeOf(removePillar(ctx(icleiOwner), { frameworkId: f.id, version: 4, pillarId: first.id }))).toBe("FORBIDDEN");
    await removePillar(ctx(moderator), { frameworkId: f.id, version: 4, pillarId: first.id });
    page = await getFramework(ctx(null), f.slug);
    expect(page?.pillars.map((p) => [p.title, p.position])).toEqual([["Cultural heritage", 0], ["Transport", 1]]);
    expect(page?.version).toBe(5);
    expect(page?.changes.map((c) => c.version)).toEqual([5, 4, 3, 2, 1]);
    expect(page?.changes.map((c) => c.data?.action)).toEqual(["pillarRemoved", "pillarMoved", "pillarEdited", "pillarAdded", "created"]);
  });
});

describe("endorsements", () => {
  it("lets a network owner endorse, update and withdraw, all in the changelog; editors and other owners are refused", async () => {
    const f = await createFramework(ctx(moderator), draft({ title: "SDG 11 endorse" }));
    const commitment = "C40 cities commit to report progress on the transport targets every year.";
    expect(await codeOf(endorseFramework(ctx(c40Editor), { frameworkId: f.id, networkId: c40.id, commitment }))).toBe("FORBIDDEN");
    expect(await codeOf(endorseFramework(ctx(icleiOwner), { frameworkId: f.id, networkId: c40.id, commitment }))).toBe("FORBIDDEN");
    expect(await codeOf(endorseFramework(ctx(moderator), { frameworkId: f.id, networkId: c40.id, commitment }))).toBe("FORBIDDEN");
    expect(await codeOf(endorseFramework(ctx(c40Owner), { frameworkId: f.id, networkId: c40.id, commitment: "too short" }))).toBe("VALIDATION");
    await endorseFramework(ctx(c40Owner), { frameworkId: f.id, networkId: c40.id, commitment });
    await endorseFramework(ctx(c40Owner), { frameworkId: f.id, networkId: c40.id, commitment: `${commitment} Updated.` });
    let page = await getFramework(ctx(null), f.slug);
    expect(page?.endorsements.map((e) => e.commitment)).toEqual([`${commitment} Updated.`]);
    expect(await codeOf(withdrawEndorsement(ctx(c40Editor), { frameworkId: f.id, networkId: c40.id }))).toBe("FORBIDDEN");
    await withdrawEndorsement(ctx(c40Owner), { frameworkId: f.id, networkId: c40.id });
    expect(await codeOf(withdrawEndorsement(ctx(c40Owner), { frameworkId: f.id, networkId: c40.id }))).toBe("NOT_FOUND");
    page = await getFramework(ctx(null), f.slug);
    expect(page?.endorsements).toHaveLength(0);
    expect(page?.changes.map((c) => c.data?.action)).toEqual(["endorsementWithdrawn", "endorsementUpdated", "endorsed", "created"]);
  });
});

describe("mappings", () => {
  it("lets owners of an initiative or practice propose, moderators decide and the proposer hear back", async () => {
    const f = await createFramework(ctx(moderator), draft({ title: "SDG 11 mappings" }));
    const [housing, transport] = (await getFramework(ctx(null), f.slug))!.pillars;
    const proposal = { pillarId: transport!.id, target: "INITIATIVE" as const, targetId: initiativeId };
    expect(await codeOf(proposeMapping(ctx(icleiOwner), proposal))).toBe("FORBIDDEN");
    expect(await codeOf(proposeMapping(ctx(stranger), proposal))).toBe("FORBIDDEN");
    expect(await codeOf(proposeMapping(ctx(null), proposal))).toBe("UNAUTHORIZED");
    expect(await codeOf(proposeMapping(ctx({ ...c40Editor, suspendedUntil: new Date(Date.now() + 60_000) }), proposal))).toBe("FORBIDDEN");
    const mapping = await proposeMapping(ctx(c40Editor), { ...proposal, note: "Electric buses serve target 11.2." });
    expect(await codeOf(proposeMapping(ctx(c40Owner), proposal))).toBe("CONFLICT");
    const practiceMapping = await proposeMapping(ctx(officer), { pillarId: housing!.id, target: "PRACTICE", targetId: practiceId });
    expect(await codeOf(proposeMapping(ctx(c40Owner), { pillarId: housing!.id, target: "PRACTICE", targetId: practiceId }))).toBe("FORBIDDEN");

    // Pending mappings are not coverage yet, and the public does not see them.
    let page = await getFramework(ctx(null), f.slug);
    expect(page?.pillars.every((p) => p.isGap)).toBe(true);
    expect(page?.pillars.flatMap((p) => p.pending)).toHaveLength(0);
    expect((await getFramework(ctx(moderator), f.slug))?.pillars.flatMap((p) => p.pending)).toHaveLength(2);

    expect(await codeOf(decideMapping(ctx(c40Owner), { mappingId: mapping.id, accept: true }))).toBe("FORBIDDEN");
    await decideMapping(ctx(moderator), { mappingId: mapping.id, accept: true });
    expect(await codeOf(decideMapping(ctx(moderator), { mappingId: mapping.id, accept: false }))).toBe("CONFLICT");
    await decideMapping(ctx(moderator), { mappingId: practiceMapping.id, accept: false });

    page = await getFramework(ctx(null), f.slug);
    const [h, tr] = page!.pillars;
    expect(tr).toMatchObject({ isGap: false, initiativeCount: 1, practiceCount: 0 });
    expect(tr!.networks.map((n) => n.id)).toEqual([c40.id]);
    expect(h!.isGap).toBe(true);
    expect(page?.gaps).toBe(1);
    expect(page?.changes[0]?.data?.action).toBe("mappingAccepted");

    const notes = await t.db.notification.findMany({ where: { userId: { in: [c40Editor.id, officer.id] } }, select: { userId: true, kind: true } });
    expect(notes).toEqual(
      expect.arrayContaining([
        { userId: c40Editor.id, kind: "frameworks.notify.mappingAccepted" },
        { userId: officer.id, kind: "frameworks.notify.mappingDeclined" },
      ]),
    );
    // A declined mapping may be proposed again.
    expect((await proposeMapping(ctx(officer), { pillarId: housing!.id, target: "PRACTICE", targetId: practiceId })).status).toBe("PENDING");

    const list = await listFrameworks(t.db);
    expect(list.find((x) => x.id === f.id)).toMatchObject({ coveredPillars: 1, _count: { pillars: 2, endorsements: 0 } });
  });

  it("offers each person only their own records to map", async () => {
    const own = await mappableRecords(ctx(c40Editor));
    expect(own.initiatives.map((i) => i.id)).toEqual([initiativeId]);
    expect(own.practices).toHaveLength(0);
    expect((await mappableRecords(ctx(officer))).practices.map((p) => p.id)).toEqual([practiceId]);
    expect(await mappableRecords(ctx(stranger))).toEqual({ initiatives: [], practices: [] });
  });
});

describe("consultation", () => {
  it("takes comments only while the window is open, from people who may write", async () => {
    const open = await createFramework(ctx(moderator), draft({ title: "SDG 11 open", consultationOpens: dayOffset(-2), consultationCloses: dayOffset(3) }));
    const closed = await createFramework(ctx(moderator), draft({ title: "SDG 11 closed", consultationOpens: dayOffset(-10), consultationCloses: dayOffset(-1) }));
    const none = await createFramework(ctx(moderator), draft({ title: "SDG 11 none" }));
    const pillarOf = async (slug: string) => (await getFramework(ctx(null), slug))!.pillars[0]!.id;
    const body = "Please add an indicator on informal settlements upgrading.";

    const comment = await addComment(ctx(officer), { pillarId: await pillarOf(open.slug), body });
    expect(await messageOf(addComment(ctx(officer), { pillarId: await pillarOf(closed.slug), body }))).toBe("frameworks.errors.consultationClosed");
    expect(await messageOf(addComment(ctx(officer), { pillarId: await pillarOf(none.slug), body }))).toBe("frameworks.errors.consultationClosed");
    expect(await codeOf(addComment(ctx(null), { pillarId: await pillarOf(open.slug), body }))).toBe("UNAUTHORIZED");
    expect(await codeOf(addComment(ctx(suspended), { pillarId: await pillarOf(open.slug), body }))).toBe("FORBIDDEN");
    expect(await codeOf(addComment(ctx(officer), { pillarId: await pillarOf(open.slug), body: "" }))).toBe("VALIDATION");
    // The last day counts in full.
    const lastDay = new Date(`${dayOffset(3)}T23:59:00Z`);
    expect(await codeOf(addComment(ctx(officer), { pillarId: await pillarOf(open.slug), body }, lastDay))).toBeNull();

    expect((await getFramework(ctx(null), open.slug))?.consultationOpen).toBe(true);
    expect(await codeOf(hideComment(ctx(c40Owner), { commentId: comment.id, hidden: true }))).toBe("FORBIDDEN");
    await hideComment(ctx(moderator), { commentId: comment.id, hidden: true });
    expect((await getFramework(ctx(null), open.slug))?.pillars[0]?.comments).toHaveLength(1);
    expect((await getFramework(ctx(moderator), open.slug))?.pillars[0]?.comments).toHaveLength(2);
  });
});
