"""keras.layers stand-in: any layer class; applying a layer records it and checks its inputs came from layers."""
_applied = []


class _Tensor:
    def __init__(self, layer):
        self.layer = layer


class _Layer:
    def __init__(self, cls, args, kwargs):
        self.cls, self.args, self.kwargs = cls, args, kwargs
        self.name = kwargs.get("name")
        self.inbound = []
        self.weights_set = None

    def __call__(self, inputs):
        inputs = inputs if isinstance(inputs, list) else [inputs]
        for x in inputs:
            if not isinstance(x, _Tensor):
                raise TypeError(f"layer {self.name} applied to {x!r}, not a layer output")
        self.inbound = [x.layer.name for x in inputs]
        _applied.append(self)
        return _Tensor(self)

    def set_weights(self, weights):
        self.weights_set = weights


def __getattr__(cls):
    if cls.startswith("__"):
        raise AttributeError(cls)
    return lambda *args, **kwargs: _Layer(cls, args, kwargs)
