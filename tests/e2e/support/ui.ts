// Interface words read from the tables the app is built from (data/ui.en.toml and data/ui.ar.toml),
// so tests follow the words an editor changes there, in each edition, as support/content.ts has them follow the editorial files.
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

/** One edition's interface words, as its pages show them. */
export interface Words {
  /** The edition's language, as its pages' `lang` says it. */
  lang: 'en' | 'ar';
  /** Where the edition's addresses start: '' for English, '/ar' for Arabic. */
  prefix: string;
  /** The text of `key` (`section_key`) as the table has it, placeholders and all. */
  ui(key: string): string;
  /**
   * The text of `key` with its `{placeholders}` filled from `values`, as the app says it. For a
   * plural message, the edition's form for the count, with the count grouped by thousands as
   * the table's `number.group` says. Throws if a placeholder has no value.
   */
  say(key: string, values: Record<string, string | number>): string;
  /**
   * A RegExp that finds the text of `key` with its `{placeholders}` filled from `values`: a string
   * or number as itself, a RegExp as what it matches, a placeholder not given as any text. For a
   * plural message, the form its count chooses when `values` gives the count as a number, else any
   * form. The whole is one group, so `^` or `$` may be put around its source.
   */
  pattern(key: string, values?: Record<string, string | number | RegExp>, flags?: string): RegExp;
  /** "26 January 2026" for "2026-01-26", as the pages print dates (the table's `date.long`). */
  date(iso: string): string;
  /** The names of the months, January first, from the table's `date.months`. */
  months: string[];
  /** Any date as the pages print it (`date.long`). */
  anyDate: RegExp;
}

/** The words of the edition in `lang`, from its table `data/ui.<lang>.toml`. */
function words(lang: 'en' | 'ar', prefix: string): Words {
  const file = join(DATA, `ui.${lang}.toml`);
  const entries = read(file);
  const plurals = new Intl.PluralRules(lang);
  const lookUp = (key: string): Entry => {
    const found = entries.get(key);
    if (found === undefined) throw new Error(`no ${key} in data/ui.${lang}.toml`);
    return found;
  };
  const ui = (key: string): string => {
    const found = lookUp(key);
    if (Array.isArray(found)) throw new Error(`${key} is a list, not a text`);
    if (typeof found !== 'string') throw new Error(`${key} is a plural message: use say() with its count`);
    return found;
  };
  const grouped = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ui('number_group'));
  const form = (key: string, plural: Plural, n: number): string => {
    const found = plural.forms[plurals.select(n)] ?? plural.forms.other;
    if (found === undefined) throw new Error(`${key} has no form for ${n}`);
    return found;
  };
  const say = (key: string, values: Record<string, string | number>): string => {
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
      template = form(key, found, n);
    }
    return template.replace(/\{([a-z0-9_.]+)\}/g, (_, name: string) => {
      const value = values[name];
      if (value === undefined) throw new Error(`${key} needs a value for {${name}}`);
      return name === count && typeof value === 'number' ? grouped(value) : String(value);
    });
  };
  const pattern = (key: string, values: Record<string, string | number | RegExp> = {}, flags = ''): RegExp => {
    const found = lookUp(key);
    if (Array.isArray(found)) throw new Error(`${key} is a list, not a template`);
    let templates: string[];
    let count: string | undefined;
    if (typeof found === 'string') {
      templates = [found];
    } else {
      count = found.count;
      const n = values[count];
      templates = typeof n === 'number' ? [form(key, found, n)] : [...new Set(Object.values(found.forms) as string[])];
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
  };
  const months = lookUp('date_months');
  if (!Array.isArray(months) || months.length !== 12) throw new Error(`data/ui.${lang}.toml: date_months is not a list of 12 months`);
  const date = (iso: string): string => {
    const found = iso.match(/^(\d{4})-(\d{2})-(\d{2})$/);
    if (!found) throw new Error(`${iso} is not an ISO date`);
    const [year, month, day] = found.slice(1).map(Number);
    return say('date_long', { day, month: months[month - 1], year });
  };
  const anyDate = pattern('date_long', {
    day: /\d{1,2}/,
    month: new RegExp(months.map(escapeRegExp).join('|')),
    year: /\d{4}/,
  });
  return { lang, prefix, ui, say, pattern, date, months, anyDate };
}

/** The English edition's words, at the site's root. */
export const english: Words = words('en', '');
/** The Arabic edition's words, below /ar. */
export const arabic: Words = words('ar', '/ar');
/** Both editions, English first: for the tests that check each the same way. */
export const editions: Words[] = [english, arabic];

export const { ui, say, pattern, date, months, anyDate } = english;
/** The text of `key` in the Arabic table (data/ui.ar.toml), placeholders and all. */
export const uiAr: (key: string) => string = arabic.ui;

/** `text` as a RegExp source that matches exactly it. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

