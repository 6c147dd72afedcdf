/**
 * LayerLoom's folder rules in Python, written into both exports: src/data/folderScan.ts's walk (layouts, classes,
 * hidden and system names, extensions, the order of classes and files, skipped files and why), step for step.
 * Change one side, change the other (tests: test/export/pipeline.test.ts, test/export/folder.test.ts).
 */

export const PYTHON_FOLDER = `_SPLIT_NAMES = {"train": "train", "val": "val", "valid": "val", "validation": "val", "test": "test"}


def _hidden(name):
    return name.startswith(".") or name.lower() in SYSTEM_NAMES


def _utf16(text):
    """LayerLoom orders names and paths as JavaScript compares strings: by UTF-16 code units."""
    return text.encode("utf-16-be", "surrogatepass")


class LayerLoomFolder:
    """An image folder as LayerLoom reads it (before decoding): \`classes\` (folder names as written, in LayerLoom's
    order), \`files\` [(path, label, split or None)] ordered by path, \`skipped\` [(path, reason)], \`layout\`
    ("classes": ROOT/<class>/**, or "splits": ROOT/{train,val,test}/<class>/**), \`present_splits\`, \`hidden\`.

    Files at any depth below a class folder belong to it; names starting with "." and system files (Thumbs.db,
    desktop.ini, __MACOSX) are passed over and only counted; other files that are not images by extension, or not
    inside a class folder, are skipped with the reason; symbolic links are followed, each folder once.
    """

    def __init__(self, root):
        import os
        import unicodedata

        self.root, self.skipped, self.hidden = root, [], 0
        self._seen = set()
        if not os.path.exists(root):
            raise FileNotFoundError(f"data folder {root!r} does not exist; check the path")
        if not os.path.isdir(root):
            raise NotADirectoryError(f"{root!r} is a file, not a folder; point to a folder with one sub-folder of images per class")
        top = self._list(root)
        top_dirs = [e for e in top if e[2] == "dir"]
        split_dirs = [e for e in top_dirs if e[0].lower() in _SPLIT_NAMES]
        self.layout = "splits" if split_dirs and len(split_dirs) == len(top_dirs) else "classes"
        if self.layout == "splits" and not any(_SPLIT_NAMES[e[0].lower()] == "train" for e in split_dirs):
            raise FileNotFoundError(f"folder {root!r} has {'/'.join(e[0] for e in split_dirs)} folders but no train folder")
        if self.layout == "classes":
            groups = [(root, None, top)]
        else:
            groups = [(path, _SPLIT_NAMES[name.lower()], self._list(path)) for name, path, _ in split_dirs]
            self.skipped += [(path, "not inside a split and class folder") for name, path, kind in top if kind != "dir"]
        class_by_key, found = {}, []
        for folder, split, entries in groups:
            for name, path, kind in entries:
                if kind != "dir":
                    self.skipped.append((path, "not inside a class folder" if split is None else f"not inside a class folder of {split}"))
                    continue
                key = unicodedata.normalize("NFC", name)
                class_by_key.setdefault(key, name)
                found += [(file, key, split) for file in self._files_below(path)]
        if not class_by_key:
            where = root if self.layout == "classes" else os.path.join(root, "train")
            raise FileNotFoundError(f"folder {where!r} has no class sub-folders; put each class's images in its own sub-folder")
        keys = sorted(class_by_key, key=_utf16)
        label_of = {k: i for i, k in enumerate(keys)}
        self.classes = [class_by_key[k] for k in keys]
        self.files = []
        for path, key, split in sorted(found, key=lambda f: _utf16(f[0])):
            ext = os.path.splitext(path)[1]
            if ext.lower() not in IMAGE_EXTENSIONS:
                what = f"extension {ext}" if ext else "no extension"
                self.skipped.append((path, f"not an image file ({what}; expected {' '.join(IMAGE_EXTENSIONS)})"))
                continue
            self.files.append((path, label_of[key], split))
        self.present_splits = sorted({_SPLIT_NAMES[e[0].lower()] for e in split_dirs}, key=["train", "val", "test"].index)

    def _list(self, folder):
        import errno
        import os

        try:
            entries = list(os.scandir(folder))
        except OSError as err:
            self.skipped.append((folder, f"cannot read folder: {errno.errorcode.get(err.errno, str(err))}"))
            return []
        out = []
        for e in entries:
            if _hidden(e.name):
                self.hidden += 1
                continue
            kind = "dir" if e.is_dir() else "file" if e.is_file() else "other"
            out.append((e.name, os.path.join(folder, e.name), kind))
        return sorted(out, key=lambda e: _utf16(e[0]))

    def _files_below(self, folder):
        import os

        real = os.path.realpath(folder)
        if real in self._seen:
            return []
        self._seen.add(real)
        files = []
        for name, path, kind in self._list(folder):
            if kind == "dir":
                files += self._files_below(path)
            elif kind == "file":
                files.append(path)
            else:
                self.skipped.append((path, "not a regular file"))
        return files`;
