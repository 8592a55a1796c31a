"""Search-as-you-type latency on the stakeholder list of the huge demo vault: model reload (the
first page, counted up to the list's cap) plus the first visible rows, per keystroke."""

from __future__ import annotations

import os
import statistics
import time
from datetime import date
from pathlib import Path

QUERIES = ["s", "sp", "spo", "spor", "sport", "sporti", "sportie", "sportief", "l", "le", "led", "lede",
           "ledeb", "ledeberg", "k", "ki", "kie", "kiek", "0", "00", "001", "0012", "h", "ho", "hor", "hori"]


def measure_filter(vault_path: Path, passphrase: str) -> dict[str, float]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from app.services import stakeholder as service
    from app.vault import Vault
    from ui.tabs.stakeholders.model import stakeholder_columns
    from ui.tabs.stakeholders.view import COUNT_CAP
    from ui.widgets.table import TableModel

    _app = QApplication.instance() or QApplication([])
    vault = Vault.open(vault_path, passphrase, verify=False)
    try:
        with vault.session() as s:
            from sqlalchemy import func, select

            from app.domain import Stakeholder

            network_id = s.execute(select(Stakeholder.network_id, func.count()).group_by(Stakeholder.network_id)
                                   .order_by(func.count().desc())).first()[0]  # type: ignore[index]
        class Source:  # what the tab's source (ui.tabs.stakeholders.view._Source) does, without the tab
            filters = service.Filters()
            count_cap = COUNT_CAP

            def fetch(self, order_by: str, descending: bool, limit: int, offset: int) -> tuple[list[object], int]:
                with vault.session() as s:
                    return service.search_page(s, network_id, self.filters, order_by=order_by,  # type: ignore[return-value]
                                               descending=descending, limit=limit, offset=offset,
                                               count_cap=self.count_cap if offset == 0 else 0)

            def count(self) -> int:
                with vault.session() as s:
                    return service.count(s, network_id, self.filters)

        source = Source()
        model = TableModel(stakeholder_columns("nl", date.today), source=source)
        from ui import memory

        vault.warm_search(network_id)  # as the window does in the background when it shows a network
        memory.settle()  # as the window does once the vault is open and a tab is built
        model.reload()  # the tab shows the whole list before the first keystroke
        timings = []
        for _round in range(2):
            for q in QUERIES:
                start = time.perf_counter()
                source.filters = service.Filters(text=q)
                model.reload()
                for row in range(min(30, model.rowCount())):
                    model.data(model.index(row, 0))
                timings.append((time.perf_counter() - start) * 1000)
        timings.sort()
        return {"filter_p50_ms": statistics.median(timings),
                "filter_p95_ms": timings[int(len(timings) * 0.95) - 1], "rows": float(model.rowCount())}
    finally:
        vault.close()


if __name__ == "__main__":  # pragma: no cover
    import sys

    print(measure_filter(Path(sys.argv[1]), os.environ.get("VERBIND_PASSPHRASE", "verbind-demo")))
