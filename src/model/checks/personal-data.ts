import { findPhoneNumbersInText, parsePhoneNumberFromString } from 'libphonenumber-js/max';
import type { ContentProblem } from '../load/content-problem.ts';
import type { Privacy } from '../schemas/privacy.ts';
import { linkNodes, textNodes, type ProseBlock } from './prose-blocks.ts';

interface Finding {
  kind: 'phone' | 'email' | 'postcode' | 'date-of-birth' | 'name';
  text: string;
  index: number;
}

const email = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
// A full UK postcode (outward and inward code), which with a house number locates a home.
const postcode = /\b(?:[A-Z]{1,2}\d[A-Z\d]?|GIR) ?\d[ABD-HJLNP-UW-Z]{2}\b/g;
const month = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const date = `(?:\\d{1,2}(?:st|nd|rd|th)?\\s+${month}\\.?,?\\s+\\d{4}|${month}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4})`;
const dateOfBirth = new RegExp(`\\b(?:born(?:\\s+on)?\\s+${date}|(?:d\\.?o\\.?b\\.?|date\\s+of\\s+birth)\\b[:\\s-]*(?:${date})?)`, 'gi');

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** An address shaped like a person's own (jane.smith@…), not a team's. */
function looksPersonal(address: string): boolean {
  return /^\p{L}+[._-]\p{L}+\d*@/u.test(address);
}

/** Everything in a piece of text that could identify a person, before the policy is applied. */
export function findPersonalData(text: string, privacy: Privacy): Finding[] {
  const findings: Finding[] = [];
  for (const found of findPhoneNumbersInText(text, 'GB')) {
    findings.push({ kind: 'phone', text: text.slice(found.startsAt, found.endsAt), index: found.startsAt });
  }
  for (const match of text.matchAll(email)) findings.push({ kind: 'email', text: match[0], index: match.index });
  for (const match of text.matchAll(postcode)) findings.push({ kind: 'postcode', text: match[0], index: match.index });
  for (const match of text.matchAll(dateOfBirth)) findings.push({ kind: 'date-of-birth', text: match[0].trim(), index: match.index });
  for (const { name } of privacy.doNotPublish) {
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name).replace(/\s+/g, '\\s+')}(?![\\p{L}\\p{N}])`, 'giu');
    for (const match of text.matchAll(pattern)) findings.push({ kind: 'name', text: match[0], index: match.index });
  }
  return findings;
}

/** Whether the policy lets a finding be published without a reviewed exception. */
export function isPublic(finding: Finding, privacy: Privacy): boolean {
  if (finding.kind === 'phone') {
    const number = parsePhoneNumberFromString(finding.text, 'GB')?.number;
    return privacy.publicPhoneNumbers.some((entry) => parsePhoneNumberFromString(entry.number, 'GB')?.number === number);
  }
  if (finding.kind === 'email') {
    const address = finding.text.toLowerCase();
    if (privacy.publicEmailAddresses.some((listed) => listed.toLowerCase() === address)) return true;
    const domain = address.split('@')[1];
    return privacy.organisationalEmailDomains.includes(domain) && !looksPersonal(address);
  }
  return false;
}

const explanations: Record<Finding['kind'], { message: string; fix: string }> = {
  phone: {
    message: 'This looks like a phone number that is not a listed public helpline or switchboard.',
    fix: 'Remove it if it is a person’s number. If it is a public helpline or switchboard, add it to publicPhoneNumbers in data/privacy.yaml.',
  },
  email: {
    message: 'This looks like a personal email address.',
    fix: 'Use the team’s shared mailbox or the contact page instead. If this is a shared mailbox, add it to publicEmailAddresses in data/privacy.yaml.',
  },
  postcode: {
    message: 'This is a full postcode, which with a street can point to someone’s home.',
    fix: 'Remove it or give only the area (for example "CR0"). If it is an office’s public address, add a reviewed exception to data/privacy.yaml.',
  },
  'date-of-birth': {
    message: 'This looks like a date of birth.',
    fix: 'Remove it: give an age range or a year group instead.',
  },
  name: {
    message: 'This name is on the do-not-publish list in data/privacy.yaml.',
    fix: 'Remove the name. For a child in a review, use the published pseudonym (for example "Baby Eva").',
  },
};

/** Where the privacy settings are kept, and the line each exception is written on. */
export interface PrivacySource {
  file: string;
  exceptionLine(index: number): number | undefined;
}

/**
 * Personal data must not be published: phone numbers other than listed
 * helplines, personal email addresses, full postcodes, dates of birth and
 * names on the do-not-publish list. A reviewed exception in
 * data/privacy.yaml lets a specific piece of text through. An exception that
 * lets nothing through any more is a warning, so the list of what someone
 * agreed to publish stays true.
 */
export function checkPersonalData(blocks: readonly ProseBlock[], privacy: Privacy, source?: PrivacySource): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const used = new Set<number>();
  const excepted = (file: string, text: string) => {
    const index = privacy.exceptions.findIndex((exception) => exception.file === file && exception.text === text);
    if (index >= 0) used.add(index);
    return index >= 0;
  };
  for (const prose of blocks) {
    const pieces = [
      ...textNodes(prose).map(({ node, offset }) => ({ text: node.value, offset })),
      // A mailto: or tel: link hides its address from the visible text.
      ...linkNodes(prose).map(({ node, offset }) => ({ text: node.url.replace(/^(mailto|tel):/, ''), offset })),
    ];
    const reported = new Set<string>();
    for (const piece of pieces) {
      for (const finding of findPersonalData(piece.text, privacy)) {
        if (isPublic(finding, privacy) || reported.has(`${finding.kind} ${finding.text}`) || excepted(prose.file, finding.text)) continue;
        reported.add(`${finding.kind} ${finding.text}`);
        problems.push({
          file: prose.file,
          line: prose.lineAt(piece.offset + finding.index),
          field: prose.field,
          ...explanations[finding.kind],
          found: finding.text,
          severity: 'error',
          check: 'personal-data',
        });
      }
    }
  }
  if (source) problems.push(...unusedExceptions(privacy, used, source));
  return problems;
}

function unusedExceptions(privacy: Privacy, used: ReadonlySet<number>, source: PrivacySource): ContentProblem[] {
  return privacy.exceptions.flatMap((exception, index) =>
    used.has(index)
      ? []
      : [
          {
            file: source.file,
            line: source.exceptionLine(index),
            field: `exceptions → item ${index + 1}`,
            message: `This exception lets nothing through: the check finds no "${exception.text}" in ${exception.file}.`,
            found: exception.text,
            fix: `If the text was removed, delete this exception. If it moved or was reworded, change "file" or "text" to match what the check reports under "Found", and review it again.`,
            severity: 'warning' as const,
            check: 'personal-data',
          },
        ],
  );
}
