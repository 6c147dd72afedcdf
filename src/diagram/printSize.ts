/** How large a PNG of a diagram may be: print resolution, but never more pixels than a viewer (or sharp) can hold. */

/** 64 megapixels: a ResNet-50 at 300 dpi would be several hundred; image viewers and sharp's default limit stop far below. */
export const MAX_PNG_PIXELS = 64e6;

/** CSS pixels are 1/96 inch. */
export const CSS_DPI = 96;

/** The resolution to render at: the one asked for, lowered (to whole dots per inch) when the image would be too large. */
export function fitDpi(width: number, height: number, dpi: number, maxPixels = MAX_PNG_PIXELS): number {
  const scale = dpi / CSS_DPI;
  const pixels = width * scale * height * scale;
  if (pixels <= maxPixels) return dpi;
  return Math.max(1, Math.floor(CSS_DPI * Math.sqrt(maxPixels / (width * height))));
}

export function pngPixels(width: number, height: number, dpi: number): { width: number; height: number } {
  return { width: Math.round((width * dpi) / CSS_DPI), height: Math.round((height * dpi) / CSS_DPI) };
}
