import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * Issue 23, item 6: the feature modules (`apps/api/src/modules/<area>`) form
 * no pairs that import each other. A module that needs something of a module above it takes
 * it as a dependency (the composition root, `app.ts`, wires it); what several
 * modules share lives outside the modules (`access.ts` for `Actor` and
 * `AuthUser`, `policy/live-policy.ts`, `jobs/` for work spanning modules).
 * Tests are left out: a test may drive several modules.
 */
const here = path.dirname(fileURLToPath(import.meta.url));
const modulesDir = path.resolve(here, '../src/modules');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$|test-support|fixtures/.test(name) ? [full] : [];
  });
}

const moduleOf = (file: string): string | null => {
  const rel = path.relative(modulesDir, file);
  return rel.startsWith('..') ? null : rel.split(path.sep)[0]!;
};

/** module -> module it imports -> the files that do. */
function moduleGraph(): Map<string, Map<string, string[]>> {
  const graph = new Map<string, Map<string, string[]>>();
  for (const file of sourceFiles(modulesDir)) {
    const from = moduleOf(file)!;
    const code = readFileSync(file, 'utf8');
    for (const m of code.matchAll(/(?:from\s+|import\s*\(\s*)['"](\.{1,2}\/[^'"]+)['"]/g)) {
      const to = moduleOf(path.resolve(path.dirname(file), m[1]!));
      if (!to || to === from) continue;
      const edges = graph.get(from) ?? new Map<string, string[]>();
      graph.set(from, edges);
      edges.set(to, [...(edges.get(to) ?? []), path.relative(modulesDir, file)]);
    }
  }
  return graph;
}

/** Every pair of modules that import each other, with the files that do. */
function mutualPairs(graph: Map<string, Map<string, string[]>>): string[] {
  const pairs: string[] = [];
  for (const [a, edges] of graph) {
    for (const [b, files] of edges) {
      const back = graph.get(b)?.get(a);
      if (back && a < b)
        pairs.push(`${a} <-> ${b}: ${[...new Set(files)].join(', ')} / ${[...new Set(back)].join(', ')}`);
    }
  }
  return pairs.sort();
}

describe('module boundaries', () => {
  it('no two feature modules import each other', () => {
    expect(mutualPairs(moduleGraph()), 'move what both need out of the modules, or pass it in from app.ts').toEqual([]);
  });

  it('finds a pair when there is one', () => {
    const g = new Map([
      ['a', new Map([['b', ['a/x.ts']]])],
      [
        'b',
        new Map([
          ['a', ['b/y.ts']],
          ['c', ['b/z.ts']],
        ]),
      ],
    ]);
    expect(mutualPairs(g)).toEqual(['a <-> b: a/x.ts / b/y.ts']);
  });
});
