import { NODE_KIND_LABELS } from '../../shared/model';
import { useController } from '../app/controllerContext';
import { KindIcon } from '../canvas/KindIcon';
import { nodeFieldCommitter } from './commitField';
import { LastChange } from './LastChange';
import { NodeLinks } from './NodeLinks';
import { CommonFields, NameField } from './CommonFields';
import { startMoving } from '../editor/moveMode';
import { CustomFieldsEditor } from './CustomFieldsEditor';
import { OrganisationFields } from './OrganisationFields';
import { PersonFields } from './PersonFields';
import { ProjectFields } from './ProjectFields';
import { ReflectionFields } from './ReflectionFields';
import { SpaceFields } from './SpaceFields';
import { useNodeDetails } from './useNodeDetails';

/** Every field of one node. Reads only that node, so edits elsewhere do not re-render it. */
export function NodeDetails({ id }: { id: string }) {
  const controller = useController();
  const node = useNodeDetails(id);
  if (!node) return null;
  const commit = nodeFieldCommitter(controller, id);
  const kind = NODE_KIND_LABELS[node.kind];
  return (
    <div className={`details details--${node.kind}`}>
      <h2 className="details__kind">
        <KindIcon kind={node.kind} size={20} />
        {kind}
      </h2>
      <NameField node={node} commit={commit} />
      {/* The pointer's ways to do what a drag does: place it with a click, link it from a list (WCAG 2.5.7). */}
      <div className="details__actions" role="group" aria-label="On the map">
        <button type="button" className="button" onClick={() => startMoving({ kind: 'node', id, name: node.name || `this ${kind.toLowerCase()}` })} title="Then click on the map where it should go (or select it and use the arrow keys)">
          Move on the map
        </button>
        <button type="button" className="button" onClick={() => controller.setDialog('link')} aria-keyshortcuts="L" title="Link to another node (L)">
          Link to…
        </button>
      </div>
      <NodeLinks id={id} />
      {node.kind === 'person' && <PersonFields node={node} commit={commit} />}
      {node.kind === 'organisation' && <OrganisationFields node={node} commit={commit} />}
      {node.kind === 'space' && <SpaceFields node={node} commit={commit} />}
      {node.kind === 'project' && <ProjectFields node={node} commit={commit} />}
      <CommonFields node={node} commit={commit} />
      <CustomFieldsEditor record={node} commit={commit} />
      <ReflectionFields node={node} />
      <div className="details__footer">
        <LastChange node={node} />
        <button type="button" className="button button--danger" onClick={() => controller.dispatch({ type: 'deleteElements', args: { nodeIds: [id], linkIds: [] } })}>
          Delete this {kind.toLowerCase()}
        </button>
      </div>
    </div>
  );
}
