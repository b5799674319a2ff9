import { defineCollection } from 'astro:content';
import type { Loader } from 'astro/loaders';
import { z } from 'zod';
import { formatProblems } from './model/load/content-problem.ts';
import { accessibilityStatementSchema } from './model/schemas/accessibility-statement.ts';
import { glossarySchema } from './model/schemas/glossary.ts';
import { partnershipSchema } from './model/schemas/partnership.ts';
import { reportYearSchema } from './model/schemas/report-year-schema.ts';
import { inspectContent } from './build/content-inspection.ts';
import { projectRoot } from './build/project-root.ts';

/**
 * One loader feeds every collection from the project's own checked model
 * (`inspectSite`, as for `npm run check` and the build, so no page is made
 * from content that has not passed every check; run once for both
 * collections). Astro runs in its own process: in a build it is handed the
 * site the build has just checked, for the same files, rather than checking
 * it again (src/build/content-inspection.ts). In the
 * preview server it reloads when a content or data file changes; a mistake
 * is logged in full and the last good content stays on screen.
 */
function siteLoader(pick: (site: NonNullable<Awaited<ReturnType<typeof inspectContent>>['site']>) => Array<{ id: string; data: Record<string, unknown> }>): Loader {
  return {
    name: 'report-content',
    load: async ({ store, parseData, logger, watcher }) => {
      const sync = async () => {
        const { site, problems } = await inspectContent(projectRoot);
        if (problems.length > 0) logger.warn(formatProblems(problems));
        if (!site) {
          if (!watcher) throw new Error('The content has errors; run `npm run check` to see them.');
          return;
        }
        store.clear();
        for (const entry of pick(site)) {
          store.set({ id: entry.id, data: await parseData({ id: entry.id, data: entry.data }) });
        }
      };
      await sync();
      if (watcher) {
        watcher.add([`${projectRoot}/data`, `${projectRoot}/content`]);
        watcher.on('change', (path) => {
          if (/\.(ya?ml|md)$/.test(path)) void sync();
        });
      }
    },
  };
}

export const collections = {
  years: defineCollection({
    loader: siteLoader((site) => site.years.map((year) => ({ id: year.id, data: { ...year } }))),
    schema: reportYearSchema,
  }),
  settings: defineCollection({
    loader: siteLoader((site) => [
      { id: 'partnership', data: { partnership: site.partnership } },
      { id: 'glossary', data: { glossary: site.glossary } },
      { id: 'accessibility', data: { accessibility: site.accessibility } },
    ]),
    schema: z.strictObject({
      partnership: partnershipSchema.optional(),
      glossary: glossarySchema.optional(),
      accessibility: accessibilityStatementSchema.optional(),
    }),
  }),
};
