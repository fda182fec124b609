import { IntlMessageFormat } from "intl-messageformat";
import { describe, expect, it } from "vitest";
import { catalogs } from "@/messages";
import type { Messages } from "./translate";
import { formatIcu, IcuMissingValueError, IcuSyntaxError } from "./icu";

const ICU_ARGUMENT = /\{\s*\w+\s*,\s*(?:plural|selectordinal|select)\s*,/;

function icuMessages(messages: Messages): string[] {
  return Object.values(messages).flatMap((value) => (typeof value === "string" ? (ICU_ARGUMENT.test(value) ? [value] : []) : icuMessages(value)));
}

/** What the translator did before formatIcu: intl-messageformat with every apostrophe literal. */
function reference(template: string, values: Record<string, string | number>, locale: string): string {
  return String(new IntlMessageFormat(template.replace(/'/g, "''"), locale, undefined, { ignoreTag: true }).format(values));
}

describe("formatIcu", () => {
  it("formats every ICU message of every catalog as intl-messageformat does", () => {
    let checked = 0;
    for (const [locale, messages] of Object.entries(catalogs)) {
      for (const template of icuMessages(messages)) {
        const names = [...new Set([...template.matchAll(/\{\s*(\w+)\s*[,}]/g)].map((m) => m[1]!))];
        for (const count of [0, 1, 2, 3, 5, 11, 21, 101, 1000, 1234567]) {
          const values = Object.fromEntries(names.map((name, i) => [name, i === 0 ? count : `v${i}`]));
          expect(formatIcu(template, values, locale), `${locale}: ${template}`).toBe(reference(template, values, locale));
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(100);
  });

  it("handles exact matches, select, ordinals and nesting like intl-messageformat", () => {
    const cases: [string, Record<string, string | number>][] = [
      ["{n, plural, =0 {none} one {# item} other {# items}} left", { n: 0 }],
      ["{n, plural, =0 {none} one {# item} other {# items}} left", { n: 1 }],
      ["{n, selectordinal, one {#st} two {#nd} few {#rd} other {#th}}", { n: 22 }],
      ["{g, select, f {she} m {he} other {they}} wrote {n, plural, one {# post} other {# posts, {who} said}}", { g: "f", n: 3, who: "Ada" }],
      ["{g, select, f {she} other {they}}", { g: "x" }],
      ["l'équipe a {n, plural, one {# membre} other {# membres}}", { n: 2 }],
    ];
    for (const [template, values] of cases) expect(formatIcu(template, values, "en")).toBe(reference(template, values, "en"));
  });

  it("throws where the translator falls back to plain replacement", () => {
    expect(() => formatIcu("{n, plural, one {#} other {#}}", {}, "en")).toThrow(IcuMissingValueError);
    expect(() => formatIcu("{n, number}", { n: 1 }, "en")).toThrow(IcuSyntaxError);
    expect(() => formatIcu("{n, plural, one {#}", { n: 1 }, "en")).toThrow(IcuSyntaxError);
  });
});
