import type { ContentProblem } from '../load/content-problem.ts';
import type { LoadedContent } from '../load/load-content.ts';
import { checkAccessibilityStatement } from './accessibility-statement.ts';
import { checkAcronyms } from './acronyms.ts';
import { checkCarriedPriorities } from './carried-priorities.ts';
import { checkChildSources } from './child-sources.ts';
import { checkChildText } from './child-text.ts';
import { checkColourContrast } from './colour-contrast.ts';
import { checkCoverReportDrafts } from './cover-report-drafts.ts';
import { checkCoverReportSections } from './cover-report-sections.ts';
import { checkFrozenYear } from './frozen-year.ts';
import { checkGlossaryClashes } from './glossary-clashes.ts';
import { checkHiddenCharacters } from './hidden-characters.ts';
import { checkImages } from './images.ts';
import { checkImpactStatements } from './impact-statements.ts';
import { checkInternalLinks } from './internal-links.ts';
import { checkLogo } from './logo.ts';
import { checkPeriodMatchesFolder } from './period-matches-folder.ts';
import { checkPersonalData } from './personal-data.ts';
import { proseBlocks, type ProseBlock } from './prose-blocks.ts';
import { checkProseNumbers } from './prose-numbers.ts';
import { checkPublicationRecord } from './publication-record.ts';
import { checkRateUnits } from './rate-units.ts';
import { checkRawHtml } from './raw-html.ts';
import { checkReferences } from './references.ts';
import { checkReportingPeriod } from './reporting-period.ts';
import { checkReportingYears } from './reporting-years.ts';
import { checkSpelling } from './spelling.ts';
import { checkStatutoryCoverage } from './statutory-coverage.ts';
import { checkTextLengths } from './text-lengths.ts';
import { checkTotals } from './totals.ts';

export interface CheckOptions {
  /** The project root, where the images and the logo are. */
  root: string;
  /** Today, as YYYY-MM-DD, for how old the accessibility statement's review is. */
  today: string;
  /** Compare published years with their recorded fingerprints; only `npm run publish-year` turns it off, as recording one is how it answers that check. */
  frozen: boolean;
  /** Whether a site with no reporting year is an error; only `npm run new-year` turns it off, as starting the first year is what it is for. */
  yearsRequired: boolean;
  /** Where the spelling check keeps the words the dictionary accepted, between runs. */
  dictionaryCacheFile?: string;
}

/**
 * Known issues are for the team, who know the abbreviations they write about;
 * readers see only a note the partnership chose to publish. So only that
 * note is held to the glossary.
 */
const readersSee = (prose: ProseBlock) => !/^data\/\d{4}-\d{2}\/known-issues\.yaml$/.test(prose.file) || (prose.field ?? '').endsWith('publicNote');

/**
 * Every check beyond the schemas, in one place. The prose checks read the
 * text of every file that was read, even one with schema errors, so personal
 * data is caught wherever it is; the model checks need a loaded year. A year
 * whose period does not match its folder is not checked further: every date
 * check would only repeat that one mistake.
 */
export async function runChecks(content: LoadedContent, options: CheckOptions): Promise<ContentProblem[]> {
  const { sources, privacyFile, partnership, glossary } = content;
  const blocks = proseBlocks(sources, new Set([privacyFile]));
  const problems: ContentProblem[] = [
    ...(options.yearsRequired ? checkReportingYears(content.yearIds) : []),
    ...(content.glossaryFiles.local ? checkGlossaryClashes(content.glossaryFiles.national, content.glossaryFiles.local, sources) : []),
    ...checkPersonalData(proseBlocks(sources, new Set([privacyFile]), { everyString: true }), content.privacy, {
      file: privacyFile,
      exceptionLine: (index) => sources.lineOf(privacyFile, ['exceptions', index]),
    }),
    ...checkRawHtml(blocks),
    ...checkHiddenCharacters(sources.all().filter((source) => source.file !== privacyFile)),
    ...checkTextLengths(blocks),
    ...(glossary ? checkAcronyms(blocks.filter(readersSee), glossary.terms, content.words.list) : []),
  ];
  const years = content.years.filter((year) => {
    const period = checkPeriodMatchesFolder(year, sources);
    problems.push(...period);
    return period.length === 0;
  });
  for (const year of years) {
    problems.push(
      ...checkTotals(year, sources),
      ...checkProseNumbers(year, sources),
      ...checkRateUnits(year, sources),
      ...checkReportingPeriod(year, sources),
      ...checkChildText(year, sources),
      ...checkChildSources(year, sources),
      ...checkStatutoryCoverage(year),
      ...checkImpactStatements(year),
      ...checkPublicationRecord(year),
      ...checkCoverReportDrafts(year),
      ...checkCoverReportSections(year),
    );
    const fingerprint = content.fingerprints.get(year.id);
    if (options.frozen && fingerprint) problems.push(...checkFrozenYear(year, fingerprint.recorded, fingerprint.current));
  }
  problems.push(...checkCarriedPriorities(years, (file, path) => sources.lineOf(file, path)));
  if (content.accessibility) problems.push(...checkAccessibilityStatement(content.accessibility, options.today));
  if (partnership) {
    problems.push(
      ...checkReferences(years, partnership, sources),
      ...checkColourContrast(partnership, sources),
      ...checkInternalLinks(blocks, { partnership, years: [...years] }),
      ...(await checkLogo(partnership, options.root, sources)),
    );
  }
  problems.push(...(await checkImages(blocks, options.root)));
  problems.push(
    ...(await checkSpelling(blocks, {
      projectWords: content.words.list,
      wordsFile: content.words.file,
      abbreviations: glossary?.terms.map((term) => term.abbreviation),
      cacheFile: options.dictionaryCacheFile,
    })),
  );
  return problems;
}
