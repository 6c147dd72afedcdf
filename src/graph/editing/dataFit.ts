/**
 * Does the network fit the data? The Input block's height × width × channels against the size the data
 * set is fed at, and the Output block's classes against its class count; and the one undoable command
 * that makes them fit.
 */
import { text, type Localized } from '../localized';
import type { Graph } from '../types';
import { defineCommand } from './command';
import { CommandError } from './commands';

export interface DataShape {
  /** [height, width, channels] the images are fed at. */
  readonly input: readonly [number, number, number];
  readonly classes: number;
}

export interface DataMismatch {
  readonly blockId: string;
  readonly what: 'input' | 'classes';
  readonly model: string;
  readonly data: string;
  readonly message: Localized;
}

export interface DataFit {
  readonly mismatches: readonly DataMismatch[];
  /** The command's arguments that fix every mismatch (null: nothing to fix, or no Input/Output block). */
  readonly fix: FitArgs | null;
  /** What is missing for a check (no Input or Output block). */
  readonly missing: readonly ('Input' | 'Output')[];
}

export interface FitArgs {
  readonly input?: { readonly blockId: string; readonly height: number; readonly width: number; readonly channels: number };
  readonly output?: { readonly blockId: string; readonly classes: number };
}

const shapeText = (s: readonly number[]) => s.join('×');

export function checkDataFit(graph: Graph, data: DataShape): DataFit {
  const input = graph.nodes.find((n) => n.kind === 'Input');
  const output = graph.nodes.find((n) => n.kind === 'Output');
  const mismatches: DataMismatch[] = [];
  const fix: { input?: FitArgs['input']; output?: FitArgs['output'] } = {};
  const [h, w, c] = data.input;
  if (input) {
    const model = [input.params.height, input.params.width, input.params.channels].map(Number);
    if (model[0] !== h || model[1] !== w || model[2] !== c) {
      mismatches.push({
        blockId: input.id, what: 'input', model: shapeText(model), data: shapeText(data.input),
        message: text(
          `The Input block takes ${shapeText(model)} images; the data is ${shapeText(data.input)}.`,
          `输入块接收 ${shapeText(model)} 的图像；数据为 ${shapeText(data.input)}。`,
        ),
      });
      fix.input = { blockId: input.id, height: h, width: w, channels: c };
    }
  }
  if (output) {
    const classes = Number(output.params.classes);
    if (classes !== data.classes) {
      mismatches.push({
        blockId: output.id, what: 'classes', model: String(classes), data: String(data.classes),
        message: text(
          `The Output block has ${classes} classes; the data has ${data.classes}.`,
          `输出块有 ${classes} 个类别；数据有 ${data.classes} 个。`,
        ),
      });
      fix.output = { blockId: output.id, classes: data.classes };
    }
  }
  const missing: ('Input' | 'Output')[] = [];
  if (!input) missing.push('Input');
  if (!output) missing.push('Output');
  return { mismatches, fix: fix.input || fix.output ? fix : null, missing };
}

/** Sets the Input block's size and the Output block's classes to the data's: one undo step. */
export const fitToData = defineCommand<FitArgs>({
  id: 'graph.fitToData',
  label: text('Fit the model to the data', '使模型适配数据'),
  history: 'record',
  perform(draft, { input, output }) {
    if (input) {
      const node = draft.nodes.find((n) => n.id === input.blockId);
      if (!node || node.kind !== 'Input') throw new CommandError(`no Input block "${input.blockId}"`);
      node.params.height = input.height;
      node.params.width = input.width;
      node.params.channels = input.channels;
    }
    if (output) {
      const node = draft.nodes.find((n) => n.id === output.blockId);
      if (!node || node.kind !== 'Output') throw new CommandError(`no Output block "${output.blockId}"`);
      node.params.classes = output.classes;
    }
  },
});
