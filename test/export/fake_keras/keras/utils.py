"""keras.utils in the stand-in (see __init__.py): PyDataset with Keras 3's constructor and protocol."""
from ._core import STAND_IN


class PyDataset:
    """keras.utils.PyDataset: subclasses call super().__init__(**kwargs) and define __len__ and __getitem__."""

    def __init__(self, workers=1, use_multiprocessing=False, max_queue_size=10):
        self._workers, self._use_multiprocessing, self._max_queue_size = workers, use_multiprocessing, max_queue_size

    @property
    def workers(self):
        return self._workers

    @property
    def use_multiprocessing(self):
        return self._use_multiprocessing

    @property
    def max_queue_size(self):
        return self._max_queue_size

    def __getitem__(self, index):
        raise NotImplementedError

    def __len__(self):
        raise NotImplementedError

    @property
    def num_batches(self):
        return len(self)

    def on_epoch_begin(self):
        pass

    def on_epoch_end(self):
        pass


def __getattr__(name):
    raise AttributeError(f"{STAND_IN}: keras.utils.{name} is not modelled (LayerLoom's export does not use it)")
