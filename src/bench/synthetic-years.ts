/**
 * Synthetic reporting years for the benchmark: copies of one real year moved
 * back in time, with every figure varied a little, so the build can be timed
 * on 1, 5 or 20 years of realistic content. Ids and words are kept; dates and
 * year labels move with the year; money totals and shares are worked out
 * again so the figures still agree with each other. Written only to the
 * folder it is given, never into the project's content/ or data/.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { parse, stringify } from 'yaml';
import { writeFingerprint } from '../model/load/year-fingerprint.ts';

/** The year id `offset` years before `yearId`: 2024-25 moved by -14 is 2010-11. */
export function shiftYearId(yearId: string, offset: number): string {
  const start = Number(yearId.slice(0, 4)) + offset;
  return `${start}-${String((start + 1) % 100).padStart(2, '0')}`;
}

const twoDigits = (value: number) => String(((value % 100) + 100) % 100).padStart(2, '0');
const isLeap = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/**
 * Moves dates (2024-04-01), months (2024-04) and year labels (2024/25,
 * 2024-25, 2025-27, March 2025) by `offset` years. Other bare years
 * ("Working Together 2023") are names as often as dates, so they are left alone.
 */
export function shiftYearsInText(text: string, offset: number): string {
  return shiftYearLabels(text, offset).replace(monthYear, (_date, month: string, year: string) => `${month} ${Number(year) + offset}`);
}

// A bare year after a month's name ("January to March 2025") is a date, not a name.
const monthYear = /\b(January|February|March|April|May|June|July|August|September|October|November|December) ((?:19|20)\d{2})\b/g;

function shiftYearLabels(text: string, offset: number): string {
  return text.replace(/\b((?:19|20)\d{2})([-/–])(\d{2})(?:-(\d{2}))?\b/g, (whole, year: string, separator: string, second: string, day?: string) => {
    const start = Number(year) + offset;
    if (day !== undefined) {
      const shiftedDay = second === '02' && day === '29' && !isLeap(start) ? '28' : day;
      return `${start}-${second}-${shiftedDay}`;
    }
    const span = (Number(second) - (Number(year) % 100) + 100) % 100;
    if (span >= 1 && span <= 3) return `${start}${separator}${twoDigits(start + span)}`;
    if (separator === '-' && Number(second) >= 1 && Number(second) <= 12) return `${start}-${second}`;
    return whole;
  });
}

/** A small seeded generator (mulberry32), so the same year is always varied the same way. */
export function seededRandom(seed: string): () => number {
  let state = createHash('sha256').update(seed).digest().readUInt32LE(0);
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const decimalPlaces = (value: number) => (String(value).split('.')[1] ?? '').length;

/**
 * A number moved by up to 15% either way, with the same number of decimal
 * places. Zero stays zero; a number that was at least 1 stays at least 1
 * (average attempts), and one that was at most 100 stays at most 100
 * (percentages), so the varied figure is as valid as the real one.
 */
export function varyNumber(value: number, random: () => number): number {
  if (value === 0) return 0;
  const places = decimalPlaces(value);
  let varied = Number((value * (0.85 + random() * 0.3)).toFixed(places));
  if (value >= 1) varied = Math.max(1, varied);
  if (value <= 100) varied = Math.min(100, varied);
  return varied;
}

/** Every number in a parsed YAML value varied; everything else kept. */
export function varyNumbers(value: unknown, random: () => number): unknown {
  if (typeof value === 'number') return varyNumber(value, random);
  if (Array.isArray(value)) return value.map((item) => varyNumbers(item, random));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, varyNumbers(item, random)]));
  return value;
}

interface MoneyLine {
  amount: number;
  statedPercent?: number;
}
interface MoneyFile {
  income: MoneyLine[];
  expenditure: MoneyLine[];
  statedTotals?: { income: number; expenditure: number };
}

/** After the amounts are varied, the printed shares and totals are worked out again so they agree with them. */
export function restateMoney(file: MoneyFile): MoneyFile {
  const restate = (lines: MoneyLine[]) => {
    const total = lines.reduce((sum, line) => sum + line.amount, 0);
    return {
      total,
      lines: lines.map((line) => (line.statedPercent === undefined ? line : { ...line, statedPercent: Number(((line.amount / total) * 100).toFixed(2)) })),
    };
  };
  const income = restate(file.income);
  const expenditure = restate(file.expenditure);
  return {
    ...file,
    income: income.lines,
    expenditure: expenditure.lines,
    ...(file.statedTotals ? { statedTotals: { income: income.total, expenditure: expenditure.total } } : {}),
  };
}

