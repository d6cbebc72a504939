import { useRefitWhenCovered } from '../canvas/useRefitWhenCovered';
import { ComparePanel } from '../snapshots/ComparePanel';
import { SaveSnapshotDialog } from '../snapshots/SaveSnapshotDialog';
import { SnapshotsDialog } from '../snapshots/SnapshotsDialog';
import { VotePicker } from '../voting/VotePicker';
import { VotingPanel } from '../voting/VotingPanel';
import { useSessionUi } from './sessionUi';
import './stickies.css';

/** The workshop tools over the map: the voting or compare panel, and their dialogs. */
export function SessionLayer() {
  const panel = useSessionUi((s) => s.panel);
  const dialog = useSessionUi((s) => s.dialog);
  useRefitWhenCovered(panel === 'voting' || panel === 'compare' ? panel : null);
  return (
    <>
      {panel === 'voting' && <VotingPanel />}
      {panel === 'compare' && <ComparePanel />}
      {dialog === 'saveSnapshot' && <SaveSnapshotDialog />}
      {dialog === 'snapshots' && <SnapshotsDialog />}
      {dialog === 'votePicker' && <VotePicker />}
    </>
  );
}
