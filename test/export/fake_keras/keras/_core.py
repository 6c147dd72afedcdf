"""The stand-in's symbolic tensors, layer base class and functional Model (see __init__.py)."""
import inspect

STAND_IN = "keras stand-in (LayerLoom tests)"


class KerasTensor:
    """A symbolic tensor: a shape (batch first, None) and the layer that made it."""

    def __init__(self, shape, layer):
        self.shape = tuple(shape)
        self.layer = layer

    def __repr__(self):
        return f"<KerasTensor shape={self.shape} from {self.layer.name}>"


_names = {}


def _auto_name(cls):
    base = "".join("_" + c.lower() if c.isupper() and i else c.lower() for i, c in enumerate(cls))
    n = _names.get(base, 0)
    _names[base] = n + 1
    return base if n == 0 else f"{base}_{n}"


class Layer:
    """keras.layers.Layer's constructor: Layer(*, activity_regularizer=None, trainable=True, dtype=None,
    autocast=True, name=None, **kwargs), where kwargs may only be input_dim / input_shape."""

    def __init__(self, *, activity_regularizer=None, trainable=True, dtype=None, autocast=True, name=None, **kwargs):
        kwargs.pop("input_dim", None)
        kwargs.pop("input_shape", None)
        if kwargs:
            raise ValueError(f"Unrecognized keyword arguments passed to {type(self).__name__}: {kwargs}")
        _not_modelled(self, {"activity_regularizer": (activity_regularizer, None), "trainable": (trainable, True),
                             "dtype": (dtype, None), "autocast": (autocast, True)})
        if name is not None and not isinstance(name, str):
            raise TypeError(f"{type(self).__name__}: name must be a string, got {name!r}")
        self.name = name or _auto_name(type(self).__name__)
        self.cls = type(self).__name__
        self.inbound = []
        self.input_shapes = None
        self.output_shape = None
        self.weights_set = None
        self.config = {}

    def get_config(self):
        """The settings the stand-in models (Keras' get_config names; tuples as lists), and the name."""
        to_list = lambda v: [to_list(x) for x in v] if isinstance(v, (tuple, list)) else v  # noqa: E731
        return {"name": self.name, **{k: to_list(v) for k, v in self.config.items()}}

    # Subclasses: output_shape_for(shapes) -> shape; weight_shapes(shapes) -> [(name, shape)].
    def weight_shapes(self, shapes):
        return []

    def __call__(self, inputs, *args, **kwargs):
        if args or kwargs:
            raise NotImplementedError(f"{STAND_IN}: {self.cls} called with extra arguments {args} {kwargs}")
        if self.input_shapes is not None:
            raise NotImplementedError(f"{STAND_IN}: layer {self.name} applied twice (LayerLoom's export applies each layer once)")
        many = isinstance(inputs, (list, tuple))
        tensors = list(inputs) if many else [inputs]
        for x in tensors:
            if not isinstance(x, KerasTensor):
                raise TypeError(f"layer {self.name} applied to {x!r}, not a Keras tensor")
        shapes = [x.shape for x in tensors]
        self.output_shape = tuple(self.output_shape_for(shapes if many else shapes[0]))
        if any(d is not None and d <= 0 for d in self.output_shape):
            raise ValueError(f"{self.cls} {self.name}: output shape {self.output_shape} has an empty dimension (input {shapes})")
        self.input_shapes = shapes
        self.inbound = [x.layer.name for x in tensors]
        self._inbound_layers = [x.layer for x in tensors]
        return KerasTensor(self.output_shape, self)

    @property
    def weights_shapes(self):
        if self.input_shapes is None:
            raise ValueError(f"layer {self.name} has not been built (it was never applied)")
        shapes = self.input_shapes if len(self.input_shapes) > 1 else self.input_shapes[0]
        return self.weight_shapes(shapes)

    def get_weights(self):
        import numpy as np

        if self.weights_set is not None:
            return list(self.weights_set)
        return [np.zeros(shape, dtype="float32") for _, shape in self.weights_shapes]

    def set_weights(self, weights):
        expected = self.weights_shapes
        if len(weights) != len(expected):
            raise ValueError(f"Layer {self.name} expects {len(expected)} weights ({[n for n, _ in expected]}), but received {len(weights)}")
        for (name, shape), w in zip(expected, weights):
            if tuple(w.shape) != tuple(shape):
                raise ValueError(f"Layer {self.name} weight {name} has shape {tuple(shape)}; received {tuple(w.shape)}")
        self.weights_set = list(weights)


