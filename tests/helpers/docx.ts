import { strFromU8, unzipSync } from 'fflate';

export interface WordParagraph {
  /** The paragraph style, such as Heading1, or undefined for body text. */
  style?: string;
  /** The list the paragraph is numbered in, and its level, when Word numbers it. */
  numbering?: { id: string; level: number };
  text: string;
}

const entities = (text: string) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** Every paragraph of a .docx's word/document.xml, in order, read from the XML as Word stores it. */
export function wordParagraphs(bytes: Uint8Array): WordParagraph[] {
  const xml = strFromU8(unzipSync(bytes)['word/document.xml']);
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map(([paragraph]) => {
    const style = /<w:pStyle w:val="([^"]+)"/.exec(paragraph)?.[1];
    const level = /<w:ilvl w:val="(\d+)"\/>/.exec(paragraph)?.[1];
    const id = /<w:numId w:val="(\d+)"\/>/.exec(paragraph)?.[1];
    const text = entities([...paragraph.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((match) => match[1]).join(''));
    return { style, ...(level !== undefined && id !== undefined ? { numbering: { id, level: Number(level) } } : {}), text };
  });
}

/**
 * The numbers Word shows beside the paragraphs of one multilevel list ("1.",
 * then "1.1", "1.2"…), worked out as Word does: a level-0 paragraph counts
 * on and starts its sub-paragraphs again at 1.
 */
export function numberedAsWordShows(paragraphs: WordParagraph[], listId: string): { number: string; paragraph: WordParagraph }[] {
  let section = 0;
  let item = 0;
  return paragraphs.flatMap((paragraph) => {
    if (paragraph.numbering?.id !== listId) return [];
    if (paragraph.numbering.level === 0) {
      section += 1;
      item = 0;
      return [{ number: `${section}.`, paragraph }];
    }
    item += 1;
    return [{ number: `${section}.${item}`, paragraph }];
  });
}
