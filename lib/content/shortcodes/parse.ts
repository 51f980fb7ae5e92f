// Shortcode tags as Grav's shortcode-core reads them (thunderer/shortcode RegularParser, CommonSyntax):
// `[name]`, `[name k=v flag]`, `[name="bbcode"]`, `[/name]`, `[name /]`. Names are [a-zA-Z0-9-]+.
// Only double quotes delimit a value (a backslash escapes the next character); an unquoted value runs
// to whitespace or one of [ ] / = ". Values stay strings: each shortcode types its own options.

export interface ShortcodeTag {
  name: string;
  kind: 'open' | 'close' | 'self-closing';
  /** Parameters in written order; a bare flag has the value null. */
  params: Array<{ name: string; value: string | null }>;
  /** The `[name=value]` BBCode value, if any. */
  bbCode: string | null;
}

export type TagParse = { ok: true; tag: ShortcodeTag } | { ok: false; reason: string };

const NAME = /[a-zA-Z0-9-]/;

class Cursor {
  pos = 0;
  constructor(readonly text: string) {}
  peek(): string {
    return this.text[this.pos] ?? '';
  }
  skipSpace(): void {
    while (/\s/.test(this.peek())) this.pos++;
  }
  read(pattern: RegExp): string {
    const start = this.pos;
    while (this.pos < this.text.length && pattern.test(this.peek())) this.pos++;
    return this.text.slice(start, this.pos);
  }
}

function readValue(cursor: Cursor): string | null {
  if (cursor.peek() !== '"') {
    const value = cursor.read(/[^\s[\]/="]/);
    return value.length > 0 ? value : null;
  }
  cursor.pos++;
  let value = '';
  while (cursor.pos < cursor.text.length) {
    const ch = cursor.text[cursor.pos++];
    if (ch === '\\' && cursor.pos < cursor.text.length) value += cursor.text[cursor.pos++];
    else if (ch === '"') return value;
    else value += ch;
  }
  return null; // unterminated quote
}

/** Parses one tag that makes up the whole of `text` (surrounding whitespace ignored). */
export function parseShortcodeTag(text: string): TagParse {
  const cursor = new Cursor(text.trim());
  if (cursor.peek() !== '[') return { ok: false, reason: "a shortcode starts with '['" };
  cursor.pos++;
  if (cursor.peek() === '/') {
    cursor.pos++;
    const name = cursor.read(NAME);
    cursor.skipSpace();
    if (!name || cursor.peek() !== ']' || cursor.pos !== cursor.text.length - 1) {
      return { ok: false, reason: 'a closing tag is written [/name]' };
    }
    return { ok: true, tag: { name, kind: 'close', params: [], bbCode: null } };
  }
  const name = cursor.read(NAME);
  if (!name) return { ok: false, reason: 'the shortcode name may only use letters, digits and hyphens' };
  let bbCode: string | null = null;
  if (cursor.peek() === '=') {
    cursor.pos++;
    bbCode = readValue(cursor);
    if (bbCode === null) return { ok: false, reason: `the value after '[${name}=' is missing or its quote is not closed` };
  }
  const params: ShortcodeTag['params'] = [];
  for (;;) {
    cursor.skipSpace();
    const ch = cursor.peek();
    if (ch === ']' && cursor.pos === cursor.text.length - 1) {
      return { ok: true, tag: { name, kind: 'open', params, bbCode } };
    }
    if (ch === '/' && cursor.text.slice(cursor.pos).replace(/\s/g, '') === '/]') {
      return { ok: true, tag: { name, kind: 'self-closing', params, bbCode } };
    }
    if (ch === '') return { ok: false, reason: `the tag [${name} …] is not closed with ']'` };
    const paramName = cursor.read(/[^\s[\]/="]/);
    if (!paramName) {
      return { ok: false, reason: `unexpected '${ch}' in [${name} …]; values with spaces or '/' need double quotes` };
    }
    if (cursor.peek() === '=') {
      cursor.pos++;
      const value = readValue(cursor);
      if (value === null) {
        return { ok: false, reason: `option '${paramName}' has no value or its double quote is not closed` };
      }
      params.push({ name: paramName, value });
    } else {
      params.push({ name: paramName, value: null });
    }
  }
}

/** A line that looks like a shortcode tag of `name` (well-formed or not). */
export function looksLikeTag(line: string, name: string): boolean {
  return new RegExp(`^\\[/?${name}(?=[\\s\\]=/]|$)`).test(line.trim());
}
