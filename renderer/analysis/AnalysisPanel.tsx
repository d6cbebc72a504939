import { summaryItems } from '../../shared/analysis/summary';
import { focusMap } from '../canvas/focusMap';
import { useId, useState } from 'react';
import { countFindings, FINDING_KIND_TITLES, FINDING_KINDS, STRENGTH_KINDS, type Finding } from '../../shared/analysis/findings/finding';
import type { GapAnalysis } from '../../shared/analysis/gapAnalysis';
import { useAppState } from '../app/controllerContext';
import './analysis.css';
import { useAnalysis, useAnalysisService } from './analysisServiceFor';
import { ExportMenu } from './ExportMenu';
import { FindingItem } from './FindingItem';
import { TimeGridTable } from './TimeGridTable';

/** The "Gap analysis" region on the left of the map, shown while the toolbar button is pressed. */
export function AnalysisPanel() {
  const open = useAnalysis((s) => s.open);
  return open ? <AnalysisPanelBody /> : null;
}

function AnalysisPanelBody() {
  const service = useAnalysisService();
  const result = useAnalysis((s) => s.result);
  const status = useAnalysis((s) => s.status);
  const error = useAnalysis((s) => s.error);
  const groupBy = useAnalysis((s) => s.groupBy);
  const headingId = useId();
  return (
    <aside className="analysis-panel" role="region" aria-label="Gap analysis">
      <header className="analysis-panel__header">
        <h2 id={headingId} tabIndex={-1}>
          Gap analysis
        </h2>
        <span className="analysis-panel__status" role="status">
          {status === 'updating' ? 'Updating…' : ''}
        </span>
        <button type="button" className="button button--quiet" aria-label="Close gap analysis"
          title="Close gap analysis (G)"
          onClick={() => {
            service.setOpen(false);
            // The button goes with the panel: the keyboard goes back to the map, not the page.
            focusMap();
          }}
        >
          ✕
        </button>
      </header>
      <ExportMenu />
      {error && (
        <p className="analysis-panel__error" role="alert">
          {error}
        </p>
      )}
      {result ? (
        <div className={`analysis-panel__body${status === 'updating' ? ' is-updating' : ''}`}>
          <Summary result={result} />
          <p className="field__hint">Select a finding to see it on the map; select it again, or press Esc, to see everything.</p>
          <section aria-labelledby={`${headingId}-strengths`}>
            <h3 id={`${headingId}-strengths`}>Strengths</h3>
            <FindingList findings={result.findings.filter((f) => STRENGTH_KINDS.has(f.kind))} empty="Add spaces, groups and people to see what each area is rich in." />
          </section>
          <section aria-labelledby={`${headingId}-gaps`}>
            <div className="analysis-panel__gaps-head">
              <h3 id={`${headingId}-gaps`}>Gaps and opportunities</h3>
              <div className="segmented" role="radiogroup" aria-label="Show gaps">
                {(['kind', 'area'] as const).map((g) => (
                  <button key={g} type="button" role="radio" aria-checked={groupBy === g} onClick={() => service.setGroupBy(g)}>
                    By {g}
                  </button>
                ))}
              </div>
            </div>
            {groupBy === 'kind' ? <ByKind result={result} /> : <ByArea result={result} />}
          </section>
          <StaleSetting />
        </div>
      ) : (
        !error && <p className="analysis-panel__empty">Working out the gaps…</p>
      )}
    </aside>
  );
}

function Summary({ result }: { result: GapAnalysis }) {
  const items = summaryItems(result);
  return (
    <ul className="analysis-summary" aria-label="At a glance">
      {items.map(([n, label]) => (
        <li key={label}>
          <strong>{n}</strong> {label}
        </li>
      ))}
    </ul>
  );
}

function FindingList({ findings, empty }: { findings: readonly Finding[]; empty?: string }) {
  if (findings.length === 0) return empty ? <p className="field__hint">{empty}</p> : null;
  return (
    <ul className="finding-list">
      {findings.map((f) => (
        <FindingItem key={f.id} finding={f} />
      ))}
    </ul>
  );
}

function ByKind({ result }: { result: GapAnalysis }) {
  const areas = useAppState((s) => s.doc?.meta.areas) ?? [];
  const gaps = result.findings.filter((f) => !STRENGTH_KINDS.has(f.kind));
  if (gaps.length === 0) return <p>No gaps found. Well done — keep the details up to date.</p>;
  return (
    <>
      {FINDING_KINDS.filter((k) => !STRENGTH_KINDS.has(k)).map((kind) => {
        const list = gaps.filter((f) => f.kind === kind);
        if (list.length === 0) return null;
        return (
          <section key={kind} className="finding-group" aria-label={FINDING_KIND_TITLES[kind]}>
            <h4>
              {FINDING_KIND_TITLES[kind]} <span className="finding-group__count">({countFindings(list)})</span>
            </h4>
            <FindingList findings={list} />
            {kind === 'time' && <Grids result={result} areaIds={areas.map((a) => a.id)} />}
          </section>
        );
      })}
    </>
  );
}

function Grids({ result, areaIds }: { result: GapAnalysis; areaIds: readonly string[] }) {
  const areas = useAppState((s) => s.doc?.meta.areas) ?? [];
  const [shown, setShown] = useState(true);
  const grids = result.timeGrids.filter((g) => areaIds.includes(g.areaId));
  if (grids.length === 0) return null;
  return (
    <details className="time-grids" open={shown} onToggle={(e) => setShown((e.target as HTMLDetailsElement).open)}>
      <summary>Opening-time grid for each area</summary>
      {shown && grids.map((g) => <TimeGridTable key={g.areaId} grid={g} areaName={areas.find((a) => a.id === g.areaId)?.name ?? ''} />)}
    </details>
  );
}

function ByArea({ result }: { result: GapAnalysis }) {
  const areas = useAppState((s) => s.doc?.meta.areas) ?? [];
  const gaps = result.findings.filter((f) => !STRENGTH_KINDS.has(f.kind));
  const mapWide = gaps.filter((f) => f.areaId === null || !areas.some((a) => a.id === f.areaId));
  return (
    <>
      {areas.map((area) => {
        const grid = result.timeGrids.find((g) => g.areaId === area.id);
        return (
          <section key={area.id} className="finding-group" aria-label={area.name}>
            <h4>{area.name}</h4>
            <FindingList findings={gaps.filter((f) => f.areaId === area.id)} empty="No gaps found here." />
            {grid && <TimeGridTable grid={grid} areaName={area.name} />}
          </section>
        );
      })}
      {mapWide.length > 0 && (
        <section className="finding-group" aria-label="Across the whole map">
          <h4>Across the whole map</h4>
          <FindingList findings={mapWide} />
        </section>
      )}
    </>
  );
}

function StaleSetting() {
  const service = useAnalysisService();
  const months = useAnalysis((s) => s.staleAfterMonths);
  const [draft, setDraft] = useState(String(months));
  const id = useId();
  const value = Number(draft);
  const valid = Number.isInteger(value) && value >= 1 && value <= 240;
  return (
    <div className="analysis-panel__setting field">
      <label htmlFor={id} className="field__label">
        Count details as out of date after (months)
      </label>
      <input
        id={id}
        type="number"
        min={1}
        max={240}
        value={draft}
        aria-invalid={!valid}
        onChange={(e) => {
          setDraft(e.target.value);
          const n = Number(e.target.value);
          if (Number.isInteger(n) && n >= 1 && n <= 240) service.setStaleAfterMonths(n);
        }}
      />
      {!valid && <p className="field__error">Use a whole number of months from 1 to 240.</p>}
    </div>
  );
}
