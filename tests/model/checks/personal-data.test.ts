import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { formatProblems } from '../../../src/model/load/content-problem.ts';
import { inspectSite } from '../../../src/model/inspect-site.ts';
import { findPersonalData } from '../../../src/model/checks/personal-data/find-personal-data.ts';
import { hasNhsCheckDigit } from '../../../src/model/checks/personal-data/nhs-numbers.ts';
import { strictPrivacy, type Privacy } from '../../../src/model/schemas/privacy.ts';
import { fixtureCopy } from '../../helpers/fixture-copy.ts';
import { fixtures } from '../../helpers/paths.ts';

const privacy: Privacy = {
  ...strictPrivacy,
  publicPhoneNumbers: [{ number: '0800 1111', name: 'Childline' }],
  publicEmailAddresses: ['cscp@croydon.gov.uk'],
  organisationalEmailDomains: ['croydon.gov.uk'],
  doNotPublish: [{ name: 'Tallulah Brightwater' }],
};

const kinds = (text: string) => findPersonalData(text, privacy).map((finding) => `${finding.detector.kind}: ${finding.text}`);

describe('the personal data detectors', () => {
  const found: Array<[string, string]> = [
    ['Ring 07400 123456 after six.', 'phone: 07400 123456'],
    ['"07400-123456"', 'phone: 07400-123456'],
    ['Call +44 20 7946 0123.', 'phone: +44 20 7946 0123'],
    ['jane.smith@gmail.com', 'email: jane.smith@gmail.com'],
    ['Write to jane dot smith at gmail dot com today.', 'email: jane dot smith at gmail dot com'],
    ['Write to jane.smith (at) gmail.com today.', 'email: jane.smith (at) gmail.com'],
    ['Write to jane.smith at gmail dot com today.', 'email: jane.smith at gmail dot com'],
    ['Write to john.jones@croydon.gov.uk.', 'email: john.jones@croydon.gov.uk'],
    ['They lived near cr0 1nx.', 'postcode: cr0 1nx'],
    ['They lived near CR0 1NX.', 'postcode: CR0 1NX'],
    ['She was born on the 3rd of March 2015.', 'date-of-birth: born on the 3rd of March 2015'],
    ['DOB: 03/03/2015', 'date-of-birth: DOB: 03/03/2015'],
    ['NHS number 943 476 5919', 'nhs-number: 943 476 5919'],
    ['NI QQ 12 34 56 C', 'national-insurance-number: QQ 12 34 56 C'],
    ['ab123456c', 'national-insurance-number: ab123456c'],
    ['Amelia Thornbury, aged 7, was seen.', 'name-with-age: Amelia Thornbury, aged 7'],
    ['Amelia (aged 7) was seen.', 'name-with-age: Amelia (aged 7)'],
    ['The review of tallulah  brightwater', 'name: tallulah  brightwater'],
  ];
  for (const [text, expected] of found) {
    it(`finds "${expected}" in ${JSON.stringify(text)}`, () => {
      assert.ok(kinds(text).includes(expected), kinds(text).join('; ') || 'nothing found');
    });
  }

  const allowed = [
    'Childline is on 0800 1111.',
    'Write to cscp@croydon.gov.uk.',
    'Write to safeguarding@croydon.gov.uk.',
    'At Key Stage 1, pupils did well.',
    'Find out more online at childline.org.uk.',
    'Spending rose in 202324 and fell after.',
    'Child A, aged 7, was seen.',
    'Baby Eva (aged 2) was seen.',
    'Referrals from Health (12) and Police (15).',
    'Children aged 10 to 17 took part.',
    'The report was published on 30 September 2025.',
    'The CR0 area.',
    'In 2024-25 there were 4380 children in need and £311,609 was spent (ref 2024-0117).',
  ];
  for (const text of allowed) {
    it(`finds nothing in ${JSON.stringify(text)}`, () => {
      assert.deepEqual(kinds(text), []);
    });
  }

  it('accepts an NHS number only when its check digit is right', () => {
    assert.equal(hasNhsCheckDigit('9434765919'), true);
    assert.equal(hasNhsCheckDigit('9434765918'), false);
  });
});

describe('the personal data check of a project', () => {
  // One personal mobile number, written into each kind of file the team edits.
  const mobile = '07911 123456';
  const figures = 'data/2030-31/headline-figures.yaml';
  const paper = 'data/2030-31/committee-reports/scrutiny.yaml';
  const governance = 'content/2030-31/governance.md';
  const original = (file: string) => readFileSync(join(fixtures, 'minimal', file), 'utf8');

  it('finds it in a data file, a cover report and a Markdown section alike, each on its own line', async () => {
    const copy = fixtureCopy('minimal', {
      [figures]: original(figures).replace('    commentary: The CIN caseload rose.', `    commentary: The CIN caseload rose; ring ${mobile}.`),
      [paper]: original(paper).replace('    text: To keep children safe.', `    text: To keep children safe. Ring ${mobile}.`),
      [governance]: `${original(governance).trimEnd()}\n\nRing ${mobile} for the minutes.\n`,
    });
    try {
      const { problems } = await inspectSite(copy.root);
      const found = problems.filter((problem) => problem.check === 'personal-data' && problem.found === mobile);
      const lineOf = (file: string) => readFileSync(join(copy.root, file), 'utf8').split('\n').findIndex((line) => line.includes(mobile)) + 1;
      assert.deepEqual(
        found.map((problem) => `${problem.file}:${problem.line} ${problem.severity}`).sort(),
        [figures, paper, governance].map((file) => `${file}:${lineOf(file)} error`).sort(),
        formatProblems(problems),
      );
    } finally {
      copy.remove();
    }
  });
});
