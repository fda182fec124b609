import Link from "next/link";
import type { ReactNode } from "react";
import { langTag, repliesText } from "@/components/forum/labels";
import { Badge } from "@/components/ui/badge";
import { Section } from "@/components/ui/card";
import type { UiLocale } from "@/lib/i18n/config";
import type { Translate } from "@/lib/i18n/translate";
import type { NetworkWork } from "@/server/networks/work";

type Item = { key: string; href: string; title: string; lang?: string; note?: ReactNode };

/** One kind of work: its count in the heading, the latest few, and a link to the full filtered list. */
function WorkSection(props: { id: string; title: string; count: number; items: Item[]; all?: { href: string; label: string }; empty: string; number: Intl.NumberFormat }) {
  return (
    <Section
      id={props.id}
      title={
        <>
          {props.title}{" "}
          <span className="ml-1 rounded-full bg-slate-100 px-2 py-0.5 text-sm font-medium text-slate-700" data-testid={`${props.id}-count`}>
            {props.number.format(props.count)}
          </span>
        </>
      }
      actions={
        props.all && props.count > 0 ? (
          <Link href={props.all.href} className="text-sm font-medium text-teal-800 underline-offset-2 hover:underline" data-testid={`${props.id}-all`}>
            {props.all.label}
          </Link>
        ) : undefined
      }
    >
      {props.items.length ? (
        <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white">
          {props.items.map((item) => (
            <li key={item.key} className="flex flex-wrap items-baseline justify-between gap-2 px-4 py-3">
              <Link href={item.href} lang={item.lang} className="font-medium text-teal-800 underline-offset-2 hover:underline">
                {item.title}
              </Link>
              {item.note ? <span className="text-sm text-slate-600">{item.note}</span> : null}
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm text-slate-600">{props.empty}</p>
      )}
    </Section>
  );
}

export function NetworkWorkSections({ work, slug, t, locale }: { work: NetworkWork; slug: string; t: Translate; locale: UiLocale }) {
  const number = new Intl.NumberFormat(locale);
  const q = `network=${encodeURIComponent(slug)}`;
  const all = t("networkWork.seeAll");
  return (
    <>
      <WorkSection
        id="initiatives"
        number={number}
        title={t("networks.detail.initiativesTitle")}
        count={work.initiatives.count}
        empty={t("networkWork.initiativesEmpty")}
        all={{ href: `/initiatives?${q}`, label: all }}
        items={work.initiatives.items.map((i) => ({
          key: i.slug,
          href: `/initiatives/${i.slug}`,
          title: i.title,
          lang: langTag(i.language),
          note: i.coOwned ? <Badge tone="neutral">{t("networkWork.coOwned")}</Badge> : undefined,
        }))}
      />
      <WorkSection
        id="events"
        number={number}
        title={t("networks.detail.eventsTitle")}
        count={work.events.count}
        empty={work.events.count ? t("networkWork.eventsNoneUpcoming") : t("networkWork.eventsEmpty")}
        all={{ href: `/events?${q}${work.events.upcoming.length ? "" : "&when=past"}`, label: all }}
        items={work.events.upcoming.map((e) => ({
          key: e.slug,
          href: `/events/${e.slug}`,
          title: e.title,
          lang: langTag(e.language),
          note: new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: e.timeZone }).format(e.startsAt),
        }))}
      />
      <WorkSection
        id="practices"
        number={number}
        title={t("networks.detail.practicesTitle")}
        count={work.practices.count}
        empty={t("networkWork.practicesEmpty")}
        all={{ href: `/practices?${q}`, label: all }}
        items={work.practices.items.map((p) => ({ key: p.slug, href: `/practices/${p.slug}`, title: p.title, lang: langTag(p.language) }))}
      />
      <WorkSection
        id="member-practices"
        number={number}
        title={t("networkWork.memberPracticesTitle")}
        count={work.memberPractices.count}
        empty={t("networkWork.memberPracticesEmpty")}
        all={{ href: `/practices?memberOf=${encodeURIComponent(slug)}`, label: all }}
        items={work.memberPractices.items.map((p) => ({ key: p.slug, href: `/practices/${p.slug}`, title: p.title, lang: langTag(p.language) }))}
      />
      <WorkSection
        id="exchanges"
        number={number}
        title={t("networkWork.exchangesTitle")}
        count={work.exchanges.count}
        empty={t("networkWork.exchangesEmpty")}
        all={{ href: `/exchange?${q}&status=all`, label: all }}
        items={work.exchanges.items.map((x) => ({ key: x.slug, href: `/exchange/${x.slug}`, title: x.title }))}
      />
      <WorkSection
        id="endorsements"
        number={number}
        title={t("networkWork.endorsementsTitle")}
        count={work.endorsements.count}
        empty={t("networkWork.endorsementsEmpty")}
        all={{ href: `/frameworks?${q}`, label: all }}
        items={work.endorsements.items.map((f) => ({ key: f.slug, href: `/frameworks/${f.slug}`, title: f.title }))}
      />
      <WorkSection
        id="threads"
        number={number}
        title={t("networkWork.threadsTitle")}
        count={work.threads.count}
        empty={t("networkWork.threadsEmpty")}
        items={work.threads.items.map((th) => ({
          key: th.id,
          href: `/forum/threads/${th.id}`,
          title: th.title,
          lang: langTag(th.language),
          note: repliesText(t, th.replyCount),
        }))}
      />
    </>
  );
}
