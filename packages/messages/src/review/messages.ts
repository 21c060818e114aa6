import type { Translation } from '../types.ts';

/** review: the Chinese texts (the source) and the English, key for key (typed by the Chinese). */
const zh = {
  retrieveFileFirst: '请先调档（记录调取档案），再审核积分指标',
  noSubmission: '该申请没有提交时的数据，无法复核积分',
  adjustmentNeedsValue: '调整指标须填写调整后的等级或年限',
  enterAdjustedValue: '请填写调整值',
  indicatorNotClaimed: '申请未申报指标“{{indicator}}”（该项为0分），无需审核',
  adjustmentNotLower: '调整后的分值须低于申报分值；若材料属实请选择“认定”',
  adjustmentNotLowerShort: '须低于申报值',
  handOverToActive: '只能移交给本区在岗的审核人员；请从同事列表中选择',
  notActiveReviewer: '不是本区在岗的审核人员',
  noMaterials: '该申请尚无已收取的现场材料，没有收件凭证；材料齐全并收件后才可打印',
  heldByAnother: '该案件由{{name}}办理中；请{{name}}移交给您，或联系其本人',
  notAtCentre: '该申请当前状态（{{state}}）不在中心办理中，无需认领或移交',
  notUnderReview: '申请当前状态为“{{state}}”，不在调档审核中，不能调档或审核指标',
  materialsIncomplete: 'M-5 材料不齐，退回补正：{{problems}}',
  receiptCentre: {
    named: '{{district}}人才服务中心',
    unnamed: '区人才服务中心',
  },
  falseMaterialRecord:
    'C-5 提供虚假材料（认定日期{{foundOn}}，申请{{application}}）：积分扣{{points}}分（计至{{countsUntil}}），{{barredUntil}}前不得申请积分',
} as const;

const en: Translation<typeof zh> = {
  retrieveFileFirst: 'Retrieve the file first (record the file retrieval), then review the indicators',
  noSubmission: 'The application has no stored submission data; its points cannot be recomputed',
  adjustmentNeedsValue: 'An adjusted indicator needs its new level or number of years',
  enterAdjustedValue: 'enter the adjusted value',
  indicatorNotClaimed: 'Indicator "{{indicator}}" is not claimed (0 points); there is nothing to review',
  adjustmentNotLower: 'The adjusted points must be below the claimed points; if the claim is right, accept it instead',
  adjustmentNotLowerShort: 'must be below the claimed value',
  handOverToActive:
    'A case can only be handed to an active reviewer of your district; choose one from the list of colleagues',
  notActiveReviewer: 'not an active reviewer of your district',
  noMaterials:
    'No materials of this application were accepted at the counter, so there is no receipt; it can be printed once the materials are complete and accepted',
  heldByAnother: '{{name}} holds this case; ask them to hand it over to you',
  notAtCentre: 'The application (state: {{state}}) is not at the centre; there is nothing to claim or hand over',
  notUnderReview:
    'The application is {{state}}, not under review; files can only be retrieved and indicators reviewed under review',
  materialsIncomplete: 'M-5 materials incomplete, returned for correction: {{problems}}',
  receiptCentre: {
    named: '{{district}} Talent Service Centre',
    unnamed: 'District Talent Service Centre',
  },
  falseMaterialRecord:
    'C-5 false materials (found on {{foundOn}}, application {{application}}): {{points}} points deducted (counted until {{countsUntil}}); no points application before {{barredUntil}}',
};

export const reviewMessages = { zh, en };
