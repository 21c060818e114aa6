/** English texts of the public points-notice verification page (issue #12, R-3 step 5). */
export const noticeVerifyEn = {
  title: 'Points notice verification',
  checking: 'Checking…',
  status: {
    valid: 'Valid',
    expired: 'Expired',
    revoked: 'Revoked',
    superseded: 'Superseded by a newer notice',
    forged: 'Not verified: forged or altered',
  },
  explain: {
    valid:
      'This points notice was issued by the Shanghai residence-permit points system; its signature verifies and it is in force.',
    expired:
      "This points notice's signature verifies, but its points have expired with the residence permit (L-1); it is no longer proof of points.",
    revoked: 'This points notice was revoked by the issuing centre; it is no longer proof of points.',
    superseded:
      "This points notice's signature verifies, but the holder's renewal was approved since and a newer notice issued (L-1); the newer one counts.",
    forged:
      "The code in the QR code does not carry a valid signature: this notice was not issued by the system, or its content was changed. Do not accept it, and contact the holder's district talent service centre.",
  },
  reason: {
    points_cleared: 'Points cleared',
    false_material: 'False material found (C-5)',
    correction: 'Decision corrected',
  },
  field: {
    noticeNo: 'Notice No.',
    holder: 'Holder',
    residentId: 'Resident ID',
    total: 'Points',
    validUntil: 'Valid until',
    issuedOn: 'Issued on',
    centre: 'Issued by',
    revokedOn: 'Revoked on',
    supersededOn: 'Newer notice issued on',
    revokedReason: 'Reason',
  },
  points: '{{total}} points',
  noPermit: 'No permit on file',
  masked: 'To protect personal data, only the surname and part of the ID number are shown (PI-1).',
  loadFailed: 'Cannot verify right now: {{error}}',
  key: 'Verification key',
};
