"""The README's settings table is kept in sync with the Settings object."""
import re

from assistant.settings import Settings

from conftest import ROOT


def test_every_setting_is_described():
    for name, field in Settings.model_fields.items():
        assert field.description, name


def test_readme_table_matches_the_settings():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    rows = dict(re.findall(r"^\| `(CARTQA_[A-Z_]+)` \| [^|]* \| ([^|]+) \|$", readme, re.M))
    expected = {f"CARTQA_{name.upper()}": field.description for name, field in Settings.model_fields.items()}
    assert set(rows) == set(expected)
    for env, description in expected.items():
        assert rows[env].strip() == description, env


def test_environment_overrides(monkeypatch, tmp_path):
    monkeypatch.setenv("CARTQA_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("CARTQA_RETRIEVAL_K", "7")
    s = Settings()
    assert s.data_dir == tmp_path and s.retrieval_k == 7 and s.index_dir == tmp_path / "index"
