"""Scale `shieldwall check --input` out on a Ray cluster (Ray Data), instead of a home-made engine.

Each Ray actor builds one Guard (models load once per actor) and checks batches of rows; the
driver streams results to the output JSONL in input order. Malformed lines become error rows, as
in the local runner. Needs the ``[ray]`` extra; ``address=None`` starts a local Ray instance.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from shieldwall.batch.jsonl import check_paths
from shieldwall.core.errors import InputError, ShieldwallError


class _GuardActor:
    """A Ray Data callable class: one Guard per actor, reused across batches."""

    def __init__(self, policy: str | dict[str, Any]) -> None:
        from shieldwall.guard import Guard

        self.guard = Guard.from_policy(policy)

    def __call__(self, batch: dict[str, Any]) -> dict[str, list[str]]:
        from shieldwall.batch.jsonl import parse_line
        from shieldwall.batch.rows import check_rows

        rows = [parse_line(str(x)) for x in batch["text"]]
        present = [r for r in rows if r is not None]
        results = iter(check_rows(self.guard, present)[0] if present else [])
        # A blank line stays an empty line, so the output keeps one line per input line.
        return {"result": ["" if r is None else json.dumps(next(results), ensure_ascii=False) for r in rows]}


def check_with_ray(input_path: str | Path, output_path: str | Path, policy: str | dict[str, Any], *,
                   batch_size: int = 64, actors: int | None = None, address: str | None = None,
                   num_cpus_per_actor: float = 1.0) -> dict[str, int]:
    """Check every row of ``input_path`` on Ray; write result rows to ``output_path`` in order."""
    try:
        import ray
    except ImportError as exc:
        raise ShieldwallError("the Ray engine needs the [ray] extra: pip install 'shieldwall[ray]'") from exc
    if not Path(input_path).exists():
        raise InputError(f"{input_path}: no such file")
    check_paths(input_path, output_path)
    if not ray.is_initialized():
        try:
            ray.init(address=address, include_dashboard=False, log_to_driver=False, ignore_reinit_error=True)
        except ConnectionError as exc:
            raise ShieldwallError(f"cannot reach a Ray cluster at {address!r}: {str(exc).rstrip('.')}. Start one with "
                                  "'ray start --head', or leave --ray-address out to run Ray locally") from exc
    ctx = ray.data.DataContext.get_current()
    ctx.execution_options.preserve_order = True
    ds = ray.data.read_text(str(input_path))
    # Leave one CPU for the read tasks, or the actor pool starves them and nothing moves.
    cpus = int(ray.cluster_resources().get("CPU", 1))  # type: ignore[no-untyped-call]
    size = actors or max(1, int((cpus - 1) / num_cpus_per_actor))
    results = ds.map_batches(_GuardActor, fn_constructor_args=(policy,), batch_size=batch_size,
                             compute=ray.data.ActorPoolStrategy(size=size),
                             num_cpus=num_cpus_per_actor, batch_format="numpy")
    counts = {"rows": 0, "errors": 0, "scanner_errors": 0}
    with open(output_path, "w", encoding="utf-8") as out:
        for row in results.iter_rows():
            line = str(row["result"])
            if not line:
                continue
            result = json.loads(line)
            counts["rows"] += 1
            if "error" in result:
                counts["errors"] += 1
            elif any(f.get("category") == "scanner_error" for f in result.get("findings", ())):
                counts["scanner_errors"] += 1
            out.write(line + "\n")
    return counts
