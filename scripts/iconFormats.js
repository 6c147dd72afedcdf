// Icon containers from PNG images: Windows .ico and macOS .icns, both holding PNG data (Windows Vista and
// later, macOS 10.7 and later read PNG entries). Plain functions over Buffers, so a test can read back
// what was written.

/** @param {{ size: number, png: Buffer }[]} images sizes 1…256 */
export function encodeIco(images) {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // 1 = icon
  header.writeUInt16LE(images.length, 4);
  const entries = [];
  let offset = 6 + 16 * images.length;
  for (const { size, png } of images) {
    if (size < 1 || size > 256) throw new Error(`an .ico image is 1…256 pixels, not ${size}`);
    const e = Buffer.alloc(16);
    e.writeUInt8(size === 256 ? 0 : size, 0); // 0 means 256
    e.writeUInt8(size === 256 ? 0 : size, 1);
    e.writeUInt8(0, 2); // no palette
    e.writeUInt8(0, 3);
    e.writeUInt16LE(1, 4); // colour planes
    e.writeUInt16LE(32, 6); // bits per pixel
    e.writeUInt32LE(png.length, 8);
    e.writeUInt32LE(offset, 12);
    offset += png.length;
    entries.push(e);
  }
  return Buffer.concat([header, ...entries, ...images.map((i) => i.png)]);
}

/** @param {Buffer} ico @returns {{ size: number, png: Buffer }[]} */
export function decodeIco(ico) {
  if (ico.readUInt16LE(0) !== 0 || ico.readUInt16LE(2) !== 1) throw new Error('not an .ico file');
  const n = ico.readUInt16LE(4);
  return Array.from({ length: n }, (_, i) => {
    const at = 6 + 16 * i;
    const size = ico.readUInt8(at) || 256;
    const length = ico.readUInt32LE(at + 8);
    const offset = ico.readUInt32LE(at + 12);
    return { size, png: ico.subarray(offset, offset + length) };
  });
}

/** The PNG-holding .icns types and the pixel size of each. */
export const ICNS_TYPES = { icp4: 16, icp5: 32, ic11: 32, icp6: 64, ic12: 64, ic07: 128, ic13: 256, ic08: 256, ic14: 512, ic09: 512, ic10: 1024 };

/** @param {Map<number, Buffer>} pngBySize PNGs for 16, 32, 64, 128, 256, 512 and 1024 pixels */
export function encodeIcns(pngBySize) {
  const chunks = Object.entries(ICNS_TYPES).map(([type, size]) => {
    const png = pngBySize.get(size);
    if (!png) throw new Error(`.icns needs a ${size}×${size} image for ${type}`);
    const head = Buffer.alloc(8);
    head.write(type, 0, 'latin1');
    head.writeUInt32BE(8 + png.length, 4);
    return Buffer.concat([head, png]);
  });
  const body = Buffer.concat(chunks);
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'latin1');
  head.writeUInt32BE(8 + body.length, 4);
  return Buffer.concat([head, body]);
}

/** @param {Buffer} icns @returns {{ type: string, png: Buffer }[]} */
export function decodeIcns(icns) {
  if (icns.toString('latin1', 0, 4) !== 'icns' || icns.readUInt32BE(4) !== icns.length) throw new Error('not an .icns file');
  const out = [];
  for (let at = 8; at < icns.length;) {
    const type = icns.toString('latin1', at, at + 4);
    const length = icns.readUInt32BE(at + 4);
    out.push({ type, png: icns.subarray(at + 8, at + length) });
    at += length;
  }
  return out;
}
