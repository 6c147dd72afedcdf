/**
 * LayerLoom's folder rules in Python, written into both exports: src/data/folderScan.ts's walk step for step —
 * layouts, classes, hidden and system names, extensions, which links are followed (only down inside their class
 * folder; a file linked from outside the data is fine, another class's is not), one file reached twice used once,
 * other file systems not entered, only regular files, a walk that is plainly not image data stopped, the order of
 * classes and files, and every skipped file with the app's reason (layerloom_text, pythonTexts.ts).
 * Change one side, change the other (tests: test/export/splitParity.test.ts).
 */

export const PYTHON_FOLDER = String.raw`_SPLIT_NAMES = {"train": "train", "val": "val", "valid": "val", "validation": "val", "test": "test"}
_NOT_REGULAR = {"fifo": "data.skip.fifo", "character-device": "data.skip.characterDevice", "block-device": "data.skip.blockDevice",
                "socket": "data.skip.socket", "folder": "data.skip.folder", "other": "data.skip.specialFile"}
_NOT_IMAGE_DATA_FILES = 5000


def _hidden(name):
    return name.startswith(".") or name.lower() in SYSTEM_NAMES


def _utf16(text):
    """LayerLoom orders names and paths as JavaScript compares strings: by UTF-16 code units."""
    return text.encode("utf-16-be", "surrogatepass")


def _file_kind(mode):
    import stat

    for test, kind in ((stat.S_ISREG, "file"), (stat.S_ISDIR, "folder"), (stat.S_ISFIFO, "fifo"), (stat.S_ISCHR, "character-device"),
                       (stat.S_ISBLK, "block-device"), (stat.S_ISSOCK, "socket")):
        if test(mode):
            return kind
    return "other"


def _within(folder, path):
    """path is folder or below it (both real, absolute)."""
    import os

    rel = os.path.relpath(path, folder)
    return rel == "." or (not rel.startswith(".." + os.sep) and rel != ".." and not os.path.isabs(rel))


def _errno_name(err):
    import errno

    return errno.errorcode.get(err.errno, str(err))


class LayerLoomFolder:
    """An image folder as LayerLoom reads it (before decoding): classes (folder names as written, in LayerLoom's order),
    files [(path, label, split or None)] ordered by path, skipped [(path, reason)], layout ("classes": ROOT/<class>/**,
    or "splits": ROOT/{train,val,test}/<class>/**), present_splits, hidden (names passed over silently).

    Files at any depth below a class folder belong to it; names starting with "." and system files (Thumbs.db,
    desktop.ini, __MACOSX) are passed over; a symbolic link to a folder is followed only down inside its class
    folder, a link to a file unless it is another class's; a file reached twice is used once; other file systems
    mounted inside are not entered; what is not a regular file, not an image by extension, or not inside a class
    folder is skipped with LayerLoom's reason.
    """

    def __init__(self, root):
        import os
        import unicodedata

        self.root, self.skipped, self.hidden = root, [], 0
        self._seen_dirs, self._seen_files, self._files, self._images = set(), {}, 0, 0
        try:
            info = os.stat(root)
        except OSError:
            raise FileNotFoundError(layerloom_text("data.error.folderMissing", path=root)) from None
        if not os.path.isdir(root):
            raise NotADirectoryError(layerloom_text("data.error.notAFolder", path=root))
        self._real_root = os.path.realpath(root)
        top = self._list(root)
        top_dirs = [e for e in top if e[2] == "dir"]
        split_dirs = [e for e in top_dirs if e[0].lower() in _SPLIT_NAMES]
        self.layout = "splits" if split_dirs and len(split_dirs) == len(top_dirs) else "classes"
        if self.layout == "splits" and not any(_SPLIT_NAMES[e[0].lower()] == "train" for e in split_dirs):
            raise FileNotFoundError(layerloom_text("data.error.noTrainFolder", path=root, splits="/".join(e[0] for e in split_dirs),
                                                   example=os.path.join(root, "train", "<class>")))
        if self.layout == "classes":
            groups = [(None, top)]
        else:
            groups = [(_SPLIT_NAMES[e[0].lower()], self._list(e[1])) for e in split_dirs]
            for e in top:
                if e[2] != "dir":
                    self._skip(e[1], "data.skip.outsideSplit")
        class_by_key, found = {}, []
        for split, entries in groups:
            class_reals = {}
            for name, path, kind, target, _ in entries:
                if kind != "dir":
                    if split:
                        self._skip(path, "data.skip.outsideSplitClass", split=split)
                    else:
                        self._skip(path, "data.skip.outsideClass")
                    continue
                problem = self._class_folder_problem(name, path, target, info.st_dev, class_reals)
                if problem:
                    self._skip(path, *problem[:1], **problem[1])
                    continue
                key = unicodedata.normalize("NFC", name)
                class_by_key.setdefault(key, name)
                found += [(file, key, split) for file in self._files_below(path)]
        if not class_by_key:
            where = root if self.layout == "classes" else os.path.join(root, "train")
            raise FileNotFoundError(layerloom_text("data.error.noClassFolders", path=where, example=os.path.join(where, "cat", "1.jpg")))
        keys = sorted(class_by_key, key=_utf16)
        label_of = {k: i for i, k in enumerate(keys)}
        self.classes = [class_by_key[k] for k in keys]
        self.files = []
        expected = " ".join(IMAGE_EXTENSIONS)
        for path, key, split in sorted(found, key=lambda f: _utf16(f[0])):
            ext = os.path.splitext(path)[1]
            if ext.lower() not in IMAGE_EXTENSIONS:
                if ext:
                    self._skip(path, "data.skip.notImage", ext=ext, expected=expected)
                else:
                    self._skip(path, "data.skip.noExtension", expected=expected)
                continue
            self.files.append((path, label_of[key], split))
        self.present_splits = sorted({_SPLIT_NAMES[e[0].lower()] for e in split_dirs}, key=["train", "val", "test"].index)

    def _skip(self, path, code, **params):
        self.skipped.append((path, layerloom_text(code, **params)))

    def _list(self, folder):
        """[(name, path, "dir" | "file" | "other", link target or None, kind)] sorted by name; hidden names counted."""
        import os

        try:
            entries = list(os.scandir(folder))
        except OSError as err:
            code = _errno_name(err)
            if code in ("EACCES", "EPERM"):
                self._skip(folder, "data.skip.folderPermissionDenied")
            else:
                self._skip(folder, "data.skip.folderUnreadable", errno=code)
            return []
        out = []
        for e in entries:
            if _hidden(e.name):
                self.hidden += 1
                continue
            path = os.path.join(folder, e.name)
            target = None
            try:
                if e.is_symlink():
                    target = os.path.realpath(path, strict=True)
                    mode = os.stat(target).st_mode
                else:
                    mode = e.stat(follow_symlinks=False).st_mode
            except OSError as err:
                code = _errno_name(err)
                if e.is_symlink() and code == "ELOOP":
                    self._skip(path, "data.skip.symlinkLoop")
                elif e.is_symlink() and code == "ENOENT":
                    self._skip(path, "data.skip.symlinkBroken")
                else:
                    self._skip(path, "data.skip.unreadable", errno=code)
                continue
            kind = _file_kind(mode)
            out.append((e.name, path, "dir" if kind == "folder" else "file" if kind == "file" else "other", target, kind))
        return sorted(out, key=lambda e: _utf16(e[0]))

    def _files_below(self, class_dir):
        """Every regular file below a class folder (real folders before linked ones, as LayerLoom walks)."""
        import os

        class_real = os.path.realpath(class_dir)
        try:
            class_dev = os.stat(class_real).st_dev
        except OSError:
            class_dev = None
        folders, linked, out = [(class_dir, class_real)], [], []
        while folders or linked:
            folder, real = folders.pop() if folders else linked.pop()
            if real in self._seen_dirs:
                continue
            self._seen_dirs.add(real)
            for name, path, kind, target, special in self._list(folder):
                if kind == "other":
                    self._skip(path, _NOT_REGULAR.get(special, "data.skip.specialFile"))
                elif kind == "file":
                    self._add_file(path, target, os.path.join(real, name), class_real, out)
                elif target is not None:
                    if _within(target, real):
                        self._skip(path, "data.skip.symlinkLoop")
                    elif not _within(class_real, target):
                        self._skip(path, "data.skip.symlinkOutside", target=target)
                    else:
                        linked.append((path, target))
                else:
                    sub = os.path.join(real, name)
                    try:
                        dev = os.stat(sub).st_dev
                    except OSError:
                        dev = None
                    if class_dev is not None and dev is not None and dev != class_dev:
                        self._skip(path, "data.skip.otherFileSystem")
                    else:
                        folders.append((path, sub))
            others = self._files - self._images
            if others >= _NOT_IMAGE_DATA_FILES and self._images * 20 < others:
                raise ValueError(layerloom_text("data.error.notImageData", path=self.root, others=others, files=self._files))
        return out

    def _add_file(self, path, target, real, class_real, out):
        import os

        actual = target if target is not None else real
        if target is not None and not _within(class_real, actual) and _within(self._real_root, actual):
            self._skip(path, "data.skip.symlinkOutside", target=actual)
            return
        first = self._seen_files.get(actual)
        if first is not None:
            self._skip(path, "data.skip.sameFile", other=first)
            return
        self._seen_files[actual] = path
        self._files += 1
        if os.path.splitext(path)[1].lower() in IMAGE_EXTENSIONS:
            self._images += 1
        out.append(path)

    def _class_folder_problem(self, name, path, target, root_dev, seen):
        """(code, params) when a class folder is not used: it loops, repeats another class, or is another file system."""
        import os

        real = target if target is not None else os.path.realpath(path)
        if _within(real, self._real_root):
            return "data.skip.symlinkLoop", {}
        if real in seen:
            return "data.skip.duplicateClass", {"other": seen[real]}
        seen[real] = name
        if target is None:
            try:
                if os.stat(real).st_dev != root_dev:
                    return "data.skip.otherFileSystem", {}
            except OSError:
                pass
        return None`;
