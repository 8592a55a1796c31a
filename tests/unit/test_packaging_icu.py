"""The build's smaller ICU data (resources/packaging/icu_subset.py): Qt, loading it in place of the
wheel's, sorts, upper-cases, names time zones and converts single-byte charsets for Dutch,
English, French and German exactly as with the whole data."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[2]
spec = importlib.util.spec_from_file_location("icu_subset", ROOT / "resources" / "packaging" / "icu_subset.py")
assert spec is not None and spec.loader is not None
icu_subset = importlib.util.module_from_spec(spec)
spec.loader.exec_module(icu_subset)

PROBE = r"""
from PySide6.QtCore import QCollator, QCoreApplication, QLocale, QStringDecoder, QTimeZone, Qt
app = QCoreApplication([])
words = ["Ĳsselmeer", "ijzer", "Zeebrugge", "Ærø", "école", "Eeklo", "zwembad", "ábc", "Abc", "speelplein",
         "Speelvogel", "Ōsaka", "straße", "strasse", "Ça va", "cactus", "10 jaar", "9 jaar", "Ölberg", "œuvre"]
tz = QTimeZone(b"Europe/Brussels")
for loc in ("nl_BE", "nl_NL", "en_GB", "en_BE", "fr_BE", "de_BE"):
    c = QCollator(QLocale(loc))
    c.setNumericMode(True)
    print(loc, sorted(words, key=c.sortKey))
    c.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    print(loc, c.compare("speelplein", "SPEELPLEIN"), QLocale(loc).toUpper("ijsjes straße"))
    print(loc, tz.displayName(QTimeZone.TimeType.StandardTime, QTimeZone.NameType.LongName, QLocale(loc)))
for name in ("windows-1252", "ISO-8859-15", "ISO-8859-1", "IBM850", "macintosh", "UTF-16LE"):
    print(name, QStringDecoder(name).isValid())
"""


def _qt_lib() -> Path:
    import PySide6

    return Path(PySide6.__file__).parent / "Qt" / "lib"


def _probe(library_path: str | None) -> str:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    if library_path:
        env["LD_LIBRARY_PATH"] = library_path  # searched before the wheel's $ORIGIN run path
    done = subprocess.run([sys.executable, "-c", PROBE], env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return done.stdout + done.stderr


def test_the_rules_keep_our_languages_and_everything_that_is_not_a_locale() -> None:
    kept = ["root.res", "nl.res", "nl_BE.res", "coll/nl.res", "coll/root.res", "coll/ucadata.icu", "zone/en_GB.res",
            "fr_BE.res", "de.res", "fy_NL.res", "pool.res", "coll/res_index.res", "coll/pool.res", "res_index.res", "metaZones.res", "supplementalData.res",
            "cnvalias.icu", "nfkc.nrm", "ibm-5348_P100-1997.cnv"]
    dropped = ["zh.res", "coll/zh.res", "tr_TR.res", "coll/es_.res", "sr_Latn_BA.res", "translit/root.res",
               "rbnf/nl.res", "brkitr/cjdict.dict", "brkitr/nl.res"]
    assert [i for i in kept if icu_subset.dropped(i, 3000)] == []
    assert [i for i in dropped if not icu_subset.dropped(i, 3000)] == []
    assert icu_subset.dropped("gb18030.cnv", 230_000) and not icu_subset.dropped("ibm-850_P100-1995.cnv", 3632)


@pytest.mark.skipif(sys.platform != "linux" or bool(icu_subset.missing_tools()),
                    reason="needs Linux, icupkg (icu-devtools) and a C compiler")
def test_qt_on_the_smaller_data_does_what_it_did_on_the_whole(tmp_path: Path) -> None:
    whole = next(_qt_lib().glob("libicudata.so.*"))
    made = icu_subset.subset(whole, tmp_path)
    assert made.name == whole.name and made.stat().st_size < whole.stat().st_size / 4
    before, after = _probe(None), _probe(str(tmp_path))
    assert "Could not create collator" not in after and "ICU" not in after
    assert after == before
    assert "nl_BE ['9 jaar', '10 jaar', 'Abc', 'ábc'" in after and "Midden-Europese standaardtijd" in after
