import { Button, ButtonLink } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/form";

/** A GET search form: the query lives in the URL, so results can be shared and paged. */
export function SearchForm(props: { action: string; id: string; label: string; hint?: string; value?: string; labels: { search: string; clear: string } }) {
  return (
    <form action={props.action} method="get" role="search" className="flex flex-wrap items-end gap-2">
      <div className="min-w-64 flex-1 sm:max-w-md">
        <Field id={props.id} label={props.label} hint={props.hint}>
          {(aria) => <Input {...aria} type="search" name="q" defaultValue={props.value ?? ""} maxLength={200} />}
        </Field>
      </div>
      <Button type="submit" variant="secondary" className={props.hint ? "mb-5" : undefined}>
        {props.labels.search}
      </Button>
      {props.value ? (
        <ButtonLink href={props.action} variant="ghost" className={props.hint ? "mb-5" : undefined}>
          {props.labels.clear}
        </ButtonLink>
      ) : null}
    </form>
  );
}
