/**
 * LayerLoom's seeded random numbers and splits in Python, written into both exports: src/data/rng.ts (mulberry32,
 * deriveSeed, the Fisher–Yates shuffle) and src/data/split.ts (stratified subset and train/val/test split), and
 * openDataset's use of a folder's own train/val/test folders, step for step in 32-bit integer arithmetic. The same
 * seed gives the app's numbers, so the exported scripts split a folder into the app's files exactly
 * (test/export/splitParity.test.ts). Change one side, change the other.
 */

export const PYTHON_SPLIT = String.raw`_U32 = 0xFFFFFFFF
_GOLDEN = 0x6D2B79F5


def _imul(a, b):
    return (a * b) & _U32


def _js_round(x):
    """JavaScript's Math.round: halves go up (Python's round() takes them to even)."""
    import math

    r = math.floor(x)
    return r + 1 if x - r >= 0.5 else r


class LayerLoomRng:
    """LayerLoom's seeded random numbers (mulberry32): the same seed gives the app's sequence on every platform."""

    def __init__(self, seed):
        self.state = seed & _U32

    def skip(self, draws):
        """Moves on by draws numbers at once (mulberry32's state only adds a constant per number)."""
        self.state = (self.state + draws * _GOLDEN) & _U32

    def next(self):
        """A float in [0, 1)."""
        self.state = (self.state + _GOLDEN) & _U32
        t = self.state
        t = _imul(t ^ (t >> 15), t | 1)
        t ^= (t + _imul(t ^ (t >> 7), t | 61)) & _U32
        return ((t ^ (t >> 14)) & _U32) / 4294967296

    def int(self, n):
        """An integer in [0, n)."""
        import math

        return math.floor(self.next() * n)

    def uniform(self, lo, hi):
        return lo + (hi - lo) * self.next()


def derive_seed(seed, *parts):
    """Mixes a seed with further integers into a new 32-bit seed, as LayerLoom does (per class, per epoch streams)."""
    h = (seed & _U32) ^ 0x9E3779B9
    for p in parts:
        h = _imul(h ^ (p & _U32), 0x85EBCA6B)
        h ^= h >> 13
        h = _imul(h, 0xC2B2AE35)
        h ^= h >> 16
    return h


def shuffle_in_place(items, rng):
    """Fisher-Yates with LayerLoom's random numbers: the app's order for the same seed."""
    for i in range(len(items) - 1, 0, -1):
        j = rng.int(i + 1)
        items[i], items[j] = items[j], items[i]
    return items


def _by_class(labels, class_count, members=None):
    groups = [[] for _ in range(class_count)]
    for i in range(len(labels)) if members is None else members:
        groups[labels[i]].append(i)
    return groups


def stratified_subset(labels, class_count, limit, seed):
    """min(limit, n) indices (ascending), each class keeping its share of the whole (largest remainders) and at
    least one image when limit allows: LayerLoom's "limit" setting."""
    import math

    n = len(labels)
    if limit >= n:
        return list(range(n))
    groups = _by_class(labels, class_count)
    mixed = derive_seed(seed, 0x5B5E7)
    groups = [shuffle_in_place(g, LayerLoomRng(derive_seed(mixed, c))) for c, g in enumerate(groups)]
    present = sum(1 for g in groups if g)
    quota = [1 if g and limit >= present else 0 for g in groups]
    left = limit - sum(quota)
    exact = [max(0, limit * len(g) / n - quota[k]) for k, g in enumerate(groups)]
    for k in range(class_count):
        add = min(math.floor(exact[k]), len(groups[k]) - quota[k], left)
        quota[k] += add
        left -= add
    order = sorted(range(class_count), key=lambda k: (-(exact[k] % 1), k))
    while left > 0:
        moved = False
        for k in order:
            if left > 0 and quota[k] < len(groups[k]):
                quota[k] += 1
                left -= 1
                moved = True
        if not moved:
            break
    return sorted(i for k, g in enumerate(groups) for i in g[:quota[k]])


def _held_out(sizes, fraction):
    """Each class's share of a held-out split: round(total * fraction) in all, shared out by largest remainders, at
    least one for a class of three or more (LayerLoom's rule)."""
    import math

    if fraction <= 0:
        return [0] * len(sizes)
    quota = [math.floor(n * fraction) for n in sizes]
    left = _js_round(sum(sizes) * fraction) - sum(quota)
    for c in sorted(range(len(sizes)), key=lambda c: (-((sizes[c] * fraction) % 1), c)):
        if left <= 0:
            break
        if quota[c] < sizes[c]:
            quota[c] += 1
            left -= 1
    return [max(q, 1) if sizes[c] >= 3 else q for c, q in enumerate(quota)]


def stratified_split(labels, class_count, val, test, seed, pool=None):
    """(train, val, test) indices into labels, each ascending: class by class, a seeded shuffle, then test and
    validation images taken first (_held_out's shares; every class keeps one to train)."""
    train_out, val_out, test_out = [], [], []
    groups = _by_class(labels, class_count, pool)
    tests, vals = _held_out([len(g) for g in groups], test), _held_out([len(g) for g in groups], val)
    for c, idx in enumerate(groups):
        idx = shuffle_in_place(sorted(idx), LayerLoomRng(derive_seed(seed, 0x5917, c)))
        n_test, n_val = tests[c], vals[c]
        while n_test + n_val > len(idx) - 1 and n_test + n_val > 0:
            if n_val >= n_test and n_val > 0:
                n_val -= 1
            else:
                n_test -= 1
        test_out += idx[:n_test]
        val_out += idx[n_test:n_test + n_val]
        train_out += idx[n_test + n_val:]
    return sorted(train_out), sorted(val_out), sorted(test_out)


def split_indices(labels, class_count, val, test, seed, preset=None):
    """The folder's own train/val/test folders when it has them (preset: split name -> indices); a missing val or test
    split is carved out of train, stratified, as LayerLoom does."""
    if preset is None:
        return stratified_split(labels, class_count, val, test, seed)
    train_pool = preset.get("train", [])
    if "val" in preset and "test" in preset:
        return list(train_pool), list(preset["val"]), list(preset["test"])
    carved = stratified_split(labels, class_count, 0 if "val" in preset else val, 0 if "test" in preset else test, seed, train_pool)
    return carved[0], list(preset.get("val", carved[1])), list(preset.get("test", carved[2]))`;
