import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ZodError } from "zod";
import type { Actor, Context } from "@/server/auth/actor";
import { loadActor } from "@/server/auth/actor";
import { policy } from "@/server/auth/policy";
import { AppError } from "@/server/errors";
import { search } from "@/server/search/query";
import { createTestDb, type TestDb } from "@/server/test/db";
import { makeActor, makeCity, makeNetwork, makePartner, makeThemes } from "@/server/test/factories";
import type { ChallengeCreateInput } from "./input";
import {
  createChallenge,
  getChallenge,
  listChallenges,
  offerHelp,
  practiceChoices,
  respondToChallenge,
  setChallengeStatus,
  supportChallenge,
  updateChallenge,
  withdrawSupport,
} from "./service";

let t: TestDb;
const ctx = (actor: Actor | null): Context => ({ db: t.db, actor });
const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (e: unknown) => (e instanceof AppError ? { code: e.code, message: e.message, fields: e.details?.fieldErrors } : e instanceof ZodError ? { code: "VALIDATION" } : e),
  );
const codeOf = async (promise: Promise<unknown>) => ((await failure(promise)) as { code?: string } | null)?.code ?? null;

let wuhan: { id: string }, nairobi: { id: string }, seoul: { id: string };
let c40: { id: string }, iclei: { id: string };
let wri: { id: string };
let wuhanOfficer: Actor, wuhanOfficer2: Actor, nairobiOfficer: Actor, nairobiOfficer2: Actor, seoulOfficer: Actor;
let c40Owner: Actor, c40Editor: Actor, icleiOwner: Actor, partner: Actor, moderator: Actor, stranger: Actor;
let c40InitiativeId: string, icleiInitiativeId: string, draftInitiativeId: string, practiceId: string;

const post = (over: Partial<ChallengeCreateInput> = {}): ChallengeCreateInput => ({
  cityId: wuhan.id,
  title: "Waterlogging in old neighbourhoods after summer rainstorms",
  problem: "Short, intense rainstorms overwhelm drainage in older districts and flood streets and basements for hours.",
  helpNeeded: "Cities that retrofitted **dense old districts** with sponge measures: what worked, and at what cost?",
  urgency: "HIGH",
  themes: ["resilience", "climate"],
  language: "en",
  ...over,
});

beforeAll(async () => {
  t = await createTestDb();
  await makeThemes(t.db, ["resilience", "climate", "health"]);
  [wuhan, nairobi, seoul] = await Promise.all([
    makeCity(t.db, { name: "Wuhan", countryCode: "CN", region: "Asia" }),
    makeCity(t.db, { name: "Nairobi", countryCode: "KE", region: "Africa" }),
    makeCity(t.db, { name: "Seoul", countryCode: "KR", region: "Asia" }),
  ]);
  [c40, iclei] = await Promise.all([makeNetwork(t.db, { name: "C40 Cities", acronym: "C40" }), makeNetwork(t.db, { name: "ICLEI", acronym: "ICLEI" })]);
  wri = await makePartner(t.db, { name: "World Resources Institute" });
  [wuhanOfficer, wuhanOfficer2, nairobiOfficer, nairobiOfficer2, seoulOfficer, c40Owner, c40Editor, icleiOwner, partner, moderator, stranger] = await Promise.all([
    makeActor(t.db, { cityOfficer: [wuhan.id] }),
    makeActor(t.db, { cityOfficer: [wuhan.id] }),
    makeActor(t.db, { cityOfficer: [nairobi.id] }),
    makeActor(t.db, { cityOfficer: [nairobi.id] }),
    makeActor(t.db, { cityOfficer: [seoul.id] }),
    makeActor(t.db, { owner: [c40.id] }),
    makeActor(t.db, { editor: [c40.id] }),
    makeActor(t.db, { owner: [iclei.id] }),
    makeActor(t.db, { partner: [wri.id] }),
    makeActor(t.db, { moderator: true }),
    makeActor(t.db),
  ]);
  const initiative = (title: string, networkId: string, state: "PUBLISHED" | "DRAFT") =>
    t.db.initiative.create({
      data: { slug: title.toLowerCase().replace(/\W+/g, "-"), title, summary: "A summary long enough.", body: "", state, owners: { create: { networkId, status: "ACCEPTED", isLead: true } } },
      select: { id: true },
    });
  c40InitiativeId = (await initiative("C40 Cool Cities", c40.id, "PUBLISHED")).id;
  icleiInitiativeId = (await initiative("ICLEI Resilient Cities", iclei.id, "PUBLISHED")).id;
  draftInitiativeId = (await initiative("C40 Draft", c40.id, "DRAFT")).id;
  practiceId = (
    await t.db.practice.create({
      data: { slug: "copenhagen-cloudburst-plan", title: "Copenhagen Cloudburst Management Plan", problem: "p", solution: "s", results: "r", replication: "x", translationGroupId: "g1", id: "g1" },
      select: { id: true },
    })
  ).id;
});
afterAll(() => t.close());

