/**
 * A run's trained weights for the Keras export: tfjs layers are Keras layers, so the tensors keep their
 * layouts and names (`layer/weight`); the exported code sets them layer by layer.
 */
import type { NamedWeight } from './torchWeights';
import { encodeSafetensors } from './torchWeights';

/** Keras' per-layer weight order for every layer LayerLoom builds (conv, dense, batch norm). */
export const KERAS_WEIGHT_ORDER = ['kernel', 'bias', 'gamma', 'beta', 'moving_mean', 'moving_variance'] as const;

/** The run's weights under their Keras names (tfjs' uniquifying `_1` suffixes dropped), as safetensors bytes. */
export function kerasWeightsFile(weights: ReadonlyMap<string, NamedWeight>, model: string): Uint8Array {
  const named = new Map<string, NamedWeight>();
  for (const [name, w] of weights) {
    const m = /^(.*)\/([a-z_]+?)(_\d+)?$/.exec(name);
    named.set(m && (KERAS_WEIGHT_ORDER as readonly string[]).includes(m[2]) ? `${m[1]}/${m[2]}` : name, w);
  }
  return encodeSafetensors(named, { format: 'keras', source: 'layerloom', model });
}

export const KERAS_WEIGHTS_LOADER = `def load_layerloom_weights(model, path):
    """Loads weights from \`layerloom export --weights RUN --to keras\` (safetensors; tfjs layouts are Keras layouts)."""
    import json
    import struct

    import numpy as np

    with open(path, "rb") as f:
        (header_size,) = struct.unpack("<Q", f.read(8))
        header = json.loads(f.read(header_size))
        data = f.read()
    by_layer = {}
    for name, info in header.items():
        if name == "__metadata__":
            continue
        layer, weight = name.rsplit("/", 1)
        begin, end = info["data_offsets"]
        by_layer.setdefault(layer, {})[weight] = np.frombuffer(data[begin:end], dtype="<f4").reshape(info["shape"])
    order = ${JSON.stringify(KERAS_WEIGHT_ORDER).replace(/,/g, ', ')}
    for layer in model.layers:
        weights = by_layer.pop(layer.name, None)
        if weights is not None:
            layer.set_weights([weights[k] for k in order if k in weights])
    if by_layer:
        raise ValueError(f"{path} has weights for layers this model does not have: {sorted(by_layer)}")
    return model`;
