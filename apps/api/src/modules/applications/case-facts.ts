/**
 * What the district review keeps on an application (issue 12, migration 014):
 * the reviewer holding the case, the file retrieval, the reviewed total. The
 * applications module owns the table (issue 17, one owner per table); review
 * calls these, and applications never depends on review.
 */
export { recordFileRetrieval, setAssignee, setReviewedTotal } from './applications.repository.ts';
