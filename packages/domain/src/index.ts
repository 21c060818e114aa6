// Public surface of @jifen/domain. Each area adds its exports here.
export * from './result.ts';
export * from './rules.ts';
