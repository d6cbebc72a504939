import { memo } from 'react';
import type { NodeKind } from '../../shared/model';

const PATHS: Record<NodeKind, string> = {
  // Head and shoulders.
  person: 'M12 12a4.5 4.5 0 1 0 0-9 4.5 4.5 0 0 0 0 9Zm0 2c-4.4 0-8 2.4-8 5.5V21h16v-1.5c0-3.1-3.6-5.5-8-5.5Z',
  // A building with windows.
  organisation: 'M4 21V5l8-3v5l8 3v11H4Zm3-3h2v-2H7v2Zm0-4h2v-2H7v2Zm0-4h2V8H7v2Zm8 8h2v-2h-2v2Zm0-4h2v-2h-2v2Z',
  // A map pin with a door: a physical place.
  space: 'M12 2a7 7 0 0 0-7 7c0 5 7 13 7 13s7-8 7-13a7 7 0 0 0-7-7Zm-2 10V8.5h4V12h-4Z',
  // A flag: a project under way.
  project: 'M5 22V3h10l1 2h5v10h-7l-1-2H7v9H5Z',
};

export const KindIcon = memo(function KindIcon({ kind, size = 20 }: { kind: NodeKind; size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d={PATHS[kind]} fill="currentColor" />
    </svg>
  );
});
