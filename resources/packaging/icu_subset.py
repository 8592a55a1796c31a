"""Build-time only: a smaller ICU data library for the one-folder build.

Qt's ICU data (`libicudata.so.NN`, 31 MB) holds collation, locale names, currencies, time zones,
units, converters and break dictionaries for every language ICU knows. Verbind's window uses ICU
only through Qt (collation when a list or a file dialog sorts, case mapping, time-zone names) and
speaks Dutch and English, for users in Flanders and the Netherlands. This keeps the data of the
root locale and of Dutch, English, French, German and Frisian (the languages of Belgium and the
Netherlands, and what a user's system locale falls back to there) and every item that is not a
locale's, and leaves out transliteration, spelled-out numbers, break iteration and the multi-byte
charset converters (Chinese, Japanese, Korean; Verbind decodes files in Python). Another system
language sorts by the root order (Unicode's default) in Qt's own lists; Verbind's window is set
to Dutch or English either way. ICU's own `icupkg` repacks the data and refuses a package whose kept items
refer to a removed one; `cc` turns it back into a library that exports the same symbol.

Without `icupkg` (Debian: icu-devtools) or a C compiler the build keeps the whole data and says so.

    python resources/packaging/icu_subset.py LIBICUDATA OUTDIR   → OUTDIR/libicudata.so.NN
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

KEEP_LANGUAGES = frozenset({"root", "nl", "en", "fr", "de", "fy"})  # fy: Frisian, in Friesland
NOT_LOCALES = frozenset({"res_index.res", "root.res"})  # the list of a tree's locales, and their parent
# Qt 6 calls ICU for collation, case mapping, time-zone names and charset conversion only
# (`nm -D --undefined-only libQt6Core.so.6`): break iteration, transliteration and spelled-out
# numbers are never asked for
DROP_TREES = frozenset({"translit", "rbnf", "brkitr"})
# a converter table larger than this is a multi-byte (Chinese, Japanese, Korean) one; the
# single-byte tables (windows-1252, ISO-8859-15, IBM 850, Mac Roman …) are 1–4 KB each
MAX_CONVERTER = 16 * 1024
_LOCALE = re.compile(r"^([a-z]{2,3})(_[A-Za-z0-9]*)*\.res$")  # es_.res too


def missing_tools() -> list[str]:
    return [tool for tool in ("icupkg", "cc", "nm", "readelf") if shutil.which(tool) is None]


def dropped(item: str, size: int) -> bool:
    """Whether the item (as `icupkg -l` names it, e.g. `coll/zh.res`; `size` in bytes) is left out."""
    tree, _, name = item.rpartition("/")
    if tree in DROP_TREES or (name.endswith(".cnv") and size > MAX_CONVERTER):
        return True
    locale = _LOCALE.match(name)
    return locale is not None and name not in NOT_LOCALES and locale.group(1) not in KEEP_LANGUAGES


def _data_symbol(lib: Path) -> tuple[str, bytes]:
    """The exported data symbol (`icudtNN_dat`) and its bytes, read through the ELF section
    that holds it."""
    out = subprocess.run(["nm", "-D", "-S", "--defined-only", str(lib)], capture_output=True, text=True,
                         check=True).stdout
    found = [line.split() for line in out.splitlines() if re.search(r"\bicudt\d+_dat$", line)]
    if len(found) != 1 or len(found[0]) != 4:
        raise ValueError(f"{lib.name}: no single icudtNN_dat symbol")
    address, size, _kind, name = found[0]
    sections = subprocess.run(["readelf", "-S", "-W", str(lib)], capture_output=True, text=True, check=True).stdout
    start, length = int(address, 16), int(size, 16)
    for match in re.finditer(r"\]\s+\S+\s+\S+\s+([0-9a-f]{8,16})\s+([0-9a-f]+)\s+([0-9a-f]+)", sections):
        sec_addr, sec_off, sec_size = (int(g, 16) for g in match.groups())
        if sec_addr <= start and start + length <= sec_addr + sec_size and sec_addr:
            with open(lib, "rb") as fh:
                fh.seek(sec_off + start - sec_addr)
                data = fh.read(length)
            if data[2:4] != b"\xda\x27":  # ICU's data header magic
                raise ValueError(f"{lib.name}: {name} is not ICU data")
            return name, data
    raise ValueError(f"{lib.name}: no section holds {name}")


def subset(lib: Path, out_dir: Path) -> Path:
    """A library with the same name and symbol as `lib`, holding the kept items only."""
    out_dir.mkdir(parents=True, exist_ok=True)
    symbol, data = _data_symbol(lib)
    version = re.sub(r"\D", "", symbol)
    # icupkg names the items after the package file: both must be called icudtNNl.dat
    (out_dir / "whole").mkdir(exist_ok=True)
    full, small = out_dir / "whole" / f"icudt{version}l.dat", out_dir / f"icudt{version}l.dat"
    full.write_bytes(data)
    items = subprocess.run(["icupkg", "-l", str(full)], capture_output=True, text=True, check=True).stdout.split()
    converters = [item for item in items if item.endswith(".cnv")]
    (out_dir / "converters.txt").write_text("\n".join(converters) + "\n", encoding="utf-8")
    sizes_dir = out_dir / "converters"
    sizes_dir.mkdir(exist_ok=True)
    subprocess.run(["icupkg", "-x", str(out_dir / "converters.txt"), "-d", str(sizes_dir), str(full)], check=True,
                   capture_output=True, text=True)
    sizes = {item: (sizes_dir / item).stat().st_size for item in converters}
    drop = [item for item in items if dropped(item, sizes.get(item, 0))]
    # without --ignore-deps icupkg refuses when a kept item needs a removed one: a small converter
    # that extends a multi-byte table goes with it; anything else is a mistake in these rules
    for _ in range(5):
        (out_dir / "drop.txt").write_text("\n".join(drop) + "\n", encoding="utf-8")
        done = subprocess.run(["icupkg", "-r", str(out_dir / "drop.txt"), str(full), str(small)],
                              capture_output=True, text=True)
        if done.returncode == 0:
            break
        needs = re.findall(r"Item (\S+) depends on missing item (\S+)", done.stdout + done.stderr)
        if not needs or any(not item.endswith(".cnv") for item, _ in needs):
            raise ValueError(f"icupkg refused the subset: {(done.stdout + done.stderr).strip()[:500]}")
        drop += sorted({item for item, _ in needs})
    else:
        raise ValueError("icupkg kept refusing the subset")
    source = out_dir / "icudata.S"
    source.write_text(f"""\t.section .rodata
\t.globl {symbol}
\t.type {symbol}, @object
\t.balign 16
{symbol}:
\t.incbin "{small}"
\t.size {symbol}, . - {symbol}
\t.section .note.GNU-stack,"",@progbits
""", encoding="utf-8")
    target = out_dir / lib.name
    subprocess.run(["cc", "-shared", "-nostdlib", f"-Wl,-soname,{lib.name}", "-o", str(target), str(source)],
                   check=True, capture_output=True, text=True)
    full.unlink()
    return target


if __name__ == "__main__":
    made = subset(Path(sys.argv[1]), Path(sys.argv[2]))
    print(f"{made}: {made.stat().st_size / 1e6:.1f} MB")
