import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import sharp from 'sharp';
import { publishedImageWidth } from '../../src/build/publish-images.ts';
import { fingerprint } from '../helpers/fingerprint.ts';
import { fixtureCopy } from '../helpers/fixture-copy.ts';
import { appRoot, fixtures } from '../helpers/paths.ts';

function build(root: string) {
  return spawnSync(process.execPath, [join(appRoot, 'src/build/build-site.ts')], {
    env: { ...process.env, CONTENT_ROOT: root },
    encoding: 'utf8',
  });
}

const governance = 'content/2030-31/governance.md';
const picture = { file: 'conference.png', alt: 'Partners at the annual conference' };

describe('the build', () => {
  // The fixture with a picture in its text, so the build publishes it on the page and in the PDF.
  const project = fixtureCopy('minimal', {
    [governance]: `${readFileSync(join(fixtures, 'minimal', governance), 'utf8').trimEnd()}\n\n![${picture.alt}](images/${picture.file})\n`,
  });
  let good: Record<string, string>;
  let firstBuild: ReturnType<typeof build>;

  before(async () => {
    mkdirSync(join(project.root, 'content/2030-31/images'), { recursive: true });
    // Wider than the site needs, so the build makes it smaller.
    await sharp({ create: { width: 2400, height: 1500, channels: 3, background: '#1d4f7c' } })
      .withExif({ IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '51/1 22/1 30/1' } })
      .png()
      .toFile(join(project.root, 'content/2030-31/images', picture.file));
    // Left in the folder but shown nowhere: it must not be published.
    await sharp({ create: { width: 800, height: 500, channels: 3, background: '#b3186d' } })
      .png()
      .toFile(join(project.root, 'content/2030-31/images', 'left-over.png'));
    firstBuild = build(project.root);
    assert.equal(firstBuild.status, 0, firstBuild.stderr);
    good = fingerprint(join(project.root, 'dist'));
  });
  after(() => project.remove());

  it('writes the home page and each year’s report into dist/', () => {
    assert.ok(good['index.html']);
    assert.ok(good['2030-31/index.html']);
  });

  it('publishes the year’s pictures where every page showing them points, without their metadata', async () => {
    assert.ok(good[`2030-31/images/${picture.file}`]);
    const page = readFileSync(join(project.root, 'dist/2030-31/index.html'), 'utf8');
    assert.match(page, new RegExp(`<img src="/2030-31/images/${picture.file}" alt="${picture.alt}"`));
    const published = await sharp(join(project.root, 'dist/2030-31/images', picture.file)).metadata();
    assert.equal(published.exif, undefined);
    assert.deepEqual([published.width, published.height], [publishedImageWidth, 1000], 'made no wider than the site needs');
  });

  it('does not publish a picture no page shows, and warns about it', () => {
    assert.equal(good['2030-31/images/left-over.png'], undefined);
    assert.match(firstBuild.stderr, /content\/2030-31\/images\/left-over\.png\n\s+Warning at whole file: No page shows this picture/);
    assert.doesNotMatch(firstBuild.stderr, new RegExp(`images/${picture.file}\\n`));
  });

  it('stops on a content mistake, names the file and line, and leaves the last good dist/ untouched', () => {
    const figures = join(project.root, 'data/2030-31/headline-figures.yaml');
    const original = readFileSync(figures, 'utf8');
    const broken = fixtureCopy('minimal', { 'data/2030-31/headline-figures.yaml': original.replace('value: 4200', 'value: lots') });
    try {
      // Build the broken copy over the good copy's dist/ by pointing it at the same output.
      const result = spawnSync(process.execPath, [join(appRoot, 'src/build/build-site.ts')], {
        env: { ...process.env, CONTENT_ROOT: broken.root, BUILD_OUT_DIR: join(project.root, 'dist') },
        encoding: 'utf8',
      });
      assert.equal(result.status, 1);
      assert.match(result.stderr, /data\/2030-31\/headline-figures\.yaml\n {2}Error at line 4/);
      assert.match(result.stderr, /Found: {4}"lots"/);
      assert.match(result.stderr, /left as it was/);
      assert.deepEqual(fingerprint(join(project.root, 'dist')), good);
      assert.equal(readdirSync(project.root).filter((name) => name.includes('staging')).length, 0, 'no half-built folder is left behind');
    } finally {
      broken.remove();
    }
  });

  /**
   * A failure at each stage after the content check, each from an input only
   * that stage rejects: the build must stop there, say so, and leave the last
   * good dist/ exactly as it was.
   */
  const laterStages: { stage: string; env?: NodeJS.ProcessEnv; picture?: 'truncated'; message: RegExp }[] = [
    // Nothing the content check accepts breaks Astro, so the build is told to give it a missing settings file.
    { stage: 'the website (Astro)', env: { BUILD_TEST_FAIL_ASTRO: '1' }, message: /The website build failed/ },
    // A picture cut short in copying: its header, all the content check reads, is whole; the pixels are not.
    { stage: 'the pictures', picture: 'truncated', message: /The images could not be prepared/ },
    // A browser that cannot start, as when Chromium is missing or broken on the build machine.
    { stage: 'the PDFs', env: { CHROME_PATH: '/bin/false' }, message: /The PDFs could not be made/ },
    // A search indexer that is missing. (Not one that exits at once, such as /bin/false: Pagefind's wrapper then
    // sometimes never answers, and Node ends the build with status 13 and no message.)
    { stage: 'the search index', env: { PAGEFIND_BINARY_PATH: '/nonexistent/pagefind' }, message: /The search index could not be built/ },
  ];
  for (const { stage, env, picture: broken, message } of laterStages) {
    it(`stops when ${stage} cannot be made, and leaves the last good dist/ byte for byte as it was`, async () => {
      const copy = fixtureCopy('minimal', { [governance]: readFileSync(join(project.root, governance), 'utf8') });
      try {
        mkdirSync(join(copy.root, 'content/2030-31/images'), { recursive: true });
        const whole = readFileSync(join(project.root, 'content/2030-31/images', picture.file));
        writeFileSync(join(copy.root, 'content/2030-31/images', picture.file), broken === 'truncated' ? whole.subarray(0, Math.floor(whole.length / 2)) : whole);
        const result = spawnSync(process.execPath, [join(appRoot, 'src/build/build-site.ts')], {
          env: { ...process.env, ...env, CONTENT_ROOT: copy.root, BUILD_OUT_DIR: join(project.root, 'dist'), PDF_CACHE_DIR: join(copy.root, '.cache', 'pdfs') },
          encoding: 'utf8',
        });
        assert.equal(result.status, 1, result.stderr);
        assert.match(result.stdout, /Content checked/, 'the content check passed, so the later stage was reached');
        assert.match(result.stderr, message);
        assert.match(result.stderr, /left as it was/);
        assert.deepEqual(fingerprint(join(project.root, 'dist')), good);
        assert.deepEqual(readdirSync(project.root).filter((name) => name.includes('staging')), [], 'no half-built folder is left behind');
      } finally {
        copy.remove();
      }
    });
  }

  it('writes nothing at all when the first build fails', () => {
    const broken = fixtureCopy('minimal', { 'data/partnership.yaml': 'name: [unclosed\n' });
    try {
      const result = build(broken.root);
      assert.equal(result.status, 1);
      assert.match(result.stderr, /data\/partnership\.yaml/);
      assert.equal(existsSync(join(broken.root, 'dist')), false);
    } finally {
      broken.remove();
    }
  });
});
