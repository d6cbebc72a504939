/** The largest picture we draw: browsers refuse canvases much bigger than this. */
const MAX_SIDE = 8000;

/** Draws an SVG picture onto a canvas and returns PNG bytes, at twice the size for sharpness. */
export async function svgToPng(svg: string, width: number, height: number): Promise<Uint8Array> {
  const scale = Math.min(2, MAX_SIDE / Math.max(width, height));
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.round(width * scale));
    canvas.height = Math.max(1, Math.round(height * scale));
    const context = canvas.getContext('2d');
    if (!context) throw new Error('This computer could not draw the picture');
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new Error('The picture is too large to make. Try the SVG picture instead');
    return new Uint8Array(await blob.arrayBuffer());
  } finally {
    URL.revokeObjectURL(url);
  }
}
