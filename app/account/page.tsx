import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { MarkAllRead } from "@/components/notifications/mark-all-read";
import { NotificationList } from "@/components/notifications/notification-list";
import { NotificationPreferencesTable } from "@/components/notifications/preferences-table";
import { AccountForm } from "@/components/accounts/account-form";
import { Badge } from "@/components/ui/badge";
import { Card, EmptyState, PageHeader, Section } from "@/components/ui/card";
import { getTranslator } from "@/lib/i18n/server";
import { accountOverview } from "@/server/account-settings/service";
import { getContext } from "@/server/auth/session";
import { preferencesOf } from "@/server/notifications/preferences";
import { renderedNotifications } from "@/server/notifications/service";
import { PreferencesForm } from "./preferences-form";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("account.title") };
}

type Status = "PENDING" | "VERIFIED" | "REJECTED";
const statusTone = { PENDING: "amber", VERIFIED: "green", REJECTED: "red" } as const;

export default async function AccountPage() {
  const ctx = await getContext();
  if (!ctx.actor) redirect(`/signin?callbackUrl=${encodeURIComponent("/account")}`);
  const { t, locale } = await getTranslator();
  const [me, notifications, notificationPrefs] = await Promise.all([
    accountOverview(ctx),
    renderedNotifications(ctx.db, ctx.actor.id, locale),
    preferencesOf(ctx.db, ctx.actor.id),
  ]);
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "long" });
  const hasRoles = me.platformRoles.length + me.staff.length + me.cityOfficers.length + me.partnerMembers.length > 0;
  const status = (value: Status) => <Badge tone={statusTone[value]}>{t(`account.roles.status.${value}`)}</Badge>;

  return (
    <div className="space-y-10">
      <PageHeader title={t("account.title")} description={t("account.description")} />

      <div className="grid grid-cols-1 gap-8 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <div className="space-y-10">
          <Section id="roles" title={t("account.roles.title")}>
            {hasRoles ? (
              <div className="space-y-4" data-testid="account-roles">
                {me.platformRoles.length ? (
                  <Card>
                    <h3 className="text-sm font-semibold text-slate-700">{t("account.roles.platform")}</h3>
                    <ul className="mt-2 flex flex-wrap gap-2">
                      {me.platformRoles.map(({ role }) => (
                        <li key={role}>
                          <Badge tone={role === "ADMIN" ? "red" : "blue"}>{t(`account.roles.platformRole.${role}`)}</Badge>
                        </li>
                      ))}
                    </ul>
                  </Card>
                ) : null}
                {me.staff.length ? (
                  <Card>
                    <h3 className="text-sm font-semibold text-slate-700">{t("account.roles.staff")}</h3>
                    <ul className="mt-2 space-y-2">
                      {me.staff.map((s) => (
                        <li key={s.network.slug} className="flex flex-wrap items-center gap-2">
                          <Link href={`/networks/${s.network.slug}`} className="font-medium text-teal-800 underline-offset-4 hover:underline">
                            {s.network.acronym && !s.network.name.startsWith(s.network.acronym) ? `${s.network.acronym} · ` : null}
                            {s.network.name}
                          </Link>
                          <Badge tone="teal">{t(`account.roles.staffRole.${s.role}`)}</Badge>
                          {s.network.status !== "VERIFIED" ? <Badge tone={statusTone[s.network.status]}>{t(`account.roles.networkStatus.${s.network.status}`)}</Badge> : null}
                        </li>
                      ))}
                    </ul>
                  </Card>
                ) : null}
                {me.cityOfficers.length ? (
                  <Card>
                    <h3 className="text-sm font-semibold text-slate-700">{t("account.roles.cities")}</h3>
                    <ul className="mt-2 space-y-2">
                      {me.cityOfficers.map((c) => (
                        <li key={c.city.slug}>
                          <div className="flex flex-wrap items-center gap-2">
                            <Link href={`/cities/${c.city.slug}`} className="font-medium text-teal-800 underline-offset-4 hover:underline">
                              {c.city.name}
                            </Link>
                            {c.title ? <span className="text-sm text-slate-700">{c.title}</span> : null}
                            {status(c.status)}
                          </div>
                          {c.status === "REJECTED" && c.reason ? <p className="text-sm text-slate-700">{t("account.roles.reason", { reason: c.reason })}</p> : null}
                        </li>
                      ))}
                    </ul>
                  </Card>
                ) : null}
                {me.partnerMembers.length ? (
                  <Card>
                    <h3 className="text-sm font-semibold text-slate-700">{t("account.roles.partners")}</h3>
                    <ul className="mt-2 space-y-2">
                      {me.partnerMembers.map((p) => (
                        <li key={p.partner.slug} className="flex flex-wrap items-center gap-2">
                          <Link href={`/partners/${p.partner.slug}`} className="font-medium text-teal-800 underline-offset-4 hover:underline">
                            {p.partner.name}
                          </Link>
                          {status(p.status)}
                        </li>
                      ))}
                    </ul>
                  </Card>
                ) : null}
              </div>
            ) : (
              <EmptyState title={t("account.roles.none")} description={t("account.roles.noneHint")} />
            )}
          </Section>

          <Section id="notifications" title={t("notifications.title")} actions={notifications.some((n) => !n.read) ? <MarkAllRead /> : null}>
            <NotificationList items={notifications} />
          </Section>

          <Section id="notification-preferences" title={t("notifications.preferences.title")}>
            <Card>
              <NotificationPreferencesTable initial={notificationPrefs} />
            </Card>
          </Section>
        </div>

        <div className="space-y-10">
          <Section id="profile" title={t("account.profile.title")}>
            <Card>
              <dl className="space-y-2 text-sm">
                <div>
                  <dt className="text-slate-600">{t("account.profile.name")}</dt>
                  <dd className="font-medium text-slate-900">{me.name}</dd>
                </div>
                <div>
                  <dt className="text-slate-600">{t("account.profile.email")}</dt>
                  <dd className="break-all">{me.email}</dd>
                </div>
                {me.organisation ? (
                  <div>
                    <dt className="text-slate-600">{t("account.profile.organisation")}</dt>
                    <dd>{me.organisation}</dd>
                  </div>
                ) : null}
                <div>
                  <dt className="text-slate-600">{t("account.profile.memberSince")}</dt>
                  <dd>{date.format(me.createdAt)}</dd>
                </div>
              </dl>
            </Card>
          </Section>
          <Section id="preferences" title={t("account.preferences.title")}>
            <Card>
              <PreferencesForm locale={me.locale} />
            </Card>
          </Section>
          <Section id="account-name" title={t("accountSecurity.name.title")}>
            <Card>
              <AccountForm kind="name" fields={[{ name: "name", label: t("accountSecurity.name.title"), autoComplete: "name", defaultValue: me.name }]} submit={t("accountSecurity.name.save")} done="accountSecurity.name.saved" />
            </Card>
          </Section>
          <Section id="account-email" title={t("accountSecurity.email.title")}>
            <Card>
              <AccountForm
                kind="email"
                fields={[
                  { name: "email", label: t("accountSecurity.email.new"), type: "email", autoComplete: "email", hint: t("accountSecurity.email.hint") },
                  { name: "currentPassword", label: t("accountSecurity.currentPassword"), type: "password", autoComplete: "current-password" },
                ]}
                submit={t("accountSecurity.email.send")}
                done="accountSecurity.email.sent"
              />
            </Card>
          </Section>
          <Section id="account-password" title={t("accountSecurity.password.title")}>
            <Card>
              {me.hasPassword ? null : (
                <p className="mb-3 text-sm text-slate-700" data-testid="no-password">
                  {t("accountSecurity.password.none")}{" "}
                  <Link href="/forgot-password" className="font-medium text-teal-800 underline">
                    {t("accountSecurity.password.setByEmail")}
                  </Link>
                </p>
              )}
              <AccountForm
                kind="password"
                fields={[
                  { name: "currentPassword", label: t("accountSecurity.currentPassword"), type: "password", autoComplete: "current-password" },
                  { name: "newPassword", label: t("accountSecurity.password.new"), type: "password", autoComplete: "new-password", hint: t("auth.passwordHint") },
                ]}
                submit={t("accountSecurity.password.save")}
                done="accountSecurity.password.done"
              />
            </Card>
          </Section>
          <Section id="account-delete" title={t("accountSecurity.delete.title")}>
            <Card>
              <p className="mb-3 text-sm text-slate-700">{t("accountSecurity.delete.hint")}</p>
              <AccountForm
                kind="delete"
                danger
                fields={[{ name: "currentPassword", label: t("accountSecurity.currentPassword"), type: "password", autoComplete: "current-password" }]}
                submit={t("accountSecurity.delete.confirm")}
                done="accountSecurity.delete.done"
              />
            </Card>
          </Section>
        </div>
      </div>
    </div>
  );
}
