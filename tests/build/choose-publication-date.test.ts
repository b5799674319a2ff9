import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { choosePublicationDate } from '../../src/build/choose-publication-date.ts';

const today = '2026-12-01';

describe('the date publish-year records', () => {
  it('is today for a year that has just ended', () => {
    assert.deepEqual(choosePublicationDate({ yearId: '2025-26', periodEnd: '2026-03-31', today }), { date: today });
  });

  it('must be given for a year that ended more than a year ago', () => {
    const choice = choosePublicationDate({ yearId: '2022-23', periodEnd: '2023-03-31', today });
    assert.ok('refusal' in choice);
    assert.match(choice.refusal, /--date YYYY-MM-DD, or --date unknown/);
  });

  it('is left out when it is declared unknown', () => {
    assert.deepEqual(choosePublicationDate({ yearId: '2022-23', given: 'unknown', periodEnd: '2023-03-31', today }), {});
  });

  it('is the one given, when it is a real day', () => {
    assert.deepEqual(choosePublicationDate({ yearId: '2022-23', given: '2023-09-28', periodEnd: '2023-03-31', today }), { date: '2023-09-28' });
    for (const given of ['2023-02-30', '28/09/2023', 'yesterday']) {
      assert.ok('refusal' in choosePublicationDate({ yearId: '2022-23', given, today }), given);
    }
  });
});
