// Titles read from the editorial files, so tests follow the data an editor changes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

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

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The explainer's as-of date as every view prints it ("18 November 2025"), from data/meta.toml. */
export const asOf: string = (() => {
  const found = data('meta.toml').match(/^as_of = (\d{4})-(\d{2})-(\d{2})$/m);
  if (!found) throw new Error('no as_of in data/meta.toml');
  return `${Number(found[3])} ${MONTHS[Number(found[2]) - 1]} ${found[1]}`;
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

/** Every view the site has, with the heading it shows. */
export const views: [string, string | RegExp][] = [
  ['/', explainerTitle],
  ...[...titles].map(([n, t]): [string, string] => [`/points/${n}`, t]),
  ['/status', 'Where each point stands'],
  ['/positions', 'Who wants what'],
  ...issues.map(({ slug, title }): [string, string] => [`/positions/${slug}`, title]),
  ['/timeline', 'Timeline'],
  ['/people', "Who's who"],
  ['/sources', 'Sources'],
  ['/about', 'About this explainer'],
  ['/corrections', 'Corrections'],
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
