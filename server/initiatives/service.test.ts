import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ZodError } from "zod";
import type { Actor, Context } from "@/server/auth/actor";
import { AppError } from "@/server/errors";
import { createTestDb, type TestDb } from "@/server/test/db";
import { makeActor, makeCity, makeNetwork, makePartner, makeThemes } from "@/server/test/factories";
import { search } from "@/server/search/query";
import type { InitiativeCreateInput } from "./input";
import {
  answerCoOwnership,
  answerProposal,
  createInitiative,
  getInitiative,
  initiativeFacets,
  inviteCoOwner,
  listInitiatives,
  markRelation,
  proposeCollaboration,
  setInitiativeState,
  similarToDraft,
  similarToInitiative,
  updateInitiative,
} from "./service";

let t: TestDb;
const ctx = (actor: Actor | null): Context => ({ db: t.db, actor });
const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (e: unknown) => (e instanceof AppError ? e.code : e instanceof ZodError ? "VALIDATION" : e),
  );

let c40: { id: string; slug: string };
let iclei: { id: string; slug: string };
let uclg: { id: string; slug: string };
let c40Owner: Actor, c40Editor: Actor, icleiOwner: Actor, icleiEditor: Actor, uclgOwner: Actor, moderator: Actor, officer: Actor, stranger: Actor;
let paris: { slug: string }, bogota: { slug: string };
let wri: { slug: string };

const draft = (over: Partial<InitiativeCreateInput> = {}): InitiativeCreateInput => ({
  networkId: c40.id,
  title: "Clean Bus Declaration",
  summary: "Cities commit to procure only zero-emission buses from 2025 and to cut transport emissions.",
  body: "Signatory cities **publish** procurement plans.",
  status: "ACTIVE",
  startDate: "2015-12-01",
  endDate: null,
  themes: ["mobility", "climate"],
  sdgs: [11, 13],
  cities: [paris.slug, bogota.slug],
  partners: [{ partner: wri.slug, disclosure: "Provides technical assistance, funded by the programme" }],
  fundingSources: ["Bloomberg Philanthropies"],
  links: [{ label: "Declaration", url: "https://www.c40.org/" }],
  language: "en",
  publish: true,
  ...over,
});

beforeAll(async () => {
  t = await createTestDb();
  await makeThemes(t.db, ["mobility", "climate", "culture", "food"]);
  [c40, iclei, uclg] = await Promise.all([makeNetwork(t.db, { name: "C40 Cities", acronym: "C40" }), makeNetwork(t.db, { name: "ICLEI", acronym: "ICLEI" }), makeNetwork(t.db, { name: "UCLG", acronym: "UCLG" })]);
  [paris, bogota] = await Promise.all([makeCity(t.db, { name: "Paris" }), makeCity(t.db, { name: "Bogota", countryCode: "CO", region: "Latin America" })]);
  wri = await makePartner(t.db, { name: "World Resources Institute" });
  [c40Owner, c40Editor, icleiOwner, icleiEditor, uclgOwner, moderator, officer, stranger] = await Promise.all([
    makeActor(t.db, { owner: [c40.id] }),
    makeActor(t.db, { editor: [c40.id] }),
    makeActor(t.db, { owner: [iclei.id] }),
    makeActor(t.db, { editor: [iclei.id] }),
    makeActor(t.db, { owner: [uclg.id] }),
    makeActor(t.db, { moderator: true }),
    makeActor(t.db),
    makeActor(t.db),
  ]);
});
afterAll(() => t.close());

