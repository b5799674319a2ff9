import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { filledOfHundred, iconArraySvg } from '../../src/charts/icon-array.ts';
import { countPictures, pictureCountSvg, pictureUnit } from '../../src/charts/picture-count.ts';

const count = (svg: string, className: string) => svg.split(`class="${className}"`).length - 1;

describe('the picture charts of the child version', () => {
  it('fills as many of the 100 squares as the percentage, rounded to a whole square', () => {
    for (const percent of [0, 6, 39, 85.6, 86, 100]) {
      const { svg, filled } = iconArraySvg({ id: 'test', percent, title: `${percent} out of every 100` });
      assert.equal(filled, Math.round(percent));
      assert.equal(count(svg, 'icon-array__on'), Math.round(percent));
      assert.equal(count(svg, 'icon-array__on') + count(svg, 'icon-array__off'), 100);
    }
  });

  it('never fills more than 100 squares or fewer than none', () => {
    assert.equal(filledOfHundred(140), 100);
    assert.equal(filledOfHundred(-3), 0);
  });

  it('chooses what each little person stands for so that no picture has more than 30 people', () => {
    assert.equal(pictureUnit([24]), 1);
    assert.equal(pictureUnit([124, 257]), 10);
    assert.equal(pictureUnit([535]), 100);
    assert.equal(pictureUnit([5401]), 1000);
    for (const value of [1, 29, 30, 31, 299, 301, 2391, 25621]) assert.ok(value / pictureUnit([value]) <= 30, String(value));
  });

  it('draws a number as whole people and part of one more, adding up to the number itself', () => {
    for (const [value, unit] of [[535, 100], [5401, 1000], [2391, 100], [124, 10], [257, 10], [300, 100]]) {
      const { svg, whole, part } = pictureCountSvg({ id: 'test', value, unit, title: String(value) });
      assert.equal(count(svg, 'pictures__whole'), Math.floor(value / unit));
      assert.equal(count(svg, 'pictures__part'), part > 0 ? 1 : 0);
      assert.ok(Math.abs((whole + part) * unit - value) < unit / 100 + 1e-9, `${value}: ${whole} + ${part}`);
    }
    assert.deepEqual(countPictures(535, 100), { whole: 5, part: 0.35 });
  });

  it('gives every picture a text alternative with its number', () => {
    const share = iconArraySvg({ id: 'share', percent: 86, title: '86 out of every 100 things in our plan were done.' }).svg;
    assert.match(share, /role="img" aria-labelledby="share-title share-desc"/);
    assert.match(share, /<title id="share-title">86 out of every 100/);
    assert.match(share, /<desc id="share-desc">A square of 100 boxes, with 86 filled in\.<\/desc>/);
    const people = pictureCountSvg({ id: 'people', value: 535, unit: 100, title: '535 children were looked after' }).svg;
    assert.match(people, /<title id="people-title">535 children were looked after<\/title>/);
    assert.match(people, /<desc id="people-desc">Shown as 5 people and part of one more\. Each person stands for 100\.<\/desc>/);
  });
});
