import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Element, Root, Text } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { barChart } from '../../src/charts/bar-chart.ts';
import { iconArraySvg } from '../../src/charts/icon-array.ts';
import { lineChart } from '../../src/charts/line-chart.ts';
import { pictureCountSvg } from '../../src/charts/picture-count.ts';

// Every character that ends or opens something in markup, as a team might write it in a label.
const hostile = `"Police" & <health> partners' share`;

/** The chart as the browser reads it, inside a page: its elements, and the text of each. */
function parsed(svg: string) {
  const elements: Element[] = [];
  visit(fromHtml(`<body>${svg}</body>`, { fragment: true }) as Root, 'element', (node: Element) => {
    elements.push(node);
  });
  const textOf = (node: Element): string => node.children.map((child) => (child.type === 'text' ? (child as Text).value : child.type === 'element' ? textOf(child) : '')).join('');
  return { elements, texts: (tag: string) => elements.filter((node) => node.tagName === tag).map(textOf) };
}

/** The chart's own element names: a label that broke out of its text would add others (here, <health>). */
const svgElements = new Set(['svg', 'title', 'desc', 'g', 'text', 'tspan', 'rect', 'line', 'path', 'circle', 'defs', 'symbol', 'use', 'clippath', 'clipPath']);

function assertWhole(svg: string) {
  const { elements } = parsed(svg);
  assert.deepEqual(elements.filter((node) => !svgElements.has(node.tagName)).map((node) => node.tagName), [], svg);
  const root = elements.find((node) => node.tagName === 'svg')!;
  assert.equal(root.properties.role, 'img');
}

describe('text from content in the charts', () => {
  const format = (value: number) => `${value} ${hostile}`;

  for (const layout of ['stacked', 'inline'] as const) {
    it(`reaches the ${layout} bar chart's title, description, labels and values exactly as written`, () => {
      const { svg } = barChart({ id: 'test', title: hostile, summary: hostile, groups: [{ label: hostile, bars: [{ label: hostile, value: 3 }] }], format }, layout);
      assertWhole(svg);
      const { texts } = parsed(svg);
      assert.deepEqual(texts('title'), [hostile]);
      assert.deepEqual(texts('desc'), [hostile]);
      const written = texts('text');
      assert.ok(written.includes(hostile), `the group's heading: ${written.join(' | ')}`);
      assert.ok(written.filter((text) => text !== hostile).some((text) => text.includes(hostile)), `the bar's label: ${written.join(' | ')}`);
      assert.ok(written.some((text) => text.includes(`3 ${hostile}`)), `the value: ${written.join(' | ')}`);
    });
  }

  it("reaches the line chart's title, description, point labels and values exactly as written", () => {
    const { svg } = lineChart({ id: 'test', title: hostile, summary: hostile, points: [{ label: hostile, value: 3 }, { label: 'later', value: 4 }], format });
    assertWhole(svg);
    const { texts } = parsed(svg);
    assert.deepEqual(texts('title'), [hostile]);
    assert.ok(texts('desc')[0].includes(hostile), texts('desc')[0]);
    assert.ok(texts('text').includes(hostile));
    assert.ok(texts('text').includes(`3 ${hostile}`));
  });

  it("reaches the child version's picture charts' titles exactly as written", () => {
    for (const { svg } of [iconArraySvg({ id: 'test', percent: 40, title: hostile }), pictureCountSvg({ id: 'test', value: 12, unit: 1, title: hostile })]) {
      assertWhole(svg);
      assert.deepEqual(parsed(svg).texts('title'), [hostile]);
    }
  });
});
