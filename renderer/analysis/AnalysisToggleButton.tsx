import { useAnalysis, useAnalysisService } from './analysisServiceFor';

/** The toolbar's "Gap analysis" button: opens and closes the panel on the left of the map. */
export function AnalysisToggleButton() {
  const service = useAnalysisService();
  const open = useAnalysis((s) => s.open);
  return (
    <button type="button" className="button" aria-pressed={open} onClick={() => service.toggle()} title="Gap analysis (G)" aria-keyshortcuts="G">
      Gap analysis
    </button>
  );
}
