import type { Plugin } from 'vite';

interface StandIn {
  /** The plugin's name. */
  name: string;
  /** antd's module (under antd/es) whose import is replaced, e.g. `card/Card.js`. */
  module: string;
  /** The import line in it, exactly as antd writes it. */
  importLine: string;
  /** What replaces that line: a stand-in that throws when used. */
  replacement: string;
  /** Whether a source file of the web app uses what the build leaves out. */
  sourceUses: (code: string) => boolean;
  /** How the build's error names that use, e.g. "uses Card's tabList". */
  use: string;
  /** The plugin's file, named in its errors. */
  file: string;
}

/**
 * An antd module built with one of its imports replaced by a stand-in that
 * throws (issue 20: a part jifen never uses, loaded on every page only
 * because antd imports it). The build fails if a source file starts using
 * that part, or if antd's module no longer has the import as written. Tests
 * and the dev server keep antd as is.
 */
export function antdStandIn(s: StandIn): Plugin {
  const target = `/node_modules/antd/es/${s.module}`;
  return {
    name: s.name,
    apply: 'build',
    transform(code, id) {
      if (/[\\/]apps[\\/]web[\\/]src[\\/].*\.tsx?$/.test(id) && s.sourceUses(code))
        this.error(`${id} ${s.use}, which the build leaves out (${s.file})`);
      if (!id.replaceAll('\\', '/').endsWith(target)) return null;
      if (!code.includes(s.importLine))
        this.error(`antd/es/${s.module} no longer has \`${s.importLine}\` as ${s.file} expects`);
      return code.replace(s.importLine, s.replacement);
    },
  };
}
