import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { z } from 'zod';
import { isoDate, text } from './common.ts';

/**
 * data/privacy.yaml: what may be published that looks like personal data
 * (public helplines, team mailboxes), what must never be (names on the
 * do-not-publish list), and the exceptions someone has reviewed.
 */
export const privacySchema = z
  .strictObject({
    publicPhoneNumbers: z
      .array(
        z.strictObject({
          number: text()
            .refine((value) => parsePhoneNumberFromString(value, 'GB')?.isValid() ?? false, { error: 'This is not a valid UK phone number.' })
            .describe('A public helpline or switchboard number, as it is written, for example "0800 1111".'),
          name: text().describe('Whose number it is, for example "Childline".'),
        }),
      )
      .describe('Phone numbers that may appear in the report: public helplines and switchboards only.'),
    publicEmailAddresses: z
      .array(z.email({ error: 'Write a full email address.' }))
      .describe('Shared team mailboxes that may appear in the report, for example safeguarding@northshire.gov.uk. Never a person’s own address.'),
    organisationalEmailDomains: z
      .array(z.string().regex(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/, { error: 'Write the domain alone, for example northshire.gov.uk.' }))
      .describe('Domains of the partner organisations. Other addresses at these domains are allowed unless they look like a person’s name (first.last@…).'),
    doNotPublish: z
      .array(
        z.strictObject({
          name: text().describe('A name that must never appear, for example the real name of a child in a review.'),
          reason: text().optional().describe('Why, for the team (never published).'),
        }),
      )
      .describe('Names that must never be published. The check stops the build wherever one appears.'),
    exceptions: z
      .array(
        z.strictObject({
          file: text().describe('The file the text is in, for example content/2024-25/governance.md.'),
          text: text().describe('The text that looks like personal data, exactly as the check reported it under "Found".'),
          reason: text().describe('Why it is safe to publish, for example "the council’s public switchboard".'),
          reviewedBy: text().describe('Who reviewed it (a role is enough).'),
          reviewedOn: isoDate().describe('When it was reviewed, YYYY-MM-DD.'),
        }),
      )
      .describe('Reviewed exceptions: text the personal data check flags that may be published, each with its reason.'),
  })
  .describe('What may and may not be published about people.');

export type Privacy = z.infer<typeof privacySchema>;

/** The policy when data/privacy.yaml is absent: nothing that looks personal may be published. */
export const strictPrivacy: Privacy = { publicPhoneNumbers: [], publicEmailAddresses: [], organisationalEmailDomains: [], doNotPublish: [], exceptions: [] };
