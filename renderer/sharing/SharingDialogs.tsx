import { useAppState, useController } from '../app/controllerContext';
import { nodeCounts } from '../state/nodeCounts';
import { JoinDialog } from './JoinDialog';
import { ShareDialog } from './ShareDialog';
import { useSharingState, useTeamSharing } from './useTeamSharing';

/** File ▸ Share with your team… and Join a shared map…, on whichever screen asked for them. */
export function SharingDialogs() {
  const controller = useController();
  const sharing = useTeamSharing();
  const dialog = useSharingState((s) => s.dialog);
  const mapName = useAppState((s) => s.doc?.meta.name ?? '');
  const peopleOnMap = useAppState((s) => (s.doc ? nodeCounts(s.doc.nodes).people : 0));
  const resuming = useSharingState((s) => s.resuming);
  const close = () => sharing.closeDialog();
  if (dialog === 'join') return <JoinDialog resume={resuming?.kind === 'join' ? resuming : null} initialName={controller.displayName} join={(invite, name) => sharing.join(invite, name)} onClose={close} />;
  if (dialog === 'share' && mapName)
    return <ShareDialog resume={resuming?.kind === 'share' ? resuming : null} mapName={mapName} peopleOnMap={peopleOnMap} initialServer={sharing.lastServerAddress} initialName={controller.displayName} share={(request) => sharing.share(request)} onClose={close} />;
  return null;
}
