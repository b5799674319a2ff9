import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { parse, stringify } from 'yaml';
import { formatNames } from '../../src/model/cover-report-formats.ts';
import { fixtureCopy } from '../helpers/fixture-copy.ts';
import { appRoot } from '../helpers/paths.ts';

function run(script: string, root: string, args: string[] = []) {
  const result = spawnSync(process.execPath, [join(appRoot, script), ...args], { env: { ...process.env, CONTENT_ROOT: root }, encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

/** What a clerk would write in each blank: the fixture's own words, so the spelling check knows them. */
function fillIn(node: unknown, key = ''): unknown {
  if (Array.isArray(node)) return node.length === 0 && key === 'paragraphs' ? ['This report presents the annual report.'] : node.map((item) => fillIn(item));
  if (node && typeof node === 'object') return Object.fromEntries(Object.entries(node).map(([field, value]) => [field, fillIn(value, field)]));
  if (node !== null) return node;
  return { meetingDate: '2031-11-12', name: 'Morgan Hale', role: 'Partnership business manager', masthead: 'Borough Council', wards: 'All' }[key] ?? 'The partners must publish a report every year.';
}

describe('npm run new-cover-report', () => {
  const project = fixtureCopy('minimal');
  after(() => project.remove());
  const file = join(project.root, 'data/2030-31/committee-reports/scrutiny-2031-12.yaml');

  it('says which formats there are when the format is not one of them, and writes nothing', () => {
    const result = run('src/build/new-cover-report.ts', project.root, ['2030-31', 'scrutiny-2031-12', '--format', 'cabinet']);
    assert.notEqual(result.status, 0);
    for (const name of formatNames) assert.ok(result.output.includes(name), result.output);
    assert.equal(existsSync(file), false);
  });

  it('answers --help with its usage', () => {
    const result = run('src/build/new-cover-report.ts', project.root, ['--help']);
    assert.equal(result.status, 0);
    assert.match(result.output, /Usage: npm run new-cover-report -- <year> <meeting> --format <name>/);
  });

  it('writes a commented file with every heading field and expected section of the format', () => {
    const result = run('src/build/new-cover-report.ts', project.root, ['2030-31', 'scrutiny-2031-12', '--format', 'decision-2023']);
    assert.equal(result.status, 0, result.output);
    const text = readFileSync(file, 'utf8');
    assert.match(text, /^# The council's cover report for scrutiny-2031-12/);
    for (const id of ['summary', 'background', 'council-priorities', 'implications']) assert.match(text, new RegExp(`^  - id: ${id}$`, 'm'), id);
    assert.match(text, /Printed as "DATE OF DECISION"/);
  });

  it('fails the check, naming the empty section, while a section the format expects has no paragraphs', () => {
    const filled = fillIn(parse(readFileSync(file, 'utf8'))) as { sections: { id: string; paragraphs: string[] }[] };
    filled.sections.find((section) => section.id === 'background')!.paragraphs = [];
    writeFileSync(file, stringify(filled));
    const result = run('src/build/check-content.ts', project.root);
    assert.notEqual(result.status, 0);
    assert.match(result.output, /The section "background" is empty/);
  });

  it('passes the check once every blank is filled in, and is then complete', () => {
    writeFileSync(file, stringify(fillIn(parse(readFileSync(file, 'utf8')))));
    const result = run('src/build/check-content.ts', project.root);
    assert.equal(result.status, 0, result.output);
    assert.doesNotMatch(result.output, /scrutiny-2031-12\.yaml/);
  });

  it('says which sections the format has when the file names one it does not', () => {
    writeFileSync(file, readFileSync(file, 'utf8').replace('id: background', 'id: backgrounds'));
    const result = run('src/build/check-content.ts', project.root);
    assert.notEqual(result.status, 0);
    assert.match(result.output, /The decision-2023 format has no section "backgrounds"\. Its sections are: summary, recommendations, reasons, background/);
  });
});
