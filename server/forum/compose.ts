import type { Context } from "@/server/auth/actor";
import { ATTACHMENT_KINDS, type AttachmentKind } from "./attachments";

const pick = { id: true, title: true } as const;

/** The record named in /forum/new's query string (e.g. ?practice=<id>), with the category that suits it. */
export async function attachmentFromQuery(ctx: Context, query: Record<string, string | undefined>) {
  const kind = ATTACHMENT_KINDS.find((k) => query[k]);
  const id = kind ? query[kind] : undefined;
  if (!kind || !id) return null;
  const themeOf = (themes: { theme: { slug: string } }[]) => themes[0]?.theme.slug ?? "dialogue";
  const found = await lookup(ctx, kind, id, themeOf);
  return found ? { kind, ...found } : null;
}

async function lookup(ctx: Context, kind: AttachmentKind, id: string, themeOf: (t: { theme: { slug: string } }[]) => string) {
  const themes = { select: { theme: { select: { slug: true } } }, orderBy: { theme: { position: "asc" as const } }, take: 1 };
  switch (kind) {
    case "initiative": {
      const r = await ctx.db.initiative.findFirst({ where: { id, state: "PUBLISHED" }, select: { ...pick, themes } });
      return r && { id: r.id, title: r.title, categorySlug: themeOf(r.themes) };
    }
    case "practice": {
      const r = await ctx.db.practice.findFirst({ where: { id, state: "PUBLISHED" }, select: { ...pick, themes } });
      return r && { id: r.id, title: r.title, categorySlug: themeOf(r.themes) };
    }
    case "framework": {
      const r = await ctx.db.framework.findUnique({ where: { id }, select: pick });
      return r && { ...r, categorySlug: "frameworks" };
    }
    case "event": {
      const r = await ctx.db.event.findUnique({ where: { id }, select: pick });
      return r && { ...r, categorySlug: "dialogue" };
    }
    case "challenge": {
      const r = await ctx.db.cityChallenge.findUnique({ where: { id }, select: pick });
      return r && { ...r, categorySlug: "city-challenges" };
    }
  }
}
