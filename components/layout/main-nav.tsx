"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { cn } from "@/lib/utils";
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
                className={cn(
                  variant === "bar"
                    ? "block whitespace-nowrap rounded-sm border-b-2 px-3 py-2 text-slate-700 hover:text-teal-800"
                    : "block rounded-md border-l-4 px-3 py-2 text-slate-800 hover:bg-slate-50",
                  active ? "border-teal-700 font-semibold text-teal-900" : "border-transparent",
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
