import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compareFingerprints, hashContent, hashReportMeta, isUnchanged } from '../../src/model/compute/content-fingerprint.ts';

describe('content fingerprints', () => {
  it('treats Windows and Unix line endings in text as the same content', () => {
    assert.equal(hashContent('a\r\nb\r\n', true), hashContent('a\nb\n', true));
    assert.notEqual(hashContent(Buffer.from('a\r\nb'), false), hashContent(Buffer.from('a\nb'), false));
  });

  it('ignores the publication record and corrections in report.yaml, but not the title or period', () => {
    const meta = { title: 'Annual report', period: { start: '2030-04-01', end: '2031-03-31' }, status: 'published' };
    const base = hashReportMeta(meta);
    assert.equal(hashReportMeta({ ...meta, publicationDate: '2031-09-30', sentToPanel: '2031-10-01', corrections: [{}] }), base);
    assert.notEqual(hashReportMeta({ ...meta, title: 'Annual report 2030/31' }), base);
    assert.equal(hashReportMeta({ status: 'published', period: meta.period, title: meta.title }), base, 'field order does not matter');
  });

  it('names the files changed, added and removed', () => {
    const difference = compareFingerprints({ a: '1', b: '2', c: '3' }, { a: '1', b: '9', d: '4' });
    assert.deepEqual(difference, { changed: ['b'], added: ['d'], removed: ['c'] });
    assert.equal(isUnchanged(difference), false);
    assert.equal(isUnchanged(compareFingerprints({ a: '1' }, { a: '1' })), true);
  });
});
