import { gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

export interface BudgetOptions {
  /** The lazy page whose first load is measured, as its source path suffix. */
  page: string;
  /**
   * Lazy parts every first visit of the page renders at once (the signed-in layout, a card every role sees), as
   * source path suffixes: counted too, so that the check is close to what a browser loads (issue 20).
   */
  alsoLoaded?: string[];
  /** Gzipped bytes allowed for the entry, the page and everything they import statically. */
  maxGzipBytes: number;
  /** Chunks that must not be part of that first load (e.g. the staff pages). */
  forbidden: RegExp;
  label: string;
}

interface ChunkLike {
  type: 'chunk';
  fileName: string;
  code: string;
  isEntry: boolean;
  imports: string[];
  facadeModuleId: string | null;
  moduleIds: string[];
}

/**
 * Prints the initial JavaScript of one page (the entry, the page's lazy
 * chunk, the lazy parts named in `alsoLoaded` and their static imports;
 * other dynamic imports excluded),
 * gzipped, and fails the build above the budget or when a forbidden chunk
 * (a staff page) is part of it.
 */
export function initialJsBudget(opts: BudgetOptions): Plugin {
  return {
    name: 'jifen-initial-js-budget',
    apply: 'build',
    generateBundle(_options, bundle) {
      const chunks = new Map<string, ChunkLike>();
      for (const item of Object.values(bundle))
        if (item.type === 'chunk') chunks.set(item.fileName, item as unknown as ChunkLike);
      const entry = [...chunks.values()].find((c) => c.isEntry);
      const chunkOf = (suffix: string) =>
        [...chunks.values()].find((c) => c.facadeModuleId?.replace(/\\/g, '/').endsWith(suffix));
      const page = chunkOf(opts.page);
      if (!entry || !page) {
        this.error(`initial-js-budget: cannot find the entry or the page chunk of ${opts.page}`);
        return;
      }
      // A lazy part's module may share its chunk with others (then the chunk has no facade): the chunk holding it.
      const holding = (suffix: string) =>
        [...chunks.values()].find((c) => c.moduleIds.some((id) => id.replace(/\\/g, '/').endsWith(suffix)));
      const parts = (opts.alsoLoaded ?? []).map((suffix) => {
        const part = chunkOf(suffix) ?? holding(suffix);
        if (!part) this.error(`initial-js-budget: no chunk holds ${suffix} (${opts.label})`);
        return part!;
      });
      const seen = new Set<string>();
      const visit = (file: string) => {
        if (seen.has(file)) return;
        seen.add(file);
        for (const dep of chunks.get(file)?.imports ?? []) visit(dep);
      };
      visit(entry.fileName);
      visit(page.fileName);
      for (const part of parts) visit(part.fileName);
      const rows = [...seen].map((file) => {
        const c = chunks.get(file)!;
        return { file, raw: Buffer.byteLength(c.code), gzip: gzipSync(c.code, { level: 9 }).length, c };
      });
      rows.sort((a, b) => b.gzip - a.gzip);
      const total = rows.reduce((n, r) => n + r.gzip, 0);
      const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
      const lines = rows.map((r) => `  ${kb(r.gzip).padStart(9)} gz  ${kb(r.raw).padStart(9)} raw  ${r.file}`);
      const verdict = total <= opts.maxGzipBytes ? 'within' : 'OVER';
      this.info?.(
        `\n${opts.label}: initial JS ${kb(total)} gzipped (${verdict} the ${kb(opts.maxGzipBytes)} budget), ${rows.length} chunks\n${lines.join('\n')}`,
      );
      console.log(
        `\n[initial-js] ${opts.label}: ${kb(total)} gzipped of ${kb(opts.maxGzipBytes)} (${rows.length} chunks)\n${lines.join('\n')}`,
      );
      const leaked = rows.filter((r) => r.c.moduleIds.some((id) => opts.forbidden.test(id.replace(/\\/g, '/'))));
      if (leaked.length > 0)
        this.error(`${opts.label}: the first load includes staff code: ${leaked.map((r) => r.file).join(', ')}`);
      if (total > opts.maxGzipBytes)
        this.error(`${opts.label}: initial JS ${kb(total)} gzipped exceeds the ${kb(opts.maxGzipBytes)} budget`);
    },
  };
}
