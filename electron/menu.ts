import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../shared/ipc/contract';

export interface MenuOptions {
  readonly platform: NodeJS.Platform;
  readonly isDev: boolean;
  readonly send: (command: MenuCommand) => void;
}

/**
 * The native menu. Items send the same command ids as the toolbar and keyboard, so all three
 * always do the same thing. Cut, copy and paste use Electron's roles: they fire the page's
 * clipboard events, which the renderer handles for text fields and map nodes alike.
 */
export function buildMenuTemplate({ platform, isDev, send }: MenuOptions): MenuItemConstructorOptions[] {
  const item = (label: string, command: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    click: () => send(command),
    ...(accelerator ? { accelerator } : {}),
  });
  const isMac = platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [];
  if (isMac) {
    template.push({
      label: 'Good Help Map',
      submenu: [
        item('About Good Help Map', 'help:about'),
        { type: 'separator' },
        { role: 'hide' },
        { role: 'hideOthers' },
        { role: 'unhide' },
        { type: 'separator' },
        { role: 'quit' },
      ],
    });
  }
  template.push(
    {
      label: '&File',
      submenu: [
        item('New map', 'map:new', 'CmdOrCtrl+N'),
        item('Your maps…', 'map:showMaps', 'CmdOrCtrl+Shift+O'),
        item('Open the demo map', 'map:openDemo'),
        { type: 'separator' },
        item('Open a map file…', 'file:open', 'CmdOrCtrl+O'),
        item('Save as a file…', 'file:saveAs', 'CmdOrCtrl+Shift+S'),
        item('Save a shareable copy…', 'file:saveShareable'),
        item('Share with your team…', 'file:shareWithTeam'),
        item('Join a shared map…', 'file:joinShared'),
        item('Import a spreadsheet…', 'file:import', 'CmdOrCtrl+I'),
        item('Import from an Open Referral UK feed…', 'file:importFeed'),
        item('Export…', 'file:export', 'CmdOrCtrl+E'),
        item('Map settings…', 'map:settings', 'CmdOrCtrl+,'),
        { type: 'separator' },
        item('Restore from a backup…', 'map:restoreBackup'),
        ...(isMac ? [] : [{ type: 'separator' } as const, { role: 'quit', label: 'Quit' } as const]),
      ],
    },
    {
      label: '&Edit',
      submenu: [
        item('Undo', 'edit:undo', 'CmdOrCtrl+Z'),
        item('Redo', 'edit:redo', isMac ? 'Cmd+Shift+Z' : 'Ctrl+Shift+Z'),
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        item('Delete', 'edit:delete'),
        item('Select all', 'edit:selectAll', 'CmdOrCtrl+A'),
        { type: 'separator' },
        item('Find a node…', 'edit:find', 'CmdOrCtrl+F'),
      ],
    },
    {
      label: '&Insert',
      submenu: [
        item('Add person', 'node:addPerson'),
        item('Add organisation', 'node:addOrganisation'),
        item('Add space', 'node:addSpace'),
        item('Add project', 'node:addProject'),
      ],
    },
    {
      label: '&View',
      submenu: [
        item('Fit map to screen', 'view:fit', 'CmdOrCtrl+0'),
        item('Zoom in', 'view:zoomIn', 'CmdOrCtrl+='),
        item('Zoom out', 'view:zoomOut', 'CmdOrCtrl+-'),
        item('Show or hide the overview', 'view:toggleMinimap'),
        item('Gap analysis', 'view:gapAnalysis'),
        { type: 'separator' },
        item('Workshop mode', 'workshop:toggle'),
        item('Open audience window', 'workshop:audience'),
        {
          label: 'Workshop',
          submenu: [
            item('Start or pause the timer', 'workshop:timer'),
            item('Reset the timer', 'workshop:resetTimer'),
            item('Next agenda item', 'workshop:nextItem'),
            item('Previous agenda item', 'workshop:previousItem'),
            item('Set the agenda item…', 'workshop:agenda'),
            item('Parking lot', 'workshop:parkingLot'),
            item('Show or hide the editing tools', 'workshop:tools'),
            item('Show or hide the side panels', 'workshop:panels'),
          ],
        },
        {
          label: 'Session',
          submenu: [
            item('Add sticky note', 'session:addStickyNote'),
            item('Vote on the selection', 'session:vote'),
            item('Dot voting…', 'session:voting'),
            item('Save snapshot…', 'session:saveSnapshot'),
            item('Snapshots and compare…', 'session:snapshots'),
          ],
        },
        { type: 'separator' },
        { role: 'togglefullscreen' },
        ...(isDev ? [{ type: 'separator' } as const, { role: 'toggleDevTools' } as const, { role: 'reload' } as const] : []),
      ],
    },
    {
      label: '&Layout',
      submenu: [
        item('Tidy the whole map', 'layout:tidy'),
        {
          label: 'Group by',
          submenu: [
            item('Area', 'layout:groupByArea'),
            item('Kind', 'layout:groupByKind'),
            item('Organisation', 'layout:groupByOrganisation'),
            item('Tag', 'layout:groupByTag'),
            item('Community (who is linked to whom)', 'layout:groupByCommunity'),
          ],
        },
        item('Focus on the selected node', 'layout:focusOneStep'),
        item('Focus on the selected node, two steps out', 'layout:focusTwoSteps'),
        item('Remove overlaps', 'layout:removeOverlaps'),
        { type: 'separator' },
        item('Unpin all', 'layout:unpinAll'),
        item('Stop the layout', 'layout:stop'),
      ],
    },
    {
      label: '&Help',
      submenu: [item('Keyboard shortcuts', 'help:shortcuts'), ...(isMac ? [] : [item('About Good Help Map', 'help:about')])],
    },
  );
  return template;
}
