"""Reading registers safely: XLSX (openpyxl read-only, cached values, never formulas; zip bombs and
XML entities refused) and CSV (encoding and delimiter detected, decoded line by line), with bounded
memory: rows are streamed, never held here.

CSV encoding: UTF-8 first (with or without BOM; UTF-16 when it has a BOM), then Windows-1252 (what
Excel on Windows writes for Western European text). A file with both UTF-8 and Windows-1252 lines
(two registers pasted together) is decoded per line, each line as UTF-8 when it is valid UTF-8 and
as Windows-1252 otherwise. The caller may force any other encoding.

Every text cell is checked for control characters (NUL and the like, anywhere in the file): they
are refused with the row and column, since they cannot be stored in an .xlsx export and are never
meant by the user."""

from __future__ import annotations

import codecs
import csv
import re
import warnings
import zipfile
from collections.abc import Generator, Iterator
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.errors import BadInputError, UsageError
from app.i18n import tr

MAX_ROWS = 200_000  # data rows (below the header); more is refused
MAX_FILE_BYTES = 200 * 1024 * 1024
MAX_UNZIPPED = 400 * 1024 * 1024
MAX_RATIO = 200
MAX_CELL = 1024 * 1024

AUTO = "auto"
MIXED = "utf-8+cp1252"  # per line: UTF-8 when valid, else Windows-1252
# offered in the GUI; the CLI accepts any encoding Python knows
ENCODINGS = ("utf-8", "cp1252", MIXED, "cp1250", "iso-8859-15", "mac_roman", "utf-16")
ENCODING_LABELS = {
    "utf-8": ("UTF-8", "UTF-8"), "utf-8-sig": ("UTF-8 (met BOM)", "UTF-8 (with BOM)"),
    "cp1252": ("Windows-1252 (West-Europees, Excel op Windows)", "Windows-1252 (Western European, Excel on Windows)"),
    MIXED: ("UTF-8 en Windows-1252 gemengd (per regel)", "UTF-8 and Windows-1252 mixed (per line)"),
    "cp1250": ("Windows-1250 (Centraal-Europees)", "Windows-1250 (Central European)"),
    "iso-8859-15": ("ISO-8859-15 (Latin-9)", "ISO-8859-15 (Latin-9)"),
    "mac_roman": ("Mac Roman (oude Mac)", "Mac Roman (old Mac)"),
    "utf-16": ("UTF-16 (Excel 'Unicode-tekst')", "UTF-16 (Excel 'Unicode text')"),
}
# C0 controls except tab, line feed and carriage return; DEL and C1 controls; surrogates; non-characters
CONTROL_RE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
# an aggregate formula in a sheet's XML: <c r="B12" ...><f>SUM(B2:B11)</f>
_AGGREGATE_RE = re.compile(rb'<(?:\w+:)?c r="[A-Z]{1,3}(\d{1,7})"[^>]*>\s*<(?:\w+:)?f(?:\s[^>]*)?>\s*=?(?:_xlfn\.)?'
                           rb"(?:SUM|SUBTOTAL|AGGREGATE|COUNTA?|AVERAGE|MIN|MAX|PRODUCT)\(([^)<]{0,300})", re.IGNORECASE)
_RANGE_RE = re.compile(r"\$?[A-Z]{1,3}\$?(\d{1,7})\s*:\s*\$?[A-Z]{1,3}\$?(\d{1,7})", re.IGNORECASE)


def sums_rows_above(row: int, arguments: str) -> bool:
    """Whether an aggregate's arguments hold a range of several rows wholly above `row`: a column
    total (=SUM(C2:C40) in row 41), not a total across one row (=SUM(C5:F5)) or a running total
    (=SUM($C$2:C5) in row 5), which data rows have."""
    for m in _RANGE_RE.finditer(arguments):
        first, last = sorted((int(m.group(1)), int(m.group(2))))
        if first != last and last < row:
            return True
    return False
_LONE_CR = re.compile(r"(?<=\r)(?!\n)")


def encoding_label(encoding: str | None) -> str:
    """How an encoding is shown to the user (in the current language)."""
    if encoding is None:
        return tr("Excel (.xlsx): geen codering nodig", "Excel (.xlsx): no encoding needed")
    nl, en = ENCODING_LABELS.get(encoding, (encoding, encoding))
    return tr(nl, en)


def column_letter(index: int) -> str:
    """Spreadsheet column name of a 0-based index (0 → A, 26 → AA)."""
    name = ""
    n = index + 1
    while n:
        n, rem = divmod(n - 1, 26)
        name = chr(65 + rem) + name
    return name


