import { figureChange } from '../compute/figure-change.ts';
import type { ContentProblem } from '../load/content-problem.ts';
import type { SourceIndex } from '../load/source-files.ts';
import type { ReportYear } from '../report-year.ts';
import type { HeadlineFigure } from '../schemas/headline-figure.ts';
import { numbersIn, percentChangesIn, type NumberInText } from './numbers-in-text.ts';

/** Words that say a number is another point in the series, not the figure itself. */
const otherPointInSeries = /\b(peak|peaked|peaking|high|low|highest|lowest|from|previous|last year|the year before|waiting)\b/;

/**
 * A count in the figure's own words that is close to, but not, the figure's
 * value: the sentence and the card then give two numbers for one measure.
 */
export function contradictingNumbers(figure: HeadlineFigure): NumberInText[] {
  if (figure.value === undefined || figure.unit === 'money') return [];
  const value = figure.value;
  const numbers = numbersIn(figure.commentary);
  const sameKind = numbers.filter((number) => number.percent === (figure.unit === 'percentage') && !number.inRange && !number.year);
  if (sameKind.some((number) => number.value === value)) return [];
  return sameKind.filter(
    (number) => number.value !== value && number.value / value >= 0.8 && number.value / value <= 1.25 && !otherPointInSeries.test(number.before),
  );
}

function percentText(value: number): string {
  return `${Math.round(value * 10) / 10}%`;
}

/**
 * Numbers in a headline figure's words must agree with its data: the
 * stated change with the change worked out from the earlier value, a
 * percentage change in the commentary with the stated one, and a count in
 * the commentary with the figure's own value.
 */
export function checkProseNumbers(year: ReportYear, sources: SourceIndex): ContentProblem[] {
  const file = `data/${year.id}/headline-figures.yaml`;
  const problems: ContentProblem[] = [];
  (year.headlineFigures ?? []).forEach((figure, index) => {
    const at = (field: string, needle?: string) => sources.lineOf(file, ['figures', index, field], needle);
    const base = { file, severity: 'error' as const, check: 'prose-numbers', item: figure.id };
    const computed = figureChange(figure);
    const stated = figure.statedChange;
    if (computed && stated) {
      if (computed.direction !== stated.direction) {
        problems.push({
          ...base,
          line: sources.lineOf(file, ['figures', index, 'statedChange', 'direction']),
          field: `figures → item ${index + 1} → statedChange → direction`,
          message: `"${figure.label}" is said to have gone ${stated.direction}, but from ${figure.previous!.value} (${figure.previous!.period}) to ${figure.value} it went ${computed.direction}.`,
          found: stated.direction,
          expected: computed.direction,
          fix: 'Check the value, the previous value and the stated direction against the source; correct the one that was copied wrongly.',
        });
      } else if (stated.percent !== undefined && computed.percent !== undefined && Math.abs(Math.abs(computed.percent) - stated.percent) > 0.5) {
        problems.push({
          ...base,
          line: sources.lineOf(file, ['figures', index, 'statedChange', 'percent']),
          field: `figures → item ${index + 1} → statedChange → percent`,
          message: `The stated change of ${stated.percent}% does not match the change from ${figure.previous!.value} to ${figure.value}, which is ${percentText(Math.abs(computed.percent))}.`,
          found: `${stated.percent}`,
          expected: percentText(Math.abs(computed.percent)),
          fix: 'Check the value, the previous value and the stated change against the source; correct the one that was copied wrongly.',
        });
      }
    }
    const expectedChange = stated?.percent ?? (computed?.percent !== undefined ? Math.abs(computed.percent) : undefined);
    const written = percentChangesIn(figure.commentary);
    if (expectedChange !== undefined && written.length > 0 && !written.some((number) => Math.abs(number.value - expectedChange) <= 0.5)) {
      problems.push({
        ...base,
        line: at('commentary', written[0].raw.replace(/\s?%$/, '')),
        field: `figures → item ${index + 1} → commentary`,
        message: `The commentary gives a change of ${written.map((number) => number.raw).join(', ')}, but the figure’s change is ${percentText(expectedChange)}.`,
        found: written.map((number) => number.raw).join(', '),
        expected: percentText(expectedChange),
        fix: 'Make the commentary and the figure agree, checking both against the source.',
      });
    }
    const contradictions = contradictingNumbers(figure);
    if (contradictions.length > 0) {
      problems.push({
        ...base,
        line: at('commentary', contradictions[0].raw),
        field: `figures → item ${index + 1} → commentary`,
        message: `The commentary gives "${figure.label}" as ${contradictions.map((number) => number.raw).join(' and ')}, but the figure’s value is ${figure.value}.`,
        found: contradictions.map((number) => number.raw).join(', '),
        expected: `${figure.value}, or words saying what the other number is (a peak, an earlier value)`,
        fix: 'Check both numbers against the source and correct the one that was copied wrongly. If the source itself disagrees, list it in known-issues.yaml.',
      });
    }
  });
  return problems;
}
