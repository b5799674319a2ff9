import type { Privacy } from '../../schemas/privacy.ts';
import { datesOfBirth } from './dates-of-birth.ts';
import type { Detector } from './detector.ts';
import { doNotPublish } from './do-not-publish.ts';
import { emailAddresses } from './email-addresses.ts';
import { namesWithAges } from './names-with-ages.ts';
import { nationalInsuranceNumbers } from './national-insurance-numbers.ts';
import { nhsNumbers } from './nhs-numbers.ts';
import { phoneNumbers } from './phone-numbers.ts';
import { postcodes } from './postcodes.ts';

/** Every detector, in the order their findings are most useful to read. */
export const detectors: readonly Detector[] = [
  doNotPublish,
  namesWithAges,
  datesOfBirth,
  nhsNumbers,
  nationalInsuranceNumbers,
  phoneNumbers,
  emailAddresses,
  postcodes,
];

export interface PersonalDataFinding {
  detector: Detector;
  text: string;
  index: number;
}

/** What in a piece of text the privacy settings do not let through, before reviewed exceptions are applied. */
export function findPersonalData(text: string, privacy: Privacy): PersonalDataFinding[] {
  return detectors.flatMap((detector) =>
    detector
      .find(text, privacy)
      .filter((match) => !detector.isPublic?.(match.text, privacy))
      .map((match) => ({ detector, ...match })),
  );
}
