import type { z } from 'zod';
import type { ContentProblem } from './content-problem.ts';
import type { SourceFile } from './source-files.ts';
import { validateWithSchema } from './schema-issues.ts';
import { fileTooLarge } from './content-limits.ts';
import { splitFrontMatter } from './front-matter.ts';
import { parseYamlSource } from './yaml-source.ts';
import { stripHtmlComments } from './unfilled.ts';

/**
 * Splits a Markdown file into front matter and body, then validates the
 * front matter with positions counted from the file's first line (the
 * opening "---" is line 1, so front matter starts on line 2).
 */
export function readMarkdown<T>(
  text: string,
  file: string,
  schema: z.ZodType<T>,
): { frontMatter?: T; body: string; problems: ContentProblem[]; source?: SourceFile } {
  const tooLarge = fileTooLarge(text, file);
  if (tooLarge) return { body: '', problems: [tooLarge] };
  const parsed = splitFrontMatter(text);
  if (!parsed.ok) {
    const { ok: _, ...problem } = parsed;
    return { body: '', problems: [{ file, ...problem, severity: 'error' }] };
  }
  const body = parsed.body.trim();
  // The body is the file's trimmed tail, so its last occurrence is where it starts.
  const bodyLine = body ? text.slice(0, text.lastIndexOf(body)).split('\n').length : 1;
  const withoutComments = stripHtmlComments(body);
  const problems: ContentProblem[] = [];
  if (withoutComments.length === 0) {
    problems.push({
      file,
      message: body.length === 0 ? 'This section has no text after its front matter.' : 'This section has only a comment, no text for readers.',
      fix: 'Write the section’s text below the closing "---" line, or delete the file if the year has no such section.',
      severity: 'error',
    });
  }
  const { source, problems: yamlProblems } = parseYamlSource(parsed.matter.trim() === '' ? '{}' : parsed.matter, file, parsed.matterLine - 1);
  problems.push(...yamlProblems);
  const sourceFile: SourceFile = { file, text, yaml: source, markdown: { body, line: bodyLine } };
  if (!source) return { body, problems, source: sourceFile };
  const { data, problems: schemaProblems } = validateWithSchema(schema, { ...source, value: source.value ?? {} }, file);
  problems.push(...schemaProblems);
  return { frontMatter: data, body, problems, source: sourceFile };
}
