import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { colorsNamed } from 'culori';
import type { Element, Root as HastRoot } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import postcss, { type Declaration, type Root } from 'postcss';
import selectorParser from 'postcss-selector-parser';
import valueParser from 'postcss-value-parser';
import { visit } from 'unist-util-visit';
import { commitmentStatuses } from '../../src/model/schemas/commitment.ts';
import { appRoot, contentRoot } from '../helpers/paths.ts';

/*
 * The stylesheets draw every colour, space, type size, border width and
 * page measurement from the token files: src/styles/tokens.css, with
 * print-tokens.css for the print pages and children-tokens.css for the child
 * version's pages, so no page carries tokens it never reads. Outside them a value
 * may be 0, a 1px hairline, a percentage (or a share of the viewport or the
 * container), a length in em (relative to the element's own type), a grid
 * fraction or a plain number; everything else is a token. Each selector's
 * classes are in the pages the build writes, so no rule is dead.
 */
const tokenFiles = ['src/styles/tokens.css', 'src/styles/print-tokens.css', 'src/styles/children-tokens.css'];

function filesUnder(folder: string, ending: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith(ending))
    .map((name) => join(folder, name));
}

const stylesheets = filesUnder(join(appRoot, 'src'), '.css').map((file) => ({
  file: relative(appRoot, file),
  root: postcss.parse(readFileSync(file, 'utf8'), { from: file }),
}));
const tokenSheets = stylesheets.filter(({ file }) => tokenFiles.includes(file));
const outsideTokens = stylesheets.filter((sheet) => !tokenSheets.includes(sheet));

const where = (file: string, node: { source?: { start?: { line: number } } }) => `${file}:${node.source?.start?.line}`;

function declarations(root: Root): Declaration[] {
  const found: Declaration[] = [];
  root.walkDecls((declaration) => void found.push(declaration));
  return found;
}

const colourFunctions = new Set(['rgb', 'rgba', 'hsl', 'hsla', 'hwb', 'lab', 'lch', 'oklab', 'oklch', 'color', 'color-mix']);
const namedColours = new Set(Object.keys(colorsNamed));
/** Lengths that do not follow the page's own type: each is a token. */
const fixedUnits = new Set(['px', 'rem', 'pt', 'pc', 'mm', 'cm', 'q', 'in', 'ch', 'ex', 'lh', 'rlh']);

