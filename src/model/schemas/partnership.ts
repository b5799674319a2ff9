import { z } from 'zod';
import { text, slug, webAddress } from './common.ts';

const colour = () =>
  z.string().regex(/^#[0-9a-fA-F]{6}$/, { error: 'Write a colour as # and six hex digits, for example #005EA5.' });

/** Partnership-wide settings, kept in data/partnership.yaml so another partnership can reuse the project by changing content only. */
export const partnershipSchema = z
  .strictObject({
    name: text().describe('The partnership’s full name, for example "Northshire Safeguarding Children Partnership".'),
    shortName: text().describe('The short name used in titles and file names, for example "NSCP".'),
    area: text().describe('The place the partnership covers, for example "Northshire".'),
    website: webAddress().describe('The partnership’s own website.'),
    siteUrl: webAddress().describe('Where this annual report website is published; used for links in the PDF and canonical addresses.'),
    contact: z
      .strictObject({
        page: webAddress().describe('The web page where the public finds the partnership’s contact details.'),
        email: z.email({ error: 'Write a full email address.' }).optional().describe('The business team’s shared public mailbox, if it is published. Never a personal address.'),
      })
      .describe('How the public contacts the partnership.'),
    partners: z
      .array(
        z.strictObject({
          id: slug().describe('A short identifier for the partner, for example "police".'),
          name: text().describe('The partner organisation’s name.'),
          role: z
            .enum(['statutory', 'relevant-agency'])
            .describe('"statutory" for the three safeguarding partners; "relevant-agency" for others named in the arrangements.'),
        }),
      )
      .min(1)
      .describe('The organisations that make up the partnership.'),
    logo: z
      .strictObject({
        file: z
          .string()
          .regex(/^[\w-]+\.(svg|png)$/i, { error: 'Write the file name alone, ending .svg or .png, for example logo.svg; keep the file in data/.' })
          .describe('The logo’s file in data/, an SVG or PNG, for example logo.svg. It is published as a PNG 96 pixels high, so nothing in the file but the picture reaches the site.'),
        alt: text().describe('What the logo says, for readers who cannot see it: usually the partnership’s name, for example "Northshire Safeguarding Children Partnership".'),
      })
      .optional()
      .describe('The partnership’s logo, shown at the top of every page in place of its name. Leave it out to show the name as text.'),
    colours: z
      .strictObject({
        primary: colour().describe('Main brand colour, used for headings, links and the browser-tab icon. Must contrast 4.5:1 with white and with the light grey of panels (#f3f2f1).'),
        accent: colour().describe('Second colour, used for chart bars and highlights. Must contrast 3:1 with white.'),
      })
      .describe('Brand colours. The build checks them for contrast.'),
  })
  .describe('Partnership-wide settings.');

export type Partnership = z.infer<typeof partnershipSchema>;
