import { z } from 'zod';
import { isoMonth, slug, text, uniqueBy } from './common.ts';

export const units = ['count', 'percentage', 'rate-per-10000', 'rate-per-100000', 'money'] as const;
const unit = () =>
  z
    .enum(units)
    .describe('What the number measures: count, percentage, rate-per-10000, rate-per-100000 or money (pounds).');

/** A number the source states about the same measure at another time. */
const pointInTime = () =>
  z.strictObject({
    value: z.number().describe('The number, without commas or units.'),
    period: text().describe('When it applies, for example "March 2024" or "2023/24".'),
    date: isoMonth()
      .optional()
      .describe('For a value at a point in time, the month it applies to as YYYY-MM (2024-03 for "March 2024"), where the source gives one: the trends page plots the value at that month, as stated in this year’s report.'),
  });

const breakdownItem = () =>
  z.strictObject({
    label: text().describe('What this part counts, for example "Self-harm".'),
    value: z.number().describe('The number, without commas or units.'),
    unit: unit(),
  });

/** One headline figure card: a number, what it means, and how it moved. */
export const headlineFigureSchema = z
  .strictObject({
    id: slug().describe('A stable identifier, the same every year, so figures can be compared across years.'),
    label: text().describe('What the figure measures, in a few words, for example "Children in need".'),
    value: z
      .number()
      .optional()
      .describe('The number itself, without commas or units. Leave it out if the source gives only a change.'),
    unit: unit(),
    qualifier: z
      .enum(['average', 'at year end', 'in the year', 'in the quarter', 'peak'])
      .optional()
      .describe('How the value is taken, when the source says: average, at year end, in the year, in the quarter, or peak.'),
    period: text().describe('The period the figure covers, for example "2024/25" or "January to March 2025".'),
    previous: pointInTime().optional().describe('The same measure at an earlier time, where the source gives it.'),
    statedChange: z
      .strictObject({
        direction: z.enum(['up', 'down', 'no change']).describe('Which way the source says the figure moved.'),
        percent: z.number().nonnegative().optional().describe('The size of the change in per cent, as the source states it.'),
        comparedWith: text().describe('What it is compared with, for example "the year before".'),
      })
      .optional()
      .describe('The change the source states in words, where it states one.'),
    comparators: z
      .array(
        z.strictObject({
          area: text().describe(
            'The area the comparison is with, as the report names it: for example "England", "London", "North West", "statistical neighbours" or a named authority.',
          ),
          value: z.number().describe('The comparator’s value, in the same unit as the figure.'),
          unit: unit(),
        }),
      )
      .optional()
      .describe('The same measure for another area (England, the region, statistical neighbours), where given.'),
    breakdown: z
      .array(breakdownItem())
      .optional()
      .describe('Parts of the figure shown beside it, for example the reasons for emergency department visits.'),
    commentary: text().describe('What the figure means, in a sentence or two, as the report explains it.'),
    source: text().describe('Where the figure comes from.'),
  })
  .refine((figure) => figure.value !== undefined || figure.statedChange !== undefined || figure.breakdown !== undefined, {
    error: 'A headline figure needs a value, a breakdown or a stated change.',
  });

export const headlineFiguresFileSchema = z
  .strictObject({
    figures: uniqueBy(headlineFigureSchema, 'id').min(1).describe('The headline figures, in the order they appear.'),
  })
  .describe('Headline figures and trends.');

export type HeadlineFigure = z.infer<typeof headlineFigureSchema>;
export type Unit = (typeof units)[number];
