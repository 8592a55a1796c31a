"""The one-page recovery sheet: printed or saved when a vault is created, and printed again from
the command line (`verbind recovery-sheet`) with the recovery key, checked against the vault's
key file first. Only embedded fonts (the key in DejaVu Sans Bold, groups at fixed places)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

from app.outputs import output_path
from app.reports import companion, fonts

TEXT = {
    "nl": {
        "title": "Herstelblad voor je Verbind-kluis",
        "vault": "Kluis", "made": "Gemaakt op", "vault_made": "Kluis gemaakt op", "printed": "Afgedrukt op",
        "id": "Kenmerk van de kluis", "key": "Herstelsleutel",
        "lines": [
            "Met deze herstelsleutel open je de kluis als je de wachtwoordzin vergeten bent:",
            "kies in Verbind 'Wachtwoordzin vergeten?' en typ de sleutel over.",
            "Bewaar dit blad op papier op een veilige plek, niet bij de laptop.",
            "Wie deze sleutel en het kluisbestand heeft, kan alle gegevens lezen.",
            "Maak er geen foto of digitale kopie van; verwijder het PDF-bestand na het afdrukken.",
            "Een nieuw blad maak je enkel met de sleutel zelf: 'verbind recovery-sheet'.",
        ],
        "subject": "De herstelsleutel van een Verbind-kluis",
    },
    "en": {
        "title": "Recovery sheet for your Verbind vault",
        "vault": "Vault", "made": "Created on", "vault_made": "Vault created on", "printed": "Printed on",
        "id": "Vault reference", "key": "Recovery key",
        "lines": [
            "This recovery key opens the vault when the passphrase is forgotten:",
            "choose 'Forgot passphrase?' in Verbind and type the key.",
            "Keep this sheet on paper in a safe place, not with the laptop.",
            "Whoever has this key and the vault file can read all data.",
            "Do not photograph or copy it; delete the PDF file once it is printed.",
            "A new sheet can only be made with the key itself: 'verbind recovery-sheet'.",
        ],
        "subject": "The recovery key of a Verbind vault",
    },
}
KEY_SIZE = 22  # points
GROUP_WIDTH = 3.9 * cm  # each group of four starts at a fixed place, so the two rows line up


def _draw_key(c: canvas.Canvas, x: float, y: float, groups: list[str]) -> None:
    """One row of groups of four, a little letter-spaced; each group is one string, so a copy
    from the PDF gives the key as it should be typed."""
    c.saveState()  # the letter spacing stays with the key
    for g, chars in enumerate(groups):
        text = c.beginText(x + g * GROUP_WIDTH, y)
        text.setFont(fonts.BOLD, KEY_SIZE)
        text.setCharSpace(2)
        text.textOut(chars)
        c.drawText(text)
    c.restoreState()


def write_recovery_sheet(path: Path, recovery_key: str, vault_path: Path, lang: str = "nl",
                         created: date | None = None, *, printed: date | None = None,
                         vault_id: str | None = None) -> None:
    """Write the sheet atomically (a failed write leaves no partial file). `created`: when the
    vault was made (default today); `printed`: today, shown when it differs from `created`;
    `vault_id`: the key file's id, shown shortened so a sheet can be matched to its vault."""
    fonts.register()
    lang = companion.lang_of(lang)
    t = TEXT[lang]
    printed = printed or date.today()
    created = created or printed
    with output_path(Path(path)) as tmp:
        c = canvas.Canvas(str(tmp), pagesize=A4, pageCompression=1, initialFontName=fonts.REGULAR,
                          lang=companion.PDF_LANG[lang])
        c.setTitle(t["title"])
        c.setAuthor("Verbind")
        c.setSubject(t["subject"])
        c.setCreator("Verbind")
        width, height = A4
        x = 2.5 * cm
        c.setFillColor(companion.MARK)
        c.setFont(fonts.BOLD, 9)
        mark = companion.CONFIDENTIAL[lang]
        mark_w = stringWidth(mark, fonts.BOLD, 9)
        c.setStrokeColor(companion.MARK)
        c.rect(width - x - mark_w - 8, height - 2 * cm - 4, mark_w + 8, 14, stroke=1, fill=0)
        c.drawRightString(width - x - 4, height - 2 * cm, mark)
        c.setFillColor(colors.black)
        y = height - 3.2 * cm
        c.setFont(fonts.BOLD, 20)
        c.drawString(x, y, t["title"])
        y -= 1.4 * cm
        c.setFont(fonts.REGULAR, 11)
        details = [(t["vault"], Path(vault_path).name)]
        if vault_id:
            details.append((t["id"], vault_id[:8]))
        if printed != created:
            details += [(t["vault_made"], companion.day(created, lang)), (t["printed"], companion.day(printed, lang))]
        else:
            details.append((t["made"], companion.day(created, lang)))
        for k, v in details:
            c.drawString(x, y, f"{k}: {v}")
            y -= 0.6 * cm
        y -= 1.0 * cm
        c.setFont(fonts.BOLD, 12)
        c.drawString(x, y, t["key"])
        y -= 1.4 * cm
        groups = recovery_key.split("-")
        c.setFont(fonts.BOLD, KEY_SIZE)
        top = y + KEY_SIZE + 0.35 * cm
        for row in (groups[:4], groups[4:]):
            _draw_key(c, x, y, row)
            y -= 1.1 * cm
        c.setStrokeColor(colors.black)
        c.roundRect(2.1 * cm, y + 0.45 * cm, width - 4.2 * cm, top - y - 0.45 * cm, 6, stroke=1, fill=0)
        y -= 1.2 * cm
        c.setFont(fonts.REGULAR, 11)
        for line in t["lines"]:
            c.drawString(x, y, line)
            y -= 0.6 * cm
        c.showPage()
        c.save()


def reprint(vault_path: Path, typed_key: str, output: Path, lang: str = "nl") -> None:
    """Print the recovery sheet again from the recovery key, after checking that the key opens
    this vault's key file (WrongPassphraseError otherwise, and nothing written). The key is shown
    as it was printed at creation, however it was typed; the passphrase is not needed."""
    from datetime import datetime

    from app.vault.keyfile import KeyFile, decode_recovery_key, encode_recovery_key, key_path_for
    from app.vault.unlock import derive_key

    derive_key(vault_path, recovery_key=typed_key)
    key_file = KeyFile.load(key_path_for(vault_path))
    try:
        created = datetime.fromisoformat(key_file.created_at).date() if key_file.created_at else None
    except ValueError:
        created = None
    shown = encode_recovery_key(decode_recovery_key(typed_key))
    write_recovery_sheet(output, shown, vault_path, lang, created=created, printed=date.today(),
                         vault_id=key_file.vault_id)