describe("creating and publishing", () => {
  it("lets staff of the network create, and refuses everyone else", async () => {
    expect(await codeOf(createInitiative(ctx(null), draft()))).toBe("UNAUTHORIZED");
    expect(await codeOf(createInitiative(ctx(stranger), draft()))).toBe("FORBIDDEN");
    expect(await codeOf(createInitiative(ctx(icleiOwner), draft()))).toBe("FORBIDDEN");
    expect(await codeOf(createInitiative(ctx(moderator), draft()))).toBe("FORBIDDEN");
    const created = await createInitiative(ctx(c40Editor), draft({ title: "Editor's initiative", publish: false }));
    expect(created.state).toBe("DRAFT");
  });

  it("validates: a partner needs a disclosure, dates in order, known themes and cities", async () => {
    expect(await codeOf(createInitiative(ctx(c40Owner), draft({ partners: [{ partner: wri.slug, disclosure: "" }] })))).toBe("VALIDATION");
    expect(await codeOf(createInitiative(ctx(c40Owner), draft({ startDate: "2020-01-01", endDate: "2019-01-01" })))).toBe("VALIDATION");
    expect(await codeOf(createInitiative(ctx(c40Owner), draft({ themes: ["no-such-theme"] })))).toBe("VALIDATION");
    expect(await codeOf(createInitiative(ctx(c40Owner), draft({ cities: ["atlantis"] })))).toBe("VALIDATION");
    expect(await codeOf(createInitiative(ctx(c40Owner), draft({ startDate: "2020-13-45" })))).toBe("VALIDATION");
    expect(await t.db.initiative.count({ where: { title: "Clean Bus Declaration" } })).toBe(0);
  });

  it("keeps drafts out of lists and search and shows them only to their staff and moderators", async () => {
    const created = await createInitiative(ctx(c40Owner), draft({ title: "Secret draft about trams", publish: false }));
    expect(await getInitiative(ctx(null), created.slug)).toBeNull();
    expect(await getInitiative(ctx(icleiOwner), created.slug)).toBeNull();
    expect(await getInitiative(ctx(c40Editor), created.slug)).not.toBeNull();
    expect(await getInitiative(ctx(moderator), created.slug)).not.toBeNull();
    expect((await search(t.db, { q: "trams", limit: 10, offset: 0 })).total).toBe(0);

    const published = await setInitiativeState(ctx(c40Owner), { initiativeId: created.id, version: created.version, state: "PUBLISHED" });
    expect(published.state).toBe("PUBLISHED");
    expect((await search(t.db, { q: "trams", limit: 10, offset: 0 })).hits.map((h) => h.slug)).toEqual([created.slug]);
    expect(await getInitiative(ctx(null), created.slug)).not.toBeNull();

    await setInitiativeState(ctx(c40Owner), { initiativeId: created.id, version: published.version, state: "ARCHIVED" });
    expect((await search(t.db, { q: "trams", limit: 10, offset: 0 })).total).toBe(0);
  });
});

describe("editing", () => {
  it("records who changed what, refuses stale saves and other networks' staff", async () => {
    const created = await createInitiative(ctx(c40Owner), draft({ title: "Urban heat resilience" }));
    const input = { ...draft({ title: "Urban heat resilience" }), initiativeId: created.id, version: created.version };
    expect(await codeOf(updateInitiative(ctx(icleiOwner), { ...input, summary: "Hijacked summary text" }))).toBe("FORBIDDEN");
    expect(await codeOf(updateInitiative(ctx(stranger), input))).toBe("FORBIDDEN");
    expect(await codeOf(setInitiativeState(ctx(icleiOwner), { initiativeId: created.id, version: 1, state: "ARCHIVED" }))).toBe("FORBIDDEN");

    const saved = await updateInitiative(ctx(c40Editor), { ...input, status: "COMPLETED", sdgs: [11] });
    expect(saved.version).toBe(created.version + 1);
    expect(await codeOf(updateInitiative(ctx(c40Owner), { ...input, summary: "A stale edit that must not win." }))).toBe("CONFLICT");

    const page = (await getInitiative(ctx(null), created.slug))!;
    expect(page.summary).toBe(input.summary);
    expect(page.revisions).toHaveLength(1);
    expect(page.revisions[0]!.actorName).toBe(c40Editor.name);
    expect(page.revisions[0]!.changes).toEqual({ status: { from: "ACTIVE", to: "COMPLETED" }, sdgs: { from: "11, 13", to: "11" } });
  });
});