@dataclass
class Table:
    """A register as read: its rows as (line number in the file, cells), streamed, empty rows included
    (as they are: footers below the data are told apart by the blank rows above them)."""

    path: Path
    rows: Iterator[tuple[int, list[Any]]]
    encoding: str | None = None  # the CSV encoding used; None for xlsx
    sample: list[str] = field(default_factory=list)  # lines with non-ASCII characters, decoded, to check
    formula_rows: frozenset[int] = frozenset()  # xlsx rows holding an aggregate formula (SUM, ...)


def _check_xlsx(path: Path) -> None:
    if not zipfile.is_zipfile(path):
        raise BadInputError(tr(f"{path.name} is geen geldig Excel-bestand (.xlsx). Bewaar het opnieuw als .xlsx of als CSV.",
                               f"{path.name} is not a valid Excel file (.xlsx). Save it again as .xlsx or as CSV."))
    with zipfile.ZipFile(path) as zf:
        total = 0
        for info in zf.infolist():
            total += info.file_size
            if info.compress_size and info.file_size / max(info.compress_size, 1) > MAX_RATIO and info.file_size > 10**6:
                raise BadInputError(tr(f"{path.name} pakt verdacht sterk uit ({info.filename}): geweigerd als mogelijke "
                                       "zip-bom.", f"{path.name} unpacks suspiciously large ({info.filename}): refused "
                                       "as a possible zip bomb."))
            if info.filename.endswith(".xml") or info.filename.endswith(".rels"):
                with zf.open(info) as fh:
                    head = fh.read(2048)
                if b"<!DOCTYPE" in head or b"<!ENTITY" in head:
                    raise BadInputError(tr(f"{path.name} bevat XML-entiteiten ({info.filename}): geweigerd uit veiligheid.",
                                           f"{path.name} contains XML entities ({info.filename}): refused for safety."))
        if total > MAX_UNZIPPED:
            raise BadInputError(tr(f"{path.name} is uitgepakt te groot ({total // 2**20} MB): splits het register op.",
                                   f"{path.name} is too large unpacked ({total // 2**20} MB): split the register."))


def _unreadable(path: Path, exc: BaseException) -> BadInputError:
    return BadInputError(tr(f"{path.name} kan niet gelezen worden als Excel-bestand ({type(exc).__name__}). Open het in "
                            "Excel en bewaar het opnieuw als .xlsx, of als CSV.",
                            f"{path.name} cannot be read as an Excel file ({type(exc).__name__}). Open it in Excel "
                            "and save it again as .xlsx, or as CSV."))


def _open_workbook(path: Path) -> Any:
    from openpyxl import load_workbook

    try:
        with warnings.catch_warnings():  # openpyxl's warnings (styles, ...) are not the user's business
            warnings.simplefilter("ignore")
            return load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds on junk
        raise _unreadable(path, exc) from exc


def _aggregate_rows(ws: Any) -> frozenset[int]:
    """Rows with a column total (an aggregate over rows above it), from a raw scan of the sheet's
    XML: the cached values that are imported do not tell a =SUM(...) from a typed number."""
    found: set[int] = set()
    try:
        with ws._get_source() as src:  # openpyxl read-only worksheet: the sheet's XML stream
            tail = b""
            while True:
                chunk = src.read(1 << 20)
                if not chunk:
                    break
                data = tail + chunk
                found.update(int(m.group(1)) for m in _AGGREGATE_RE.finditer(data)
                             if sums_rows_above(int(m.group(1)), m.group(2).decode("utf-8", "replace")))
                tail = data[-512:]
    except Exception:  # only a hint for footers: the rows themselves are read (and checked) below
        return frozenset()
    return frozenset(found)


def _xlsx_rows(path: Path, wb: Any, ws: Any) -> Iterator[tuple[int, list[Any]]]:
    try:
        rows = ws.iter_rows(values_only=True)
        line = 0
        while True:
            try:
                with warnings.catch_warnings():  # a date out of range becomes "#VALUE!", reported later
                    warnings.simplefilter("ignore")
                    row = next(rows)
            except StopIteration:
                break
            except Exception as exc:  # a damaged sheet, a value openpyxl cannot convert
                raise _unreadable(path, exc) from exc
            line += 1
            cells = list(row)
            _check_cells(path, line, cells)
            yield line, cells
    finally:
        wb.close()


def read_xlsx(path: Path, sheet: str | None = None) -> Table:
    _check_xlsx(path)
    wb = _open_workbook(path)
    try:
        if sheet is not None and sheet not in wb.sheetnames:
            raise BadInputError(tr(f"Geen werkblad {sheet!r} in {path.name}; er zijn: {', '.join(wb.sheetnames)}",
                                   f"No worksheet {sheet!r} in {path.name}; there are: {', '.join(wb.sheetnames)}"))
        ws = wb[sheet] if sheet else wb.worksheets[0]
        # read-only mode stops at the size the file declares; some programs declare it too small,
        # which silently dropped the rows below it
        ws.reset_dimensions()
        formulas = _aggregate_rows(ws)
    except BaseException:
        wb.close()
        raise
    return Table(path, _xlsx_rows(path, wb, ws), None, [], formulas)


