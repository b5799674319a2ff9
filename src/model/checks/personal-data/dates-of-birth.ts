import { datePattern } from './dates.ts';
import { matchesOf, type Detector } from './detector.ts';

const dateOfBirth = new RegExp(`\\b(?:born(?:\\s+on)?\\s+${datePattern}|(?:d\\.?o\\.?b\\.?|date\\s+of\\s+birth)\\b[:\\s-]*(?:${datePattern})?)`, 'giu');

export const datesOfBirth: Detector = {
  kind: 'date-of-birth',
  find: (text) => matchesOf(text, dateOfBirth),
  message: 'This looks like a date of birth.',
  fix: 'Remove it: give an age range or a year group instead.',
};
