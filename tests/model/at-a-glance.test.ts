import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { atAGlanceFigures } from '../../src/model/compute/at-a-glance.ts';
import { headlineFigureChanges } from '../../src/model/compute/figure-change.ts';
import { checkedSite } from '../helpers/checked-site.ts';
import { fixtures } from '../helpers/paths.ts';

const site = await checkedSite(join(fixtures, 'minimal'));
const year = site.years[0];

describe('at a glance', () => {
  it('shows the figures that have both a number and a change, in the report’s order', () => {
    const figures = atAGlanceFigures(year, headlineFigureChanges(year, site.years));
    assert.deepEqual(figures.map((figure) => figure.id), ['children-in-need', 'referral-rate']);
  });
});
