"""The one-page recovery sheet printed or saved when a vault is created."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.pdfgen import canvas

from app.formatting import fmt_date
from app.outputs import output_path
from app.reports import fonts

TEXT = {
    "nl": {
        "title": "Herstelblad voor je Verbind-kluis",
        "vault": "Kluis", "made": "Gemaakt op", "key": "Herstelsleutel",
        "lines": [
            "Met deze herstelsleutel open je de kluis als je de wachtwoordzin vergeten bent:",
            "kies in Verbind 'Wachtwoord vergeten?' en typ de sleutel over.",
            "Bewaar dit blad op papier op een veilige plek, niet bij de laptop.",
            "Wie deze sleutel en het kluisbestand heeft, kan alle gegevens lezen.",
            "Verbind toont de sleutel maar één keer: maak er geen foto of kopie van.",
        ],
    },
    "en": {
        "title": "Recovery sheet for your Verbind vault",
        "vault": "Vault", "made": "Created on", "key": "Recovery key",
        "lines": [
            "This recovery key opens the vault when the passphrase is forgotten:",
            "choose 'Forgot passphrase?' in Verbind and type the key.",
            "Keep this sheet on paper in a safe place, not with the laptop.",
            "Whoever has this key and the vault file can read all data.",
            "Verbind shows the key only once: do not photograph or copy it.",
        ],
    },
}


def write_recovery_sheet(path: Path, recovery_key: str, vault_path: Path, lang: str = "nl",
                         created: date | None = None) -> None:
    """Write the sheet atomically (a failed write leaves no partial file)."""
    fonts.register()
    t = TEXT.get(lang, TEXT["nl"])
    with output_path(Path(path)) as tmp:
        c = canvas.Canvas(str(tmp), pagesize=A4, pageCompression=1)
        c.setTitle(t["title"])
        c.setAuthor("Verbind")
        width, height = A4
        y = height - 3 * cm
        c.setFont(fonts.BOLD, 20)
        c.drawString(2.5 * cm, y, t["title"])
        y -= 1.4 * cm
        c.setFont(fonts.REGULAR, 11)
        c.drawString(2.5 * cm, y, f"{t['vault']}: {Path(vault_path).name}")
        y -= 0.6 * cm
        c.drawString(2.5 * cm, y, f"{t['made']}: {fmt_date(created or date.today())}")
        y -= 1.6 * cm
        c.setFont(fonts.BOLD, 12)
        c.drawString(2.5 * cm, y, t["key"])
        y -= 1.4 * cm
        groups = recovery_key.split("-")
        c.setFont("Courier-Bold", 22)
        for row in (groups[:4], groups[4:]):
            c.drawString(2.5 * cm, y, "  ".join(row))
            y -= 1.1 * cm
        c.roundRect(2.1 * cm, y + 0.1 * cm, width - 4.2 * cm, 3.3 * cm, 6, stroke=1, fill=0)
        y -= 1.2 * cm
        c.setFont(fonts.REGULAR, 11)
        for line in t["lines"]:
            c.drawString(2.5 * cm, y, line)
            y -= 0.6 * cm
        c.showPage()
        c.save()
