import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import sharp from 'sharp';
import { formatProblems } from '../../src/model/load/content-problem.ts';
import { inspectSite } from '../../src/model/inspect-site.ts';
import { fixtureCopy } from '../helpers/fixture-copy.ts';
import { appRoot, fixtures } from '../helpers/paths.ts';

const settings = readFileSync(join(fixtures, 'minimal', 'data/partnership.yaml'), 'utf8');
const withLogo = (file: string) => `${settings.trimEnd()}\nlogo:\n  file: ${file}\n  alt: Test Safeguarding Children Partnership\n`;
// A logo as a designer might send it, with a script inside that must never reach the site.
const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="240" height="80" viewBox="0 0 240 80"><rect width="240" height="80" fill="#1d4f7c"/><script>alert(1)</script></svg>';

describe('the partnership’s logo', () => {
  const project = fixtureCopy('minimal', { 'data/partnership.yaml': withLogo('logo.svg'), 'data/logo.svg': svg });
  after(() => project.remove());

  it('is shown at the top of every page as a picture, with its alternative text, drawn to pixels', async () => {
    const built = spawnSync(process.execPath, [join(appRoot, 'src/build/build-site.ts')], {
      env: { ...process.env, CONTENT_ROOT: project.root, PDF_CACHE_DIR: join(project.root, '.cache', 'pdfs') },
      encoding: 'utf8',
    });
    assert.equal(built.status, 0, built.stderr);
    const dist = join(project.root, 'dist');
    const { format, height } = await sharp(join(dist, 'logo.png')).metadata();
    assert.deepEqual([format, height], ['png', 96]);
    assert.equal(existsSync(join(dist, 'logo.svg')), false, 'the SVG itself, which could hold script, is not published');
    for (const page of ['index.html', '2030-31/index.html']) {
      assert.match(readFileSync(join(dist, page), 'utf8'), /<a class="site-header__name" href="\/">\s*<img class="site-header__logo" src="\/logo\.png" alt="Test Safeguarding Children Partnership"/);
    }
  });

  it('must be a file in data/, said on the line that names it', async () => {
    const copy = fixtureCopy('minimal', { 'data/partnership.yaml': withLogo('missing.png') });
    try {
      const problems = (await inspectSite(copy.root)).problems.filter((problem) => problem.check === 'logo');
      assert.equal(problems.length, 1, formatProblems(problems));
      assert.equal(problems[0].line, settings.trimEnd().split('\n').length + 2);
      assert.match(problems[0].message, /There is no data\/missing\.png/);
    } finally {
      copy.remove();
    }
  });
});
