import { SharingStatusBadge } from './SharingStatusBadge';
import { useSharingState } from './useTeamSharing';

/** Where a shared map stands, in the toolbar; nothing for a map that is not shared. */
export function ToolbarSharingStatus() {
  const connection = useSharingState((s) => s.connection);
  if (!connection) return null;
  return <SharingStatusBadge status={connection.status} people={connection.people} />;
}
