/**
 * Does the model input fit the images? Notices (a code, parameters and an English line) when colour or
 * detail would be thrown away, when small images are blown up, or when the model reads three equal
 * copies of grey images. Plain data in and out.
 */
import type { ImageSurvey } from './imageSurvey.ts';
import type { DatasetNotice, InputShape, ResizeMode } from './types.ts';

const shape = (s: readonly number[]) => s.join('×');
const RESIZED: Readonly<Record<ResizeMode, string>> = { stretch: 'stretched', crop: 'scaled and cropped', letterbox: 'scaled and padded' };

/** Every notice the data layer gives (a UI words each code in its language). */
export const NOTICE_CODES = [
  'colour-dropped', 'resolution-dropped', 'upscaled', 'grey-as-colour', 'mixed-sizes',
  'imbalance', 'few-images', 'no-validation', 'no-test', 'class-without-test', 'class-without-training', 'skipped',
  'sampled-check', 'skipped-cut',
] as const;
export type NoticeCode = (typeof NOTICE_CODES)[number];

export function notice(code: NoticeCode, severity: DatasetNotice['severity'], message: string, params: Readonly<Record<string, string | number>> = {}): DatasetNotice {
  return { code, severity, message, params };
}

export function fitNotices(input: InputShape, resize: ResizeMode, s: ImageSurvey): DatasetNotice[] {
  if (!s.measured || !s.median || !s.suggested) return [];
  const [h, w, c] = input;
  const [sh, sw] = s.suggested;
  const { width: mw, height: mh } = s.median;
  const out: DatasetNotice[] = [];
  const p = { input: shape(input), imageSize: `${mw}×${mh}`, suggested: shape(s.suggested) };
  if (c === 1 && s.colour) {
    out.push(notice('colour-dropped', 'warning',
      `the images are in colour, but the Input block takes 1 channel: their colour is thrown away; set the Input's channels to 3 to keep it`, p));
  }
  if (h < sh / 2 || w < sw / 2) {
    out.push(notice('resolution-dropped', 'warning',
      `the images are ${mw}×${mh} pixels (median) but are fed at ${shape(input)}: most of their detail is thrown away; an Input of ${shape(s.suggested)} keeps more`, p));
  } else if (h > 2 * mh && w > 2 * mw) {
    out.push(notice('upscaled', 'info',
      `the images (${mw}×${mh} pixels, median) are enlarged to ${h}×${w}: no detail is gained and training is slower; an Input of ${shape(s.suggested)} fits them`, p));
  }
  if (c === 3 && !s.colour) {
    out.push(notice('grey-as-colour', 'info', 'every image is greyscale: with 3 input channels the model reads three equal copies; 1 channel trains faster', p));
  }
  if (s.distinctSizes > 1) {
    const listed = s.sizes.slice(0, 4).map((z) => `${z.width}×${z.height}`).join(', ');
    out.push(notice('mixed-sizes', 'info',
      `the images have ${s.distinctSizes} different sizes (${listed}${s.distinctSizes > 4 ? ', …' : ''}); each is ${RESIZED[resize]} to ${h}×${w}`,
      { ...p, sizes: s.distinctSizes, listed, resize }));
  }
  return out;
}
