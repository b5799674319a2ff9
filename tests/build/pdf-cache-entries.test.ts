import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { PdfCache } from '../../src/build/pdf-cache.ts';

describe('an entry of the PDF cache', () => {
  let dir: string;
  let cache: PdfCache;
  const pdf = { bytes: new TextEncoder().encode('%PDF-1.7 a small file'), pages: 3 };
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'pdf-cache-'));
    cache = new PdfCache(dir);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('gives back the bytes and page count it was given', () => {
    cache.put('k', pdf);
    const got = cache.get('k');
    assert.deepEqual(got && { bytes: [...got.bytes], pages: got.pages }, { bytes: [...pdf.bytes], pages: 3 });
  });

  it('leaves no partial files behind once written', () => {
    cache.put('k', pdf);
    assert.deepEqual(readdirSync(dir).sort(), ['k.json', 'k.pdf']);
  });

  it('is a miss, not a crash, when its facts file was cut short', () => {
    cache.put('k', pdf);
    writeFileSync(join(dir, 'k.json'), '{"pages": 3, "by');
    assert.equal(cache.get('k'), undefined);
  });

  it('is a miss when its PDF is shorter than the length recorded', () => {
    cache.put('k', pdf);
    writeFileSync(join(dir, 'k.pdf'), pdf.bytes.slice(0, 5));
    assert.equal(cache.get('k'), undefined);
  });

  it('is a miss when its facts give no page count', () => {
    cache.put('k', pdf);
    writeFileSync(join(dir, 'k.json'), JSON.stringify({ bytes: pdf.bytes.length }));
    assert.equal(cache.get('k'), undefined);
  });

  it('can be written again over an entry that could not be read', () => {
    writeFileSync(join(dir, 'k.json'), 'not json');
    cache.put('k', pdf);
    assert.equal(cache.get('k')?.pages, 3);
  });

  it('is removed, with any partial file, when a build did not use it', () => {
    cache.put('k', pdf);
    cache.put('old', pdf);
    writeFileSync(join(dir, 'old.pdf.123.partial'), 'x');
    cache.keepOnly(new Set(['k']));
    assert.deepEqual(readdirSync(dir).sort(), ['k.json', 'k.pdf']);
  });
});