def sheet_names(path: Path) -> list[str]:
    """The worksheets of an .xlsx (after the same safety checks as reading); [] for CSV."""
    path = Path(path)
    if path.suffix.lower() not in (".xlsx", ".xlsm"):
        return []
    _check_xlsx(path)
    wb = _open_workbook(path)
    try:
        return list(wb.sheetnames)
    finally:
        wb.close()


def _check_cells(path: Path, line: int, cells: list[Any]) -> None:
    for i, value in enumerate(cells):
        if isinstance(value, str):
            bad = CONTROL_RE.search(value)
            if bad:
                code = f"U+{ord(bad.group()):04X}"
                raise BadInputError(tr(
                    f"{path.name}, regel {line}, kolom {column_letter(i)}: de cel bevat een onzichtbaar stuurteken "
                    f"({code}) op positie {bad.start() + 1}. Verwijder het (typ de cel opnieuw in Excel) of kies een "
                    "andere codering, en probeer opnieuw.",
                    f"{path.name}, line {line}, column {column_letter(i)}: the cell contains an invisible control "
                    f"character ({code}) at position {bad.start() + 1}. Remove it (retype the cell in Excel) or "
                    "choose another encoding, and try again."))
            if len(value) > MAX_CELL:
                raise BadInputError(tr(f"{path.name}, regel {line}, kolom {column_letter(i)}: de cel is groter dan "
                                       f"{MAX_CELL // 1024} KB.", f"{path.name}, line {line}, column "
                                       f"{column_letter(i)}: the cell is larger than {MAX_CELL // 1024} KB."))


def _bom(head: bytes) -> str | None:
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    return None


def _guess_other(lines: list[bytes]) -> str:
    from charset_normalizer import from_bytes

    best = from_bytes(b"".join(lines)[:200_000]).best()
    return best.encoding if best is not None else "cp1252"


def detect_encoding(path: Path) -> str:
    """UTF-8 (BOM or not), UTF-16 with a BOM, else per line: all UTF-8 → utf-8, none → cp1252, both →
    MIXED. Lines that are neither UTF-8 nor Windows-1252 leave the choice to charset-normalizer."""
    with open(path, "rb") as fh:
        bom = _bom(fh.read(4))
        if bom:
            return bom
        fh.seek(0)
        utf8 = cp1252 = 0
        other: list[bytes] = []
        for raw in fh:
            if raw.isascii():
                continue
            try:
                raw.decode("utf-8")
                utf8 += 1
                continue
            except UnicodeDecodeError:
                pass
            try:
                raw.decode("cp1252")
                cp1252 += 1
            except UnicodeDecodeError:
                if len(other) < 1000:
                    other.append(raw)
    if other:
        return _guess_other(other)
    if cp1252 == 0:
        return "utf-8"
    return MIXED if utf8 else "cp1252"


def _decode_line(raw: bytes) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="strict")


def _text_lines(path: Path, encoding: str) -> Generator[str, None, None]:
    """Decoded lines (line ends kept), streamed. An undecodable line is refused with its number."""
    if codecs.lookup(encoding if encoding != MIXED else "utf-8").name.startswith(("utf-16", "utf-32")):
        number = 0
        with open(path, encoding=encoding, newline="") as stream:  # two-byte units: the codec splits lines
            try:
                for number, text in enumerate(stream, start=1):  # noqa: B007 - the number is used after the loop
                    yield text
            except UnicodeDecodeError as exc:
                raise _undecodable(path, encoding, number + 1) from exc
        return
    with open(path, "rb") as fh:
        for number, raw in enumerate(fh, start=1):
            try:
                text = _decode_line(raw) if encoding == MIXED else raw.decode(encoding)
            except UnicodeDecodeError as exc:
                raise _undecodable(path, encoding, number) from exc
            yield from _LONE_CR.split(text) if "\r" in text[:-2] else (text,)


def _undecodable(path: Path, encoding: str, line: int) -> BadInputError:
    return BadInputError(tr(f"{path.name}, regel {line}: niet leesbaar als {encoding_label(encoding)}. Kies een andere "
                            "codering (CLI: --encoding cp1252, utf-8, ...).",
                            f"{path.name}, line {line}: not readable as {encoding_label(encoding)}. Choose another "
                            "encoding (CLI: --encoding cp1252, utf-8, ...)."))


