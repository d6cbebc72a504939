import { useRef, useState, type KeyboardEvent } from 'react';
import { useController } from '../app/controllerContext';
import { Dialog } from '../components/Dialog';
import { AreasEditor } from './AreasEditor';
import { CustomFieldsList } from './CustomFieldsList';
import { LabelListEditor } from './LabelListEditor';

const TABS = [
  { id: 'areas', label: 'Areas' },
  { id: 'audiences', label: 'Who spaces welcome' },
  { id: 'topics', label: 'Help topics' },
  { id: 'criteria', label: 'Safe-disclosure criteria' },
  { id: 'custom', label: 'Custom fields' },
] as const;
type Tab = (typeof TABS)[number]['id'];

/** The map's own lists, which every place defines a little differently. Every change can be undone. */
export function MapSettingsDialog() {
  const controller = useController();
  const [tab, setTab] = useState<Tab>('areas');
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);
  const onKeyDown = (event: KeyboardEvent) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    event.preventDefault();
    const next = (TABS.findIndex((t) => t.id === tab) + step + TABS.length) % TABS.length;
    setTab(TABS[next]!.id);
    tabs.current[next]?.focus();
  };
  return (
    <Dialog title="Map settings" wide onClose={() => controller.setDialog('none')}>
      <div role="tablist" aria-label="Map settings" className="settings-tabs" onKeyDown={onKeyDown}>
        {TABS.map((t, i) => (
          <button
            key={t.id}
            ref={(el) => void (tabs.current[i] = el)}
            type="button"
            role="tab"
            id={`settings-tab-${t.id}`}
            aria-selected={tab === t.id}
            aria-controls="settings-panel"
            tabIndex={tab === t.id ? 0 : -1}
            className="settings-tabs__tab"
            onClick={() => setTab(t.id)}
          >
            {t.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id="settings-panel" aria-labelledby={`settings-tab-${tab}`} className="settings-panel">
        {tab === 'areas' && <AreasEditor />}
        {tab === 'audiences' && (
          <LabelListEditor list="audiences" heading="Who spaces welcome" noun="audience" hint="The groups of people a space can say it welcomes. Coverage is counted for each of them." />
        )}
        {tab === 'topics' && (
          <LabelListEditor
            list="helpTopics"
            heading="Help topics"
            noun="help topic"
            hint="What organisations help with. A safe space needs an onward route to an organisation for every core topic."
            flag={{ field: 'core', label: 'Core topic' }}
          />
        )}
        {tab === 'criteria' && (
          <LabelListEditor
            list="criteria"
            heading="Safe-disclosure criteria"
            noun="criterion"
            hint="A space is a safe disclosure space when it meets every criterion marked essential. Two are worked out by the map, never ticked by hand."
            flag={{ field: 'essential', label: 'Essential' }}
          />
        )}
        {tab === 'custom' && <CustomFieldsList />}
      </div>
      <div className="dialog__actions">
        <button type="button" className="button button--primary" onClick={() => controller.setDialog('none')}>
          Done
        </button>
      </div>
    </Dialog>
  );
}
