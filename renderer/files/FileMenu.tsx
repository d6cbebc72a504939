import { MenuButton, MenuGroup, MenuHint, MenuItem } from '../components/MenuButton';
import { desktopBridge } from '../platform/desktopBridge';
import { createFileCommands } from './fileCommands';
import { useController } from '../app/controllerContext';
import { useFileService, useFileUi } from './useFileService';

/** The toolbar's File button: open, save, share, import and export, and recent files. */
export function FileMenu() {
  const controller = useController();
  const files = useFileService();
  const recent = useFileUi((s) => s.recent);
  const commands = createFileCommands(controller);
  return (
    <MenuButton label="File" menuLabel="File" onOpen={() => void files.refreshRecent()}>
      <MenuGroup>
        <MenuItem onSelect={commands['file:open']}>
          Open a map file… <MenuHint>Opens as a new map</MenuHint>
        </MenuItem>
        <MenuItem onSelect={commands['file:saveAs']}>
          {desktopBridge ? 'Save as a file…' : 'Download as a file'} <MenuHint>.ghmap</MenuHint>
        </MenuItem>
        <MenuItem onSelect={commands['file:saveShareable']}>
          Save a shareable copy… <MenuHint>Anonymise or lock</MenuHint>
        </MenuItem>
        <MenuItem onSelect={commands['file:shareWithTeam']}>
          Share with your team… <MenuHint>Work on it together</MenuHint>
        </MenuItem>
        <MenuItem onSelect={() => void files.chooseFileToMerge()}>
          Merge a map file into this map… <MenuHint>Preview first</MenuHint>
        </MenuItem>
      </MenuGroup>
      <MenuGroup>
        <MenuItem onSelect={commands['file:import']}>
          Import a spreadsheet… <MenuHint>Kumu, Gephi, CSV, Excel</MenuHint>
        </MenuItem>
        <MenuItem onSelect={() => void files.needFigures.choose()}>
          Import need figures… <MenuHint>Indices of Deprivation</MenuHint>
        </MenuItem>
        <MenuItem onSelect={commands['file:importFeed']}>
          Import from an Open Referral UK feed… <MenuHint>Service directory</MenuHint>
        </MenuItem>
        <MenuItem onSelect={commands['file:export']}>
          Export… <MenuHint>Kumu, Gephi, picture</MenuHint>
        </MenuItem>
      </MenuGroup>
      {recent.length > 0 && (
        <MenuGroup heading="Recent files">
          {recent.slice(0, 6).map((r) => (
            <MenuItem key={r.path} name={`Open recent file ${r.name}`} onSelect={() => void files.openRecent(r.path)}>
              <span title={r.path}>{r.name}</span>
            </MenuItem>
          ))}
        </MenuGroup>
      )}
    </MenuButton>
  );
}
