import type { ReportYear } from '../report-year.ts';
import type { HeadlineFigure } from '../schemas/headline-figure.ts';

/** A figure the child version can show: a headline figure with a value, or the share of the business plan achieved. */
export interface ChildFigure {
  id: string;
  label: string;
  value: number;
  unit: HeadlineFigure['unit'];
  previous?: { value: number; period: string };
  /** The section of the report the figure is shown in. */
  section: string;
}

/** The id under which the share of the business plan achieved is named in children.yaml. */
export const businessPlanFigureId = 'business-plan-achieved';

/** Every figure of the year a child block can show or name as its source. */
export function childFigures(year: ReportYear): ChildFigure[] {
  const headline = (year.headlineFigures ?? []).flatMap((figure): ChildFigure[] =>
    figure.value === undefined
      ? []
      : [{ id: figure.id, label: figure.label, value: figure.value, unit: figure.unit, previous: figure.previous, section: 'headline-figures' }],
  );
  const plan: ChildFigure[] =
    year.businessPlan?.percentAchieved === undefined
      ? []
      : [{ id: businessPlanFigureId, label: 'Business plan achieved', value: year.businessPlan.percentAchieved, unit: 'percentage', section: 'strategic-overview' }];
  return [...headline, ...plan];
}

export function childFigure(year: ReportYear, id: string): ChildFigure | undefined {
  return childFigures(year).find((figure) => figure.id === id);
}

/**
 * The known issue that calls a figure unclear, if any: one that explains a
 * finding on the figure, names it among the figures it puts in doubt, or
 * whose section is the figure's own card
 * ("Headline figures & trends: Care experienced young people").
 */
export function knownIssueAbout(year: ReportYear, figure: Pick<ChildFigure, 'id' | 'label'>) {
  const card = figure.label.toLowerCase();
  return (year.knownIssues ?? []).find(
    (issue) =>
      (issue.explains ?? []).some((explained) => explained.item === figure.id) ||
      (issue.figures ?? []).includes(figure.id) ||
      issue.section.toLowerCase().split(':').at(-1)!.trim() === card,
  );
}
