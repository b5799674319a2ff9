import { z } from 'zod';

/**
 * Building blocks shared by the report's schemas. Every object is strict, so a
 * misspelt field name (`totl:`) is an error rather than silently ignored.
 */

/** A non-empty line or paragraph of text. Markdown inline formatting is allowed. */
export const text = () => z.string().trim().min(1, { error: 'This text is empty.' });

/** A public web address: https only, on a named host, with no user name or password in it. */
function isPublicWebAddress(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && url.hostname.includes('.') && url.username === '' && url.password === '';
  } catch {
    return false;
  }
}

/**
 * A web address from data that becomes a link on every page, checked as the
 * Markdown ones are: a javascript: or data: address would run code or show
 * anything when clicked, and http: is not private.
 */
export const webAddress = () =>
  z
    .string({ error: 'Write the full web address, starting https://' })
    .trim()
    .refine(isPublicWebAddress, { error: 'This must be a web address starting https:// (never javascript:, data: or http:), for example https://www.example-scp.org.uk/contact.' });

/** A whole number that cannot be negative: counts of children, bookings, reviews. */
export const count = () => z.number().int().nonnegative();

/** A percentage written as a number, for example 59 for 59%. */
export const percent = () => z.number().min(0).max(1000);

/** A sum of money in whole pounds, for example 311609 for £311,609. */
export const pounds = () => z.number().nonnegative();

/** Checks that a YYYY-MM-DD string is a day that exists (2025-02-30 does not). */
function isRealDate(value: string): boolean {
  const [year, month, day] = value.split('-').map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** A calendar date written as YYYY-MM-DD, for example 2025-03-31. */
export const isoDate = () =>
  z
    .string({ error: 'Write the date as YYYY-MM-DD, for example 2025-03-31.' })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'Write the date as YYYY-MM-DD, for example 2025-03-31.' })
    .refine(isRealDate, { error: 'This date does not exist in the calendar.' });

/** A month written as YYYY-MM, for example 2024-11. */
export const isoMonth = () =>
  z
    .string({ error: 'Write the month as YYYY-MM, for example 2024-11.' })
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: 'Write the month as YYYY-MM, for example 2024-11.' });

/** A short identifier in lower case with hyphens, stable from year to year. */
export const slug = () =>
  z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, {
    error: 'Use lower-case letters, digits and single hyphens only, for example children-in-need.',
  });

/** A reporting year folder name such as 2024-25. */
export const reportingYearId = () =>
  z.string().regex(/^\d{4}-\d{2}$/, { error: 'A reporting year is written like 2024-25.' });

/** Names a person and the role in which they speak in the report. */
export const person = () =>
  z
    .strictObject({
      name: text().describe('The person’s name as they wish it published.'),
      role: text().describe('Their role, for example "Independent Scrutineer".'),
    })
    .describe('Who is speaking: their name and role.');

/**
 * A list whose items' `key` must differ, so that figures and commitments can
 * be matched across files and years without ambiguity.
 */
export function uniqueBy<T extends z.ZodType>(item: T, key: string) {
  return z.array(item).superRefine((items, context) => {
    const seen = new Map<unknown, number>();
    items.forEach((entry, index) => {
      const value = (entry as Record<string, unknown>)[key];
      const first = seen.get(value);
      if (first !== undefined) {
        context.addIssue({
          code: 'custom',
          path: [index, key],
          input: value,
          message: `The ${key} "${String(value)}" is already used by item ${first + 1}. Each ${key} must be different.`,
        });
      } else {
        seen.set(value, index);
      }
    });
  });
}
