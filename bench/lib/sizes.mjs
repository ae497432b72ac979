// Bundle sizes from the production build: every JS and CSS file in dist/, raw and gzip (level 9),
// which of them the first view needs, and whether the map, exports and briefing-mode code sit in
// chunks of their own.
//
// "First view" = the entry script(s) and stylesheets index.html references, every
// <link rel="modulepreload"> it lists, and the static-import closure of the entry (imports read
// from each chunk's syntax tree with Vite's parseAst, so strings that merely look like imports
// are not counted). Dynamic import() targets are lazy.

import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseAst } from 'vite';

/**
 * Code that must not be in the first view. A feature is found in a chunk when the chunk's file
 * name matches `name` or its text contains one of `signatures` (strings from the libraries).
 */
export const LAZY_FEATURES = [
  {
    id: 'map',
    label: 'Map code (Leaflet) in a lazy chunk',
    name: /(^|[-_.])(map|leaflet)([-_.]|$)/i,
    signatures: ['Map container is already initialized', 'Map container not found'],
  },
  {
    id: 'exports',
    label: 'Export code (drawing a still, PNG) in a lazy chunk',
    name: /export|draw-panel/i,
    signatures: ['the browser could not draw the image'],
  },
  {
    id: 'briefing',
    label: 'Briefing mode in a lazy chunk',
    name: /brief/i,
    signatures: [],
  },
];

const gzipSize = (buffer) => gzipSync(buffer, { level: 9 }).length;

async function walk(dir, base = dir) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await walk(full, base)));
    else out.push(path.relative(base, full).split(path.sep).join('/'));
  }
  return out;
}

