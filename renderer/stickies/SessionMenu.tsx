import { useReactFlow } from '@xyflow/react';
import { useController } from '../app/controllerContext';
import { MenuButton, MenuItem } from '../components/MenuButton';
import { sessionUiFor, useSessionUi } from './sessionUi';
import { addStickyNote } from './stickyActions';
import { useSessionKeys } from './useSessionKeys';

/** The toolbar's "Session" menu: sticky notes, dot voting and snapshots for a workshop. */
export function SessionMenu() {
  const controller = useController();
  const flow = useReactFlow();
  const panel = useSessionUi((s) => s.panel);
  useSessionKeys();
  const ui = sessionUiFor(controller);
  return (
    <MenuButton label="Session" menuLabel="Session" title="Sticky notes, dot voting and snapshots" pressed={panel !== 'none'}>
      <MenuItem name="Add sticky note" onSelect={() => addStickyNote(controller, flow)}>
        Add sticky note <kbd className="menu__key">N</kbd>
      </MenuItem>
      <MenuItem onSelect={() => ui.set({ panel: panel === 'voting' ? 'none' : 'voting' })}>{panel === 'voting' ? 'Hide dot voting' : 'Dot voting…'}</MenuItem>
      <MenuItem onSelect={() => ui.set({ dialog: 'saveSnapshot' })}>Save snapshot…</MenuItem>
      <MenuItem onSelect={() => ui.set({ dialog: 'snapshots' })}>Snapshots and compare…</MenuItem>
    </MenuButton>
  );
}
