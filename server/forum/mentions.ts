import type { DbOrTx } from "@/server/db/client";

// People are mentioned as `@[Display Name](user:<id>)`, inserted by the composer's autocomplete, so
// a name with spaces or in any script is unambiguous. Networks are mentioned by acronym or slug
// (`@C40`, `@uclg`) and the mention reaches all their staff.
const PERSON = /@\[([^\]\n]{1,120})\]\(user:([A-Za-z0-9_-]{1,64})\)/g;
const HANDLE = /(^|[^\w@/[\]])@([A-Za-z0-9][\w-]{0,39})/g;

/** Code spans and blocks are examples, not mentions. */
function withoutCode(body: string) {
  return body.replace(/```[\s\S]*?```/g, " ").replace(/`[^`\n]*`/g, " ");
}

export function parseMentions(body: string): { userIds: string[]; handles: string[] } {
  const text = withoutCode(body);
  const userIds = [...text.matchAll(PERSON)].map((m) => m[2]!);
  const handles = [...text.replace(PERSON, " ").matchAll(HANDLE)].map((m) => m[2]!.toLowerCase());
  return { userIds: [...new Set(userIds)], handles: [...new Set(handles)] };
}

/** The people and verified networks a body mentions, resolved in two queries. */
export async function resolveMentions(db: DbOrTx, body: string) {
  const { userIds, handles } = parseMentions(body);
  const [users, networks] = await Promise.all([
    userIds.length ? db.user.findMany({ where: { id: { in: userIds } }, select: { id: true } }) : Promise.resolve([]),
    handles.length
      ? db.network.findMany({
          where: {
            status: "VERIFIED",
            OR: [{ slug: { in: handles } }, ...handles.map((h) => ({ acronym: { equals: h, mode: "insensitive" as const } }))],
          },
          select: { id: true },
        })
      : Promise.resolve([]),
  ]);
  return { userIds: users.map((u) => u.id), networkIds: networks.map((n) => n.id) };
}

const escapeMarkdown = (text: string) => text.replace(/[\\`*_{}[\]()<>#+!|~]/g, (c) => `\\${c}`);

/**
 * The Markdown to render for a post: person mentions become bold names, network mentions that were
 * recorded become links to the network's page. The result still goes through the safe renderer.
 */
export function mentionMarkdown(body: string, networks: { slug: string; acronym: string | null }[]): string {
  const byHandle = new Map<string, string>();
  for (const n of networks) {
    byHandle.set(n.slug.toLowerCase(), n.slug);
    if (n.acronym) byHandle.set(n.acronym.toLowerCase(), n.slug);
  }
  const people = body.replace(PERSON, (_m, name: string) => `**@${escapeMarkdown(name)}**`);
  if (!byHandle.size) return people;
  return people.replace(HANDLE, (match, before: string, handle: string) => {
    const slug = byHandle.get(handle.toLowerCase());
    return slug ? `${before}[@${handle}](/networks/${slug})` : match;
  });
}
