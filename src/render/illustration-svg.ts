import { getIconData, iconToHTML, iconToSVG } from '@iconify/utils';
import { hasIllustration, illustrationSet } from '../model/children/illustrations.ts';

/**
 * One picture of the illustration set as inline SVG, hidden from assistive
 * technology: the words beside it always say what it shows. Only pictures
 * without ids of their own are allowed (see hasIllustration), so the same
 * picture can appear twice on a page.
 */
export function illustrationSvg(name: string, className = 'child-illustration'): string {
  const data = hasIllustration(name) ? getIconData(illustrationSet(), name) : null;
  if (!data) throw new Error(`There is no picture called "${name}" in the illustration set.`);
  const { attributes, body } = iconToSVG(data, { height: 'auto' });
  return iconToHTML(body, { ...attributes, class: className, 'aria-hidden': 'true', focusable: 'false' });
}
