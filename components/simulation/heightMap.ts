/**
 * The 2D view when WebGL is missing: the electrode seen from above, each column shaded by its
 * height (the tallest protrusions brightest in the metal's colour), dead tops in the dead colour.
 */
const LIVE = 1;
const DEAD = 2;

export interface HeightMapColours {
  live: string;
  dead: string;
  electrode: string;
}

function rgb(css: string, ctx: CanvasRenderingContext2D): [number, number, number] {
  // The canvas parses any CSS colour; read it back as #rrggbb.
  ctx.fillStyle = '#000000';
  ctx.fillStyle = css;
  const hex = String(ctx.fillStyle);
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  return m ? [parseInt(m[1], 16), parseInt(m[2], 16), parseInt(m[3], 16)] : [128, 128, 128];
}

export function drawHeightMap(
  canvas: HTMLCanvasElement,
  tops: Uint16Array,
  topStates: Uint8Array,
  width: number,
  gap: number,
  colours: HeightMapColours,
): void {
  const ctx = canvas.getContext('2d');
  if (!ctx || width <= 0) return;
  const live = rgb(colours.live, ctx);
  const dead = rgb(colours.dead, ctx);
  const base = rgb(colours.electrode, ctx);
  const image = ctx.createImageData(width, width);
  for (let c = 0; c < width * width; c++) {
    const h = tops[c] ?? 0;
    const t = Math.min(1, h / Math.max(1, gap * 0.5));
    const top = topStates[c] === DEAD ? dead : topStates[c] === LIVE ? live : base;
    for (let k = 0; k < 3; k++) image.data[4 * c + k] = Math.round(base[k] + (top[k] - base[k]) * (h > 0 ? 0.35 + 0.65 * t : 0));
    image.data[4 * c + 3] = 255;
  }
  // Draw at lattice resolution on a scratch canvas, then scale up without smoothing.
  const scratch = document.createElement('canvas');
  scratch.width = width;
  scratch.height = width;
  scratch.getContext('2d')?.putImageData(image, 0, 0);
  const size = Math.min(canvas.clientWidth || canvas.width, canvas.clientHeight || canvas.height) || width;
  if (canvas.width !== size) canvas.width = size;
  if (canvas.height !== size) canvas.height = size;
  ctx.imageSmoothingEnabled = false;
  ctx.clearRect(0, 0, size, size);
  ctx.drawImage(scratch, 0, 0, size, size);
}
