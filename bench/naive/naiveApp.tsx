// The bench's peer: React Flow as its documentation shows it, with nothing done for size.
// Every node is a default DOM node, every link an SVG edge, no culling, no picture. It opens
// a .ghmap through a file input and fits the view, as the app does.
import { Background, MiniMap, ReactFlow, type Edge, type Node } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useState, type ChangeEvent } from 'react';
import { createRoot } from 'react-dom/client';

interface GhmapFile {
  nodes: { id: string; name: string; x: number; y: number }[];
  links: { id: string; source: string; target: string }[];
}

function NaiveApp() {
  const [graph, setGraph] = useState<{ nodes: Node[]; edges: Edge[] } | null>(null);
  const open = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    const parsed = JSON.parse(await file.text()) as GhmapFile;
    setGraph({
      nodes: parsed.nodes.map((n) => ({ id: n.id, position: { x: n.x, y: n.y }, data: { label: n.name } })),
      edges: parsed.links.map((l) => ({ id: l.id, source: l.source, target: l.target })),
    });
  };
  return (
    <>
      <label className="bar">
        Open a map file <input type="file" accept=".ghmap,application/json" onChange={(e) => void open(e)} />
      </label>
      {graph && (
        <ReactFlow defaultNodes={graph.nodes} defaultEdges={graph.edges} fitView minZoom={0.02}>
          <Background />
          <MiniMap />
        </ReactFlow>
      )}
    </>
  );
}

createRoot(document.getElementById('root')!).render(<NaiveApp />);
