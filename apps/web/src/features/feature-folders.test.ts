import { describe, expect, it } from 'vitest';
import { ROLES } from '../api/contract-types.ts';

/**
 * Issue 23, item 7: one way to find a feature in the web. A folder under
 * `features/` is an area (what its pages are about: applications, holders,
 * permits ...), never a role or a role's place; a role's page lives in the
 * area of what it shows. CONTRIBUTING.md states the rule.
 */
const files = Object.keys(import.meta.glob(['./**/*.{ts,tsx,css}', '!./feature-folders.test.ts']));
const folders = [...new Set(files.flatMap((file) => file.split('/').slice(1, -1)))];
const areas = [...new Set(files.map((file) => file.split('/')[1]!))];

/** Where one role works, not what it works on. */
const ROLE_PLACES = ['workbench', 'desk'];
const roleWords = new Set<string>([...ROLES, ...ROLE_PLACES]);

/** A folder is named for a role when any word of its name is one (`reviewer`, `policy-admin`). */
const namedForRole = (folder: string) => folder.split('-').some((word) => roleWords.has(word));

const singular = (word: string) => word.replace(/(?<=[^s])s$/, '');
/** Two areas that one name in singular and plural, or a variant of it, would split (`holder`, `holders`, `holder-data`). */
function clashes(names: readonly string[]): string[] {
  const head = (name: string) => singular(name.split('-')[0]!);
  return names.flatMap((a) => names.filter((b) => a < b && head(a) === head(b)).map((b) => `${a} / ${b}`));
}

describe('the feature folders', () => {
  it('are read from the source tree', () => {
    expect(areas.length).toBeGreaterThan(15);
    expect(areas).toContain('applications');
  });

  it('are named for an area, never for a role or a role’s place', () => {
    expect(folders.filter(namedForRole)).toEqual([]);
  });

  it('hold no two areas of one name in singular and plural, or one beside a variant of it', () => {
    expect(clashes(areas)).toEqual([]);
  });

  it('would have refused the layout before issue 23', () => {
    const before = [
      'holder',
      'holders',
      'holder-data',
      'reviewer',
      'policy-admin',
      'workbench',
      'notice-verify',
      'notices',
    ];
    expect(before.filter(namedForRole)).toEqual(['holder', 'holder-data', 'reviewer', 'policy-admin', 'workbench']);
    expect(clashes(before)).toEqual([
      'holder / holders',
      'holder / holder-data',
      'holder-data / holders',
      'notice-verify / notices',
    ]);
  });
});
