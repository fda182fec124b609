import type { ComponentProps, ReactNode } from "react";
import { cn } from "@/lib/utils";

export function Card({ className, ...props }: ComponentProps<"div">) {
  return <div className={cn("rounded-lg border border-slate-200 bg-white p-5 shadow-sm", className)} {...props} />;
}

export function Section(props: { title: ReactNode; id?: string; actions?: ReactNode; children: ReactNode; className?: string }) {
  const headingId = props.id ? `${props.id}-heading` : undefined;
  return (
    <section aria-labelledby={headingId} className={cn("space-y-3", props.className)}>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id={headingId} className="text-lg font-semibold text-slate-900">
          {props.title}
        </h2>
        {props.actions}
      </div>
      {props.children}
    </section>
  );
}

export function PageHeader(props: { title: ReactNode; description?: ReactNode; actions?: ReactNode; eyebrow?: ReactNode }) {
  return (
    <div className="mb-6 flex flex-wrap items-end justify-between gap-4 border-b border-slate-200 pb-5">
      <div className="max-w-3xl space-y-1">
        {props.eyebrow ? <div className="text-sm font-medium text-teal-800">{props.eyebrow}</div> : null}
        <h1 className="text-2xl font-bold tracking-tight text-slate-900 sm:text-3xl">{props.title}</h1>
        {props.description ? <p className="text-slate-700">{props.description}</p> : null}
      </div>
      {props.actions ? <div className="flex flex-wrap gap-2">{props.actions}</div> : null}
    </div>
  );
}

export function EmptyState(props: { title: ReactNode; description?: ReactNode; action?: ReactNode }) {
  return (
    <div className="rounded-lg border border-dashed border-slate-300 bg-slate-50 px-6 py-8 text-center">
      <p className="font-medium text-slate-800">{props.title}</p>
      {props.description ? <p className="mt-1 text-sm text-slate-600">{props.description}</p> : null}
      {props.action ? <div className="mt-4">{props.action}</div> : null}
    </div>
  );
}
