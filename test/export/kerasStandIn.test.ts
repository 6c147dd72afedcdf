/**
 * The Keras stand-in the export tests run on (test/export/fake_keras) is strict and says what it is: it refuses
 * keywords and classes Keras 3 would refuse, real keywords it does not model, wrong weight shapes, repeated layer
 * names and shapes that do not fit, as the real Keras does.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { missingTools, PYTHON } from '../helpers/tools';

const CHECKS = `
import json, keras, numpy as np
from keras import layers
def error(f):
    try:
        f()
        return None
    except Exception as e:
        return f"{type(e).__name__}: {e}"
x = keras.Input(shape=(8, 8, 3), name="in")
c = layers.Conv2D(4, 3, name="c")
y = c(x)
print(json.dumps({
    "stand_in": keras.STAND_IN, "doc": keras.__doc__.splitlines()[0], "shape": list(y.shape),
    "unknown_keyword": error(lambda: layers.Conv2D(4, 3, paddin="same")),
    "unmodelled_keyword": error(lambda: layers.Dense(3, kernel_initializer="he_normal")),
    "keras2_keyword": error(lambda: layers.LeakyReLU(alpha=0.1)),
    "unknown_class": error(lambda: layers.Cropping2D(1)),
    "unknown_module": error(lambda: keras.applications),
    "bad_activation": error(lambda: layers.Dense(3, activation="relu6x")),
    "bad_padding": error(lambda: layers.MaxPooling2D(2, padding="full")),
    "weights": error(lambda: c.set_weights([np.zeros((3, 3, 3, 5)), np.zeros(4)])),
    "empty_output": error(lambda: layers.Conv2D(2, 9)(y)),
    "reshape": error(lambda: layers.Reshape((7,))(layers.Flatten()(y))),
    "add": error(lambda: layers.Add()([y, x])),
    "duplicate": error(lambda: keras.Model(x, layers.Dense(2, name="c")(layers.Flatten()(y)))),
}))
`;

describe.skipIf(!!missingTools('numpy'))('the Keras stand-in', () => {
  it('says it is a stand-in and refuses what Keras 3 refuses', () => {
    const r = spawnSync(PYTHON, ['-c', CHECKS], { encoding: 'utf8', env: { ...process.env, PYTHONPATH: join(import.meta.dirname, 'fake_keras') } });
    expect(r.stderr).toBe('');
    const got = JSON.parse(r.stdout) as Record<string, string | boolean | number[] | null>;
    expect(got.stand_in).toBe(true);
    expect(got.doc).toMatch(/A STAND-IN for Keras 3/);
    expect(got.shape).toEqual([null, 6, 6, 4]);
    expect(got.unknown_keyword).toBe("ValueError: Unrecognized keyword arguments passed to Conv2D: {'paddin': 'same'}");
    expect(got.unmodelled_keyword).toMatch(/^NotImplementedError: .*kernel_initializer='he_normal'/);
    expect(got.keras2_keyword).toMatch(/^ValueError: Argument `alpha` is no longer supported/);
    expect(got.unknown_class).toMatch(/^AttributeError: .*keras\.layers\.Cropping2D is not modelled/);
    expect(got.unknown_module).toMatch(/^AttributeError: .*keras\.applications is not modelled/);
    expect(got.bad_activation).toMatch(/could not interpret activation 'relu6x'/);
    expect(got.bad_padding).toMatch(/padding must be 'valid' or 'same'/);
    expect(got.weights).toMatch(/weight kernel has shape \(3, 3, 3, 4\); received \(3, 3, 3, 5\)/);
    expect(got.empty_output).toMatch(/empty dimension/);
    expect(got.reshape).toMatch(/total size of new array must be unchanged/);
    expect(got.add).toMatch(/incompatible shapes/);
    expect(got.duplicate).toMatch(/All layer names should be unique.*\['c'\]/);
  });
});
