"""The catalogue of country names is what pycountry's ISO 3166-1 data gives (scripts/make_country_names.py), and
every name has its Ukrainian translation from the same data."""

from __future__ import annotations

import sys

from app.translation import load_translator
from tests.conftest import REPO_ROOT

sys.path.insert(0, str(REPO_ROOT / "scripts"))
import make_country_names  # noqa: E402


def test_the_module_is_as_the_script_writes_it() -> None:
    committed = (REPO_ROOT / "app" / "domain" / "country_names.py").read_text(encoding="utf-8")
    assert committed == make_country_names.module_text(), "run: python scripts/make_country_names.py module"


def test_the_ukrainian_names_are_iso_3166s() -> None:
    uk = load_translator("uk")
    expected = make_country_names.translated_names("uk")
    wrong = {english: (uk("Countries", english), ukrainian) for english, ukrainian in expected.items()
             if uk("Countries", english) != ukrainian}
    assert wrong == {}, "run: python scripts/make_country_names.py fill resources/i18n/recognition_desk_uk.ts"
