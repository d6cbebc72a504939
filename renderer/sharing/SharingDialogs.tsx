import { useAppState, useController } from '../app/controllerContext';
import { nodeCounts } from '../state/nodeCounts';
import { JoinDialog } from './JoinDialog';
import { ShareDialog } from './ShareDialog';
import { SharedMapDialog } from './SharedMapDialog';
import { useSharingState, useTeamSharing } from './useTeamSharing';

/** File ▸ Share with your team… and Join a shared map…, on whichever screen asked for them. */
export function SharingDialogs() {
  const controller = useController();
  const sharing = useTeamSharing();
  const dialog = useSharingState((s) => s.dialog);
  const mapName = useAppState((s) => s.doc?.meta.name ?? '');
  const peopleOnMap = useAppState((s) => (s.doc ? nodeCounts(s.doc.nodes).people : 0));
  const resuming = useSharingState((s) => s.resuming);
  const connection = useSharingState((s) => s.connection);
  const invites = useSharingState((s) => s.invites);
  const serverLabel = useSharingState((s) => s.serverLabel);
  const close = () => sharing.closeDialog();
  // A map already shared shows its invites and who is on it, not the form again (unless this
  // dialog is the one that just shared it, which shows its own invites).
  if (dialog === 'share' && mapName && connection && !resuming && !sharing.sharingNow)
    return <SharedMapDialog mapName={mapName} serverLabel={serverLabel} statusText={connection.status.text} invites={invites} people={connection.people} onClose={close} />;
  if (dialog === 'join') return <JoinDialog resume={resuming?.kind === 'join' ? resuming : null} initialName={controller.displayName} join={(invite, name) => sharing.join(invite, name)} onClose={close} />;
  if (dialog === 'share' && mapName)
    return <ShareDialog resume={resuming?.kind === 'share' ? resuming : null} mapName={mapName} peopleOnMap={peopleOnMap} initialServer={sharing.lastServerAddress} initialName={controller.displayName} share={(request) => sharing.share(request)} onClose={close} />;
  return null;
}
