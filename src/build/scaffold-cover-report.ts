import { stringify } from 'yaml';
import type { CoverReportFormat, HeadingField } from '../model/cover-report-formats.ts';
import { coverReportSchema } from '../model/schemas/cover-report.ts';

type Described = { description?: string; shape?: Record<string, Described>; unwrap?: () => Described; element?: Described };

const shapeOf = (schema: Described): Record<string, Described> => schema.shape ?? schema.unwrap?.().shape ?? {};
const fields = shapeOf(coverReportSchema as unknown as Described);
const headingFields = shapeOf(fields.heading);
const comment = (text: string | undefined, indent: string) => (text ? `${indent}# ${text}\n` : '');

/** A heading field left blank for the clerk, with its description as a comment. */
function headingField(field: HeadingField, label: string): string {
  const description = headingFields[field]?.description;
  const printed = label ? ` Printed as "${label}".` : '';
  const intro = comment(`${description ?? ''}${printed}`.trim(), '  ');
  switch (field) {
    case 'corporateDirector':
      return `${intro}  corporateDirector:\n    - name:\n      role:\n`;
    case 'leadOfficer':
    case 'leadMember':
    case 'personLeading':
      return `${intro}  ${field}:\n    name:\n    role:\n`;
    case 'councilPriorities':
      return `${intro}  councilPriorities:\n    heading:\n    text:\n`;
    case 'keyDecision':
      return `${intro}  keyDecision:\n    # true if the report asks for a key decision; then give its forward plan reference.\n    isKeyDecision: false\n`;
    default:
      return `${intro}  ${field}:\n`;
  }
}

/**
 * The commented file `npm run new-cover-report` writes: every heading field
 * and section of the format, each saying what goes there (from the schema's
 * own descriptions and the format), left blank. The check fails until the
 * blanks are filled, so nothing half-written reaches a committee.
 */
export function scaffoldCoverReport(format: CoverReportFormat, meeting: string): string {
  const required = format.heading.filter((row) => row.required);
  const optional = format.heading.filter((row) => !row.required);
  const optionalSections = format.sections.some((section) => !section.expected);
  const section = (part: (typeof format.sections)[number], prefix = '') =>
    `${prefix}  # ${part.heading}: ${part.about}${part.needsApproval ? ' Needs "approvedBy:" before the report can be filed.' : ''}\n` +
    `${prefix}  - id: ${part.id}\n${prefix}    paragraphs: []\n${part.needsApproval ? `${prefix}    approvedBy:\n` : ''}`;
  return [
    `# The council's cover report for ${meeting}, in ${format.description.replace(/^The /, 'the ')}`,
    '# Fill in every blank. Leave out a name, the date or an approval until it is',
    '# confirmed (delete its line): the report is then a draft, in the review report',
    '# only, until it has them. Sections are numbered 1, 2, 3… in the order below and',
    '# their paragraphs 1.1, 1.2…: write them in order, without numbers. A paragraph',
    '# may hold a bulleted list ("- ") or a lettered one ("1. ", printed a), b)…).',
    '# Every field is described in src/model/schemas/cover-report.ts.',
    `format: ${format.name}`,
    comment(fields.masthead?.description, '').trimEnd(),
    'masthead:',
    ...(format.releaseLine ? [comment(fields.exemptInformation?.description, '').trimEnd(), 'exemptInformation:', '  public: For general release'] : []),
    'heading:',
    ...required.map((row) => headingField(row.field, row.label).trimEnd()),
    ...optional.map((row) => headingField(row.field, row.label).trimEnd().replace(/^/gm, '#')),
    'sections:',
    ...(optionalSections ? ['  # A section marked # is one this format has but does not always need: remove the # to use it.'] : []),
    ...format.sections.map((part) => section(part, part.expected ? '' : '#').trimEnd()),
    comment(fields.appendices?.description, '').trimEnd(),
    'appendices: []',
    comment(fields.contactOfficer?.description, '').trimEnd(),
    'contactOfficer:',
    '  name:',
    '  role:',
    comment(fields.backgroundPapers?.description, '').trimEnd(),
    stringify({ backgroundPapers: ['None'] }).trimEnd(),
    '',
  ]
    .filter((line) => line !== '')
    .join('\n')
    .concat('\n');
}
