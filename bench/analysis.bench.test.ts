import { it } from 'vitest';
import { benchAnalysis } from './analysisBench';

// Prints figures only; `npm run bench` runs it. Target: under 100 ms at 5,000 nodes.
it('full gap analysis on big maps', () => {
  for (const [nodes, links] of [[1000, 2500], [5000, 12500], [10000, 25000]] as const) {
    const r = benchAnalysis(nodes, links);
    const stages = Object.entries(r.timings).map(([k, v]) => `${k} ${v.toFixed(1)}`).join(', ');
    const target = nodes === 5000 ? ` — target under 100 ms: ${r.coldMs < 100 ? 'met' : 'NOT met'}` : '';
    console.log(`Gap analysis, ${nodes} nodes / ${links} links: first analysis ${r.coldMs.toFixed(1)} ms${target}, after an edit ${r.editMs.toFixed(1)} ms (means of 5; ${r.findings} findings)\n    stages of a first analysis (ms): ${stages}`);
  }
});
