import { useEffect } from 'react';
import { retainLensService } from '../lens/lensService';
import { useAppState, useController } from './controllerContext';
import { EditorScreen } from '../editor/EditorScreen';
import { MapListScreen } from '../maps/MapListScreen';
import { StorageFailureScreen } from './StorageFailureScreen';

export function App() {
  const controller = useController();
  // The lens is worked out as a map opens, in the same change, rather than once the legend has
  // mounted: the first picture of a big map is then drawn once, in its lens's colours.
  useEffect(() => retainLensService(controller), [controller]);
  const screen = useAppState((s) => s.screen);
  if (screen === 'loading') return <p className="loading" role="status">Opening your maps…</p>;
  if (screen === 'storageFailed') return <StorageFailureScreen />;
  return screen === 'editor' ? <EditorScreen /> : <MapListScreen />;
}
