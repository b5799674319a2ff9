import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Element, Root, Text } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { barChart, describe as describeChart, wrapWords } from '../../src/charts/bar-chart.ts';

const spec = {
  id: 'chart-test',
  title: 'Income by contributor',
  summary: 'The council gave most.',
  groups: [{ bars: [{ label: 'Council', value: 300 }, { label: 'Police & <others>', value: 100 }] }],
  format: (value: number) => `£${value}`,
};

/** The chart's elements of one class, as the browser reads them inside a page. */
function elementsOf(svg: string, className: string): Element[] {
  const found: Element[] = [];
  visit(fromHtml(svg, { fragment: true }) as Root, 'element', (node: Element) => {
    if ((node.properties.className as string[] | undefined)?.includes(className)) found.push(node);
  });
  return found;
}
const textOf = (node: Element): string => node.children.map((child) => (child.type === 'text' ? (child as Text).value : child.type === 'element' ? textOf(child) : '')).join(' ');
const textsOf = (svg: string, className: string) => elementsOf(svg, className).map((node) => textOf(node).replace(/\s+/g, ' ').trim());

describe('bar chart', () => {
  it('draws one bar per value, as long as its share of the axis', () => {
    const { svg } = barChart(spec);
    const widths = [...svg.matchAll(/<rect class="chart-bar"[^>]*width="([\d.]+)%"/g)].map((match) => Number(match[1]));
    assert.deepEqual(widths, [100, 100 / 3].map((width) => Number(width.toFixed(2))));
  });

  it('names itself and gives its summary as its description, escaped, leaving the values to the table that follows', () => {
    const { svg } = barChart(spec);
    assert.match(svg, /role="img" aria-labelledby="chart-test-stacked-title chart-test-stacked-desc"/);
    assert.match(svg, /<desc id="chart-test-stacked-desc">The council gave most\.<\/desc>/);
    assert.equal(describeChart(spec), spec.summary);
  });

  it('labels every bar in words, so colour is never needed to tell them apart', () => {
    const { svg } = barChart(spec);
    assert.deepEqual(textsOf(svg, 'chart-label'), ['Council: £300', 'Police & <others>: £100']);
  });

  it('in the inline layout, puts each label beside its bar and its value after the bar', () => {
    const { svg, height } = barChart(spec, 'inline');
    assert.deepEqual(textsOf(svg, 'chart-label'), ['Council', 'Police & <others>']);
    assert.deepEqual(textsOf(svg, 'chart-value'), ['£300', '£100']);
    const at = (node: Element, name: string) => Number(String(node.properties[name]).replace('%', ''));
    const bars = elementsOf(svg, 'chart-bar');
    elementsOf(svg, 'chart-value').forEach((value, index) => assert.equal(at(value, 'x'), Number((at(bars[index], 'x') + at(bars[index], 'width')).toFixed(2)), 'the value starts where its bar ends'));
    assert.ok(height < barChart(spec, 'stacked').height, 'the inline layout is shorter');
  });

  it('wraps long labels onto several lines', () => {
    assert.deepEqual(wrapWords('Mailroom, stationery, supplies, CSCP branding: £818', 32), ['Mailroom, stationery, supplies,', 'CSCP branding: £818']);
  });
});
