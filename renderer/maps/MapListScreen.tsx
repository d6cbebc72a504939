import { useState } from 'react';
import { useAppState, useController } from '../app/controllerContext';
import { NoticeBar } from '../editor/NoticeBar';
import { desktopBridge } from '../platform/desktopBridge';
import { BackupsDialog } from '../platform/BackupsDialog';
import { FileDialogs } from '../files/FileDialogs';
import { useTeamSharing } from '../sharing/useTeamSharing';
import { StartFileActions } from '../files/StartFileActions';
import { MapListItem } from './MapListItem';
import { useDemoMap } from './useDemoMap';

/** The start screen: create a map, open the demo, or carry on with one of your maps. */
export function MapListScreen() {
  const controller = useController();
  const maps = useAppState((s) => s.maps);
  const dataLoss = useAppState((s) => s.dataLossDetected);
  const problems = useAppState((s) => s.problems);
  const dialog = useAppState((s) => s.dialog);
  const openDemo = useDemoMap();
  const sharing = useTeamSharing();
  const [name, setName] = useState('');
  const live = maps.filter((m) => !m.deletedAt);
  const binned = maps.filter((m) => m.deletedAt);

  return (
    <div className="start">
      <main className="start__main">
        <header className="start__hero">
          <h1>Good Help Map</h1>
          <p>Map the people, organisations, spaces and projects that help people in your area — and find where there is nowhere safe to ask for help.</p>
        </header>
        {dataLoss && (
          <div className="banner banner--warning" role="alert">
            <strong>Your maps could not be found.</strong> This app&rsquo;s storage appears to have been cleared (for example
            by a full disk or a browser clean-up).{' '}
            {desktopBridge ? (
              <>
                You can get them back from a backup:{' '}
                <button type="button" className="button" onClick={() => controller.setDialog('backups')}>
                  Restore from a backup
                </button>
              </>
            ) : (
              'If you saved copies of your maps as files, open them again.'
            )}
          </div>
        )}
        {problems.length > 0 && (
          <div className="banner banner--warning" role="alert">
            Some saved maps could not be read and are not listed: {problems.join('; ')}
          </div>
        )}
        <section className="start__actions" aria-labelledby="new-map-heading">
          <h2 id="new-map-heading">Start a map</h2>
          <form
            className="start__new"
            onSubmit={(e) => {
              e.preventDefault();
              void controller.newMap(name.trim() || 'Untitled map');
            }}
          >
            <label className="field">
              <span className="field__label">Name of the new map</span>
              <input value={name} onChange={(e) => setName(e.target.value)} placeholder="e.g. Kirkholt neighbourhood offer" maxLength={200} />
            </label>
            <button type="submit" className="button button--primary">
              Create map
            </button>
          </form>
          <p className="start__demo">
            New here?{' '}
            <button type="button" className="button" onClick={openDemo}>
              Open the demo map
            </button>{' '}
            — a made-up borough with spaces, groups and projects to explore.
          </p>
          <p className="start__join">
            Working with colleagues?{' '}
            <button type="button" className="button" onClick={() => sharing.openDialog('join')}>
              Join a shared map…
            </button>{' '}
            — paste the invite they sent you.
          </p>
          <StartFileActions />
        </section>
        <section aria-labelledby="your-maps-heading">
          <h2 id="your-maps-heading">Your maps</h2>
          {live.length === 0 ? (
            <p className="muted">You have no maps yet. They are kept on this computer, and saved as you work.</p>
          ) : (
            <ul className="map-list">
              {live.map((m) => (
                <MapListItem key={m.id} map={m} />
              ))}
            </ul>
          )}
        </section>
        {binned.length > 0 && (
          <details className="bin">
            <summary>Bin ({binned.length}) — maps are kept here for 30 days</summary>
            <ul className="map-list">
              {binned.map((m) => (
                <MapListItem key={m.id} map={m} />
              ))}
            </ul>
          </details>
        )}
      </main>
      <NoticeBar />
      {dialog === 'backups' && <BackupsDialog />}
      <FileDialogs />
    </div>
  );
}
