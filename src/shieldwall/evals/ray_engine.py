"""Judge large response sets on Ray (``--engine ray``), the engine ``check --engine ray`` uses.

Each Ray actor builds the judge once from its spec and labels batches; results come back in input
order. A batch that fails is retried item by item, so one bad response costs one error outcome.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from shieldwall.core.errors import ShieldwallError
from shieldwall.evals.judges import JudgeItem, Judgement


class _JudgeActor:
    def __init__(self, spec: str, task: str) -> None:
        from shieldwall.evals.judges import create_judge

        self.judge = create_judge(spec)
        self.task = task

    def __call__(self, batch: dict[str, Any]) -> dict[str, list[str]]:
        items = [JudgeItem.model_validate_json(str(x)) for x in batch["item"]]
        try:
            labels: list[Judgement | str] = list(self.judge.judge_batch(self.task, items))
        except Exception:
            labels = []
            for it in items:
                try:
                    labels.append(self.judge.judge_batch(self.task, [it])[0])
                except Exception as exc:
                    labels.append(f"{type(exc).__name__}: {exc}")
        return {"result": [json.dumps({"error": x}) if isinstance(x, str) else x.model_dump_json() for x in labels]}


def judge_on_ray(spec: str, task: str, items: list[JudgeItem], *, batch_size: int = 64, actors: int | None = None,
                 address: str | None = None) -> Iterator[Judgement | str]:
    """Labels for ``items`` (a :class:`Judgement`, or an error message) in input order."""
    try:
        import ray
    except ImportError as exc:
        raise ShieldwallError("the Ray engine needs the [ray] extra: pip install 'shieldwall[ray]'") from exc
    if not ray.is_initialized():
        ray.init(address=address, include_dashboard=False, log_to_driver=False, ignore_reinit_error=True)
    ctx = ray.data.DataContext.get_current()
    ctx.execution_options.preserve_order = True
    ds = ray.data.from_items([{"item": it.model_dump_json()} for it in items])
    cpus = int(ray.cluster_resources().get("CPU", 1))  # type: ignore[no-untyped-call]
    size = actors or max(1, cpus - 1)
    out = ds.map_batches(_JudgeActor, fn_constructor_args=(spec, task), batch_size=batch_size,
                         compute=ray.data.ActorPoolStrategy(size=size), batch_format="numpy")
    for row in out.iter_rows():
        data = json.loads(str(row["result"]))
        if "error" in data and "label" not in data:
            yield str(data["error"])
        else:
            yield Judgement.model_validate(data)
