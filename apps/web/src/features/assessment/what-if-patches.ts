import { COMMENDATION_LEVELS, EDUCATION_LEVELS, TITLE_LEVELS, type Improvement, type PolicySet } from '@jifen/domain';
import type { FormState } from './form-state.ts';
import { readForm } from './to-input.ts';
import { totalInBrowser } from './engine.ts';

/** The form changes that could stand behind a what-if of this indicator. */
function patchesFor(f: FormState, imp: Improvement, tiers: readonly number[]): Partial<FormState>[] {
  switch (imp.indicator) {
    case 'education':
      return EDUCATION_LEVELS.map((education) => ({ education }));
    case 'title':
      return TITLE_LEVELS.map((titleLevel) => ({
        titleLevel,
        titleInShanghai: true,
        titleJobMatches: true,
        titleBaseMet: true,
      }));
    case 'shortageMajor':
      return [{ shortageMajor: true, shortageJobMatches: true }];
    case 'baseMultiple':
      return f.siMode === 'summary' ? tiers.map((t) => ({ baseTier: String(t) })) : [];
    case 'commendation':
      return COMMENDATION_LEVELS.map((commendation) => ({ commendation }));
    case 'investment': {
      const now = Number(f.taxYuan) || 0;
      return [{ taxYuan: String((Math.floor(now / 100_000) + 1) * 100_000) }];
    }
    default:
      return [];
  }
}

/**
 * "Apply" a ranked what-if to the form: the first change of its indicator
 * that the same engine scores at the what-if's new total. Null when the
 * form cannot express it (e.g. a base tier while entering monthly records).
 */
export function applyWhatIf(
  f: FormState,
  imp: Improvement,
  tiers: readonly number[],
  set?: PolicySet,
): FormState | null {
  for (const patch of patchesFor(f, imp, tiers)) {
    const next = { ...f, ...patch };
    const read = readForm(next);
    if (read.input && totalInBrowser(read.input, next.asOf, set) === imp.newTotal) return next;
  }
  return null;
}
