"""keras.layers in the stand-in: the classes LayerLoom's Keras export uses, with Keras 3's constructor signatures
(keras/src/layers/**), their shape rules and weight shapes. Any other class is an AttributeError (see __init__.py)."""
import math

from ._core import STAND_IN, InputLayer, Layer, _not_modelled  # noqa: F401

ACTIVATIONS = {"relu", "leaky_relu", "relu6", "softmax", "celu", "elu", "selu", "softplus", "softsign", "squareplus",
               "soft_shrink", "sparse_plus", "silu", "gelu", "glu", "tanh", "tanh_shrink", "threshold", "sigmoid",
               "sparse_sigmoid", "exponential", "hard_sigmoid", "hard_silu", "hard_tanh", "hard_shrink", "linear",
               "mish", "log_softmax", "log_sigmoid", "sparsemax", "swish"}
INTERPOLATIONS = {"nearest", "bilinear", "bicubic", "lanczos3", "lanczos5", "area"}


def _pair(value, what, layer):
    if isinstance(value, int):
        value = (value, value)
    if not (isinstance(value, tuple) and len(value) == 2 and all(isinstance(v, int) and v > 0 for v in value)):
        raise ValueError(f"{layer}: {what} must be a positive int or a tuple of 2 positive ints, got {value!r}")
    return value


def _padding(value, layer):
    if value not in ("valid", "same"):
        raise ValueError(f"{layer}: padding must be 'valid' or 'same', got {value!r}")
    return value


def _activation(value, layer):
    if value is not None and value not in ACTIVATIONS:
        raise ValueError(f"{layer}: could not interpret activation {value!r}")
    return value or "linear"


def _rank(shape, rank, layer):
    if len(shape) != rank:
        raise ValueError(f"Input 0 of layer {layer} is incompatible: expected ndim={rank}, found ndim={len(shape)} (shape {shape})")


def _window(size, kernel, stride, dilation, padding):
    if padding == "same":
        return math.ceil(size / stride)
    return (size - dilation * (kernel - 1) - 1) // stride + 1


def _common(layer, kernel_initializer, bias_initializer, kernel_regularizer, bias_regularizer, kernel_constraint, bias_constraint):
    _not_modelled(layer, {"kernel_initializer": (kernel_initializer, "glorot_uniform"), "bias_initializer": (bias_initializer, "zeros"),
                          "kernel_regularizer": (kernel_regularizer, None), "bias_regularizer": (bias_regularizer, None),
                          "kernel_constraint": (kernel_constraint, None), "bias_constraint": (bias_constraint, None)})


class Conv2D(Layer):
    def __init__(self, filters, kernel_size, strides=(1, 1), padding="valid", data_format=None, dilation_rate=(1, 1), groups=1,
                 activation=None, use_bias=True, kernel_initializer="glorot_uniform", bias_initializer="zeros",
                 kernel_regularizer=None, bias_regularizer=None, activity_regularizer=None, kernel_constraint=None,
                 bias_constraint=None, **kwargs):
        super().__init__(activity_regularizer=activity_regularizer, **kwargs)
        _common(self, kernel_initializer, bias_initializer, kernel_regularizer, bias_regularizer, kernel_constraint, bias_constraint)
        _not_modelled(self, {"data_format": (data_format, None), "groups": (groups, 1)})
        if not isinstance(filters, int) or filters <= 0:
            raise ValueError(f"Invalid value for argument `filters`. Expected a strictly positive value. Received filters={filters}.")
        self.filters, self.kernel_size = filters, _pair(kernel_size, "kernel_size", "Conv2D")
        self.strides, self.dilation_rate = _pair(strides, "strides", "Conv2D"), _pair(dilation_rate, "dilation_rate", "Conv2D")
        if self.strides != (1, 1) and self.dilation_rate != (1, 1):
            raise ValueError("strides > 1 not supported in conjunction with dilation_rate > 1")
        self.padding, self.activation, self.use_bias = _padding(padding, "Conv2D"), _activation(activation, "Conv2D"), bool(use_bias)
        self.config = {"filters": filters, "kernel_size": self.kernel_size, "strides": self.strides, "padding": self.padding,
                       "dilation_rate": self.dilation_rate, "activation": self.activation, "use_bias": self.use_bias}

    def output_shape_for(self, shape):
        _rank(shape, 4, self.name)
        h, w = (_window(shape[1 + a], self.kernel_size[a], self.strides[a], self.dilation_rate[a], self.padding) for a in range(2))
        return (shape[0], h, w, self.filters)

    def weight_shapes(self, shape):
        kernel = [("kernel", (*self.kernel_size, shape[-1], self.filters))]
        return kernel + ([("bias", (self.filters,))] if self.use_bias else [])


