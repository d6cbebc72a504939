export * from './defaults';
export * from './ids';
export * from './mapLink';
export * from './mapMeta';
export * from './mapNode';
export * from './mapSnapshot';
export * from './schemaVersion';
export * from './vocabulary';
