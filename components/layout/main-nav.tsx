"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { cn } from "@/lib/utils";
import { navItems } from "./nav-items";

export function MainNav({ labels, ariaLabel }: { labels: Record<string, string>; ariaLabel: string }) {
  const pathname = usePathname();
  return (
    <nav aria-label={ariaLabel} className="border-t border-slate-100">
      <ul className="mx-auto flex max-w-7xl gap-1 overflow-x-auto px-2 text-sm">
        {navItems.map((item) => {
          const active = pathname === item.href || pathname.startsWith(`${item.href}/`);
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={active ? "page" : undefined}
                className={cn(
                  "block whitespace-nowrap border-b-2 px-3 py-2.5 text-slate-700 hover:text-teal-800",
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
