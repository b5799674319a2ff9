import { z } from 'zod';
import { isoDate } from './common.ts';

/**
 * data/<year>/fingerprint.yaml: written by `npm run publish-year`, never by
 * hand. It records a hash of every file of a published year, so the check can
 * tell when a published report has changed without a correction.
 */
export const fingerprintSchema = z
  .strictObject({
    recorded: isoDate().describe('The day the fingerprint was recorded.'),
    corrections: z
      .number()
      .int()
      .nonnegative()
      .describe('How many entries of "corrections" in report.yaml this fingerprint already includes.'),
    files: z
      .record(z.string(), z.string().regex(/^sha256:[0-9a-f]{64}$/))
      .describe('A hash of each file of the year, by path.'),
  })
  .describe('The fingerprint of a published report.');

export type Fingerprint = z.infer<typeof fingerprintSchema>;
