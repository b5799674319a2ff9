import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { reportText } from '../../../src/model/compute/report-text.ts';
import type { ReportYear } from '../../../src/model/report-year.ts';

/** A year reduced to the parts these tests need; the rest of the model is never read. */
const year = {
  id: '2030-31',
  meta: { title: 'Annual report 2030 to 2031', summary: 'The MASH answered calls.' },
  narrative: {
    governance: { file: 'content/2030-31/governance.md', body: 'The LSCP met with the ICB.', title: 'How we work' },
    children: { file: 'content/2030-31/children.md', body: 'We asked the YOS.', children: {} },
  },
  audits: [{ id: 'neglect', title: 'Neglect audit', findings: ['The CAMHS waits fell.'] }],
  knownIssues: [
    { id: 'sum', section: 'Budget', description: 'The DfE line does not add up.', resolution: 'Kept as printed.' },
    { id: 'card', section: 'Figures', description: 'The card differs.', resolution: 'Noted.', publicNote: 'The OFSTED count was corrected.' },
  ],
  coverReports: [{ id: 'scrutiny', report: { title: 'Cover report', summary: 'The CSAB will note it.' } }],
  children: { figures: [{ label: 'Children helped by the NSPCC' }] },
} as unknown as ReportYear;

describe('the words of a year’s report', () => {
  const text = reportText(year);

  it('holds the narrative’s words and titles, the data’s texts and the report’s own details', () => {
    for (const words of ['The LSCP met with the ICB.', 'How we work', 'The CAMHS waits fell.', 'Neglect audit', 'The MASH answered calls.']) assert.ok(text.includes(words), words);
  });

  it('holds a known issue’s public note, but not its notes for the team', () => {
    assert.ok(text.includes('The OFSTED count was corrected.'));
    assert.ok(!text.includes('DfE'));
    assert.ok(!text.includes('Kept as printed.'));
  });

  it('leaves out the cover reports and the child version, which are documents of their own', () => {
    for (const words of ['CSAB', 'NSPCC', 'YOS']) assert.ok(!text.includes(words), words);
  });

  it('leaves out where each file came from', () => {
    assert.ok(!text.includes('content/2030-31'));
  });
});
