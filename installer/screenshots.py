"""Screenshots of the main window in each interface language, for release notes and for checking translations.

    python installer/screenshots.py --db sqlite:////tmp/demo.sqlite3 --out /tmp/shots   (after `main.py demo --db ...`)

Runs offscreen (no display needed). For each language it writes main-<lang>.png (the cases list with a case open)
and one picture per tab of the open case (case-<lang>-<n>.png).
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def wait(app: object, condition: object, seconds: float = 20) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        app.processEvents()  # type: ignore[attr-defined]
        if condition():  # type: ignore[operator]
            return
        time.sleep(0.02)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", required=True, help="database URL with the demo data loaded")
    parser.add_argument("--out", type=Path, default=Path("screenshots"))
    parser.add_argument("--case", default="RD-DEMO-002", help="registration number of the case to open")
    parser.add_argument("--languages", default="uk,en")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)

    from PySide6.QtWidgets import QApplication

    from app.db import open_database
    from app.ui.context import AppContext
    from app.ui.i18n import install_translators, remove_translators
    from app.ui.main_window import MainWindow
    from app.ui.settings import Settings
    from app.ui.workers import TaskRunner

    app = QApplication(sys.argv[:1])
    db = open_database(args.db)
    for language in args.languages.split(","):
        translators = install_translators(app, language)
        ctx = AppContext(settings=Settings(), runner=TaskRunner(app))
        window = MainWindow(ctx)
        window.resize(1500, 860)
        window.show()
        window.attach_database(db)
        wait(app, lambda w=window, c=ctx: w.cases_loaded_once and not c.runner.running)
        case_id = next((r.id for r in window.cases_model.rows if r.reg_no == args.case), None)
        if case_id is not None:
            window.select_case(case_id)
            wait(app, lambda w=window, c=ctx: w.case_view.case is not None and not c.runner.running)
        wait(app, lambda: False, 0.5)
        window.grab().save(str(args.out / f"main-{language}.png"))
        tabs = window.case_view
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            wait(app, lambda c=ctx: not c.runner.running, 5)
            wait(app, lambda: False, 0.2)
            window.grab().save(str(args.out / f"case-{language}-{index}.png"))
        print(f"{language}: {args.out}/main-{language}.png and {tabs.count()} case tabs")
        window.close()
        ctx.runner.wait()
        remove_translators(app, translators)
    db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
