import { useAppState } from './controllerContext';
import { EditorScreen } from '../editor/EditorScreen';
import { MapListScreen } from '../maps/MapListScreen';

export function App() {
  const screen = useAppState((s) => s.screen);
  if (screen === 'loading') return <p className="loading" role="status">Opening your maps…</p>;
  return screen === 'editor' ? <EditorScreen /> : <MapListScreen />;
}
