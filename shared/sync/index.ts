export * from './docLayout';
export * from './documentReader';
export * from './observeDocument';
export * from './origins';
export { lastChangeOf, readRecord } from './readRecord';
export * from './writePatch';
export * from './undoHistory';
export { changedBetween } from './recordChanges';
