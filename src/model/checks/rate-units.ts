import type { ContentProblem } from '../load/content-problem.ts';
import type { SourceIndex } from '../load/source-files.ts';
import type { ReportYear } from '../report-year.ts';
import type { Unit } from '../schemas/headline-figure.ts';

const ratePattern = /per\s+(10,000|10000|100,000|100000)\b/gi;
const unitByBase: Record<string, Unit> = { '10000': 'rate-per-10000', '100000': 'rate-per-100000' };
const inWords: Record<string, string> = { 'rate-per-10000': 'per 10,000', 'rate-per-100000': 'per 100,000' };

function ratesIn(text: string): { unit: Unit; raw: string }[] {
  return [...text.matchAll(ratePattern)].map((match) => ({ unit: unitByBase[match[1].replace(/,/g, '')], raw: match[0] }));
}

/** A rate keeps one unit: per 10,000 and per 100,000 differ tenfold, so the value, its words and its comparators must agree. */
export function checkRateUnits(year: ReportYear, sources: SourceIndex): ContentProblem[] {
  const file = `data/${year.id}/headline-figures.yaml`;
  const problems: ContentProblem[] = [];
  (year.headlineFigures ?? []).forEach((figure, index) => {
    const base = { file, severity: 'error' as const, check: 'rate-units', item: figure.id };
    const isRate = figure.unit in inWords;
    for (const field of ['label', 'commentary'] as const) {
      for (const rate of ratesIn(figure[field])) {
        if (rate.unit === figure.unit) continue;
        problems.push({
          ...base,
          line: sources.lineOf(file, ['figures', index, field], rate.raw.split(/\s+/)[1]),
          field: `figures → item ${index + 1} → ${field}`,
          message: isRate
            ? `The ${field} speaks of a rate ${rate.raw}, but the figure’s unit is ${figure.unit} (${inWords[figure.unit]}).`
            : `The ${field} speaks of a rate ${rate.raw}, but the figure’s unit is ${figure.unit}.`,
          found: rate.raw,
          expected: isRate ? inWords[figure.unit] : rate.unit,
          fix: 'Check the source for the unit and make the unit and the words agree. If the source itself disagrees, list it in known-issues.yaml.',
        });
      }
    }
    figure.comparators?.forEach((comparator, comparatorIndex) => {
      if (comparator.unit === figure.unit) return;
      problems.push({
        ...base,
        line: sources.lineOf(file, ['figures', index, 'comparators', comparatorIndex, 'unit']),
        field: `figures → item ${index + 1} → comparators → item ${comparatorIndex + 1} → unit`,
        message: `The ${comparator.area} comparator is ${comparator.unit} but the figure is ${figure.unit}, so they cannot be compared.`,
        found: comparator.unit,
        expected: figure.unit,
        fix: 'Give the comparator in the same unit as the figure (a rate per 100,000 is ten times the rate per 10,000).',
      });
    });
  });
  return problems;
}
