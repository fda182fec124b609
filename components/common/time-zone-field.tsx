"use client";
import { useState } from "react";
import { Field, Input } from "@/components/ui/form";
import { canonicalTimeZone } from "@/lib/time-zones";

/**
 * An IANA time zone, searchable by typing ("nairo" offers Africa/Nairobi) through the browser's own
 * list box. Leaving the field checks the text against the zone list: it fixes the capitals, and
 * marks the field invalid when the text is not a zone. The message itself comes with the form's
 * errors on submit (the server checks the same list): shown on blur, it would push the fields
 * below down under the pointer that is clicking one of them.
 */
export function TimeZoneField(props: {
  id: string;
  label: string;
  hint: string;
  zones: readonly string[];
  value: string;
  onChange: (zone: string) => void;
  errors?: string[];
}) {
  const [unknown, setUnknown] = useState(false);
  return (
    <>
      <Field id={props.id} label={props.label} hint={props.hint} errors={props.errors}>
        {(aria) => (
          <Input
            {...aria}
            aria-invalid={aria["aria-invalid"] || unknown}
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
