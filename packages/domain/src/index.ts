// Public surface of @jifen/domain. Each area adds its exports here.
export * from './result.ts';
export * from './rules.ts';
export * from './dates/index.ts';
export * from './policy/index.ts';
export * from './calendar/index.ts';
export * from './workflow/index.ts';
export * from './points/index.ts';
export * from './compliance/index.ts';
export * from './materials/index.ts';
export * from './lifecycle/index.ts';
export * from './ids/index.ts';
export * from './consult/index.ts';
export * from './review/index.ts';
export * from './timeline/index.ts';
