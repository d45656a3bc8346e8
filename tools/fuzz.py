#!/usr/bin/env python3
"""Mutation fuzzer: mutated sample PDFs through `lkj.api.extract`, in parallel, each held to a timeout.

    .venv/bin/python tools/fuzz.py --inputs 10000 [--seed S] [--jobs 2]
    .venv/bin/python tools/fuzz.py --seed S --replay I [--replay J ...]   # rebuild inputs, run them here

Every sample in sample_pdfs/ (and its "-plain" twin: streams inflated, no object streams, so
byte mutations reach content operators and cell text) is a seed. Input I of run S is one seed
with 1-4 mutations stacked (bit flips, overwritten bytes, deleted, copied or inserted ranges,
PDF tokens and hostile numbers inserted, numbers and text strings replaced, truncation with
or without a new %%EOF, a splice of two files): `tests/hostile.py`'s `fuzz_input`, the engine
`tests/test_fuzz.py` runs 150 inputs of on every test run. The same seed, index and samples
always give the same bytes.

Each input is written to a temporary file and extracted by a worker process (`--jobs`, default:
one per CPU) capped at `--memory` MB of address space and killed past `--timeout` seconds. An
input passes when `api.extract` returns a report that is strict JSON (no NaN or infinity) and
valid against `lkj.api.schema()`, or raises an `LkjError` (a one-line refusal with its exit
code). Anything else is saved into `--out` (default fuzz-crashes/) as CATEGORY-sSEED-iINDEX.pdf
with a .txt beside it: the mutations, the replay command and the traceback. Categories:

    crash       any other exception (the CLI would print "internal error", exit 15)
    memory      MemoryError under the --memory cap (`extract_bounded` reports it as too_large)
    timeout     no answer within --timeout (`extract_bounded` reports timed_out past LKJ_TIMEOUT)
    died        the worker died without answering (a segfault in a C extension, an OOM kill)
    bad_output  a report that is not strict JSON or does not validate against the schema

Progress is printed every 10 s; at the end the outcomes by kind, each distinct failure
(exception, innermost frame, innermost frame of lkj's own code) with how often it occurred
and an example, and the line "N inputs, K crashes, T s" (K counts every saved input). The exit
status is 1 when anything was saved. --bounded runs `api.extract_bounded` instead (the CLI's
path: a forkserver worker per input, much slower).
"""

from __future__ import annotations

import argparse
import json
import logging
import multiprocessing
import os
import random
import resource
import shutil
import sys
import tempfile
import time
import traceback
from collections import Counter, defaultdict
from multiprocessing.connection import wait
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.hostile import SAMPLES, fuzz_input, load_seeds  # noqa: E402

SAVED = ("crash", "memory", "timeout", "died", "bad_output")


def signature(error: BaseException) -> str:
    """What tells one failure from another: the exception, its innermost frame, lkj's innermost frame."""
    frames = traceback.extract_tb(error.__traceback__)
    if not frames:
        return type(error).__name__
    ours = [f for f in frames if f.filename.startswith(str(ROOT)) and "/.venv/" not in f.filename
            and "/tools/" not in f.filename]
    last = frames[-1]
    where = f"{_short_path(last.filename)}:{last.lineno} {last.name}"
    if ours and ours[-1] is not last:
        where += f" <- {_short_path(ours[-1].filename)}:{ours[-1].lineno} {ours[-1].name}"
    if isinstance(error, RuntimeError) and "guard" in last.filename:  # --bounded: the worker's exception, as text
        where += f" ({str(error).split(':')[0][:60]})"
    return f"{type(error).__name__} at {where}"


def _short_path(filename: str) -> str:
    if "site-packages/" in filename:
        return filename.split("site-packages/", 1)[1]
    return os.path.relpath(filename, ROOT) if filename.startswith(str(ROOT)) else filename


def run_one(path: Path, bounded: bool = False) -> tuple[str, str, str]:
    """(outcome, signature, details) of one extraction: outcome "read", an ExitCode name, or a category."""
    import jsonschema

    from lkj import api
    from lkj.exceptions import LkjError

    try:
        report = (api.extract_bounded if bounded else api.extract)(path)
    except LkjError as error:
        return error.exit_code.name, "", str(error)
    except MemoryError as error:
        return "memory", signature(error), traceback.format_exc()
    except Exception as error:  # noqa: BLE001 - what the fuzzer is looking for
        return "crash", signature(error), traceback.format_exc()
    try:
        json.dumps(report, ensure_ascii=False, allow_nan=False)
        jsonschema.validate(report, api.schema())
    except (ValueError, TypeError, jsonschema.ValidationError) as error:
        return "bad_output", f"{type(error).__name__}: {str(error).splitlines()[0][:120]}", traceback.format_exc()
    return "read", "", ""


