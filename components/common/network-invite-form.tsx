"use client";
import { useState } from "react";
import { ErrorText, useAction } from "@/components/common/action";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Select } from "@/components/ui/form";

/**
 * Pick another network and invite it (as co-owner of an initiative, co-host of an event, …): the
 * caller supplies the mutation and the words; the choice clears once the invitation is sent.
 */
export function NetworkInviteForm(props: {
  id: string;
  networks: { slug: string; label: string }[];
  invite: (networkSlug: string) => Promise<unknown>;
  text: { label: string; hint: string; choose: string; submit: string; sent?: string };
}) {
  const { error, busy, run } = useAction();
  const [networkSlug, setNetworkSlug] = useState("");
  const [sent, setSent] = useState(false);
  return (
    <form
      className="space-y-2"
      onSubmit={async (e) => {
        e.preventDefault();
        setSent(false);
        if (await run(() => props.invite(networkSlug))) {
          setNetworkSlug("");
          setSent(true);
        }
      }}
    >
      <Field id={props.id} label={props.text.label} hint={props.text.hint}>
        {(aria) => (
          <Select {...aria} value={networkSlug} onChange={(e) => setNetworkSlug(e.target.value)} required>
            <option value="">{props.text.choose}</option>
            {props.networks.map((n) => (
              <option key={n.slug} value={n.slug}>
                {n.label}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <Button type="submit" size="sm" variant="secondary" disabled={busy || !networkSlug}>
        {props.text.submit}
      </Button>
      {sent && props.text.sent ? <Alert tone="success">{props.text.sent}</Alert> : null}
      <ErrorText error={error} />
    </form>
  );
}
