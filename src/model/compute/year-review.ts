import { childBlocks } from '../children/child-blocks.ts';
import { measureReadingLevel } from '../checks/reading-level.ts';
import type { ContentProblem } from '../load/content-problem.ts';
import type { ReportYear } from '../report-year.ts';
import type { FingerprintDifference } from './content-fingerprint.ts';
import { figuresInDoubt } from './figures-in-doubt.ts';
import { coverReportGaps, publicationGaps, type PublicationGap } from './publication-gaps.ts';
import { heldToCurrentGuidance, statutoryCoverage, type CoverageRow } from './statutory-coverage.ts';

/** The check's findings about one file, in line order. */
export interface FileFindings {
  file: string;
  problems: ContentProblem[];
}

export interface ReviewedKnownIssue {
  id: string;
  section: string;
  description: string;
  resolution: string;
  /** The partnership's published note, when the year publishes one. */
  publicNote?: string;
  /** Each check finding it explains, as "file → item → check". */
  explains: string[];
  /** The headline figures it puts in doubt, which show no computed change. */
  figuresInDoubt: string[];
}

export interface WithoutImpact {
  file: string;
  id: string;
  title: string;
  missing: ('impact' | 'evidence')[];
}

export interface DraftCoverReport {
  id: string;
  meeting: string;
  title: string;
  gaps: PublicationGap[];
}

export interface ChildBlockReview {
  file: string;
  field: string;
  text: string;
  /** Flesch-Kincaid grade of the block as a whole. */
  grade: number;
  passes: boolean;
  /** The part of the report it simplifies, in words: a section's title or a figure's label. */
  simplifies: string;
  /** A young person's own words, copied from the report rather than simplified. */
  verbatim: boolean;
}

/** Everything the team, the Independent Scrutineer and a clerk check in one year before it is published. */
export interface YearReview {
  findings: FileFindings[];
  /** How many findings there are across the year's files. */
  findingCount: number;
  knownIssues: ReviewedKnownIssue[];
  /** Whether the year is held to Working Together 2023 (a missing element then stops publication). */
  currentGuidance: boolean;
  coverage: CoverageRow[];
  withoutImpact: WithoutImpact[];
  gaps: PublicationGap[];
  draftCoverReports: DraftCoverReport[];
  childBlocks: ChildBlockReview[];
  fingerprint: { recorded?: string; changed: string[] };
  corrections: NonNullable<ReportYear['meta']['corrections']>;
}

/** Groups findings by file, files in name order and each file's findings by line. */
export function groupFindings(problems: readonly ContentProblem[]): FileFindings[] {
  return [...Map.groupBy(problems, (problem) => problem.file).entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([file, list]) => ({ file, problems: [...list].sort((a, b) => (a.line ?? 0) - (b.line ?? 0)) }));
}

/** Whether a finding is about one of the year's own files (rather than the glossary, say). */
export function isAboutYear(problem: ContentProblem, yearId: string): boolean {
  return problem.file.startsWith(`data/${yearId}/`) || problem.file.startsWith(`content/${yearId}/`);
}

function lacking(file: string, items: readonly { id: string; title: string; impact?: string; evidence?: string }[]): WithoutImpact[] {
  return items.flatMap((item) => {
    const missing = [!item.impact && ('impact' as const), !item.evidence && ('evidence' as const)].filter((part) => part !== false);
    return missing.length > 0 ? [{ file, id: item.id, title: item.title, missing }] : [];
  });
}

/**
 * The review of one year, from the year's model, the check's findings and the
 * state of its fingerprint: what the review report shows, worked out here so
 * the view only lays it out.
 */
export function yearReview(year: ReportYear, problems: readonly ContentProblem[], fingerprint: { recorded?: string; difference?: FingerprintDifference } = {}): YearReview {
  const doubt = figuresInDoubt(year);
  const difference = fingerprint.difference;
  const own = problems.filter((problem) => isAboutYear(problem, year.id));
  return {
    findings: groupFindings(own),
    findingCount: own.length,
    knownIssues: (year.knownIssues ?? []).map((issue) => ({
      id: issue.id,
      section: issue.section,
      description: issue.description,
      resolution: issue.resolution,
      publicNote: issue.publicNote,
      explains: (issue.explains ?? []).map((target) => [target.file, target.item, target.check].filter(Boolean).join(' → ')),
      figuresInDoubt: [
        ...new Set([...(issue.figures ?? []), ...(issue.explains ?? []).filter((target) => target.file === 'headline-figures.yaml' && target.item).map((target) => target.item!)]),
      ].filter((id) => doubt.has(id)),
    })),
    currentGuidance: heldToCurrentGuidance(year),
    coverage: statutoryCoverage(year),
    withoutImpact: [
      ...lacking(`data/${year.id}/commitments.yaml`, (year.commitments ?? []).map((item) => ({ ...item, title: item.said }))),
      ...lacking(`data/${year.id}/priorities.yaml`, year.priorities?.priorities ?? []),
    ],
    gaps: publicationGaps(year),
    draftCoverReports: (year.coverReports ?? []).flatMap(({ id, report }) => {
      const gaps = coverReportGaps(year.id, id, report);
      return gaps.length > 0 ? [{ id, meeting: report.heading.meeting, title: report.heading.title, gaps }] : [];
    }),
    childBlocks: childBlocks(year).map((block) => {
      const measure = measureReadingLevel(block.text);
      const simplifies =
        block.source.kind === 'section'
          ? `The section “${block.source.title}”`
          : block.source.kind === 'figure'
            ? `The figure “${block.source.title}”`
            : `“${block.source.id}”, which is neither a section nor a figure of this year`;
      return { file: block.file, field: block.field, text: block.text, grade: measure.grade, passes: measure.passes, simplifies, verbatim: block.verbatim === true };
    }),
    fingerprint: {
      recorded: fingerprint.recorded,
      changed: difference
        ? [...difference.changed.map((path) => `${path} (changed)`), ...difference.added.map((path) => `${path} (added)`), ...difference.removed.map((path) => `${path} (removed)`)]
        : [],
    },
    corrections: year.meta.corrections ?? [],
  };
}
