import { addCatalog, type Texts } from '../../i18n/i18n.ts';

/** Texts of the accessibility furniture every page shares: 长者模式 and the skip link, under `accessibility.*`. */
const zh = {
  accessibility: {
    elderMode: '长者模式',
    elderModeHint: '字号更大、按钮更大、对比更强、单栏显示',
    skipToMain: '跳到主要内容',
    liveTotal: '当前估算总分 {{total}} 分，标准分值 {{standard}} 分',
    applyWhatIf: '套用：{{what}}（加 {{gain}} 分）',
    // Names of the list filters whose only visible text was a placeholder (gone once a value is chosen).
    filters: {
      state: '按状态筛选',
      department: '按部门筛选',
      kind: '按申请类型筛选',
      employer: '按用人单位筛选',
      sla: '按办理时限筛选',
      holder: '按经办人筛选',
    },
  },
};

const en: Texts<typeof zh> = {
  accessibility: {
    elderMode: 'Large text',
    elderModeHint: 'Larger type and buttons, stronger contrast, one column',
    skipToMain: 'Skip to main content',
    liveTotal: 'Estimated total now {{total}} points; the standard score is {{standard}}',
    applyWhatIf: 'Apply: {{what}} (+{{gain}} points)',
    filters: {
      state: 'Filter by status',
      department: 'Filter by department',
      kind: 'Filter by application type',
      employer: 'Filter by employer',
      sla: 'Filter by time limit',
      holder: 'Filter by who handles it',
    },
  },
};

export const messages = addCatalog({ 'zh-CN': zh, en });
