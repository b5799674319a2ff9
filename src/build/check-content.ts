/**
 * `npm run check`: validates all content and data and prints every problem,
 * grouped by file. Exits 1 when there is an error; warnings alone exit 0.
 */
import { formatProblems } from '../model/load/content-problem.ts';
import { inspectSite } from '../model/inspect-site.ts';
import { stopsTheBuild } from '../model/judge-findings.ts';
import { formatCoverage } from './format-coverage.ts';
import { githubAnnotations } from './github-annotations.ts';
import { readCommandLine } from './command-line.ts';
import { dictionaryCacheFile, projectRoot } from './project-root.ts';
import { writeReviewFindings } from './review-findings.ts';

readCommandLine({
  usage: 'npm run check',
  summary: 'Checks every content and data file and lists each problem, grouped by file, with its line and how to fix it. Exits 1 when there is an error.',
});

const { site, problems } = await inspectSite(projectRoot, { dictionaryCacheFile: dictionaryCacheFile(projectRoot) });
if (problems.length > 0) console.error(formatProblems(problems));
// In a GitHub Actions run, each problem is also shown on its line in the pull request.
if (process.env.GITHUB_ACTIONS === 'true') for (const line of githubAnnotations(problems)) console.log(line);
// Kept for the review report at /review/ on the preview server (npm run dev runs this first).
writeReviewFindings(projectRoot, problems);
if (site) {
  for (const year of site.years) console.log(`${formatCoverage(year)}\n`);
  const years = site.years.map((year) => `${year.id} (${year.meta.status})`).join(', ');
  console.log(`Content checked: ${site.years.length} reporting year${site.years.length === 1 ? '' : 's'}: ${years}.`);
}
process.exitCode = problems.some(stopsTheBuild) ? 1 : 0;
