"use client";
import { useEffect, useRef, type ReactNode } from "react";

/**
 * A modal dialog on the native <dialog> element: it traps focus, closes on Escape and returns focus
 * to the button that opened it.
 */
export function Dialog(props: { open: boolean; onClose: () => void; title: string; labelId: string; children: ReactNode }) {
  const ref = useRef<HTMLDialogElement>(null);
  const { open, onClose } = props;
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog
      ref={ref}
      aria-labelledby={props.labelId}
      onClose={onClose}
      onCancel={onClose}
      className="m-auto w-[min(32rem,calc(100vw-2rem))] rounded-lg border border-slate-200 bg-white p-0 text-slate-900 shadow-xl backdrop:bg-slate-900/40"
    >
      {open ? (
        <div className="space-y-4 p-5">
          <h2 id={props.labelId} className="text-lg font-semibold">
            {props.title}
          </h2>
          {props.children}
        </div>
      ) : null}
    </dialog>
  );
}
