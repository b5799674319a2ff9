import {
  AlignmentType,
  BorderStyle,
  Document,
  ExternalHyperlink,
  HeadingLevel,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from 'docx';
import type { List, PhrasingContent, Root, RootContent } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { coverReportHeading } from '../model/compute/cover-report-heading.ts';
import { coverReportSections } from '../model/compute/cover-report-sections.ts';
import { formatOf } from '../model/cover-report-formats.ts';
import type { CoverReport } from '../model/schemas/cover-report.ts';
import { formatDate } from '../render/format.ts';

/** Word measures indents in twentieths of a point: 720 is half an inch, the council's paragraph-number column. */
const numberColumn = 720;
const font = 'Arial';

/**
 * The section and paragraph numbers are Word's own multilevel list (1., then
 * 1.1, 1.2…), so a clerk who adds a paragraph in Word sees the rest renumber,
 * as in the council's template. The numbers it gives are the ones the build
 * prints in the PDF, because both count sections and paragraphs in order.
 */
const numbering = {
  config: [
    {
      reference: 'cover-report',
      levels: [
        { level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: numberColumn, hanging: numberColumn } } } },
        { level: 1, format: LevelFormat.DECIMAL, text: '%1.%2', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: numberColumn, hanging: numberColumn } } } },
      ],
    },
    {
      // The council letters the items inside a paragraph a), b), c).
      reference: 'letters',
      levels: [{ level: 0, format: LevelFormat.LOWER_LETTER, text: '%1)', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: numberColumn * 2, hanging: 360 } } } }],
    },
  ],
};

function runs(nodes: PhrasingContent[], style: { bold?: boolean; italics?: boolean } = {}): ParagraphChild[] {
  return nodes.flatMap((node): ParagraphChild[] => {
    switch (node.type) {
      case 'text':
        return [new TextRun({ text: node.value.replace(/\s*\n\s*/g, ' '), ...style })];
      case 'inlineCode':
        return [new TextRun({ text: node.value, ...style })];
      case 'strong':
        return runs(node.children, { ...style, bold: true });
      case 'emphasis':
        return runs(node.children, { ...style, italics: true });
      case 'break':
        return [new TextRun({ break: 1 })];
      case 'link':
        return [new ExternalHyperlink({ link: node.url, children: [new TextRun({ text: plainText(node.children), style: 'Hyperlink', ...style })] })];
      default:
        return 'children' in node ? runs(node.children as PhrasingContent[], style) : [];
    }
  });
}

function plainText(nodes: PhrasingContent[]): string {
  return nodes.map((node) => ('value' in node ? node.value : 'children' in node ? plainText(node.children as PhrasingContent[]) : '')).join('');
}

interface BlockContext {
  /** The number the first block carries, when it starts a numbered paragraph. */
  numbered?: boolean;
  indent: number;
  /** Counts lettered lists, so each starts again at a). */
  lists: { next: number };
}

function listParagraphs(list: List, context: BlockContext, depth: number): Paragraph[] {
  const instance = context.lists.next++;
  return list.children.flatMap((item) =>
    item.children.flatMap((child, index): Paragraph[] => {
      if (child.type === 'list') return listParagraphs(child, context, depth + 1);
      if (child.type !== 'paragraph') return [];
      if (index > 0) return [new Paragraph({ children: runs(child.children), indent: { left: numberColumn * (2 + depth) } })];
      return [
        list.ordered
          ? new Paragraph({ children: runs(child.children), numbering: { reference: 'letters', level: 0, instance } })
          : new Paragraph({ children: runs(child.children), bullet: { level: depth + 1 } }),
      ];
    }),
  );
}

/** A paragraph's Markdown as Word paragraphs: its first block numbered when asked, the rest indented under it. */
function blocks(markdown: string, context: BlockContext): Paragraph[] {
  const tree = unified().use(remarkParse).use(remarkGfm).parse(markdown) as Root;
  let first = context.numbered ?? false;
  return tree.children.flatMap((node: RootContent): Paragraph[] => {
    if (node.type === 'list') return listParagraphs(node, context, 0);
    if (node.type !== 'paragraph' && node.type !== 'heading') return [];
    const paragraph = first
      ? new Paragraph({ children: runs(node.children), numbering: { reference: 'cover-report', level: 1 } })
      : new Paragraph({ children: runs(node.children), indent: { left: context.indent } });
    first = false;
    return [paragraph];
  });
}

const cellBorder = { style: BorderStyle.SINGLE, size: 6, color: '000000' };

