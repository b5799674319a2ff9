import { getIconData, iconToHTML, iconToSVG, replaceIDs } from '@iconify/utils';
import { illustrationSet } from '../model/children/illustrations.ts';

/**
 * One picture of the illustration set as inline SVG, hidden from assistive
 * technology: the words beside it always say what it shows. Ids inside a
 * picture are made unique, so the same picture can appear twice on a page.
 */
export function illustrationSvg(name: string, className = 'child-illustration'): string {
  const data = getIconData(illustrationSet(), name);
  if (!data) throw new Error(`There is no picture called "${name}" in the illustration set.`);
  const { attributes, body } = iconToSVG(data, { height: 'auto' });
  return iconToHTML(replaceIDs(body), { ...attributes, class: className, 'aria-hidden': 'true', focusable: 'false' });
}
