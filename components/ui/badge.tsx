import { cva, type VariantProps } from "class-variance-authority";
import type { ComponentProps } from "react";
import { cn } from "@/lib/utils";

const badgeVariants = cva("inline-flex items-center rounded-full px-2.5 py-0.5 text-xs font-medium whitespace-nowrap", {
  variants: {
    tone: {
      neutral: "bg-slate-100 text-slate-800",
      teal: "bg-teal-50 text-teal-900 ring-1 ring-teal-200",
      amber: "bg-amber-50 text-amber-900 ring-1 ring-amber-200",
      red: "bg-red-50 text-red-800 ring-1 ring-red-200",
      green: "bg-green-50 text-green-900 ring-1 ring-green-200",
      blue: "bg-sky-50 text-sky-900 ring-1 ring-sky-200",
    },
  },
  defaultVariants: { tone: "neutral" },
});

export function Badge({ className, tone, ...props }: ComponentProps<"span"> & VariantProps<typeof badgeVariants>) {
  return <span className={cn(badgeVariants({ tone }), className)} {...props} />;
}
