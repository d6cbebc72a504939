import { useAppState } from './controllerContext';
import { EditorScreen } from '../editor/EditorScreen';
import { MapListScreen } from '../maps/MapListScreen';
import { StorageFailureScreen } from './StorageFailureScreen';

export function App() {
  const screen = useAppState((s) => s.screen);
  if (screen === 'loading') return <p className="loading" role="status">Opening your maps…</p>;
  if (screen === 'storageFailed') return <StorageFailureScreen />;
  return screen === 'editor' ? <EditorScreen /> : <MapListScreen />;
}
