import { NODE_KINDS, NODE_KIND_LABELS } from '../../shared/model';
import { useAppState, useController } from '../app/controllerContext';
import { KindIcon } from '../canvas/KindIcon';
import type { AppCommands } from './appCommands';
import { MapNameField } from './MapNameField';
import { SaveStatusIndicator } from './SaveStatusIndicator';

const ADD_COMMANDS = {
  person: 'node:addPerson',
  organisation: 'node:addOrganisation',
  space: 'node:addSpace',
  project: 'node:addProject',
} as const;

export function Toolbar({ commands }: { commands: AppCommands }) {
  const controller = useController();
  const canUndo = useAppState((s) => s.history.undo.length > 0);
  const canRedo = useAppState((s) => s.history.redo.length > 0);
  const undoLabel = useAppState((s) => s.history.undo[s.history.undo.length - 1]?.label);
  const redoLabel = useAppState((s) => s.history.redo[s.history.redo.length - 1]?.label);
  return (
    <header className="toolbar" role="toolbar" aria-label="Map tools">
      <button type="button" className="button button--quiet" onClick={() => void controller.closeMap()}>
        ← Your maps
      </button>
      <MapNameField />
      <button type="button" className="button button--quiet toolbar__settings" onClick={commands['map:settings']} title="Map settings: areas, audiences, help topics and criteria">
        Map settings
      </button>
      <div className="toolbar__group" role="group" aria-label="Add to the map">
        {NODE_KINDS.map((kind) => (
          <button
            key={kind}
            type="button"
            className={`button toolbar__add toolbar__add--${kind}`}
            onClick={commands[ADD_COMMANDS[kind]]}
          >
            <KindIcon kind={kind} size={18} />
            Add {NODE_KIND_LABELS[kind].toLowerCase()}
          </button>
        ))}
      </div>
      <div className="toolbar__group" role="group" aria-label="History">
        <button type="button" className="button" onClick={commands['edit:undo']} disabled={!canUndo} title={undoLabel ? `Undo: ${undoLabel}` : 'Nothing to undo'}>
          Undo
        </button>
        <button type="button" className="button" onClick={commands['edit:redo']} disabled={!canRedo} title={redoLabel ? `Redo: ${redoLabel}` : 'Nothing to redo'}>
          Redo
        </button>
      </div>
      <div className="toolbar__group" role="group" aria-label="View">
        <button type="button" className="button" onClick={commands['edit:find']}>
          Find
        </button>
        <button type="button" className="button" onClick={commands['view:fit']}>
          Fit map
        </button>
        <button type="button" className="button button--quiet" onClick={commands['help:shortcuts']} aria-label="Keyboard shortcuts">
          ?
        </button>
      </div>
      <SaveStatusIndicator />
    </header>
  );
}
