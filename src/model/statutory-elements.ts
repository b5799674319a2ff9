/**
 * What the statutory guidance asks the yearly report to contain, as named
 * elements mapped to the sections that answer them.
 *
 * Source: Working Together to Safeguard Children 2023, chapter 2,
 * "Reporting", under section 16G of the Children Act 2004. The guidance also
 * asks for the funding each partner contributes, the independent scrutiny,
 * and the work with education settings; they are elements too.
 *
 * An element is answered in a year when at least one of its sections is
 * present (see present-sections.ts). Changing this list changes what every
 * year is checked against, so keep ids stable.
 */
export interface StatutoryElement {
  id: string;
  /** A short name for tables. */
  title: string;
  /** What the guidance asks, in its own terms. */
  asks: string;
  /**
   * Section ids (src/model/sections.ts) that answer it. The first is the one a
   * missing element's fix message suggests, so it is the file every year has;
   * pages list the answering sections in report order whatever the order here.
   */
  sections: readonly string[];
}

export const statutoryElements: readonly StatutoryElement[] = [
  {
    id: 'partner-activity',
    title: 'What the partners and relevant agencies did',
    asks: 'What the safeguarding partners and relevant agencies did under their arrangements, child safeguarding practice reviews included.',
    sections: ['strategic-overview', 'agency-engagement', 'impact-of-executive-actions', 'year-priorities'],
  },
  {
    id: 'effectiveness',
    title: 'How effective the arrangements were',
    asks: 'How effective the arrangements have been in practice.',
    sections: ['evidence-of-impact', 'conclusion', 'inspection'],
  },
  {
    id: 'impact-on-outcomes',
    title: 'Evidence of impact on outcomes for children and families',
    asks: 'Evidence of the impact of the partners’ and relevant agencies’ work on outcomes for children and families.',
    sections: ['evidence-of-impact', 'impact-of-data', 'impact-of-audits', 'impact-of-executive-actions'],
  },
  {
    id: 'impact-of-training',
    title: 'Impact of training',
    asks: 'Evidence of the impact of multi-agency training on outcomes for children and families.',
    sections: ['training-evaluation'],
  },
  {
    id: 'little-or-no-progress',
    title: 'Areas with little or no evidence of progress',
    asks: 'An analysis of any areas where there has been little or no evidence of progress on agreed priorities.',
    sections: ['little-or-no-progress'],
  },
  {
    id: 'review-recommendations',
    title: 'Decisions and actions on practice review recommendations',
    asks: 'A record of decisions and actions taken to implement the recommendations of local and national child safeguarding practice reviews, with any resulting improvements.',
    sections: ['impact-of-reviews'],
  },
  {
    id: 'feedback-from-children-and-families',
    title: 'Feedback from children and families',
    asks: 'The ways the partners sought and used feedback from children and families to inform their work and influence services.',
    sections: ['voice-of-children', 'young-scrutineer'],
  },
  {
    id: 'partner-funding',
    title: 'Funding each partner contributes',
    asks: 'The funding each safeguarding partner contributes to the arrangements.',
    sections: ['income-and-expenditure'],
  },
  {
    id: 'independent-scrutiny',
    title: 'Independent scrutiny',
    asks: 'The independent scrutiny of the arrangements and what it found.',
    sections: ['independent-scrutineer', 'scrutiny-comments'],
  },
  {
    id: 'education-settings',
    title: 'Work with education settings',
    asks: 'How the partners worked with schools, colleges and other education settings.',
    sections: ['agency-engagement'],
  },
];

/**
 * Working Together 2023 came into force on 15 December 2023, so reports for
 * periods starting on or after 1 April 2024 are the first full years written
 * under it. Older years were reported under earlier guidance: an element they
 * lack is shown as not reported that year, not treated as a mistake.
 */
export const guidanceAppliesFrom = '2024-04-01';
