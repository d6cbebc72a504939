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
};

/** Shows what merging a file will add and change, before anything does. */
export function MergeDialog() {
  const files = useFileService();
  const dialog = useFileUi((s) => s.dialog);
  if (dialog.kind !== 'merge') return null;
  const { plan, fileName } = dialog;
  const nothing = plan.nodes.length === 0 && plan.links.length === 0 && !plan.meta;
  return (
    <Dialog title={`Merge “${fileName}” into this map`} onClose={() => files.close()} wide>
      <p>
        Things are matched by their ID, then by kind and name. Matched things take the details from the file but stay where they are on this map.
        {plan.unchanged > 0 && ` ${plan.unchanged} ${plan.unchanged === 1 ? 'item is' : 'items are'} already the same.`}
      </p>
      <div className="merge-lists">
        <section aria-labelledby="merge-added">
          <h3 id="merge-added">Will add {plan.addedNodes.length} {plan.addedNodes.length === 1 ? 'thing' : 'things'}</h3>
          <ul>
            {plan.addedNodes.length === 0 && <li className="muted">Nothing new</li>}
            {plan.addedNodes.slice(0, SHOWN).map((name, i) => (
              <li key={i}>{name}</li>
            ))}
            {plan.addedNodes.length > SHOWN && <li className="muted">and {plan.addedNodes.length - SHOWN} more</li>}
          </ul>
        </section>
        <section aria-labelledby="merge-changed">
          <h3 id="merge-changed">Will change {plan.changedNodes.length}</h3>
          <ul>
            {plan.changedNodes.length === 0 && <li className="muted">Nothing already here changes</li>}
            {plan.changedNodes.slice(0, SHOWN).map((c, i) => (
              <li key={i}>
                {c.name} <span className="muted">({c.fields.map((f) => FIELD_WORDS[f] ?? f).join(', ')})</span>
              </li>
            ))}
            {plan.changedNodes.length > SHOWN && <li className="muted">and {plan.changedNodes.length - SHOWN} more</li>}
          </ul>
        </section>
      </div>
      <p>
        Links: {plan.addedLinks} new, {plan.changedLinks} changed.
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
