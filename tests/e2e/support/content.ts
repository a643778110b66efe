// Point titles read from the editorial file, so tests follow the data an editor changes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const file = readFileSync(join(__dirname, '..', '..', '..', 'data', 'points.toml'), 'utf8');

export const titles: Map<number, string> = new Map(
  [...file.matchAll(/^number = (\d+)\ntitle = "(.*)"$/gm)].map((m) => [Number(m[1]), m[2].replace(/\\"/g, '"')]),
);

export function title(n: number): string {
  const found = titles.get(n);
  if (!found) throw new Error(`no point ${n} in data/points.toml`);
  return found;
}
