// Vite (build only) plugin: recharts' ES build inlines Babel's helpers (_defineProperty,
// _objectSpread, _slicedToArray, ...) at the top of each of its files, some 600 copies in all.
// Each helper has one single text in the whole package, so the plugin puts each such text once in
// a shared module and has every file import it instead of declaring its own copy. Only lines
// exactly equal to that one text are replaced: the code that runs is the same, byte for byte.

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** A whole-line helper declaration, as Babel writes them: `function _name(...) { ... }`. */
const HELPER = /^function (_[A-Za-z]+|ownKeys)\(.*\}$/gm;
export const HELPERS_ID = '\0recharts-babel-helpers';

function* jsFiles(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* jsFiles(full);
    else if (entry.name.endsWith('.js')) yield full;
  }
}

/**
 * The helpers to share, name → text: those whose declaration reads the same in every file of
 * `sources` (an iterable of file contents). A helper with two different texts is left alone.
 */
export function sharedHelpers(sources) {
  const texts = new Map();
  for (const code of sources) {
    for (const [line, name] of code.matchAll(HELPER)) {
      const set = texts.get(name) ?? new Set();
      set.add(line);
      texts.set(name, set);
    }
  }
  const shared = new Map();
  for (const [name, set] of texts) if (set.size === 1) shared.set(name, [...set][0]);
  return shared;
}

/** The shared helpers' module. */
export function helpersModule(shared) {
  return `${[...shared.values()].join('\n')}\nexport { ${[...shared.keys()].join(', ')} };\n`;
}

/** `code` with its copies of shared helpers replaced by one import, or null if it has none. */
export function withSharedHelpers(code, shared) {
  const names = [];
  const out = code.replace(HELPER, (line, name) => {
    if (shared.get(name) !== line) return line;
    names.push(name);
    return '';
  });
  // The import goes last (imports are hoisted), so every other line keeps its line and column.
  return names.length ? `${out}\nimport { ${names.join(', ')} } from '${HELPERS_ID}';\n` : null;
}

/** @returns {import('vite').Plugin} */
export function shareRechartsHelpers() {
  let dir = null;
  let shared = new Map();
  return {
    name: 'share-recharts-helpers',
    apply: 'build',
    async buildStart() {
      const entry = await this.resolve('recharts');
      if (!entry) return;
      dir = path.dirname(entry.id);
      shared = sharedHelpers([...jsFiles(dir)].map((file) => readFileSync(file, 'utf8')));
    },
    resolveId(id) {
      return id === HELPERS_ID ? id : null;
    },
    load(id) {
      return id === HELPERS_ID ? helpersModule(shared) : null;
    },
    transform(code, id) {
      if (!dir || !id.startsWith(dir + path.sep)) return null;
      const out = withSharedHelpers(code, shared);
      // Nothing moved (helper lines emptied, the import appended): the source map stays valid.
      return out === null ? null : { code: out, map: null };
    },
  };
}