class Conv2DTranspose(Layer):
    def __init__(self, filters, kernel_size, strides=(1, 1), padding="valid", output_padding=None, data_format=None,
                 dilation_rate=(1, 1), activation=None, use_bias=True, kernel_initializer="glorot_uniform", bias_initializer="zeros",
                 kernel_regularizer=None, bias_regularizer=None, activity_regularizer=None, kernel_constraint=None,
                 bias_constraint=None, **kwargs):
        super().__init__(activity_regularizer=activity_regularizer, **kwargs)
        _common(self, kernel_initializer, bias_initializer, kernel_regularizer, bias_regularizer, kernel_constraint, bias_constraint)
        _not_modelled(self, {"output_padding": (output_padding, None), "data_format": (data_format, None), "dilation_rate": (dilation_rate, (1, 1))})
        if not isinstance(filters, int) or filters <= 0:
            raise ValueError(f"Invalid value for argument `filters`. Expected a strictly positive value. Received filters={filters}.")
        self.filters, self.kernel_size = filters, _pair(kernel_size, "kernel_size", "Conv2DTranspose")
        self.strides = _pair(strides, "strides", "Conv2DTranspose")
        self.padding, self.activation, self.use_bias = _padding(padding, "Conv2DTranspose"), _activation(activation, "Conv2DTranspose"), bool(use_bias)
        self.config = {"filters": filters, "kernel_size": self.kernel_size, "strides": self.strides, "padding": self.padding,
                       "activation": self.activation, "use_bias": self.use_bias}

    def output_shape_for(self, shape):
        _rank(shape, 4, self.name)

        def length(n, k, s):  # keras.src.utils.conv_utils.deconv_output_length, output_padding None
            return n * s if self.padding == "same" else n * s + max(k - s, 0)

        return (shape[0], length(shape[1], self.kernel_size[0], self.strides[0]), length(shape[2], self.kernel_size[1], self.strides[1]), self.filters)

    def weight_shapes(self, shape):
        kernel = [("kernel", (*self.kernel_size, self.filters, shape[-1]))]
        return kernel + ([("bias", (self.filters,))] if self.use_bias else [])


class _Pooling2D(Layer):
    def __init__(self, pool_size, strides, padding, data_format, name, **kwargs):
        super().__init__(name=name, **kwargs)
        _not_modelled(self, {"data_format": (data_format, None)})
        self.pool_size = _pair(pool_size, "pool_size", type(self).__name__)
        self.strides = self.pool_size if strides is None else _pair(strides, "strides", type(self).__name__)
        self.padding = _padding(padding, type(self).__name__)
        self.config = {"pool_size": self.pool_size, "strides": self.strides, "padding": self.padding}

    def output_shape_for(self, shape):
        _rank(shape, 4, self.name)
        h, w = (_window(shape[1 + a], self.pool_size[a], self.strides[a], 1, self.padding) for a in range(2))
        return (shape[0], h, w, shape[3])


class MaxPooling2D(_Pooling2D):
    def __init__(self, pool_size=(2, 2), strides=None, padding="valid", data_format=None, name=None, **kwargs):
        super().__init__(pool_size, strides, padding, data_format, name, **kwargs)


class AveragePooling2D(_Pooling2D):
    def __init__(self, pool_size, strides=None, padding="valid", data_format=None, name=None, **kwargs):
        super().__init__(pool_size, strides, padding, data_format, name, **kwargs)


class GlobalAveragePooling2D(Layer):
    def __init__(self, data_format=None, keepdims=False, **kwargs):
        super().__init__(**kwargs)
        _not_modelled(self, {"data_format": (data_format, None), "keepdims": (keepdims, False)})

    def output_shape_for(self, shape):
        _rank(shape, 4, self.name)
        return (shape[0], shape[3])


class Flatten(Layer):
    def __init__(self, data_format=None, **kwargs):
        super().__init__(**kwargs)
        _not_modelled(self, {"data_format": (data_format, None)})

    def output_shape_for(self, shape):
        return (shape[0], math.prod(shape[1:]))


