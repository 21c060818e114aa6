export { segmentWords, termsOf } from './segment.ts';
export { extractFacts, readNumber, type QuestionFacts } from './facts.ts';
export { rankEntries, type KnowledgeEntry, type RankedEntry, type RankOptions } from './matcher.ts';
export { instantAnswer, type InstantAnswer } from './instant-answer.ts';
export {
  CONSULT_OFFICE,
  firstAnswerClock,
  workingMinutesBetween,
  type FirstAnswerClock,
  type LocalMoment,
} from './first-answer.ts';