describe("co-ownership", () => {
  it("an owner invites another network, whose owner accepts; both then own it", async () => {
    const created = await createInitiative(ctx(c40Owner), draft({ title: "Joint air quality programme" }));
    expect(await codeOf(inviteCoOwner(ctx(c40Editor), { initiativeId: created.id, networkSlug: iclei.slug }))).toBe("FORBIDDEN");
    expect(await codeOf(inviteCoOwner(ctx(icleiOwner), { initiativeId: created.id, networkSlug: iclei.slug }))).toBe("FORBIDDEN");
    await inviteCoOwner(ctx(c40Owner), { initiativeId: created.id, networkSlug: iclei.slug });
    expect(await codeOf(inviteCoOwner(ctx(c40Owner), { initiativeId: created.id, networkSlug: iclei.slug }))).toBe("CONFLICT");
    expect(await t.db.notification.count({ where: { userId: icleiOwner.id, kind: "knowledge.notify.coOwnerInvited" } })).toBe(1);

    // Pending: ICLEI staff cannot edit yet; an editor cannot accept for the network; another network cannot either.
    expect(await codeOf(updateInitiative(ctx(icleiEditor), { ...draft(), initiativeId: created.id, version: created.version }))).toBe("FORBIDDEN");
    expect(await codeOf(answerCoOwnership(ctx(icleiEditor), { initiativeId: created.id, networkId: iclei.id, accept: true }))).toBe("FORBIDDEN");
    expect(await codeOf(answerCoOwnership(ctx(uclgOwner), { initiativeId: created.id, networkId: iclei.id, accept: true }))).toBe("FORBIDDEN");
    await answerCoOwnership(ctx(icleiOwner), { initiativeId: created.id, networkId: iclei.id, accept: true });

    const page = (await getInitiative(ctx(null), created.slug))!;
    expect(page.owners.filter((o) => o.status === "ACCEPTED").map((o) => o.network.slug)).toEqual([c40.slug, iclei.slug]);
    const saved = await updateInitiative(ctx(icleiEditor), { ...draft({ title: "Joint air quality programme" }), initiativeId: created.id, version: created.version, status: "PLANNED" });
    expect(saved.version).toBe(created.version + 1);
    expect(await t.db.notification.count({ where: { userId: c40Owner.id, kind: "knowledge.notify.coOwnerAccepted" } })).toBe(1);
  });
});

