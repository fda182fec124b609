import Link from "next/link";
import { getTranslator } from "@/lib/i18n/server";
import { getContext } from "@/server/auth/session";
import { policy } from "@/server/auth/policy";
import { ButtonLink } from "@/components/ui/button";
import { NotificationBell } from "@/components/notifications/bell";
import { HeaderSearch } from "@/components/search/header-search";
import { LanguageSwitcher } from "./language-switcher";
import { MainNav } from "./main-nav";
import { navItems } from "./nav-items";
import { SignOutButton } from "./sign-out-button";

export async function SiteHeader() {
  const { t } = await getTranslator();
  const { actor } = await getContext();
  return (
    <header className="border-b border-slate-200 bg-white">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2">
        {t("nav.skipToContent")}
      </a>
      <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <Link href="/" className="flex items-center gap-2 text-lg font-bold text-teal-800">
          <span aria-hidden className="inline-block h-6 w-6 rounded-full bg-gradient-to-br from-teal-600 to-sky-600" />
          Concord
        </Link>
        <div className="flex flex-wrap items-center gap-2">
          <HeaderSearch />
          <LanguageSwitcher />
          {actor ? (
            <>
              {policy.isModerator(actor) ? (
                <ButtonLink href="/admin" variant="ghost" size="sm">
                  {t("nav.admin")}
                </ButtonLink>
              ) : null}
              <NotificationBell />
              <ButtonLink href="/account" variant="ghost" size="sm" data-testid="account-link">
                {actor.name}
              </ButtonLink>
              <SignOutButton />
            </>
          ) : (
            <>
              <ButtonLink href="/signin" variant="ghost" size="sm">
                {t("nav.signIn")}
              </ButtonLink>
              <ButtonLink href="/signup" size="sm">
                {t("nav.signUp")}
              </ButtonLink>
            </>
          )}
        </div>
      </div>
      <MainNav labels={Object.fromEntries(navItems.map((item) => [item.key, t(`nav.${item.key}`)]))} ariaLabel={t("nav.main")} />
    </header>
  );
}
