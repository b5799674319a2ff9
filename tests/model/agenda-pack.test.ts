import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { hasAgendaPack, packAppendix } from '../../src/model/compute/agenda-pack.ts';
import type { CoverReport } from '../../src/model/schemas/cover-report.ts';

const withAppendices = (appendices: CoverReport['appendices']) => ({ appendices }) as unknown as CoverReport;

describe('the annual report as a cover report’s appendix', () => {
  it('is named in the agenda pack by the title the cover report lists, with the letter that title gives', () => {
    const report = withAppendices([{ title: 'Appendix A: Northshire Safeguarding Children Partnership Annual Report 2030/31', annualReport: true }]);
    assert.deepEqual(packAppendix(report), { bookmark: 'Appendix A: Northshire Safeguarding Children Partnership Annual Report 2030/31', label: 'A' });
  });

  it('keeps a council’s numbered appendices as numbers', () => {
    assert.equal(packAppendix(withAppendices([{ title: 'Appendix 1 – Annual Report 2020/21', annualReport: true }]))?.label, '1');
  });

  it('takes its letter from its place in the list when its title gives none', () => {
    const report = withAppendices([{ title: 'Equality impact assessment' }, { title: 'NSCP Annual Report 2030/31', annualReport: true }]);
    assert.deepEqual(packAppendix(report), { bookmark: 'Appendix B: NSCP Annual Report 2030/31', label: 'B' });
  });

  it('is absent, and there is no agenda pack, when no appendix is the annual report', () => {
    const report = withAppendices([{ title: 'Appendix A: a briefing note' }]);
    assert.equal(packAppendix(report), undefined);
    assert.equal(hasAgendaPack(report), false);
  });
});