describe("posting a challenge", () => {
  it("lets a verified officer post for their city, indexed for search", async () => {
    const created = await createChallenge(ctx(wuhanOfficer), post());
    expect(created.slug).toBe("waterlogging-in-old-neighbourhoods-after-summer-rainstorms");
    const page = await getChallenge(ctx(null), created.slug);
    expect(page).toMatchObject({ urgency: "HIGH", status: "OPEN", supportCount: 0, responseCount: 0, city: { slug: "wuhan" } });
    expect(page?.themes.map((x) => x.theme.slug).sort()).toEqual(["climate", "resilience"]);
    const hits = await search(t.db, { q: "waterlogging", kind: "CHALLENGE", limit: 5, offset: 0 });
    expect(hits.hits.map((h) => h.slug)).toContain(created.slug);
  });

  it("refuses officers of other cities, partners, network staff, strangers and anonymous people", async () => {
    for (const actor of [nairobiOfficer, partner, c40Owner, stranger]) expect(await codeOf(createChallenge(ctx(actor), post()))).toBe("FORBIDDEN");
    expect(await codeOf(createChallenge(ctx(null), post()))).toBe("UNAUTHORIZED");
    // A moderator curates, but does not speak for a city.
    expect(await codeOf(createChallenge(ctx(moderator), post()))).toBe("FORBIDDEN");
  });

  it("refuses a suspended officer", async () => {
    const suspended = { ...wuhanOfficer, suspendedUntil: new Date(Date.now() + 86_400_000) };
    expect(await codeOf(createChallenge(ctx(suspended), post()))).toBe("FORBIDDEN");
  });

  it("validates the problem, help needed, urgency and themes", async () => {
    const bad = await failure(createChallenge(ctx(wuhanOfficer), post({ problem: "too short", helpNeeded: "", themes: [] })));
    expect(bad).toMatchObject({ code: "VALIDATION" });
    const unknownTheme = await failure(createChallenge(ctx(wuhanOfficer), post({ themes: ["nope"] })));
    expect(unknownTheme).toMatchObject({ code: "VALIDATION", fields: { themes: ["knowledge.errors.themeUnknown"] } });
    const chinese = await createChallenge(ctx(wuhanOfficer), post({ title: "老城区暴雨内涝问题", language: "zh" }));
    expect(chinese.slug).toBe("wuhan-challenge");
  });
});

