"""A stand-in for torchvision in tests (Debian's python3-torch has no torchvision): just datasets.ImageFolder."""
