// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  HELPERS_ID,
  helpersModule,
  sharedHelpers,
  withSharedHelpers,
} from './share-recharts-helpers.mjs';

const SPREAD = 'function _objectSpread(e) { return Object.assign({}, e); }';
const KEYS = 'function ownKeys(e) { return Object.keys(e); }';

describe('sharing recharts’ Babel helpers', () => {
  it('shares a helper only when every file has the same text for it', () => {
    const shared = sharedHelpers([
      `${SPREAD}\n${KEYS}\nexport const a = 1;`,
      `${SPREAD}\nfunction ownKeys(e) { return Reflect.ownKeys(e); }`,
    ]);
    expect([...shared]).toEqual([['_objectSpread', SPREAD]]);
  });

  it('replaces exactly the shared lines, keeps every other line where it was, imports last', () => {
    const shared = new Map([['_objectSpread', SPREAD]]);
    const code = `var x = 1;\n${SPREAD}\n${KEYS}\nexport const y = _objectSpread({ x });`;
    const out = withSharedHelpers(code, shared);
    expect(out.split('\n').slice(0, 4)).toEqual([
      'var x = 1;',
      '',
      KEYS,
      'export const y = _objectSpread({ x });',
    ]);
    expect(out).toContain(`import { _objectSpread } from '${HELPERS_ID}';`);
    expect(withSharedHelpers(`${KEYS}\nexport {};`, shared)).toBeNull();
    expect(helpersModule(shared)).toBe(`${SPREAD}\nexport { _objectSpread };\n`);
  });

  it('finds one text per helper in the installed recharts, so every copy goes', () => {
    const require = createRequire(import.meta.url);
    const es6 = path.join(path.dirname(require.resolve('recharts/package.json')), 'es6');
    const files = readdirSync(es6, { recursive: true })
      .filter((f) => f.endsWith('.js'))
      .map((f) => readFileSync(path.join(es6, f), 'utf8'));
    const shared = sharedHelpers(files);
    expect([...shared.keys()]).toEqual(
      expect.arrayContaining(['_defineProperty', '_objectSpread', 'ownKeys', '_slicedToArray']),
    );
    const left = files.filter((code) => /^function (_[A-Za-z]+|ownKeys)\(/m.test(code));
    for (const code of left) {
      const out = withSharedHelpers(code, shared);
      expect(out === null ? code : out).not.toMatch(/^function (_[A-Za-z]+|ownKeys)\(/m);
    }
  });
});
