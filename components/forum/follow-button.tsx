"use client";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { useI18n } from "@/lib/i18n/client";
import { readClientError, useMutation, useTRPC } from "@/lib/trpc/client";

/** Follow or stop following a thread or a category; the state is the server's answer. */
export function FollowButton(props: { target: { threadId: string } | { categoryId: string }; following: boolean }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const [following, setFollowing] = useState(props.following);
  const [error, setError] = useState<string | null>(null);
  const thread = useMutation(trpc.forum.followThread.mutationOptions());
  const category = useMutation(trpc.forum.followCategory.mutationOptions());
  const busy = thread.isPending || category.isPending;
  async function toggle() {
    setError(null);
    try {
      const result =
        "threadId" in props.target
          ? await thread.mutateAsync({ threadId: props.target.threadId, follow: !following })
          : await category.mutateAsync({ categoryId: props.target.categoryId, follow: !following });
      setFollowing(result.following);
    } catch (e) {
      setError(t(readClientError(e).message));
    }
  }
  return (
    <span className="inline-flex items-center gap-2">
      <Button size="sm" variant={following ? "secondary" : "primary"} aria-pressed={following} disabled={busy} onClick={toggle}>
        {following ? t("forum.following") : t("forum.follow")}
      </Button>
      {error ? (
        <span role="alert" className="text-sm text-red-700">
          {error}
        </span>
      ) : null}
    </span>
  );
}
