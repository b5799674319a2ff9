import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { formatHex } from 'culori';
import { brandBackgrounds } from '../../src/model/checks/colour-contrast.ts';
import { formatProblems } from '../../src/model/load/content-problem.ts';
import { inspectSite } from '../../src/model/inspect-site.ts';
import { fixtureCopy } from '../helpers/fixture-copy.ts';
import { appRoot, fixtures } from '../helpers/paths.ts';

const partnershipFile = 'data/partnership.yaml';
const original = readFileSync(join(fixtures, 'minimal', partnershipFile), 'utf8');

async function contrastProblems(primary: string, accent: string) {
  const copy = fixtureCopy('minimal', {
    [partnershipFile]: original.replace(/primary: "#[0-9a-f]{6}"/i, `primary: "${primary}"`).replace(/accent: "#[0-9a-f]{6}"/i, `accent: "${accent}"`),
  });
  try {
    const { problems } = await inspectSite(copy.root);
    return problems.filter((problem) => problem.check === 'colour-contrast');
  } finally {
    copy.remove();
  }
}

describe('the partnership’s colours', () => {
  it('are accepted when they can be read on every background they are used on', async () => {
    assert.deepEqual(await contrastProblems('#1d4f7c', '#b3186d'), []);
  });

  it('stop the build when the primary colour is too light for text, naming the line and the ratio', async () => {
    const problems = await contrastProblems('#99cc99', '#b3186d');
    assert.equal(problems.length, 1, formatProblems(problems));
    assert.equal(problems[0].severity, 'error');
    assert.equal(problems[0].field, 'colours → primary');
    assert.equal(problems[0].line, original.split('\n').findIndex((line) => line.includes('primary:')) + 1);
    assert.match(problems[0].message, /needs a contrast of 4\.5:1, and has 1\.83:1 against white/);
  });

  it('hold the accent to 3:1, the minimum for borders and outlines', async () => {
    // #949494 on white is 3.03:1: enough for a border, not for text.
    assert.deepEqual(await contrastProblems('#1d4f7c', '#949494'), []);
    const problems = await contrastProblems('#1d4f7c', '#a0a0a0');
    assert.deepEqual(problems.map((problem) => problem.field), ['colours → accent']);
  });

  it('are checked against the page and panel colours the stylesheets really use', () => {
    const css = readFileSync(join(appRoot, 'src/styles/tokens.css'), 'utf8');
    const token = (name: string) => formatHex(new RegExp(`--${name}:\\s*(#[0-9a-f]{3,6})`, 'i').exec(css)?.[1]);
    assert.equal(token('panel'), brandBackgrounds['the light grey of panels']);
    assert.equal(token('page'), brandBackgrounds.white);
  });
});
