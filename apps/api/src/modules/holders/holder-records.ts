/**
 * The writes other modules make to a holder's rows (issue 17, one owner per
 * table): a permit period (registration, the roster import, an endorsement,
 * a newly issued permit), the holding years restarting (L-3, L-4, L-5), the
 * department (roster) and the account an activation links. The SQL lives in
 * holders.repository.ts and nowhere else.
 */
export { insertPermit, linkHolderAccount, restartHoldingYears, setDepartment } from './holders.repository.ts';
