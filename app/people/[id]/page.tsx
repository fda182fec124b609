import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Card, EmptyState, PageHeader, Section } from "@/components/ui/card";
import { getTranslator } from "@/lib/i18n/server";
import { getDb } from "@/server/db/client";
import { AppError } from "@/server/errors";
import { publicProfile } from "@/server/people/service";

async function load(id: string) {
  try {
    return await publicProfile(getDb(), id);
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const person = await load((await params).id);
  return { title: person.name };
}

/** A plain-text excerpt: the profile lists posts, the thread shows them rendered. */
const excerpt = (markdown: string) => {
  const text = markdown.replace(/[#>*_`[\]()!-]+/g, " ").replace(/\s+/g, " ").trim();
  return text.length > 200 ? `${text.slice(0, 200)}…` : text;
};

export default async function PersonPage({ params }: { params: Promise<{ id: string }> }) {
  const person = await load((await params).id);
  const { t, locale } = await getTranslator();
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "long" });
  const roles = [
    ...person.staff.map((s) => ({ key: `n-${s.network.slug}`, href: `/networks/${s.network.slug}`, label: t("accountSecurity.profile.staffOf", { role: t(`accountSecurity.profile.role.${s.role}`), network: s.network.name }) })),
    ...person.cityOfficers.map((c) => ({ key: `c-${c.city.slug}`, href: `/cities/${c.city.slug}`, label: t("accountSecurity.profile.officerOf", { city: c.city.name }) })),
    ...person.partnerMembers.map((p) => ({ key: `p-${p.partner.slug}`, href: `/partners/${p.partner.slug}`, label: t("accountSecurity.profile.partnerOf", { partner: p.partner.name }) })),
  ];
  return (
    <div className="space-y-8" data-testid="person-profile">
      <PageHeader title={person.name} eyebrow={person.organisation ?? undefined} description={t("accountSecurity.profile.memberSince", { date: date.format(person.createdAt) })} />
      <Section title={t("accountSecurity.profile.roles")}>
        {roles.length ? (
          <ul className="flex flex-wrap gap-2">
            {roles.map((r) => (
              <li key={r.key}>
                <Link href={r.href} className="inline-block rounded-full bg-slate-100 px-3 py-1 text-sm text-slate-800 hover:bg-teal-50 hover:text-teal-800">
                  {r.label}
                </Link>
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-sm text-slate-600">{t("accountSecurity.profile.noRoles")}</p>
        )}
      </Section>
      <Section title={t("accountSecurity.profile.posts")}>
        {person.posts.length ? (
          <ul className="space-y-3">
            {person.posts.map((p) => (
              <li key={p.id}>
                <Card>
                  <Link href={`/forum/threads/${p.thread.id}#post-${p.number}`} className="font-semibold text-slate-900 hover:text-teal-800 hover:underline">
                    {p.thread.title}
                  </Link>
                  <p className="mt-1 text-xs text-slate-600">{date.format(p.createdAt)}</p>
                  <p className="mt-2 break-words text-sm text-slate-700">{excerpt(p.body)}</p>
                </Card>
              </li>
            ))}
          </ul>
        ) : (
          <EmptyState title={t("accountSecurity.profile.noPosts")} />
        )}
      </Section>
    </div>
  );
}