describe("editing and status", () => {
  it("lets another officer of the same city and moderators edit, with a version check", async () => {
    const { id } = await createChallenge(ctx(wuhanOfficer), post({ title: "Edit me, a challenge" }));
    const edited = await updateChallenge(ctx(wuhanOfficer2), { ...post({ title: "Edited challenge title" }), challengeId: id, version: 1 });
    expect(edited.version).toBe(2);
    expect(await codeOf(updateChallenge(ctx(wuhanOfficer), { ...post(), challengeId: id, version: 1 }))).toBe("CONFLICT");
    const byModerator = await updateChallenge(ctx(moderator), { ...post({ urgency: "CRITICAL" }), challengeId: id, version: 2 });
    expect(byModerator.version).toBe(3);
  });

  it("refuses edits and status changes from other cities, partners and network staff", async () => {
    const { id } = await createChallenge(ctx(wuhanOfficer), post({ title: "Not yours to edit" }));
    for (const actor of [nairobiOfficer, partner, c40Owner, stranger]) {
      expect(await codeOf(updateChallenge(ctx(actor), { ...post(), challengeId: id, version: 1 }))).toBe("FORBIDDEN");
      expect(await codeOf(setChallengeStatus(ctx(actor), { challengeId: id, version: 1, status: "CLOSED" }))).toBe("FORBIDDEN");
    }
    const closed = await setChallengeStatus(ctx(wuhanOfficer), { challengeId: id, version: 1, status: "ADDRESSED" });
    expect(closed).toMatchObject({ status: "ADDRESSED", version: 2 });
    expect(await codeOf(setChallengeStatus(ctx(wuhanOfficer), { challengeId: id, version: 1, status: "CLOSED" }))).toBe("CONFLICT");
  });
});

