"""Small classification heads over the encoder's embeddings, stored as safetensors + JSON.

Each head is a one-hidden-layer MLP (or a linear layer when ``hidden`` is 0) with a temperature
for calibration. Heads never use pickle.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import numpy as np

from shieldwall.core.errors import ModelError

Activation = Literal["sigmoid", "softmax"]


@dataclass
class Head:
    name: str
    labels: list[str]
    activation: Activation
    w1: np.ndarray
    b1: np.ndarray
    w2: np.ndarray | None = None
    b2: np.ndarray | None = None
    temperature: float = 1.0
    meta: dict[str, Any] = field(default_factory=dict)

    def logits(self, x: np.ndarray) -> np.ndarray:
        h = x @ self.w1 + self.b1
        if self.w2 is not None and self.b2 is not None:
            h = np.maximum(h, 0.0) @ self.w2 + self.b2
        return np.asarray(h, dtype=np.float32)

    def predict(self, x: np.ndarray) -> np.ndarray:
        z = self.logits(x.astype(np.float32)) / self.temperature
        if self.activation == "sigmoid":
            return np.asarray(1.0 / (1.0 + np.exp(-np.clip(z, -40, 40))), dtype=np.float32)
        z = z - z.max(axis=1, keepdims=True)
        e = np.exp(z)
        return np.asarray(e / e.sum(axis=1, keepdims=True), dtype=np.float32)

    def tensors(self) -> dict[str, np.ndarray]:
        out = {f"{self.name}.w1": self.w1, f"{self.name}.b1": self.b1}
        if self.w2 is not None and self.b2 is not None:
            out[f"{self.name}.w2"] = self.w2
            out[f"{self.name}.b2"] = self.b2
        return {k: np.ascontiguousarray(v, dtype=np.float32) for k, v in out.items()}

    def spec(self) -> dict[str, Any]:
        return {"labels": self.labels, "activation": self.activation,
                "temperature": self.temperature, "meta": self.meta}


def save_heads(heads: dict[str, Head], directory: Path, info: dict[str, Any]) -> None:
    from safetensors.numpy import save_file

    tensors: dict[str, np.ndarray] = {}
    for head in heads.values():
        tensors.update(head.tensors())
    directory.mkdir(parents=True, exist_ok=True)
    save_file(tensors, str(directory / "heads.safetensors"))
    spec = {"heads": {name: h.spec() for name, h in heads.items()}, "info": info}
    (directory / "heads.json").write_text(json.dumps(spec, indent=2) + "\n", encoding="utf-8")


def load_heads(directory: Path) -> tuple[dict[str, Head], dict[str, Any]]:
    from safetensors.numpy import load_file

    weights_path, spec_path = directory / "heads.safetensors", directory / "heads.json"
    if not weights_path.exists() or not spec_path.exists():
        raise ModelError(f"model heads missing under {directory}; run `shieldwall train`")
    tensors = load_file(str(weights_path))
    spec = json.loads(spec_path.read_text(encoding="utf-8"))
    heads: dict[str, Head] = {}
    for name, s in spec["heads"].items():
        heads[name] = Head(
            name=name, labels=list(s["labels"]), activation=s["activation"],
            w1=tensors[f"{name}.w1"], b1=tensors[f"{name}.b1"],
            w2=tensors.get(f"{name}.w2"), b2=tensors.get(f"{name}.b2"),
            temperature=float(s.get("temperature", 1.0)), meta=dict(s.get("meta", {})),
        )
    return heads, dict(spec.get("info", {}))
