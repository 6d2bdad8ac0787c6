"""The taint engine: spec examples, flows, sanitisers, guards, summaries and bounded work."""

from __future__ import annotations

from pathlib import Path

import pytest

from shieldwall.codeshield import scan_code
from shieldwall.codeshield.dataflow.spec import SinkSpec, load_spec_file, load_specs
from shieldwall.core.errors import ConfigError

SPECS = load_specs()
SINKS = [(lang, sink) for lang, spec in SPECS.items() for sink in spec.sinks]


def _flow_rules(code: str, language: str) -> set[str]:
    return {i.rule for i in scan_code(code, language).issues if i.analyzer == "dataflow"}


@pytest.mark.parametrize(("language", "sink"), SINKS, ids=lambda v: v if isinstance(v, str) else v.id)
def test_sink_fires_on_insecure_examples(language: str, sink: SinkSpec) -> None:
    for example in sink.examples.insecure:
        assert sink.id in _flow_rules(example, language), f"{sink.id} missed:\n{example}"


@pytest.mark.parametrize(("language", "sink"), SINKS, ids=lambda v: v if isinstance(v, str) else v.id)
def test_sink_is_silent_on_secure_examples(language: str, sink: SinkSpec) -> None:
    for example in sink.examples.secure:
        result = scan_code(example, language)
        hits = [i for i in result.issues if i.rule == sink.id or i.cwe == sink.cwe]
        assert not hits, f"{sink.id} fired on a secure example:\n{example}\n{hits}"