describe("supporting a challenge", () => {
  it("counts one support per city, refuses a second officer of the same city, and withdraws", async () => {
    const { id } = await createChallenge(ctx(wuhanOfficer), post({ title: "Support me please" }));
    expect(await supportChallenge(ctx(nairobiOfficer), { challengeId: id, cityId: nairobi.id, note: "Same storms here" })).toEqual({ supportCount: 1 });
    const second = await failure(supportChallenge(ctx(nairobiOfficer2), { challengeId: id, cityId: nairobi.id }));
    expect(second).toMatchObject({ code: "CONFLICT", message: "challenges.errors.alreadySupported" });
    expect(await supportChallenge(ctx(seoulOfficer), { challengeId: id, cityId: seoul.id })).toEqual({ supportCount: 2 });
    const page = await getChallenge(ctx(null), (await t.db.cityChallenge.findUniqueOrThrow({ where: { id } })).slug);
    expect(page?.supports.map((s) => s.city.name)).toEqual(["Nairobi", "Seoul"]);
    // Another officer of the supporting city may withdraw it on the city's behalf.
    expect(await withdrawSupport(ctx(nairobiOfficer2), { challengeId: id, cityId: nairobi.id })).toEqual({ supportCount: 1 });
    expect(await codeOf(withdrawSupport(ctx(nairobiOfficer), { challengeId: id, cityId: nairobi.id }))).toBe("NOT_FOUND");
    expect(await codeOf(withdrawSupport(ctx(wuhanOfficer), { challengeId: id, cityId: seoul.id }))).toBe("FORBIDDEN");
    expect(await codeOf(withdrawSupport(ctx(partner), { challengeId: id, cityId: seoul.id }))).toBe("FORBIDDEN");
  });

  it("keeps the count right when two officers of one city support at the same moment", async () => {
    const { id } = await createChallenge(ctx(wuhanOfficer), post({ title: "Concurrent supports" }));
    const results = await Promise.allSettled([
      supportChallenge(ctx(nairobiOfficer), { challengeId: id, cityId: nairobi.id }),
      supportChallenge(ctx(nairobiOfficer2), { challengeId: id, cityId: nairobi.id }),
      supportChallenge(ctx(seoulOfficer), { challengeId: id, cityId: seoul.id }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(2);
    const [row, rows] = await Promise.all([t.db.cityChallenge.findUniqueOrThrow({ where: { id } }), t.db.challengeSupport.count({ where: { challengeId: id } })]);
    expect(row.supportCount).toBe(2);
    expect(rows).toBe(2);
  });

  it("refuses the challenge's own city, partners, network staff and officers supporting for a city they do not serve", async () => {
    const { id } = await createChallenge(ctx(wuhanOfficer), post({ title: "Cannot support myself" }));
    expect(await failure(supportChallenge(ctx(wuhanOfficer2), { challengeId: id, cityId: wuhan.id }))).toMatchObject({ code: "VALIDATION", fields: { cityId: ["challenges.errors.ownCity"] } });
    expect(policy.supportChallenge(wuhanOfficer, { supporterCityId: wuhan.id, challengeCityId: wuhan.id })).toBe(false);
    expect(await codeOf(supportChallenge(ctx(partner), { challengeId: id, cityId: nairobi.id }))).toBe("FORBIDDEN");
    expect(await codeOf(supportChallenge(ctx(c40Owner), { challengeId: id, cityId: nairobi.id }))).toBe("FORBIDDEN");
    expect(await codeOf(supportChallenge(ctx(seoulOfficer), { challengeId: id, cityId: nairobi.id }))).toBe("FORBIDDEN");
    expect(await codeOf(supportChallenge(ctx(moderator), { challengeId: id, cityId: nairobi.id }))).toBe("FORBIDDEN");
    expect(await codeOf(supportChallenge(ctx(null), { challengeId: id, cityId: nairobi.id }))).toBe("UNAUTHORIZED");
    expect((await t.db.cityChallenge.findUniqueOrThrow({ where: { id } })).supportCount).toBe(0);
  });

  it("refuses support once the challenge is closed", async () => {
    const { id } = await createChallenge(ctx(wuhanOfficer), post({ title: "Closed one" }));
    await setChallengeStatus(ctx(wuhanOfficer), { challengeId: id, version: 1, status: "CLOSED" });
    expect(await codeOf(supportChallenge(ctx(nairobiOfficer), { challengeId: id, cityId: nairobi.id }))).toBe("CONFLICT");
  });
});

describe("partner offers", () => {
  it("lets a partner member offer help with a disclosure, tells the city, and refuses others", async () => {
    const { id, slug } = await createChallenge(ctx(wuhanOfficer), post({ title: "Partner offers here" }));
    const offer = {
      challengeId: id,
      partnerId: wri.id,
      message: "Our urban flood team can share its assessment method for dense districts.",
      disclosure: "WRI is a research organisation funded by foundations; no commercial interest.",
    };
    await offerHelp(ctx(partner), offer);
    const page = await getChallenge(ctx(null), slug);
    expect(page?.offers).toMatchObject([{ disclosure: offer.disclosure, partner: { name: "World Resources Institute" } }]);
    const notified = await t.db.notification.findMany({ where: { kind: "challenges.notify.offer", userId: { in: [wuhanOfficer.id, wuhanOfficer2.id] } } });
    expect(notified).toHaveLength(2);
    expect(await failure(offerHelp(ctx(partner), { ...offer, disclosure: "" }))).toMatchObject({ code: "VALIDATION" });
    for (const actor of [nairobiOfficer, c40Owner, stranger]) expect(await codeOf(offerHelp(ctx(actor), offer))).toBe("FORBIDDEN");
  });
});

describe("network responses", () => {
  it("lets staff link their network's published initiative, a practice or a commitment; counts them and notifies the city", async () => {
    const { id, slug } = await createChallenge(ctx(wuhanOfficer), post({ title: "Respond to me" }));
    expect((await listChallenges(ctx(null), { noResponse: "1" })).items.map((c) => c.id)).toContain(id);
    await respondToChallenge(ctx(c40Editor), { challengeId: id, networkId: c40.id, kind: "INITIATIVE", initiativeId: c40InitiativeId });
    await respondToChallenge(ctx(icleiOwner), { challengeId: id, networkId: iclei.id, kind: "PRACTICE", practiceId });
    await respondToChallenge(ctx(c40Owner), { challengeId: id, networkId: c40.id, kind: "COMMITMENT", commitment: "We will run a peer exchange on sponge retrofits for Wuhan's officers this year." });
    const page = await getChallenge(ctx(null), slug);
    expect(page?.responseCount).toBe(3);
    expect(page?.responses.map((r) => [r.network.acronym, r.kind, r.initiative?.title ?? r.practice?.title ?? r.commitment?.slice(0, 10)])).toEqual([
      ["C40", "INITIATIVE", "C40 Cool Cities"],
      ["ICLEI", "PRACTICE", "Copenhagen Cloudburst Management Plan"],
      ["C40", "COMMITMENT", "We will ru"],
    ]);
    const notified = await t.db.notification.count({ where: { kind: "challenges.notify.response", userId: wuhanOfficer.id, link: `/challenges/${slug}#responses` } });
    expect(notified).toBe(3);
    expect((await listChallenges(ctx(null), { noResponse: "1" })).items.map((c) => c.id)).not.toContain(id);
    expect(await codeOf(respondToChallenge(ctx(c40Editor), { challengeId: id, networkId: c40.id, kind: "INITIATIVE", initiativeId: c40InitiativeId }))).toBe("CONFLICT");
  });

  it("refuses another network's initiative, drafts, partners, city officers and staff of other networks", async () => {
    const { id } = await createChallenge(ctx(wuhanOfficer), post({ title: "Refused responses" }));
    expect(await failure(respondToChallenge(ctx(c40Owner), { challengeId: id, networkId: c40.id, kind: "INITIATIVE", initiativeId: icleiInitiativeId }))).toMatchObject({
      code: "VALIDATION",
      fields: { initiativeId: ["challenges.errors.initiativeNotOwned"] },
    });
    expect(await codeOf(respondToChallenge(ctx(c40Owner), { challengeId: id, networkId: c40.id, kind: "INITIATIVE", initiativeId: draftInitiativeId }))).toBe("VALIDATION");
    expect(await codeOf(respondToChallenge(ctx(c40Owner), { challengeId: id, networkId: c40.id, kind: "COMMITMENT", commitment: "short" }))).toBe("VALIDATION");
    for (const actor of [partner, wuhanOfficer, nairobiOfficer, icleiOwner, stranger, moderator]) {
      expect(await codeOf(respondToChallenge(ctx(actor), { challengeId: id, networkId: c40.id, kind: "INITIATIVE", initiativeId: c40InitiativeId }))).toBe("FORBIDDEN");
    }
    expect((await t.db.cityChallenge.findUniqueOrThrow({ where: { id } })).responseCount).toBe(0);
  });

  it("offers published practices by title", async () => {
    expect((await practiceChoices(ctx(c40Owner), { q: "cloudburst" })).map((p) => p.slug)).toEqual(["copenhagen-cloudburst-plan"]);
  });
});

describe("the agenda", () => {
  it("ranks by city support, then urgency, then recency, and filters", async () => {
    await t.db.cityChallenge.deleteMany({});
    const a = await createChallenge(ctx(wuhanOfficer), post({ title: "Low but supported", urgency: "LOW" }));
    const b = await createChallenge(ctx(nairobiOfficer), post({ cityId: nairobi.id, title: "Critical, unsupported", urgency: "CRITICAL", themes: ["health"] }));
    const c = await createChallenge(ctx(seoulOfficer), post({ cityId: seoul.id, title: "Medium, unsupported", urgency: "MEDIUM" }));
    const order = async (input = {}) => (await listChallenges(ctx(null), input)).items.map((x) => x.id);
    expect(await order()).toEqual([b.id, c.id, a.id]);
    await supportChallenge(ctx(nairobiOfficer), { challengeId: a.id, cityId: nairobi.id });
    expect(await order()).toEqual([a.id, b.id, c.id]);
    expect(await order({ theme: "health" })).toEqual([b.id]);
    expect(await order({ region: "Asia" })).toEqual([a.id, c.id]);
    expect(await order({ urgency: "critical" })).toEqual([b.id]);
    expect(await order({ status: "closed" })).toEqual([]);
    expect(await order({ urgency: "nonsense" })).toHaveLength(3);
  });

  it("loads the actor fresh so a revoked officer can no longer post", async () => {
    await t.db.cityOfficer.updateMany({ where: { userId: wuhanOfficer2.id }, data: { status: "REJECTED" } });
    const fresh = await loadActor(t.db, wuhanOfficer2.id);
    expect(await codeOf(createChallenge(ctx(fresh), post()))).toBe("FORBIDDEN");
  });
});
