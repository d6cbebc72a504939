import { useStore } from '@xyflow/react';
import { createContext, useContext, useMemo, useRef, type ReactNode } from 'react';

/**
 * Zoomed out, small text is unreadable and costly: below DETAIL_ZOOM a node shows only its
 * name. The name is kept however far out: there it is the node's chip (MapLabels.tsx), and a
 * map big enough for names to cost much is drawn as the picture instead (detailLevel.ts).
 */
export const DETAIL_ZOOM = 0.45;

export interface NodeDetail {
  /** 'name': only the node's name (zoomed out past DETAIL_ZOOM). */
  readonly detail: 'full' | 'name';
  /** A link is being dragged: every node is a drop target. */
  readonly connecting: boolean;
}

const NodeDetailContext = createContext<NodeDetail>({ detail: 'full', connecting: false });

const detailOf = (s: { transform: [number, number, number] }): NodeDetail['detail'] => (s.transform[2] >= DETAIL_ZOOM ? 'full' : 'name');
const connectingOf = (s: { connection: { inProgress: boolean } }) => s.connection.inProgress;

/**
 * Tells every node on the canvas how much of itself to draw. Read from React Flow's store once
 * here rather than by each node: every store subscriber is run at every frame of a pan or zoom,
 * and a hundred nodes each asking was a good part of a wheel step. `held`: a big map's nodes are
 * hidden behind the picture during a gesture (MapCanvas.tsx), so a zoom past DETAIL_ZOOM and
 * back re-renders none of them; the detail for where the camera rests is taken when it ends.
 */
export function NodeDetailProvider({ held = false, children }: { held?: boolean; children: ReactNode }) {
  const live = useStore(detailOf);
  const connecting = useStore(connectingOf);
  const kept = useRef(live);
  if (!held) kept.current = live;
  const detail = kept.current;
  const value = useMemo(() => ({ detail, connecting }), [detail, connecting]);
  return <NodeDetailContext.Provider value={value}>{children}</NodeDetailContext.Provider>;
}

export const useNodeDetail = (): NodeDetail => useContext(NodeDetailContext);
