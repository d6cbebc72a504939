import { useState } from 'react';
import { useController } from '../app/controllerContext';
import { Dialog } from '../components/Dialog';
import { EXPORT_FORMATS, nodesOnScreen, runExport, type ExportFormat } from './exportService';
import { useFileService } from './useFileService';

/** Export the map for Kumu, Gephi and other tools, or as a picture. */
export function ExportDialog() {
  const controller = useController();
  const files = useFileService();
  const [format, setFormat] = useState<ExportFormat>('kumuXlsx');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [onScreenOnly, setOnScreenOnly] = useState(false);
  const isPicture = format === 'svg' || format === 'png';
  const chosen = EXPORT_FORMATS.find((f) => f.id === format)!;

  const submit = async () => {
    await controller.flush();
    const snapshot = controller.snapshot();
    if (!snapshot) return;
    setBusy(true);
    setError(null);
    try {
      const visible = isPicture && onScreenOnly ? nodesOnScreen() : null;
      const saved = await runExport(snapshot, format, visible && visible.size > 0 ? { nodeIds: visible } : {});
      if (saved > 0) {
        files.close();
        controller.notify('info', `Exported “${snapshot.map.name}” as ${chosen.label}.`);
      }
    } catch (e) {
      setError(`The export could not be saved: ${e instanceof Error ? e.message : String(e)}. Try another folder, or check there is free disk space.`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog title="Export the map" onClose={() => files.close()}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <fieldset className="field export-formats">
          <legend className="field__label">Export as</legend>
          {EXPORT_FORMATS.map((f) => (
            <label key={f.id} className="check">
              <input type="radio" name="export-format" value={f.id} checked={format === f.id} onChange={() => setFormat(f.id)} />
              <span>
                <strong>{f.label}</strong>
                <span className="field__hint"> {f.hint}</span>
              </span>
            </label>
          ))}
        </fieldset>
        {isPicture && (
          <label className="check">
            <input type="checkbox" checked={onScreenOnly} onChange={(e) => setOnScreenOnly(e.target.checked)} />
            <span>Only the part of the map on screen now</span>
          </label>
        )}
        {error && (
          <p role="alert" className="field__error">
            {error}
          </p>
        )}
        <div className="dialog__actions">
          <button type="button" className="button" onClick={() => files.close()}>
            Cancel
          </button>
          <button type="submit" className="button button--primary" disabled={busy}>
            {busy ? 'Exporting…' : 'Export…'}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
