/**
 * graph → a Keras 3 functional model (layers named as in LayerLoom) with LayerLoom's preprocessing on
 * `keras.utils.image_dataset_from_directory` and a training script (one GPU or tf.distribute).
 */
import type { Graph } from '../graph/types';
import { planExport } from './exportPlan';
import { kerasBlock } from './kerasBlocks';
import { KERAS_WEIGHTS_LOADER } from './kerasWeights';
import { classNamesLine, normalizationLine, type ExportOptions } from './pytorch';
import { pyStr, pythonName } from './pythonNames';

export function exportKeras(graph: Graph, options: ExportOptions): string {
  const plan = planExport(graph);
  const body: string[] = [];
  for (const b of plan.blocks) {
    const inputs = b.kind === 'Input' ? [] : b.inputVars;
    const expr = kerasBlock(b.kind)(b.params, { id: b.id, attr: pythonName(b.id), inputs, inputShapes: b.inputShapes, outputShape: b.outputShape });
    const target = b.kind === 'Input' ? 'inputs' : b.outputVar;
    body.push(`    ${target} = ${expr}  # ${b.outputShape.join('×')}`);
    if (b.kind === 'Input' && b.outputVar !== 'inputs') body.push(`    ${b.outputVar} = inputs`);
  }
  const fn = `build_${pythonName(options.name.replace(/[^A-Za-z0-9_]/g, '_').replace(/^(\d)/, '_$1').toLowerCase() || 'model')}`;
  const [h, w, c] = plan.input.outputShape;
  const resize = options.resize ?? 'stretch';
  const softmax = plan.output.params.softmax !== false;
  return [
    `"""${options.name}: exported from LayerLoom as a Keras 3 functional model.`,
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
    classNamesLine(options.classNames),
    normalizationLine(options.normalization, c),
    '',
    '',
    `def ${fn}():`,
    ...body,
    `    return keras.Model(inputs, x, name=${pyStr(options.name)})`,
    '',
    '',
    'def load_dataset(directory, batch_size, subset=None, mean=MEAN, std=STD):',
    '    """LayerLoom\'s preprocessing: resize by RESIZE (letterbox pads black), 1 channel = luma / 3 = RGB, scaled to [0, 1],',
    '    then (x - mean) / std per channel (LayerLoom\'s input standardisation; mean=None leaves [0, 1]).',
    '',
    '    Classes are the sub-folder names in sorted order, as in LayerLoom. Keras drops transparency instead of',
    '    flattening it onto white and uses TensorFlow\'s luma weights (0.2989, 0.587, 0.114): convert RGBA images',
    '    to RGB on white beforehand for an exact match.',
    '    """',
    '    dataset = keras.utils.image_dataset_from_directory(',
    '        directory, labels="inferred", label_mode="int", batch_size=batch_size,',
    '        color_mode="grayscale" if INPUT_CHANNELS == 1 else "rgb", image_size=(INPUT_HEIGHT, INPUT_WIDTH),',
    '        interpolation="lanczos3", crop_to_aspect_ratio=RESIZE == "crop", pad_to_aspect_ratio=RESIZE == "letterbox",',
    '        shuffle=True, seed=1, validation_split=0.1 if subset else None, subset=subset)',
    '    rescale = layers.Rescaling(1.0 / 255)',
    '    if mean is None:',
    '        return dataset.map(lambda images, labels: (rescale(images), labels))',
    '    standardise = layers.Normalization(mean=mean, variance=[s * s for s in std])',
    '    return dataset.map(lambda images, labels: (standardise(rescale(images)), labels))',
    '',
    '',
    'def channel_statistics(dataset, limit=2000):',
    '    """Per-channel mean and standard deviation of up to `limit` images of a [0, 1] dataset, as LayerLoom computes them."""',
    '    import numpy as np',
    '',
    '    total, squares, count, seen = 0.0, 0.0, 0, 0',
    '    for images, _ in dataset:',
    '        x = np.asarray(images, dtype="float64").reshape(-1, INPUT_CHANNELS)',
    '        total, squares, count = total + x.sum(0), squares + (x * x).sum(0), count + x.shape[0]',
    '        seen += len(images)',
    '        if seen >= limit:',
    '            break',
    '    mean = total / count',
    '    std = np.sqrt(np.maximum(squares / count - mean * mean, 0))',
    '    std[std == 0] = 1',
    '    return mean.tolist(), std.tolist()',
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
    '    mean, std = (MEAN, STD) if MEAN is not None else channel_statistics(load_dataset(args.data, args.batch, mean=None))',
    '    print(f"input standardisation: mean {mean}, std {std}")',
    '    model.fit(load_dataset(args.data, args.batch, mean=mean, std=std), epochs=args.epochs)',
    '    model.save(args.save)',
    '',
    '',
    'if __name__ == "__main__":',
    '    main()',
    '',
  ].join('\n');
}
