import { it } from 'vitest';
import { benchEditing } from './editingBench';

// Prints figures only; `npm run bench` runs it. Never a timed assertion.
it('editing core on big maps', () => {
  for (const [nodes, links] of [[2000, 5000], [10000, 25000]] as const) {
    const r = benchEditing(nodes, links);
    console.log(
      `Editing core, ${nodes} nodes / ${links} links: validate whole map ${r.parseMs.toFixed(1)} ms, ` +
        `one drag frame ${r.dragFrameMs.toFixed(3)} ms, undo a 300-frame drag ${r.undoMs.toFixed(2)} ms`,
    );
  }
});
