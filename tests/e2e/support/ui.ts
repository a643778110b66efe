// Interface words read from the table the app is built from (data/ui.en.toml), so tests follow
// the words an editor changes there, as support/content.ts has them follow the editorial files.
// A key is `section_key`; templates say `{name}` where a value goes; a plural message is a table
// of forms, one per plural category, with `count` naming the placeholder that chooses the form.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'smol-toml';

const DATA = join(__dirname, '..', '..', '..', 'data');

/** A plural message: the placeholder whose number chooses the form, and the forms by category. */
interface Plural {
  count: string;
  forms: Partial<Record<Intl.LDMLPluralRule, string>>;
}

type Entry = string | string[] | Plural;

/** Every entry of the table `file`, by `section_key`. */
function read(file: string): Map<string, Entry> {
  const entries: Map<string, Entry> = new Map();
  for (const [section, keys] of Object.entries(parse(readFileSync(file, 'utf8')))) {
    if (typeof keys !== 'object' || keys === null || Array.isArray(keys) || keys instanceof Date) {
      throw new Error(`${file}: [${section}] is not a section of keys`);
    }
    for (const [key, value] of Object.entries(keys)) {
      const name = `${section}_${key}`;
      if (entries.has(name)) throw new Error(`${file}: ${name} is in the table twice`);
      entries.set(name, entry(file, name, value));
    }
  }
  return entries;
}

const entries = read(join(DATA, 'ui.en.toml'));
// The Arabic edition's table, for the tests of its pages.
const arabicEntries = read(join(DATA, 'ui.ar.toml'));

function entry(file: string, name: string, value: unknown): Entry {
  if (typeof value === 'string') return value;
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return value as string[];
  if (typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date)) {
    const { count, ...forms } = value as Record<string, unknown>;
    if (typeof count === 'string' && Object.values(forms).every((form) => typeof form === 'string')) {
      return { count, forms: forms as Plural['forms'] };
    }
  }
  throw new Error(`${file}: ${name} is neither a text, a list of texts nor a table of plural forms`);
}

function lookUp(key: string): Entry {
  const found = entries.get(key);
  if (found === undefined) throw new Error(`no ${key} in data/ui.en.toml`);
  return found;
}

/** The text of `key` in the Arabic table (data/ui.ar.toml), placeholders and all. */
export function uiAr(key: string): string {
  const found = arabicEntries.get(key);
  if (typeof found !== 'string') throw new Error(`no text ${key} in data/ui.ar.toml`);
  return found;
}

/** The text of `key` (`section_key`) as the table has it, placeholders and all. */
export function ui(key: string): string {
  const found = lookUp(key);
  if (Array.isArray(found)) throw new Error(`${key} is a list, not a text`);
  if (typeof found !== 'string') throw new Error(`${key} is a plural message: use say() with its count`);
  return found;
}

const english = new Intl.PluralRules('en');

/** The number between thousands: "1,718", as the app shows a message's count. */
function grouped(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ui('number_group'));
}

/**
 * The text of `key` with its `{placeholders}` filled from `values`, as the app says it. For a
 * plural message, the English form for the count (`one` for 1, `other` otherwise), with the count
 * grouped by thousands. Throws if a placeholder has no value.
 */
export function say(key: string, values: Record<string, string | number>): string {
  const found = lookUp(key);
  let template: string;
  let count: string | undefined;
  if (typeof found === 'string') {
    template = found;
  } else if (Array.isArray(found)) {
    throw new Error(`${key} is a list, not a template`);
  } else {
    count = found.count;
    const n = Number(values[count]);
    if (values[count] === undefined || Number.isNaN(n)) throw new Error(`${key} needs a number for {${count}}`);
    const form = found.forms[english.select(n)] ?? found.forms.other;
    if (form === undefined) throw new Error(`${key} has no form for ${n}`);
    template = form;
  }
  return template.replace(/\{([a-z0-9_.]+)\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`${key} needs a value for {${name}}`);
    return name === count && typeof value === 'number' ? grouped(value) : String(value);
  });
}

/** The names of the months, January first, from the table's `date.months`. */
export const months: string[] = (() => {
  const found = lookUp('date_months');
  if (!Array.isArray(found) || found.length !== 12) throw new Error('date_months is not a list of 12 months');
  return found;
})();

/** "26 January 2026" for "2026-01-26", as the pages print dates (the table's `date.long`). */
export function date(iso: string): string {
  const found = iso.match(/^(\d{4})-(\d{2})-(\d{2})$/);
  if (!found) throw new Error(`${iso} is not an ISO date`);
  const [year, month, day] = found.slice(1).map(Number);
  return say('date_long', { day, month: months[month - 1], year });
}

/** `text` as a RegExp source that matches exactly it. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A RegExp that finds the text of `key` with its `{placeholders}` filled from `values`: a string
 * or number as itself, a RegExp as what it matches, a placeholder not given as any text. For a
 * plural message, the form its count chooses when `values` gives the count as a number, else any
 * form. The whole is one group, so `^` or `$` may be put around its source.
 */
export function pattern(key: string, values: Record<string, string | number | RegExp> = {}, flags = ''): RegExp {
  const found = lookUp(key);
  if (Array.isArray(found)) throw new Error(`${key} is a list, not a template`);
  let templates: string[];
  let count: string | undefined;
  if (typeof found === 'string') {
    templates = [found];
  } else {
    count = found.count;
    const n = values[count];
    const form = typeof n === 'number' ? found.forms[english.select(n)] ?? found.forms.other : undefined;
    templates = form !== undefined ? [form] : [...new Set(Object.values(found.forms) as string[])];
  }
  const one = (template: string) =>
    template
      .split(/(\{[a-z0-9_.]+\})/)
      .map((part, i) => {
        if (i % 2 === 0) return escapeRegExp(part);
        const name = part.slice(1, -1);
        const value = values[name];
        if (value === undefined) return '.*?';
        if (value instanceof RegExp) return `(?:${value.source})`;
        return escapeRegExp(name === count && typeof value === 'number' ? grouped(value) : String(value));
      })
      .join('');
  return new RegExp(`(?:${templates.map(one).join('|')})`, flags);
}

/** Any date as the pages print it (`date.long`): "9 October 2025". */
export const anyDate: RegExp = pattern('date_long', {
  day: /\d{1,2}/,
  month: new RegExp(months.map(escapeRegExp).join('|')),
  year: /\d{4}/,
});
