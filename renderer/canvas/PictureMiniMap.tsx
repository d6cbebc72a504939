import { useReactFlow, useStoreApi } from '@xyflow/react';
import { useEffect, useMemo, useRef, type PointerEvent } from 'react';
import { NODE_HEIGHT, NODE_WIDTH } from '../../shared/layout/nodeSize';
import { PictureClient } from './pictureClient';
import type { PictureView } from './pictureDraw';
import type { PictureScene } from './pictureScene';

const WIDTH = 220;
const HEIGHT = 150;
const PAD = 8;

/**
 * The minimap, drawn by the same picture code as the zoomed-out map (one bitmap, from the
 * worker) rather than one SVG element per node, with the screen's part of the map outlined.
 * Press or drag on it to move the camera there.
 */
export function PictureMiniMap({ scene, drawn }: { scene: PictureScene; /** The map itself is drawn: until then the minimap waits. */ drawn: boolean }) {
  const store = useStoreApi();
  const flow = useReactFlow();
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const frameRef = useRef<HTMLDivElement>(null);
  const view = useMemo(() => miniView(scene), [scene]);
  const viewRef = useRef(view);
  viewRef.current = view;
  const clientRef = useRef<PictureClient | null>(null);

  useEffect(() => {
    const client = new PictureClient(({ bitmap }) => {
      const canvas = canvasRef.current;
      if (!canvas) return;
      canvas.width = bitmap.width;
      canvas.height = bitmap.height;
      const renderer = canvas.getContext('bitmaprenderer');
      if (renderer && bitmap instanceof ImageBitmap) renderer.transferFromImageBitmap(bitmap);
    });
    clientRef.current = client;
    const follow = () => {
      const frame = frameRef.current;
      const { transform, width, height } = store.getState();
      const [mx, my, mz] = viewRef.current.camera;
      if (!frame || !width) return;
      const [tx, ty, zoom] = transform;
      // The screen's corners in map units, then in the minimap's pixels, cut to the minimap:
      // zoomed out past the map, the screen's outline lies beyond the minimap's sides and only a
      // sliver of it would show.
      const left = Math.max(0, (-tx / zoom) * mz + mx);
      const top = Math.max(0, (-ty / zoom) * mz + my);
      const right = Math.min(WIDTH, ((width - tx) / zoom) * mz + mx);
      const bottom = Math.min(HEIGHT, ((height - ty) / zoom) * mz + my);
      frame.hidden = right <= left || bottom <= top;
      frame.style.transform = `translate(${left}px, ${top}px)`;
      frame.style.width = `${Math.max(0, right - left)}px`;
      frame.style.height = `${Math.max(0, bottom - top)}px`;
    };
    follow();
    const unsubscribe = store.subscribe((s, p) => {
      if (s.transform !== p.transform || s.width !== p.width) follow();
    });
    return () => {
      unsubscribe();
      client.dispose();
      clientRef.current = null;
    };
  }, [store]);

  useEffect(() => {
    if (!drawn) return;
    clientRef.current?.setScene(scene);
    clientRef.current?.draw(view);
  }, [scene, view, drawn]);

  const goTo = (event: PointerEvent<HTMLDivElement>) => {
    const rect = event.currentTarget.getBoundingClientRect();
    const [mx, my, mz] = view.camera;
    void flow.setCenter((event.clientX - rect.left - mx) / mz, (event.clientY - rect.top - my) / mz, { zoom: store.getState().transform[2] });
  };

  return (
    <div
      className="picture-minimap"
      role="img"
      aria-label="Overview of the whole map"
      onPointerDown={(e) => {
        e.currentTarget.setPointerCapture(e.pointerId);
        goTo(e);
      }}
      onPointerMove={(e) => e.buttons === 1 && goTo(e)}
    >
      <canvas ref={canvasRef} style={{ width: WIDTH, height: HEIGHT }} />
      <div ref={frameRef} className="picture-minimap__frame" />
    </div>
  );
}

/** The whole map fitted into the minimap. */
function miniView(scene: PictureScene): PictureView {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (let i = 0; i < scene.count; i++) {
    minX = Math.min(minX, scene.xy[2 * i]!);
    minY = Math.min(minY, scene.xy[2 * i + 1]!);
    maxX = Math.max(maxX, scene.xy[2 * i]! + NODE_WIDTH);
    maxY = Math.max(maxY, scene.xy[2 * i + 1]! + NODE_HEIGHT);
  }
  if (minX === Infinity) [minX, minY, maxX, maxY] = [0, 0, 1, 1];
  const zoom = Math.min((WIDTH - 2 * PAD) / (maxX - minX), (HEIGHT - 2 * PAD) / (maxY - minY));
  const tx = (WIDTH - (maxX - minX) * zoom) / 2 - minX * zoom;
  const ty = (HEIGHT - (maxY - minY) * zoom) / 2 - minY * zoom;
  return { camera: [tx, ty, zoom], width: WIDTH, height: HEIGHT, margin: 0, ratio: Math.min(2, window.devicePixelRatio || 1), labels: null };
}
