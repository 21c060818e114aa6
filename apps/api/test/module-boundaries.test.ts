import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * Issue 23, items 6 and 8: the feature modules (`apps/api/src/modules/<area>`)
 * import each other in one direction only: no pair, and no cycle of any
 * length (a -> b -> c -> a), so each can be read and changed from below. A module that needs something of a module above it takes
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

/**
 * Every cycle of module imports, one per strongly connected component
 * (Tarjan): the shortest way round from its first module, each step with the
 * files that make it. An empty list means the modules form a DAG.
 */
function moduleCycles(graph: Map<string, Map<string, string[]>>): string[] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, index.size);
    low.set(v, index.get(v)!);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v)?.keys() ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) !== index.get(v)) return;
    const component: string[] = [];
    let w: string;
    do {
      w = stack.pop()!;
      onStack.delete(w);
      component.push(w);
    } while (w !== v);
    if (component.length > 1) components.push(component.sort());
  };
  for (const v of [...graph.keys()].sort()) if (!index.has(v)) visit(v);
  return components.map((component) => {
    // Breadth-first from the component's first module back to itself, inside the component.
    const inside = new Set(component);
    const start = component[0]!;
    const previous = new Map<string, string>();
    const queue = [start];
    let last: string | undefined;
    while (queue.length > 0 && last === undefined) {
      const v = queue.shift()!;
      for (const w of [...(graph.get(v)?.keys() ?? [])].sort()) {
        if (!inside.has(w)) continue;
        if (w === start) {
          last = v;
          break;
        }
        if (!previous.has(w)) {
          previous.set(w, v);
          queue.push(w);
        }
      }
    }
    const path = [start];
    for (let v = last!; v !== start; v = previous.get(v)!) path.splice(1, 0, v);
    path.push(start);
    const steps = path
      .slice(1)
      .map((to, i) => `${path[i]} -> ${to} (${[...new Set(graph.get(path[i]!)!.get(to))].join(', ')})`);
    return `${path.join(' -> ')}: ${steps.join('; ')}`;
  });
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

  it('no cycle of any length among the feature modules', () => {
    expect(
      moduleCycles(moduleGraph()),
      'pass the dependency in from app.ts, or move what both need out of the modules',
    ).toEqual([]);
  });

  it('finds and prints a cycle of three, and none in a chain', () => {
    const g = new Map([
      ['a', new Map([['b', ['a/x.ts']]])],
      ['b', new Map([['c', ['b/y.ts']]])],
      [
        'c',
        new Map([
          ['a', ['c/z.ts']],
          ['d', ['c/w.ts']],
        ]),
      ],
    ]);
    expect(moduleCycles(g)).toEqual(['a -> b -> c -> a: a -> b (a/x.ts); b -> c (b/y.ts); c -> a (c/z.ts)']);
    g.get('c')!.delete('a');
    expect(moduleCycles(g)).toEqual([]);
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
