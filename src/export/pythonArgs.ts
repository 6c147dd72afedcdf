/**
 * The exported training scripts' command line, shared by PyTorch and Keras: every default is the project's training
 * setting (TRAINING, SEED, RESIZE), every setting has a flag, and training_settings(args) is meta.json's `settings`.
 * What differs between the two — how several processes or GPUs share a batch — comes in as help text and extra flags.
 */

export interface ScriptArgs {
  /** Help of --lr. */
  readonly lrHelp: string;
  /** Help of --batch. */
  readonly batchHelp: string;
  /** The text after the options: how the script runs on several GPUs or machines. */
  readonly epilog: string;
  /** Python lines adding the framework's own flags to `parser`. */
  readonly extra: readonly string[];
}

const COMMON = String.raw`def _augment_list(text):
    """--augment: a comma list of flip, crop, brightness (or none)."""
    import argparse

    chosen = {t.strip() for t in text.split(",") if t.strip()} - {"none"}
    unknown = chosen - {"flip", "crop", "brightness"}
    if unknown:
        raise argparse.ArgumentTypeError(f"unknown augmentation {', '.join(sorted(unknown))}: use flip, crop, brightness or none")
    return chosen


def training_settings(args):
    """The project's training settings with the flags given (meta.json's settings)."""
    settings = dict(TRAINING)
    settings.update({"optimizer": args.optimizer, "learningRate": args.lr, "momentum": args.momentum, "schedule": args.schedule,
                     "batchSize": args.batch, "epochs": args.epochs, "earlyStoppingPatience": args.patience,
                     "augment": {k: k in args.augment for k in ("flip", "crop", "brightness")}, "data": args.data, "resize": args.resize})
    settings.pop("limit", None)
    if args.limit is not None:
        settings["limit"] = args.limit
    return settings`;

export function pythonArgs(o: ScriptArgs): string {
  return `${COMMON}


def parse_args(argv=None):
    import argparse
    import os  # noqa: F401 (the framework's flags may use it)

    t = TRAINING
    on = ",".join(k for k in ("flip", "crop", "brightness") if t["augment"][k]) or "none"
    parser = argparse.ArgumentParser(
        description="Trains this network on an image folder as LayerLoom does and writes a LayerLoom run folder (open it in "
                    "LayerLoom's Runs tab, or use it with layerloom predict/test/export). The folder is read with LayerLoom's "
                    "rules: one sub-folder per class (or train/val/test folders of class folders), the same file types, "
                    "unreadable files skipped with LayerLoom's reasons, the same train/val/test split for the same seed. "
                    "Every default below is this project's training setting in LayerLoom.",
        epilog=${o.epilog},
        formatter_class=argparse.ArgumentDefaultsHelpFormatter)
    parser.add_argument("data", help="the image folder (LayerLoom's folder rules; mnist and synthetic are the app's own)")
    parser.add_argument("--out", help="the run folder to write (must not exist; default runs/<time>-<name>, as in LayerLoom)")
    parser.add_argument("--epochs", type=int, default=t["epochs"], help="epochs")
    parser.add_argument("--batch", type=int, default=t["batchSize"], help=${o.batchHelp})
    parser.add_argument("--optimizer", choices=["adam", "sgd", "rmsprop"], default=t["optimizer"], help="optimizer (LayerLoom's constants)")
    parser.add_argument("--lr", type=float, default=t["learningRate"], help=${o.lrHelp})
    parser.add_argument("--momentum", type=float, default=t["momentum"], help="SGD momentum")
    parser.add_argument("--schedule", choices=["cosine", "constant", "step"], default=t["schedule"],
                        help="learning-rate schedule: cosine moves every batch down towards 0; step divides by 10 at 50%% and 75%% of the epochs")
    parser.add_argument("--patience", type=int, default=t["earlyStoppingPatience"],
                        help="early stopping: stop after this many epochs without a better validation loss and keep the best epoch's weights (0: off)")
    parser.add_argument("--augment", type=_augment_list, default=on, help="augmentation: a comma list of flip, crop, brightness, or none")
    parser.add_argument("--seed", type=int, default=SEED, help="seed of the split, the shuffles, the augmentation and the initial weights")
    parser.add_argument("--limit", type=int, default=t.get("limit"), help="use at most this many images (a stratified subset, as LayerLoom)")
    parser.add_argument("--resize", choices=["stretch", "crop", "letterbox"], default=RESIZE, help="how images are fitted to the input")
    parser.add_argument("--weights", help="start from weights exported by LayerLoom (.safetensors) instead of LayerLoom's initial weights")
${o.extra.map((l) => `    ${l}`).join('\n')}
    return parser.parse_args(argv)`;
}
