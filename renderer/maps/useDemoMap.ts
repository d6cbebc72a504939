import { useCallback } from 'react';
import { useController } from '../app/controllerContext';

/** Opens a fresh copy of the demo map; it is loaded on demand so it costs nothing at start-up. */
export function useDemoMap(): () => void {
  const controller = useController();
  return useCallback(() => {
    void import('../../assets/demo-map.json').then(
      (module) => controller.openSnapshot(module.default),
      () => controller.notify('error', 'The demo map could not be loaded. Try reinstalling the app.'),
    );
  }, [controller]);
}
