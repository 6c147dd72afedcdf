/**
 * The exported PyTorch file's training script: LayerLoom's recipe (the folder read as the app reads it, its split,
 * statistics, augmentation, initial weights, optimizer, per-batch schedule, early stopping with the best epoch's
 * weights) on one process or many (torchrun, DistributedDataParallel), writing a LayerLoom run folder.
 * Shared Python pieces: pythonSplit.ts, pythonData.ts, pythonRun.ts, pythonArgs.ts.
 */
import type { ScriptArgs } from './pythonArgs';

/** Distributed context, images as tensors, LayerLoom's order of the training split, initial weights, tfjs weights. */
export const TORCH_DATA = String.raw`class Processes:
    """Where this process stands among the training processes (torchrun's environment: RANK is the global rank,
    LOCAL_RANK the GPU on this machine, WORLD_SIZE the number of processes); one process without them."""

    def __init__(self):
        import os

        self.world = int(os.environ.get("WORLD_SIZE", "1"))
        self.rank = int(os.environ.get("RANK", "0"))
        self.local_rank = int(os.environ.get("LOCAL_RANK", "0"))
        self.distributed = self.world > 1
        cuda = torch.cuda.is_available()
        if self.distributed:
            torch.distributed.init_process_group("nccl" if cuda else "gloo")
        self.device = torch.device("cuda", self.local_rank) if cuda else torch.device("cpu")
        if cuda:
            torch.cuda.set_device(self.device)
        self.main = self.rank == 0  # only the global rank 0 prints and writes

    def print(self, *args, **kwargs):
        if self.main:
            print(*args, **kwargs, flush=True)

    def gather(self, items):
        """Every process's list, concatenated in rank order (one process: items)."""
        if not self.distributed:
            return list(items)
        parts = [None] * self.world
        torch.distributed.all_gather_object(parts, list(items))
        return [x for part in parts for x in part]

    def share(self, items, work):
        """work(items) computed in parts (process r takes items r, r + world, ...), results in items' order."""
        mine = work(items[self.rank::self.world])
        if not self.distributed:
            return mine
        parts = [None] * self.world
        torch.distributed.all_gather_object(parts, mine)
        out = [None] * len(items)
        for r, part in enumerate(parts):
            out[r::self.world] = part
        return out

    def sum(self, values):
        """Sums float64 values over the processes."""
        t = torch.tensor(values, dtype=torch.float64)
        if self.distributed:
            t = t.to(self.device) if self.device.type == "cuda" else t
            torch.distributed.all_reduce(t)
        return t.cpu().tolist()

    def sync_buffers(self, model):
        """Every process takes rank 0's buffers (batch-norm statistics), so all evaluate and save the same model."""
        if self.distributed:
            for buffer in model.buffers():
                torch.distributed.broadcast(buffer, 0)

    def close(self):
        if self.distributed:
            torch.distributed.destroy_process_group()


class LayerLoomImages(torch.utils.data.Dataset):
    """The usable images of a LayerLoomData as the model sees them: LayerLoom's pixels (layerloom_pixels), its
    augmentation for training keys, its standardisation. A key is (pool index, augmentation seed, position in the
    epoch's order), position -1 for no augmentation; an item is (tensor [C, H, W], label, pool index)."""

    def __init__(self, data, resize, mean, std, augment=None):
        self.data, self.resize, self.augment = data, resize, augment
        self.mean = torch.tensor(mean, dtype=torch.float32).view(-1, 1, 1)
        self.std = torch.tensor(std, dtype=torch.float32).view(-1, 1, 1)

    def __len__(self):
        return len(self.data.paths)

    def pixels(self, i):
        return layerloom_pixels(layerloom_loader(self.data.paths[i]), INPUT_HEIGHT, INPUT_WIDTH, INPUT_CHANNELS, self.resize)

    def __getitem__(self, key):
        i, seed, position = key
        try:
            x = self.pixels(i)
        except Exception:  # damaged pixel data found only now (a folder too big to decode at open): left out, reported
            why = image_failure(self.data.paths[i]) or "not a readable image: corrupt or truncated data"
            return None, self.data.labels[i], i, why
        if self.augment is not None and position >= 0:
            x = augment_image(x, self.augment, seed, position)
        x = torch.from_numpy(x).permute(2, 0, 1)
        return (x - self.mean) / self.std, self.data.labels[i], i, None

    @staticmethod
    def collate(items):
        """A batch (images, labels, pool indices, [(pool index, why) for images that could not be read])."""
        good = [item[:3] for item in items if item[0] is not None]
        failed = [(item[2], item[3]) for item in items if item[0] is None]
        if not good:
            return None, None, None, failed
        x, y, index = torch.utils.data.default_collate(good)
        return x, y, index, failed


class LayerLoomSampler(torch.utils.data.distributed.DistributedSampler):
    """The training split in LayerLoom's order for each epoch (the app's shuffle for seed * 1000 + epoch), shared out
    as DistributedSampler does: padded to a multiple of the processes, process r taking positions r, r + world, ...
    One process gets exactly the app's order and augmentation. Call set_epoch(epoch - 1) before each epoch."""

    def __init__(self, members, seed, processes):
        super().__init__(members, num_replicas=processes.world, rank=processes.rank, shuffle=True, seed=seed, drop_last=False)

    def __iter__(self):
        import math

        epoch_seed = self.seed * 1000 + self.epoch + 1
        order = epoch_order(len(self.dataset), epoch_seed)
        padding = self.total_size - len(order)
        order += (order * math.ceil(padding / len(order)))[:padding]
        augment_seed = derive_seed(epoch_seed, 0xA06)
        return iter([(self.dataset[order[p]], augment_seed, p) for p in range(self.rank, self.total_size, self.num_replicas)])


def layerloom_init(model):
    """LayerLoom's initial weights (tfjs's defaults): convolution and dense kernels from a normal distribution with
    std sqrt(2 / (fan_in + fan_out)) truncated at two std (Glorot), biases 0, batch norms at scale 1 and shift 0."""
    import math

    for m in model.modules():
        if isinstance(m, (nn.Conv2d, nn.ConvTranspose2d, nn.Linear)):
            fan_in, fan_out = nn.init._calculate_fan_in_and_fan_out(m.weight)
            std = math.sqrt(2 / (fan_in + fan_out))
            nn.init.trunc_normal_(m.weight, 0, std, -2 * std, 2 * std)
            if m.bias is not None:
                nn.init.zeros_(m.bias)
    return model


def tfjs_arrays(model):
    """The model's weights in LayerLoom's (tfjs) names and layouts: OIHW kernels to HWIO, dense kernels transposed,
    running statistics as moving statistics."""
    state = model.state_dict()
    arrays = {}
    for name, key, layout in TFJS_WEIGHTS:
        t = state[key].detach().float().cpu().numpy()
        arrays[name] = t.transpose(2, 3, 1, 0) if layout == "conv" else t.T if layout == "dense" else t
    return arrays`;

