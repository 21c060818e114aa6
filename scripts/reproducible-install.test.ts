// A fresh clone must install with `npm ci` (CI does) and `npm install` must
// leave package-lock.json as it is: so the lockfile names every package npm
// would resolve, including the optional platform packages of the other
// operating systems, and no locked package refuses the Node version the
// README promises (npm's EBADENGINE warning).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import semver from 'semver';
import { describe, expect, it } from 'vitest';
import { DEMO_HOLDERS, demoHolderResidentId } from '../apps/api/src/demo/demo-holders.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const read = (file: string) => readFileSync(root + file, 'utf8');

interface LockedPackage {
  version?: string;
  link?: boolean;
  dev?: boolean;
  optional?: boolean;
  os?: string[];
  engines?: { node?: string } | string[];
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
}
const lock = JSON.parse(read('package-lock.json')) as {
  lockfileVersion: number;
  packages: Record<string, LockedPackage>;
};
const manifest = JSON.parse(read('package.json')) as { engines: { node: string }; workspaces: string[] };

/** Node's lookup: the package's own node_modules, then each parent's, up to the root. */
function resolvesFrom(location: string, name: string): boolean {
  let dir = location;
  for (;;) {
    if (lock.packages[`${dir ? `${dir}/` : ''}node_modules/${name}`]) return true;
    if (!dir) return false;
    const cut = dir.lastIndexOf('/node_modules/');
    dir = cut >= 0 ? dir.slice(0, cut) : '';
  }
}

/** Each locked package's dependencies (dev ones only for the root and the workspaces, as npm installs them) that have no entry. */
function unresolved(kind: 'dependencies' | 'optionalDependencies'): string[] {
  const missing: string[] = [];
  for (const [location, pkg] of Object.entries(lock.packages)) {
    if (pkg.link) continue;
    const own = location === '' || manifest.workspaces.includes(location);
    const names = Object.keys({ ...pkg[kind], ...(kind === 'dependencies' && own ? pkg.devDependencies : {}) });
    for (const name of names) if (!resolvesFrom(location, name)) missing.push(`${location || '(root)'} -> ${name}`);
  }
  return missing;
}

describe('package-lock.json is what npm resolves (npm ci on a fresh clone)', () => {
  it('is a version 3 lockfile', () => {
    expect(lock.lockfileVersion).toBe(3);
  });

  it('locks every dependency of every package', () => {
    expect(unresolved('dependencies')).toEqual([]);
  });

  it("locks every optional dependency, other platforms' ones included (npm ci refuses a lockfile without them)", () => {
    expect(unresolved('optionalDependencies')).toEqual([]);
  });
});

describe("every locked package runs on the README's Node version (no EBADENGINE warning)", () => {
  const oldest = semver.minVersion(manifest.engines.node);

  it('the engines field and the README name the same Node versions', () => {
    expect(oldest?.version).toBe('20.19.0');
    expect(manifest.engines.node).toBe('^20.19.0 || ^22.13.0 || >=24');
    expect(read('README.md')).toContain(
      'Node.js 20.19 or newer in the 20 line, 22.13 or newer in the 22 line, or\n  24 and newer',
    );
  });

  // The oldest of each line the engines field admits, and the Node this project is developed on.
  it.each(['20.19.0', '20.20.2', '22.13.0', '24.0.0'])('on Node %s', (node) => {
    const refusing = Object.entries(lock.packages)
      .filter(([, p]) => !p.link && p.engines && !Array.isArray(p.engines) && p.engines.node)
      .filter(([, p]) => !semver.satisfies(node, (p.engines as { node: string }).node, { includePrerelease: true }))
      .map(([location, p]) => `${location}@${p.version} needs node ${(p.engines as { node: string }).node}`);
    expect(refusing).toEqual([]);
  });
});

describe('the README a newcomer follows', () => {
  const readme = read('README.md');

  it('states the test command CI runs (.ci/run)', () => {
    const ci = read('.ci/run');
    expect(ci).toMatch(/^npm ci --no-audit --no-fund && npm test$/m);
    expect(readme).toMatch(/^npm ci && npm test$/m);
  });

  it.each(DEMO_HOLDERS.map((h) => [h.name, demoHolderResidentId(h)]))(
    'lists %s with the resident ID %s the demo data creates',
    (name, id) => {
      const row = readme.split('\n').find((line) => line.startsWith(`| ${name}`));
      expect(row).toContain(`\`${id}\``);
    },
  );
});