function headingTable(rows: ReturnType<typeof coverReportHeading>['rows'], context: BlockContext): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: { top: cellBorder, bottom: cellBorder, left: cellBorder, right: cellBorder, insideHorizontal: cellBorder, insideVertical: cellBorder },
    rows: rows.map(
      (row) =>
        new TableRow({
          children: [
            new TableCell({ width: { size: 38, type: WidthType.PERCENTAGE }, children: [new Paragraph({ children: [new TextRun({ text: row.label, bold: true, allCaps: true })] })] }),
            new TableCell({
              width: { size: 62, type: WidthType.PERCENTAGE },
              children: row.markdown ? row.lines.flatMap((line) => blocks(line, { ...context, indent: 0 })) : row.lines.map((line) => new Paragraph({ text: line })),
            }),
          ],
        }),
    ),
  });
}

/**
 * The cover report as a Word document, for the clerk to make a last change
 * and upload to the committee system: the same masthead, heading block,
 * numbered sections and paragraphs as the PDF, from the same model, with
 * Word's own headings (so its navigation pane lists the sections) and
 * numbering.
 */
export async function coverReportDocx(report: CoverReport, { appendixFile, author }: { appendixFile: string; author: string }): Promise<Buffer> {
  const format = formatOf(report.format);
  if (!format) throw new Error(`The cover report's format "${report.format}" is not one the council has.`);
  const context: BlockContext = { indent: numberColumn, lists: { next: 1 } };
  const { rows, statements } = coverReportHeading(report, formatDate);
  const body: (Paragraph | Table)[] = [];
  if (format.releaseLine && report.exemptInformation) body.push(new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: report.exemptInformation.public, bold: true })] }));
  if (report.masthead) body.push(new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 240 }, children: [new TextRun({ text: report.masthead, bold: true, allCaps: true, size: 30 })] }));
  body.push(new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun({ text: report.heading.title, bold: true, size: 28, font, color: '000000' })] }));
  body.push(headingTable(rows, context));
  if (!format.releaseLine && report.exemptInformation) {
    body.push(new Paragraph({ spacing: { before: 240 }, text: [report.exemptInformation.public, report.exemptInformation.private].filter(Boolean).join(' ') }));
  }
  for (const statement of statements) body.push(new Paragraph({ spacing: { before: 240 }, children: [new TextRun({ text: statement, bold: true })] }));

  for (const section of coverReportSections(report)) {
    body.push(
      new Paragraph({
        heading: HeadingLevel.HEADING_1,
        numbering: { reference: 'cover-report', level: 0 },
        children: [new TextRun({ text: section.heading, allCaps: true, bold: true, size: 22, font, color: '000000' })],
      }),
    );
    if (section.intro) body.push(...blocks(section.intro, { ...context, indent: 0 }));
    for (const paragraph of section.paragraphs) {
      if (paragraph.heading) {
        body.push(
          new Paragraph({
            heading: HeadingLevel.HEADING_2,
            numbering: { reference: 'cover-report', level: 1 },
            children: [new TextRun({ text: paragraph.heading, bold: true, size: 22, font, color: '000000' })],
          }),
        );
        body.push(...blocks(paragraph.markdown, context));
      } else {
        body.push(...blocks(paragraph.markdown, { ...context, numbered: true }));
      }
      if (paragraph.approvedBy) body.push(new Paragraph({ indent: { left: numberColumn }, children: [new TextRun({ text: `Approved by: ${paragraph.approvedBy}`, bold: true })] }));
    }
    if (section.approvedBy) body.push(new Paragraph({ indent: { left: numberColumn }, spacing: { before: 120 }, children: [new TextRun({ text: `Approved by: ${section.approvedBy}`, bold: true })] }));
  }

  const closing = (label: string, lines: string[]) => {
    body.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun({ text: label, allCaps: true, bold: true, size: 22, font, color: '000000' })] }));
    for (const line of lines) body.push(...blocks(line, { ...context, indent: 0 }));
  };
  if (report.appendices.length > 0) closing(format.closing.appendices, report.appendices.map((appendix) => (appendix.annualReport ? `${appendix.title} (${appendixFile})` : appendix.title)));
  const contact = report.contactOfficer;
  if (contact) closing(format.closing.contact, [[contact.name, contact.role].filter(Boolean).join(', '), ...(contact.phone ? [contact.phone] : []), ...(contact.email ? [contact.email] : [])]);
  if (report.backgroundPapers) closing(format.closing.backgroundPapers, report.backgroundPapers);

  const document = new Document({
    creator: author,
    title: report.heading.title,
    description: `Cover report to ${report.heading.meeting}`,
    styles: { default: { document: { run: { font, size: 22 } } } },
    numbering,
    sections: [{ properties: { page: { size: { width: 11906, height: 16838 } } }, children: body }],
  });
  return Packer.toBuffer(document);
}
