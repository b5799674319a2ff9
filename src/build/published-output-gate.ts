import type { ContentProblem } from '../model/load/content-problem.ts';
import type { SourceIndex } from '../model/load/source-files.ts';
import { traceToSource } from '../model/load/trace-to-source.ts';
import { PrivacyExceptions } from '../model/checks/personal-data.ts';
import { findPersonalData } from '../model/checks/personal-data/find-personal-data.ts';
import type { Privacy } from '../model/schemas/privacy.ts';
import { publishedText, type PublishedText } from './published-text.ts';

export interface GateInput {
  sources: SourceIndex;
  privacy: Privacy;
  /** Never published, and it names what must not be: never searched for where a finding came from. */
  privacyFile: string;
  /** A folder of its own where what was read from each PDF is kept by the PDF's hash, so an unchanged PDF is not read again. */
  pdfTextCacheDir?: string;
}

/**
 * The personal data detectors run again over what was really built, so
 * whatever route text takes to a reader (a field no prose check reads, a
 * component that prints an attribute, a PDF's metadata, the search index,
 * a download) it is checked there. Each finding is reported once, at the
 * file and line it was written on, with every place it was published.
 */
export function checkPublishedText(texts: readonly PublishedText[], { sources, privacy, privacyFile }: GateInput): ContentProblem[] {
  const exceptions = new PrivacyExceptions(privacy);
  const grouped = new Map<string, { problem: ContentProblem; places: Set<string> }>();
  for (const piece of texts) {
    for (const finding of findPersonalData(piece.text, privacy)) {
      const found = finding.text.replace(/\s+/g, ' ');
      const source = traceToSource(sources, found, new Set([privacyFile]));
      const file = source?.file ?? `dist/${piece.output}`;
      // The same text may be written in more than one file; an exception for any of them is the reviewed one.
      const writtenIn = sources.all().filter((entry) => entry.file !== privacyFile && entry.file !== file && entry.text.includes(found));
      if ([file, ...writtenIn.map((entry) => entry.file)].some((candidate) => exceptions.allows(candidate, found))) continue;
      const key = `${file}:${source?.line ?? ''}:${finding.detector.kind}:${found.toLowerCase()}`;
      const entry = grouped.get(key) ?? {
        problem: {
          file,
          line: source?.line,
          message: finding.detector.message,
          found,
          fix: `${finding.detector.fix}${source ? '' : ` No content file holds this text as written; look for where the page gets it, or record the exception with file: dist/${piece.output}.`}`,
          severity: 'error' as const,
          check: 'published-output',
        },
        places: new Set<string>(),
      };
      entry.places.add(`dist/${piece.output} (${piece.part})`);
      grouped.set(key, entry);
    }
  }
  return [...grouped.values()].map(({ problem, places }) => {
    // Pages first, then PDFs, then the rest: where a reader is likeliest to meet it.
    const rank = (place: string) => (/\.html /.test(place) ? 0 : /\.pdf /.test(place) ? 1 : 2);
    const list = [...places].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
    const shown = list.slice(0, 3).join(', ') + (list.length > 3 ? ` and ${list.length - 3} more` : '');
    return { ...problem, message: `${problem.message} It is in the built site: ${shown}.` };
  });
}

/** Reads everything in the built folder a reader can get and checks it. */
export async function publishedOutputGate(siteDir: string, input: GateInput): Promise<ContentProblem[]> {
  return checkPublishedText(await publishedText(siteDir, { pdfTextCacheDir: input.pdfTextCacheDir }), input);
}
