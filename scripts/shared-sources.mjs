// The five source documents (../shared/sources/ beside the repository), for the quote test only:
// `import { dir, files } from 'virtual:shared-sources'` gives file name → text. The folder is
// SHARED_DIR/sources when that is set, else ../shared/sources from the repository root, else (in a
// git worktree) ../shared/sources beside the main checkout. Nothing the app builds imports it.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

const ID = 'virtual:shared-sources';
const RESOLVED = '\0' + ID;

export function findSourcesDir(root) {
  const candidates = [];
  if (process.env.SHARED_DIR) candidates.push(join(resolve(process.env.SHARED_DIR), 'sources'));
  candidates.push(resolve(root, '../shared/sources'));
  try {
    const common = execFileSync(
      'git',
      ['rev-parse', '--path-format=absolute', '--git-common-dir'],
      {
        cwd: root,
        encoding: 'utf8',
      },
    ).trim();
    candidates.push(resolve(dirname(common), '../shared/sources'));
  } catch {
    // not a git checkout: the other candidates only
  }
  return candidates.find((dir) => existsSync(dir)) ?? null;
}

export function sharedSources() {
  let root = process.cwd();
  return {
    name: 'shared-sources',
    configResolved(config) {
      root = config.root;
    },
    resolveId: (id) => (id === ID ? RESOLVED : null),
    load(id) {
      if (id !== RESOLVED) return null;
      const dir = findSourcesDir(root);
      const files = {};
      if (dir)
        for (const name of readdirSync(dir).filter((n) => n.endsWith('.txt')))
          files[name] = readFileSync(join(dir, name), 'utf8');
      return `export const found = ${JSON.stringify(dir !== null)};\nexport const files = ${JSON.stringify(files)};\n`;
    },
  };
}
