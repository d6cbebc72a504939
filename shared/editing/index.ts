export * from './commands';
export * from './history';
export * from './mapDocument';
export * from './patch';
export * from './suggestLinkType';
