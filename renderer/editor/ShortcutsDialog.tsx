import { useController } from '../app/controllerContext';
import { Dialog } from '../components/Dialog';
import { SHORTCUTS } from './keyboardShortcuts';

const isMac = typeof navigator !== 'undefined' && /Mac/i.test(navigator.platform);

function keyName(s: (typeof SHORTCUTS)[number]): string {
  const parts = [s.mod ? (isMac ? '⌘' : 'Ctrl') : '', s.shift ? 'Shift' : '', s.key.length === 1 ? s.key.toUpperCase() : s.key];
  return parts.filter(Boolean).join(' + ');
}

const MORE: readonly [string, string][] = [
  ['Q', 'Quick capture: type or paste a list of names'],
  ['Enter or Esc in a field', 'Back to the map from the Details panel'],
  [isMac ? '⌘ + C / X / V' : 'Ctrl + C / X / V', 'Copy, cut and paste nodes'],
  ['Tab', 'Onto the map (one stop, on the selected node) and on to the next control'],
  ['Arrow keys on the map', 'Go to the nearest node that way'],
  ['Home / End on the map', 'Go to the first / last node'],
  ['Enter or Space on a node', 'Select it'],
  ['Shift + arrow keys', 'Move the selected node'],
  ['Shift + drag', 'Select several nodes with a box'],
  ['Double-click the map', 'Add something there'],
  ['Escape', 'Close a dialog'],
];

export function ShortcutsDialog() {
  const controller = useController();
  const seen = new Set<string>();
  const rows = SHORTCUTS.filter((s) => (seen.has(s.label) ? false : (seen.add(s.label), true)));
  return (
    <Dialog title="Keyboard shortcuts" wide onClose={() => controller.setDialog('none')}>
      <table className="shortcuts">
        <tbody>
          {rows.map((s) => (
            <tr key={s.label}>
              <td><kbd>{keyName(s)}</kbd></td>
              <td>{s.label}</td>
            </tr>
          ))}
          {MORE.map(([keys, label]) => (
            <tr key={label}>
              <td><kbd>{keys}</kbd></td>
              <td>{label}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Dialog>
  );
}
