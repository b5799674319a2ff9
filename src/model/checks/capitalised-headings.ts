import type { Heading, Text } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { ProseBlock } from './prose-blocks.ts';

/**
 * Where a heading is written wholly in capitals ("OUTCOMES AND IMPACT"), as
 * transcribed reports often are: its words are ordinary words set in
 * capitals, not abbreviations, so they are spelt-checked in lower case
 * instead. Returns whether the text starting at an offset of the block lies
 * in such a heading.
 */
export function capitalisedHeadings(prose: ProseBlock): (offset: number) => boolean {
  const spans: [number, number][] = [];
  visit(prose.tree(), 'heading', (heading: Heading) => {
    const letters = toString(heading).replace(/[^\p{L}]/gu, '');
    if (letters.length < 2 || letters !== letters.toUpperCase()) return;
    visit(heading, 'text', (node: Text) => {
      if (node.position) spans.push([node.position.start.offset ?? 0, node.position.end.offset ?? 0]);
    });
  });
  return (offset) => spans.some(([start, end]) => offset >= start && offset < end);
}
