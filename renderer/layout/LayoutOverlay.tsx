import { LayoutPreviewLayer } from './LayoutPreviewLayer';
import { LayoutProgress } from './LayoutProgress';

/** Everything the layout draws over the canvas: the big-map preview and the progress bar. */
export function LayoutOverlay() {
  return (
    <>
      <LayoutPreviewLayer />
      <LayoutProgress />
    </>
  );
}
