import { useAppState } from '../app/controllerContext';

const TEXT = { saved: 'All changes saved', saving: 'Saving…', retrying: 'Not saved yet — retrying' } as const;

export function SaveStatusIndicator() {
  const status = useAppState((s) => s.saveStatus);
  return (
    <span className={`save-status save-status--${status}`} role="status" aria-live="polite">
      {TEXT[status]}
    </span>
  );
}
