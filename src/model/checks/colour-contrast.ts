import { wcagContrast } from 'culori';
import type { ContentProblem } from '../load/content-problem.ts';
import type { SourceIndex } from '../load/source-files.ts';
import type { Partnership } from '../schemas/partnership.ts';

/**
 * The backgrounds the brand colours are used on: the page, and the light
 * grey of panels and table headers (--page and --panel in
 * src/styles/tokens.css; a test keeps them the same).
 */
export const brandBackgrounds = { white: '#ffffff', 'the light grey of panels': '#f3f2f1' } as const;

/**
 * WCAG 2.2's contrast minimums for the partnership's colours: the primary
 * colour is text and links (and the background of white text), so 4.5:1
 * (1.4.3); the accent draws borders, chart bars and the focus outline, so
 * 3:1 against the page (1.4.11). A colour that fails would make every page
 * fail, so it stops the build.
 */
export function checkColourContrast(partnership: Partnership, sources: SourceIndex, file = 'data/partnership.yaml'): ContentProblem[] {
  const rules = [
    { key: 'primary', minimum: 4.5, against: Object.entries(brandBackgrounds), use: 'text and links' },
    { key: 'accent', minimum: 3, against: [['white', brandBackgrounds.white]], use: 'borders, chart bars and the focus outline' },
  ] as const;
  return rules.flatMap(({ key, minimum, against, use }) => {
    const colour = partnership.colours[key];
    const failing = against
      .map(([name, background]) => ({ name, ratio: wcagContrast(colour, background) }))
      .filter(({ ratio }) => ratio < minimum);
    if (failing.length === 0) return [];
    return [
      {
        file,
        line: sources.lineOf(file, ['colours', key]),
        field: `colours → ${key}`,
        message: `The ${key} colour is used for ${use}, but it is too light to read: it needs a contrast of ${minimum}:1, and has ${failing.map(({ name, ratio }) => `${ratio.toFixed(2)}:1 against ${name}`).join(' and ')}.`,
        found: colour,
        expected: `a colour with at least ${minimum}:1 contrast against ${against.map(([name]) => name).join(' and ')} (WCAG 2.2, ${minimum === 3 ? '1.4.11' : '1.4.3'})`,
        fix: `Use a darker shade of the brand colour. A contrast checker (such as WebAIM's) shows the ratio; the partnership's brand guidelines often give an accessible shade.`,
        severity: 'error' as const,
        check: 'colour-contrast',
      },
    ];
  });
}
