import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, normalize } from 'node:path';
import sharp, { type Metadata } from 'sharp';
import type { ContentProblem } from '../load/content-problem.ts';
import { imageNodes, type ProseBlock } from './prose-blocks.ts';

/** Sizes outside these are a mistake: a thumbnail too small to read, or a camera original too big to download on a phone. */
export const imageLimits = {
  minWidth: 200,
  minHeight: 100,
  maxSide: 6000,
  maxBytes: 10 * 1024 * 1024,
  formats: ['jpeg', 'png', 'webp'],
} as const;

export interface MarkdownImage {
  file: string;
  line: number;
  field?: string;
  /** The reporting year whose content/<year>/images/ folder holds it. */
  year?: string;
  /** As written, for example images/conference.jpg. */
  url: string;
  alt: string;
  /** Where the file is, when the address points inside content/<year>/images/. */
  path?: string;
}

/** Every image in the prose, with the file it should be in. */
export function markdownImages(blocks: readonly ProseBlock[], root: string): MarkdownImage[] {
  return blocks.flatMap((prose) =>
    imageNodes(prose).map(({ node, offset }) => {
      const year = /^(?:data|content)\/(\d{4}-\d{2})\//.exec(prose.file)?.[1];
      const relative = normalize(decodeURI(node.url.trim()));
      const inside = year !== undefined && relative.startsWith('images/') && !relative.includes('..');
      return {
        file: prose.file,
        line: prose.lineAt(offset),
        field: prose.field,
        year,
        url: node.url,
        alt: node.alt ?? '',
        path: inside ? join(root, 'content', year, relative) : undefined,
      };
    }),
  );
}

/**
 * Images need alternative text (what the picture shows, for people who
 * cannot see it), must be files in the year's images folder, and of a
 * sensible size. The build re-encodes each one without its metadata.
 */
export async function checkImages(blocks: readonly ProseBlock[], root: string): Promise<ContentProblem[]> {
  const problems: ContentProblem[] = [];
  const images = markdownImages(blocks, root);
  for (const image of images) {
    const base = { file: image.file, line: image.line, field: image.field, severity: 'error' as const, check: 'images' };
    if (image.alt.trim() === '') {
      problems.push({
        ...base,
        message: 'This image has no alternative text, so people who cannot see it are not told what it shows.',
        found: `![](${image.url})`,
        fix: 'Write what the picture shows between the square brackets: ![Young people at the conference](images/conference.jpg).',
      });
    }
    if (!image.path) {
      problems.push({
        ...base,
        message: 'Images must be files in this year’s images folder, so the site serves them itself.',
        found: image.url,
        expected: `images/<name>, a file in content/${image.year ?? '<year>'}/images/`,
        fix: `Save the picture in content/${image.year ?? '<year>'}/images/ and write its address as images/<file name>.`,
      });
      continue;
    }
    if (!existsSync(image.path)) {
      problems.push({
        ...base,
        message: 'There is no image file at this address.',
        found: image.url,
        fix: `Save the picture as content/${image.year}/${image.url}, or correct the file name (capital letters matter).`,
      });
      continue;
    }
    const bytes = statSync(image.path).size;
    let metadata: Metadata;
    try {
      // Only the header is read here, so a picture past sharp's decoding limit still gets its real size in the message.
      metadata = await sharp(image.path, { limitInputPixels: false }).metadata();
    } catch {
      metadata = { format: undefined } as unknown as Metadata;
    }
    const width = metadata.autoOrient?.width ?? metadata.width ?? 0;
    const height = metadata.autoOrient?.height ?? metadata.height ?? 0;
    if (!metadata.format || !(imageLimits.formats as readonly string[]).includes(metadata.format)) {
      problems.push({
        ...base,
        message: 'This file is not a JPEG, PNG or WebP picture.',
        found: `${image.url} (${metadata.format ?? 'unreadable'})`,
        fix: 'Save the picture as a JPEG (photographs) or PNG (diagrams) and use that file.',
      });
    } else if (width < imageLimits.minWidth || height < imageLimits.minHeight) {
      problems.push({
        ...base,
        message: `This picture is too small to see clearly (${width} × ${height} pixels).`,
        found: image.url,
        expected: `at least ${imageLimits.minWidth} pixels wide and ${imageLimits.minHeight} high`,
        fix: 'Use a larger version of the picture.',
      });
    } else if (Math.max(width, height) > imageLimits.maxSide || bytes > imageLimits.maxBytes) {
      problems.push({
        ...base,
        message: `This picture is far bigger than a page needs (${width} × ${height} pixels, ${(bytes / 1024 / 1024).toFixed(1)} MB).`,
        found: image.url,
        expected: `at most ${imageLimits.maxSide} pixels on its longest side and ${imageLimits.maxBytes / 1024 / 1024} MB`,
        fix: 'Make it smaller before adding it (for example 2000 pixels wide); the site resizes it further for readers.',
      });
    }
  }
  problems.push(...picturesNotShown(images, root));
  return problems;
}

/**
 * A file in a year's images folder that no text shows. The build does not
 * publish it; the warning is so that someone decides whether it was meant to
 * be shown or should not be in the folder (a photograph of people, say).
 */
function picturesNotShown(images: readonly MarkdownImage[], root: string): ContentProblem[] {
  const shown = new Set(images.flatMap((image) => (image.path ? [image.path] : [])));
  const contentDir = join(root, 'content');
  if (!existsSync(contentDir)) return [];
  return readdirSync(contentDir)
    .filter((year) => /^\d{4}-\d{2}$/.test(year) && existsSync(join(contentDir, year, 'images')))
    .flatMap((year) =>
      readdirSync(join(contentDir, year, 'images'), { withFileTypes: true })
        .filter((entry) => entry.isFile() && !entry.name.startsWith('.') && !shown.has(join(contentDir, year, 'images', entry.name)))
        .map((entry) => ({
          file: `content/${year}/images/${entry.name}`,
          message: 'No page shows this picture, so the build does not publish it.',
          found: entry.name,
          fix: `To show it, add ![what the picture shows](images/${entry.name}) where it belongs in the year's text. If it is not meant to be published, delete it from the folder.`,
          severity: 'warning' as const,
          check: 'images',
        })),
    );
}
