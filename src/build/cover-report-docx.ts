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
// Sizes in half-points: the council's documents are 11pt throughout, headings bold; space in twentieths of a point.
const bodySize = 22;
const paragraphGap = 160;
// The closing lists (appendices, background papers) are set closer, as in the PDF.
const listGap = 80;

/**
 * Word takes a heading's number from the heading's style, not from the words
 * after it, so the styles themselves are the council's: black, 11pt, bold.
 * (Word's own defaults would give large blue numbers beside small black headings.)
 */
const styles = {
  default: {
    document: { run: { font, size: bodySize }, paragraph: { spacing: { after: paragraphGap, line: 288 } } },
    title: { run: { font, size: 28, bold: true, color: '000000' }, paragraph: { spacing: { before: 0, after: 200 } } },
    heading1: { run: { font, size: bodySize, bold: true, allCaps: true, color: '000000' }, paragraph: { spacing: { before: 360, after: paragraphGap }, keepNext: true } },
    heading2: { run: { font, size: bodySize, bold: true, color: '000000' }, paragraph: { spacing: { before: 240, after: 80 }, keepNext: true } },
    listParagraph: { run: { font, size: bodySize } },
  },
};

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
    {
      // Bullets sit in the paragraph's text column, as in the PDF: a filled dot, then a hollow one for a list inside a list.
      reference: 'bullets',
      levels: ['•', '◦', '▪'].map((symbol, level) => ({
        level,
        format: LevelFormat.BULLET,
        text: symbol,
        alignment: AlignmentType.LEFT,
        style: { paragraph: { indent: { left: numberColumn + 360 * (level + 1), hanging: 360 } } },
      })),
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
  /** Space after each paragraph, when it is not the document's: none between the lines of a table cell or an address. */
  after?: number;
  /** Counts lettered lists, so each starts again at a). */
  lists: { next: number };
}

function listParagraphs(list: List, context: BlockContext, depth: number): Paragraph[] {
  const instance = context.lists.next++;
  return list.children.flatMap((item, itemIndex) =>
    item.children.flatMap((child, index): Paragraph[] => {
      if (child.type === 'list') return listParagraphs(child, context, depth + 1);
      if (child.type !== 'paragraph') return [];
      if (index > 0) return [new Paragraph({ children: runs(child.children), indent: { left: numberColumn * (2 + depth) } })];
      // A list's items are one block: closer together than paragraphs, with a paragraph's space after the last.
      const last = depth === 0 && itemIndex === list.children.length - 1 && index === item.children.length - 1;
      const spacing = { after: last ? paragraphGap : listGap };
      return [
        list.ordered
          ? new Paragraph({ children: runs(child.children), numbering: { reference: 'letters', level: 0, instance }, spacing })
          : new Paragraph({ children: runs(child.children), numbering: { reference: 'bullets', level: Math.min(depth, 2) }, spacing }),
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
    const spacing = context.after === undefined ? undefined : { after: context.after };
    const paragraph = first
      ? new Paragraph({ children: runs(node.children), numbering: { reference: 'cover-report', level: 1 }, spacing })
      : new Paragraph({ children: runs(node.children), indent: { left: context.indent }, spacing });
    first = false;
    return [paragraph];
  });
}

const cellBorder = { style: BorderStyle.SINGLE, size: 6, color: '000000' };
// About 1.5 mm above and below, 2 mm either side, as the PDF's heading block.
const cellMargins = { top: 80, bottom: 80, left: 115, right: 115 };

function headingTable(rows: ReturnType<typeof coverReportHeading>['rows'], context: BlockContext): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: { top: cellBorder, bottom: cellBorder, left: cellBorder, right: cellBorder, insideHorizontal: cellBorder, insideVertical: cellBorder },
    rows: rows.map(
      (row) =>
        new TableRow({
          children: [
            new TableCell({ width: { size: 38, type: WidthType.PERCENTAGE }, margins: cellMargins, children: [new Paragraph({ spacing: { after: 0 }, children: [new TextRun({ text: row.label, bold: true, allCaps: true })] })] }),
            new TableCell({
              width: { size: 62, type: WidthType.PERCENTAGE },
              margins: cellMargins,
              children: row.markdown ? row.lines.flatMap((line) => blocks(line, { ...context, indent: 0, after: 0 })) : row.lines.map((line) => new Paragraph({ text: line, spacing: { after: 0 } })),
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
  // Bold and to the right, as in the PDF: above the masthead where the format has a release line, else under the heading block.
  const release = (text: string, spacing?: { before: number }) => new Paragraph({ alignment: AlignmentType.RIGHT, spacing, children: [new TextRun({ text, bold: true })] });
  if (format.releaseLine && report.exemptInformation) body.push(release(report.exemptInformation.public));
  if (report.masthead) body.push(new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 240 }, children: [new TextRun({ text: report.masthead, bold: true, allCaps: true, size: 30 })] }));
  body.push(new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun({ text: report.heading.title })] }));
  body.push(headingTable(rows, context));
  if (!format.releaseLine && report.exemptInformation) {
    body.push(release([report.exemptInformation.public, report.exemptInformation.private].filter(Boolean).join(' '), { before: 240 }));
  }
  for (const statement of statements) body.push(new Paragraph({ spacing: { before: 240 }, children: [new TextRun({ text: statement, bold: true })] }));

  for (const section of coverReportSections(report)) {
    body.push(
      new Paragraph({
        heading: HeadingLevel.HEADING_1,
        numbering: { reference: 'cover-report', level: 0 },
        children: [new TextRun({ text: section.heading })],
      }),
    );
    if (section.intro) body.push(...blocks(section.intro, { ...context, indent: 0 }));
    for (const paragraph of section.paragraphs) {
      if (paragraph.heading) {
        body.push(
          new Paragraph({
            heading: HeadingLevel.HEADING_2,
            numbering: { reference: 'cover-report', level: 1 },
            children: [new TextRun({ text: paragraph.heading })],
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

  // An address is one block: its lines follow each other without space between.
  const closing = (label: string, lines: string[], after?: number) => {
    body.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun({ text: label, allCaps: true })] }));
    for (const line of lines) body.push(...blocks(line, { ...context, indent: 0, after }));
  };
  if (report.appendices.length > 0) closing(format.closing.appendices, report.appendices.map((appendix) => (appendix.annualReport ? `${appendix.title} (${appendixFile})` : appendix.title)), listGap);
  const contact = report.contactOfficer;
  if (contact) closing(format.closing.contact, [[contact.name, contact.role].filter(Boolean).join(', '), ...(contact.phone ? [contact.phone] : []), ...(contact.email ? [contact.email] : [])], 0);
  if (report.backgroundPapers) closing(format.closing.backgroundPapers, report.backgroundPapers, listGap);

  const document = new Document({
    creator: author,
    title: report.heading.title,
    description: `Cover report to ${report.heading.meeting}`,
    styles,
    numbering,
    sections: [{ properties: { page: { size: { width: 11906, height: 16838 } } }, children: body }],
  });
  return Packer.toBuffer(document);
}