/** Attributes of every <script> and <link> tag in an HTML document. */
export function htmlTags(html) {
  const tags = [];
  for (const match of html.matchAll(/<(script|link)\b([^>]*)>/gi)) {
    const attrs = {};
    for (const a of match[2].matchAll(
      /([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g,
    )) {
      attrs[a[1].toLowerCase()] = a[2] ?? a[3] ?? a[4] ?? '';
    }
    tags.push({ tag: match[1].toLowerCase(), attrs });
  }
  return tags;
}

/** A URL from index.html (e.g. `./assets/x.js`, `/assets/x.js`) as a path relative to dist/. */
function distPath(url) {
  if (!url || /^[a-z][a-z\d+.-]*:/i.test(url) || url.startsWith('//')) return null;
  const clean = url.split(/[?#]/)[0];
  return path.posix.normalize(clean.replace(/^\.?\//, '')).replace(/^\/+/, '');
}

function walkAst(node, visit) {
  const stack = [node];
  while (stack.length) {
    const n = stack.pop();
    if (!n || typeof n !== 'object') continue;
    if (Array.isArray(n)) {
      for (const child of n) stack.push(child);
      continue;
    }
    if (typeof n.type === 'string') visit(n);
    for (const key in n) {
      if (key === 'type' || key === 'start' || key === 'end' || key === 'loc' || key === 'range') {
        continue;
      }
      const v = n[key];
      if (v && typeof v === 'object') stack.push(v);
    }
  }
}

function literalSource(node) {
  if (!node) return null;
  if (node.type === 'Literal' && typeof node.value === 'string') return node.value;
  if (node.type === 'TemplateLiteral' && node.expressions.length === 0) {
    return node.quasis.map((q) => q.value.cooked ?? q.value.raw).join('');
  }
  return null;
}

/** Static and dynamic import specifiers of an ES module's source text. */
export function moduleImports(code) {
  const ast = parseAst(code);
  const staticImports = new Set();
  const dynamicImports = new Set();
  for (const node of ast.body) {
    if (
      (node.type === 'ImportDeclaration' ||
        node.type === 'ExportAllDeclaration' ||
        node.type === 'ExportNamedDeclaration') &&
      node.source
    ) {
      const s = literalSource(node.source);
      if (s) staticImports.add(s);
    }
  }
  walkAst(ast, (node) => {
    if (node.type === 'ImportExpression') {
      const s = literalSource(node.source);
      if (s) dynamicImports.add(s);
    }
  });
  return { staticImports: [...staticImports], dynamicImports: [...dynamicImports] };
}

/**
 * Sizes and structure of a production build.
 * @param {string} distDir absolute path of dist/
 */
export async function analyzeDist(distDir) {
  const html = await readFile(path.join(distDir, 'index.html'), 'utf8');
  const tags = htmlTags(html);
  const entryScripts = tags
    .filter((t) => t.tag === 'script' && t.attrs.src)
    .map((t) => distPath(t.attrs.src))
    .filter(Boolean);
  const modulePreloads = tags
    .filter((t) => t.tag === 'link' && /\bmodulepreload\b/i.test(t.attrs.rel ?? ''))
    .map((t) => distPath(t.attrs.href))
    .filter(Boolean);
  const stylesheets = tags
    .filter((t) => t.tag === 'link' && /\bstylesheet\b/i.test(t.attrs.rel ?? ''))
    .map((t) => distPath(t.attrs.href))
    .filter(Boolean);

  const files = (await walk(distDir)).filter((f) => /\.(m?js|css)$/i.test(f)).sort();
  const chunks = new Map();
  const warnings = [];
  for (const file of files) {
    const buffer = await readFile(path.join(distDir, file));
    const type = /\.css$/i.test(file) ? 'css' : 'js';
    const chunk = {
      file,
      type,
      raw: buffer.length,
      gzip: gzipSize(buffer),
      entry: entryScripts.includes(file),
      firstView: false,
      staticImports: [],
      dynamicImports: [],
      features: [],
    };
    const text = buffer.toString('utf8');
    if (type === 'js') {
      const resolve = (spec) =>
        spec.startsWith('.')
          ? path.posix.normalize(path.posix.join(path.posix.dirname(file), spec))
          : null;
      try {
        const { staticImports, dynamicImports } = moduleImports(text);
        chunk.staticImports = staticImports.map(resolve).filter(Boolean);
        chunk.dynamicImports = dynamicImports.map(resolve).filter(Boolean);
      } catch (error) {
        warnings.push(`could not parse ${file} for imports: ${error.message}`);
      }
    }
    for (const feature of LAZY_FEATURES) {
      // File name without the content hash Vite appends (`map-panel-DLLOugxS.js` → `map-panel`).
      const base = path.posix.basename(file).replace(/(-[\w-]{8})?\.(m?js|css)$/i, '');
      if (
        (type === 'js' && feature.signatures.some((s) => text.includes(s))) ||
        feature.name.test(base)
      ) {
        chunk.features.push(feature.id);
      }
    }
    chunks.set(file, chunk);
  }

  // First view: entry scripts + modulepreloads + static-import closure; stylesheets from index.html.
  const closure = new Set();
  const queue = [...entryScripts];
  while (queue.length) {
    const file = queue.shift();
    if (closure.has(file)) continue;
    closure.add(file);
    for (const dep of chunks.get(file)?.staticImports ?? []) queue.push(dep);
  }
  const preloadOnly = modulePreloads.filter((f) => !closure.has(f));
  const notPreloaded = [...closure].filter(
    (f) => !entryScripts.includes(f) && !modulePreloads.includes(f),
  );
  if (notPreloaded.length) {
    warnings.push(`statically imported but not modulepreloaded: ${notPreloaded.join(', ')}`);
  }
  for (const f of [...closure, ...modulePreloads, ...stylesheets]) {
    const chunk = chunks.get(f);
    if (chunk) chunk.firstView = true;
    else warnings.push(`index.html references ${f}, which is not in the build`);
  }

  const list = [...chunks.values()];
  const sum = (items) => ({
    files: items.map((c) => c.file),
    raw: items.reduce((a, c) => a + c.raw, 0),
    gzip: items.reduce((a, c) => a + c.gzip, 0),
  });
  const js = list.filter((c) => c.type === 'js');
  const css = list.filter((c) => c.type === 'css');

  const features = LAZY_FEATURES.map((feature) => {
    const withFeature = js.filter((c) => c.features.includes(feature.id));
    const inFirstView = withFeature.filter((c) => c.firstView).map((c) => c.file);
    const lazy = withFeature.filter((c) => !c.firstView).map((c) => c.file);
    let status;
    if (inFirstView.length) status = 'fail';
    else if (lazy.length) status = 'pass';
    else status = 'not found';
    return { id: feature.id, label: feature.label, status, inFirstView, lazy };
  });

  return {
    unit: 'bytes',
    gzipLevel: 9,
    entryScripts,
    modulePreloads,
    stylesheets,
    preloadOnly,
    chunks: list,
    firstView: { js: sum(js.filter((c) => c.firstView)), css: sum(css.filter((c) => c.firstView)) },
    total: { js: sum(js), css: sum(css) },
    lazy: { js: sum(js.filter((c) => !c.firstView)) },
    features,
    warnings,
  };
}
