import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { buildMenuTemplate } from '../../electron/menu';
import { MENU_COMMANDS, type MenuCommand } from '../../shared/ipc/menuCommands';

function items(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((i) => [i, ...(Array.isArray(i.submenu) ? items(i.submenu) : [])]);
}

function commandsOf(platform: NodeJS.Platform) {
  const sent: MenuCommand[] = [];
  const all = items(buildMenuTemplate({ platform, isDev: false, send: (c) => sent.push(c) }));
  for (const item of all) item.click?.({} as never, undefined, {} as never);
  return { sent, all };
}

describe('the native menu', () => {
  it.each(['win32', 'darwin', 'linux'] as const)('on %s reaches every command but the clipboard ones, which use native roles', (platform) => {
    const { sent, all } = commandsOf(platform);
    const clipboard: MenuCommand[] = ['edit:cut', 'edit:copy', 'edit:paste'];
    expect(new Set(sent)).toEqual(new Set(MENU_COMMANDS.filter((c) => !clipboard.includes(c))));
    expect(all.filter((i) => i.role && ['cut', 'copy', 'paste'].includes(i.role)).length).toBe(3);
    expect(all.map((i) => i.label)).toEqual(expect.arrayContaining(['&File', '&Edit', '&View', '&Help']));
  });

  it('has the standard shortcuts for undo, redo, find and new', () => {
    const { all } = commandsOf('win32');
    const accel = (label: string) => all.find((i) => i.label === label)?.accelerator;
    expect(accel('Undo')).toBe('CmdOrCtrl+Z');
    expect(accel('Redo')).toBe('Ctrl+Shift+Z');
    expect(accel('Find a node…')).toBe('CmdOrCtrl+F');
    expect(accel('New map')).toBe('CmdOrCtrl+N');
  });

  it('offers developer tools only in development', () => {
    const roles = (isDev: boolean) => items(buildMenuTemplate({ platform: 'linux', isDev, send: () => undefined })).map((i) => i.role);
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(roles(true)).toContain('toggleDevTools');
  });
});
