// Kept free of zod so the sandboxed preload can import it without bundling a validator.

/** Main → renderer: the OS handed us files to open; the page fetches them with `file:takeOpened`. */
export const FILES_WAITING_CHANNEL = 'file:waiting';
