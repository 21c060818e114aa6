// Every audit action code the API writes has a label in both languages (the
// audit page never shows a raw code). The type of `AuditInput.action` already
// refuses an unlabelled literal; this reads the sources as well, so a code
// built another way (a variable, a helper's parameter) is caught too.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AUDIT_ACTION_LABELS, AUDIT_ACTIONS } from '@jifen/contracts';
import { ACTIONS } from '@jifen/domain';
import { describe, expect, it } from 'vitest';

const src = fileURLToPath(new URL('../..', import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const path = join(dir, d.name);
    if (d.isDirectory()) return sources(path);
    return d.name.endsWith('.ts') && !d.name.endsWith('.test.ts') ? [path] : [];
  });
}

/**
 * `prefix.name` literals on the lines that name an action (`action: '…'`,
 * a ternary choosing one, a helper's action argument) in the files that
 * write audit entries. Other dotted literals there are personal-data keys
 * (`holder.mobile`) or usernames (`holder.li`).
 */
function codesUsed(): Set<string> {
  const prefixes = new Set(AUDIT_ACTIONS.map((a) => a.split('.')[0]));
  const used = new Set<string>();
  for (const file of sources(src)) {
    const text = readFileSync(file, 'utf8');
    if (!/appendAudit|recordAudit|AuditAction/.test(text)) continue;
    for (const line of text.split('\n')) {
      if (!/\baction\b|\bstore\(/.test(line)) continue;
      for (const m of line.matchAll(/'([a-z_]+)\.([a-z_]+)'/g)) if (prefixes.has(m[1]!)) used.add(`${m[1]}.${m[2]}`);
    }
    // The application's actions are written as `application.${cmd.action}`: every workflow action.
    if (text.includes('`application.${cmd.action}`')) for (const a of ACTIONS) used.add(`application.${a}`);
  }
  return used;
}

describe('audit action labels', () => {
  it('label every action code used in apps/api', () => {
    const used = codesUsed();
    expect(used.size).toBeGreaterThan(30);
    expect([...used].filter((code) => !Object.hasOwn(AUDIT_ACTION_LABELS, code))).toEqual([]);
  });

  it('have distinct, non-empty texts in Chinese and English', () => {
    const labels = Object.values(AUDIT_ACTION_LABELS);
    for (const l of labels) {
      expect(l.zh.trim().length).toBeGreaterThan(1);
      expect(l.en.trim().length).toBeGreaterThan(1);
      expect(l.zh).toMatch(/[\u4e00-\u9fff]/);
    }
    expect(new Set(labels.map((l) => l.zh)).size).toBe(labels.length);
    expect(new Set(labels.map((l) => l.en)).size).toBe(labels.length);
  });
});
