/**
 * Named mutation cases: each is a realistic bug, written as a small edit to
 * the real source, and the tests that must catch it. For each case the
 * project is copied to a temporary folder (node_modules linked, not copied),
 * the edit applied there, and those tests run; a case whose tests all pass
 * is a bug the suite would let through. An edit whose search text is no
 * longer in the source stops the script, so a case cannot rot silently when
 * the code moves: update its search text to the code's new shape.
 *
 *   npm run mutation-cases                 every case
 *   npm run mutation-cases -- csp dist     only the cases whose names contain a word given
 *   npm run mutation-cases -- --baseline   also run each case's tests on the unchanged copy first
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { appRoot } from '../src/build/project-root.ts';

interface Edit {
  file: string;
  search: string;
  replace: string;
}

interface MutationCase {
  name: string;
  bug: string;
  edits: Edit[];
  /** The test files that must fail with the bug in place. */
  tests: string[];
}

export const cases: MutationCase[] = [
  {
    name: 'total-drops-last-line',
    bug: 'A total drops its last line',
    edits: [{ file: 'src/model/compute/share-of-total.ts', search: 'items.reduce(', replace: 'items.slice(0, -1).reduce(' }],
    tests: ['tests/model/computed-figures.test.ts'],
  },
  {
    name: 'personal-data-skips-yaml',
    bug: 'The personal-data check skips .yaml files',
    edits: [
      {
        file: 'src/model/checks/personal-data.ts',
        search: 'for (const prose of blocks) {',
        replace: "for (const prose of blocks.filter((block) => !block.file.endsWith('.yaml'))) {",
      },
    ],
    tests: ['tests/model/checks/personal-data.test.ts'],
  },
  {
    name: 'csp-meta-removed',
    bug: 'The Content-Security-Policy meta tag is removed',
    edits: [{ file: 'src/components/DocumentHead.astro', search: '<meta http-equiv="Content-Security-Policy" content={policy} />\n', replace: '' }],
    tests: ['tests/build/page-security-policy.test.ts'],
  },
  {
    name: 'contents-page-numbers-off-by-one',
    bug: 'Contents page numbers off by one',
    edits: [{ file: 'src/print/page-references.ts', search: "style === 'number' ? String(page)", replace: "style === 'number' ? String(Number(page) + 1)" }],
    tests: ['tests/print/render-pdf.test.ts'],
  },
  {
    name: 'attribute-escaped-for-apostrophe-only',
    bug: 'Text written into markup is escaped for \' only, not ", <, >, &',
    edits: [
      {
        file: 'src/charts/svg-text.ts',
        search: "return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\"/g, '&quot;');",
        replace: "return text.replace(/'/g, '&#39;');",
      },
    ],
    tests: ['tests/render/chart-text.test.ts'],
  },
  {
    name: 'sanitiser-removed',
    bug: 'rehype-sanitize removed, so the renderer writes href="javascript:…"',
    edits: [{ file: 'src/render/markdown.ts', search: '    .use(rehypeSanitize)\n', replace: '' }],
    tests: ['tests/render/markdown-sanitising.test.ts'],
  },
  {
    name: 'dist-removed-before-pdfs',
    bug: 'dist/ removed before the PDF stage, so a PDF or search failure loses the site',
    edits: [
      {
        file: 'src/build/run-build.ts',
        search: '  try {\n    const pdfs = await renderPdfs(',
        replace: '  rmSync(outDir, { recursive: true, force: true });\n  try {\n    const pdfs = await renderPdfs(',
      },
    ],
    tests: ['tests/build/atomic-build.test.ts'],
  },
  {
    name: 'percentages-truncated',
    bug: 'Percentages truncated instead of rounded',
    edits: [
      { file: 'src/render/format.ts', search: 'return `${formatNumber(value, 1)}%`;', replace: 'return `${formatNumber(Math.trunc(value * 10) / 10, 1)}%`;' },
      { file: 'src/render/format.ts', search: 'return `${value.toFixed(decimals)}%`;', replace: 'return `${(Math.trunc(value * 10 ** decimals) / 10 ** decimals).toFixed(decimals)}%`;' },
    ],
    tests: ['tests/render/format.test.ts', 'tests/build/formatted-figures.test.ts'],
  },
  {
    name: 'training-unknown-fields-ignored',
    bug: 'Unknown fields ignored in training.yaml',
    edits: [{ file: 'src/model/schemas/training.ts', search: 'strictObject(', replace: 'looseObject(' }],
    tests: ['tests/model/load/unknown-fields.test.ts'],
  },
  {
    name: 'known-issue-silences-any-check',
    bug: 'A known issue naming a whole file silences its personal-data and spelling errors',
    edits: [{ file: 'src/model/judge-findings.ts', search: '!explainable.has(problem.check) || ', replace: '' }],
    tests: ['tests/model/known-issues.test.ts'],
  },
];

