// Titles read from the editorial files, so tests follow the data an editor changes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'smol-toml';
import { date, escapeRegExp, pattern, ui, type Words } from './ui';

const data = (name: string) => readFileSync(join(__dirname, '..', '..', '..', 'data', name), 'utf8');
const unescape = (text: string) => text.replace(/\\"/g, '"');

export const titles: Map<number, string> = new Map(
  [...data('points.toml').matchAll(/^number = (\d+)\ntitle = "(.*)"$/gm)].map((m) => [Number(m[1]), unescape(m[2])]),
);

/** The explainer's title, from data/meta.toml. */
export const explainerTitle: string = (() => {
  const found = data('meta.toml').match(/^title = "(.*)"$/m);
  if (!found) throw new Error('no title in data/meta.toml');
  return unescape(found[1]);
})();

/** The explainer's as-of date as every view prints it ("18 November 2025"), from data/meta.toml,
 * written as the interface's table writes dates. */
export const asOf: string = (() => {
  const found = data('meta.toml').match(/^as_of = (\d{4}-\d{2}-\d{2})$/m);
  if (!found) throw new Error('no as_of in data/meta.toml');
  return date(found[1]);
})();

/** A source's publisher as the pages print it, by id, from data/sources.toml. */
export function publisher(id: string): string {
  const found = data('sources.toml').match(new RegExp(`^id = "${id}"\\n(?:.*\\n)*?publisher = "(.*)"$`, 'm'));
  if (!found) throw new Error(`no source ${id} in data/sources.toml`);
  return unescape(found[1]);
}

export function title(n: number): string {
  const found = titles.get(n);
  if (!found) throw new Error(`no point ${n} in data/points.toml`);
  return found;
}

/** Every disputed issue, by slug, with its title, in matrix order. */
export const issues: { slug: string; title: string }[] = [
  ...data('issues.toml').matchAll(/^slug = "(.*)"\ntitle = "(.*)"$/gm),
].map((m) => ({ slug: m[1], title: unescape(m[2]) }));

/** A figure from data/figures.toml: its value as printed and its ISO date. */
export interface Figure {
  id: string;
  value: string;
  date: string;
}

/** Every figure, by id. */
export const figures: Map<string, Figure> = new Map(
  data('figures.toml')
    .split(/^\[\[figure\]\]$/m)
    .slice(1)
    .map((block): [string, Figure] => {
      const id = block.match(/^id = "(.*)"$/m)?.[1] ?? '';
      const value = unescape(block.match(/^value = "(.*)"$/m)?.[1] ?? '');
      const date = block.match(/^as_of = (\d{4}-\d{2}-\d{2})$/m)?.[1] ?? '';
      return [id, { id, value, date }];
    }),
);

/** Every chart in data/charts.toml: its slug, title, the points it illustrates and the
 * figures it draws, in order. */
export const charts: { slug: string; title: string; points: number[]; figures: Figure[] }[] = data('charts.toml')
  .split(/^\[\[chart\]\]$/m)
  .slice(1)
  .map((block) => {
    const slug = block.match(/^slug = "(.*)"$/m)?.[1] ?? '';
    const title = unescape(block.match(/^title = "(.*)"$/m)?.[1] ?? '');
    const points = (block.match(/^points = \[(.*)\]$/m)?.[1] ?? '').split(',').filter((n) => n.trim()).map(Number);
    const ids = [...block.matchAll(/^figure = "(.*)"$/gm)].map((m) => m[1]);
    const drawn = ids.map((id) => {
      const found = figures.get(id);
      if (!found) throw new Error(`chart ${slug} draws ${id}, which is not in data/figures.toml`);
      return found;
    });
    return { slug, title, points, figures: drawn };
  });

/** "26 January 2026" for "2026-01-26", as the pages print dates (the table's `date.long`). */
export const longDate: (iso: string) => string = date;

/** The accessible name of the walkthrough's link to point `n`, the next one: "Next → · Point 8: …". */
export function nextLink(n: number): RegExp {
  return new RegExp(`${pattern('c_pager_next', { number: n }).source}.*${escapeRegExp(title(n))}`);
}

/** The same in the edition `words` speaks. */
export function nextLinkIn(words: Words, n: number): RegExp {
  const named = contentOf(words).titles.get(n);
  if (named === undefined) throw new Error(`no point ${n} in the ${words.lang} edition`);
  return new RegExp(`${words.pattern('c_pager_next', { number: n }).source}.*${escapeRegExp(named)}`);
}

/** Every view the site has, with the heading it shows. */
export const views: [string, string | RegExp][] = [
  ['/', explainerTitle],
  ...[...titles].map(([n, t]): [string, string] => [`/points/${n}`, t]),
  ['/status', ui('route_name_status')],
  ['/positions', ui('route_name_positions')],
  ...issues.map(({ slug, title }): [string, string] => [`/positions/${slug}`, title]),
  ['/figures', ui('route_name_figures')],
  ...charts.map(({ slug, title }): [string, string] => [`/figures/${slug}`, title]),
  ['/timeline', ui('route_name_timeline')],
  ['/people', ui('route_name_people')],
  ['/sources', ui('route_name_sources')],
  ['/glossary', ui('route_name_glossary')],
  ['/about', ui('route_name_about')],
  ['/corrections', ui('route_name_corrections')],
  ['/search', ui('route_name_search')],
];

/** Each point's dated statuses from data/status.toml, oldest first: [ISO date, status slug]. */
export const statusHistories: Map<number, [string, string][]> = new Map(
  data('status.toml')
    .split(/^\[\[point\]\]$/m)
    .slice(1)
    .map((block): [number, [string, string][]] => {
      const number = Number(block.match(/^number = (\d+)$/m)?.[1]);
      const entries = [...block.matchAll(/^date = (\d{4}-\d{2}-\d{2})\nstatus = "([a-z-]+)"$/gm)].map(
        (m): [string, string] => [m[1], m[2]],
      );
      return [number, entries];
    }),
);

/** A point's status on an ISO date, as the tracker must show it. */
export function statusOn(point: number, date: string): string {
  const entries = statusHistories.get(point) ?? [];
  const inForce = entries.filter(([when]) => when <= date).pop();
  if (!inForce) throw new Error(`no status for point ${point} on ${date}`);
  return inForce[1];
}

/** Every term in data/glossary.toml: its slug, its name and its definition. */
export const glossary: { slug: string; term: string; definition: string }[] = data('glossary.toml')
  .split(/^\[\[term\]\]$/m)
  .slice(1)
  .map((block) => ({
    slug: block.match(/^slug = "(.*)"$/m)?.[1] ?? '',
    term: unescape(block.match(/^term = "(.*)"$/m)?.[1] ?? ''),
    definition: unescape(block.match(/^definition = "(.*)"$/m)?.[1] ?? ''),
  }));

/** The explainer's as-of date as an ISO date, from data/meta.toml. */
export const asOfIso: string = (() => {
  const found = data('meta.toml').match(/^as_of = (\d{4}-\d{2}-\d{2})$/m);
  if (!found) throw new Error('no as_of in data/meta.toml');
  return found[1];
})();

/** What the overview's filters read of each point, from data/points.toml and data/status.toml. */
export const pointFacets: { number: number; topics: string[]; phase: string; binds: string[]; status: string }[] =
  data('points.toml')
    .split(/^\[\[point\]\]$/m)
    .slice(1)
    .map((block) => {
      const number = Number(block.match(/^number = (\d+)$/m)?.[1]);
      const topics = [...(block.match(/^topics = \[(.*)\]$/m)?.[1] ?? '').matchAll(/"([a-z-]+)"/g)].map((m) => m[1]);
      return {
        number,
        topics,
        phase: block.match(/^phase = "([a-z-]+)"$/m)?.[1] ?? '',
        binds: [...new Set([...block.matchAll(/^party = "([a-z-]+)"$/gm)].map((m) => m[1]))],
        status: statusOn(number, asOfIso),
      };
    });

/** Everyone on /people, from data/people.toml. */
export const people: string[] = [...data('people.toml').matchAll(/^name = "(.*)"$/gm)].map((m) => unescape(m[1]));

/** Every stated position's text, from data/positions.toml. */
export const stances: string[] = [...data('positions.toml').matchAll(/^stance = "(.*)"$/gm)].map((m) => unescape(m[1]));
/** Each party's camp on each issue from data/positions.toml (none where it stated no position). */
export const camps: { issue: string; party: string; camp: string | null }[] = data('positions.toml')
  .split(/^\[\[position\]\]$/m)
  .slice(1)
  .map((block) => ({
    issue: block.match(/^issue = "([a-z-]+)"$/m)?.[1] ?? '',
    party: block.match(/^party = "([a-z-]+)"$/m)?.[1] ?? '',
    camp: block.match(/^camp = "([a-z-]+)"$/m)?.[1] ?? null,
  }));

/** What a test reads of one edition's content: its text from that edition's files (data/ for
 * English, data/ar/ for Arabic, whose tables follow the English ones in order), and the shared
 * facts (numbers, slugs, dates) from data/. */
export interface Edition {
  words: Words;
  /** Each point's title, by number. */
  titles: Map<number, string>;
  /** Each issue's slug and title, in matrix order. */
  issues: { slug: string; title: string }[];
  /** Each party's name, in column order. */
  parties: string[];
  /** Each chart as `charts` has it, with its title and its figures' values in this edition. */
  charts: { slug: string; title: string; points: number[]; figures: Figure[] }[];
  /** The as-of date as every view of the edition prints it. */
  asOf: string;
  /** A source's publisher as printed: sources are shared, never translated. */
  publisher(id: string): string;
}

type Table = Record<string, unknown>[];
/** The list `key` of the Arabic counterpart `data/ar/<file>`. */
const arabicTable = (file: string, key: string): Table =>
  (parse(data(join('ar', file)))[key] as Table | undefined) ?? [];
const text = (row: Record<string, unknown> | undefined, field: string): string => {
  const found = row?.[field];
  if (typeof found !== 'string') throw new Error(`an Arabic table lacks its ${field}`);
  return found;
};

/** The content of the edition `words` speaks. */
export function contentOf(words: Words): Edition {
  const englishParties = [...data('parties.toml').matchAll(/^name = "(.*)"$/gm)].map((m) => unescape(m[1]));
  if (words.lang === 'en') {
    return { words, titles, issues, parties: englishParties, charts, asOf, publisher };
  }
  const points = arabicTable('points.toml', 'point');
  const arabicIssues = arabicTable('issues.toml', 'issue');
  const arabicCharts = arabicTable('charts.toml', 'chart');
  const arabicFigures = new Map(arabicTable('figures.toml', 'figure').map((f) => [text(f, 'id'), text(f, 'value')]));
  return {
    words,
    titles: new Map(points.map((p) => [Number(p.number), text(p, 'title')])),
    issues: issues.map(({ slug }, i) => ({ slug, title: text(arabicIssues[i], 'title') })),
    parties: arabicTable('parties.toml', 'party').map((p) => text(p, 'name')),
    charts: charts.map((chart, i) => ({
      ...chart,
      title: text(arabicCharts[i], 'title'),
      figures: chart.figures.map((f) => ({ ...f, value: arabicFigures.get(f.id) ?? f.value })),
    })),
    asOf: words.date(asOfIso),
    publisher,
  };
}