/** The colours and fixed lengths written out in a declaration's value, by the rule above. */
function literalsIn(value: string): string[] {
  const found: string[] = [];
  valueParser(value).walk((node) => {
    if (node.type === 'function' && node.value === 'url') return false;
    if (node.type === 'function' && colourFunctions.has(node.value.toLowerCase())) {
      found.push(valueParser.stringify(node));
      return false;
    }
    if (node.type !== 'word') return;
    if (/^#[0-9a-f]{3,8}$/i.test(node.value) || namedColours.has(node.value.toLowerCase())) return void found.push(node.value);
    const length = valueParser.unit(node.value);
    if (!length || !fixedUnits.has(length.unit.toLowerCase())) return;
    if (Number(length.number) === 0 || node.value === '1px') return;
    found.push(node.value);
  });
  return found;
}

/** The custom properties a value reads with var(). */
function propertiesRead(value: string): string[] {
  const found: string[] = [];
  valueParser(value).walk((node) => {
    if (node.type === 'function' && node.value === 'var' && node.nodes[0]) found.push(node.nodes[0].value);
  });
  return found;
}

/** The class names and ids each selector of a stylesheet needs in a page (keyframe steps are not selectors). */
function selectorsIn(root: Root): { name: string; kind: 'class' | 'id'; at: string }[] {
  const found: { name: string; kind: 'class' | 'id'; at: string }[] = [];
  root.walkRules((rule) => {
    if (rule.parent?.type === 'atrule' && /keyframes$/i.test((rule.parent as postcss.AtRule).name)) return;
    selectorParser((selectors) => {
      selectors.walkClasses((node) => void found.push({ name: node.value, kind: 'class', at: rule.selector }));
      selectors.walkIds((node) => void found.push({ name: node.value, kind: 'id', at: rule.selector }));
    }).processSync(rule.selector);
  });
  return found;
}

/** Every class and id in the built pages, read with an HTML parser. */
function namesInPages(pages: HastRoot[], classes: Set<string>, ids: Set<string>): void {
  for (const page of pages) {
    visit(page, 'element', (element: Element) => {
      const { className, id } = element.properties;
      if (Array.isArray(className)) className.forEach((name) => classes.add(String(name)));
      if (typeof id === 'string') ids.add(id);
    });
  }
}

/** What only a reader or the page's state brings about (hovering, focus, a pseudo-element), left out of a selector to look for the element it styles. */
const stateful = new Set([':hover', ':focus', ':focus-visible', ':active', ':visited']);

/** Each selector of every rule, as the element it styles with its state and pseudo-elements taken off (keyframe steps are not selectors). */
function elementSelectors(root: Root): { selector: string; classes: string[]; at: string }[] {
  const found: { selector: string; classes: string[]; at: string }[] = [];
  root.walkRules((rule) => {
    if (rule.parent?.type === 'atrule' && /keyframes$/i.test((rule.parent as postcss.AtRule).name)) return;
    selectorParser((selectors) => {
      for (const selector of selectors.nodes) {
        const bare = selector.clone();
        bare.walkPseudos((pseudo) => {
          if (pseudo.value.startsWith('::') || stateful.has(pseudo.value)) pseudo.remove();
        });
        const classes: string[] = [];
        bare.walkClasses((node) => void classes.push(node.value));
        found.push({ selector: bare.toString().trim() || '*', classes, at: where(root.source?.input.file ?? '', rule) });
      }
    }).processSync(rule.selector);
  });
  return found;
}

/**
 * The few classes the pages' scripts add (the search results, the printed
 * contents' page numbers) and those the charts write for a kind of chart no
 * content here draws (a line, for an indicator with three years or more): a
 * class missing from the HTML counts as used if that code writes it as a
 * string of its own. The same goes for the custom property the print
 * renderer reads (--page-reference).
 */
const scriptSources = [
  ...filesUnder(join(appRoot, 'public'), '.js'),
  ...filesUnder(join(appRoot, 'src/print'), '.ts'),
  ...filesUnder(join(appRoot, 'src/charts'), '.ts'),
].map((file) => readFileSync(file, 'utf8'));
const writtenByScript = (name: string) => scriptSources.some((source) => source.includes(`'${name}'`) || source.includes(`"${name}"`));

/** A commitment's status class is made from the status (Commitments.astro), and no content here has every status. */
const statusClasses = commitmentStatuses.map((status) => `status--${status.replace(/ /g, '-')}`);

/**
 * The content the pages are built from: the repository's own, the worked
 * example and the smallest fixture, which between them have a logo, an
 * agenda pack and every kind of part, so a rule for something only one of
 * them shows is not taken for dead.
 */
const contentRoots = [...new Set([contentRoot, join(appRoot, 'examples'), join(appRoot, 'tests/fixtures/minimal')])];

describe('the stylesheets', () => {
  it('have their token files, holding only custom properties on :root', () => {
    assert.deepEqual(tokenSheets.map(({ file }) => file).sort(), [...tokenFiles].sort());
    const other: string[] = [];
    for (const tokens of tokenSheets) {
      tokens.root.walk((node) => {
        if (node.type === 'comment' || node.type === 'decl') return;
        if (node.type === 'rule' && node.selector === ':root') return;
        other.push(`${where(tokens.file, node)}: ${node.toString().split('\n')[0]}`);
      });
      tokens.root.walkDecls((declaration) => {
        if (!declaration.prop.startsWith('--')) other.push(`${where(tokens.file, declaration)}: ${declaration.prop} is not a custom property`);
      });
    }
    assert.deepEqual(other, []);
  });

  it('keep the print and child version tokens off the report’s web pages', () => {
    const shared = tokenSheets.find(({ file }) => file === 'src/styles/tokens.css')!;
    const elsewhere = new Set(tokenSheets.filter((sheet) => sheet !== shared).flatMap(({ root }) => declarations(root).map(({ prop }) => prop)));
    assert.deepEqual(declarations(shared.root).map(({ prop }) => prop).filter((prop) => prop.startsWith('--print-') || elsewhere.has(prop)), []);
  });

  it('write no colour or fixed length outside the token file', () => {
    const literals = outsideTokens.flatMap(({ file, root }) =>
      declarations(root).flatMap((declaration) =>
        literalsIn(declaration.value).map((literal) => `${where(file, declaration)}: ${declaration.prop}: ${declaration.value} (${literal})`),
      ),
    );
    assert.deepEqual(literals, [], `use a token from a token file instead:\n${literals.join('\n')}`);
  });

  it('catch a colour, a spacing and a type size written out, and let the rule’s exceptions through', () => {
    assert.deepEqual(literalsIn('0 0 0.75rem'), ['0.75rem']);
    assert.deepEqual(literalsIn('2px solid #1b1b1b'), ['2px', '#1b1b1b']);
    assert.deepEqual(literalsIn('rgb(0 0 0 / 50%)'), ['rgb(0 0 0 / 50%)']);
    assert.deepEqual(literalsIn('white'), ['white']);
    assert.deepEqual(literalsIn('10.5pt'), ['10.5pt']);
    assert.deepEqual(literalsIn('1px solid var(--line)'), []);
    assert.deepEqual(literalsIn('0 0 0.85em'), []);
    assert.deepEqual(literalsIn('repeat(auto-fill, minmax(min(100%, var(--size-card)), 1fr))'), []);
    assert.deepEqual(literalsIn('nowrap'), []);
  });

  it('read only custom properties that are defined, and define none that nothing reads', () => {
    const theme = join(appRoot, 'src/pages/theme.css.ts');
    // The partnership's own colours come from /theme.css, written from data/partnership.yaml.
    const themeProperties = [...readFileSync(theme, 'utf8').matchAll(/(--[\w-]+):\$\{/g)].map((match) => match[1]);
    assert.deepEqual(themeProperties.sort(), ['--accent', '--brand']);
    const defined = new Set([...themeProperties, ...stylesheets.flatMap(({ root }) => declarations(root).filter(({ prop }) => prop.startsWith('--')).map(({ prop }) => prop))]);
    const read = new Set(stylesheets.flatMap(({ root }) => declarations(root).flatMap(({ value }) => propertiesRead(value))));
    const undefinedRead = [...read].filter((name) => !defined.has(name));
    // A property may instead be read by the print renderer (--page-reference, in src/print/).
    const unread = [...defined].filter((name) => !read.has(name) && !writtenByScript(name));
    assert.deepEqual(undefinedRead, [], 'read with var() but never defined');
    assert.deepEqual(unread, [], 'defined but never read');
  });

  it('keep every style in a stylesheet, where this test reads it, not in a component’s <style>', () => {
    const templates = ['src/components', 'src/layouts', 'src/pages', 'src/review'].flatMap((folder) => filesUnder(join(appRoot, folder), '.astro'));
    const withStyle = templates.filter((file) => /<style[\s>]/i.test(readFileSync(file, 'utf8'))).map((file) => relative(appRoot, file));
    assert.deepEqual(withStyle, []);
  });

  describe('against the built pages', () => {
    let built = '';
    const names = { classes: new Set<string>(statusClasses), ids: new Set<string>() };
    const pages: HastRoot[] = [];

    before(() => {
      // Astro's own output, before the build prints the PDFs and removes the print pages they come from.
      built = mkdtempSync(join(tmpdir(), 'stylesheets-'));
      for (const [index, root] of contentRoots.entries()) {
        const out = join(built, String(index));
        const astro = spawnSync(process.execPath, [join(appRoot, 'node_modules/astro/bin/astro.mjs'), 'build', '--silent'], {
          cwd: appRoot,
          env: { ...process.env, CONTENT_ROOT: root, ASTRO_OUT_DIR: out, ASTRO_TELEMETRY_DISABLED: '1' },
          encoding: 'utf8',
        });
        assert.equal(astro.status, 0, `astro build of ${root} failed:\n${astro.stderr}`);
        for (const file of filesUnder(out, '.html')) pages.push(fromHtml(readFileSync(file, 'utf8')));
      }
      namesInPages(pages, names.classes, names.ids);
    });
    after(() => rmSync(built, { recursive: true, force: true }));

    it('include the print pages and the review report, so their rules are counted as used', () => {
      for (const name of ['print-edition', 'review']) assert.ok(names.classes.has(name), `no built page has class="${name}"`);
    });

    it('have no rule whose class or id is in no page', () => {
      const dead = stylesheets.flatMap(({ file, root }) =>
        selectorsIn(root)
          .filter(({ name, kind }) => (kind === 'class' ? !names.classes.has(name) && !writtenByScript(name) : !names.ids.has(name)))
          .map(({ name, kind, at }) => `${file}: ${kind === 'class' ? '.' : '#'}${name} (in "${at}")`),
      );
      assert.deepEqual([...new Set(dead)], [], `no built page has these; remove the rules or the misspelling:\n${dead.join('\n')}`);
    });

    it('have no selector that matches no element of any page', () => {
      const unmatched = stylesheets.flatMap(({ root }) =>
        elementSelectors(root)
          .filter(({ classes }) => !classes.some((name) => writtenByScript(name) || statusClasses.includes(name)))
          .filter(({ selector }) => !pages.some((page) => selectAll(selector, page).length > 0))
          .map(({ selector, at }) => `${relative(appRoot, at.split(':')[0])}:${at.split(':')[1]}: ${selector}`),
      );
      assert.deepEqual(unmatched, [], `no element of any built page matches these:\n${unmatched.join('\n')}`);
    });
  });
});