describe("similar initiatives and collaboration", () => {
  let cleanBus: { id: string; slug: string; version: number };
  let eBus: { id: string; slug: string; version: number };
  let cycling: { id: string; slug: string; version: number };

  beforeAll(async () => {
    cleanBus = await createInitiative(ctx(c40Owner), draft());
    eBus = await createInitiative(
      ctx(icleiOwner),
      draft({
        networkId: iclei.id,
        title: "Zero-emission bus pledge",
        summary: "Member cities commit to buy only zero-emission buses from 2025 to cut transport emissions.",
        cities: [bogota.slug],
        partners: [],
      }),
    );
    cycling = await createInitiative(ctx(uclgOwner), draft({ networkId: uclg.id, title: "Cycling for everyone", summary: "Protected cycle lanes in neighbourhoods.", themes: ["mobility"], sdgs: [3], cities: [], partners: [] }));
    await createInitiative(ctx(uclgOwner), draft({ networkId: uclg.id, title: "Heritage festivals", summary: "Living heritage in public space.", themes: ["culture"], sdgs: [4], cities: [], partners: [] }));
  });

  it("shows staff drafting the closest initiatives of other networks, with reasons, never their own", async () => {
    const similar = await similarToDraft(ctx(c40Editor), {
      networkId: c40.id,
      title: "Zero emission buses",
      summary: "We want cities to procure zero-emission buses",
      themes: ["mobility"],
      sdgs: [11],
      cities: [],
    });
    expect(similar[0]!.slug).toBe(eBus.slug);
    expect(similar[0]!.reasons.sharedTerms).toEqual(expect.arrayContaining(["emission", "buses"]));
    expect(similar.map((s) => s.slug)).toContain(cycling.slug);
    expect(similar.map((s) => s.slug)).not.toContain(cleanBus.slug);
    expect(similar.map((s) => s.title)).not.toContain("Heritage festivals");
    expect(await codeOf(similarToDraft(ctx(icleiEditor), { networkId: c40.id, title: "x" }))).toBe("FORBIDDEN");
  });

  it("lists similar initiatives of other networks on an initiative page", async () => {
    const similar = await similarToInitiative(t.db, cleanBus.id);
    expect(similar[0]!.slug).toBe(eBus.slug);
    expect(similar[0]!.networks.map((n) => n.slug)).toEqual([iclei.slug]);
    expect(similar.map((s) => s.title)).not.toContain("Heritage festivals");
  });

  it("records a proposal, notifies the other secretariat, and records its answer", async () => {
    const message = "Shall we align our zero-emission bus pledges and report together?";
    expect(await codeOf(proposeCollaboration(ctx(icleiOwner), { fromInitiativeId: cleanBus.id, toInitiativeId: eBus.id, message }))).toBe("FORBIDDEN");
    expect(await codeOf(proposeCollaboration(ctx(stranger), { fromInitiativeId: cleanBus.id, toInitiativeId: eBus.id, message }))).toBe("FORBIDDEN");
    const proposal = await proposeCollaboration(ctx(c40Editor), { fromInitiativeId: cleanBus.id, toInitiativeId: eBus.id, message });
    expect(await codeOf(proposeCollaboration(ctx(c40Editor), { fromInitiativeId: cleanBus.id, toInitiativeId: eBus.id, message }))).toBe("CONFLICT");
    expect(await t.db.notification.count({ where: { userId: { in: [icleiOwner.id, icleiEditor.id] }, kind: "knowledge.notify.proposalReceived" } })).toBe(2);

    expect(await codeOf(answerProposal(ctx(c40Owner), { proposalId: proposal.id, accept: true }))).toBe("FORBIDDEN");
    await answerProposal(ctx(icleiEditor), { proposalId: proposal.id, accept: true, answer: "Yes, let's talk next week." });
    expect(await codeOf(answerProposal(ctx(icleiOwner), { proposalId: proposal.id, accept: false }))).toBe("CONFLICT");
    expect(await t.db.notification.count({ where: { userId: c40Editor.id, kind: "knowledge.notify.proposalAccepted" } })).toBe(1);

    const page = (await getInitiative(ctx(icleiOwner), eBus.slug))!;
    expect(page.proposals[0]).toMatchObject({ status: "ACCEPTED", answer: "Yes, let's talk next week." });
    expect((await getInitiative(ctx(null), eBus.slug))!.proposals).toEqual([]);
  });

  it("lets moderators, and only them, mark two initiatives as duplicates or related", async () => {
    expect(await codeOf(markRelation(ctx(c40Owner), { initiativeId: cleanBus.id, otherId: eBus.id, kind: "DUPLICATE" }))).toBe("FORBIDDEN");
    expect(await codeOf(markRelation(ctx(officer), { initiativeId: cleanBus.id, otherId: eBus.id, kind: "RELATED" }))).toBe("FORBIDDEN");
    await markRelation(ctx(moderator), { initiativeId: eBus.id, otherId: cleanBus.id, kind: "DUPLICATE" });
    await markRelation(ctx(moderator), { initiativeId: cleanBus.id, otherId: eBus.id, kind: "RELATED" });
    const page = (await getInitiative(ctx(null), cleanBus.slug))!;
    expect(page.relations).toEqual([{ kind: "RELATED", other: { id: eBus.id, slug: eBus.slug, title: "Zero-emission bus pledge" } }]);
    await markRelation(ctx(moderator), { initiativeId: cleanBus.id, otherId: eBus.id, kind: null });
    expect((await getInitiative(ctx(null), cleanBus.slug))!.relations).toEqual([]);
  });

  it("filters the list by theme, SDG, network, status, city and region", async () => {
    const slugs = async (filters: Record<string, string>) => (await listInitiatives(ctx(null), filters)).items.map((i) => i.slug);
    expect(await slugs({ network: uclg.slug })).toEqual(expect.arrayContaining([cycling.slug]));
    expect(await slugs({ network: uclg.slug })).not.toContain(cleanBus.slug);
    expect(await slugs({ theme: "culture" })).toHaveLength(1);
    expect(await slugs({ sdg: "3" })).toEqual([cycling.slug]);
    expect(await slugs({ city: bogota.slug })).toEqual(expect.arrayContaining([cleanBus.slug, eBus.slug]));
    expect(await slugs({ region: "Latin America" })).toContain(eBus.slug);
    expect(await slugs({ status: "planned" })).not.toContain(cleanBus.slug);
    expect(await slugs({ q: "pledge", network: iclei.slug })).toEqual([eBus.slug]);
    expect(await slugs({ sdg: "99", status: "nonsense" })).toContain(cleanBus.slug);
  });
});

describe("list filters", () => {
  it("offers only cities with a published initiative, and the one already chosen", async () => {
    const lonely = await makeCity(t.db, { name: "Lonely Town" });
    const quiet = await makeCity(t.db, { name: "Quiet Town" });
    await createInitiative(ctx(c40Owner), draft({ title: "Quiet draft", cities: [quiet.slug], publish: false }));
    await createInitiative(ctx(c40Owner), draft({ title: "Published in Paris", cities: [paris.slug] }));
    const slugs = (await initiativeFacets(t.db)).cities.map((c) => c.slug);
    expect(slugs).toContain(paris.slug);
    expect(slugs).not.toContain(lonely.slug);
    expect(slugs).not.toContain(quiet.slug);
    expect((await initiativeFacets(t.db, lonely.slug)).cities.map((c) => c.slug)).toContain(lonely.slug);
  });
});