def _worker(connection, seeds, seed: int, workdir: Path, memory_mb: int, bounded: bool, quiet: bool) -> None:
    if quiet:  # qpdf writes its warnings straight to stderr, thousands of them
        os.dup2(os.open(os.devnull, os.O_WRONLY), 2)
    if not bounded:  # the bounded path sets its own cap in its own worker
        resource.setrlimit(resource.RLIMIT_AS, (memory_mb << 20, memory_mb << 20))
    from lkj import api  # noqa: F401 - imported once per worker, not per input

    logging.disable(logging.WARNING)  # playa's "Undefined Font id" and such, thousands of times

    while True:
        index = connection.recv()
        if index is None:
            return
        item = fuzz_input(seeds, seed, index)
        path = workdir / f"{os.getpid()}-{index}.pdf"
        path.write_bytes(item.data)
        started = time.perf_counter()
        try:
            outcome = run_one(path, bounded)
        finally:
            path.unlink(missing_ok=True)
        connection.send((index, *outcome, time.perf_counter() - started))


class Worker:
    def __init__(self, context, args, seeds, workdir: Path):
        self.connection, child = context.Pipe()
        self.process = context.Process(target=_worker, args=(child, seeds, args.seed, workdir, args.memory,
                                                             args.bounded, not args.stderr))
        self.process.start()
        child.close()
        self.index: int | None = None
        self.started = 0.0

    def give(self, index: int) -> None:
        self.index, self.started = index, time.monotonic()
        self.connection.send(index)

    def stop(self, kill: bool = False) -> None:
        if kill:
            self.process.kill()
        else:
            try:
                self.connection.send(None)
            except OSError:
                pass
        self.process.join(5)
        if self.process.is_alive():
            self.process.kill()
            self.process.join()
        self.connection.close()


def replay_command(args, index: int) -> str:
    command = f".venv/bin/python tools/fuzz.py --seed {args.seed} --replay {index}"
    if args.samples:
        command += " --samples " + " ".join(args.samples)
    if args.no_plain:
        command += " --no-plain"
    return command


def save(args, seeds, index: int, outcome: str, sig: str, details: str, seconds: float) -> Path:
    item = fuzz_input(seeds, args.seed, index)
    args.out.mkdir(parents=True, exist_ok=True)
    path = args.out / f"{outcome}-s{args.seed}-i{index}.pdf"
    path.write_bytes(item.data)
    path.with_suffix(".txt").write_text(
        f"{outcome}: {sig}\n"
        f"input: {item.describe()}\n"
        f"size: {len(item.data)} bytes; {seconds:.1f} s\n"
        f"replay: {replay_command(args, index)}\n"
        f"or: .venv/bin/python -m lkj.cli extract {path}  (LKJ_DEBUG=1 for the traceback)\n\n{details}\n",
        encoding="utf-8")
    return path


