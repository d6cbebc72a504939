import { useRefitWhenCovered } from '../canvas/useRefitWhenCovered';
import { SaveSnapshotDialog } from '../snapshots/SaveSnapshotDialog';
import { SnapshotsDialog } from '../snapshots/SnapshotsDialog';
import { VotePicker } from '../voting/VotePicker';
import { useSessionUi } from './sessionUi';
import './stickies.css';

/**
 * The workshop tools' dialogs, and a refit when the voting or compare panel opens (the panels
 * themselves dock beside the map, in SideColumn.tsx).
 */
export function SessionLayer() {
  const panel = useSessionUi((s) => s.panel);
  const dialog = useSessionUi((s) => s.dialog);
  useRefitWhenCovered(panel === 'voting' || panel === 'compare' ? panel : null);
  return (
    <>
      {dialog === 'saveSnapshot' && <SaveSnapshotDialog />}
      {dialog === 'snapshots' && <SnapshotsDialog />}
      {dialog === 'votePicker' && <VotePicker />}
    </>
  );
}
