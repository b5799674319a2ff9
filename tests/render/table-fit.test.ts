import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { scrollsOnPhone } from '../../src/render/table-fit.ts';

describe('whether a table fits a phone, from its columns', () => {
  it('fits a label with a few numbers', () => {
    assert.equal(scrollsOnPhone(['label', 'number', 'number']), false);
    assert.equal(scrollsOnPhone(['label', 'number']), false);
  });

  it('fits columns that need exactly the phone’s width, and scrolls for any more', () => {
    assert.equal(scrollsOnPhone(['number', 'number', 'number', 'number']), false, '4 × 4.5 rem is the 18 rem a phone has');
    assert.equal(scrollsOnPhone(['label', 'label', 'number']), true, '7 + 7 + 4.5 rem is more');
  });

  it('scrolls when two columns of sentences must share the screen', () => {
    assert.equal(scrollsOnPhone(['words', 'words']), true);
  });

  it('scrolls when many numbers sit beside a label', () => {
    assert.equal(scrollsOnPhone(['label', 'number', 'number', 'number', 'number']), true);
  });
});
