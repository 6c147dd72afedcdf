/**
 * Where a SwiftShader Vulkan driver lives on this machine (Linux): Chromium, Chrome and Electron ship one
 * (`vk_swiftshader_icd.json` next to `libvk_swiftshader.so`). Pointing the Vulkan loader at it
 * (`VK_ICD_FILENAMES`) gives Dawn a software adapter where no GPU driver is usable — slow, but enough
 * to test WebGPU training on a machine without a GPU (CI does exactly that).
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

export const SWIFTSHADER_ICD = 'vk_swiftshader_icd.json';

/** Folders that hold a browser's SwiftShader, most likely first. */
export function swiftShaderFolders(execPath = process.execPath): string[] {
  return [
    '/usr/lib/chromium', // Debian
    '/usr/lib/chromium-browser', // Ubuntu (deb), Arch
    '/usr/lib64/chromium-browser', // Fedora
    '/snap/chromium/current/usr/lib/chromium-browser',
    '/opt/google/chrome',
    dirname(execPath), // Electron's own folder, when LayerLoom runs inside it
  ];
}

/** The first SwiftShader ICD file found, or null (always null off Linux: Dawn uses D3D12 or Metal there). */
export function findSwiftShaderIcd(folders = swiftShaderFolders(), platform = process.platform): string | null {
  if (platform !== 'linux') return null;
  for (const folder of folders) {
    const icd = join(folder, SWIFTSHADER_ICD);
    if (existsSync(icd) && existsSync(join(folder, 'libvk_swiftshader.so'))) return icd;
  }
  return null;
}
