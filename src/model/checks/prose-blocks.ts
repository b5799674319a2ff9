import type { Definition, Html, Image, ImageReference, Link, LinkReference, Root, Text } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { describePath } from '../load/schema-issues.ts';
import { lineContaining, type SourceFile, type SourceIndex } from '../load/source-files.ts';
import type { FieldPath } from '../load/yaml-source.ts';

/**
 * One piece of written text as the reader will see it: a Markdown file's
 * body, or a text field of a YAML file (which the site also renders as
 * Markdown). The prose checks (spelling, abbreviations, personal data, raw
 * HTML, links, images) all read these, so every word is checked once.
 */
export interface ProseBlock {
  file: string;
  /** The field in plain words, for text from a YAML file. */
  field?: string;
  text: string;
  /** The line of the file on which the character at `offset` is written. */
  lineAt(offset: number): number;
  /** The block parsed as Markdown (with GitHub tables and autolinks, as the site renders it). */
  tree(): Root;
}

/** Fields that hold identifiers, codes, dates or addresses rather than prose. */
const notProse = new Set([
  'id', 'partnerId', 'figure', 'icon', 'unit', 'qualifier', 'direction', 'area', 'riskLevel', 'frequency', 'status',
  'role', 'year', 'month', 'start', 'end', 'publicationDate', 'meetingDate', 'website', 'siteUrl', 'page', 'email',
  'primary', 'accent', 'abbreviation', 'file', 'check', 'item', 'kind',
]);

const parser = unified().use(remarkParse).use(remarkGfm);

function block(file: string, text: string, lineAt: (offset: number) => number, field?: string): ProseBlock {
  let parsed: Root | undefined;
  return { file, field, text, lineAt, tree: () => (parsed ??= parser.parse(text)) };
}

/** The word (or number) around an offset, used to find its line in a YAML file. */
function tokenAt(text: string, offset: number): string {
  const start = text.slice(0, offset).search(/\S*$/);
  const end = offset + (text.slice(offset).search(/\s|$/) ?? 0);
  return text.slice(start, end).replace(/^[("'“‘[*_]+|[)"'”’\].,;:!?*_]+$/g, '') || text.slice(start, end);
}

function yamlStrings(source: SourceFile, value: unknown, path: PropertyKey[], out: ProseBlock[], everyString: boolean): void {
  if (typeof value === 'string') {
    const key = [...path].reverse().find((part) => typeof part === 'string');
    if (!everyString && typeof key === 'string' && notProse.has(key)) return;
    if (!everyString && !/\s/.test(value.trim()) && /^[a-z0-9./:@#-]*$/i.test(value.trim())) return;
    const start = source.yaml?.locate(path as FieldPath)?.line ?? 1;
    const lineAt = (offset: number) => lineContaining(source.text, tokenAt(value, offset), start) ?? start;
    out.push(block(source.file, value, lineAt, describePath(path as FieldPath)));
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => yamlStrings(source, item, [...path, index], out, everyString));
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) yamlStrings(source, item, [...path, key], out, everyString);
  }
}

/**
 * Every block of prose in the given files. With `everyString`, every text
 * value of the YAML too, identifiers and addresses included: a phone number
 * in a field named "role" is still published.
 */
export function proseBlocks(sources: SourceIndex, skip: ReadonlySet<string> = new Set(), { everyString = false } = {}): ProseBlock[] {
  const blocks: ProseBlock[] = [];
  for (const source of sources.all()) {
    if (skip.has(source.file)) continue;
    if (source.yaml) yamlStrings(source, source.yaml.value, [], blocks, everyString);
    const markdown = source.markdown;
    if (markdown?.body) {
      const lineAt = (offset: number) => markdown.line + (markdown.body.slice(0, offset).match(/\n/g)?.length ?? 0);
      blocks.push(block(source.file, markdown.body, lineAt));
    }
  }
  return blocks;
}

export interface Located<T> {
  node: T;
  offset: number;
}

function nodesOfType<T extends Text | Html | Link | Image>(prose: ProseBlock, type: T['type']): Located<T>[] {
  const found: Located<T>[] = [];
  visit(prose.tree(), type, (node) => {
    found.push({ node: node as T, offset: node.position?.start.offset ?? 0 });
  });
  return found;
}

/** The text a reader sees (not link addresses, code or raw HTML), with where each piece starts. */
export const textNodes = (prose: ProseBlock) => nodesOfType<Text>(prose, 'text');
export const htmlNodes = (prose: ProseBlock) => nodesOfType<Html>(prose, 'html');

/**
 * Reference-style links and images ([text][ref] with "[ref]: address" elsewhere) as if written inline, at the
 * reference, so every rule for an address applies to both spellings.
 */
function resolvedReferences<T extends LinkReference | ImageReference>(prose: ProseBlock, type: T['type']): Array<{ node: T; offset: number; definition: Definition }> {
  const definitions = new Map<string, Definition>();
  visit(prose.tree(), 'definition', (node) => {
    // The first definition of an identifier wins, as in CommonMark.
    if (!definitions.has(node.identifier)) definitions.set(node.identifier, node);
  });
  const found: Array<{ node: T; offset: number; definition: Definition }> = [];
  visit(prose.tree(), type, (node) => {
    const definition = definitions.get((node as T).identifier);
    if (definition) found.push({ node: node as T, offset: node.position?.start.offset ?? 0, definition });
  });
  return found;
}

export const linkNodes = (prose: ProseBlock): Located<Link>[] => [
  ...nodesOfType<Link>(prose, 'link'),
  ...resolvedReferences<LinkReference>(prose, 'linkReference').map(({ node, offset, definition }) => ({
    node: { type: 'link', url: definition.url, title: definition.title, children: node.children, position: node.position } satisfies Link,
    offset,
  })),
];
export const imageNodes = (prose: ProseBlock): Located<Image>[] => [
  ...nodesOfType<Image>(prose, 'image'),
  ...resolvedReferences<ImageReference>(prose, 'imageReference').map(({ node, offset, definition }) => ({
    node: { type: 'image', url: definition.url, title: definition.title, alt: node.alt, position: node.position } satisfies Image,
    offset,
  })),
];
