"""The commission's protocol, its extract for the applicant, the order and the applicant's notice as PDF.

The texts are built in ``app.reports.papers`` and laid out by ``app.reports.pdf_document`` (bundled DejaVu Serif,
the table header repeated on every page, metadata, embedded font subsets). An unsigned protocol is marked as a
draft ("ПРОЄКТ").
"""

from __future__ import annotations

import os
from pathlib import Path

from app.reports.data import ProtocolData
from app.reports.grammar import short_name
from app.reports.papers import notice_paper, order_paper, protocol_paper
from app.reports.pdf_document import render, write_pdf

__all__ = ["render_protocol", "short_name", "write_extract_pdf", "write_notice_pdf", "write_order_pdf",
           "write_protocol_pdf"]


def render_protocol(data: ProtocolData, lang: str = "uk") -> bytes:
    """The protocol as PDF bytes."""
    return render(protocol_paper(data, lang))


def write_protocol_pdf(data: ProtocolData, path: str | os.PathLike[str], lang: str = "uk") -> Path:
    return write_pdf(protocol_paper(data, lang), path)


def write_extract_pdf(data: ProtocolData, path: str | os.PathLike[str], lang: str = "uk") -> Path:
    return write_pdf(protocol_paper(data, lang, extract=True), path)


def write_notice_pdf(data: ProtocolData, path: str | os.PathLike[str], lang: str = "uk") -> Path:
    return write_pdf(notice_paper(data, lang), path)


def write_order_pdf(data: ProtocolData, path: str | os.PathLike[str], template: str | None = None) -> Path:
    return write_pdf(order_paper(data, template), path)
