import { renderMarkdown } from "@/lib/markdown/render";
import { cn } from "@/lib/utils";

/** User-written Markdown. The HTML comes from renderMarkdown, which never passes raw HTML or unsafe links through. */
export function Markdown({ source, className }: { source: string; className?: string }) {
  return <div className={cn("prose-concord", className)} dangerouslySetInnerHTML={{ __html: renderMarkdown(source) }} />;
}
