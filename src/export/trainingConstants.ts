/**
 * The constants an exported training script starts from: the project (its training settings are the script's
 * defaults, and the run folder keeps it), the seed, and LayerLoom's tfjs model.json for the network (the run's
 * weights are written into it). User text reaches the file only inside escaped string literals (pyStr).
 */
import { deflateSync } from 'node:zlib';
import { PROJECT_FORMAT, PROJECT_VERSION, trainingSchema, type TrainingSettings } from '../graph/projectFile';
import type { Graph } from '../graph/types';
import { pyStr } from './pythonNames';
import type { TfjsModelTemplate } from './tfjsTopology';

/** LayerLoom's seed when a run does not name one (the CLI's and the app's default). */
export const DEFAULT_SEED = 1;

export interface TrainingConstantsOptions {
  readonly name: string;
  readonly description?: string;
  /** The project's training settings (default: LayerLoom's). */
  readonly training?: TrainingSettings;
  /** The run's seed (default 1). */
  readonly seed?: number;
}

/** Python source for a long ASCII string: parenthesised, 100 characters a line. */
function longString(text: string): string {
  const lines: string[] = [];
  for (let i = 0; i < text.length; i += 100) lines.push(`    "${text.slice(i, i + 100)}"`);
  return `(\n${lines.join('\n')}\n)`;
}

/** LayerLoom's model template, or why tfjs cannot build the network (then the script trains nothing and says why). */
export type TemplateOrError = TfjsModelTemplate | { readonly error: string };

export function trainingConstants(graph: Graph, template: TemplateOrError, o: TrainingConstantsOptions): string {
  const training = o.training ?? trainingSchema.parse({});
  const project = { format: PROJECT_FORMAT, version: PROJECT_VERSION, graph, training, meta: { name: o.name, description: o.description ?? '' } };
  const modelLines = 'error' in template
    ? ['TFJS_MODEL = None  # LayerLoom cannot build this network in tfjs:', `TFJS_MODEL_ERROR = ${pyStr(template.error)}`]
    : [
        '# LayerLoom\'s model.json for this network without weights (JSON, zlib, base64): the run folder\'s model.json gets',
        '# the trained weights in these names and shapes, so LayerLoom loads the run as one of its own.',
        `TFJS_MODEL = _unpack${longString(deflateSync(JSON.stringify(template)).toString('base64'))}`,
        'TFJS_MODEL_ERROR = None',
      ];
  return [
    '# The project as exported from LayerLoom: its training settings are the defaults of main(), and the run folder keeps it.',
    `PROJECT = json.loads(${pyStr(JSON.stringify(project))})`,
    'TRAINING = PROJECT["training"]',
    `SEED = ${o.seed ?? DEFAULT_SEED}  # LayerLoom's seed of the split, shuffles and augmentation`,
    '',
    '',
    'def _unpack(text):',
    '    import base64',
    '    import zlib',
    '',
    '    return json.loads(zlib.decompress(base64.b64decode(text)).decode("utf-8"))',
    '',
    '',
    ...modelLines,
  ].join('\n');
}
