import type { Id } from '../../shared/model';
import type { MapSnapshotSummary } from '../../shared/snapshots/mapSnapshotRecord';
import type { EditorController } from '../state/editorController';
import { sessionUiFor } from '../stickies/sessionUi';
import * as snapshots from '../storage/snapshotRepository';


function describe(error: unknown): string {
  if (error instanceof Error && error.name === 'QuotaExceededError') return 'the disk is full. Free some space, then try again';
  return error instanceof Error ? error.message : String(error);
}

export async function saveSnapshot(controller: EditorController, name: string): Promise<boolean> {
  const doc = controller.state.doc;
  if (!doc) return false;
  try {
    await controller.flush();
    await snapshots.saveMapSnapshot(controller.database, controller.state.doc ?? doc, name.trim());
    controller.notify('info', `Snapshot “${name.trim()}” saved. Session ▸ Snapshots and compare… shows what changes from here.`);
    return true;
  } catch (error) {
    controller.notify('error', `The snapshot could not be saved: ${describe(error)}.`);
    return false;
  }
}

export async function listSnapshots(controller: EditorController): Promise<MapSnapshotSummary[]> {
  const mapId = controller.state.doc?.meta.id;
  if (!mapId) return [];
  const { snapshots: list, problems } = await snapshots.listMapSnapshots(controller.database, mapId);
  if (problems.length) controller.notify('warning', `${problems.length} snapshot${problems.length === 1 ? '' : 's'} could not be read and ${problems.length === 1 ? 'is' : 'are'} not listed.`);
  return list;
}

export async function renameSnapshot(controller: EditorController, id: Id, name: string): Promise<boolean> {
  if (!name.trim()) {
    controller.notify('error', 'A snapshot needs a name.');
    return false;
  }
  try {
    await snapshots.renameMapSnapshot(controller.database, id, name.trim());
    return true;
  } catch (error) {
    controller.notify('error', `The snapshot could not be renamed: ${describe(error)}.`);
    return false;
  }
}

export async function deleteSnapshot(controller: EditorController, id: Id): Promise<void> {
  await snapshots.deleteMapSnapshot(controller.database, id);
}

/** Opens a snapshot as a map of its own, leaving this map as it is. */
export async function restoreAsNewMap(controller: EditorController, id: Id): Promise<void> {
  try {
    const record = await snapshots.loadMapSnapshot(controller.database, id);
    await controller.openSnapshot(record.snapshot, `${record.snapshot.map.name} (${record.name})`.slice(0, 200));
  } catch (error) {
    controller.notify('error', `The snapshot could not be opened: ${describe(error)}.`);
  }
}

/** Shows what changed between two snapshots, or (afterId null) between a snapshot and the map now. */
export async function compareSnapshots(controller: EditorController, beforeId: Id, afterId: Id | null): Promise<boolean> {
  try {
    const before = await snapshots.loadMapSnapshot(controller.database, beforeId);
    const after = afterId ? await snapshots.loadMapSnapshot(controller.database, afterId) : null;
    sessionUiFor(controller).set({
      panel: 'compare',
      dialog: 'none',
      comparison: {
        before: before.snapshot,
        after: after?.snapshot ?? null,
        beforeName: before.name,
        afterName: after ? after.name : 'the map now',
      },
    });
    return true;
  } catch (error) {
    controller.notify('error', `Those snapshots could not be compared: ${describe(error)}.`);
    return false;
  }
}
