// Titles read from the editorial files, so tests follow the data an editor changes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const data = (name: string) => readFileSync(join(__dirname, '..', '..', '..', 'data', name), 'utf8');
const unescape = (text: string) => text.replace(/\\"/g, '"');

export const titles: Map<number, string> = new Map(
  [...data('points.toml').matchAll(/^number = (\d+)\ntitle = "(.*)"$/gm)].map((m) => [Number(m[1]), unescape(m[2])]),
);

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
  ['/', 'The 20-point plan for Gaza, explained'],
  ...[...titles].map(([n, t]): [string, string] => [`/points/${n}`, t]),
  ['/positions', 'Who wants what'],
  ...issues.map(({ slug, title }): [string, string] => [`/positions/${slug}`, title]),
  ['/timeline', 'Timeline'],
  ['/people', "Who's who"],
  ['/sources', 'Sources'],
  ['/about', 'About this explainer'],
  ['/corrections', 'Corrections'],
];
