/**
 * graph → a Keras 3 functional model (layers named as in LayerLoom) with LayerLoom's preprocessing on
 * `keras.utils.image_dataset_from_directory` and a training script (one GPU or tf.distribute).
 */
import type { Graph } from '../graph/types';
import { planExport } from './exportPlan';
import { kerasBlock } from './kerasBlocks';
import { KERAS_DATA } from './kerasScript';
import { KERAS_WEIGHTS_LOADER } from './kerasWeights';
import { PYTHON_FOLDER } from './pythonFolder';
import { pythonTexts } from './pythonTexts';
import { PYTHON_PIXELS } from './pythonPreprocess';
import { classNamesLine, descriptionLines, imageFilesLines, normalizationLine, type ExportOptions } from './pytorch';
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
    'Train:  python this_file.py DATA_DIR --epochs 10 [--weights exported.safetensors]',
    'Several GPUs: run unchanged; main() trains under tf.distribute.MirroredStrategy (all local GPUs; --batch is',
    'the global batch). For several machines use tf.distribute.MultiWorkerMirroredStrategy with TF_CONFIG set.',
    '"""',
    'import keras',
    'from keras import layers',
    '',
    `INPUT_HEIGHT, INPUT_WIDTH, INPUT_CHANNELS = ${h}, ${w}, ${c}`,
    `RESIZE = ${pyStr(resize)}`,
    imageFilesLines(),
    classNamesLine(options.classNames),
    normalizationLine(options.normalization, c),
    '',
    '',
    `def ${fn}():`,
    ...body,
    `    return keras.Model(inputs, x, name=${pyStr(options.name)})`,
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
    KERAS_DATA,
    '',
    '',
    KERAS_WEIGHTS_LOADER,
    '',
    '',
    'def main(argv=None):',
    '    import argparse',
    '',
    '    import tensorflow as tf',
    '',
    '    parser = argparse.ArgumentParser(description="Train on an image folder (one sub-folder per class).")',
    '    parser.add_argument("data")',
    '    parser.add_argument("--epochs", type=int, default=10)',
    '    parser.add_argument("--batch", type=int, default=32)',
    '    parser.add_argument("--lr", type=float, default=1e-3)',
    '    parser.add_argument("--weights", help="start from weights exported by LayerLoom (.safetensors)")',
    '    parser.add_argument("--save", default="model.keras")',
    '    args = parser.parse_args(argv)',
    '    strategy = tf.distribute.MirroredStrategy()',
    '    with strategy.scope():',
    `        model = ${fn}()`,
    '        if args.weights:',
    '            load_layerloom_weights(model, args.weights)',
    `        loss = keras.losses.SparseCategoricalCrossentropy(from_logits=${softmax ? 'False' : 'True'})`,
    '        model.compile(optimizer=keras.optimizers.Adam(args.lr), loss=loss, metrics=["accuracy"])',
    '    images, folder = load_dataset(args.data, args.batch, mean=None)',
    '    mean, std = (MEAN, STD) if MEAN is not None else channel_statistics(images)',
    '    print(f"input standardisation: mean {[round(m, 4) for m in mean]}, std {[round(s, 4) for s in std]}")',
    '    images, folder = load_dataset(args.data, args.batch, mean=mean, std=std)',
    '    model.fit(images, epochs=args.epochs)',
    '    model.save(args.save)',
    '',
    '',
    'if __name__ == "__main__":',
    '    main()',
    '',
  ].join('\n');
}
