import { useAppState } from '../app/controllerContext';
import type { Store } from '../state/store';
import { useStoreSelector } from '../state/store';
import { AgendaClock } from '../workshop/AgendaClock';
import type { AudienceStatus } from './audienceFollower';

/**
 * Words on the audience screen, kept few: which map it follows (a caption that fades), what
 * part of it is brought forward, and the agenda timer when the facilitator runs one.
 */
export function AudienceOverlay({ status }: { status: Store<AudienceStatus> }) {
  const phase = useStoreSelector(status, (s) => s.phase);
  const mapName = useStoreSelector(status, (s) => s.mapName);
  const timer = useStoreSelector(status, (s) => s.timer);
  const emphasis = useAppState((s) => s.emphasis?.label);
  return (
    <>
      {phase === 'waiting' && (
        <p className="audience__message" role="status">
          Audience view. Waiting for the facilitator’s window: open a map there.
        </p>
      )}
      {phase === 'closed' && (
        <p className="audience__message" role="status">
          The facilitator has closed the map.
        </p>
      )}
      {/* A strip of its own above the map, so no name is ever under these words. */}
      {phase === 'following' && (
        <header className="audience__bar">
          {emphasis && <p className="audience__emphasis">Showing: {emphasis}</p>}
          <p key={mapName} className="audience__caption" role="status">
            Audience view — following {mapName}
          </p>
        </header>
      )}
      {phase === 'following' && timer && (
        <div className="audience__timer">
          <AgendaClock title={timer.title} minutes={timer.minutes} elapsedMs={timer.elapsedMs} startedAt={timer.startedAt} />
        </div>
      )}
    </>
  );
}
