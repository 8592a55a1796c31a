"""Reading registers safely: XLSX (openpyxl read-only, cached values, never formulas; zip bombs and
XML entities refused) and CSV (encoding and delimiter detected), with bounded memory."""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from app.errors import BadInputError

MAX_ROWS = 200_000
MAX_FILE_BYTES = 200 * 1024 * 1024
MAX_UNZIPPED = 400 * 1024 * 1024
MAX_RATIO = 200
MAX_CELL = 1024 * 1024


def _check_xlsx(path: Path) -> None:
    if not zipfile.is_zipfile(path):
        raise BadInputError(f"{path.name} is geen geldig Excel-bestand (.xlsx). Bewaar het opnieuw als .xlsx of als CSV.")
    with zipfile.ZipFile(path) as zf:
        total = 0
        for info in zf.infolist():
            total += info.file_size
            if info.compress_size and info.file_size / max(info.compress_size, 1) > MAX_RATIO and info.file_size > 10**6:
                raise BadInputError(f"{path.name} pakt verdacht sterk uit ({info.filename}): geweigerd als mogelijke zip-bom.")
            if info.filename.endswith(".xml") or info.filename.endswith(".rels"):
                with zf.open(info) as fh:
                    head = fh.read(2048)
                if b"<!DOCTYPE" in head or b"<!ENTITY" in head:
                    raise BadInputError(f"{path.name} bevat XML-entiteiten ({info.filename}): geweigerd uit veiligheid.")
        if total > MAX_UNZIPPED:
            raise BadInputError(f"{path.name} is uitgepakt te groot ({total // 2**20} MB): splits het register op.")


def read_xlsx(path: Path, sheet: str | None = None) -> Iterator[list[Any]]:
    _check_xlsx(path)
    from openpyxl import load_workbook

    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds on junk
        raise BadInputError(f"{path.name} kan niet gelezen worden als Excel-bestand: {exc}") from exc
    try:
        if sheet is not None and sheet not in wb.sheetnames:
            raise BadInputError(f"Geen werkblad {sheet!r} in {path.name}; er zijn: {', '.join(wb.sheetnames)}")
        ws = wb[sheet] if sheet else wb.worksheets[0]
        for row in ws.iter_rows(values_only=True):
            yield list(row)
    finally:
        wb.close()


def sheet_names(path: Path) -> list[str]:
    """The worksheets of an .xlsx (after the same safety checks as reading); [] for CSV."""
    path = Path(path)
    if path.suffix.lower() != ".xlsx":
        return []
    _check_xlsx(path)
    from openpyxl import load_workbook

    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:
        raise BadInputError(f"{path.name} kan niet gelezen worden als Excel-bestand: {exc}") from exc
    try:
        return list(wb.sheetnames)
    finally:
        wb.close()


def _decode(data: bytes) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000]).best()
    encoding = best.encoding if best is not None else "cp1252"
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return data.decode("cp1252", errors="replace")


def read_csv(path: Path) -> Iterator[list[Any]]:
    if path.stat().st_size > MAX_FILE_BYTES:
        raise BadInputError(f"{path.name} is groter dan {MAX_FILE_BYTES // 2**20} MB: splits het register op.")
    data = path.read_bytes()
    if b"\x00" in data[:4096]:
        raise BadInputError(f"{path.name} is geen tekstbestand (CSV). Bewaar het register als CSV of .xlsx.")
    text = _decode(data)
    sample = text[:20_000]
    try:
        dialect: Any = csv.Sniffer().sniff(sample, delimiters=";,\t")
    except csv.Error:
        dialect = csv.excel
        dialect.delimiter = ";" if sample.count(";") >= sample.count(",") else ","
    csv.field_size_limit(MAX_CELL)
    reader = csv.reader(io.StringIO(text), dialect)
    try:
        yield from reader
    except csv.Error as exc:
        raise BadInputError(f"{path.name} heeft een cel die te groot of onleesbaar is ({exc}).") from exc


def read_rows(path: Path, sheet: str | None = None) -> list[list[Any]]:
    """All rows (empty rows dropped), at most MAX_ROWS, else a clear refusal."""
    path = Path(path)
    if not path.exists():
        raise BadInputError(f"Bestand niet gevonden: {path}")
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        source: Iterator[list[Any]] = read_xlsx(path, sheet)
    elif suffix in (".csv", ".txt"):
        source = read_csv(path)
    else:
        raise BadInputError(f"{path.name}: gebruik een .xlsx- of .csv-bestand.")
    rows: list[list[Any]] = []
    for row in source:
        if not any(c not in (None, "") and str(c).strip() for c in row):
            continue
        rows.append(row)
        if len(rows) > MAX_ROWS:
            raise BadInputError(f"{path.name} heeft meer dan {MAX_ROWS} rijen: splits het register op.")
    return rows
