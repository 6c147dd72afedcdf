"""torchvision.datasets.ImageFolder's contract, enough to run an exported training script: sorted class folders."""
import os

from PIL import Image


class ImageFolder:
    def __init__(self, root, transform=None):
        self.classes = sorted(d for d in os.listdir(root) if os.path.isdir(os.path.join(root, d)))
        self.samples = [(os.path.join(root, c, f), i) for i, c in enumerate(self.classes)
                        for f in sorted(os.listdir(os.path.join(root, c)))]
        self.transform = transform

    def __len__(self):
        return len(self.samples)

    def __getitem__(self, index):
        path, label = self.samples[index]
        with Image.open(path) as image:
            image.load()
            return (self.transform(image) if self.transform else image), label
