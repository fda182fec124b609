import { isWebUrl } from "@/components/practices/labels";

/**
 * The one quiet note a page carries when it shows seed content: it says once what seed content
 * is (and where it came from) instead of a badge on every record.
 */
export function SeedNote({ text, source }: { text: string; source?: { href: string | null | undefined; label: string } }) {
  return (
    <p role="note" data-testid="seed-note" className="max-w-3xl rounded-md border border-slate-200 bg-slate-50 px-3 py-2 text-xs text-slate-600">
      {text}
      {source && isWebUrl(source.href) ? (
        <>
          {" "}
          <a href={source.href} rel="nofollow noopener" target="_blank" className="text-teal-800 underline underline-offset-2">
            {source.label}
          </a>
        </>
      ) : null}
    </p>
  );
}