def check_encoding(encoding: str) -> str:
    """A known encoding name (normalised), AUTO or MIXED; else a UsageError."""
    if encoding in (AUTO, MIXED):
        return encoding
    try:
        name = codecs.lookup(encoding).name
    except LookupError as exc:
        raise UsageError(tr(f"onbekende codering {encoding!r}: kies bv. utf-8, cp1252 of {MIXED}",
                            f"unknown encoding {encoding!r}: choose e.g. utf-8, cp1252 or {MIXED}")) from exc
    return {"windows-1252": "cp1252", "windows-1250": "cp1250"}.get(name, name)


def _sample(path: Path, encoding: str, limit: int = 3) -> list[str]:
    """The first few lines with non-ASCII characters as decoded: what the user checks the encoding by."""
    found: list[str] = []
    try:
        with closing(_text_lines(path, encoding)) as lines:
            for text in lines:
                if not text.isascii():
                    found.append(text.strip()[:120])
                    if len(found) >= limit:
                        break
    except BadInputError:
        pass  # reported when the rows are read
    return found


def read_csv(path: Path, encoding: str | None = None) -> Table:
    if path.stat().st_size > MAX_FILE_BYTES:
        raise BadInputError(tr(f"{path.name} is groter dan {MAX_FILE_BYTES // 2**20} MB: splits het register op.",
                               f"{path.name} is larger than {MAX_FILE_BYTES // 2**20} MB: split the register."))
    with open(path, "rb") as fh:
        head = fh.read(4096)
    chosen = check_encoding(encoding) if encoding and encoding != AUTO else detect_encoding(path)
    if b"\x00" in head and not (chosen.startswith("utf-16") or chosen.startswith("utf-32")):
        raise BadInputError(tr(f"{path.name} is geen tekstbestand (CSV). Bewaar het register als CSV of .xlsx.",
                               f"{path.name} is not a text file (CSV). Save the register as CSV or .xlsx."))
    sample_text: list[str] = []
    size = 0
    try:
        with closing(_text_lines(path, chosen)) as lines:
            for text in lines:
                sample_text.append(text)
                size += len(text)
                if size > 20_000:
                    break
    except BadInputError:
        pass  # reported with its line when the rows are read
    sample = "".join(sample_text)
    try:
        dialect: Any = csv.Sniffer().sniff(sample, delimiters=";,\t")
        # the sniffer may guess "skip the space after a delimiter", which cut a leading space off
        # cells; the importer strips where that matters, the reader keeps what the file says
        dialect.skipinitialspace = False
        dialect.doublequote = True  # as Excel writes "": the sniffer says False when the sample has no quotes
    except csv.Error:
        # the sniffer gives up on short or irregular files: the most frequent of ; , and tab (in a
        # dialect of its own: setting csv.excel.delimiter changed every later csv user in the process)
        dialect = type("Fallback", (csv.excel,), {"delimiter": max((";", ",", "\t"), key=sample.count)})
    return Table(path, _csv_rows(path, chosen, dialect), chosen, _sample(path, chosen))


def _csv_rows(path: Path, encoding: str, dialect: Any) -> Iterator[tuple[int, list[Any]]]:
    csv.field_size_limit(MAX_CELL)
    with closing(_text_lines(path, encoding)) as lines:
        reader = csv.reader(lines, dialect)
        start = 1
        try:
            for row in reader:
                _check_cells(path, start, row)
                yield start, row
                start = reader.line_num + 1
        except csv.Error as exc:
            raise BadInputError(tr(f"{path.name}, regel {reader.line_num}: een cel is te groot of onleesbaar ({exc}).",
                                   f"{path.name}, line {reader.line_num}: a cell is too large or unreadable ({exc})."
                                   )) from exc


def open_table(path: Path, sheet: str | None = None, encoding: str | None = None) -> Table:
    """The register at `path`, its rows streamed (see Table)."""
    path = Path(path)
    if not path.exists():
        raise BadInputError(tr(f"Bestand niet gevonden: {path}", f"File not found: {path}"))
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        return read_xlsx(path, sheet)
    if suffix in (".csv", ".txt"):
        return read_csv(path, encoding)
    raise BadInputError(tr(f"{path.name}: gebruik een .xlsx- of .csv-bestand.", f"{path.name}: use an .xlsx or .csv file."))


def is_blank(row: list[Any]) -> bool:
    return not any(c is not None and str(c).strip() for c in row)


def read_rows(path: Path, sheet: str | None = None, encoding: str | None = None) -> list[list[Any]]:
    """All non-empty rows at once (small files, tests); imports stream through open_table."""
    table = open_table(path, sheet, encoding)
    rows: list[list[Any]] = []
    for _line, row in table.rows:
        if is_blank(row):
            continue
        rows.append(row)
        if len(rows) > MAX_ROWS + 20:
            raise BadInputError(tr(f"{Path(path).name} heeft meer dan {MAX_ROWS} rijen: splits het register op.",
                                   f"{Path(path).name} has more than {MAX_ROWS} rows: split the register."))
    return rows
