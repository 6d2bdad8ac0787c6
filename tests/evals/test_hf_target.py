"""The local transformers target with a tiny random model built here (no downloads)."""

from __future__ import annotations

from pathlib import Path

import pytest

torch = pytest.importorskip("torch", reason="needs torch (pip install 'shieldwall[hf]')")
transformers = pytest.importorskip("transformers", reason="needs transformers (pip install 'shieldwall[hf]')")

from tokenizers import Tokenizer, models, pre_tokenizers  # noqa: E402

from shieldwall.evals.targets import Request, TargetError, create_target  # noqa: E402

pytestmark = pytest.mark.hf

WORDS = ["[UNK]", "[PAD]", "</s>", "user:", "assistant:", "hello", "world", "the", "cat", "sat"]


def tiny_lm(path: Path) -> str:
    tok = Tokenizer(models.WordLevel(vocab={w: i for i, w in enumerate(WORDS)}, unk_token="[UNK]"))
    tok.pre_tokenizer = pre_tokenizers.WhitespaceSplit()
    hf_tok = transformers.PreTrainedTokenizerFast(tokenizer_object=tok, unk_token="[UNK]", pad_token="[PAD]",
                                                  eos_token="</s>")
    cfg = transformers.GPT2Config(vocab_size=len(WORDS), n_positions=64, n_embd=16, n_layer=1, n_head=2,
                                  eos_token_id=2, pad_token_id=1, bos_token_id=2)
    torch.manual_seed(0)
    transformers.GPT2LMHeadModel(cfg).save_pretrained(path)
    hf_tok.save_pretrained(path)
    return str(path)


def test_transformers_target_generates_greedily(tmp_path: Path) -> None:
    target = create_target(f"hf:{tiny_lm(tmp_path / 'lm')}?max_new_tokens=5")
    req = Request(case_id="c", messages=[{"role": "user", "content": "hello world"}])
    first, second = target.generate(req), target.generate(req)
    assert first.text == second.text  # greedy decoding is deterministic
    assert set(first.text.split()) <= set(WORDS)
    assert target.settings()["decoding"] == "greedy" and target.settings()["max_new_tokens"] == 5


def test_missing_model_is_a_target_error(tmp_path: Path) -> None:
    target = create_target(f"hf:{tmp_path / 'nope'}")
    with pytest.raises(TargetError, match="cannot load model"):
        target.generate(Request(case_id="c", messages=[{"role": "user", "content": "hi"}]))
