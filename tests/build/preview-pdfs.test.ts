import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { annualReportPdfName } from '../../src/model/pdf-file-name.ts';
import { fixtureCopy } from '../helpers/fixture-copy.ts';
import { appRoot } from '../helpers/paths.ts';
import { previewServer } from '../helpers/preview-server.ts';

describe('the preview server and the PDFs', () => {
  const project = fixtureCopy('minimal');
  const shortName = /shortName: (.+)/.exec(readFileSync(join(project.root, 'data/partnership.yaml'), 'utf8'))![1].trim();
  const pdf = `/2030-31/${annualReportPdfName(shortName, '2030-31')}`;
  after(() => project.remove());

  it('says how to make a PDF that has not been built yet', async () => {
    const preview = await previewServer(project.root);
    try {
      const response = await fetch(preview.origin + pdf);
      assert.equal(response.status, 404);
      assert.match(await response.text(), /has not been built yet.*npm run build/s);
    } finally {
      preview.stop();
    }
  });

  it('serves the last built PDF at the address the page links to', async () => {
    const built = spawnSync(process.execPath, [join(appRoot, 'src/build/build-site.ts')], {
      env: { ...process.env, CONTENT_ROOT: project.root, PDF_CACHE_DIR: join(project.root, '.cache', 'pdfs') },
      encoding: 'utf8',
    });
    assert.equal(built.status, 0, built.stderr);
    const preview = await previewServer(project.root);
    try {
      const page = await (await fetch(`${preview.origin}/2030-31/`)).text();
      assert.ok(page.includes(`href="${pdf}"`), `the page links to ${pdf}`);
      const response = await fetch(preview.origin + pdf);
      assert.equal(response.status, 200);
      assert.equal(response.headers.get('content-type'), 'application/pdf');
      assert.deepEqual(Buffer.from(await response.arrayBuffer()), readFileSync(join(project.root, 'dist', pdf)));
    } finally {
      preview.stop();
    }
  });
});
