import { useController } from '../app/controllerContext';
import { timeAgo } from '../maps/timeAgo';
import type { MapNode } from '../../shared/model';
import { useSharingState } from '../sharing/useTeamSharing';

const clock = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

/** "Last changed by Sam, 3 minutes ago": on a shared map, whose change a node shows. */
export function LastChange({ node }: { node: MapNode }) {
  // `node` is passed so this re-renders when the node changes; the stamp is read beside it.
  const stamp = useController().lastChange('nodes', node.id);
  // On a map nobody else works on, every change is this person's own.
  const shared = useSharingState((s) => s.connection !== null);
  if (!stamp || !shared) return null;
  const at = Date.parse(stamp.at);
  if (Number.isNaN(at)) return null;
  return (
    <p className="details__last-change field__hint">
      Last changed by {stamp.by}, <time dateTime={stamp.at} title={clock.format(at)}>{timeAgo(stamp.at)}</time>
    </p>
  );
}
