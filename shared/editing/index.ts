export * from './commands';
export * from './mapDocument';
export * from './patch';
export * from './suggestLinkType';
