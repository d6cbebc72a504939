import type { ReactNode } from 'react';
import type { MergeChange } from '../../shared/files/planMerge';
import { isEmptyStateMerge } from '../../shared/files/planStateMerge';
import { Dialog } from '../components/Dialog';
import { useFileService, useFileUi } from './useFileService';

const SHOWN = 12;

const FIELD_WORDS: Record<string, string> = {
  name: 'name',
  kind: 'kind',
  tags: 'tags',
  notes: 'notes',
  lastChecked: 'last checked',
  selfAssessment: 'reflection',
  role: 'role',
  skills: 'skills',
  isAdvocate: 'advocate',
  eventsAttended: 'events',
  sensitive: 'sensitive',
  contact: 'contact',
  orgType: 'type',
  helpTopics: 'help topics',
  areasServed: 'areas',
  website: 'website',
  areaId: 'area',
  address: 'address',
  postcode: 'postcode',
  sessions: 'opening times',
  audiences: 'who it welcomes',
  criteriaMet: 'criteria',
  status: 'status',
  lead: 'lead',
  evaluationCategory: 'evaluation',
  fidelity: 'fidelity',
  quality: 'quality',
  impact: 'impact',
  customFields: 'custom fields',
  position: 'place on the map',
  reflections: 'reflections',
};

/** A titled list of names, at most SHOWN of them. */
function NameList({ id, title, empty, items }: { id: string; title: string; empty: string; items: readonly ReactNode[] }) {
  return (
    <section aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      <ul>
        {items.length === 0 && <li className="muted">{empty}</li>}
        {items.slice(0, SHOWN).map((item, i) => (
          <li key={i}>{item}</li>
        ))}
        {items.length > SHOWN && <li className="muted">and {items.length - SHOWN} more</li>}
      </ul>
    </section>
  );
}

const things = (n: number) => `${n} ${n === 1 ? 'thing' : 'things'}`;
const changeItem = (c: MergeChange) => (
  <>
    {c.name} <span className="muted">({c.fields.map((f) => FIELD_WORDS[f] ?? f).join(', ')})</span>
  </>
);

/** Shows what merging a file will add and change, before anything does. */
export function MergeDialog() {
  const files = useFileService();
  const dialog = useFileUi((s) => s.dialog);
  if (dialog.kind !== 'merge' && dialog.kind !== 'mergeCopy') return null;
  const { fileName } = dialog;
  const copy = dialog.kind === 'mergeCopy' ? dialog.plan : null;
  const plan = dialog.kind === 'merge' ? dialog.plan : null;
  const nothing = copy ? isEmptyStateMerge(copy) : plan!.nodes.length === 0 && plan!.links.length === 0 && !plan!.meta;
  const added = (copy ?? plan)!.addedNodes;
  const changed = (copy ?? plan)!.changedNodes;
  return (
    <Dialog title={`Merge “${fileName}” into this map`} onClose={() => files.close()} wide>
      {copy ? (
        <p>
          This file is a copy of this map. Both copies’ changes are kept, field by field, and anything deleted in either copy is deleted.
          {copy.metaChanged && ' The map’s own lists (areas, sticky notes, views or votes) change too.'}
        </p>
      ) : (
        <p>
          Things are matched by their ID, then by kind and name. Matched things take the details from the file but stay where they are on this map.
          {plan!.unchanged > 0 && ` ${plan!.unchanged} ${plan!.unchanged === 1 ? 'item is' : 'items are'} already the same.`}
        </p>
      )}
      <div className="merge-lists">
        <NameList id="merge-added" title={`Will add ${things(added.length)}`} empty="Nothing new" items={added} />
        <NameList id="merge-changed" title={`Will change ${changed.length}`} empty="Nothing already here changes" items={changed.map(changeItem)} />
        {copy && <NameList id="merge-removed" title={`Will remove ${things(copy.removedNodes.length)}`} empty="Nothing is removed" items={copy.removedNodes} />}
      </div>
      <p>
        Links: {(copy ?? plan)!.addedLinks} new, {(copy ?? plan)!.changedLinks} changed{copy ? `, ${copy.removedLinks} removed` : ''}.
      </p>
      <div className="dialog__actions">
        <button type="button" className="button" onClick={() => files.close()}>
          Cancel
        </button>
        <button type="button" className="button button--primary" disabled={nothing} onClick={() => files.confirmMerge()}>
          {nothing ? 'Nothing to merge' : 'Merge'}
        </button>
      </div>
    </Dialog>
  );
}
