import type { LocalizedText } from '@jifen/domain';
import { msg } from '@jifen/messages';
import { fail, text, type AppError } from '../../../errors.ts';
import type { LimitProblem, SpreadsheetProblem } from './limits.ts';

/**
 * The coded refusal of a spreadsheet, in both languages. It names the limit,
 * the cell or part concerned and the numbers, never the content (a hostile
 * cell is not echoed back).
 */
const where = (p: LimitProblem) => (p.where ? `（${p.where}）` : '');
const whereEn = (p: LimitProblem) => (p.where ? ` (${p.where})` : '');
const found = (p: LimitProblem) => (p.found === undefined ? '' : `，实际为 ${p.found}`);
const foundEn = (p: LimitProblem) => (p.found === undefined ? '' : `; found ${p.found}`);

function limitMessage(p: LimitProblem): LocalizedText {
  const tail = (zh: string, en: string) =>
    text(
      `${zh}${where(p)}${found(p)}。请使用下载的模板。`,
      `${en}${whereEn(p)}${foundEn(p)}. Use the downloaded template.`,
    );
  switch (p.limit) {
    case 'rows':
      return tail(`表格最多使用前 ${p.max} 行`, `The sheet may use its first ${p.max} rows only`);
    case 'columns':
      return tail(`表格最多使用前 ${p.max} 列`, `The sheet may use its first ${p.max} columns only`);
    case 'dimension':
      return tail(`表格声明的区域超出 ${p.max} 行或列`, `The sheet declares a range beyond ${p.max} rows or columns`);
    case 'cellSize':
      return tail(`单元格内容最多 ${p.max} 个字符`, `A cell may hold at most ${p.max} characters`);
    case 'totalChars':
      return tail(`表格文字总量最多 ${p.max} 个字符`, `The sheet may hold at most ${p.max} characters in all`);
    case 'sharedStrings':
      return tail(`共享字符串表超出上限 ${p.max}`, `The shared-string table exceeds its limit of ${p.max}`);
    case 'styles':
      return tail(`单元格样式数超出上限 ${p.max}`, `The cell styles exceed their limit of ${p.max}`);
    case 'uncompressedSize':
      return tail(
        `文件解压后超过 ${Math.round(p.max / 1024 / 1024)} MB`,
        `The file inflates to more than ${Math.round(p.max / 1024 / 1024)} MB`,
      );
    case 'zipEntries':
      return tail(`压缩包内文件数超过 ${p.max}`, `The archive holds more than ${p.max} entries`);
    case 'time':
      return tail(`读取该文件超过 ${p.max / 1000} 秒`, `Reading the file took longer than ${p.max / 1000} s`);
    case 'memory':
      return tail(`读取该文件所需内存超过 ${p.max} MB`, `Reading the file needs more than ${p.max} MB of memory`);
  }
}

export function refusalFor(problem: SpreadsheetProblem): AppError {
  if (problem.kind === 'unreadable') {
    return fail('VALIDATION.IMPORT_FILE', msg('holderData.xlsxUnreadable'));
  }
  return fail('VALIDATION.IMPORT_LIMIT', limitMessage(problem), [], {
    details: { limit: problem.limit, max: problem.max },
  });
}
