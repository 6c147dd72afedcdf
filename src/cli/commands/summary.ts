import { analyze } from '../../graph/analyze';
import type { Analysis } from '../../graph/analysisTypes';
import { terminalSafe } from '../../log/terminalText';
import { intFlag, parseArgs, shapeFlag } from '../args';
import { loadGraphArg } from '../loadGraph';
import type { CliCommand } from '../main';
import { formatSummaryTable } from '../summaryTable';

const usage = 'layerloom summary <project.layerloom.json | --template NAME> [--input HxWxC] [--classes N] [--json]';

/** The JSON form: one entry per block in topological order, and totals. */
export function summaryJson(name: string, analysis: Analysis) {
  return {
    model: name,
    blocks: analysis.order.map((id) => {
      const n = analysis.nodes[id];
      return {
        id, kind: n.kind, inputs: n.inputIds, outputShape: n.outputShape,
        params: n.params.trainable + n.params.nonTrainable, trainableParams: n.params.trainable,
        flops: n.flops, macs: n.macs, receptiveField: n.receptiveField, activationBytes: n.activationBytes,
      };
    }),
    totals: {
      params: analysis.totals.params,
      trainableParams: analysis.totals.trainableParams,
      nonTrainableParams: analysis.totals.nonTrainableParams,
      flops: analysis.totals.flops,
      macs: analysis.totals.macs,
      activationBytesPerImage: analysis.totals.activationBytesPerImage,
    },
    diagnostics: analysis.diagnostics.map((d) => ({ severity: d.severity, code: d.code, nodeId: d.nodeId, message: d.message.en, fix: d.fix.en })),
  };
}

export const command: CliCommand = {
  name: 'summary',
  usage,
  summary: 'Per-block output shape, parameters, FLOPs (a multiply-add counts as 2), MACs and receptive field, like Keras\' model.summary().',
  async run(args) {
    const { positional, flags } = parseArgs(args, {
      template: { type: 'string' }, input: { type: 'string' }, classes: { type: 'string' }, json: { type: 'boolean' },
    }, usage);
    const loaded = await loadGraphArg(positional, {
      template: flags.template,
      input: shapeFlag(flags.input, 'input'),
      classes: flags.classes === undefined ? undefined : intFlag(flags.classes, 'classes', 10, 1, 100000),
    });
    const analysis = analyze(loaded.graph);
    if (flags.json) {
      console.log(JSON.stringify(summaryJson(loaded.name, analysis)));
    } else {
      console.log(formatSummaryTable(loaded.name, loaded.graph, analysis));
    }
    for (const d of analysis.diagnostics) {
      console.error(terminalSafe(`${d.severity}${d.nodeId ? ` [${d.nodeId}]` : ''}: ${d.message.en} Fix: ${d.fix.en}`));
    }
    return analysis.ok ? 0 : 1;
  },
};
