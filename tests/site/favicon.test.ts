import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
import { contentRoot, dist } from '../helpers/paths.ts';

describe('the browser-tab icon', () => {
  it('is drawn in the partnership’s own colour', () => {
    const { colours } = parse(readFileSync(join(contentRoot, 'data/partnership.yaml'), 'utf8'));
    const svg = readFileSync(join(dist, 'favicon.svg'), 'utf8');
    assert.match(svg, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    assert.ok(svg.includes(`fill="${colours.primary}"`), svg);
  });
});
