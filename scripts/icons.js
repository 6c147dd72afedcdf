#!/usr/bin/env node
// `node scripts/icons.js`: the app icon in every format from its one source, assets/icon.svg:
// assets/icon.png (1024, Linux and the window), assets/icon.ico (Windows), assets/icon.icns (macOS).
// electron-builder, the Electron window and the page's favicon use these; run again after editing the SVG
// (a test fails while they differ from the source).
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { encodeIcns, encodeIco } from './iconFormats.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const ASSETS = join(root, 'assets');
export const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256];
const ICNS_SIZES = [16, 32, 64, 128, 256, 512, 1024];

/** The source drawn at `size` pixels (rendered from the vector at that size, not scaled down from 1024). */
export function renderIcon(svg, size) {
  return sharp(svg, { density: Math.max(1, (72 * size) / 1024) }).resize(size, size).png({ compressionLevel: 9 }).toBuffer();
}

export async function buildIcons(svg = readFileSync(join(ASSETS, 'icon.svg'))) {
  const sizes = [...new Set([...ICO_SIZES, ...ICNS_SIZES])];
  const pngs = new Map(await Promise.all(sizes.map(async (s) => [s, await renderIcon(svg, s)])));
  return {
    png: pngs.get(1024),
    ico: encodeIco(ICO_SIZES.map((size) => ({ size, png: pngs.get(size) }))),
    icns: encodeIcns(pngs),
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const icons = await buildIcons();
  writeFileSync(join(ASSETS, 'icon.png'), icons.png);
  writeFileSync(join(ASSETS, 'icon.ico'), icons.ico);
  writeFileSync(join(ASSETS, 'icon.icns'), icons.icns);
  console.log(`icons: assets/icon.png ${icons.png.length} B, icon.ico ${icons.ico.length} B, icon.icns ${icons.icns.length} B`);
}
