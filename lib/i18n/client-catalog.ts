import "server-only";
import { catalogs } from "@/messages";
import { defaultLocale, type UiLocale } from "./config";
import { mergeMessages, type Messages } from "./translate";

const merged = new Map<UiLocale, Messages>();

/**
 * The locale's messages with English filled in where a translation is missing: what client
 * components translate with, so one catalog per page serves both.
 */
export function clientCatalog(locale: UiLocale): Messages {
  let catalog = merged.get(locale);
  if (!catalog) {
    catalog = locale === defaultLocale ? catalogs[locale] : mergeMessages(catalogs[defaultLocale], catalogs[locale]);
    merged.set(locale, catalog);
  }
  return catalog;
}

// What the client side of the site may translate, by part of the app: a key, or a prefix standing
// for every key under it. The catalog travels in the RSC payload of every page (the whole English
// one was more than half of a page's HTML), so each page gets the shell's keys (the root layout's
// islands and error pages) and those of its section (app/<section>/layout.tsx), no more.
// client-catalog.test.ts reads the sources and fails when a client component can ask for a key
// these lists leave out.

const moderationTools = ["moderation.flag", "moderation.post", "moderation.thread", "moderation.cancel", "moderation.loading", "moderation.errors", "moderation.limits", "moderation.notify", "moderation.undo", "moderation.reasons", "moderation.reasonHints"];
const accountForms = ["accountSecurity", "auth", "account.preferences"];

export const shellMessages = [
  "common",
  "errors",
  "nav",
  "home.tagline",
  "legal.termsTitle",
  "legal.privacyTitle",
  "search.header",
  ...["bell", "bellUnread", "title", "markAllRead", "marking", "unread", "empty", "seeAll", "preferences.link"].map((key) => `notifications.${key}`),
];

export const sectionMessages = {
  account: ["account", "accountSecurity", "auth", "notifications", "networks.notify"],
  admin: ["admin", "account.roles", "cities", "knowledge.errors", "moderation", "networks", "partners"],
  challenges: ["challenges", "knowledge.errors", "knowledge.language", "networks.errors", "partners.types"],
  cities: ["cities", "practices.share", "moderation.undo", "moderation.errors"],
  events: ["events", "knowledge.errors", "knowledge.seedNote", "knowledge.source", "knowledge.language", "networks.errors"],
  exchange: ["exchange", "knowledge.errors", "networks.errors"],
  "forgot-password": accountForms,
  forum: [
    "forum",
    "knowledge.errors",
    "knowledge.language",
    ...["errors", "regions", "models", "membersUnknown", "membersValue", "membersUndated", "scopes"].map((key) => `networks.${key}`),
    ...moderationTools,
  ],
  frameworks: ["frameworks", "knowledge.errors", "knowledge.seedNote", "knowledge.source", "knowledge.language", "networks.errors"],
  initiatives: ["initiatives", "knowledge", "networks.errors", "partners.types"],
  invitations: ["members"],
  moderation: ["moderation", "admin.dashboardLink", "admin.cards"],
  networks: ["networks", "members", "knowledge.errors", "partners.types"],
  partners: ["partners", "moderation.undo", "moderation.errors"],
  practices: ["practices", "knowledge", "networks.errors", "partners.types"],
  "reset-password": accountForms,
  search: ["search"],
  signin: ["auth", "accountSecurity.reset"],
  signup: [...accountForms, "legal"],
  statements: ["events", "knowledge.errors", "knowledge.language", "networks.errors"],
} satisfies Record<string, string[]>;

export type Section = keyof typeof sectionMessages;

/** The part of `messages` under the given keys and prefixes. */
export function pickMessages(messages: Messages, prefixes: readonly string[]): Messages {
  let picked: Messages = {};
  for (const prefix of prefixes) {
    const path = prefix.split(".");
    let node: string | Messages | undefined = messages;
    for (const part of path) node = typeof node === "string" || node === undefined ? undefined : node[part];
    if (node === undefined) continue;
    const branch = path.reduceRight<string | Messages>((inner, part) => ({ [part]: inner }), node) as Messages;
    picked = mergeMessages(picked, branch);
  }
  return picked;
}

const picked = new Map<string, Messages>();

/** The shell's or a section's client messages in `locale`, one object per pair (the RSC payload sends it once). */
export function scopedCatalog(locale: UiLocale, scope: Section | "shell"): Messages {
  const cacheKey = `${locale}:${scope}`;
  let catalog = picked.get(cacheKey);
  if (!catalog) {
    catalog = pickMessages(clientCatalog(locale), scope === "shell" ? shellMessages : sectionMessages[scope]);
    picked.set(cacheKey, catalog);
  }
  return catalog;
}