def fuzz(args) -> int:
    seeds = load_seeds(_sample_paths(args), plain=not args.no_plain)
    print(f"seed {args.seed}: {args.inputs} inputs from {len(seeds)} seed files, {args.jobs} jobs, "
          f"timeout {args.timeout:g} s, {args.memory} MB each, failures to {args.out}/", flush=True)
    from lkj import api  # noqa: F401 - imported before forking: a worker that replaces a killed one starts at once

    context = multiprocessing.get_context("fork")
    workdir = Path(tempfile.mkdtemp(prefix="lkj-fuzz-"))
    outcomes: Counter[str] = Counter()
    failures: dict[str, list[tuple[int, Path]]] = defaultdict(list)
    slowest = (0.0, -1)
    todo = iter(range(args.start, args.start + args.inputs))
    done = 0
    started = last_report = time.monotonic()
    workers = [Worker(context, args, seeds, workdir) for _ in range(args.jobs)]

    def record(index: int, outcome: str, sig: str, details: str, seconds: float) -> None:
        nonlocal done, slowest
        done += 1
        outcomes[outcome] += 1
        slowest = max(slowest, (seconds, index))
        if outcome in SAVED:
            path = save(args, seeds, index, outcome, sig, details, seconds)
            failures[f"{outcome}: {sig}"].append((index, path))
            print(f"  {outcome}: input {index} ({sig}) -> {path}", flush=True)

    try:
        while True:
            for worker in workers:
                if worker.index is None and (index := next(todo, None)) is not None:
                    worker.give(index)
            busy = [w for w in workers if w.index is not None]
            if not busy:
                break
            ready = wait([w.connection for w in busy], timeout=0.5)
            for i, worker in enumerate(workers):
                if worker.index is None:
                    continue
                if worker.connection in ready:
                    try:
                        index, outcome, sig, details, seconds = worker.connection.recv()
                    except (EOFError, OSError):
                        worker.process.join(5)
                        code = worker.process.exitcode
                        record(worker.index, "died", f"worker exit code {code}", "", time.monotonic() - worker.started)
                        worker.stop(kill=True)
                        workers[i] = Worker(context, args, seeds, workdir)
                        continue
                    worker.index = None
                    record(index, outcome, sig, details, seconds)
                elif time.monotonic() - worker.started > args.timeout:
                    index = worker.index
                    worker.stop(kill=True)
                    workers[i] = Worker(context, args, seeds, workdir)
                    record(index, "timeout", f"no answer within {args.timeout:g} s", "", args.timeout)
            now = time.monotonic()
            if now - last_report >= 10:
                last_report = now
                bad = sum(outcomes[c] for c in SAVED)
                print(f"[{done:>6}/{args.inputs}] {bad} failures, {now - started:.0f} s, "
                      f"{done / (now - started):.1f} inputs/s", flush=True)
    finally:
        for worker in workers:
            worker.stop(kill=worker.index is not None)
        shutil.rmtree(workdir, ignore_errors=True)

    elapsed = time.monotonic() - started
    print("\noutcomes: " + ", ".join(f"{kind} {count}" for kind, count in outcomes.most_common()))
    print(f"slowest input: {slowest[1]} ({slowest[0]:.1f} s)")
    if failures:
        print(f"\n{len(failures)} distinct failure(s):")
        for sig, found in sorted(failures.items(), key=lambda kv: -len(kv[1])):
            print(f"  {len(found):>4} x {sig}\n         e.g. {found[0][1]}")
    crashes = sum(outcomes[c] for c in SAVED)
    print(f"\n{done} inputs, {crashes} crashes, {elapsed:.0f} s")
    return 1 if crashes else 0


def replay(args) -> int:
    """Rebuild the given inputs, save them, and extract each here, printing the full traceback."""
    seeds = load_seeds(_sample_paths(args), plain=not args.no_plain)
    args.out.mkdir(parents=True, exist_ok=True)
    status = 0
    for index in args.replay:
        item = fuzz_input(seeds, args.seed, index)
        path = args.out / f"replay-s{args.seed}-i{index}.pdf"
        path.write_bytes(item.data)
        print(f"{item.describe()}\n  -> {path} ({len(item.data)} bytes)")
        outcome, sig, details = run_one(path, args.bounded)
        print(f"  {outcome} {sig}\n{details}".rstrip())
        status |= outcome in SAVED
    return int(status)


def _sample_paths(args) -> list[Path] | None:
    if not args.samples:
        return None
    paths = []
    for name in args.samples:
        path = Path(name) if Path(name).exists() else SAMPLES / name
        if not path.exists():
            raise SystemExit(f"no sample {name}")
        paths.append(path)
    return paths


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--inputs", type=int, default=1000, help="how many inputs (default 1000)")
    parser.add_argument("--seed", type=int, default=None, help="the run's seed (default: a random one, printed)")
    parser.add_argument("--start", type=int, default=0, help="index of the first input (to resume a run)")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="worker processes (default: CPUs)")
    parser.add_argument("--timeout", type=float, default=30, help="seconds per input (default 30)")
    parser.add_argument("--memory", type=int, default=2048, help="MB of address space per worker (default 2048)")
    parser.add_argument("--out", type=Path, default=Path("fuzz-crashes"), help="where failing inputs go")
    parser.add_argument("--samples", nargs="+", help="seed files (names in sample_pdfs/ or paths; default all)")
    parser.add_argument("--no-plain", action="store_true", help="do not add the inflated twin of each sample")
    parser.add_argument("--bounded", action="store_true", help="run api.extract_bounded (the CLI's path)")
    parser.add_argument("--stderr", action="store_true", help="keep the workers' stderr (qpdf's and playa's warnings)")
    parser.add_argument("--replay", type=int, action="append", help="rebuild input INDEX and run it here")
    args = parser.parse_args(argv)
    if args.seed is None:
        if args.replay:
            parser.error("--replay needs the --seed of the run")
        args.seed = random.SystemRandom().randrange(1_000_000)
    return replay(args) if args.replay else fuzz(args)


if __name__ == "__main__":
    sys.exit(main())
