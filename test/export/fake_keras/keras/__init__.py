"""A STAND-IN for Keras 3, for LayerLoom's tests only: TensorFlow and Keras cannot be installed on the test machines.

It is strict where the real Keras is strict and about what LayerLoom's Keras export uses: the layer classes and
their constructors have Keras 3's real signatures (names, positions, defaults; keras/src/layers/**), a keyword the
real layer would reject raises the same ValueError, and a real keyword the stand-in does not model raises
NotImplementedError unless it has its default value. Layers check their inputs' shapes, infer output shapes and
weight shapes as Keras does, set_weights() demands exactly those shapes, and Model() demands unique layer names.
It computes nothing: no tensors flow through it.
"""
from . import layers, utils  # noqa: F401
from ._core import Input, Model  # noqa: F401

STAND_IN = True
__version__ = "3.0.0+layerloom.stand.in"


def __getattr__(name):
    from ._core import STAND_IN

    raise AttributeError(f"{STAND_IN}: keras.{name} is not modelled (LayerLoom's export does not use it)")
