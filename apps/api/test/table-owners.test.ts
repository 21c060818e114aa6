import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * Issue 17, C: each table is written by exactly one module; the others call
 * its service. This reads the SQL of every source file and fails on a second
 * writer, and keeps ARCHITECTURE.md's table of owners true.
 *
 * Not counted: tests and their set-up (test-support, fixtures), and the demo
 * data (`src/demo/`), which seeds a history (an approval a year ago, records
 * fifteen days old) that no service can make on today's date.
 */
const here = path.dirname(fileURLToPath(import.meta.url));
const src = path.resolve(here, '../src');
const root = path.resolve(here, '../../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === 'demo' || name === 'migrations' ? [] : sourceFiles(full);
    return /\.ts$/.test(name) && !/\.test\.ts$|test-support|fixtures/.test(name) ? [full] : [];
  });
}

/** The module a file belongs to: `modules/<area>/…`, or the top folder of src (jobs, plugins, adapters …). */
const moduleOf = (file: string) => {
  const parts = path.relative(src, file).split(path.sep);
  return parts[0] === 'modules' ? parts[1]! : parts[0]!;
};

/** Table -> the modules whose SQL writes it (comments left out; `ON CONFLICT … DO UPDATE` is the insert's own). */
function writers(): Map<string, Set<string>> {
  const found = new Map<string, Set<string>>();
  for (const file of sourceFiles(src)) {
    const code = readFileSync(file, 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
    for (const m of code.matchAll(/(?<!DO )\b(?:INSERT INTO|UPDATE|DELETE FROM)\s+([a-z_]+)\b/g)) {
      const table = m[1]!;
      if (!found.has(table)) found.set(table, new Set());
      found.get(table)!.add(moduleOf(file));
    }
  }
  return found;
}

/** ARCHITECTURE.md's "Who writes each table" rows: | `table` | `module` |. */
function documentedOwners(): Map<string, string> {
  const doc = readFileSync(path.join(root, 'ARCHITECTURE.md'), 'utf8');
  const section = doc.slice(doc.indexOf('## Who writes each table'));
  const owners = new Map<string, string>();
  for (const m of section.matchAll(/^\| `([a-z_]+)` \| `([a-z-]+)` \|/gm)) owners.set(m[1]!, m[2]!);
  return owners;
}

describe('one owner per table (issue 17)', () => {
  const found = writers();
  const owners = documentedOwners();

  it('finds the writers it should (the scan itself works)', () => {
    expect(found.get('applications')).toEqual(new Set(['applications']));
    expect(found.size).toBeGreaterThan(30);
  });

  it.each([...found.keys()].sort())('%s has one writer, the owner ARCHITECTURE.md names', (table) => {
    const modules = [...found.get(table)!].sort();
    expect(modules, `${table} is written by ${modules.join(', ')}`).toHaveLength(1);
    expect(owners.get(table), `ARCHITECTURE.md names no owner for ${table}`).toBe(modules[0]);
  });

  it('ARCHITECTURE.md names no owner that does not write its table', () => {
    const stale = [...owners].filter(([table, module]) => !found.get(table)?.has(module));
    expect(stale).toEqual([]);
  });
});
