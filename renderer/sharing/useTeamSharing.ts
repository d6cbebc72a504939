import { useController } from '../app/controllerContext';
import type { EditorController } from '../state/editorController';
import { useStoreSelector } from '../state/store';
import type { ConnectPolicy } from './connectPolicy';
import { TeamSharing, type TeamSharingState } from './teamSharing';

const registry = new WeakMap<EditorController, TeamSharing>();

/** The app's one TeamSharing for a controller, made at start-up with the profile's storage. */
export function createTeamSharing(controller: EditorController, storage: Storage | undefined, policy: ConnectPolicy | null = null): TeamSharing {
  const sharing = new TeamSharing(controller, storage, policy);
  registry.set(controller, sharing);
  return sharing;
}

/** The controller's TeamSharing; one that remembers nothing is made if start-up did not make one. */
export function teamSharingFor(controller: EditorController): TeamSharing {
  return registry.get(controller) ?? createTeamSharing(controller, undefined);
}

export function useTeamSharing(): TeamSharing {
  return teamSharingFor(useController());
}

export function useSharingState<T>(selector: (state: TeamSharingState) => T): T {
  return useStoreSelector(useTeamSharing().store, selector);
}
