import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
import { restateMoney, seededRandom, shiftYearId, shiftYearsInText, varyNumber, writeSyntheticProject } from '../../src/bench/synthetic-years.ts';
import { formatProblems } from '../../src/model/load/content-problem.ts';
import { checkedSite } from '../helpers/checked-site.ts';
import { inspectSite } from '../../src/model/inspect-site.ts';
import { appRoot } from '../helpers/paths.ts';

// The newest published year with the parts these tests vary: whatever content the repository holds.
const real = (await checkedSite(appRoot))
  .years.filter((year) => year.meta.status === 'published' && year.headlineFigures && year.incomeAndExpenditure)
  .at(-1);
assert.ok(real, 'the content has no published year with headline figures and income and expenditure to copy');
const realYear = real.id;

describe('synthetic reporting years', () => {
  for (const count of [1, 3]) {
    it(`writes ${count} year(s) from the real ${realYear} that pass every content check`, async () => {
      const target = mkdtempSync(join(tmpdir(), 'report-synthetic-'));
      try {
        const ids = writeSyntheticProject(appRoot, realYear, target, count);
        assert.equal(ids.length, count);
        const { site, problems } = await inspectSite(target);
        const errors = problems.filter((problem) => problem.severity === 'error');
        assert.deepEqual(errors, [], formatProblems(errors));
        const unfrozen = problems.filter((problem) => problem.message.includes('fingerprint'));
        assert.deepEqual(unfrozen, [], `each published synthetic year has its own fingerprint:\n${formatProblems(unfrozen)}`);
        assert.deepEqual(site?.years.map((year) => year.id).reverse(), ids);
        for (const year of site?.years ?? []) {
          assert.deepEqual(year.headlineFigures?.map((figure) => figure.id), real?.headlineFigures?.map((figure) => figure.id), 'ids are kept');
          assert.equal(year.meta.period.start.slice(0, 4), year.id.slice(0, 4));
          assert.equal(Object.keys(year.narrative).length, Object.keys(real?.narrative ?? {}).length, 'every section is kept');
        }
      } finally {
        rmSync(target, { recursive: true, force: true });
      }
    });
  }

  it('varies the figures not quoted in the text, the same way every time, and keeps money totals equal to their lines', async () => {
    const [first, second] = ['a', 'b'].map(() => mkdtempSync(join(tmpdir(), 'report-synthetic-')));
    try {
      writeSyntheticProject(appRoot, realYear, first, 2);
      writeSyntheticProject(appRoot, realYear, second, 2);
      const earlier = shiftYearId(realYear, -1);
      const money = (root: string) => readFileSync(join(root, 'data', earlier, 'income-and-expenditure.yaml'), 'utf8');
      assert.equal(money(first), money(second));
      const synthetic = (await checkedSite(first)).years.find((year) => year.id === earlier);
      const amounts = (year: typeof synthetic) => year?.incomeAndExpenditure?.income?.map((line) => line.amount);
      assert.notDeepEqual(amounts(synthetic), amounts(real));
      const budget = parse(money(first));
      const total = budget.income.reduce((sum: number, line: { amount: number }) => sum + line.amount, 0);
      assert.equal(budget.statedTotals?.income ?? total, total);
    } finally {
      for (const dir of [first, second]) rmSync(dir, { recursive: true, force: true });
    }
  });

  it('moves dates, months and year labels, and leaves bare years alone', () => {
    assert.equal(
      shiftYearsInText('From 2024-04-01 to 2025-03-31 (2024/25, 2024-25, 2025–26, plan 2025-27), audit 2024-11, Working Together 2023', -14),
      'From 2010-04-01 to 2011-03-31 (2010/11, 2010-11, 2011–12, plan 2011-13), audit 2010-11, Working Together 2023',
    );
    assert.equal(shiftYearsInText('2024-02-29', -1), '2023-02-28');
    assert.equal(shiftYearsInText('January to March 2025, under Working Together 2023', -2), 'January to March 2023, under Working Together 2023');
    assert.equal(shiftYearId('2024-25', -25), '1999-00');
  });

  it('keeps varied numbers valid: whole numbers whole, percentages at most 100, zero at zero', () => {
    const random = seededRandom('test');
    for (let index = 0; index < 200; index += 1) {
      assert.ok(Number.isInteger(varyNumber(4380, random)));
      assert.ok(varyNumber(99, random) <= 100);
      assert.ok(varyNumber(1.2, random) >= 1);
      assert.equal(varyNumber(0, random), 0);
    }
    const restated = restateMoney({ income: [{ amount: 30, statedPercent: 10 }, { amount: 10 }], expenditure: [{ amount: 5 }], statedTotals: { income: 1, expenditure: 1 } });
    assert.deepEqual(restated.statedTotals, { income: 40, expenditure: 5 });
    assert.equal(restated.income[0].statedPercent, 75);
  });
});
