// Filling interface text, safe to ship to the browser: no catalogue comes with it.

import type { PluralForms } from './messages/en';

/** `template` with each `{name}` replaced by `values[name]` (left as written when there is no value). */
export function fill(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** The form of `forms` for `count` under `locale`'s plural rules, filled with `count` and `values`. */
export function pluralText(locale: string, forms: PluralForms, count: number, values: Record<string, string | number> = {}): string {
  const category = new Intl.PluralRules(locale).select(count) as keyof PluralForms;
  return fill(forms[category] ?? forms.other, { count: count.toLocaleString(locale), ...values });
}
