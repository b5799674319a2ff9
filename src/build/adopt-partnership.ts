import { parseDocument, stringify } from 'yaml';
import { nationalGlossaryFile, nationalWordsFile } from '../model/national/national-files.ts';
import type { Partnership } from '../model/schemas/partnership.ts';

/** What a partnership says about itself when it adopts the project. */
export interface Adoption {
  name: string;
  shortName: string;
  area: string;
  /** The partnership's own website, https://… */
  website: string;
  /** Where the annual report website will be published. */
  siteUrl: string;
  /** The web page with the partnership's contact details; its website when not given. */
  contactPage?: string;
  /** The three safeguarding partners: the local authority, the integrated care board and the police. */
  statutory: { council: string; health: string; police: string };
  /** Other organisations named in the arrangements. */
  relevantAgencies: string[];
  colours: { primary: string; accent: string };
}

const slug = (name: string) =>
  name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** The settings file's contents, from what the partnership said. */
export function partnershipSettings(adoption: Adoption): Partnership {
  const partner = (name: string, role: 'statutory' | 'relevant-agency') => ({ id: slug(name), name, role });
  return {
    name: adoption.name,
    shortName: adoption.shortName,
    area: adoption.area,
    website: adoption.website,
    siteUrl: adoption.siteUrl,
    contact: { page: adoption.contactPage ?? adoption.website },
    partners: [
      ...[adoption.statutory.council, adoption.statutory.health, adoption.statutory.police].map((name) => partner(name, 'statutory')),
      ...adoption.relevantAgencies.map((name) => partner(name, 'relevant-agency')),
    ],
    colours: adoption.colours,
  };
}

export function partnershipYaml(adoption: Adoption): string {
  return [
    '# Partnership-wide settings: who the partnership is, where the report is',
    '# published and its colours. Every field is described in',
    '# src/model/schemas/partnership.ts.',
    stringify(partnershipSettings(adoption), { lineWidth: 80 }).trimEnd(),
    '',
  ].join('\n');
}

/**
 * The privacy settings with the previous partnership's own entries taken out
 * (its domains, mailboxes, names never to publish and reviewed exceptions),
 * the new website's domain allowed, and the national helplines kept.
 */
export function resetPrivacy(text: string, adoption: Adoption): string {
  const document = parseDocument(text);
  const domain = new URL(adoption.website).hostname.replace(/^www\./, '');
  document.set('organisationalEmailDomains', [domain]);
  for (const key of ['publicEmailAddresses', 'doNotPublish', 'exceptions']) document.set(key, []);
  return document.toString({ lineWidth: 0 });
}

/** The accessibility statement, now the new partnership's: prepared and reviewed today. */
export function resetAccessibilityStatement(text: string, today: string): string {
  const document = parseDocument(text);
  document.set('preparedOn', today);
  document.set('lastReviewedOn', today);
  return document.toString({ lineWidth: 0 });
}

/**
 * The partnership's own glossary, emptied: the national one ships with the
 * code. Its example is the partnership's own name, the kind of term that
 * belongs here.
 */
export function localGlossary(adoption: Adoption): string {
  return [
    '# The partnership’s own abbreviations: its name, its local boards, groups,',
    '# services and places. Abbreviations every partnership in England uses are in',
    `# ${nationalGlossaryFile}, which comes with the code. Add a line`,
    '# when the report uses a new one, for example:',
    `#   - abbreviation: ${adoption.shortName}`,
    `#     expansion: ${adoption.name}`,
    'terms: []',
    '',
  ].join('\n');
}

/**
 * The partnership's own word list, started afresh with the name of its area,
 * which the dictionary will not know and every page uses.
 */
export function localWords(adoption: Adoption): string {
  const areaWords = [...new Set(adoption.area.match(/\p{L}[\p{L}'’-]*/gu) ?? [])];
  return [
    '# Words the spelling check should accept in this partnership’s report: local',
    '# names, people’s names as they wish them published, and terms the report uses',
    '# on purpose. One a line. Words any partnership needs are in',
    `# ${nationalWordsFile}, which comes with the code.`,
    '',
    '# The area',
    ...areaWords,
    '',
  ].join('\n');
}

/** The reporting year (April to March) a day falls in: 2026-12-01 is in 2026-27. */
export function reportingYearOf(day: string): string {
  const year = Number(day.slice(0, 4));
  const start = Number(day.slice(5, 7)) >= 4 ? year : year - 1;
  return `${start}-${String((start + 1) % 100).padStart(2, '0')}`;
}
