import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { indicatorTrends } from '../../src/model/compute/indicator-trends.ts';
import { checkedSite } from '../helpers/checked-site.ts';
import { formatYear } from '../../src/render/format.ts';
import { asPrinted } from '../helpers/as-printed.ts';
import { trendAnchor } from '../../src/render/trend-anchor.ts';
import { openPage, useBrowserAndServer } from '../helpers/browser.ts';
import { contentRoot, dist } from '../helpers/paths.ts';

const years = (await checkedSite(contentRoot)).years.filter((year) => year.meta.status === 'published');
const shared = useBrowserAndServer(dist, { before, after });

describe('the trends page', () => {
  it('plots each earlier value a report states with its date, marked as stated in that report, beside the report’s own figure', async () => {
    const stated = indicatorTrends(years).filter((trend) => trend.points.some((point) => point.statedLater));
    assert.ok(stated.length > 0, 'the published years state earlier values with dates');
    const { page, context } = await openPage(shared.browser, `${shared.server.origin}/trends/`, { width: 390 });
    try {
      for (const trend of stated) {
        const rows = await page.locator(`#table-${trendAnchor(trend)} tbody tr`).allInnerTexts();
        assert.equal(rows.length, trend.points.length, trend.id);
        for (const [index, point] of trend.points.entries()) {
          assert.ok(rows[index].includes(point.period) && rows[index].includes(asPrinted(point.value, trend.unit)), `${trend.id}: ${rows[index]}`);
          assert.equal(rows[index].includes(`stated in the ${formatYear(point.yearId)} report`), point.statedLater, rows[index]);
        }
        // One unit a chart: every value in the table is written in the trend's unit.
        const csv = await (await page.request.get(`${shared.server.origin}/trends/data/${trendAnchor(trend)}.csv`)).text();
        assert.ok(csv.split('\r\n').slice(1, -1).every((line) => line.includes(`,${trend.unit},`)), csv);
      }
    } finally {
      await context.close();
    }
  });
});
