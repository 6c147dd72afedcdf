/**
 * graph → a Keras 3 functional model (layers named as in LayerLoom) with LayerLoom's preprocessing on
 * `keras.utils.image_dataset_from_directory` and a training script (one GPU or tf.distribute).
 */
import type { Graph } from '../graph/types';
import { planExport } from './exportPlan';
import { kerasBlock } from './kerasBlocks';
import { KERAS_ARGS, KERAS_DATA, KERAS_TRAINING } from './kerasScript';
import { pythonArgs } from './pythonArgs';
import { KERAS_WEIGHTS_LOADER } from './kerasWeights';
import { PYTHON_FOLDER } from './pythonFolder';
import { pythonTexts } from './pythonTexts';
import { PYTHON_PIXELS } from './pythonPreprocess';
import { classNamesLine, descriptionLines, imageFilesLines, normalizationLine, templateOrError, type ExportOptions } from './pytorch';
import { PYTHON_DATA } from './pythonData';
import { PYTHON_RUN } from './pythonRun';
import { PYTHON_SPLIT } from './pythonSplit';
import { trainingConstants } from './trainingConstants';
import { pyDocText, pyStr, pythonName } from './pythonNames';

export function exportKeras(graph: Graph, options: ExportOptions): string {
  const plan = planExport(graph);
  const body: string[] = [];
  for (const b of plan.blocks) {
    const inputs = b.kind === 'Input' ? [] : b.inputVars;
    const expr = kerasBlock(b.kind)(b.params, { id: b.id, attr: b.attr, inputs, inputShapes: b.inputShapes, outputShape: b.outputShape });
    const target = b.kind === 'Input' ? 'inputs' : b.outputVar;
    body.push(`    ${target} = ${expr}  # ${b.outputShape.join('×')}`);
    if (b.kind === 'Input' && b.outputVar !== 'inputs') body.push(`    ${b.outputVar} = inputs`);
  }
  const fn = `build_${pythonName(options.name.replace(/[^A-Za-z0-9_]/g, '_').replace(/^(\d)/, '_$1').toLowerCase() || 'model')}`;
  const [h, w, c] = plan.input.outputShape;
  const resize = options.resize ?? 'stretch';
  const softmax = plan.output.params.softmax !== false;
  return [
    `"""The LayerLoom network "${pyDocText(options.name)}", exported as a Keras 3 functional model.`,
    ...descriptionLines(options.description),
    '',
    `Input: [N, ${h}, ${w}, ${c}] floats from load_dataset (channels last, as in LayerLoom). Output: [N, ${plan.output.outputShape[0]}] ${softmax ? 'class probabilities' : 'logits (softmax gives probabilities)'}.`,
    'Layer names and settings equal LayerLoom\'s tfjs layers, so a LayerLoom run\'s model.json converts with',
    '`tensorflowjs_converter --input_format tfjs_layers_model --output_format keras_saved_model`.',
    '',
    'Train as LayerLoom does (its folder rules, split, statistics and this project\'s training settings), writing a',
    'LayerLoom run folder that the app opens:  python this_file.py DATA_DIR [--out RUN_DIR]   (--help lists the settings)',
    'Several GPUs: run unchanged (tf.distribute.MirroredStrategy, every local GPU; --batch is split between them);',
    'several machines: set TF_CONFIG (MultiWorkerMirroredStrategy; only the chief writes the run).',
    '"""',
    'import json',
    '',
    'import keras',
    'from keras import layers',
    '',
    `INPUT_HEIGHT, INPUT_WIDTH, INPUT_CHANNELS = ${h}, ${w}, ${c}`,
    `RESIZE = ${pyStr(resize)}`,
    imageFilesLines(),
    classNamesLine(options.classNames),
    normalizationLine(options.normalization, c),
    `OUTPUT_SOFTMAX = ${softmax ? 'True' : 'False'}  # the Output block's softmax (the model outputs probabilities)`,
    trainingConstants(graph, templateOrError(graph), options),
    '',
    '',
    `def ${fn}():`,
    ...body,
    `    return keras.Model(inputs, x, name=${pyStr(options.name)})`,
    '',
    '',
    `BUILD_MODEL = ${fn}`,
    '',
    '',
    PYTHON_PIXELS,
    '',
    '',
    pythonTexts(),
    '',
    '',
    PYTHON_FOLDER,
    '',
    '',
    PYTHON_SPLIT,
    '',
    '',
    PYTHON_DATA,
    '',
    '',
    PYTHON_RUN,
    '',
    '',
    KERAS_DATA,
    '',
    '',
    KERAS_WEIGHTS_LOADER,
    '',
    '',
    pythonArgs(KERAS_ARGS),
    '',
    '',
    KERAS_TRAINING,
    '',
  ].join('\n');
}
