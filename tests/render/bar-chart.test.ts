import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { barChart, describe as describeChart, wrapWords } from '../../src/charts/bar-chart.ts';

const spec = {
  id: 'chart-test',
  title: 'Income by contributor',
  summary: 'The council gave most.',
  groups: [{ bars: [{ label: 'Council', value: 300 }, { label: 'Police & <others>', value: 100 }] }],
  format: (value: number) => `£${value}`,
};

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
    assert.match(svg, />Council: £300</);
    assert.match(svg, />Police &amp; &lt;others&gt;: £100</);
  });

  it('in the inline layout, puts each label beside its bar and its value after the bar', () => {
    const { svg, height } = barChart(spec, 'inline');
    assert.match(svg, /text-anchor="end"><tspan[^>]*>Council<\/tspan>/);
    assert.match(svg, /<text class="chart-value" x="88%"[^>]*>£300</);
    assert.ok(height < barChart(spec, 'stacked').height, 'the inline layout is shorter');
  });

  it('wraps long labels onto several lines', () => {
    assert.deepEqual(wrapWords('Mailroom, stationery, supplies, CSCP branding: £818', 32), ['Mailroom, stationery, supplies,', 'CSCP branding: £818']);
  });
});
