import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { precompress } from '../../src/bench/precompress.ts';
import { serveStatic } from '../../src/build/static-server.ts';

describe('precompressed copies of a built site', () => {
  it('writes a .br and a .gz copy of each text file that decompress to it, leaves fonts alone, and the server sends them', async () => {
    const site = mkdtempSync(join(tmpdir(), 'report-precompress-'));
    try {
      mkdirSync(join(site, 'year'));
      const page = `<!doctype html><title>t</title>${'<p>Safeguarding children together.</p>'.repeat(200)}`;
      writeFileSync(join(site, 'year', 'index.html'), page);
      writeFileSync(join(site, 'font.woff2'), Buffer.from([0, 1, 2, 3]));
      assert.equal(precompress(site), 1);
      assert.equal(brotliDecompressSync(readFileSync(join(site, 'year', 'index.html.br'))).toString(), page);
      assert.equal(gunzipSync(readFileSync(join(site, 'year', 'index.html.gz'))).toString(), page);
      assert.equal(existsSync(join(site, 'font.woff2.br')), false);

      const server = await serveStatic(site, { precompressed: true });
      try {
        const response = await fetch(`${server.origin}/year/`, { headers: { 'accept-encoding': 'br' } });
        assert.equal(response.headers.get('content-encoding'), 'br');
        assert.equal(await response.text(), page);
      } finally {
        await server.close();
      }
    } finally {
      rmSync(site, { recursive: true, force: true });
    }
  });
});
