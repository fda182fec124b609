"use client";
import { useRouter } from "next/navigation";
import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { useI18n } from "@/lib/i18n/client";
import { readClientError } from "@/lib/trpc/client";
import { UNDO_WINDOW_MS } from "@/server/moderation/input";

/** A decision just made: what to say about it, and the mutation that takes it back. */
export type UndoOffer = { text: string; subject: string; undo: () => Promise<unknown> };

type Toast = { offer: UndoOffer; state: "offered" | "undoing" | "undone" | "expired"; error: string | null };

const UndoContext = createContext<((offer: UndoOffer) => void) | null>(null);

/** Lets decisions inside offer an undo; null outside an UndoProvider. */
export const useUndoOffer = () => useContext(UndoContext);

/**
 * Holds the latest decision's Undo in a banner at the foot of the screen. It sits outside the
 * queue, so it stays when the refreshed page drops the decided card, and brings the card back
 * when the undo succeeds. The button lasts as long as the server allows an undo.
 */
export function UndoProvider({ children, className }: { children: ReactNode; className?: string }) {
  const { t } = useI18n();
  const router = useRouter();
  const [toast, setToast] = useState<Toast | null>(null);

  const offer = useCallback((next: UndoOffer) => setToast({ offer: next, state: "offered", error: null }), []);

  useEffect(() => {
    if (toast?.state !== "offered") return;
    const timer = setTimeout(() => setToast((current) => (current && current.state === "offered" ? { ...current, state: "expired" } : current)), UNDO_WINDOW_MS);
    return () => clearTimeout(timer);
  }, [toast?.state, toast?.offer]);

  async function takeBack() {
    if (!toast || toast.state !== "offered") return;
    const { offer: current } = toast;
    setToast({ offer: current, state: "undoing", error: null });
    try {
      await current.undo();
    } catch (e) {
      const error = readClientError(e);
      setToast({ offer: current, state: "offered", error: t(error.message, error.params) });
      return;
    }
    setToast({ offer: current, state: "undone", error: null });
    router.refresh();
  }

  const text = toast ? (toast.state === "undone" ? t("moderation.undo.undone", { what: toast.offer.subject }) : toast.offer.text) : "";
  return (
    <UndoContext.Provider value={offer}>
      <div className={className}>{children}</div>
      <div className="pointer-events-none fixed inset-x-0 bottom-4 z-50 flex justify-center px-4">
        <div role="status" aria-live="polite" className="pointer-events-auto w-full max-w-xl">
          {toast && toast.state !== "expired" ? (
            <div className="flex flex-wrap items-center gap-3 rounded-lg border border-slate-700 bg-slate-900 px-4 py-3 text-sm text-white shadow-lg" data-testid="undo-toast">
              <p className="min-w-0 flex-1">
                {text}
                {toast.state === "offered" ? <span className="block text-xs text-slate-300">{t("moderation.undo.window")}</span> : null}
              </p>
              {toast.state === "offered" || toast.state === "undoing" ? (
                <Button
                  size="sm"
                  variant="secondary"
                  disabled={toast.state === "undoing"}
                  onClick={() => void takeBack()}
                  aria-label={t("moderation.undo.undoLabel", { what: toast.offer.text })}
                >
                  {toast.state === "undoing" ? t("moderation.undo.undoing") : t("moderation.undo.undo")}
                </Button>
              ) : null}
              <button
                type="button"
                className="rounded px-2 text-slate-300 hover:text-white focus-visible:outline-2 focus-visible:outline-white"
                aria-label={t("common.close")}
                onClick={() => setToast(null)}
              >
                ×
              </button>
              {toast.error ? <p className="w-full text-amber-200">{toast.error}</p> : null}
            </div>
          ) : null}
        </div>
      </div>
    </UndoContext.Provider>
  );
}
