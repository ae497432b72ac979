import type { ComposedStill } from '@/components/still/compose';

/**
 * A still's SVG as a PNG at `scale` times its size, on white: the SVG file itself drawn on a
 * canvas, so the PNG is the SVG export pixel for pixel (its fonts are the system's, as on screen).
 */
export async function stillToPng({ svg, width, height }: ComposedStill, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('the browser could not draw the image');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (blob) =>
          blob ? resolve(blob) : reject(new Error('the browser could not draw the image')),
        'image/png',
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
