"""The report's figures as a workbook (.xlsx): a first sheet that says what the file is (network,
period, made on, provisional, draft or final, the suppression applied, confidentiality), then one
sheet per report section with its tables exactly as the PDF prints them (Report.tables(): the
same suppression, the same rows), numbers as real numbers so a lead can make their own table or
chart. Written to a temp file, then renamed."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.io.export import xml_safe
from app.outputs import output_path
from app.reports import fonts
from app.reports.content import DEFAULT_FOOTER, section_title
from app.reports.method_note import fmt_day
from app.reports.pdf import RecordedTable, Report, T

_BAD_SHEET_CHARS = re.compile(r"[\[\]:*?/\\]")
MAX_SHEET_NAME = 31

_ABOUT = {
    "nl": {"sheet": "Over dit bestand", "title": "Cijfers van het jaarverslag", "network": "Netwerk",
           "period": "Periode", "start": "Begint op", "end": "Eindigt op", "made": "Gemaakt op",
           "provisional": "Voorlopig", "provisional_yes": "ja — de periode was nog niet afgelopen; de cijfers gaan tot "
           "en met {0}", "no": "nee", "status": "Status", "final": "definitief (bevroren verslag)",
           "draft": "concept (niet bevroren: de cijfers kunnen nog veranderen)", "threshold": "Drempel kleine aantallen",
           "small": "‘< {0}’ betekent", "small_text": "een aantal groter dan 0 en kleiner dan {0}, verborgen zodat "
           "niemand herkenbaar is", "hidden": "‘x’ betekent", "none": "‘–’ betekent", "none_text": "niet gekend of "
           "niet van toepassing", "sheets": "Werkbladen", "sheets_text": "één werkblad per onderdeel van het verslag, "
           "met de tabellen zoals ze in de PDF staan", "confidential": "Vertrouwelijk"},
    "en": {"sheet": "About", "title": "Figures of the annual report", "network": "Network", "period": "Period",
           "start": "Starts on", "end": "Ends on", "made": "Made on", "provisional": "Provisional",
           "provisional_yes": "yes — the period had not ended yet; the figures go up to {0}", "no": "no",
           "status": "Status", "final": "final (frozen report)",
           "draft": "draft (not frozen: the figures may still change)", "threshold": "Small-count threshold",
           "small": "‘< {0}’ means", "small_text": "a count above 0 and below {0}, hidden so that nobody can be "
           "recognised", "hidden": "‘x’ means", "none": "‘–’ means", "none_text": "not known or not applicable",
           "sheets": "Sheets", "sheets_text": "one sheet per section of the report, with the tables as the PDF "
           "prints them", "confidential": "Confidential"},
}


@dataclass(frozen=True)
class NumberStyle:
    """How a report prints numbers: the thousands and decimal separators."""

    group: str
    decimal: str

    @classmethod
    def of(cls, report: Report) -> NumberStyle:
        """Read the separators off the report's own number formatting (1234.5 printed)."""
        sample = report.num(1234.5, 1)
        m = re.fullmatch(r"1(\D?)234(\D)5", sample)
        if m is None:
            return cls(".", ",") if report.lang == "nl" else cls(",", ".")
        return cls(m.group(1), m.group(2))


def parse_cell(text: str, style: NumberStyle) -> tuple[Any, str | None]:
    """A printed cell as a workbook value and number format: "1.234" → 1234 (nl), "12,5" → 12.5,
    "45 %" → 0.45 as a percentage, "€ 1.234,50" → 1234.5 as euros, "+3" → 3 with its sign shown.
    Anything else ("< 5", "x", "–", "≈ 12", names, dates) stays text (format None)."""
    s = text.strip().replace("\u00a0", " ").replace("\u202f", " ")
    g, d = re.escape(style.group), re.escape(style.decimal)
    integer = rf"\d{{1,3}}(?:{g}\d{{3}})+|\d+" if style.group else r"\d+"
    m = re.fullmatch(rf"(?P<sign>[+\-−]?)(?P<eur>€ ?)?(?P<int>{integer})(?:{d}(?P<dec>\d+))?(?P<pct> ?%)?", s)
    if m is None or (m.group("eur") and m.group("pct")):
        return text, None
    digits = m.group("int").replace(style.group, "") if style.group else m.group("int")
    decimals = m.group("dec") or ""
    negative = m.group("sign") in ("-", "−")
    value: float | int = float(f"{digits}.{decimals}") if decimals else int(digits)
    if negative:
        value = -value
    places = "." + "0" * len(decimals) if decimals else ""
    if m.group("pct"):
        return value / 100, f"0{places}%"
    if m.group("eur"):
        return value, f'"€" #,##0{places}'
    fmt = f"#,##0{places}"
    if m.group("sign") == "+":
        fmt = f"+{fmt};-{fmt};0"
    return value, fmt


