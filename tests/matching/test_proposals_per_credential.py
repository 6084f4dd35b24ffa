"""A programme-wide match proposes nothing from credentials a committee would not recognise for the programme
(third-party sample credentials: nursing, a DigComp micro-credential, teamwork, whole degrees), and the component
each demo credential was made for (the labelled set of ``bench/bench_proposals.py``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.services.matching import read_credentials
from bench.bench_proposals import (
    CASES,
    LATER_PROBES,
    Case,
    case_path,
    load_pdf_set,
    load_probes,
    probe_credential,
    proposed,
)


def credential(case: Case):
    return probe_credential(case) if case.outcomes else read_credentials([case_path(case)])[0]


@pytest.mark.parametrize("case", [c for c in CASES if not c.expected], ids=lambda c: c.file.split(":", 1)[1])
def test_an_unrelated_credential_is_proposed_for_nothing(case: Case) -> None:
    assert proposed(credential(case), embedding=False) == {}


@pytest.mark.parametrize("case", [c for c in CASES if c.expected], ids=lambda c: c.file.split(":", 1)[1])
def test_a_credential_is_proposed_for_its_component_and_nothing_false(case: Case) -> None:
    got = set(proposed(credential(case), embedding=False))
    assert case.expected <= got
    assert got <= case.expected | case.debatable


@pytest.mark.parametrize("case", [c for c in load_probes() if not c.expected], ids=lambda c: c.file.split(":", 1)[1])
def test_a_course_close_to_the_programme_is_proposed_for_nothing(case: Case) -> None:
    # Networks, Linux administration, UI design, spreadsheets, marketing analytics ...: written for the benchmark.
    assert set(proposed(credential(case), embedding=False)) <= case.debatable


@pytest.mark.parametrize(
    "case", [c for c in load_probes(LATER_PROBES) if not c.expected], ids=lambda c: c.file.split(":", 1)[1]
)
def test_a_course_written_after_the_calibration_is_proposed_for_nothing(case: Case) -> None:
    # Mobile apps, cloud, containers, computer architecture, games ...: never used to choose or fit anything.
    assert set(proposed(credential(case), embedding=False)) <= case.debatable


@pytest.mark.parametrize("case", [*load_pdf_set(), *load_pdf_set("pdf3"), *load_pdf_set("pdf4")],
                         ids=lambda c: c.file.split(":", 1)[1])
def test_a_pdf_certificate_read_from_its_file_is_proposed_for_nothing_false(case: Case, tmp_path: Path) -> None:
    # Written as PDF files after everything was fixed (in Ukrainian and English; in Polish, German, Spanish and
    # Russian; in Czech and Slovak): what match uses is read from the file by the PDF reader.
    got = set(proposed(read_credentials([case_path(case, tmp_path)])[0], embedding=False))
    assert got <= case.expected | case.debatable


def test_a_full_recognition_counts_as_a_proposal() -> None:
    # The policy's decision for full recognition is "recognise": the benchmark once looked for "full" and so never
    # counted one, right or false.
    algorithms = next(c for c in load_probes() if c.file == "probe:Алгоритми і структури даних")
    assert proposed(credential(algorithms), embedding=False) == {"ОК4": "full"}
