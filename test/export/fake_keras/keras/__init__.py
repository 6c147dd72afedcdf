"""A stand-in for Keras 3 in tests (TensorFlow is not installable here): runs an exported build function,
recording each layer's class, arguments and the order layers are applied, and the weights set on them."""
from . import layers, utils  # noqa: F401


def Input(shape, name=None):
    layer = layers._Layer("InputLayer", (), {"shape": shape, "name": name})
    return layer([])


class Model:
    def __init__(self, inputs, outputs, name=None):
        self.name = name
        self.layers = list(layers._applied)
        layers._applied.clear()
