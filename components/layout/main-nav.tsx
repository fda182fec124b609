"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { clsx } from "clsx";
import { navItems } from "./nav-items";

/** The sections: a wrapping row on wide screens (no scroll box, so focus rings are never clipped), a two-column list in the phone menu. */
export function MainNav({ labels, ariaLabel, variant = "bar" }: { labels: Record<string, string>; ariaLabel: string; variant?: "bar" | "menu" }) {
  const pathname = usePathname();
  return (
    <nav aria-label={ariaLabel} className={variant === "bar" ? "hidden border-t border-slate-100 lg:block" : undefined}>
      <ul className={variant === "bar" ? "mx-auto flex max-w-7xl flex-wrap gap-1 px-2 py-1 text-sm" : "grid grid-cols-2 gap-1 text-sm"}>
        {navItems.map((item) => {
          const active = pathname === item.href || pathname.startsWith(`${item.href}/`);
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={active ? "page" : undefined}
                // clsx rather than cn: these classes never conflict, and tailwind-merge would ship with the header on every page.
                className={clsx(
                  variant === "bar" ? "block whitespace-nowrap rounded-sm border-b-2 px-3 py-2 hover:text-teal-800" : "block rounded-md border-l-4 px-3 py-2 hover:bg-slate-50",
                  active ? "border-teal-700 font-semibold text-teal-900" : ["border-transparent", variant === "bar" ? "text-slate-700" : "text-slate-800"],
                )}
              >
                {labels[item.key]}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
