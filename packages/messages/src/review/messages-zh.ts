/** review: the Chinese texts (the source; messages-en.ts has the same keys). */
export const reviewZh = {
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
} as const;
