import type { LocalizedText } from '@jifen/domain';
import { msg } from '@jifen/messages';
import { fail, type AppError } from '../../../errors.ts';
import type { LimitProblem, SpreadsheetProblem } from './limits.ts';

/**
 * The coded refusal of a spreadsheet, in both languages. It names the limit,
 * the cell or part concerned and the numbers, never the content (a hostile
 * cell is not echoed back).
 */
function limitMessage(p: LimitProblem): LocalizedText {
  return msg('holderData.sheetLimit.refusal', {
    limit: limitText(p),
    where: p.where ? msg('holderData.sheetLimit.where', { where: p.where }) : '',
    found: p.found === undefined ? '' : msg('holderData.sheetLimit.found', { found: p.found }),
  });
}

function limitText(p: LimitProblem): LocalizedText {
  const max = p.max;
  switch (p.limit) {
    case 'rows':
      return msg('holderData.sheetLimit.rows', { max });
    case 'columns':
      return msg('holderData.sheetLimit.columns', { max });
    case 'dimension':
      return msg('holderData.sheetLimit.dimension', { max });
    case 'cellSize':
      return msg('holderData.sheetLimit.cellSize', { max });
    case 'totalChars':
      return msg('holderData.sheetLimit.totalChars', { max });
    case 'sharedStrings':
      return msg('holderData.sheetLimit.sharedStrings', { max });
    case 'styles':
      return msg('holderData.sheetLimit.styles', { max });
    case 'uncompressedSize':
      return msg('holderData.sheetLimit.uncompressedSize', { megabytes: Math.round(max / 1024 / 1024) });
    case 'zipEntries':
      return msg('holderData.sheetLimit.zipEntries', { max });
    case 'time':
      return msg('holderData.sheetLimit.time', { seconds: max / 1000 });
    case 'memory':
      return msg('holderData.sheetLimit.memory', { max });
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
