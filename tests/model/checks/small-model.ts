import { parse } from 'yaml';
import type { z } from 'zod';
import { SourceIndex } from '../../../src/model/load/source-files.ts';
import { parseYamlSource } from '../../../src/model/load/yaml-source.ts';
import type { ReportYear } from '../../../src/model/report-year.ts';
import { reportMetaSchema } from '../../../src/model/schemas/report-meta.ts';

/** The files as a check sees them, for the lines it names. */
export function sourcesOf(files: Record<string, string>): SourceIndex {
  const sources = new SourceIndex();
  for (const [file, text] of Object.entries(files)) sources.add({ file, text, yaml: parseYamlSource(text, file).source });
  return sources;
}

/** A data file's text through its schema, so the small model is one the loader could have made. */
export const fromYaml = <T>(schema: z.ZodType<T>, text: string): T => schema.parse(parse(text));

export const reportYaml = (start = '2030-04-01', end = '2031-03-31') =>
  `title: Annual report 2030/31\nperiod:\n  start: ${start}\n  end: ${end}\nstatus: draft\nsummary: A small report.\n`;

/** A year with only its report.yaml and the parts given. */
export function smallYear(id: string, parts: Omit<Partial<ReportYear>, 'id'> = {}, meta = reportYaml()): ReportYear {
  return { id, meta: fromYaml(reportMetaSchema, meta), narrative: {}, ...parts };
}
