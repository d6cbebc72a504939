import { useSessionUi } from '../stickies/sessionUi';

/** "New" or "Changed" on a node while a comparison is shown (words, not only colour). */
export function CompareMark({ nodeId }: { nodeId: string }) {
  const mark = useSessionUi((s) => s.compareMarks?.get(nodeId) ?? null);
  if (!mark) return null;
  return <span className={`compare-mark compare-mark--${mark}`}>{mark === 'added' ? 'New' : 'Changed'}</span>;
}
