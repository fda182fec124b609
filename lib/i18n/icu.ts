// The part of ICU MessageFormat the catalogs use: `{name}`, and `{name, plural|selectordinal|select,
// =N {…} one {…} other {…}}` with `#` and nesting. It formats as intl-messageformat does (icu.test.ts
// compares every catalog message), in ~1 kB: the translator runs in the browser on every page, and
// intl-messageformat with its parser weighed 10 kB gzip there. Apostrophes are plain text, as the
// catalogs write them.

export type IcuValues = Record<string, string | number>;

type Node =
  | string
  | { kind: "argument"; name: string }
  | { kind: "pound" }
  | { kind: "plural"; name: string; type: "cardinal" | "ordinal"; options: Record<string, Node[]> }
  | { kind: "select"; name: string; options: Record<string, Node[]> };

/** A message the subset cannot read (a typed argument such as `{n, number}`, an offset, unbalanced braces). */
export class IcuSyntaxError extends Error {}

class Parser {
  private at = 0;
  constructor(private readonly text: string) {}

  parse(): Node[] {
    const nodes = this.message(false);
    if (this.at < this.text.length) throw new IcuSyntaxError(`Unexpected "}" at ${this.at}`);
    return nodes;
  }

  /** Text up to the `}` closing the enclosing option (left unread), or the end. */
  private message(inPlural: boolean): Node[] {
    const nodes: Node[] = [];
    let literal = "";
    while (this.at < this.text.length) {
      const char = this.text[this.at]!;
      if (char === "}") break;
      if (char === "{" || (char === "#" && inPlural)) {
        if (literal) nodes.push(literal);
        literal = "";
        if (char === "#") {
          this.at++;
          nodes.push({ kind: "pound" });
        } else nodes.push(this.argument(inPlural));
        continue;
      }
      literal += char;
      this.at++;
    }
    if (literal) nodes.push(literal);
    return nodes;
  }

  private argument(inPlural: boolean): Node {
    this.at++;
    const name = this.word();
    if (!name) throw new IcuSyntaxError(`Argument name expected at ${this.at}`);
    if (this.eat("}")) return { kind: "argument", name };
    if (!this.eat(",")) throw new IcuSyntaxError(`"," or "}" expected at ${this.at}`);
    const type = this.word();
    if (type !== "plural" && type !== "selectordinal" && type !== "select") throw new IcuSyntaxError(`Unsupported argument type "${type}"`);
    if (!this.eat(",")) throw new IcuSyntaxError(`"," expected at ${this.at}`);
    const options: Record<string, Node[]> = {};
    for (;;) {
      this.space();
      if (this.eat("}")) break;
      const key = this.word();
      if (!key || !this.eat("{")) throw new IcuSyntaxError(`Option expected at ${this.at}`);
      options[key] = this.message(type === "select" ? inPlural : true);
      if (!this.eat("}")) throw new IcuSyntaxError(`"}" expected at ${this.at}`);
    }
    if (!options.other) throw new IcuSyntaxError(`"${name}" has no "other" option`);
    return type === "select" ? { kind: "select", name, options } : { kind: "plural", name, type: type === "plural" ? "cardinal" : "ordinal", options };
  }

  private word(): string {
    this.space();
    const start = this.at;
    while (this.at < this.text.length && !/[\s,{}#]/.test(this.text[this.at]!)) this.at++;
    const word = this.text.slice(start, this.at);
    this.space();
    return word;
  }

  private space() {
    while (this.at < this.text.length && /\s/.test(this.text[this.at]!)) this.at++;
  }

  private eat(char: string): boolean {
    this.space();
    if (this.text[this.at] !== char) return false;
    this.at++;
    return true;
  }
}

/** A value the message needs and was not given (intl-messageformat's MISSING_VALUE). */
export class IcuMissingValueError extends Error {}

const numberFormats = new Map<string, Intl.NumberFormat>();
const pluralRules = new Map<string, Intl.PluralRules>();

function numberFormat(locale: string): Intl.NumberFormat {
  let format = numberFormats.get(locale);
  if (!format) numberFormats.set(locale, (format = new Intl.NumberFormat(locale)));
  return format;
}

function pluralRule(locale: string, type: "cardinal" | "ordinal"): Intl.PluralRules {
  const key = `${type}:${locale}`;
  let rules = pluralRules.get(key);
  if (!rules) pluralRules.set(key, (rules = new Intl.PluralRules(locale, { type })));
  return rules;
}

function format(nodes: Node[], values: IcuValues, locale: string, pound: number | undefined): string {
  let out = "";
  for (const node of nodes) {
    if (typeof node === "string") {
      out += node;
      continue;
    }
    if (node.kind === "pound") {
      if (pound !== undefined) out += numberFormat(locale).format(pound);
      continue;
    }
    if (!(node.name in values)) throw new IcuMissingValueError(node.name);
    const value = values[node.name]!;
    if (node.kind === "argument") out += String(value);
    else if (node.kind === "select") out += format(node.options[String(value)] ?? node.options.other!, values, locale, pound);
    else {
      const number = Number(value);
      const option = node.options[`=${value}`] ?? node.options[pluralRule(locale, node.type).select(number)] ?? node.options.other!;
      out += format(option, values, locale, number);
    }
  }
  return out;
}

const parsed = new Map<string, Node[]>();

/** Formats `template`; throws IcuSyntaxError or IcuMissingValueError where intl-messageformat throws. */
export function formatIcu(template: string, values: IcuValues, locale: string): string {
  let nodes = parsed.get(template);
  if (!nodes) {
    nodes = new Parser(template).parse();
    parsed.set(template, nodes);
  }
  return format(nodes, values, locale, undefined);
}
