import { NODE_KINDS, NODE_KIND_LABELS, type NodeKind } from '../../shared/model';

/** A labelled choice of node kind, as the import's mapping step asks it for a column or a value. */
export function KindSelect({ label, value, onChange }: { label: string; value: NodeKind; onChange: (kind: NodeKind) => void }) {
  return (
    <label className="field">
      <span className="field__label">{label}</span>
      <select value={value} onChange={(e) => onChange(e.target.value as NodeKind)}>
        {NODE_KINDS.map((kind) => (
          <option key={kind} value={kind}>
            {NODE_KIND_LABELS[kind]}
          </option>
        ))}
      </select>
    </label>
  );
}
