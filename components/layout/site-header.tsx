import Link from "next/link";
import { getTranslator } from "@/lib/i18n/server";
import { getContext } from "@/server/auth/session";
import { policy } from "@/server/auth/policy";
import { ButtonLink, buttonVariants } from "@/components/ui/button";
import { NotificationBell } from "@/components/notifications/bell";
import { HeaderSearch } from "@/components/search/header-search";
import { LanguageSwitcher } from "./language-switcher";
import { MainNav } from "./main-nav";
import { MobileMenu } from "./mobile-menu";
import { navItems } from "./nav-items";
import { SignOutButton } from "./sign-out-button";

/** One row on every screen: on phones the language, account links and sections sit in the Menu disclosure. */
export async function SiteHeader() {
  const { t } = await getTranslator();
  const { actor } = await getContext();
  const labels = Object.fromEntries(navItems.map((item) => [item.key, t(`nav.${item.key}`)]));
  const accountLinks = (mobile: boolean) =>
    actor ? (
      <>
        {policy.isModerator(actor) ? (
          <ButtonLink href="/admin" variant="ghost" size="sm">
            {t("nav.admin")}
          </ButtonLink>
        ) : null}
        <ButtonLink href="/account" variant="ghost" size="sm" data-testid={mobile ? "account-link-menu" : "account-link"} className="max-w-48 truncate">
          {actor.name}
        </ButtonLink>
        <SignOutButton className={buttonVariants({ variant: "ghost", size: "sm" })} />
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
    );
  return (
    <header className="relative border-b border-slate-200 bg-white">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2">
        {t("nav.skipToContent")}
      </a>
      <div className="mx-auto flex max-w-7xl items-center justify-between gap-2 px-4 py-3">
        <Link href="/" className="flex shrink-0 items-center gap-2 text-lg font-bold text-teal-800">
          <span aria-hidden className="inline-block h-6 w-6 rounded-full bg-gradient-to-br from-teal-600 to-sky-600" />
          Concord
        </Link>
        <div className="flex min-w-0 items-center gap-2">
          <HeaderSearch />
          <div className="hidden items-center gap-2 lg:flex">
            <LanguageSwitcher />
          </div>
          {actor ? <NotificationBell /> : null}
          <div className="hidden items-center gap-2 lg:flex">{accountLinks(false)}</div>
          <MobileMenu label={t("nav.menu")}>
            <div className="space-y-3">
              <MainNav labels={labels} ariaLabel={t("nav.main")} variant="menu" />
              <div className="flex flex-wrap items-center gap-2 border-t border-slate-100 pt-3">
                <LanguageSwitcher testId="language-switcher-menu" />
                {accountLinks(true)}
              </div>
            </div>
          </MobileMenu>
        </div>
      </div>
      <MainNav labels={labels} ariaLabel={t("nav.main")} />
    </header>
  );
}
