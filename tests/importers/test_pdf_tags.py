"""Skills set as tags on shaded boxes, several to a row: each tag is one outcome (the text layer runs the row
together with plain spaces). The wordings are other than those of the certificate that showed it."""

from __future__ import annotations

from pathlib import Path

from tests.importers.pdfgen import inspect_html


def _tags(labels: list[str], colour: str = "#dfe8e0") -> str:
    return " ".join(f'<span style="background-color:{colour}">&nbsp;{label.replace(" ", "&nbsp;")}&nbsp;</span>&nbsp;'
                    for label in labels)


_LABELS = ["Pruning fruit trees", "Cleft grafting", "Budding", "Spraying calendar", "Pest and disease signs",
           "Orchard soil care", "Harvest records"]


def test_tags_on_boxes_are_each_one_outcome(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, f"""<h1>CERTIFIED ORCHARD ASSISTANT</h1><p>Awarded to Olha Koval</p>
<p><b>Skills</b></p><p style="line-height:1.9">{_tags(_LABELS)}</p><p>Issued 30 October 2026</p>""")
    assert rec.value("learning_outcomes") == _LABELS


def test_words_run_together_without_boxes_stay_as_they_are(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, f"""<h1>CERTIFIED ORCHARD ASSISTANT</h1><p>Awarded to Olha Koval</p>
<p><b>Skills</b></p><p>{" ".join(_LABELS)}</p><p>Issued 30 October 2026</p>""")
    assert rec.value("learning_outcomes") == [" ".join(_LABELS)]


def test_a_sentence_of_what_holders_can_do_comes_before_the_tags(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, f"""<h1>CERTIFIED ORCHARD ASSISTANT</h1><p>Awarded to Olha Koval</p>
<p>Holders have shown that they can plan the care of a small orchard through the year.</p>
<p><b>Skills</b></p><p style="line-height:1.9">{_tags(_LABELS)}</p><p>Issued 30 October 2026</p>""")
    assert rec.value("learning_outcomes") == ["plan the care of a small orchard through the year.", *_LABELS]


def test_a_page_of_many_boxes_is_no_row_of_tags() -> None:
    import pymupdf

    from app.importers.credentials.pdf_chips import MAX_BOXES, tags_of

    doc = pymupdf.open()
    page = doc.new_page()
    for n in range(MAX_BOXES + 1):  # a chart or a QR code drawn as squares
        x, y = 40 + (n % 40) * 12, 60 + (n // 40) * 12
        page.draw_rect(pymupdf.Rect(x, y, x + 10, y + 10), color=None, fill=(0.2, 0.2, 0.2))
        page.insert_text((x + 1, y + 8), "a", fontsize=6)
    assert tags_of(page, " ".join("a" for _ in range(MAX_BOXES + 1))) is None
