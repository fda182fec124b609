"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
// The classes without Button, which would bring tailwind-merge to every signed-in page.
import { buttonVariants } from "@/components/ui/button-variants";
import { useI18n } from "@/lib/i18n/client";
import { callMutation } from "@/lib/trpc/call-mutation";

export type BellItem = { id: string; title: string; body: string; link: string | null; read: boolean; createdAt: string };
export type BellSnapshot = { unread: number; items: BellItem[] };

const STREAM_URL = "/api/notifications/stream";
const MAX_RETRY_MS = 60_000;

/**
 * Keeps the bell's snapshot current from the server-sent event stream. The browser reconnects on
 * its own after a dropped connection; when it gives up (the stream answered with an error, e.g.
 * after a restart), this tries again with growing pauses, and meanwhile the bell simply keeps the
 * last snapshot it had.
 */
function useLiveSnapshot(initial: BellSnapshot, locale: string) {
  const [snapshot, setSnapshot] = useState(initial);
  const [rendered, setRendered] = useState(initial);
  const [connected, setConnected] = useState(false);
  // A server render (navigation, router.refresh) brings a fresh snapshot: take it.
  if (initial !== rendered) {
    setRendered(initial);
    setSnapshot(initial);
  }
  useEffect(() => {
    let source: EventSource | null = null;
    let retry: ReturnType<typeof setTimeout> | undefined;
    let failures = 0;
    const connect = () => {
      source = new EventSource(STREAM_URL);
      source.addEventListener("notifications", (event) => {
        failures = 0;
        setConnected(true);
        setSnapshot(JSON.parse((event as MessageEvent<string>).data) as BellSnapshot);
      });
      source.onerror = () => {
        setConnected(false);
        if (source?.readyState !== EventSource.CLOSED) return;
        source.close();
        failures += 1;
        retry = setTimeout(connect, Math.min(MAX_RETRY_MS, 1000 * 2 ** failures));
      };
    };
    connect();
    return () => {
      clearTimeout(retry);
      source?.close();
    };
    // The stream renders items in the reader's language: reconnect when it changes.
  }, [locale]);
  return { snapshot, setSnapshot, connected };
}

/** The header's bell: unread count, and a panel with the latest notifications that updates live. */
export function LiveBell({ initial }: { initial: BellSnapshot }) {
  const { t, locale } = useI18n();
  const router = useRouter();
  const { snapshot, setSnapshot, connected } = useLiveSnapshot(initial, locale);
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const panelId = useId();
  const [marking, setMarking] = useState(false);
  const { unread, items } = snapshot;
  const label = unread > 0 ? t("notifications.bellUnread", { count: unread }) : t("notifications.bell");
  const number = new Intl.NumberFormat(locale);
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" });

  useEffect(() => {
    if (!open) return;
    heading.current?.focus();
    const outside = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener("pointerdown", outside);
    return () => document.removeEventListener("pointerdown", outside);
  }, [open]);

  function close() {
    setOpen(false);
    button.current?.focus();
  }

  function onKeyDown(event: KeyboardEvent) {
    if (event.key === "Escape" && open) {
      event.preventDefault();
      close();
    }
  }

  async function onMarkAll() {
    setError(null);
    setMarking(true);
    const failure = await callMutation("notifications.markAllRead");
    setMarking(false);
    if (failure) {
      setError(t(failure));
      return;
    }
    setSnapshot({ unread: 0, items: items.map((item) => ({ ...item, read: true })) });
    router.refresh();
  }

  return (
    <div ref={root} className="relative" onKeyDown={onKeyDown} data-live={connected ? "connected" : "waiting"} data-testid="notification-bell-root">
      <button
        ref={button}
        type="button"
        aria-label={label}
        title={label}
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((value) => !value)}
        data-testid="notification-bell"
        className="relative inline-flex h-8 w-8 items-center justify-center rounded-md text-slate-700 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-teal-700"
      >
        <svg aria-hidden viewBox="0 0 24 24" className="h-5 w-5" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
          <path d="M6 8a6 6 0 0 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
          <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
        </svg>
        {unread > 0 ? (
          <span aria-hidden data-testid="notification-count" className="absolute -top-1 -right-1 min-w-4 rounded-full bg-red-700 px-1 text-center text-[10px] leading-4 font-semibold text-white">
            {unread > 99 ? "99+" : number.format(unread)}
          </span>
        ) : null}
      </button>
      <span aria-live="polite" className="sr-only">
        {unread > 0 ? t("notifications.bellUnread", { count: unread }) : ""}
      </span>
      {open ? (
        <div
          id={panelId}
          role="region"
          aria-labelledby={`${panelId}-heading`}
          data-testid="notification-panel"
          className="absolute right-0 z-40 mt-2 w-[min(24rem,calc(100vw-2rem))] rounded-lg border border-slate-200 bg-white shadow-lg"
        >
          <div className="flex items-center justify-between gap-2 border-b border-slate-200 px-4 py-3">
            <h2 id={`${panelId}-heading`} ref={heading} tabIndex={-1} className="text-sm font-semibold text-slate-900 focus:outline-none">
              {t("notifications.title")}
            </h2>
            {unread > 0 ? (
              <button type="button" className={buttonVariants({ size: "sm", variant: "ghost" })} onClick={() => void onMarkAll()} disabled={marking}>
                {marking ? t("notifications.marking") : t("notifications.markAllRead")}
              </button>
            ) : null}
          </div>
          {error ? (
            <p role="alert" className="px-4 pt-2 text-sm text-red-700">
              {error}
            </p>
          ) : null}
          {items.length ? (
            <ul className="max-h-96 divide-y divide-slate-100 overflow-y-auto" data-testid="notification-panel-items">
              {items.map((item) => {
                const content = (
                  <>
                    <span className="flex items-start gap-2">
                      {item.read ? null : <span aria-hidden className="mt-1.5 h-2 w-2 shrink-0 rounded-full bg-teal-700" />}
                      <span className={item.read ? "text-slate-800" : "font-semibold text-slate-900"}>
                        {item.read ? null : <span className="sr-only">{t("notifications.unread")}: </span>}
                        {item.title}
                      </span>
                    </span>
                    <span className="mt-0.5 line-clamp-2 block text-sm text-slate-700">{item.body}</span>
                    <time dateTime={item.createdAt} className="mt-0.5 block text-xs text-slate-600">
                      {date.format(new Date(item.createdAt))}
                    </time>
                  </>
                );
                return (
                  <li key={item.id} data-testid="notification-panel-item">
                    {item.link?.startsWith("/") ? (
                      <Link href={item.link} onClick={() => setOpen(false)} className="block px-4 py-3 hover:bg-slate-50 focus-visible:bg-slate-50 focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-teal-700">
                        {content}
                      </Link>
                    ) : (
                      <div className="px-4 py-3">{content}</div>
                    )}
                  </li>
                );
              })}
            </ul>
          ) : (
            <p className="px-4 py-6 text-center text-sm text-slate-600">{t("notifications.empty")}</p>
          )}
          <div className="flex justify-between gap-2 border-t border-slate-200 px-4 py-2 text-sm">
            <Link href="/account#notifications-heading" onClick={() => setOpen(false)} className="text-teal-800 underline-offset-4 hover:underline">
              {t("notifications.seeAll")}
            </Link>
            <Link href="/account#notification-preferences-heading" onClick={() => setOpen(false)} className="text-teal-800 underline-offset-4 hover:underline">
              {t("notifications.preferences.link")}
            </Link>
          </div>
        </div>
      ) : null}
    </div>
  );
}
