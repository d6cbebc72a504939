import { useReactFlow } from '@xyflow/react';
import { useEffect, useRef } from 'react';
import { useController } from '../app/controllerContext';
import { AudienceBroadcast } from '../audience/AudienceBroadcast';
import { fitMapSoon } from '../canvas/fitMap';
import { useRefitWhenCovered } from '../canvas/useRefitWhenCovered';
import { WorkshopDock } from './WorkshopDock';
import { WorkshopLabels } from './WorkshopLabels';
import { WorkshopZoom } from './WorkshopZoom';
import { applyWorkshopAttributes, fullScreenChanged, setWorkshopMode } from './workshopActions';
import { useWorkshop } from './workshopStore';
import '../styles/workshop.css';

/** Full screen and a new layout change the canvas's size: show the whole map again once settled. */
const REFIT_DELAY_MS = 350;

/**
 * Workshop mode in the editor: sets the theme on the page, follows full screen, shows the
 * workshop's controls and keeps any audience window in step. Rendered inside the canvas's
 * provider so it can move the camera.
 */
export function WorkshopLayer() {
  const controller = useController();
  const flow = useReactFlow();
  const on = useWorkshop((s) => s.on);
  const panels = useWorkshop((s) => s.panels);
  const tools = useWorkshop((s) => s.tools);

  useEffect(() => applyWorkshopAttributes(document.documentElement, { on, panels, tools }), [on, panels, tools]);
  useToolbarHeight(on);
  // The tools coming out (E) lay the toolbar over the top of the map: show again what it hides.
  useRefitWhenCovered(on && tools ? 'workshop tools' : null);
  // The parking lot docks beside the map (SideColumn.tsx): in workshop mode it narrows the map.
  useRefitWhenCovered(useWorkshop((s) => s.parkingLotOpen) ? 'parking lot' : null);
  // Leaving the editor leaves workshop mode: the map list is never shown in it.
  useEffect(
    () => () => {
      setWorkshopMode(controller, false);
      applyWorkshopAttributes(document.documentElement, { on: false, panels: false, tools: false });
    },
    [controller],
  );
  const refitSoon = useRef<() => void>(() => undefined);
  refitSoon.current = () => void fitMapSoon(flow, () => controller.state.doc, REFIT_DELAY_MS);
  useEffect(() => {
    const onChange = () => {
      fullScreenChanged(controller);
      refitSoon.current();
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, [controller]);
  // Only when the mode flips (not on first showing the editor, nor on every edit).
  const wasOn = useRef(on);
  useEffect(() => {
    if (wasOn.current === on) return;
    wasOn.current = on;
    refitSoon.current();
  }, [on]);

  return (
    <>
      <AudienceBroadcast />
      {on && <WorkshopZoom />}
      {on && <WorkshopLabels />}
      {on && <WorkshopDock />}
    </>
  );
}

/**
 * The workshop toolbar (top) and dock (bottom right) float over the map and grow on a smaller
 * screen or with the tools out: their heights go to CSS (--workshop-toolbar-height,
 * --workshop-dock-height) so the legend sits between them while the tools are out.
 */
function useToolbarHeight(on: boolean): void {
  useEffect(() => {
    const parts = [
      ['.toolbar', '--workshop-toolbar-height'],
      ['.workshop-dock', '--workshop-dock-height'],
    ] as const;
    if (!on || typeof ResizeObserver === 'undefined') return;
    const root = document.documentElement;
    const observer = new ResizeObserver(() => {
      for (const [selector, property] of parts) {
        const element = document.querySelector<HTMLElement>(selector);
        if (element) root.style.setProperty(property, `${element.offsetHeight}px`);
      }
    });
    // The dock is drawn a moment after the mode turns on.
    const frame = requestAnimationFrame(() => parts.forEach(([selector]) => document.querySelector(selector) && observer.observe(document.querySelector(selector)!)));
    return () => {
      cancelAnimationFrame(frame);
      observer.disconnect();
      parts.forEach(([, property]) => root.style.removeProperty(property));
    };
  }, [on]);
}
