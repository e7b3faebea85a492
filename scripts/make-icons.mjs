// Draws the SI Kalkyl add-in icons (assets/icon-{16,32,64,80}.png) with no dependencies,
// so the artwork is reproducible from source: `node scripts/make-icons.mjs`.
// Design: deep-teal rounded square, three white rising bars and, from 32 px up, a rising arrow.
import { mkdirSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { deflateSync } from "node:zlib";

const SIZES = [16, 32, 64, 80];
const TEAL = [15, 108, 91];
const WHITE = [255, 255, 255];
const SUPERSAMPLE = 8; // 8x8 samples per pixel gives smooth corners and diagonals

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const out = Buffer.alloc(body.length + 8);
  out.writeUInt32BE(data.length, 0);
  body.copy(out, 4);
  out.writeUInt32BE(crc32(body), body.length + 4);
  return out;
}

/** Encodes straight-alpha RGBA pixels as an 8-bit truecolour+alpha PNG. */
function encodePng(width, height, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 6, 0, 0, 0], 8); // bit depth 8, colour type RGBA, deflate, no filter method, no interlace
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    // Filter type 0 (None) per scanline: the images are tiny, so compression ratio does not matter.
    rgba.copy(raw, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4);
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signature,
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function insideRoundedRect(x, y, left, top, right, bottom, r) {
  if (x < left || x > right || y < top || y > bottom) return false;
  const cx = Math.min(Math.max(x, left + r), right - r);
  const cy = Math.min(Math.max(y, top + r), bottom - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

function distanceToSegment(x, y, [ax, ay], [bx, by]) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.min(1, Math.max(0, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(x - (ax + t * dx), y - (ay + t * dy));
}

function insideTriangle(x, y, [a, b, c]) {
  const side = (p, q) => (q[0] - p[0]) * (y - p[1]) - (q[1] - p[1]) * (x - p[0]);
  const s1 = side(a, b);
  const s2 = side(b, c);
  const s3 = side(c, a);
  return (s1 >= 0 && s2 >= 0 && s3 >= 0) || (s1 <= 0 && s2 <= 0 && s3 <= 0);
}

/** Geometry in pixel units; bar edges are whole pixels so the bars stay crisp at every size. */
function layout(size) {
  const small = size < 32;
  const barWidth = small ? 3 : Math.round(size * 0.14);
  const gap = small ? 1 : Math.round(size * 0.07);
  const baseline = Math.round(size * (small ? 0.82 : 0.8));
  const heights = (small ? [0.26, 0.45, 0.64] : [0.2, 0.32, 0.44]).map((f) => Math.round(size * f));
  const left = Math.round((size - (3 * barWidth + 2 * gap)) / 2);
  const bars = heights.map((h, i) => {
    const x = left + i * (barWidth + gap);
    return { x0: x, x1: x + barWidth, y0: baseline - h, y1: baseline };
  });
  if (small) return { bars, arrow: null };

  // The arrow rides above the bar tops, parallel to their rise, and ends in a head past the last bar.
  const lift = size * 0.1;
  const start = [bars[0].x0 + barWidth * 0.3, bars[0].y0 - lift];
  const tip = [bars[2].x1 + size * 0.06, bars[2].y0 - lift - size * 0.08];
  const len = Math.hypot(tip[0] - start[0], tip[1] - start[1]);
  const [ux, uy] = [(tip[0] - start[0]) / len, (tip[1] - start[1]) / len];
  const head = size * 0.17;
  const base = [tip[0] - ux * head, tip[1] - uy * head];
  const half = head * 0.6;
  return {
    bars,
    arrow: {
      shaft: [start, base],
      thickness: size * 0.065,
      head: [
        tip,
        [base[0] - uy * half, base[1] + ux * half],
        [base[0] + uy * half, base[1] - ux * half],
      ],
    },
  };
}

function drawIcon(size) {
  const { bars, arrow } = layout(size);
  const radius = size * 0.2;
  const isWhite = (x, y) =>
    bars.some((b) => x >= b.x0 && x < b.x1 && y >= b.y0 && y < b.y1) ||
    (arrow !== null &&
      (distanceToSegment(x, y, ...arrow.shaft) <= arrow.thickness / 2 ||
        insideTriangle(x, y, arrow.head)));

  const rgba = Buffer.alloc(size * size * 4);
  const n = SUPERSAMPLE * SUPERSAMPLE;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let teal = 0;
      let white = 0;
      for (let sy = 0; sy < SUPERSAMPLE; sy++) {
        for (let sx = 0; sx < SUPERSAMPLE; sx++) {
          const x = px + (sx + 0.5) / SUPERSAMPLE;
          const y = py + (sy + 0.5) / SUPERSAMPLE;
          if (!insideRoundedRect(x, y, 0, 0, size, size, radius)) continue;
          if (isWhite(x, y)) white++;
          else teal++;
        }
      }
      const covered = teal + white;
      const o = (py * size + px) * 4;
      if (covered === 0) continue;
      for (let c = 0; c < 3; c++)
        rgba[o + c] = Math.round((teal * TEAL[c] + white * WHITE[c]) / covered);
      rgba[o + 3] = Math.round((255 * covered) / n);
    }
  }
  return encodePng(size, size, rgba);
}

const assetsDir = fileURLToPath(new URL("../assets/", import.meta.url));
mkdirSync(assetsDir, { recursive: true });
for (const size of SIZES) {
  writeFileSync(`${assetsDir}icon-${size}.png`, drawIcon(size));
  console.log(`assets/icon-${size}.png (${size}x${size})`);
}
