/**
 * Does the model input fit the images? Notices when colour or detail would be thrown away, when small
 * images are blown up, or when the model reads three equal copies of grey images. Plain data in and out;
 * every notice is a catalogued code (src/messages/dataTexts.ts) with its parameters and English line.
 */
import { renderText, type TextParams } from '../messages/index.ts';
import type { DATA_TEXTS } from '../messages/dataTexts.ts';
import type { ImageSurvey } from './imageSurvey.ts';
import type { DatasetNotice, InputShape } from './types.ts';

/** Every note about a data set: the data catalogue's `data.notice.*` codes. */
export type NoticeCode = Extract<keyof typeof DATA_TEXTS, `data.notice.${string}`>;

export function notice(code: NoticeCode, severity: DatasetNotice['severity'], params: TextParams = {}): DatasetNotice {
  return { code, severity, message: renderText({ code, params }, 'en') ?? code, params };
}

const shape = (s: readonly number[]) => s.join('×');

export function fitNotices(input: InputShape, s: ImageSurvey): DatasetNotice[] {
  if (!s.measured || !s.median || !s.suggested) return [];
  const [h, w, c] = input;
  const [sh, sw] = s.suggested;
  const { width: mw, height: mh } = s.median;
  const out: DatasetNotice[] = [];
  const p = { input: shape(input), imageSize: `${mw}×${mh}`, suggested: shape(s.suggested) };
  if (c === 1 && s.colour) out.push(notice('data.notice.colourDropped', 'warning', p));
  if (h < sh / 2 || w < sw / 2) out.push(notice('data.notice.resolutionDropped', 'warning', p));
  else if (h > 2 * mh && w > 2 * mw) out.push(notice('data.notice.upscaled', 'info', p));
  if (c === 3 && !s.colour) out.push(notice('data.notice.greyAsColour', 'info', p));
  if (s.distinctSizes > 1) {
    const listed = s.sizes.slice(0, 4).map((z) => `${z.width}×${z.height}`).join(', ') + (s.distinctSizes > 4 ? ', …' : '');
    out.push(notice('data.notice.mixedSizes', 'info', { sizes: s.distinctSizes, listed, size: `${h}×${w}` }));
  }
  return out;
}
