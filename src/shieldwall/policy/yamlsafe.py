"""A bounded YAML reader for policies.

``yaml.safe_load`` shares aliased nodes, so a few lines of anchors and aliases (a "billion laughs"
document) load quickly but expand to billions of items when validated, printed or dumped. This
reader counts the *expanded* size of the document before building it and refuses one that is too
large or that refers to itself. It also remembers every unquoted key that YAML 1.1 reads as a
boolean (``on:``, ``off:``, ``yes:``, ``no:``, ...), so validation can explain it instead of
reporting a puzzling "expected a string".
"""

from __future__ import annotations

from typing import Any

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from shieldwall.core.errors import PolicyError

#: Largest expanded document accepted (scalars, sequences and mappings, aliases counted each time).
MAX_NODES = 100_000
_BOOL_TAG = "tag:yaml.org,2002:bool"


class BoolKey(str):
    """A mapping key that YAML 1.1 read as a boolean (``on:``), kept as the text written so that
    validation can name it; ``line`` is 1-based."""

    line: int
    value: bool

    def __new__(cls, text: str, line: int, value: bool) -> BoolKey:
        obj = super().__new__(cls, text)
        obj.line = line
        obj.value = value
        return obj


class _Loader(yaml.SafeLoader):
    def construct_mapping(self, node: MappingNode, deep: bool = False) -> dict[Any, Any]:
        if not isinstance(node, MappingNode):
            raise yaml.constructor.ConstructorError(
                None, None, f"expected a mapping node, but found {node.id}", node.start_mark)
        self.flatten_mapping(node)
        mapping: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            key: Any
            if isinstance(key_node, ScalarNode) and key_node.tag == _BOOL_TAG and key_node.style is None:
                key = BoolKey(key_node.value, key_node.start_mark.line + 1,
                              bool(self.construct_yaml_bool(key_node)))
            else:
                key = self.construct_object(key_node, deep=deep)
                try:
                    hash(key)
                except TypeError:
                    raise yaml.constructor.ConstructorError(
                        "while constructing a mapping", node.start_mark,
                        "found an unhashable key", key_node.start_mark) from None
            mapping[key] = self.construct_object(value_node, deep=deep)
        return mapping


def expanded_size(node: Node, limit: int = MAX_NODES) -> int:
    """The number of nodes ``node`` stands for once every alias is expanded (counting stops
    just past ``limit``); raises :class:`ValueError` on a node that contains itself."""
    sizes: dict[int, int] = {}
    active: set[int] = set()

    def size(n: Node) -> int:
        key = id(n)
        if key in sizes:
            return sizes[key]
        if key in active:
            raise ValueError("an alias refers to a node that contains it (a recursive document)")
        active.add(key)
        total = 1
        if isinstance(n, SequenceNode):
            for child in n.value:
                total += size(child)
                if total > limit:
                    break
        elif isinstance(n, MappingNode):
            for k, v in n.value:
                total += size(k) + size(v)
                if total > limit:
                    break
        active.discard(key)
        sizes[key] = min(total, limit + 1)
        return sizes[key]

    return size(node)


def load_yaml(text: str, source: str, *, limit: int = MAX_NODES) -> Any:
    """Parse one YAML document with the expansion limit; errors are :class:`PolicyError`."""
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return None
        try:
            total = expanded_size(node, limit)
        except ValueError as exc:
            raise PolicyError(f"not accepted as a policy: {exc}", source=source) from None
        if total > limit:
            raise PolicyError(
                f"not accepted as a policy: it expands to more than {limit:,} YAML nodes "
                "(anchors and aliases repeated to blow up its size?)", source=source)
        return loader.construct_document(node)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" (line {mark.line + 1}, column {mark.column + 1})" if mark else ""
        raise PolicyError(f"not valid YAML{where}: {getattr(exc, 'problem', None) or exc}",
                          source=source) from exc
    finally:
        loader.dispose()
