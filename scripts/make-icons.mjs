// Draws the skill's icons (108 and 512 px PNG, the sizes the Alexa manifest asks for):
// a person lying on their back with one leg raised, the lying-down hamstring stretch.
// Plain Node (zlib for PNG compression), so the icons can be regenerated anywhere:
//   node scripts/make-icons.mjs
import { deflateSync } from 'node:zlib';
import { writeFileSync } from 'node:fs';

const BACKGROUND = [0x1f, 0x6f, 0x78];
const FIGURE = [0xff, 0xff, 0xff];

/** Distance from point p to segment a-b, all in unit coordinates. */
function segmentDistance(px, py, ax, ay, bx, by) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** Coverage of the figure at a point in the unit square: 1 inside, 0 outside. */
function inFigure(x, y) {
  const limb = 0.045;
  const head = Math.hypot(x - 0.2, y - 0.62) < 0.075;
  const torso = segmentDistance(x, y, 0.3, 0.66, 0.55, 0.7) < limb;
  const restingLeg = segmentDistance(x, y, 0.55, 0.7, 0.86, 0.72) < limb;
  const raisedLeg = segmentDistance(x, y, 0.55, 0.7, 0.72, 0.24) < limb;
  const arm = segmentDistance(x, y, 0.38, 0.67, 0.6, 0.5) < limb * 0.8;
  const floor = y > 0.79 && y < 0.81 && x > 0.12 && x < 0.9;
  return head || torso || restingLeg || raisedLeg || arm || floor;
}

function crc32(bytes) {
  let crc = ~0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function png(size) {
  const samples = 4; // 4 x 4 supersampling for smooth edges
  const rows = [];
  for (let py = 0; py < size; py++) {
    const row = Buffer.alloc(1 + size * 3); // filter byte 0, then RGB
    for (let px = 0; px < size; px++) {
      let covered = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          if (inFigure((px + (sx + 0.5) / samples) / size, (py + (sy + 0.5) / samples) / size)) covered++;
        }
      }
      const a = covered / (samples * samples);
      for (let c = 0; c < 3; c++) row[1 + px * 3 + c] = Math.round(BACKGROUND[c] * (1 - a) + FIGURE[c] * a);
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // colour type: RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

for (const [name, size] of [['en-US_smallIcon.png', 108], ['en-US_largeIcon.png', 512]]) {
  writeFileSync(new URL(`../skill-package/assets/images/${name}`, import.meta.url), png(size));
}
