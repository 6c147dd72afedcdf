/**
 * A JPEG file's header segments, SOI to the first SOS, walked as libjpeg's marker reader walks them
 * (jdmarker.c): fill bytes (0xFF runs) before a marker are allowed, anything else between segments is not.
 * Used by readers that answer from the header alone (exifOrientation.ts, imageHeader.ts) and hand anything
 * unusual to sharp, so the walk is strict: it says where and why it stopped rather than guessing.
 */

export interface JpegSegment {
  /** The marker's second byte: 0xC0 SOF0, 0xE1 APP1, 0xDA SOS … */
  readonly marker: number;
  /** The segment's payload, after its two length bytes. */
  readonly body: Uint8Array;
}

/**
 * How the walk ended: 'sos' (the last segment is the first scan's header: a whole header), 'truncated'
 * (the bytes ran out first: read more), 'malformed' (garbage between segments, a bad length, EOI or a
 * second SOI before any scan, a marker libjpeg does not know).
 */
export type JpegWalkEnd = 'sos' | 'truncated' | 'malformed';

export interface JpegWalk {
  readonly segments: readonly JpegSegment[];
  readonly end: JpegWalkEnd;
}

export function isJpeg(bytes: Uint8Array): boolean {
  return bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff;
}

/** Markers with no length field that libjpeg skips silently in a header: TEM, RST0–7. */
function isStandalone(m: number): boolean {
  return m === 0x01 || (m >= 0xd0 && m <= 0xd7);
}

/** Markers libjpeg reads or skips in a header (jdmarker.c read_markers); any other one is an error there. */
function isKnownSegment(m: number): boolean {
  return (m >= 0xc0 && m <= 0xcf && m !== 0xc8) // SOFn, DHT, DAC
    || m === 0xda || m === 0xdb || m === 0xdc || m === 0xdd // SOS, DQT, DNL, DRI
    || (m >= 0xe0 && m <= 0xef) || m === 0xfe; // APPn, COM
}

/** The segments of a JPEG's header (the file's bytes, or its first bytes); null when it is not a JPEG. */
export function jpegSegments(bytes: Uint8Array): JpegWalk | null {
  if (!isJpeg(bytes)) return null;
  const segments: JpegSegment[] = [];
  let at = 2;
  for (;;) {
    if (at >= bytes.length) return { segments, end: 'truncated' };
    if (bytes[at] !== 0xff) return { segments, end: 'malformed' };
    while (at < bytes.length && bytes[at] === 0xff) at++;
    if (at >= bytes.length) return { segments, end: 'truncated' };
    const marker = bytes[at++];
    if (isStandalone(marker)) continue;
    if (!isKnownSegment(marker)) return { segments, end: 'malformed' };
    if (at + 2 > bytes.length) return { segments, end: 'truncated' };
    const length = (bytes[at] << 8) | bytes[at + 1];
    if (length < 2) return { segments, end: 'malformed' };
    if (at + length > bytes.length) return { segments, end: 'truncated' };
    segments.push({ marker, body: bytes.subarray(at + 2, at + length) });
    at += length;
    if (marker === 0xda) return { segments, end: 'sos' };
  }
}
