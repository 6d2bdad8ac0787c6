"""Source-to-sink taint tracking for the code safeguard.

``analyzer`` is the generic engine, ``kinds`` the per-grammar node-kind tables, ``spec`` the
schema of the per-language sources / sinks / sanitisers in ``specs/*.yaml``. The engine in
``codeshield/engine.py`` runs it on the tree it already parsed; see docs/code-safeguard.md.
"""

from shieldwall.codeshield.dataflow.analyzer import FlowFinding, FlowResult, analyse, clear_cache
from shieldwall.codeshield.dataflow.spec import SinkSpec, TaintSpec, find_sink, load_specs

__all__ = ["FlowFinding", "FlowResult", "SinkSpec", "TaintSpec", "analyse", "clear_cache", "find_sink", "load_specs"]
