// Kept free of zod so the sandboxed preload can import it without bundling a validator.

/** Main → renderer: the native menu asks the renderer to run one of its commands. */
export const MENU_COMMAND_CHANNEL = 'menu:command';
export const MENU_COMMANDS = [
  'map:new',
  'map:showMaps',
  'map:openDemo',
  'map:restoreBackup',
  'map:settings',
  'edit:undo',
  'edit:redo',
  'edit:cut',
  'edit:copy',
  'edit:paste',
  'edit:delete',
  'edit:selectAll',
  'edit:find',
  'node:addPerson',
  'node:addOrganisation',
  'node:addSpace',
  'node:addProject',
  'view:fit',
  'view:zoomIn',
  'view:zoomOut',
  'view:toggleMinimap',
  'help:about',
  'help:shortcuts',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];