def sheet_names(sections: list[str], lang: str) -> dict[str, str]:
    """A sheet name per section: its title without []:*?/\\, at most 31 characters, unique."""
    used = {_ABOUT[lang]["sheet"].lower()}
    out: dict[str, str] = {}
    for key in sections:
        title = section_title(key, lang)
        if len(title) > MAX_SHEET_NAME and ":" in title:
            title = title.split(":", 1)[0]  # "Throughput: activiteiten, …" → "Throughput"
        base = re.sub(r"\s+", " ", _BAD_SHEET_CHARS.sub(" ", title)).strip(" '") or key
        name = base[:MAX_SHEET_NAME].rstrip()
        n = 2
        while name.lower() in used:
            suffix = f" ({n})"
            name = base[:MAX_SHEET_NAME - len(suffix)].rstrip() + suffix
            n += 1
        used.add(name.lower())
        out[key] = name
    return out


def _put(ws: Any, row: int, column: int, value: Any) -> Any:
    """A cell holding `value`; text stays text exactly as printed, even when it starts with "="
    (never a formula)."""
    cell = ws.cell(row=row, column=column, value=xml_safe(value) if isinstance(value, str) else value)
    if cell.data_type == "f":
        cell.data_type = "s"
    return cell


def _about_rows(report: Report) -> list[tuple[str, str]]:
    a = _ABOUT[report.lang]
    data, period = report.data, report.period
    net = data.get("network") or {}
    until = fmt_day(period.get("as_of") or data.get("made_on"), report.lang)
    threshold = report.threshold
    rows = [(a["network"], str(net.get("name") or "")),
            (a["period"], str(period.get("label") or "")),
            (a["start"], fmt_day(period.get("start"), report.lang)),
            (a["end"], fmt_day(period.get("end"), report.lang)),
            (a["made"], fmt_day(data.get("made_on"), report.lang)),
            (a["provisional"], a["provisional_yes"].format(until) if report.provisional else a["no"]),
            (a["status"], a["final"] if report.final() else a["draft"]),
            (a["threshold"], str(threshold))]
    if threshold > 0:
        rows.append((a["small"].format(threshold), a["small_text"].format(threshold)))
    rows += [(a["hidden"], T[report.lang]["hidden"].split(":", 1)[-1].strip()),
             (a["none"], a["none_text"]),
             (a["sheets"], a["sheets_text"]),
             (a["confidential"], str(report.opts.get("footer") or DEFAULT_FOOTER.get(report.lang, DEFAULT_FOOTER["nl"])))]
    return rows


def by_section(tables: list[RecordedTable]) -> dict[str, list[RecordedTable]]:
    """The recorded tables grouped per section, in the order the report prints them."""
    out: dict[str, list[RecordedTable]] = {}
    for table in tables:
        out.setdefault(table.section or "report", []).append(table)
    return out


def write_workbook(payload: dict[str, Any], path: Path) -> None:
    """The report's figures as .xlsx; the file appears only when complete (temp file + rename)."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    fonts.register()  # the report measures its paragraphs while it builds
    report = Report(payload)
    a = _ABOUT[report.lang]
    style = NumberStyle.of(report)
    groups = by_section(report.tables())
    names = sheet_names(list(groups), report.lang)
    bold = Font(bold=True)

    wb = Workbook()
    about = wb.active
    about.title = a["sheet"]
    about.append([a["title"]])
    about["A1"].font = Font(bold=True, size=13)
    about.append([])
    for i, (name, value) in enumerate(_about_rows(report), start=3):
        _put(about, i, 1, name).font = bold
        _put(about, i, 2, value)
    about.column_dimensions["A"].width = 30
    about.column_dimensions["B"].width = 90
    for row in about.iter_rows(min_row=3, min_col=2, max_col=2):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")

    for key, tables in groups.items():
        ws = wb.create_sheet(names[key])
        widths: dict[int, int] = {}
        row_no = 0
        for n, table in enumerate(tables):
            if n:
                row_no += 1  # a blank row between tables
            for i, cells in enumerate(table.rows):
                row_no += 1
                header = i < table.header_rows
                for col, text in enumerate(cells, start=1):
                    value, fmt = (text, None) if header else parse_cell(text, style)
                    cell = _put(ws, row_no, col, value)
                    if fmt is not None:
                        cell.number_format = fmt
                    if header:
                        cell.font = bold
                    widths[col] = max(widths.get(col, 0), len(text))
            if n == 0 and table.header_rows:
                ws.freeze_panes = ws.cell(row=table.header_rows + 1, column=1)
        for col, width in widths.items():
            ws.column_dimensions[get_column_letter(col)].width = min(60, max(8, width + 2))

    with output_path(Path(path)) as tmp:
        wb.save(tmp)


__all__ = ["NumberStyle", "by_section", "parse_cell", "sheet_names", "write_workbook"]
