import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkedSite } from '../helpers/checked-site.ts';
import { commitmentsSchema } from '../../src/model/schemas/commitment.ts';
import { croydonOnly } from '../helpers/croydon-content.ts';
import { appRoot } from '../helpers/paths.ts';

describe('commitments', () => {
  it('accepts a commitment without a status, as the 2024/25 report’s table gives none', () => {
    const parsed = commitmentsSchema.safeParse({ commitments: [{ id: 'mash', said: 'Strengthen the MASH', delivered: 'A new protocol.' }] });
    assert.equal(parsed.success, true);
    assert.equal(parsed.data!.commitments[0].status, undefined);
  });

  it('still needs what was delivered unless the status says it is not yet reported', () => {
    assert.equal(commitmentsSchema.safeParse({ commitments: [{ id: 'mash', said: 'Strengthen the MASH' }] }).success, false);
    assert.equal(commitmentsSchema.safeParse({ commitments: [{ id: 'mash', said: 'Strengthen the MASH', status: 'not yet reported' }] }).success, true);
  });

  it('gives no 2024/25 commitment a status, because the source states none', croydonOnly, async () => {
    const year = (await checkedSite(appRoot)).years.find((candidate) => candidate.id === '2024-25')!;
    assert.deepEqual(year.commitments!.filter((commitment) => commitment.status), []);
  });
});