class Reshape(Layer):
    def __init__(self, target_shape, **kwargs):
        super().__init__(**kwargs)
        if not isinstance(target_shape, tuple) or not all(isinstance(d, int) and d > 0 for d in target_shape):
            raise ValueError(f"Reshape: target_shape must be a tuple of positive ints, got {target_shape!r}")
        self.target_shape = target_shape
        self.config = {"target_shape": target_shape}

    def output_shape_for(self, shape):
        if math.prod(shape[1:]) != math.prod(self.target_shape):
            raise ValueError(f"total size of new array must be unchanged, input_shape = {list(shape[1:])}, output_shape = {list(self.target_shape)}")
        return (shape[0], *self.target_shape)


class Dense(Layer):
    def __init__(self, units, activation=None, use_bias=True, kernel_initializer="glorot_uniform", bias_initializer="zeros",
                 kernel_regularizer=None, bias_regularizer=None, activity_regularizer=None, kernel_constraint=None,
                 bias_constraint=None, lora_rank=None, lora_alpha=None, quantization_config=None, **kwargs):
        super().__init__(activity_regularizer=activity_regularizer, **kwargs)
        _common(self, kernel_initializer, bias_initializer, kernel_regularizer, bias_regularizer, kernel_constraint, bias_constraint)
        _not_modelled(self, {"lora_rank": (lora_rank, None), "lora_alpha": (lora_alpha, None), "quantization_config": (quantization_config, None)})
        if not isinstance(units, int) or units <= 0:
            raise ValueError(f"Received an invalid value for `units`, expected a positive integer. Received: units={units}")
        self.units, self.activation, self.use_bias = units, _activation(activation, "Dense"), bool(use_bias)
        self.config = {"units": units, "activation": self.activation, "use_bias": self.use_bias}

    def output_shape_for(self, shape):
        return (*shape[:-1], self.units)

    def weight_shapes(self, shape):
        return [("kernel", (shape[-1], self.units))] + ([("bias", (self.units,))] if self.use_bias else [])


class Dropout(Layer):
    def __init__(self, rate, noise_shape=None, seed=None, **kwargs):
        super().__init__(**kwargs)
        _not_modelled(self, {"noise_shape": (noise_shape, None), "seed": (seed, None)})
        if not (isinstance(rate, (int, float)) and 0 <= rate <= 1):
            raise ValueError(f"Invalid value received for argument `rate`. Expected a float value between 0 and 1. Received: rate={rate}")
        self.rate = rate
        self.config = {"rate": rate}

    def output_shape_for(self, shape):
        return shape


class BatchNormalization(Layer):
    def __init__(self, axis=-1, momentum=0.99, epsilon=1e-3, center=True, scale=True, beta_initializer="zeros",
                 gamma_initializer="ones", moving_mean_initializer="zeros", moving_variance_initializer="ones",
                 beta_regularizer=None, gamma_regularizer=None, beta_constraint=None, gamma_constraint=None, renorm=False,
                 renorm_clipping=None, renorm_momentum=0.99, synchronized=False, **kwargs):
        super().__init__(**kwargs)
        _not_modelled(self, {"axis": (axis, -1), "center": (center, True), "scale": (scale, True),
                             "beta_initializer": (beta_initializer, "zeros"), "gamma_initializer": (gamma_initializer, "ones"),
                             "moving_mean_initializer": (moving_mean_initializer, "zeros"),
                             "moving_variance_initializer": (moving_variance_initializer, "ones"),
                             "beta_regularizer": (beta_regularizer, None), "gamma_regularizer": (gamma_regularizer, None),
                             "beta_constraint": (beta_constraint, None), "gamma_constraint": (gamma_constraint, None),
                             "renorm": (renorm, False), "renorm_clipping": (renorm_clipping, None),
                             "renorm_momentum": (renorm_momentum, 0.99), "synchronized": (synchronized, False)})
        self.momentum, self.epsilon = float(momentum), float(epsilon)
        self.config = {"momentum": self.momentum, "epsilon": self.epsilon}

    def output_shape_for(self, shape):
        return shape

    def weight_shapes(self, shape):
        return [(name, (shape[-1],)) for name in ("gamma", "beta", "moving_mean", "moving_variance")]


class Activation(Layer):
    def __init__(self, activation, **kwargs):
        super().__init__(**kwargs)
        self.activation = _activation(activation, "Activation")
        self.config = {"activation": self.activation}

    def output_shape_for(self, shape):
        return shape


