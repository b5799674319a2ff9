import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import exifReader from 'exif-reader';
import sharp from 'sharp';
import { publishImages } from '../../src/build/publish-images.ts';
import { inspectSite } from '../../src/model/inspect-site.ts';
import { fixtureCopy } from '../helpers/fixture-copy.ts';

const year = '2030-31';

describe('pictures in the published site', () => {
  it('are re-encoded without their EXIF and GPS metadata, still the right way up', async () => {
    const copy = fixtureCopy('minimal');
    const out = mkdtempSync(join(tmpdir(), 'report-images-'));
    try {
      const images = join(copy.root, 'content', year, 'images');
      mkdirSync(images, { recursive: true });
      // A camera photograph: taken on its side (orientation 6) with the place it was taken.
      await sharp({ create: { width: 600, height: 400, channels: 3, background: '#b3186d' } })
        .withExif({
          IFD0: { Make: 'Camera', Model: 'Phone' },
          IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '51/1 22/1 30/1', GPSLongitudeRef: 'W', GPSLongitude: '0/1 5/1 54/1' },
        })
        .withMetadata({ orientation: 6 })
        .jpeg()
        .toFile(join(images, 'conference.jpg'));
      const tagged = await sharp(join(images, 'conference.jpg')).metadata();
      assert.ok(tagged.exif, 'the test picture carries EXIF');
      assert.ok(exifReader(tagged.exif).GPSInfo?.GPSLatitude, 'the test picture carries a GPS position');

      // A second picture that no page shows stays unpublished.
      await sharp({ create: { width: 600, height: 400, channels: 3, background: '#1d4f7c' } }).jpeg().toFile(join(images, 'not-shown.jpg'));
      const { site } = await inspectSite(copy.root);
      assert.ok(site);
      // A built page that shows the first picture, as the report page does.
      mkdirSync(join(out, year), { recursive: true });
      writeFileSync(join(out, year, 'index.html'), `<p><img src="/${year}/images/conference.jpg" alt="Partners at the conference"></p>`);
      assert.equal(await publishImages(copy.root, out, site), 1);
      assert.deepEqual(readdirSync(join(out, year, 'images')), ['conference.jpg']);

      const published = await sharp(join(out, year, 'images', 'conference.jpg')).metadata();
      assert.equal(published.format, 'jpeg');
      assert.equal(published.exif, undefined, 'no EXIF (and so no GPS) is left');
      assert.equal(published.xmp, undefined);
      assert.equal(published.iptc, undefined);
      assert.equal(published.orientation, undefined);
      assert.deepEqual([published.width, published.height], [tagged.height, tagged.width], 'the turn is applied to the pixels');
    } finally {
      copy.remove();
      rmSync(out, { recursive: true, force: true });
    }
  });
});