/** The command line: LayerLoom's settings (pythonArgs.ts) and how several processes share the work. */
export const TORCH_ARGS: ScriptArgs = {
  lrHelp: '"base learning rate for one process"',
  batchHelp: '"images per batch and process"',
  epilog: `("Several processes (torchrun --nproc_per_node=N, --nnodes=M ...): RANK is the global rank (only rank 0 "
            "prints and writes), LOCAL_RANK the GPU. Each process trains on its share of every epoch with batches of "
            "--batch, so one step sees WORLD_SIZE x --batch images; the learning rate is then multiplied by WORLD_SIZE "
            "(the linear scaling rule; --lr-scaling none keeps --lr). Validation and test metrics cover every image once, "
            "summed over the processes.")`,
  extra: [
    'parser.add_argument("--lr-scaling", choices=["linear", "none"], default="linear", help="the learning rate under several processes (see below)")',
    'parser.add_argument("--workers", type=int, default=min(4, os.cpu_count() or 1), help="image-loading worker processes per process")',
  ],
};

/** The training loop. */
export const TORCH_TRAINING = String.raw`def predict(model, images):
    """Class probabilities for a batch [N, C, H, W] preprocessed by LayerLoomPreprocess (the model returns logits).

    Column i is class CLASS_NAMES[i] when the export came from a run."""
    model.eval()
    with torch.no_grad():
        return torch.softmax(model(images), dim=1)


def make_optimizer(parameters, settings, lr):
    """LayerLoom's optimizers with tfjs's constants: Adam (0.9, 0.999, eps 1e-7), SGD with momentum, RMSProp
    (decay 0.9, eps 1e-7; PyTorch adds eps outside the square root, tfjs inside)."""
    if settings["optimizer"] == "sgd":
        return torch.optim.SGD(parameters, lr=lr, momentum=settings["momentum"])
    if settings["optimizer"] == "rmsprop":
        return torch.optim.RMSprop(parameters, lr=lr, alpha=0.9, eps=1e-7)
    return torch.optim.Adam(parameters, lr=lr, betas=(0.9, 0.999), eps=1e-7)


def layerloom_loss(output, labels):
    """LayerLoom's cross-entropy: on softmax probabilities clipped to [1e-7, 1 - 1e-7] when the Output block has
    softmax on (the module returns the logits before it), on the raw scores otherwise."""
    if not OUTPUT_SOFTMAX:
        return F.cross_entropy(output, labels)
    return F.nll_loss(torch.log(torch.softmax(output, dim=1).clamp(1e-7, 1 - 1e-7)), labels)


def evaluate(model, images, members, name, processes, batch, keep, workers):
    """LayerLoom's evaluation of a split (the model in inference mode), each process taking its share of the images.
    model is the module itself, not DistributedDataParallel's wrapper: the processes may have different numbers of
    batches here, and the wrapper's forward would wait for the others."""
    processes.sync_buffers(model)
    model.eval()
    position = {i: p for p, i in enumerate(members)}
    keys = [(members[p], 0, -1) for p in range(processes.rank, len(members), processes.world)]
    loader = torch.utils.data.DataLoader(images, batch_size=max(batch, 128), sampler=keys, num_workers=workers, collate_fn=images.collate)
    outcomes, failed = [], []
    with torch.no_grad():
        for x, y, index, lost in loader:
            failed += lost
            if x is None:
                continue
            probs = torch.softmax(model(x.to(processes.device)), dim=1).float().cpu()
            best = probs.argmax(1)
            for i, truth, b, row in zip(index.tolist(), y.tolist(), best.tolist(), probs):
                outcomes.append((position[i], truth, b, float(row[truth]), float(row[b])))
    outcomes = processes.gather(outcomes)
    for i, why in processes.gather(failed):
        images.data.became_unreadable(images.data.paths[i], why)
    data = images.data
    return evaluation_record(name, data.classes, [data.labels[i] for i in members], outcomes, [data.paths[i] for i in members], keep)


def train(args, processes):
    import copy
    import math
    import os
    import sys
    import time

    if TFJS_MODEL is None:
        raise ValueError(f"LayerLoom cannot build this network ({TFJS_MODEL_ERROR}), so it could not open the run; fix the "
                         "network in LayerLoom (a block id must start with a letter) and export again")
    settings = training_settings(args)
    p = processes
    started = time.perf_counter()
    shape = (INPUT_HEIGHT, INPUT_WIDTH, INPUT_CHANNELS)
    data = LayerLoomData(args.data, shape, seed=args.seed, limit=args.limit, check=lambda paths, decode: p.share(paths, lambda part: check_images(part, decode)))
    if len(data.classes) != NUM_CLASSES:
        raise ValueError(f"{args.data} has {len(data.classes)} classes but this network has {NUM_CLASSES} outputs; "
                         f"export it again with --classes {len(data.classes)} (or set the Output block's classes)")
    for path, reason in data.skipped:
        p.print(f"skipped {path}: {reason}")
    sizes = data.report()["sizes"]
    p.print(f"data: {sizes['train']} train, {sizes['val']} val, {sizes['test']} test images, {len(data.classes)} classes"
            f"{f', {len(data.skipped)} files skipped' if data.skipped else ''}")
    for notice in data.warnings:
        p.print(f"notice: {notice}")
    if MEAN is not None:
        mean, std = MEAN, STD
    else:
        plain = LayerLoomImages(data, args.resize, [0.0] * INPUT_CHANNELS, [1.0] * INPUT_CHANNELS)
        mean, std = input_statistics(data, plain.pixels, INPUT_CHANNELS, args.seed, share=lambda part, work: p.sum(work(part[p.rank::p.world])))
    p.print(f"input standardisation: mean {[round(m, 4) for m in mean]}, std {[round(s, 4) for s in std]}")

    torch.manual_seed(args.seed)
    model = layerloom_init(MODEL_CLASS())
    if args.weights:
        load_layerloom_weights(model, args.weights)
    model.to(p.device)
    net = torch.nn.parallel.DistributedDataParallel(model, device_ids=[p.device.index] if p.device.type == "cuda" else None) if p.distributed else model
    torch.manual_seed(args.seed * 1000 + p.rank)  # dropout differs between processes
    base_lr = args.lr * (p.world if args.lr_scaling == "linear" else 1)
    optimizer = make_optimizer(net.parameters(), settings, base_lr)
    augment = augment_options(settings["augment"], INPUT_HEIGHT, INPUT_WIDTH)
    images = LayerLoomImages(data, args.resize, mean, std, augment)
    sampler = LayerLoomSampler(data.train, args.seed, p)
    loader = torch.utils.data.DataLoader(images, batch_size=args.batch, sampler=sampler, num_workers=args.workers, collate_fn=images.collate)
    batches = len(loader)

    name = PROJECT["meta"].get("name") or MODEL_CLASS.__name__
    folder = RunFolder(args.out or default_run_dir(name), pick_free_name=args.out is None) if p.main else None
    versions = f"torch {torch.__version__}, {p.world} process{'es' if p.world > 1 else ''} on {p.device.type}"
    backend = {"name": "pytorch", "reason": f"trained by the exported PyTorch script ({versions})", "passedOver": []}
    extra_run = {"trainedWith": {"script": "pytorch", "torch": torch.__version__, "processes": p.world, "device": p.device.type,
                                 "learningRateScaling": args.lr_scaling, "learningRate": base_lr, "globalBatch": args.batch * p.world}}
    meta = lambda extra: run_meta(name, backend, data, settings, args.seed, (mean, std), {**extra_run, **extra})
    history, best_state, best_epoch, best_val, since_best, stopped_early = [], None, None, math.inf, 0, False
    track_best = settings["earlyStoppingPatience"] > 0 and len(data.val) > 0
    eval_batch = settings["batchSize"]
    trained_images, train_seconds = 0, 0.0
    try:
        if folder:
            folder.write_json("project.layerloom.json", run_project(settings, len(data.classes)))
            folder.write_json("labels.json", data.classes)
        for epoch in range(1, settings["epochs"] + 1):
            lr = learning_rate_at(settings, epoch - 1, base_lr)
            for group in optimizer.param_groups:
                group["lr"] = lr
            sampler.set_epoch(epoch - 1)
            net.train()
            epoch_start = time.perf_counter()
            loss_sum, correct, seen, lost, b = 0.0, 0, 0, [], 0
            for x, y, _, failed in loader:
                lost += failed
                if x is None:
                    continue
                b += 1
                if settings["schedule"] == "cosine":
                    for group in optimizer.param_groups:
                        group["lr"] = learning_rate_at(settings, epoch - 1 + (b - 1) / batches, base_lr)
                x, y = x.to(p.device), y.to(p.device)
                optimizer.zero_grad()
                out = net(x)
                loss = layerloom_loss(out, y)
                if not torch.isfinite(loss):
                    raise FloatingPointError(f"the loss became {loss.item()} at epoch {epoch}, batch {b} of {batches}; training stopped. "
                                             f"Lower the learning rate (it was {lr:g}; try --lr {args.lr / 10:g}), add BatchNorm after the "
                                             "convolutions, or check the data for broken images or values.")
                loss.backward()
                optimizer.step()
                loss_sum += loss.item() * y.numel()
                correct += (out.argmax(1) == y).sum().item()
                seen += y.numel()
            loss_sum, correct, seen = p.sum([loss_sum, correct, seen])
            for i, why in p.gather(lost):
                if all(s[0] != data.paths[i] for s in data.skipped):
                    p.print(f"skipped {data.paths[i]}: became unreadable while training: {why}")
                data.became_unreadable(data.paths[i], why)
            trained_images += seen
            train_seconds += time.perf_counter() - epoch_start
            v = evaluate(model, images, data.val, "val", p, eval_batch, 0, args.workers) if data.val else None
            entry = {"epoch": epoch, "loss": loss_sum / seen if seen else math.nan, "accuracy": correct / seen if seen else None,
                     "valLoss": v["loss"] if v else None, "valAccuracy": v["accuracy"] if v else None, "learningRate": lr,
                     "durationMs": (time.perf_counter() - epoch_start) * 1000}
            history.append(entry)
            improved = v is not None and v["loss"] < best_val - 1e-6
            if improved:
                best_val, best_epoch, since_best = v["loss"], epoch, 0
            else:
                since_best += 1
            keep = not track_best or improved or best_state is None
            if track_best and keep:
                best_state = (epoch, copy.deepcopy(model.state_dict()))
            weights_from = best_state[0] if track_best else epoch
            val_text = f", val loss {v['loss']:.4f}, val accuracy {v['accuracy']:.4f}" if v else ""
            p.print(f"epoch {epoch}/{settings['epochs']}: loss {entry['loss']:.4f}, accuracy {entry['accuracy']:.4f}{val_text}{' (best)' if improved else ''}")
            if folder:
                files = tfjs_model_files(tfjs_arrays(model), f"LayerLoom's exported PyTorch script (torch {torch.__version__})") if keep else []
                rows = [{**h, "best": h["epoch"] == best_epoch} for h in history]
                status = {"status": "training", "epochsCompleted": epoch, "bestEpoch": best_epoch, "weightsFromEpoch": weights_from}
                folder.write_checkpoint(files + [("history.json", RunFolder.json_text(rows)), ("meta.json", RunFolder.json_text(meta(status)))])
            if track_best and since_best >= settings["earlyStoppingPatience"]:
                stopped_early = True
                break
        if track_best:
            model.load_state_dict(best_state[1])
        weights_from = best_state[0] if track_best else len(history)
        final = evaluate(model, images, data.test if data.test else data.val, "test" if data.test else "val", p, eval_batch, 20, args.workers)
        if folder:
            folder.write_json("evaluation.json", final)
            done = {"status": "complete", "epochsCompleted": len(history), "bestEpoch": best_epoch, "weightsFromEpoch": weights_from,
                    "stoppedEarly": stopped_early, "imagesPerSec": trained_images / train_seconds if train_seconds else 0,
                    "durationMs": (time.perf_counter() - started) * 1000, "testAccuracy": final["accuracy"], "testLoss": final["loss"]}
            folder.write_json("meta.json", meta(done))
            run_dir = folder.finish()
            p.print(f"test accuracy {final['accuracy'] * 100:.1f}% (loss {final['loss']:.4f}) on {final['images']} {final['split']} images"
                    f"{' · stopped early' if stopped_early else ''}")
            p.print(f"run saved to {run_dir}")
    except BaseException as err:
        if folder:
            kept = folder.interrupt("interrupted", str(err) or type(err).__name__)
            if kept:
                print(f"the last checkpoint is kept in {kept}", file=sys.stderr)
        raise


def main(argv=None):
    """python THIS_FILE DATA_DIR [--out RUN_DIR]: one process (a GPU if there is one, else the CPU).
    torchrun --nproc_per_node=N [--nnodes=M ...] THIS_FILE DATA_DIR --out RUN_DIR: DistributedDataParallel."""
    args = parse_args(argv)
    processes = Processes()
    try:
        train(args, processes)
    finally:
        processes.close()


if __name__ == "__main__":
    main()`;