def _not_modelled(layer, values):
    """Real keywords the stand-in does not model: only their defaults are accepted."""
    for key, (value, default) in values.items():
        if value != default:
            raise NotImplementedError(f"{STAND_IN}: {type(layer).__name__}({key}={value!r}) is real Keras but not modelled here")


def signature_of(cls):
    return inspect.signature(cls.__init__)


class InputLayer(Layer):
    def __init__(self, shape=None, batch_size=None, dtype=None, sparse=None, ragged=None, batch_shape=None,
                 input_tensor=None, optional=False, name=None, **kwargs):
        super().__init__(name=name, **kwargs)
        _not_modelled(self, {"batch_size": (batch_size, None), "dtype": (dtype, None), "sparse": (sparse, None),
                             "ragged": (ragged, None), "batch_shape": (batch_shape, None),
                             "input_tensor": (input_tensor, None), "optional": (optional, False)})
        if not isinstance(shape, tuple) or not all(isinstance(d, int) and d > 0 for d in shape):
            raise ValueError(f"Input shape must be a tuple of positive integers, got {shape!r}")
        self.shape = shape
        self.config = {"shape": shape}
        self.input_shapes = []
        self.output_shape = (None,) + shape

    @property
    def weights_shapes(self):
        return []  # Keras' InputLayer has no weights: get_weights() is [], set_weights([]) accepted


def Input(shape=None, batch_size=None, dtype=None, sparse=None, ragged=None, batch_shape=None, name=None,
          tensor=None, optional=False):
    """keras.Input's real signature."""
    layer = InputLayer(shape=shape, batch_size=batch_size, dtype=dtype, sparse=sparse, ragged=ragged,
                       batch_shape=batch_shape, input_tensor=tensor, optional=optional, name=name)
    layer.cls = "InputLayer"
    return KerasTensor(layer.output_shape, layer)


class Model:
    """The functional keras.Model(inputs, outputs, name=None): the layers between them, in order of application."""

    def __init__(self, inputs=None, outputs=None, name=None, **kwargs):
        if kwargs:
            raise NotImplementedError(f"{STAND_IN}: Model(**{kwargs}) is not modelled")
        tensors = inputs if isinstance(inputs, (list, tuple)) else [inputs]
        if not all(isinstance(t, KerasTensor) and isinstance(t.layer, InputLayer) for t in tensors):
            raise ValueError(f"Model inputs must come from keras.Input, got {inputs!r}")
        if not isinstance(outputs, KerasTensor):
            raise ValueError(f"Model outputs must be a Keras tensor, got {outputs!r}")
        self.name = name
        seen, order = set(), []

        def visit(layer):
            if id(layer) in seen:
                return
            seen.add(id(layer))
            for parent in getattr(layer, "_inbound_layers", []):
                visit(parent)
            order.append(layer)

        visit(outputs.layer)
        missing = [t.layer.name for t in tensors if id(t.layer) not in seen]
        if missing:
            raise ValueError(f"Model inputs {missing} are not connected to the outputs")
        names = [layer.name for layer in order]
        duplicates = sorted({n for n in names if names.count(n) > 1})
        if duplicates:
            raise ValueError(f"All layer names should be unique. Model {name!r} has duplicates: {duplicates}")
        self.layers = order
        self.inputs = tensors
        self.outputs = [outputs]
        self.output_shape = outputs.shape

    def get_layer(self, name):
        for layer in self.layers:
            if layer.name == name:
                return layer
        raise ValueError(f"No such layer: {name}")
