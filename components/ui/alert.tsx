import type { ReactNode } from "react";
import { cn } from "@/lib/utils";

const tones = {
  info: "border-sky-200 bg-sky-50 text-sky-900",
  success: "border-green-200 bg-green-50 text-green-900",
  warning: "border-amber-200 bg-amber-50 text-amber-900",
  error: "border-red-200 bg-red-50 text-red-900",
};

export function Alert(props: { tone?: keyof typeof tones; title?: ReactNode; children?: ReactNode; className?: string }) {
  const tone = props.tone ?? "info";
  return (
    <div role={tone === "error" ? "alert" : "status"} className={cn("rounded-md border px-4 py-3 text-sm", tones[tone], props.className)}>
      {props.title ? <p className="font-semibold">{props.title}</p> : null}
      {props.children}
    </div>
  );
}