/** A copy of the project without its build output, caches or node_modules (linked instead). */
function copyProject(): string {
  const copy = mkdtempSync(join(tmpdir(), 'mutation-case-'));
  const skipped = new Set(['node_modules', 'dist', '.git', '.cache', '.astro', '.stryker-tmp', 'reports', 'review', 'test-results']);
  cpSync(appRoot, copy, {
    recursive: true,
    filter: (source) => {
      const path = relative(appRoot, source);
      return path === '' || (!skipped.has(path.split(/[/\\]/)[0]) && !path.includes('.staging-'));
    },
  });
  symlinkSync(join(appRoot, 'node_modules'), join(copy, 'node_modules'), 'dir');
  return copy;
}

/** Applies every occurrence of each edit's search text; a search text that is no longer there is an error. */
function applyEdits(copy: string, edits: readonly Edit[]): void {
  for (const edit of edits) {
    const path = join(copy, edit.file);
    const source = readFileSync(path, 'utf8');
    if (!source.includes(edit.search)) {
      throw new Error(`${edit.file} no longer contains the text this case changes:\n  ${JSON.stringify(edit.search)}\nUpdate the case in scripts/mutation-cases.ts to the code's new shape.`);
    }
    writeFileSync(path, source.replaceAll(edit.search, edit.replace));
  }
}

function runTests(copy: string, tests: readonly string[]): { passed: boolean; output: string } {
  // A missing file fails the runner, which would look like a caught bug.
  const missing = tests.filter((test) => !existsSync(join(copy, test)));
  if (missing.length > 0) throw new Error(`No such test file: ${missing.join(', ')}. Update the case in scripts/mutation-cases.ts.`);
  const result = spawnSync(process.execPath, ['--test', '--test-concurrency=1', '--test-reporter=spec', ...tests], { cwd: copy, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { passed: result.status === 0, output: `${result.stdout}${result.stderr}` };
}

function main(): number {
  const args = process.argv.slice(2);
  const baseline = args.includes('--baseline');
  const words = args.filter((arg) => !arg.startsWith('--'));
  const chosen = words.length > 0 ? cases.filter((one) => words.some((word) => one.name.includes(word))) : cases;
  if (chosen.length === 0) {
    console.error(`No case matches ${words.join(', ')}. The cases: ${cases.map((one) => one.name).join(', ')}`);
    return 2;
  }
  const missed: string[] = [];
  for (const one of chosen) {
    const started = performance.now();
    const copy = copyProject();
    try {
      if (baseline) {
        const before = runTests(copy, one.tests);
        if (!before.passed) {
          console.log(`${one.name}: the tests fail without the bug, so this case proves nothing\n${before.output}`);
          missed.push(one.name);
          continue;
        }
      }
      applyEdits(copy, one.edits);
      const { passed, output } = runTests(copy, one.tests);
      const seconds = ((performance.now() - started) / 1000).toFixed(0);
      if (passed) {
        missed.push(one.name);
        console.log(`NOT caught  ${one.name} (${seconds} s): ${one.bug}; ${one.tests.join(', ')} all pass`);
      } else {
        const failures = [...new Set(output.split('\n').map((line) => line.trim()))].filter((line) => /^✖/.test(line) && !/failing tests/.test(line)).slice(0, 3);
        console.log(`caught      ${one.name} (${seconds} s): ${one.bug}${failures.length > 0 ? `\n            ${failures.join('\n            ')}` : ''}`);
      }
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  }
  console.log(missed.length === 0 ? `\nEvery one of ${chosen.length} cases was caught.` : `\n${missed.length} of ${chosen.length} cases not caught: ${missed.join(', ')}`);
  return missed.length === 0 ? 0 : 1;
}

process.exitCode = main();
