/** What a template is: a named, documented network that builds itself at a chosen input size and class count. */
import type { Localized } from '../localized';
import type { Graph } from '../types';

export type ImageShape = readonly [height: number, width: number, channels: number];

export interface TemplateOptions {
  /** Input image size; the rest of the network is unchanged (shapes follow). */
  readonly input?: ImageShape;
  /** Number of classes of the Output block. */
  readonly classes?: number;
}

export interface Template {
  readonly name: string;
  readonly title: Localized;
  readonly description: Localized;
  /** The input size and class count of the reference architecture. */
  readonly inputShape: ImageShape;
  readonly classes: number;
  build(options?: TemplateOptions): Graph;
}

/** The Input and Output parameters a template builds with: the options, else the template's own. */
export function resolveOptions(t: Pick<Template, 'inputShape' | 'classes'>, options: TemplateOptions = {}) {
  const [height, width, channels] = options.input ?? t.inputShape;
  return { input: { height, width, channels }, output: { classes: options.classes ?? t.classes, softmax: true } };
}
