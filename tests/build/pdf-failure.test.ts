import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { describePdfFailure } from '../../src/build/pdf-failure.ts';
import { SourceIndex } from '../../src/model/load/source-files.ts';

const sources = new SourceIndex();
sources.add({ file: 'content/2030-31/governance.md', text: 'The panel met.\n\n![The panel][p]\n\n[p]: images/panel-photo.png\n[t]: https://tracker.example/pixel.png\n' });

describe('a PDF that could not be made', () => {
  it('names the file and line that asked for a missing picture, not only the build’s own server', () => {
    const message = describePdfFailure(new Error('The PDF of http://127.0.0.1:4000/2030-31/print/ could not be made:\n  - http://127.0.0.1:4000/2030-31/images/panel-photo.png answered 404'), sources, new Set());
    assert.match(message, /panel-photo\.png \(asked for in content\/2030-31\/governance\.md, line 5\) answered 404/);
  });

  it('names the file and line that asked for a file from another site', () => {
    const message = describePdfFailure(new Error('it asked for a file from another site:\n  - https://tracker.example/pixel.png'), sources, new Set());
    assert.match(message, /pixel\.png \(asked for in content\/2030-31\/governance\.md, line 6\)/);
  });
});
