import type { ContentProblem } from '../load/content-problem.ts';
import type { SourceIndex } from '../load/source-files.ts';
import type { ReportYear } from '../report-year.ts';
import type { Glossary } from '../schemas/glossary.ts';
import type { Partnership } from '../schemas/partnership.ts';
import type { Privacy } from '../schemas/privacy.ts';
import { checkAcronyms } from './acronyms.ts';
import { checkChildSources } from './child-sources.ts';
import { checkChildText } from './child-text.ts';
import { checkColourContrast } from './colour-contrast.ts';
import { checkHiddenCharacters } from './hidden-characters.ts';
import { checkImages } from './images.ts';
import { checkLogo } from './logo.ts';
import { checkInternalLinks } from './internal-links.ts';
import { checkPersonalData } from './personal-data.ts';
import { proseBlocks, type ProseBlock } from './prose-blocks.ts';
import { checkProseNumbers } from './prose-numbers.ts';
import { checkRateUnits } from './rate-units.ts';
import { checkRawHtml } from './raw-html.ts';
import { checkReportingPeriod } from './reporting-period.ts';
import { checkSpelling } from './spelling.ts';
import { checkTextLengths } from './text-lengths.ts';
import { checkTotals } from './totals.ts';

export interface CheckInput {
  root: string;
  sources: SourceIndex;
  /** The years that loaded without a schema error: the model checks need their data. */
  years: readonly ReportYear[];
  partnership?: Partnership;
  glossary?: Glossary;
  privacy: Privacy;
  /** The file the privacy settings come from: never published, so not checked as prose, and named for a stale exception. */
  privacyFile: string;
  /** The project's word list for the spelling check, and the file it is kept in. */
  words: { file: string; list: readonly string[] };
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
 * data is caught wherever it is; the model checks need a loaded year.
 */
export async function runChecks(input: CheckInput): Promise<ContentProblem[]> {
  const blocks = proseBlocks(input.sources, new Set([input.privacyFile]));
  const problems: ContentProblem[] = [
    ...checkPersonalData(proseBlocks(input.sources, new Set([input.privacyFile]), { everyString: true }), input.privacy, {
      file: input.privacyFile,
      exceptionLine: (index) => input.sources.lineOf(input.privacyFile, ['exceptions', index]),
    }),
    ...checkRawHtml(blocks),
    ...checkHiddenCharacters(input.sources.all().filter((source) => source.file !== input.privacyFile)),
    ...checkTextLengths(blocks),
    ...(input.glossary ? checkAcronyms(blocks.filter(readersSee), input.glossary.terms, input.words.list) : []),
  ];
  for (const year of input.years) {
    problems.push(
      ...checkTotals(year, input.sources),
      ...checkProseNumbers(year, input.sources),
      ...checkRateUnits(year, input.sources),
      ...checkReportingPeriod(year, input.sources),
      ...checkChildText(year, input.sources),
      ...checkChildSources(year, input.sources),
    );
  }
  if (input.partnership) problems.push(...checkColourContrast(input.partnership, input.sources));
  if (input.partnership) problems.push(...checkInternalLinks(blocks, { partnership: input.partnership, years: [...input.years] }));
  problems.push(...(await checkImages(blocks, input.root)));
  if (input.partnership) problems.push(...(await checkLogo(input.partnership, input.root, input.sources)));
  problems.push(...(await checkSpelling(blocks, {
      projectWords: input.words.list,
      wordsFile: input.words.file,
      abbreviations: input.glossary?.terms.map((term) => term.abbreviation),
      cacheFile: input.dictionaryCacheFile,
    })));
  return problems;
}
