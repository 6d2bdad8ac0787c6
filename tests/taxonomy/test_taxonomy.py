from pathlib import Path

import pytest

from shieldwall.core.errors import TaxonomyError
from shieldwall.taxonomy import available, load_taxonomy, map_codes


def test_builtin_taxonomies():
    assert {"llama_guard_2", "llama_guard_3", "llama_guard_4", "ailuminate_v1"} <= set(available())
    lg3 = load_taxonomy("llama_guard_3")
    assert lg3.codes == [f"S{i}" for i in range(1, 15)]
    assert lg3.get("S5").name == "Defamation"
    assert load_taxonomy("llama_guard_2").get("S5").name == "Specialized Advice"


def test_mapping_handles_the_lg2_lg3_renumbering():
    assert map_codes(["S5", "S11"], "llama_guard_2", "llama_guard_3") == ["S6", "S12"]
    assert map_codes(["S5"], "llama_guard_3", "llama_guard_2") == []
    assert map_codes(["S6"], "llama_guard_3", "ailuminate_v1") == ["spc_fin", "spc_hlt", "spc_lgl"]


def test_custom_taxonomy_file_and_errors(tmp_path: Path):
    good = tmp_path / "mine.yaml"
    good.write_text("name: mine\ncategories:\n  - {code: C1, name: Competitors, description: naming rivals}\n")
    assert load_taxonomy(good).codes == ["C1"]
    dup = tmp_path / "dup.yaml"
    dup.write_text("name: d\ncategories:\n  - {code: C1, name: a}\n  - {code: C1, name: b}\n")
    with pytest.raises(TaxonomyError, match="duplicate category codes: C1"):
        load_taxonomy(dup)
    with pytest.raises(TaxonomyError, match="unknown taxonomy"):
        load_taxonomy("nope")
