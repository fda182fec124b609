"use client";
import { useRouter } from "next/navigation";
import { useState, type ReactNode } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input, Textarea } from "@/components/ui/form";
import { useI18n } from "@/lib/i18n/client";
import { readClientError, useMutation, useTRPC, type ClientError } from "@/lib/trpc/client";
import { COMPOSER_EVENT, type ComposeDetail } from "./composer-event";

type Props = {
  postId: string;
  threadId: string;
  number: number;
  author: string;
  /** The Markdown as written; null when this reader may not read it. */
  source: string | null;
  version: number;
  threadTitle: string;
  liked: boolean;
  likeCount: number;
  accepted: boolean;
  can: { like: boolean; reply: boolean; accept: boolean; edit: boolean; delete: boolean };
  /** The rendered body, swapped for the editor while editing. */
  children: ReactNode;
  /** Moderation controls (flag, hide/restore) rendered by the moderation module. */
  moderation?: ReactNode;
};

/** A post's body and its action bar: like, reply, quote, accept, edit in place, delete. */
export function PostInteractive(props: Props) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const router = useRouter();
  const [liked, setLiked] = useState(props.liked);
  const [likeCount, setLikeCount] = useState(props.likeCount);
  const [editing, setEditing] = useState(false);
  const [body, setBody] = useState(props.source ?? "");
  const [title, setTitle] = useState(props.threadTitle);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [error, setError] = useState<ClientError | null>(null);
  const like = useMutation(trpc.forum.like.mutationOptions());
  const accept = useMutation(trpc.forum.accept.mutationOptions());
  const edit = useMutation(trpc.forum.editPost.mutationOptions());
  const remove = useMutation(trpc.forum.deletePost.mutationOptions());
  const isOpening = props.number === 1;

  async function run(task: () => Promise<unknown>, refresh = true) {
    setError(null);
    try {
      await task();
      if (refresh) router.refresh();
      return true;
    } catch (e) {
      setError(readClientError(e));
      return false;
    }
  }

  const compose = (quote: boolean) =>
    window.dispatchEvent(
      new CustomEvent<ComposeDetail>(COMPOSER_EVENT, {
        detail: { replyTo: { id: props.postId, number: props.number, author: props.author }, quote: quote && props.source ? props.source : undefined },
      }),
    );

  const fieldErrors = (name: string) => (error?.fieldErrors[name] ?? []).map((key) => t(key));
  const generalError = error && !Object.keys(error.fieldErrors).length ? t(error.message, error.params) : null;

  if (editing) {
    return (
      <form
        className="space-y-3"
        onSubmit={async (e) => {
          e.preventDefault();
          const ok = await run(() => edit.mutateAsync({ postId: props.postId, version: props.version, body, ...(isOpening ? { title } : {}) }));
          if (ok) setEditing(false);
        }}
      >
        {isOpening ? (
          <Field id={`edit-title-${props.postId}`} label={t("forum.composer.title")} errors={fieldErrors("title")}>
            {(aria) => <Input {...aria} value={title} onChange={(e) => setTitle(e.target.value)} />}
          </Field>
        ) : null}
        <Field id={`edit-body-${props.postId}`} label={t("forum.post.editLabel", { number: props.number })} errors={fieldErrors("body")}>
          {(aria) => <Textarea {...aria} rows={8} value={body} onChange={(e) => setBody(e.target.value)} />}
        </Field>
        {generalError ? <Alert tone="error">{generalError}</Alert> : null}
        <div className="flex gap-2">
          <Button type="submit" size="sm" disabled={edit.isPending}>
            {t("forum.post.saveEdit")}
          </Button>
          <Button size="sm" variant="ghost" onClick={() => setEditing(false)}>
            {t("common.cancel")}
          </Button>
        </div>
      </form>
    );
  }

  return (
    <>
      {props.children}
      <div className="mt-3 flex flex-wrap items-center gap-1 text-sm">
        {props.can.like ? (
          <Button
            size="sm"
            variant="ghost"
            aria-pressed={liked}
            aria-label={liked ? t("forum.post.unlikeLabel", { count: likeCount }) : t("forum.post.likeLabel", { count: likeCount })}
            disabled={like.isPending}
            onClick={() =>
              run(async () => {
                const result = await like.mutateAsync({ postId: props.postId, liked: !liked });
                setLiked(result.liked);
                setLikeCount(result.likeCount);
              }, false)
            }
            className={liked ? "text-rose-700" : undefined}
          >
            <span aria-hidden>{liked ? "♥" : "♡"}</span> {likeCount}
          </Button>
        ) : likeCount > 0 ? (
          <span className="px-3 text-slate-600" aria-label={t("forum.post.likes", { count: likeCount })}>
            <span aria-hidden>♥</span> {likeCount}
          </span>
        ) : null}
        {props.can.reply ? (
          <>
            <Button size="sm" variant="ghost" onClick={() => compose(false)} aria-label={t("forum.post.replyTo", { number: props.number })}>
              {t("forum.post.reply")}
            </Button>
            {props.source ? (
              <Button size="sm" variant="ghost" onClick={() => compose(true)} aria-label={t("forum.post.quoteLabel", { number: props.number })}>
                {t("forum.post.quote")}
              </Button>
            ) : null}
          </>
        ) : null}
        {props.can.accept && !isOpening ? (
          <Button size="sm" variant="ghost" onClick={() => run(() => accept.mutateAsync({ threadId: props.threadId, postId: props.accepted ? null : props.postId }))}>
            {props.accepted ? t("forum.post.unaccept") : t("forum.post.accept")}
          </Button>
        ) : null}
        {props.can.edit && props.source !== null ? (
          <Button size="sm" variant="ghost" onClick={() => setEditing(true)}>
            {t("forum.post.edit")}
          </Button>
        ) : null}
        {props.can.delete ? (
          confirmDelete ? (
            <span className="inline-flex items-center gap-1">
              <span className="text-slate-700">{isOpening ? t("forum.post.confirmDeleteThread") : t("forum.post.confirmDelete")}</span>
              <Button
                size="sm"
                variant="danger"
                disabled={remove.isPending}
                onClick={() =>
                  run(async () => {
                    await remove.mutateAsync({ postId: props.postId });
                    if (isOpening) router.push("/forum");
                  })
                }
              >
                {t("forum.post.delete")}
              </Button>
              <Button size="sm" variant="ghost" onClick={() => setConfirmDelete(false)}>
                {t("common.cancel")}
              </Button>
            </span>
          ) : (
            <Button size="sm" variant="ghost" onClick={() => setConfirmDelete(true)}>
              {t("forum.post.delete")}
            </Button>
          )
        ) : null}
        {props.moderation}
      </div>
      {generalError ? <Alert tone="error" className="mt-2">{generalError}</Alert> : null}
    </>
  );
}
