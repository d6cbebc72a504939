import type { HelpTopic } from '../../shared/model';
import type { ImportSession } from './importSession';

/**
 * The choices Open Referral UK data needs: which of the map's help topics each subject in the
 * directory's taxonomy becomes (suggested by name, changeable, or left out), and whether
 * contacts come in by role only (the default) or with their names.
 */
export function ImportChoices({
  session,
  topics,
  onTopic,
  onContactNames,
}: {
  session: ImportSession;
  topics: readonly HelpTopic[];
  onTopic: (term: string, topicId: string | null) => void;
  onContactNames: (on: boolean) => void;
}) {
  const terms = Object.entries(session.topicChoices ?? {});
  const hasNames = session.batches.some((b) => b.elements.some((e) => e.contactWithNames !== undefined));
  if (terms.length === 0 && !hasNames) return null;
  return (
    <div className="import-choices">
      {terms.length > 0 && (
        <fieldset className="import-topics">
          <legend>Subjects in the directory → help topics on this map</legend>
          <div className="import-topics__grid">
            {terms.map(([term, chosen]) => (
              <label key={term} className="field">
                <span className="field__label">{term}</span>
                <select value={chosen ?? ''} onChange={(e) => onTopic(term, e.target.value || null)}>
                  <option value="">Leave out</option>
                  {topics.map((t) => (
                    <option key={t.id} value={t.id}>
                      {t.label}
                    </option>
                  ))}
                </select>
              </label>
            ))}
          </div>
        </fieldset>
      )}
      {hasNames && (
        <label className="check">
          <input type="checkbox" checked={session.contactNames === true} onChange={(e) => onContactNames(e.target.checked)} /> Include contacts’ names
          (otherwise only their roles, such as “Centre Manager”, come in)
        </label>
      )}
    </div>
  );
}
