"""Builds the sample educational-programme PDFs in ``fixtures/`` (run this file to regenerate them).

The documents imitate real Ukrainian "освітньо-професійна програма" layouts: a title page, the profile with the
programme learning outcomes, the list of components as a ruled table (or as plain text lines), a competence matrix
that must be ignored, and the outcomes matrix as a ruled table — in one variant split over two pages, in the other
transposed, with "+" marks and Latin look-alike letters in the codes. Text is set in DejaVu Sans (found through
fontconfig), subset into the file.
"""

from __future__ import annotations

import subprocess
from collections.abc import Sequence
from pathlib import Path

import pymupdf

FIXTURES = Path(__file__).resolve().parent / "fixtures"
PAGE_W, PAGE_H, MARGIN, BOTTOM = 595.0, 842.0, 50.0, 790.0


def find_font() -> str | None:
    """A Cyrillic-capable TrueType font on this system (DejaVu Sans), or None."""
    try:
        out = subprocess.run(["fc-list", ":family=DejaVu Sans:style=Book", "file"], capture_output=True, text=True,
                             timeout=20).stdout
    except (OSError, subprocess.SubprocessError):
        out = ""
    candidates = [line.split(":")[0].strip() for line in out.splitlines() if line.strip()]
    candidates += ["/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "C:/Windows/Fonts/DejaVuSans.ttf"]
    return next((c for c in candidates if c and Path(c).is_file()), None)


class Writer:
    def __init__(self, font_path: str) -> None:
        self.font_path = font_path
        self.font = pymupdf.Font(fontfile=font_path)
        self.doc = pymupdf.open()
        self.page: pymupdf.Page
        self.y = MARGIN
        self.new_page()

    def new_page(self) -> None:
        self.page = self.doc.new_page(width=PAGE_W, height=PAGE_H)
        self.page.insert_font(fontname="F0", fontfile=self.font_path)
        self.y = MARGIN

    def wrap(self, text: str, width: float, size: float) -> list[str]:
        lines: list[str] = []
        for paragraph in text.split("\n"):
            line = ""
            for word in paragraph.split(" "):
                trial = f"{line} {word}".strip()
                if self.font.text_length(trial, fontsize=size) <= width or not line:
                    line = trial
                else:
                    lines.append(line)
                    line = word
            lines.append(line)
        return lines

    def text(self, text: str, size: float = 11, indent: float = 0, center: bool = False, gap: float = 4) -> None:
        width = PAGE_W - 2 * MARGIN - indent
        for line in self.wrap(text, width, size):
            if self.y + size * 1.3 > BOTTOM:
                self.new_page()
            x = MARGIN + indent
            if center:
                x = (PAGE_W - self.font.text_length(line, fontsize=size)) / 2
            self.page.insert_text((x, self.y + size), line, fontname="F0", fontsize=size)
            self.y += size * 1.3
        self.y += gap

    def table(self, widths: Sequence[float], rows: Sequence[Sequence[str]], size: float = 9,
              header: Sequence[str] | None = None, rotate_header: bool = False) -> None:
        """A ruled table; a one-cell row spans the full width; the header is repeated on a new page.

        With ``rotate_header`` the header cells are written bottom-to-top, as in wide matrices.
        """
        pad, line_h = 3.0, size * 1.25
        all_rows = ([list(header)] if header else []) + [list(r) for r in rows]
        for index, row in enumerate(all_rows):
            rotated = rotate_header and header is not None and index == 0
            cells = [(row[0], sum(widths))] if len(row) == 1 else list(zip(row, widths, strict=True))
            wrapped = [self.wrap(text, width - 2 * pad, size) for text, width in cells]
            height = max(len(w) for w in wrapped) * line_h + 2 * pad
            if rotated:
                height = max(self.font.text_length(text, fontsize=size) for text, _w in cells) + 2 * pad + 4
            if self.y + height > BOTTOM:
                self.new_page()
                if header and index > 0:
                    self.table(widths, [], size, header, rotate_header)
            x = MARGIN
            for (text, width), lines in zip(cells, wrapped, strict=True):
                self.page.draw_rect(pymupdf.Rect(x, self.y, x + width, self.y + height), color=(0, 0, 0), width=0.6)
                if rotated and text:
                    self.page.insert_text((x + width / 2 + size / 3, self.y + height - pad), text, fontname="F0",
                                          fontsize=size, rotate=90)
                else:
                    for n, line in enumerate(lines):
                        self.page.insert_text((x + pad, self.y + pad + size + n * line_h), line, fontname="F0",
                                              fontsize=size)
                x += width
            self.y += height
        self.y += 8

    def save(self, path: Path) -> None:
        for number in range(1, self.doc.page_count + 1):
            self.doc[number - 1].insert_text((PAGE_W / 2 - 5, PAGE_H - 25), str(number), fontname="F0", fontsize=9)
        self.doc.subset_fonts()
        self.doc.save(path, garbage=4, deflate=True, clean=True, use_objstms=1)
        self.doc.close()


OUTCOMES_121 = [
    ("ПР01", "Аналізувати, цілеспрямовано шукати і вибирати необхідні для вирішення професійних завдань "
             "інформаційно-довідникові ресурси і знання з урахуванням сучасних досягнень науки і техніки."),
    ("ПР02", "Знати кодекс професійної етики, розуміти соціальну значимість та культурні аспекти інженерії "
             "програмного забезпечення і дотримуватись їх в професійній діяльності."),
    ("ПР03", "Знати основні процеси, фази та ітерації життєвого циклу програмного забезпечення."),
    ("ПР04", "Знати і застосовувати професійні стандарти і інші нормативно-правові документи в галузі "
             "інженерії програмного забезпечення."),
    ("ПР05", "Знати і застосовувати відповідні математичні поняття, методи доменного, системного і "
             "об'єктно-орієнтованого аналізу та математичного моделювання для розробки програмного забезпечення."),
    ("ПР06", "Уміти вибирати та використовувати відповідну задачі методологію створення програмного забезпечення."),
    ("ПР07", "Знати і застосовувати на практиці фундаментальні концепції, парадигми і основні принципи "
             "функціонування мовних, інструментальних і обчислювальних засобів інженерії програмного забезпечення."),
    ("ПР08", "Уміти розробляти людино-машинний інтерфейс."),
    ("ПР09", "Знати та вміти використовувати методи та засоби збору, формулювання та аналізу вимог до "
             "програмного забезпечення."),
    ("ПР10", "Проводити передпроєктне обстеження предметної області, системний аналіз об'єкта проєктування."),
    ("ПР11", "Вибирати вихідні дані для проєктування, керуючись формальними методами опису вимог та "
             "моделювання."),
    ("ПР12", "Застосовувати на практиці ефективні підходи щодо проєктування програмного забезпечення."),
]

COMPONENTS_121 = [
    # code, title, ects, control, type
    ("ОК 1", "Історія української державності та культури", "3", "залік", "mandatory"),
    ("ОК 2", "Іноземна мова професійного спрямування", "6", "екзамен", "mandatory"),
    ("ОК 3", "Вища математика", "8", "екзамен", "mandatory"),
    ("ОК 4", "Дискретна математика", "5", "екзамен", "mandatory"),
    ("ОК 5", "Основи програмування", "7", "екзамен", "mandatory"),
    ("ОК 6", "Об'єктно-орієнтоване програмування", "6", "екзамен", "mandatory"),
    ("ОК 7", "Алгоритми та структури даних", "5", "екзамен", "mandatory"),
    ("ОК 8", "Бази даних", "5", "екзамен", "mandatory"),
    ("ОК 9", "Вимоги до програмного забезпечення", "4", "диф. залік", "mandatory"),
    ("ОК 10", "Архітектура та проєктування програмного забезпечення", "5", "екзамен", "mandatory"),
    ("ОК 11", "Людино-машинна взаємодія", "4", "залік", "mandatory"),
    ("ОК 12", "Якість програмного забезпечення та тестування", "4,5", "екзамен", "mandatory"),
    ("ОК 13", "Навчальна практика", "6", "диф. залік", "practice"),
    ("ОК 14", "Кваліфікаційна робота", "9", "захист", "attestation"),
    ("ВК 1", "Вебтехнології та вебдизайн", "5", "залік", "elective"),
    ("ВК 2", "Мобільна розробка", "5", "залік", "elective"),
    ("ВК 3", "Хмарні обчислення", "5", "залік", "elective"),
    ("ВК 4", "Машинне навчання", "5", "екзамен", "elective"),
]

MATRIX_121 = {
    "ОК 1": ["ПР02"], "ОК 2": ["ПР01"], "ОК 3": ["ПР05"], "ОК 4": ["ПР05"], "ОК 5": ["ПР07"],
    "ОК 6": ["ПР06", "ПР07"], "ОК 7": ["ПР05", "ПР07"], "ОК 8": ["ПР07", "ПР11"], "ОК 9": ["ПР09", "ПР10"],
    "ОК 10": ["ПР03", "ПР12"], "ОК 11": ["ПР08"], "ОК 12": ["ПР04", "ПР06"], "ОК 13": ["ПР01", "ПР03"],
    "ОК 14": ["ПР01", "ПР04", "ПР12"], "ВК 1": ["ПР08"], "ВК 2": ["ПР08", "ПР12"], "ВК 3": ["ПР07"],
    "ВК 4": ["ПР05"],
}


def build_121(path: Path, font: str) -> None:
    """A bachelor programme: ruled component table, outcomes matrix (outcomes down) split across two pages."""
    w = Writer(font)
    w.text("МІНІСТЕРСТВО ОСВІТИ І НАУКИ УКРАЇНИ", 12, center=True)
    w.text("Демонстраційний національний технічний університет", 12, center=True, gap=60)
    w.text("ЗАТВЕРДЖЕНО Вченою радою університету (протокол № 7 від 30 травня 2025 р.)", 10, indent=260, gap=60)
    w.text("ОСВІТНЬО-ПРОФЕСІЙНА ПРОГРАМА", 16, center=True)
    w.text("«Інженерія програмного забезпечення»", 16, center=True, gap=12)
    w.text("першого (бакалаврського) рівня вищої освіти", 12, center=True)
    w.text("за спеціальністю 121 Інженерія програмного забезпечення", 12, center=True)
    w.text("галузі знань 12 Інформаційні технології", 12, center=True)
    w.text("Кваліфікація: бакалавр з інженерії програмного забезпечення", 12, center=True, gap=40)
    w.text("Введено в дію з 2025/2026 навчального року", 11, center=True, gap=120)
    w.text("Київ – 2025", 12, center=True)
    w.new_page()
    w.text("1. Профіль освітньо-професійної програми", 13, gap=8)
    w.table((170, 325), [
        ["1 – Загальна інформація"],
        ["Повна назва закладу вищої освіти та структурного підрозділу",
         "Демонстраційний національний технічний університет, Факультет інформатики та обчислювальної техніки"],
        ["Ступінь вищої освіти та назва кваліфікації", "Бакалавр, бакалавр з інженерії програмного забезпечення"],
        ["Тип диплому та обсяг освітньої програми", "Диплом бакалавра, одиничний, 240 кредитів ЄКТС, "
                                                    "термін навчання 3 роки 10 місяців"],
        ["Цикл/рівень", "НРК України – 6 рівень, FQ-EHEA – перший цикл, EQF-LLL – 6 рівень"],
        ["Мова(и) викладання", "Українська"],
    ])
    w.text("7 – Програмні результати навчання", 12, gap=6)
    for code, text in OUTCOMES_121:
        w.text(f"{code}. {text}", 10, gap=2)
    w.text("8 – Ресурсне забезпечення реалізації програми", 12, gap=6)
    w.text("Кадрове забезпечення: усі науково-педагогічні працівники мають кваліфікацію відповідно до "
           "спеціальності.", 10)
    w.new_page()
    w.text("2. Перелік компонент освітньо-професійної програми та їх логічна послідовність", 13, gap=4)
    w.text("2.1. Перелік компонент ОП", 12, gap=6)
    header = ["Код н/д", "Компоненти освітньої програми (навчальні дисципліни, курсові проєкти (роботи), "
              "практики, кваліфікаційна робота)", "Кількість кредитів", "Форма підсумкового контролю"]
    rows: list[list[str]] = [["Обов'язкові компоненти ОП"]]
    rows += [[c, t, e, f] for c, t, e, f, kind in COMPONENTS_121 if c.startswith("ОК")]
    rows += [["Загальний обсяг обов'язкових компонент:", "", "73,5", ""], ["Вибіркові компоненти ОП"]]
    rows += [[c, t, e, f] for c, t, e, f, kind in COMPONENTS_121 if c.startswith("ВК")]
    rows += [["Загальний обсяг вибіркових компонент:", "", "20", ""],
             ["ЗАГАЛЬНИЙ ОБСЯГ ОСВІТНЬОЇ ПРОГРАМИ", "", "240", ""]]
    w.y = 120
    w.table((55, 280, 70, 90), rows, header=header)
    w.new_page()
    w.text("3. Матриця відповідності програмних компетентностей компонентам освітньої програми", 12, gap=6)
    w.table((60, 45, 45, 45, 45, 45), [["ЗК1", "•", "", "", "•", ""], ["ЗК2", "", "•", "", "", ""],
                                       ["СК1", "", "", "•", "", "•"]],
            header=["", "ОК 1", "ОК 2", "ОК 3", "ОК 4", "ОК 5"])
    w.text("4. Матриця забезпечення програмних результатів навчання (ПРН) відповідними компонентами освітньої "
           "програми", 12, gap=6)
    codes = [c for c, *_ in COMPONENTS_121]
    for part, chunk in enumerate((codes[:9], codes[9:])):
        if part == 1:
            w.new_page()
            w.text("Продовження таблиці", 10, gap=4)
        body = [[o] + ["•" if o in MATRIX_121[c] else "" for c in chunk] for o, _t in OUTCOMES_121]
        w.table([50] + [445 / len(chunk)] * len(chunk), body, size=8, header=[""] + chunk)
    w.save(path)


OUTCOMES_MASTER = [
    ("ПРН 1", "Знати сучасні методи аналізу даних і вміти обґрунтовано обирати їх для розв'язання прикладних "
              "задач."),
    ("ПРН 2", "Розробляти моделі машинного навчання, оцінювати їх якість та інтерпретувати результати."),
    ("ПРН 3", "Організовувати збирання, зберігання та обробку великих обсягів даних у розподілених "
              "системах."),
    ("ПРН 4", "Планувати і виконувати наукові дослідження, презентувати їх результати державною та іноземною "
              "мовами."),
    ("ПРН 5", "Дотримуватися вимог академічної доброчесності та етики під час роботи з даними."),
]


def build_master(path: Path, font: str) -> None:
    """A master programme: codes 'ПРН 1', components as text lines, matrix transposed with '+' and Latin 'OK'."""
    w = Writer(font)
    w.text("ОСВІТНЬО-ПРОФЕСІЙНА ПРОГРАМА", 15, center=True)
    w.text("«Науки про дані»", 15, center=True, gap=10)
    w.text("другого (магістерського) рівня вищої освіти", 12, center=True)
    w.text("спеціальність 124 «Системний аналіз»", 12, center=True)
    w.text("Обсяг програми – 90 кредитів ЄКТС", 11, center=True)
    w.text("Навчально-науковий інститут прикладного системного аналізу", 11, center=True, gap=40)
    w.text("Харків – 2024", 12, center=True, gap=30)
    w.text("Програмні результати навчання", 13, gap=6)
    for code, text in OUTCOMES_MASTER:
        w.text(f"{code}. {text}", 10, gap=2)
    w.text("Перелік компонент освітньої програми", 13, gap=6)
    for line in ("ОК 1.1 Методологія наукових досліджень 4 залік",
                 "ОК 1.2 Машинне навчання 6 екзамен",
                 "ОК 1.3 Обробка великих даних 5 екзамен",
                 "ОК 1.4 Переддипломна практика 12 диф. залік",
                 "ОК 1.5 Атестація 18 захист",
                 "ВБ 2.1 Глибинне навчання 5 залік"):
        w.text(line, 10, gap=1)
    w.y += 10
    w.text("Матриця забезпечення програмних результатів навчання відповідними компонентами освітньої програми",
           12, gap=6)
    w.table((70, 60, 60, 60, 60, 60), [
        ["OK 1.1", "", "", "", "+", "+"],
        ["OK 1.2", "+", "+", "", "", ""],
        ["OK 1.3", "", "", "+", "", ""],
        ["OK 1.4", "+", "", "+", "", "+"],
        ["OK 1.5", "", "", "", "+", ""],
        ["ВБ 2.1", "", "+", "", "", ""],
        ["ОК 1.9", "+", "", "", "", ""],
    ], header=["", "ПРН1", "ПРН2", "ПРН3", "ПРН4", "ПРН5"])
    w.save(path)


ROTATED_COMPONENTS = [
    # №, code, title, semester, ects, hours, control
    ("1", "ОК1", "Філософія", "1", "3", "90", "залік"),
    ("2", "ОК2", "Українська мова за професійним спрямуванням", "1", "3", "90", "екзамен"),
    ("3", "ОК3", "Фізичні основи електроніки", "2", "5", "150", "екзамен"),
    ("4", "ОК4", "Теорія електричних кіл", "3", "6", "180", "екзамен"),
    ("5", "ОК5", "Мікропроцесорна техніка", "4", "5", "150", "диференційований залік"),
    ("6", "ОК6", "Цифрова обробка сигналів", "5", "5", "150", "екзамен"),
    ("7", "ОК7", "Технологічна практика", "6", "6", "180", "залік"),
    ("8", "ВК1", "Вбудовані системи", "7", "4", "120", "залік"),
    ("9", "ВК2", "Інтернет речей", "7", "4", "120", "залік"),
]
ROTATED_OUTCOMES = [
    ("РН1", "Знати і розуміти фізичні принципи роботи електронних приладів."),
    ("РН2", "Аналізувати електричні кола та обчислювати їх параметри."),
    ("РН3", "Проєктувати пристрої на мікроконтролерах і програмувати їх."),
    ("РН4", "Застосовувати методи цифрової обробки сигналів."),
    ("РН5", "Спілкуватися державною мовою усно і письмово, аргументувати власну позицію."),
]
ROTATED_MATRIX = {"ОК1": ["РН5"], "ОК2": ["РН5"], "ОК3": ["РН1"], "ОК4": ["РН2"], "ОК5": ["РН3"],
                  "ОК6": ["РН4"], "ОК7": ["РН1", "РН3"], "ВК1": ["РН3"], "ВК2": ["РН3", "РН4"]}


def build_rotated(path: Path, font: str) -> None:
    """Outcomes in a profile table cell, a component table with semester and hours that runs onto the next page,
    and a matrix with components across and their codes written bottom-to-top."""
    w = Writer(font)
    w.text("Освітньо-професійна програма «Електроніка та комп’ютерні системи»", 14, center=True)
    w.text("першого (бакалаврського) рівня вищої освіти, спеціальність G5 Електроніка, електронні комунікації, "
           "приладобудування та радіотехніка", 11, center=True)
    w.text("Освітня програма діє з 2026/2027 н. р.", 11, center=True, gap=20)
    w.table((150, 345), [
        ["Обсяг освітньої програми", "240 кредитів ЄКТС"],
        ["Програмні результати навчання", "\n".join(f"{c} {t}" for c, t in ROTATED_OUTCOMES)],
        ["Мова викладання", "українська"],
    ])
    w.text("Перелік компонент освітньої програми", 13, gap=6)
    w.y = 560
    w.table((25, 40, 210, 50, 50, 45, 75), [list(r) for r in ROTATED_COMPONENTS],
            header=["№", "Код", "Назва освітньої компоненти", "Семестр", "Кредити ЄКТС", "Годин",
                    "Форма підсумкового контролю"])
    w.new_page()
    w.text("Матриця забезпечення програмних результатів навчання відповідними компонентами ОП", 12, gap=6)
    codes = [r[1] for r in ROTATED_COMPONENTS]
    body = [[o] + ["+" if o in ROTATED_MATRIX[c] else "" for c in codes] for o, _t in ROTATED_OUTCOMES]
    w.table([60] + [30] * len(codes), body, header=[""] + codes, rotate_header=True)
    w.save(path)


def build_scanned(path: Path) -> None:
    """A 'scan': one page with a picture and no text layer."""
    doc = pymupdf.open()
    page = doc.new_page(width=PAGE_W, height=PAGE_H)
    pix = pymupdf.Pixmap(pymupdf.csGRAY, pymupdf.IRect(0, 0, 60, 80), False)
    pix.clear_with(200)
    page.insert_image(page.rect, pixmap=pix)
    doc.save(path, garbage=4, deflate=True)
    doc.close()


def build_all(folder: Path = FIXTURES) -> list[Path]:
    font = find_font()
    if font is None:
        raise SystemExit("no Cyrillic-capable font (DejaVu Sans) found")
    folder.mkdir(parents=True, exist_ok=True)
    targets = [folder / "opp-121-bachelor.pdf", folder / "opp-124-master.pdf", folder / "opp-g5-rotated.pdf",
               folder / "opp-scanned.pdf"]
    build_121(targets[0], font)
    build_master(targets[1], font)
    build_rotated(targets[2], font)
    build_scanned(targets[3])
    return targets


if __name__ == "__main__":
    for target in build_all():
        print(target, target.stat().st_size)