/**
 * Files whose numbers the content checks hold against the words beside them
 * (a figure's commentary quotes its value and change; training percentages
 * must cover every booking). Varying them would make every synthetic year
 * fail those checks, so their numbers stay as the real year printed them.
 */
const keptAsWritten = ['headline-figures.yaml', 'training.yaml', 'known-issues.yaml'];

/**
 * One synthetic year from the files of a real one (paths relative to the
 * year's folders, such as "data/headline-figures.yaml" or
 * "content/governance.md"), moved by `offset` years.
 */
export function syntheticYearFiles(files: ReadonlyMap<string, string>, offset: number, seed: string): Map<string, string> {
  const result = new Map<string, string>();
  for (const [path, text] of files) {
    // A copied fingerprint would not match the varied figures; a published synthetic year gets its own.
    if (path.endsWith('fingerprint.yaml')) continue;
    // Each year's "what we said" would have to answer the next year's copied priorities; only the newest year keeps them.
    if (offset !== 0 && path.endsWith('priorities.yaml')) continue;
    const shifted = shiftYearsInText(text, offset);
    if (!path.endsWith('.yaml') || keptAsWritten.some((name) => path.endsWith(name))) {
      result.set(path, shifted);
      continue;
    }
    let data = varyNumbers(parse(shifted), seededRandom(`${seed}:${offset}:${path}`));
    if (path.endsWith('income-and-expenditure.yaml')) data = restateMoney(data as MoneyFile);
    result.set(path, stringify(data, { lineWidth: 0 }));
  }
  return result;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
}

/**
 * Writes a project of `count` years into `target`: the source year first,
 * then one a year earlier each, with the source's shared files (partnership
 * and glossary). Returns the year ids written, newest first.
 */
export function writeSyntheticProject(sourceRoot: string, sourceYear: string, target: string, count: number, seed = 'bench'): string[] {
  mkdirSync(join(target, 'data'), { recursive: true });
  for (const shared of readdirSync(join(sourceRoot, 'data'), { withFileTypes: true })) {
    if (shared.isFile()) cpSync(join(sourceRoot, 'data', shared.name), join(target, 'data', shared.name));
  }
  const files = new Map<string, string>();
  for (const part of ['data', 'content']) {
    for (const file of filesUnder(join(sourceRoot, part, sourceYear))) files.set(`${part}/${file}`, readFileSync(join(sourceRoot, part, sourceYear, file), 'utf8'));
  }
  const ids: string[] = [];
  for (let index = 0; index < count; index += 1) {
    const id = shiftYearId(sourceYear, -index);
    for (const [path, text] of syntheticYearFiles(files, -index, seed)) {
      const [part, ...rest] = path.split('/');
      const full = join(target, part, id, ...rest);
      mkdirSync(dirname(full), { recursive: true });
      writeFileSync(full, text);
    }
    recordFingerprint(target, id);
    ids.push(id);
  }
  copyPrivacyExceptions(target, sourceYear, ids);
  return ids;
}

/**
 * The privacy file's reviewed exceptions name a file of a year (an office's
 * postcode in content/2030-31/report-preparation.md); each synthetic copy of
 * that file gets the same exception, as the team would review it again.
 */
function copyPrivacyExceptions(target: string, sourceYear: string, ids: readonly string[]): void {
  const file = join(target, 'data', 'privacy.yaml');
  if (!existsSync(file)) return;
  const privacy = parse(readFileSync(file, 'utf8')) as { exceptions?: { file: string }[] } | null;
  const exceptions = privacy?.exceptions ?? [];
  const prefix = new RegExp(`^(data|content)/${sourceYear}/`);
  const copies = ids
    .filter((id) => id !== sourceYear)
    .flatMap((id) => exceptions.filter((exception) => prefix.test(exception.file)).map((exception) => ({ ...exception, file: exception.file.replace(prefix, `$1/${id}/`) })));
  if (copies.length > 0) writeFileSync(file, stringify({ ...privacy, exceptions: [...exceptions, ...copies] }, { lineWidth: 0 }));
}

/**
 * A published year's fingerprint, as `npm run publish-year` records it, so a
 * synthetic year is checked as a frozen published year is, on its
 * publication date (or the end of its period when it has none).
 */
function recordFingerprint(root: string, yearId: string): void {
  const meta = parse(readFileSync(join(root, 'data', yearId, 'report.yaml'), 'utf8')) as {
    status?: string;
    publicationDate?: string;
    period: { end: string };
    corrections?: unknown[];
  };
  if (meta.status !== 'published') return;
  writeFingerprint(root, yearId, String(meta.publicationDate ?? meta.period.end), meta.corrections?.length ?? 0);
}
