import { createHash } from 'node:crypto';
import { crc32, deflateSync } from 'node:zlib';

const MODULES = 25;
const SCALE = 4;
const QUIET = 2;
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/**
 * A QR-looking PNG (finder patterns plus modules drawn from a hash of the payload), base64-encoded like PagHiper's
 * `qrcode_base64`. It is a valid image but not a scannable code: the EMV string is what clients pay with.
 */
export function qrLikePngBase64(payload: string): string {
  const dark = modulePattern(payload);
  const side = (MODULES + 2 * QUIET) * SCALE;
  const rows: Buffer[] = [];
  for (let y = 0; y < side; y++) {
    const row = Buffer.alloc(side + 1, 0xff);
    row[0] = 0; // filter type "none"
    const my = Math.floor(y / SCALE) - QUIET;
    for (let x = 0; x < side; x++) {
      const mx = Math.floor(x / SCALE) - QUIET;
      if (my >= 0 && mx >= 0 && my < MODULES && mx < MODULES && dark[my * MODULES + mx]) row[x + 1] = 0;
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(side, 0);
  header.writeUInt32BE(side, 4);
  header.writeUInt8(8, 8); // bit depth
  header.writeUInt8(0, 9); // greyscale
  const png = Buffer.concat([
    PNG_SIGNATURE,
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
  return png.toString('base64');
}

function modulePattern(payload: string): boolean[] {
  let bits = '';
  for (let round = 0; bits.length < MODULES * MODULES; round++) {
    const digest = createHash('sha256').update(`${round}:${payload}`).digest();
    for (const byte of digest) bits += byte.toString(2).padStart(8, '0');
  }
  const dark = Array.from({ length: MODULES * MODULES }, (_, i) => bits[i] === '1');
  for (const [ox, oy] of [[0, 0], [MODULES - 7, 0], [0, MODULES - 7]] as const) {
    for (let y = -1; y <= 7; y++) {
      for (let x = -1; x <= 7; x++) {
        const px = ox + x;
        const py = oy + y;
        if (px < 0 || py < 0 || px >= MODULES || py >= MODULES) continue;
        const ring = Math.max(Math.abs(x - 3), Math.abs(y - 3));
        dark[py * MODULES + px] = ring !== 2 && ring !== 4;
      }
    }
  }
  return dark;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length, 0);
  const typed = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const checksum = Buffer.alloc(4);
  checksum.writeUInt32BE(crc32(typed) >>> 0, 0);
  return Buffer.concat([length, typed, checksum]);
}
