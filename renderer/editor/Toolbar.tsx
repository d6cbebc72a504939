import { NODE_KINDS, NODE_KIND_LABELS } from '../../shared/model';
import { useAppState, useController } from '../app/controllerContext';
import { KindIcon } from '../canvas/KindIcon';
import { FileMenu } from '../files/FileMenu';
import type { AppCommands } from './appCommands';
import { MapNameField } from './MapNameField';
import { SaveStatusIndicator } from './SaveStatusIndicator';
import { ToolbarSharingStatus } from '../sharing/ToolbarSharingStatus';
import { AnalysisToggleButton } from '../analysis/AnalysisToggleButton';
import { LensMenu } from '../lens/LensMenu';
import { GoodHelpMenu } from '../goodHelp/GoodHelpMenu';
import { ViewsMenu } from '../views/ViewsMenu';
import { QuickCaptureButton } from '../capture/QuickCaptureButton';
import { LayoutMenu } from '../layout/LayoutMenu';
import { WorkshopToggleButton } from '../workshop/WorkshopToggleButton';
import { SessionMenu } from '../stickies/SessionMenu';

const ADD_KEYS = { person: 'P', organisation: 'O', space: 'S', project: 'J' } as const;

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
  // Two rows: the map, its history and the session on top; the tools for working on the map
  // below, so every tool keeps a visible name on a 1366-pixel laptop screen.
  return (
    <header className="toolbar" role="toolbar" aria-label="Map tools">
      <div className="toolbar__row">
        <button type="button" className="button button--quiet" onClick={() => void controller.closeMap()}>
          ← Your maps
        </button>
        <FileMenu />
        <MapNameField />
        <button type="button" className="button button--quiet" onClick={commands['map:settings']} title="Map settings: areas, audiences, help topics and criteria">
          Map settings
        </button>
        <div className="toolbar__group" role="group" aria-label="History">
          <button type="button" className="button" onClick={commands['edit:undo']} disabled={!canUndo} title={undoLabel ? `Undo: ${undoLabel}` : 'Nothing to undo'}>
            Undo
          </button>
          <button type="button" className="button" onClick={commands['edit:redo']} disabled={!canRedo} title={redoLabel ? `Redo: ${redoLabel}` : 'Nothing to redo'}>
            Redo
          </button>
        </div>
        <SaveStatusIndicator />
        <ToolbarSharingStatus />
        <div className="toolbar__group" role="group" aria-label="Workshop">
          <SessionMenu />
          <WorkshopToggleButton />
          <button type="button" className="button button--quiet" onClick={commands['help:shortcuts']} aria-label="Keyboard shortcuts" title="Keyboard shortcuts (?)">
            ?
          </button>
        </div>
      </div>
      <div className="toolbar__row">
        <div className="toolbar__group toolbar__group--first" role="group" aria-label="Add to the map">
          <span className="toolbar__label" aria-hidden="true">
            Add
          </span>
          {NODE_KINDS.map((kind) => (
            <button
              key={kind}
              type="button"
              className={`button toolbar__add toolbar__add--${kind}`}
              aria-label={`Add ${NODE_KIND_LABELS[kind].toLowerCase()}`}
              title={`Add ${NODE_KIND_LABELS[kind].toLowerCase()} (${ADD_KEYS[kind]})`}
              onClick={commands[ADD_COMMANDS[kind]]}
            >
              <KindIcon kind={kind} size={18} />
              {NODE_KIND_LABELS[kind]}
            </button>
          ))}
          <QuickCaptureButton />
        </div>
        <div className="toolbar__group" role="group" aria-label="Navigate">
          <button type="button" className="button" onClick={commands['edit:find']}>
            Find
          </button>
          <button type="button" className="button" onClick={commands['view:fit']}>
            Fit map
          </button>
        </div>
        <div className="toolbar__group" role="group" aria-label="Arrange and look">
          <LayoutMenu commands={commands} />
          <LensMenu />
          <ViewsMenu />
        </div>
        <div className="toolbar__group" role="group" aria-label="Understand">
          <AnalysisToggleButton />
          <GoodHelpMenu />
        </div>
      </div>
    </header>
  );
}
