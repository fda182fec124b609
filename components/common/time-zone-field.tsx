"use client";
import { useState } from "react";
import { Field, Input } from "@/components/ui/form";
import { canonicalTimeZone } from "@/lib/time-zones";

/**
 * An IANA time zone, searchable by typing ("nairo" offers Africa/Nairobi) through the browser's own
 * list box. Leaving the field checks the text against the zone list, fixes its capitals and says at
 * once when it is not a zone; the server checks again.
 */
export function TimeZoneField(props: {
  id: string;
  label: string;
  hint: string;
  invalid: string;
  zones: readonly string[];
  value: string;
  onChange: (zone: string) => void;
  errors?: string[];
}) {
  const [unknown, setUnknown] = useState(false);
  const errors = [...(unknown ? [props.invalid] : []), ...(props.errors ?? [])];
  return (
    <>
      <Field id={props.id} label={props.label} hint={props.hint} errors={[...new Set(errors)]}>
        {(aria) => (
          <Input
            {...aria}
            aria-autocomplete="list"
            list={`${props.id}-options`}
            value={props.value}
            onChange={(e) => {
              props.onChange(e.target.value);
              if (unknown && canonicalTimeZone(e.target.value)) setUnknown(false);
            }}
            onBlur={(e) => {
              const zone = canonicalTimeZone(e.target.value);
              setUnknown(!zone);
              if (zone && zone !== e.target.value) props.onChange(zone);
            }}
            required
            autoComplete="off"
            spellCheck={false}
          />
        )}
      </Field>
      <datalist id={`${props.id}-options`}>
        {props.zones.map((zone) => (
          <option key={zone} value={zone} />
        ))}
      </datalist>
    </>
  );
}