class LeakyReLU(Layer):
    def __init__(self, negative_slope=0.3, **kwargs):
        if "alpha" in kwargs:
            raise ValueError("Argument `alpha` is no longer supported. Use `negative_slope` instead.")
        super().__init__(**kwargs)
        if negative_slope is None or negative_slope < 0:
            raise ValueError(f"The negative_slope value of a Leaky ReLU layer cannot be None or negative, got {negative_slope}")
        self.negative_slope = negative_slope
        self.config = {"negative_slope": negative_slope}

    def output_shape_for(self, shape):
        return shape


class Add(Layer):
    def output_shape_for(self, shapes):
        if not isinstance(shapes, list) or len(shapes) < 2:
            raise ValueError("A merge layer should be called on a list of at least 2 inputs")
        if any(s != shapes[0] for s in shapes):
            raise ValueError(f"Inputs have incompatible shapes. Received shapes {shapes}")
        return shapes[0]


class Concatenate(Layer):
    def __init__(self, axis=-1, **kwargs):
        super().__init__(**kwargs)
        _not_modelled(self, {"axis": (axis, -1)})

    def output_shape_for(self, shapes):
        if not isinstance(shapes, list) or len(shapes) < 2:
            raise ValueError("A `Concatenate` layer should be called on a list of at least 2 inputs")
        if any(len(s) != len(shapes[0]) or s[:-1] != shapes[0][:-1] for s in shapes):
            raise ValueError(f"A `Concatenate` layer requires inputs with matching shapes except for the concatenation axis. Received: input_shape={shapes}")
        return (*shapes[0][:-1], sum(s[-1] for s in shapes))


class UpSampling2D(Layer):
    def __init__(self, size=(2, 2), data_format=None, interpolation="nearest", **kwargs):
        super().__init__(**kwargs)
        _not_modelled(self, {"data_format": (data_format, None)})
        self.size = _pair(size, "size", "UpSampling2D")
        if interpolation.lower() not in INTERPOLATIONS:
            raise ValueError(f"UpSampling2D: interpolation must be one of {sorted(INTERPOLATIONS)}, got {interpolation!r}")
        self.interpolation = interpolation.lower()
        self.config = {"size": self.size, "interpolation": self.interpolation}

    def output_shape_for(self, shape):
        _rank(shape, 4, self.name)
        return (shape[0], shape[1] * self.size[0], shape[2] * self.size[1], shape[3])


class ZeroPadding2D(Layer):
    def __init__(self, padding=(1, 1), data_format=None, **kwargs):
        super().__init__(**kwargs)
        _not_modelled(self, {"data_format": (data_format, None)})
        if isinstance(padding, int):
            padding = ((padding, padding), (padding, padding))
        elif isinstance(padding, tuple) and len(padding) == 2 and all(isinstance(p, int) for p in padding):
            padding = ((padding[0], padding[0]), (padding[1], padding[1]))
        if not (isinstance(padding, tuple) and len(padding) == 2 and all(isinstance(p, tuple) and len(p) == 2 and all(isinstance(v, int) and v >= 0 for v in p) for p in padding)):
            raise ValueError(f"`padding` should be either an int, a tuple of 2 ints, or a tuple of 2 tuples of 2 ints. Received: padding={padding}.")
        self.padding = padding
        self.config = {"padding": padding}

    def output_shape_for(self, shape):
        _rank(shape, 4, self.name)
        (t, b), (left, r) = self.padding
        return (shape[0], shape[1] + t + b, shape[2] + left + r, shape[3])


class Rescaling(Layer):
    def __init__(self, scale, offset=0.0, **kwargs):
        super().__init__(**kwargs)
        self.scale, self.offset = scale, offset

    def output_shape_for(self, shape):
        return shape


class Normalization(Layer):
    def __init__(self, axis=-1, mean=None, variance=None, invert=False, **kwargs):
        super().__init__(**kwargs)
        _not_modelled(self, {"axis": (axis, -1), "invert": (invert, False)})
        if (mean is None) != (variance is None):
            raise ValueError("When setting values directly, both `mean` and `variance` must be set.")
        self.mean, self.variance = mean, variance

    def output_shape_for(self, shape):
        return shape


def __getattr__(name):
    raise AttributeError(f"{STAND_IN}: keras.layers.{name} is not modelled (LayerLoom's export does not use it)")
