import { useContext, useSyncExternalStore } from 'react';
import { ControllerContext } from '../app/controllerContext';
import type { EditorController } from '../state/editorController';
import { AnalysisService, type AnalysisState } from './analysisService';

const services = new WeakMap<EditorController, AnalysisService>();

/** One analysis service per controller, made on first use, so no provider has to be wired in. */
export function analysisServiceFor(controller: EditorController): AnalysisService {
  let service = services.get(controller);
  if (!service) {
    service = new AnalysisService(controller, { storage: safeStorage() });
    services.set(controller, service);
  }
  return service;
}

export function useAnalysisService(): AnalysisService {
  const controller = useContext(ControllerContext);
  if (!controller) throw new Error('useAnalysisService must be used inside <ControllerContext.Provider>');
  return analysisServiceFor(controller);
}

/** Reads one slice of the analysis state; re-renders only when it changes. */
export function useAnalysis<T>(selector: (state: AnalysisState) => T): T {
  const service = useAnalysisService();
  return useSyncExternalStore(service.store.subscribe, () => selector(service.store.get()));
}

function safeStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}
