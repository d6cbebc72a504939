import { useEffect, useRef } from 'react';
import { NODE_KINDS, NODE_KIND_LABELS, type NodeKind } from '../../shared/model';
import { KindIcon } from './KindIcon';

/** The small menu that a double-click on empty map opens: what to add there. */
export function AddNodeMenu({
  at,
  onChoose,
  onClose,
}: {
  at: { x: number; y: number };
  onChoose: (kind: NodeKind) => void;
  onClose: () => void;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.querySelector('button')?.focus();
    const close = (event: PointerEvent) => {
      if (!ref.current?.contains(event.target as Node)) onClose();
    };
    window.addEventListener('pointerdown', close);
    return () => window.removeEventListener('pointerdown', close);
  }, [onClose]);
  return (
    <div
      ref={ref}
      className="add-menu"
      role="menu"
      aria-label="Add to the map here"
      style={{ left: at.x, top: at.y }}
      onKeyDown={(event) => {
        const items = [...(ref.current?.querySelectorAll('button') ?? [])];
        const index = items.indexOf(document.activeElement as HTMLButtonElement);
        if (event.key === 'Escape') onClose();
        else if (event.key === 'ArrowDown') items[(index + 1) % items.length]?.focus();
        else if (event.key === 'ArrowUp') items[(index - 1 + items.length) % items.length]?.focus();
        else return;
        event.preventDefault();
      }}
    >
      {NODE_KINDS.map((kind) => (
        <button key={kind} type="button" role="menuitem" className={`add-menu__item add-menu__item--${kind}`} onClick={() => onChoose(kind)}>
          <KindIcon kind={kind} size={18} />
          Add {NODE_KIND_LABELS[kind].toLowerCase()}
        </button>
      ))}
    </div>
  );
}
