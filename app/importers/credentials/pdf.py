"""PDF certificates: text through PyMuPDF, tables through pdfplumber, fields found by pattern.

Learning outcomes are taken from the list that follows an outcomes heading (Ukrainian, English and the other
EU languages), numbered or bulleted; workload, ECTS credits and EQF/NQF level from phrases such as
"30 годин", "2 кредити ЄКТС", "4 ECTS", "EQF level 6". Scans without a text layer are reported as such.
"""

from __future__ import annotations

import bisect
import contextlib
import functools
import io
import itertools
import re
import unicodedata
from collections.abc import Iterable, Iterator
from datetime import date
from functools import lru_cache, reduce
from typing import Any

import pymupdf

from app.domain.lookalikes import cyrillic_throughout, digits_throughout
from app.messages import msg
from app.paths import resource

from . import achieved
from .annex import read_labelled_elements
from .common import STATUS_WORDS, Ctx, conclude, then
from .learner import CYRILLIC
from .pdf_chips import tags_of
from .pdf_forms import filled_in, has_blank, may_be_filled_in, without_blanks
from .pdf_grid import grid_cells
from .pdf_tables import (
    FINAL_RESULT_ROW,
    OUTCOME_LABEL,
    PART_LABEL,
    RESULTS_LABEL,
    TOTAL_RE,
    TOTAL_WORDS,
    LayoutTable,
    layout_tables,
    results_column,
)
from .pdf_totals import total_row
from .pdfsig import check_pdf_signatures
from .record import TOPICS_SOURCE, Check, CredentialRecord, Element
from .textparse import (
    ASSESSMENT_LABEL_WORDS,
    ASSESSMENT_WORDS,
    FINAL_TASK,
    VERDICT_AFTER_DASH,
    find_assessment,
    find_ects,
    find_eqf,
    find_hours,
    find_participation,
    split_enumeration,
    tidy,
)
from .util import ImportFailure

MAX_PAGES = 100
MAX_XREFS_SCANNED = 50_000
# The field searches cost time in proportion to the text; a certificate or a diploma supplement holds far less.
MAX_TEXT_CHARS = 200_000
MIN_TEXT_CHARS = 3
TABLE_PAGES = 5

pymupdf.TOOLS.mupdf_display_errors(False)
pymupdf.TOOLS.mupdf_display_warnings(False)

_NORDIC_LEAD = (r"(?:efter\s+(?:genomgången|avslutad|fullgjord)\s+kurs\s+ska\s+"
                r"(?:studenten|deltagaren|den\s+studerande)\s+kunna|"
                r"etter\s+(?:fullført|gjennomført|bestått)\s+(?:emne|kurs)\s+(?:skal\s+(?:studenten|kandidaten|deltakeren)\s+"
                r"kunne|har\s+(?:studenten|kandidaten|deltakeren)\s+følgende\s+læringsutbytte)|efter\s+(?:kurset|forløbet)\s+(?:skal|kan)\s+(?:den\s+studerende|deltageren)(?:\s+kunne)?|"
                r"(?:opintojakson|kurssin)\s+suoritettuaan\s+opiskelija\s+(?:osaa|tuntee|pystyy)|"
                # a training company's "Efter kursen kan deltagaren", "Etter kurset kan deltakeren"
                r"(?:efter|etter)\s+(?:kursen|utbildningen|kurset|opplæringen|uddannelsen)\s+kan\s+"
                r"(?:deltagaren|deltakeren|deltageren|kursdeltagaren|eleven))")
OUTCOME_HEADINGS = [
    # Ukrainian
    r"(?:програмні\s+)?результати\s+навчання", r"програмні\s+результати", r"очікувані\s+результати",
    # "Результатом участі в тренінгу є здатність учасника:"
    r"результатом\s+[^:.;]{3,60}?\s+є\s+(?:здатність|здатності|уміння|вміння|навички)(?:\s+(?:учасни\w+|слухач\w*|"
    r"здобувач\w*|випускни\w+))?(?=\s*:)",
    r"набуті\s+(?:(?:професійні|практичні|цифрові|загальні|фахові)\s+)?"
    r"(?:компетентності|компетенції|навички|знання(?:\s+(?:та|і)\s+(?:навички|вміння))?)",
    r"здобуті\s+(?:компетентності|навички|знання)", r"отримані\s+(?:знання|навички|компетентності)",
    r"компетентності", r"навички", r"навчальні\s+результати", r"результати\s+(?:курсу|навчання\s+за\s+курсом)",
    r"навчальні\s+досягнення", r"досягнення\s+навчання",
    r"ключові\s+(?:навички|компетентності)", r"набуті\s+(?:вміння|уміння)",
    # "Навички, які опановано", "Компетентності, що сформовано"
    r"(?:навички|знання|уміння|вміння|компетентності)\s*,?\s+(?:які|що)\s+(?:(?:було|були)\s+)?(?:опановано|"
    r"опанува\w+|здобуто|здобу\w+|набуто|набу\w+|сформовано|отримано)",
    # a form's "Перелік компетентностей, що вдосконалені / набуті", "Перелік набутих компетентностей"
    r"перелік\s+(?:(?:набутих|здобутих|вдосконалених|удосконалених|сформованих)\s+)?(?:компетентностей|компетенцій)"
    r"(?:\s*,?\s+(?:які|що)\s+(?:(?:вдосконалені|удосконалені|набуті|здобуті|сформовані)(?:\s*/\s*|\s+(?:та|і|й)\s+|"
    r"\s*,\s*)?)+)?",
    # the descriptors of the national qualifications framework, each heading its own list
    r"знання", r"(?:уміння|вміння)(?:\s*/\s*навички)?", r"комунікаці[яї]",
    r"(?:автономія|автономність|відповідальність)\s+(?:та|і|й)\s+(?:відповідальність|автономія|автономність)",
    r"автономія|автономність",
    r"(?:знання|уміння|вміння)(?:\s*,\s*(?:уміння|вміння|навички))?\s+(?:та|і|й)\s+(?:навички|уміння|вміння|компетентності)",
    # … and the learner's own word: "Що я вмію після курсу"
    r"(?:що|чого)\s+(?:ви\s+|я\s+)?(?:тепер\s+|вже\s+)?(?:дізнаєтеся|дізнаєтесь|дізналися|вивчите|навчитеся|навчитесь|навчилися|навчились|"
    r"вмієте|умієте|можете|знаєте|вмію|умію|можу|навчився|навчилася)"
    r"(?:\s+(?:після|за\s+результатами)\s+(?:навчання|курсу|програми))?",
    r"ви\s+(?:навчилися|навчились|навчитеся|навчитесь|зможете|вмієте|будете\s+вміти)",
    # what the learner takes away: "Що ви забираєте з собою", "What you take away", "Your takeaways"
    r"що\s+(?:ви\s+)?(?:забираєте|заберете|винесете|виносите)(?:\s+(?:з\s+собою|з\s+курсу|з\s+практикуму))?",
    r"what\s+you(?:['’]ll|\s+will)?\s+take\s+away", r"your\s+takeaways",
    # the learner addressed as "ти", by name or not: "Соломіє, за цей курс ти навчилася:", "Що ти тепер вмієш"
    r"(?:[А-ЯІЇЄҐ][а-яіїєґ'’-]+,\s+)?(?:(?:за|протягом|під\s+час)\s+(?:цей\s+|цього\s+)?(?:курс|курсу|навчання|"
    r"програми|інтенсиву|буткемпу)\s+)?ти\s+(?:тепер\s+|вже\s+)?(?:навчи(?:вся|лася)|опанува(?:в|ла)|[ву]мієш|можеш|"
    r"зможеш|прокача(?:в|ла))",
    r"(?:що|чого)\s+ти\s+(?:тепер\s+|вже\s+)?(?:[ву]мієш|можеш|знаєш|навчи(?:вся|лася)|прокача(?:в|ла))",
    # "За результатами навчання слухач: 1) створює …; 2) …"
    r"за\s+результатами\s+(?:навчання|курсу|програми)\s+(?:слухач|учасни|здобувач|студент|випускни)\w*(?=\s*:)",
    # "Що дав учасниці цей тиждень", "What this course gave the participants": what the learner took from it
    r"що\s+(?:дав|дала|дало|дали)\s+(?:учасни\w+|слухач\w*|студент\w*|вам|тобі)\s+(?:цей|ця|це|ці)\s+"
    r"(?:курс|тиждень|тренінг|програма|навчання|семінар|інтенсив|табір|практикум)",
    r"what\s+(?:this|the)\s+(?:course|week|programme|program|training|workshop|camp)\s+gave\s+(?:the\s+)?"
    r"(?:participants?|learners?|students?|you)",
    # "Чого навчився учасник", "Що вміє випускниця", "Що випускник уміє робити" (a table's column)
    r"(?:що|чого)\s+(?:навчи(?:вся|лася|лися|лись)|[ву]міє|[ву]міють)\s+(?:учасни\w*|слухач\w*|студент\w*|"
    r"випускни\w*|здобувач\w*)",
    r"що\s+(?:учасни\w*|слухач\w*|студент\w*|випускни\w*|здобувач\w*)\s+(?:[ву]міє|[ву]міють|може|можуть)"
    r"(?:\s+робити)?",
    # "Після завершення курсу слухач здатен:", "Після успішного проходження навчання ви зможете:"
    # (a transcript's "Після вивчення дисципліни студент уміє:")
    r"після\s+(?:(?:успішного\s+)?(?:завершення|закінчення|проходження|вивчення)\s+)?(?:цього\s+|цієї\s+)?"
    r"(?:курсу|навчання|програми|тренінгу|модуля|дисципліни|предмета)\s*,?\s*(?:ви|слухач(?:і|ка)?|учасни(?:к|ки|ця)|"
    r"здобувач(?:і|ка)?|"
    r"студент(?:и|ка)?)\s+(?:зможе(?:те)?|зможуть|здат(?:ен|ний|на|ні)|[ву]міє(?:те)?|[ву]міють|буде(?:те)?\s+[ву]міти|"
    r"будуть\s+вміти|знатиме(?:те)?|знатимуть)",
    # "Слухач набув таких компетентностей:", "Учасниця опанувала навички:"
    # A printed form names both ("Слухач/слухачка набув(-ла) умінь:", "Учасник(-ця) опанував/опанувала …")
    r"(?:слухач(?:ка|і)?|учасни(?:к|ця|ки)|здобувач(?:ка|і)?)(?:\s*/\s*(?:слухач|учасни|здобувач)\w*|\(-?\w{1,4}\))?"
    r"\s+(?:набу|опанува|оволоді|здобу)(?:в(?:\s*\(-?ла\)|/\w+ла)?|ла|ли)(?:\s+(?:такі|таких|наступні|наступних))?(?:\s+(?:знання|знань|навички|"
    r"навичок|уміння|умінь|вміння|вмінь|компетентності|компетентностей|компетенції|компетенцій|теми|тем))?"
    r"(?:\s+(?:та|і|й)\s+(?:знань|навичок|умінь|вмінь|компетентностей|знання|навички|уміння|вміння))?",
    # the verb alone at a line's start, its subject named lines above ("… пройшла підвищення кваліфікації за
    # програмою «…» …, та" / "набула компетентностей:")
    r"(?:та\s+|і\s+)?(?:набу|здобу)(?:в(?:\s*\(-?ла\)|/\w+ла)?|ла|ли)\s+(?:такі\s+|таких\s+|наступні\s+|наступних\s+)?"
    r"(?:компетентност\w+|компетенці\w+|знань|знання|умінь|уміння|вмінь|вміння|навичок|навички)",
    # "Випускник програми:", "Учасниця тренінгу:" — who the list below is about, then its items
    r"(?:випускни(?:к|ця|ки)|слухач(?:ка|і)?|учасни(?:к|ця|ки)|здобувач(?:ка|і)?)\s+(?:програми|курсу|тренінгу|школи)"
    r"(?=\s*:)",
    # "Учасник(-ця) вміє:", "Випускниця здатна:" — who, then what they can do, the list after the colon
    r"(?:слухач(?:ка|і)?|учасни(?:к|ця|ки)|здобувач(?:ка|і)?|випускни(?:к|ця|ки)|студент(?:ка|и)?)"
    r"(?:\s*\(-?\w{1,4}\)|\s*/\s*\w+)?\s+(?:[ву]міє|[ву]міють|може|можуть|здат(?:ен|ний|на|ні)(?:\s*\(-?\w{1,3}\))?)",
    # Polish: the descriptors of the Polish Qualifications Framework, each heading its own list, and the usual openings
    # ("Uczestnik szkolenia potrafi:", "Po ukończeniu kursu absolwent zna i rozumie:")
    r"wiedza", r"umiejętności", r"kompetencje\s+społeczne",
    r"(?:nabyte|zdobyte|uzyskane)\s+(?:umiejętności|kompetencje|kwalifikacje)", r"efekty\s+szkolenia",
    # a course page's "Czego się nauczysz" ("What you will learn")
    r"czego\s+(?:się\s+)?(?:nauczysz|nauczycie|nauczyłeś|nauczyłaś|nauczyliście)(?:\s+się)?",
    r"(?:po\s+(?:ukończeniu|zakończeniu)\s+(?:kursu|szkolenia|programu|studiów)\s*,?\s*)?"
    r"(?:uczestni(?:k|czka|cy)|absolwent(?:ka)?|słuchacz(?:ka)?|student(?:ka)?)(?:\s+(?:kursu|szkolenia|studiów))?"
    r"\s+(?:potrafi|zna\s+i\s+rozumie|jest\s+got(?:ów|owa)\s+do|jest\s+w\s+stanie|umie)",
    # Czech and Slovak: the usual openings ("Absolvent kurzu umí:", "Po absolvování kurzu účastník dokáže:")
    r"(?:získané|nabyté)\s+(?:znalosti|dovednosti|kompetence)", r"(?:získané|nadobudnuté)\s+(?:vedomosti|zručnosti)",
    r"(?:po\s+(?:absolvování|absolvovaní|dokončení|ukončení)\s+(?:kurzu|školení|školenia|programu|studia|štúdia)\s*,?"
    r"\s*)?(?:absolvent(?:ka)?|účastník|účastnice|účastníčka|student(?:ka)?)(?:\s+(?:kurzu|školení|školenia|programu))?"
    r"\s+(?:umí|dokáže|zná|vie|je\s+schop(?:en|na|ný|ná))",
    # Russian (certificates from the countries a profile excludes by default are usually written in it)
    r"результаты\s+обучения", r"(?:приобретенные|приобретённые|полученные)\s+(?:навыки|компетенции|знания)",
    # Bulgarian: "След завършване на школата курсистката може да:"
    r"(?:след\s+(?:завършване|приключване)\s+на\s+(?:школата|курса|обучението|програмата)\s*,?\s*)?"
    r"(?:курсист(?:ът|ката|ите)|участни(?:кът|чката|ците)|обучаем(?:ият|ата|ите))\s+(?:може|могат|умее|умеят)\s+да",
    r"планируемые\s+результаты\s+обучения",
    # English
    r"(?:intended\s+|expected\s+)?learning\s+outcomes?",
    r"(?:(?:course|programme|program|module|training)\s+)?outcomes",
    # "Зміст навчання і результати. Під час курсу слухач навчився …"
    r"зміст\s+(?:навчання|курсу|програми)\s+(?:і|та)\s+результати",
    r"skills\s+(?:acquired|gained|covered|earned|measured|assessed|validated)",
    r"skills",
    # an exam's statement of what it tests ("What the test measures", "Що перевіряв іспит", "Перевірювані вміння")
    r"what\s+the\s+(?:test|exam|examination|assessment)\s+(?:measures|measured|assesses|assessed|tests|tested|covers|"
    r"covered)",
    r"що\s+перевіря(?:є|в|ла|ло|лося|лись|ються)(?:\s+(?:іспит|екзамен|тест|тестування))?",
    r"перевірювані\s+(?:вміння|уміння|навички|компетентності|результати\s+навчання)",
    r"what\s+you(?:'ve|’ve|\s+have)?\s+learn(?:ed|t)",
    # the learner by name: "What Kateryna learned to do", "What Ostap has learnt"
    r"what\s+(?-i:[A-Z][\w'’-]+|[A-Z]{2,})\s+(?:has\s+)?learn(?:ed|t)(?:\s+to\s+do)?",
    r"what\s+the\s+(?:participant|learner|holder|student|graduate|trainee|earner|recipient)\s+(?:is\s+(?:now\s+)?able\s+"
    r"to\s+do|"
    r"can\s+(?:now\s+)?do)",
    # (a course's: "Course competencies demonstrated")
    r"(?:(?:course|programme|program|module)\s+)?competenc(?:e|ies|es)(?:\s+(?:acquired|gained|demonstrated|developed|"
    r"attained|assessed))?",
    r"competency\s+(?:acquired|gained|demonstrated|developed|attained|assessed)",  # a table's column, in the singular
    r"(?:demonstrated|acquired|assessed|attained|validated)\s+(?:competenc(?:e|ies|es)|skills)",
    r"what\s+you(?:'ll|’ll|\s+will)\s+learn", r"skills\s+you(?:'ll|’ll|\s+will)\s+(?:gain|learn|develop|build)",
    r"skills\s+you(?:'ve|’ve|\s+have)?\s+(?:gained|learned|learnt|developed|built|acquired|earned|practi[sc]ed|"
    r"applied|used|mastered|demonstrated|shown|proven)",
    r"skills\s+(?:developed|learned|learnt|obtained|demonstrated|practi[sc]ed)(?:\s+on\s+the\s+job|\s+at\s+work)?",
    r"key\s+skills",
    # "Відпрацьовані навички" (what a practical course drilled)
    r"відпрацьовані\s+(?:навички|вміння|уміння)",
    # what a placement's or volunteer's letter lists as done: "Виконана робота:", "Виконані завдання"
    r"виконана\s+робота", r"виконані\s+(?:завдання|роботи)",
    # "Skills demonstrated in assessed projects", "Competences shown through the final assessment"
    r"(?:skills|competenc(?:e|ies|es))\s+(?:demonstrated|shown|proven|evidenced|assessed)\s+(?:in|through|during|by)"
    r"\s+(?:the\s+)?(?:assessed\s+|final\s+|practical\s+|course\s+|capstone\s+)?(?:projects?|tasks|assessments?|"
    r"assignments|work|exams?|labs|coursework)",
    r"(?:knowledge\s+and\s+skills|skills\s+and\s+(?:knowledge|competences|competencies))(?:\s+(?:acquired|gained))?",
    # the Europass Mobility's and a traineeship certificate's "Knowledge, skills and competences acquired"
    r"knowledge,\s+skills\s+and\s+competen(?:ces|cies)(?:\s+(?:acquired|gained|developed))?",
    r"(?:course\s+)?(?:learning|course|training|programme|program)\s+(?:objectives|goals|aims)",
    r"key\s+(?:learnings|takeaways)", r"(?:опановано|засвоєно|вивчено)",
    # a transcript's "Course unit descriptions (learning outcomes as published in the curriculum)"
    r"(?:course\s+)?(?:unit|module|course)\s+descriptions?\s*\((?:[^()]*\s)?learning\s+outcomes\b[^()]*\)",
    # box 3 of a Europass Certificate Supplement
    r"profile\s+of\s+skills\s+and\s+competen(?:ces|cies)", r"профіль\s+(?:навичок|умінь)\s+(?:і|та)\s+компетентностей",
    # a table of competences with the level each reached ("Матриця компетентностей", "Competence matrix"), and its
    # column "Компетентність" / "Competence"
    r"(?:матриця|профіль|карта|колесо)\s+(?:компетентностей|компетенцій|навичок)", r"компетентність", r"компетенція",
    r"(?:competence|competency|skills?)\s+(?:matrix|profile|map|wheel)",
    r"by\s+completing\s+(?:this|the)\s+(?:course|programme|program|training),?\s+"
    r"you\s+(?:have|can|are\s+able\s+to)",
    # "By the end of this course, you will be able to:", "Upon successful completion, participants are able to:"
    # (after a label of its own: "Learning on this course. By the end of the course, you'll be able to:")
    r"(?:[^\W\d_][^.:\n]{2,40}\.\s+)?"
    r"(?:(?:by\s+the\s+end|at\s+the\s+end|on\s+(?:successful\s+)?completion|upon\s+(?:successful\s+)?completion)"
    r"(?:\s+of\s+(?:this|the)\s+(?:course|programme|program|training|module|micro-?credential|workshop|webinar|"
    r"seminar|bootcamp|session|series))?|"
    r"(?:after|on|upon)\s+(?:successfully\s+)?(?:completing|finishing)\s+(?:this|the)\s+(?:course|programme|program|"
    r"training|module|workshop|webinar|seminar|bootcamp)|after\s+(?:this|the)\s+(?:course|programme|program|training|"
    r"module|workshop|webinar|seminar|bootcamp))\s*,?\s*"
    # (who, in the plural as well: "After this course, practitioners are able to:")
    r"(?:you|participants|learners|students|graduates|the\s+(?:learner|participant|student|holder)|[^\W\d_]{4,}s)\s*"
    r"(?:\s(?:will\s+be|are|were|is|was|should\s+be)|['’]ll\s+be)\s+able\s+to",
    # "Students who complete the course can:", "Graduates who have successfully completed the programme are able to:"
    # (after a label of its own: "Course outcomes. Students who complete the course can:")
    r"(?:[^\W\d_][^.:\n]{2,40}\.\s+)?"
    r"(?:students|learners|participants|graduates|trainees|those|[^\W\d_]{4,}s)\s+who\s+(?:have\s+)?"
    r"(?:successfully\s+)?(?:complete[ds]?|finish(?:ed|es)?|pass(?:ed)?)\s+(?:this|the)\s+(?:course|programme|program|"
    r"training|module)(?:\s+successfully)?\s+(?:can|(?:are|will\s+be|should\s+be)\s+able\s+to)",
    r"you\s+(?:are|will\s+be)\s+able\s+to", r"the\s+(?:learner|holder|participant)\s+(?:is|was)\s+able\s+to",
    # "Marta is able to", "She is now able to": the learner by name, the list below; "Along the way, Maksym learned to"
    # "Having completed this course, Iryna should be able to:"
    r"(?:(?:having|after)\s+(?:completed|finished|completing|finishing)\s+(?:this|the)\s+(?:course|programme|program|"
    r"training|module),?\s+)?[^\W\d_][\w'’-]*\s+(?:is|was|should\s+be|will\s+be)\s+(?:now\s+)?able\s+to",
    r"(?:(?:along\s+the\s+way|in\s+this\s+course|during\s+the\s+course),?\s+)?[A-Z][\w'’-]*\s+(?:has\s+)?"
    r"learn(?:ed|t)\s+(?:how\s+)?to",
    # "За час курсу Ярослава навчилася:": the learner by name, the list below (not a sentence of prose going on
    # after the verb: "Упродовж курсу Назар навчився впевнено працювати з множинами: …")
    r"(?:упродовж|протягом|під\s+час|за\s+час)\s+(?:курсу|навчання|програми|тренінгу|інтенсиву)\s*,?\s+"
    r"[А-ЯІЇЄҐ][а-яіїєґ'’-]+\s+(?:навчи(?:вся|лася|лися|лись)|(?:опанува|засвої|набу)(?:в|ла|ли))(?=\s*:)",
    # "Упродовж курсу слухач навчився:", "За час навчання учасниця опанувала:"
    # (a printed form's "Під час навчання опанував(ла):", who is left out)
    r"(?:упродовж|протягом|під\s+час|за\s+час)\s+(?:курсу|навчання|програми|тренінгу|інтенсиву)\s*,?\s+"
    r"(?:(?:слухач(?:ка|і)?|учасни(?:к|ця|ки)|студент(?:ка|и)?|здобувач(?:ка|і)?)\s+)?"
    r"(?:навчи(?:вся|лася|лися|лись)|(?:опанува|засвої|набу)(?:в(?:\s*\(-?ла\))?|ла|ли))",
    # "Під час курсу Софія:", "Протягом навчання слухачка:", "During the course, Sofia:": what the learner did, below
    r"(?:під\s+час|протягом|за\s+час)\s+(?:курсу|навчання|програми|тренінгу|стажування)\s*,?\s+"
    r"(?:[А-ЯІЇЄҐ][а-яіїєґ'’-]+|слухач(?:ка)?|учасни(?:к|ця)|студент(?:ка)?|здобувач(?:ка)?)(?=\s*:)",
    r"(?:during|throughout)\s+the\s+(?:course|programme|program|training|internship)\s*,?\s+"
    r"(?:[A-Z][a-z'’-]+|the\s+(?:learner|participant|student|trainee))(?=\s*:)",
    # "In this course the student learned to:"
    r"(?:in\s+this\s+(?:course|programme|program|training),?\s+)?(?:the\s+)?(?:students?|learners?|participants?|you)\s+"
    r"(?:have\s+|has\s+)?learn(?:ed|t)\s+(?:to|how\s+to)",
    # (after how it was shown: "Through coursework and a capstone project the holder has demonstrated the ability to:")
    r"(?:(?:through|by|in|with|via)\s+[^:.;!?]{3,80}?,?\s+)?"
    r"the\s+(?:learner|holder|participant|student|graduate|trainee|candidate|apprentice)\s+(?:has\s+)?(?:demonstrated|can)"
    r"(?:\s+the\s+ability)?(?:\s+to)?",
    # "Over the course the learner 1) read …; 2) …" (the numbered list on the heading's line)
    r"(?:over|during|in)\s+the\s+(?:course|programme|program|training),?\s+the\s+(?:learner|participant|student)(?=\s+1\)\s)",
    r"what\s+(?:the\s+|this\s+)?(?:graduate|learner|participant|student|holder|candidate|earner|recipient)s?\s+can\s+"
    r"(?:typically\s+)?do"
    r"(?:\s+at\s+work)?",
    r"what\s+you(?:['’]ll|\s+will)\s+be\s+able\s+to\s+do",  # a course page's "What you will be able to do"
    # "What you have proven you can do", "What you can now do"
    r"what\s+you(?:\s+have\s+(?:proven|shown|demonstrated)(?:\s+that)?\s+you)?\s+can\s+(?:now\s+)?do(?:\s+now)?",
    # a test report's descriptors of the levels reached: "What these results mean", "What your scores mean"
    r"what\s+(?:these|the|your|my)\s+(?:results|scores|levels)\s+mean",
    # a learner's own statements: "What I can do in English now", "Can-do statements"
    # (after the portfolio it sums up: "My portfolio: what I can do in English")
    r"(?:(?:my\s+)?(?:learner\s+|language\s+)?portfolio\s*[:—–-]\s*)?what\s+I\s+can\s+do(?:\s+(?:in|with)\s+[\w-]+)?"
    r"(?:\s+now)?", r"can-do\s+statements",
    # a table's column: "Demonstrated in the assessed tasks", "What the participant demonstrated"
    r"what\s+(?:the\s+)?(?:learner|participant|student)\s+demonstrated|demonstrated\s+(?:in|by|through)\s+(?:the\s+)?"
    r"(?:assessed\s+|final\s+)?(?:tasks|assessment|assignments|project|exam)",
    r"продемонстровані\s+(?:результати|вміння|уміння|навички)",
    # Other EU languages
    r"lernergebnisse", r"lernziele", r"erworbene\s+kompetenzen", r"acquis\s+d['’]apprentissage",
    # "Kursinhalte – die Teilnehmenden können", "Die Teilnehmerinnen und Teilnehmer sind in der Lage,"
    # (one participant: "Die Teilnehmerin ist in der Lage,", "Der Absolvent kann")
    r"(?:(?:kurs)?inhalte\s*[–—:-]\s*)?(?:die\s+|der\s+)?(?:teilnehmenden|teilnehmer(?::innen|innen|in)?"
    r"(?:\s+und\s+teilnehmer)?|absolvent(?::innen|innen|in|en)?)\s+(?:können|kann|(?:sind|ist)\s+in\s+der\s+lage,?"
    r"(?:\s+zu)?)",
    # ... the verb first after how the sentence opens ("Nach erfolgreichem Abschluss sind die Teilnehmenden in der
    # Lage,")
    r"nach\s+(?:dem\s+)?(?:erfolgreichen?\s+)?abschluss(?:\s+(?:des|der)\s+[\w-]+)?\s+(?:sind|ist|können|kann)\s+"
    r"(?:die\s+|der\s+)?(?:teilnehmenden|teilnehmer(?::innen|innen|in)?|absolvent(?::innen|innen|in|en)?|lernenden)"
    r"(?:\s+in\s+der\s+lage,?(?:\s+zu)?)?",
    r"résultats\s+d['’]apprentissage", r"compétences\s+acquises", r"resultados\s+de(?:l)?\s+aprendizaje",
    # a MOOC's page of what the learner took away: "Lo que aprendiste", "Ce que vous avez appris", "Cosa hai imparato",
    # "O que você aprendeu", "Was Sie gelernt haben"
    r"(?:lo\s+que\s+(?:aprendiste|has\s+aprendido|aprendió|aprenderás)|ce\s+que\s+vous\s+avez\s+appris|"
    r"cosa\s+hai\s+imparato|o\s+que\s+(?:você\s+)?(?:aprendeu|aprendeste)|was\s+sie\s+gelernt\s+haben|"
    r"(?:habilidades|competencias)\s+(?:adquiridas|desarrolladas))",
    # a French training's "Objectifs et compétences visées", "Objectifs pédagogiques", "Compétences visées"
    r"(?:objectifs\s+(?:et\s+compétences\s+)?(?:visés|visées|pédagogiques|opérationnels|de\s+la\s+formation)|"
    r"compétences\s+(?:visées|développées|évaluées))",
    r"resultados\s+de\s+aprendizagem", r"risultati\s+(?:di|dell['’])\s*apprendimento", r"efekty\s+uczenia\s+się",
    r"efekty\s+kształcenia", r"leerresultaten", r"leeruitkomsten", r"leerdoelen",
    r"wat\s+de\s+(?:deelnemer|cursist|student)\s+(?:heeft\s+geleerd|kan)",
    r"výsledky\s+(?:učení|vzdělávání|vzdelávania)",
    r"rezultatele\s+(?:învățării|invatarii)", r"rezultate(?:le)?\s+(?:ale\s+)?(?:învățării|învățării\s+dobândite)",
    # Romanian: "Competențe dobândite", and the framework's "Competențe profesionale" / "Competențe transversale"
    r"competen[țţt]e(?:le)?\s+(?:dob[âa]ndite|profesionale|transversale)",
    r"резултати\s+от\s+(?:обучението|ученето)", r"mokymosi\s+rezultata[is]",
    r"įgyti\s+gebėjimai", r"įgytos\s+(?:kompetencijos|žinios)",
    # (a table's column is headed by one: "Õpiväljund", "Mokymosi rezultatas")
    r"mācīšanās\s+rezultāt[si]", r"mācību\s+rezultāt[si]", r"õpiväljund(?:id)?", r"oppimistulo(?:kset|s)",
    r"osaamistavoitteet", r"(?:eğitim\s+)?kazanımları", r"öğrenme\s+çıktıları", r"resultats\s+d['’]aprenentatge",
    r"läranderesultat", r"lärandemål", r"læringsudbytte", r"læringsmål", r"tanulási\s+eredmények", r"ishodi\s+učenja",
    r"učni\s+izidi", r"μαθησιακά\s+αποτελέσματα", r"risultati\s+tal-apprendiment",
    # Serbian and Croatian: "Po završenoj obuci polaznica je osposobljena da:"
    r"(?:po\s+(?:završenoj|završetku)\s+(?:obuci|obuke|programa|tečaja)\s*,?\s+)?(?:polaznik|polaznica|polaznici|"
    r"učesnik|učesnica|sudionik|sudionica)\s+(?:je|su)\s+osposobljen(?:a|i|e)?\s+(?:da|za)",
    # a Nordic syllabus: "Förväntade studieresultat. Efter genomgången kurs ska studenten kunna", "Etter fullført emne
    # skal studenten kunne", "Opintojakson suoritettuaan opiskelija osaa"
    r"(?:förväntade\s+)?studieresultat(?:\.\s+" + _NORDIC_LEAD + r")?", _NORDIC_LEAD,
    r"læringsutbytte(?:\.\s+" + _NORDIC_LEAD + r")?",
    # the Nordic qualifications frameworks' three descriptors, each heading its own list (as the Polish ones above)
    r"kunnskap", r"ferdigheter", r"generell\s+kompetanse", r"kunskap\s+och\s+förståelse", r"färdighet\s+och\s+förmåga",
    r"värderingsförmåga\s+och\s+förhållningssätt", r"viden", r"færdigheder", r"kompetencer",
]  # fmt: skip
# "Додаток 1. Результати навчання за курсом", "Annex: Learning outcomes of the course"
_ANNEX = r"(?:(?:annex|appendix|додаток|anhang|annexe)(?:\s+(?:\d+|[A-ZА-Я]))?\s*[.:–-]?\s*)?"
_OF_COURSE = (r"(?:\s+(?:verificati|verificate|accertati|verified|assessed|confirmed|achieved|attained|"
              r"covered|gained|acquired|demonstrated|"
              r"підтверджені|досягнуті|перевірені))?"  # "Risultati di apprendimento verificati (secondo …)"
              r"(?:\s+(?:(?:of|in)\s+(?:the|this)\s+(?:course|programme|program|training|module)|"
              # (a document of several subjects: "Результати навчання за дисциплінами", "Learning outcomes by course")
              r"за\s+(?:курсом|програмою|модулями|дисциплінами|предметами|курсами)|"
              r"by\s+(?:module|course|subject|unit)|per\s+(?:course|subject|unit)|"
              r"por\s+módulos?|per\s+modulo|курсу|програми|тренінгу|"
              r"модуля|модулів|of\s+(?:the\s+)?modules?))?"
              r"(?:\s*\([^()]{3,100}\))?")  # "(written by the participant …)"
# A qualifier before a heading: "Досягнуті результати навчання:", "Achieved learning outcomes:"
_QUALIFIER = (r"(?:(?:під\s+час\s+навчання|за\s+час\s+навчання|за\s+результатами\s+навчання|"
              r"during\s+the\s+(?:course|training)),?\s+)?"
              # the content told with the outcomes: "Course content and learning outcomes", "Зміст і результати …"
              r"(?:(?:course\s+|programme\s+|program\s+)?(?:content|description|outline|overview)\s+and\s+|зміст\s+(?:курсу\s+|програми\s+|навчання\s+)?"
              r"(?:і|та)\s+|"
              r"contenidos?\s+y\s+|contenuti\s+e\s+|conteúdos?\s+e\s+|(?:kurs)?inhalte\s+und\s+)?"
              r"(?:(?:здобуті|набуті|отримані|досягнуті|підтверджені|засвідчені|основні|опановані|achieved|acquired|attained|"
              r"confirmed|verified|top|main|core|job-ready|practical|description\s+of\s+(?:my|the|your))\s+)?")
HEADING_RE = re.compile(
    # a numbered heading, or a footnote's text opening with its mark ("1 Course content and learning outcomes: …")
    r"^\s*(?:\d+[.)]\s*|\d{1,2}\.\d{1,2}\.?\s+|\d{1,2}\s+(?=[A-ZА-ЯІЇЄҐ][^:\n]{0,80}:)|[*†‡]\s*)?"
    + _ANNEX + _QUALIFIER + r"(?:" + "|".join(OUTCOME_HEADINGS) + r")" + _OF_COURSE
    # the heading alone, or with what it heads after a colon, or with a qualifier that ends in a colon
    # ("Компетентності, набуті під час навчання:", "Learning outcomes achieved by the participant:")
    # ("Результати навчання. За підсумками навчання слухачка здатна:")
    # (a colon between figures is no heading's: "… (e-CF, EN 16234-1:2019)")
    + r"(?:\s*(?:[:\-–—]\s*(.*)|[.:]?\s*)|[,.]?\s+[^:\n]{1,60}:(?!\d)\s*(.*)|\s+(1\)\s.*)|"
    # the heading as a sentence of its own, the prose it heads after it on its line ("Wat de deelnemer heeft
    # geleerd. De deelnemer kent …")
    # (not a sentence that runs on to a short line with its colon: "4.2 Læringsmål. Ved prøven har den studerende
    # dokumenteret, at hun" / "kan:")
    + r"\.\s+(?=(?-i:[A-ZА-ЯІЇЄҐ])[^\W\d_]+\s)(?!.*,\s+(?:at|that|dat|dass|que|che|що|że|že)\s+\S+$)(.{40,}))$",
    re.I,
)
# Headings of a course's topics (its content, not its outcomes): read as the outcomes only when the certificate has
# no outcomes at all, and then marked as such, since what a course covered is weaker evidence than what its
# learners can do. A bare "Програма" / "Programme" is left out: it usually labels the programme's name.
# What each course of a record covered: "Course descriptions", "Опис дисциплін", "Анотації навчальних дисциплін"
_DESCRIPTION_TERMS = (r"(?:course|module|unit)\s+descriptions|опис\s+(?:навчальних\s+)?(?:дисциплін|курсів|модулів)|"
                      r"анотації\s+(?:навчальних\s+)?(?:дисциплін|курсів|модулів)")
TOPIC_HEADINGS = [
    r"topics(?:\s+covered)?", r"covered\s+topics", r"syllabus", r"curriculum", r"modules(?:\s+completed)?",
    r"(?:course|training|programme|program)\s+(?:content|contents|topics|outline|modules|syllabus|curriculum|"
    r"lessons|sessions)",
    # "Body of knowledge covered" (a professional body's certificate of its body of knowledge)
    r"body\s+of\s+knowledge(?:\s+covered)?",
    _DESCRIPTION_TERMS,
    r"(?:зміст|програма|тематика|теми|модулі|уроки|заняття|тематичний\s+план)\s+(?:курсу|модуля|навчання|тренінгу|програми|"
    r"навчальної\s+програми|практикуму|семінару|вебінару|інтенсиву|воркшопу|"
    r"майстер-класу)", r"теми", r"модулі", r"(?:розглянуті|вивчені|опрацьовані|опановані|пройдені)\s+теми",
    r"зміст", r"(?:a\s+(?:course|programme|program|training)\s+)?covering\s+(?:the\s+following\s+)?topics",
    # "Що опрацьовано на заняттях", "What was covered in class"
    r"що\s+(?:опрацьовано|вивчено|розглянуто|пройдено)(?:\s+(?:на|під\s+час)\s+(?:заняттях|занять|курсі|курсу|тренінгу))?",
    r"what\s+(?:was|we)\s+covered(?:\s+(?:in\s+(?:class|the\s+course|the\s+sessions)))?",
    # a MOOC's statement: "What this course covered", "What the course covers"
    r"what\s+(?:this|the)\s+(?:course|programme|program|training)\s+(?:covered|covers)",
    r"(?:the\s+)?following\s+topics",
    r"(?:програма|курс|навчання|тренінг)\s+охоплюва(?:ла|в|ло|є)\s+(?:такі|наступні)\s+теми",
    r"(?:the\s+)?(?:programme|program|course|training)\s+covered\s+(?:the\s+following\s+)?topics",
    # a course's contents abroad: "Contenuti del corso", "Contenidos del curso", "Contenu de la formation",
    # "Kursinhalte", "Treści szkolenia", "Obsah kurzu"
    r"contenuti\s+del\s+corso", r"contenidos?\s+del\s+curso", r"contenus?\s+de\s+la\s+formation",
    r"kursinhalte", r"treści\s+(?:szkolenia|kursu)", r"obsah\s+(?:kurzu|školení|školenia)",
    # a Polish certificate's "Zakres tematyczny (i wymiar godzin) zajęć", "Tematyka szkolenia"
    r"zakres\s+tematyczny(?:\s+(?:i\s+wymiar\s+godzin\s+)?(?:zajęć|kursu|szkolenia))?",
    r"tematyka\s+(?:zajęć|kursu|szkolenia)",
    # a German participation certificate's "Folgende Schwerpunkte wurden vermittelt:", "Seminarinhalte"
    r"(?:folgende\s+)?(?:schwerpunkte|inhalte|themen|lerninhalte|lehrinhalte|seminarinhalte|schulungsinhalte|"
    r"lehrgangsinhalte|unterrichtsinhalte)"
    r"(?:\s+(?:wurden|waren)\s+(?:vermittelt|behandelt|besprochen))?",
]  # fmt: skip
# A sentence that states the outcomes without a heading ("Upon completion of the course, participants are able to
# design relational databases and write SQL queries."): what follows the opening is read as one outcome.
# Who a German text says has learned: the learner addressed ("Sie"), named ("Frau Melnyk", "Herr Bilyk") or by role
_GERMAN_LEARNER = (r"sie|er|(?:herr|frau)\s+[A-ZÄÖÜ][\w'’-]+|(?:die|der)\s+(?:teilnehmerin|teilnehmer|absolventin|"
                   r"absolvent|auszubildende)")
ABLE_TO_RE = re.compile(
    r"^\s*(?:(?:(?:by\s+the\s+end\s+of|upon\s+(?:successful\s+)?completion\s+of|on\s+completion\s+of|"
    r"(?:after|on|upon)\s+(?:successfully\s+)?(?:completing|finishing))"
    r"\s+(?:this|the)\s+(?:course|training|programme|program|module)|(?:upon|on)\s+(?:successful\s+)?completion),?\s+)?"
    r"(?:you|participants|learners|students|"
    r"(?:the|an?)\s+(?:learner|participant|student|holder|graduate))"
    r"(?:\s+who\s+[^,.;:]{3,60}?)?"  # "Learners who complete it will …", "A participant who completes CIS-N 118 is …"
    r"\s+(?:are|were|is|was|will\s+be|became)\s+able\s+to\s+(?![^\W\d_]+ly\s*:\s*$)(.{8,})$|"
    r"^\s*(?:in\s+this\s+(?:course|programme|program|training),?\s+)?(?:the\s+(?:learner|participant|student|holder)|you|"
    r"participants|learners|students|trainees)\s+(?:has\s+|have\s+)?learn(?:ed|t)?\s+(?:to|how\s+to)\s+(.{8,})$|"
    r"^\s*(?:(?:they|participants|learners|graduates|students|you)\s+can\s+now)\s+(.{8,})$|"
    # a diploma's closing statement of what its graduates can do: "Graduates can build responsive pages …"
    r"^\s*(?:graduates|holders)\s+(?:of\s+(?:this|the)\s+(?:programme|program|course|bootcamp)\s+)?can\s+(.{8,})$|"
    # an employer's letter: "In the course of the training Mr Sydorenko learned to build …"
    r"^\s*(?:(?:in\s+the\s+course\s+of|during)\s+(?:the|this)\s+(?:training|course|programme|program)\s*,?\s+)?"
    r"(?:(?:mr|mrs|ms|miss|dr)\.?\s+[^\W\d_][\w'’-]+|the\s+(?:employee|trainee))\s+(?:has\s+)?learn(?:ed|t)\s+"
    r"(?:to|how\s+to)\s+(.{8,})$|"
    # the learner named before, then "During the course she learned to identify …"
    r"^\s*(?:in\s+the\s+course\s+of|during)\s+(?:the|this)\s+(?:training|course|programme|program)\s*,?\s+"
    r"(?:she|he|they)\s+(?:has\s+|have\s+)?learn(?:ed|t)\s+(?:to|how\s+to)\s+(.{8,})$|"
    # "Earners of this badge can analyse threats …, protect data … and set up access control …"
    r"^\s*(?:earners|holders|recipients|bearers|owners)\s+of\s+this\s+(?:digital\s+)?(?:badge|credential|certificate|"
    r"micro-credential)\s+(?:can|are\s+able\s+to)\s+(.{8,})$|"
    # "Holders have shown that they can take a business requirement to a working schema: model entities, …"
    r"^\s*(?:holders|the\s+holder|graduates|participants|learners)\s+(?:have|has)\s+(?:shown|demonstrated|proven)\s+"
    r"that\s+(?:they|he\s+or\s+she|she|he)\s+(?:can|is\s+able\s+to|are\s+able\s+to)\s+(.{8,})$|"
    # a German letter or certificate: "Sie haben gelernt, … darzustellen", "Frau Melnyk hat gelernt, …", "Der
    # Teilnehmer ist in der Lage, …"
    r"^\s*(?:" + _GERMAN_LEARNER + r")\s+(?:(?:hat|haben)\s+(?:dabei\s+|insbesondere\s+)?gelernt|"
    r"(?:ist|sind)\s+(?:nun\s+|jetzt\s+)?in\s+der\s+Lage),?\s+(.{8,})$|"
    r"^\s*(?:(?:результати|results|outcomes|висновок|conclusion)\s*:\s*)?"
    r"(?:(?:після\s+(?:успішного\s+)?(?:завершення|закінчення|проходження)|за\s+(?:підсумками|результатами)|"
    r"під\s+час|протягом|упродовж|за\s+час|у\s+ході|в\s+ході)\s+(?:вивчення\s+)?"
    r"(?:курсу|навчання|програми|тренінгу|семінару|практикуму|зборів|стажування|школи|табору|інтенсиву|роботи|"
    r"дослідження|дисципліни|модуля),?\s+)?"
    # (a university's student too: "За результатами вивчення дисципліни студент здатен: …")
    r"(?:слухач(?:ка|і)?|учасни(?:к|ця|ки)|здобувач(?:ка|і)?|стажист(?:ка|и)?|учень|учениця|автор(?:ка)?|"
    r"студент(?:ка|и)?)\s+"
    r"(?:здат(?:ен|ний|на|ні)|[ву]міє|"
    r"[ву]міють|зможе|зможуть|"
    # (or what they mastered: "Під час навчання слухач опанував сортування вантажів …, організацію черг …")
    r"навчи(?:вся|лася|лися)|опанува(?:в|ла|ли)|оволоді(?:в|ла|ли)):?\s+(.{8,})$|"
    # the learner by name after how long it took ("За шість тижнів Вікторія навчилася самостійно готувати …"; not
    # prose about the course that goes on to tell more: "Упродовж курсу Назар навчився … . Він визначає …")
    r"^\s*(?:за|протягом|упродовж)\s+(?:[^\W\d_]+\s+|\d+\s+){0,2}(?:тижн\w*|місяц\w*|днів|дні|занять|заняття)"
    r"\s*,?\s+[А-ЯІЇЄҐ][а-яіїєґ'’-]+\s+"
    r"(?:навчи(?:вся|лася|лися)|опанува(?:в|ла|ли))\s+(?!:)(.{8,})$|"
    # what the learner did during the course, told in the past, clause after clause ("Під час курсу слухачка склала
    # план ІТ-проєкту …, визначила …, вела реєстр ризиків …"): the clauses, each with its verb (not the tasks done or
    # the lessons attended: "виконала 7 домашніх завдань", "виконала такі задачі:")
    r"^\s*(?:під\s+час|протягом|упродовж|за\s+час|у\s+ході|в\s+ході)\s+(?:курсу|навчання|програми|тренінгу|"
    r"стажування|практики|інтенсиву|практикуму)\s*,?\s+(?:слухач(?:ка|і)?|учасни(?:к|ця|ки)|здобувач(?:ка|і)?|"
    r"студент(?:ка|и)?|стажист(?:ка|и)?)\s+"
    r"((?!(?:викона|пройш|отрима|відвіда|прослуха|взя|склал[аи]?\s+(?:іспит|екзамен|залік|тест)))"
    r"[а-яіїєґ'’]{3,}(?:в|ла|ли)\s+[^:]{8,}?[,;]\s+(?:(?:і|й|та|а\s+також)\s+)?[а-яіїєґ'’]{3,}(?:в|ла|ли)\s.*)$",
    re.I,
)  # fmt: skip
# What the learner can now do, told inside a sentence of prose addressed to them ("You began with messy tables: you
# are now able to split a dataset …", "… and you are now able to train …"): only with "now", which tells that the
# course made the difference
NOW_ABLE_TO = re.compile(
    r"(?:^|[:;]\s*|,\s*|\s(?:and|so)\s+)(?:you|they|he|she|who|participants|learners|students|"
    r"the\s+(?:learner|participant|student|holder))\s+(?:are|were|is|was)\s+now\s+able\s+to\s+"
    # (up to the sentence's own verb after them: "…, who is now able to X, Y and Z, has completed the course")
    r"(.{8,}?)(?:,\s+(?:has|have)\s+(?:successfully\s+)?(?:completed|finished|passed)\b.*)?$|"
    # what the learner learned to do, told after how ("Over 60 hours of workshops the participant learned to break
    # a project into a backlog, …")
    r"\s(?:the\s+(?:learner|participant|student|trainee)|participants|learners|students|trainees)\s+"
    r"(?:learned|learnt)\s+(?:how\s+)?to\s+(.{8,})$",
    re.I,
)  # fmt: skip
# The outcomes announced at the end of a sentence ("… administered by the undersigned instructor. The student was
# able to:"): a heading with nothing after it on its line.
TRAILING_HEADING = re.compile(
    # (with a manner before the colon: "The student was able to proficiently:")
    r"(?:^|[.!?]\s+)(?:the\s+)?(?:student|learner|participant|holder|graduate)s?\s+(?:was|were|is|are|has\s+been|"
    r"will\s+be)\s+able\s+to(?:\s+[^\W\d_]+ly)?\s*:\s*$|"
    # (also after what a commission found: "Встановлено, що здобувач уміє:")
    # (or after what was studied: "… однієї змінної. Після вивчення дисципліни студент уміє:")
    r"(?:^|[.!?]\s+)(?:[^.!?:]{3,40},\s+що\s+|після\s+(?:вивчення|завершення|закінчення|проходження)\s+"
    r"(?:дисципліни|курсу|модуля|програми|навчання)\s*,?\s+)?(?:слухач\w*|учасни\w*|здобувач\w*|студент\w*)\s+(?:здат\w+|[ув]міє|"
    r"[ув]міють|може|можуть|зможе|зможуть)\s*:\s*$|"
    # "Після навчання вмію:", "За результатами курсу слухач уміє:", "Під час навчання слухачка навчилася:", "Після
    # закінчення курсу учасниця може:": who can do what, with nothing after the colon
    # (or by a pronoun after what it was found by: "За результатами практичних робіт і фінального проєкту (…) вона
    # вміє:")
    r"^(?:(?:після|під\s+час|за\s+(?:результатами|підсумками)|у\s+результаті|в\s+результаті|по\s+(?:закінченні|"
    r"завершенні))\s+[^:.!?]{1,90}?"
    r"[\s,]+)?(?:(?:слухач|учасни|здобувач|студент|випускни)\w*\s+(?:(?:курсу|програми|тренінгу|школи|інтенсиву|"
    r"навчання|семінару|практикуму)\s+)?|"
    r"ви\s+|я\s+|(?:він|вона|вони)\s+(?:тепер\s+|вже\s+)?)?"
    r"(?:[ву]мі(?:є|ю|ють|єте)|мож(?:е|уть|ете|у)|змож(?:е|уть|ете|у)|здат(?:ен|ний|на|ні)|"
    r"навчи(?:вся|лася|лися|лись|лась)|(?:буде|будуть|будете)\s+[ву]міти)\s*:\s*$|"
    # "Слухач опанував курс за такими результатами навчання:", "… achieved the following learning outcomes:"
    r"\b(?:таки|наступни)(?:ми|х|е)\s+результат(?:ами|ів|и)\s+навчання\s*:\s*$|"
    # "… вивчив(-ла) вимоги Кодексу … і за результатами навчання:" / "• вміє …": the sentence's end, the items below
    r"\s(?:і|та|й)\s+(?:за|по)\s+(?:результатами|підсумками)\s+(?:навчання|курсу|програми)\s*:\s*$|"
    r"\bthe\s+following\s+(?:learning\s+)?outcomes\s*:\s*$|"
    # "Participants practised:", "The learner practised:": what they did, below
    r"(?:^|[.!?]\s+)(?:the\s+)?(?:participants?|learners?|students?|trainees?)\s+practi[sc]ed\s*:\s*$|"
    # "This 24-hour free course taught how to:", "Після інтенсиву учасниця:"
    r"\b(?:course|programme|program|training|module)\s+taught\s+(?:you\s+|learners\s+)?(?:how\s+)?to\s*:\s*$|"
    r"^(?:після|по\s+закінченні)\s+[^:.!?]{1,40}?\s+(?:слухач|учасни|здобувач|студент|випускни)\w*\s*:\s*$|"
    # what an intern did under a mentor: "Виконувані завдання. Під керівництвом наставника стажист:", "Under the
    # supervision of her mentor, the intern:"
    r"(?:^|[.!?]\s+)(?:під\s+керівництвом\s+[^:.!?]{1,40}?[\s,]+)?(?:стажист|практикант|інтерн)(?:ка|ки|и)?\s*:\s*$|"
    # (or by a pronoun after the mentor: "Під керівництвом наставника він:")
    r"(?:^|[.!?]\s+)під\s+керівництвом\s+[^:.!?]{1,40}?[\s,]+(?:він|вона|вони)\s*:\s*$|"
    r"(?:^|[.!?]\s+)(?:under\s+the\s+(?:supervision|guidance)\s+of\s+[^:.!?]{1,40}?,?\s+)?the\s+(?:intern|trainee)\s*:\s*$|"
    # "… a mid-term and final review. Under his guidance she:"
    r"(?:^|[.!?]\s+)under\s+(?:his|her|their)\s+(?:supervision|guidance),?\s+(?:she|he|they)\s*:\s*$|"
    # the tasks a letter from a placement lists: "… і виконувала такі завдання:", "За період практики виконував(ла)
    # такі професійні завдання:", "Maksym's main responsibilities and contributions were:", "Her duties included:"
    r"\bвиконува\w*(?:\([^()]{1,6}\))?\s+(?:так(?:і|их)|наступні)\s+(?:(?:професійні|практичні|робочі)\s+)?"
    r"(?:завдання|обов['’]язки|роботи)\s*:\s*$|"
    r"\b(?:main\s+|key\s+|principal\s+)?(?:responsibilities|duties|tasks)(?:\s+and\s+(?:contributions|achievements|"
    r"tasks|responsibilities))?\s+(?:were|included|comprised)\s*:\s*$|"
    # "… Head of the Department. During the internship he:", "Під час практики студентка:"
    r"(?:^|[.!?]\s+)(?:during|throughout)\s+(?:the|his|her|their)\s+(?:internship|placement|traineeship|"
    r"apprenticeship|practice)(?:\s+[^:.!?]{1,30}?)?,?\s+(?:he|she|they|the\s+(?:intern|trainee|student))\s*:\s*$|"
    r"(?:^|[.!?]\s+)(?:під\s+час|за\s+час|за\s+період)\s+(?:проходження\s+)?(?:практики|стажування)\s*,?\s+(?:він|вона|вони|"
    r"(?:студент|практикант|стажист|здобувач)\w*)\s*:\s*$|"
    # "What the learner can do:", "Participants can now:", "What you can do:"; a column of goals: "Goal: the learner
    # can …"
    r"^(?:(?:after|by\s+the\s+end\s+of|upon\s+completion\s+of|on\s+completion\s+of)\s+[^:,.!?]{1,40},?\s+|"
    r"goals?\s*:\s*)?"
    r"(?:what\s+)?(?:(?:the\s+|this\s+)?(?:(?:badge|certificate|credential|course)\s+)?"
    r"(?:learner|holder|participant|student|graduate|earner|recipient)s?|you|[^\W\d_][\w'’-]*)\s+can"
    r"(?:\s+now)?(?:\s+do)?\s*(?::|…|\.\.\.)\s*$|"
    # a badge's criteria: "To earn this badge the earner had to show, in graded work, that they can:"
    r"\b(?:show|shown|demonstrate|demonstrated|prove|proven)\b[^:.!?]{0,40}?\bthat\s+(?:they|he|she|the\s+"
    r"(?:earner|holder|learner|candidate|recipient))\s+can\s*:\s*$",
    re.I,
)  # fmt: skip
TOPIC_RE = re.compile(
    r"^\s*(?:\d+[.)]\s*)?(?:" + "|".join(TOPIC_HEADINGS) + r")\s*(?:[:\-–]\s*(.*)|[.:]?\s*)$", re.I
)
# … or with a note on where they come from in brackets ("Course descriptions (summary from the Study Guide …)")
_TOPICS_WITH_A_NOTE = re.compile(
    r"^\s*(?:\d+[.)]\s*)?(?:" + "|".join(TOPIC_HEADINGS) + r")\s*\([^()]{5,150}\)\s*:?\s*$", re.I)

STOP_LABELS = re.compile(
    r"^\s*(?:дата|dates?(?![^\W\d_])|datum|підпис|signature|signed|unterschrift|обсяг|workload|тривалість|duration|"
    # the assessment's heading abroad ("Evaluare", "Valutazione:"), alone or with a colon
    r"(?:evaluare|evaluación|valutazione|avaliação|beoordeling|toetsing|bedömning|bedømmelse|vurdering)\s*(?::|$)|"
    r"форма|form\s+of|assessment|оцінювання|оцінка|grade|score|результат\s*:|issued|видано|certificate\s+(?:id|no|number)|"
    r"номер|№|id\s*:|verify|перевірити|перевірка|credential\s+id|ects|єктс|кредит|рівень|"
    # (not a qualification named by its level: "Level 3 Award in Sprint Performance …", "Level 2 Certificate in …")
    r"level(?!\s+\d{1,2}\s+(?:award|certificate|diploma|extended\s+(?:certificate|diploma)|"
    r"(?:subsidiary|foundation|national)\s+(?:certificate|diploma))\b)|eqf|нрк|"
    r"організатор|провайдер|issuer|provider|директор|director|ректор|rector|керівник|instructor|викладач|декан|dean|"
    r"м\.\s*п\.|seal|печатка|prerequisites|вимоги|передумови|quality|якість|акредит|accredit|country|країна|"
    r"contents|зміст|програма\s+курсу|syllabus|modules?|модул|data\s+(?:wydania|ukończenia)|podpis|liczba\s+godzin|"
    r"wymiar|czas\s+trwania|ocena|kierownik|dyrektor|dziekan|prowadząc|pieczęć|numer|nr\s|"
    # how the learner was assessed: "Як оцінено", "How it was assessed", "How you were graded", "Způsob hodnocení"
    r"як\s+(?:оцінено|оцінювали|оцінювалося|оцінювався|оцінювалась)|how\s+(?:it\s+was\s+|we\s+|this\s+was\s+|you\s+were\s+|(?:s)?he\s+was\s+)?(?:assessed|graded|evaluated)|"
    r"způsob\s+hodnocení|spôsob\s+hodnotenia|art\s+der\s+prüfung|"
    # who signed it: "Authorised by Dr. … , Head of Assessment Standards"
    r"(?:authori[sz]ed|approved|signed)\s+by\b|"
    # a badge's section of the evidence behind it, as a title of its own ("Evidence" / "Final project …"), and of the
    # frameworks it is aligned to ("Alignment" / "Framework" / "Aligned to")
    r"evidence\s*$|alignments?\s*$)",
    re.I,
)  # fmt: skip
_A_BULLET_MARK = re.compile(r"^\s*[•·▪●◦*►■▸‣⁃-]\s+")  # a list item's mark before a sentence read whole
BULLET = re.compile(
    r"^\s*(?:[-–—•·▪●○◦*✓✔►■□☑✅➤➢→◆❖▸▹▶‣⁃]|\(?\d{1,2}[.)]|\d{1,2}\.\d{1,2}\.?|\d{1,2}[–-]\d{1,2}[.)]|\(?[a-zа-яіїєґ][.)](?!\s*(?-i:[A-ZА-ЯІЇЄҐ])\.\s)|"
    # "LO3", "CT1.", "C1." (a competence's code; before a word or a dash when no mark follows it: not "CSS3 (Flexbox,
    # Grid)")
    r"[A-Za-z]{2,3}\d{1,2}(?:[.:)]|(?=\s+(?:[^\W\d_]|[–—-])))|(?-i:[A-Z])\d{1,2}[.)]|"
    # Roman numerals before an item of at least three words ("IV. Організовує відрядження: …"), not an initial
    r"(?-i:(?:I{1,3}|IV|VI{0,3}|IX|XI{0,2})[.)])(?=\s+\S+\s+\S+\s+\S))\s+",
    re.I,
)  # "1.2 Стилізує сторінки …": an item numbered within its module; not a signatory's initials ("H. J. Ashworth")


def _at_word_start(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``pattern`` compiled to match only where a word begins: each of these patterns starts with a word, and
    skipping the positions inside words makes scanning a certificate's text two to three times faster."""
    return re.compile(r"(?=[^\W\d_])(?<![^\W\d_])(?:" + pattern + ")", flags)


# "… certifies that" in the other languages of certificates: the learner's name follows
_CERTIFIES_THAT_ABROAD = (
    r"(?:niniejszym\s+)?(?:zaświadcza|potwierdza)\s+się,?\s+że|(?:niniejszym\s+)?(?:zaświadczamy|potwierdzamy),?\s+że|"
    r"hiermit\s+wird\s+bestätigt,?\s+dass|(?:nous\s+)?(?:certifions|attestons|atteste|certifie)\s+que|"
    r"(?:tímto\s+|týmto\s+)?(?:potvrzuje(?:me)?|potvrdzuje(?:me)?|osvědčuje(?:me)?|osvedčuje(?:me)?),?\s+že|"
    # Romanian "Prin prezentul se certifică (faptul) că", Dutch "Hierbij verklaart de examencommissie … dat"
    r"(?:prin\s+prezentul\s+)?se\s+(?:certific[ăa]|adeverește|atest[ăa])(?:\s+faptul)?\s+c[ăa]|"
    # Portuguese "Certifica-se que", Bulgarian "Настоящото удостоверение се издава на"
    r"certifica-se\s+que|(?:настоящото\s+удостоверение\s+)?се\s+издава\s+на|"
    # Hungarian "(ezennel) igazolom / igazoljuk, hogy"
    r"(?:ezennel\s+)?igazol(?:om|juk|ja)?,?\s+hogy|"
    r"(?:hierbij\s+)?(?:verklaart|verklaren|bevestigt|bevestigen)\s+(?:[^\n]{0,100}?\s)?dat|"
    # Croatian "(kojim se) potvrđuje da je polaznica", Slovene "potrjujemo, da je udeleženka", Swedish "Härmed intygas
    # att", Finnish "todistetaan, että"
    r"(?:kojim\s+se\s+)?potvrđuje(?:mo)?,?\s+da\s+je(?:\s+(?:polaznik|polaznica|sudionik|sudionica))?|"
    r"potrjuje(?:mo)?,?\s+da\s+je(?:\s+(?:udeleženec|udeleženka|slušatelj|slušateljica))?|"
    r"(?:härmed\s+)?intygas,?\s+att|(?:täten\s+)?todistetaan,?\s+että|"
    # Lithuanian "Patvirtiname, kad", Estonian "Käesolevaga tõendame, et", Latvian "Apliecinām, ka"
    r"patvirtiname,?\s+kad|(?:käesolevaga\s+)?(?:tõendame|kinnitame),?\s+et|apliecinām,?\s+ka"
)
LEARNER_BEFORE = _at_word_start(
    r"(?:this\s+is\s+to\s+(?:certify|confirm)\s+that|this\s+is\s+a\s+statement\s+that|"
    r"we\s+(?:hereby\s+)?(?:certify|confirm)\s+that|certifies\s+that|"
    r"awarded\s+to|presented\s+to|issued\s+to|"
    # Spanish, Italian, French, Portuguese: "Se otorga a", "Si conferisce a", "Décerné à", "Atribuído a"
    r"(?:se\s+)?(?:otorga|concede|expide)\s+a|(?:si\s+)?(?:conferisce|rilascia)\s+a|d[ée]cern[ée]e?\s+[àa]|"
    r"atribu[íi]do\s+a|"
    r"цим\s+засвідчується,?\s+що|засвідчує,?\s+що|засвідчується,?\s+що|виданий|видано|видане|видана|вручається|"
    r"(?:цим\s+(?:(?:сертифікатом|дипломом|свідоцтвом)\s+)?(?:ми\s+)?)?(?:підтверджуємо|підтверджується),?\s+що|"
    r"нагороджу(?:ється|ються)|нагороджен(?:ий|а|о)|"
    # "Цей сертифікат отримує" / the name below
    r"(?:цей\s+)?(?:сертифікат|свідоцтво|диплом)\s+(?:отримує|отримала|отримав)|"
    # the learner's profession before the name on the next line: "засвідчує, що адвокат" / "ЛИСЕНКО Ігор Петрович"
    r"(?:засвідчує|засвідчується),?\s+що\s+(?:адвокат(?:ка)?|слухач(?:ка)?|учасни(?:к|ця)|студент(?:ка)?|лікар(?:ка)?|"
    r"(?:в|у)читель(?:ка)?|викладач(?:ка)?|працівни(?:к|ця)|фахів(?:ець|чиня)|нотаріус|інженер(?:ка)?|медсестра)|"
    # "Сертифікат видано учасниці навчання:" / the name below
    # (the role in both forms: "Видане випускнику/випускниці")
    r"(?:видано|вручено|виданий|видане|видана)\s+(?:учасни(?:ку|ці)|слухачу|слухачці|здобувачу|здобувачці|студентові|"
    r"студентці|випускнику|випускниці)(?:\s*/\s*[а-яії]+)?(?:\s+(?:навчання|курсу|програми|тренінгу|семінару))?|"
    r"(?:настоящий\s+сертификат\s+)?удостоверяет,?\s+что|настоящим\s+удостоверяется,?\s+что|выдан[ао]?|"
    r"(?:(?:настоящ(?:ий|ее)\s+)?(?:свидетельство|сертификат)\s+)?подтверждает,?\s+что|"
    r"bescheinigt,?\s+dass|se\s+certifica\s+que|certifica\s+che|(?:si\s+)?attesta\s+che|niniejszym\s+zaświadcza\s+się|"
    # "rilasciato in data 15/07/2023 a" / the name below
    r"rilasciat[oa]\s+(?:in\s+data\s+\S+\s+)?a|"
    # a German certificate's "Zertifikat" / "für" / the name below (the preposition alone on its line)
    r"^\s*(?:(?:zertifikat|urkunde|bescheinigung|teilnahmebestätigung)\s+)?für|"
    r"(?:šis\s+pažymėjimas\s+)?išduotas|"
    + _CERTIFIES_THAT_ABROAD + r")\s*[,:]?\s*$",
    re.I,
)  # fmt: skip
# "Свідоцтво видано Петренку Івану Івановичу" / "Видано Коваль Марії, яка ...": the name on the same line, in the
# dative (two or three capitalised words).
ISSUED_TO_NAME = re.compile(
    r"^\s*(?i:(?:(?:це|цей)\s+)?(?:свідоцтво|сертифікат|диплом|посвідчення)\s+)?(?i:видано|виданий|видане|видана|"
    # (the name as written, its words in capitals or not: "Видана КОВАЛЬЧУКУ АНДРІЮ ВАСИЛЬОВИЧУ в тому, що …",
    # "Видане СИДОРУК Олені Миколаївні, учительці …")
    r"вручається|вручено)\s*:?\s+([А-ЯІЇЄҐ](?:[а-яіїєґ'’-]+|[А-ЯІЇЄҐ'’-]+)(?:\s+[А-ЯІЇЄҐ](?:[а-яіїєґ'’-]+|[А-ЯІЇЄҐ'’-]+)){1,2})"
    r"(?=\s*(?:[,.(]|$|\s+про\b|\s+[ув]\s+тому))"
)  # fmt: skip
_NOT_A_PERSON = ("ським", "цьким", "ського", "ом", "ою", "ами")  # "видано Київським Університетом": by, not to
# A full-name field abroad ("Meno a priezvisko", "Imię i nazwisko", "Nome e cognome", "Numele și prenumele")
_FULL_NAME_FIELDS = (
    r"meno\s+a\s+priezvisko|jméno\s+a\s+příjmení|imię\s+i\s+nazwisko|ime\s+i\s+prezime|ime\s+in\s+priimek|"
    r"vardas,?\s+pavardė|vārds,?\s+uzvārds|ees-\s+ja\s+perekonnanimi|nome\s+e\s+cognome|nom\s+et\s+prénoms?|"
    r"cognome\s+e\s+nome|apellidos\s+y\s+nombre|nombre\s+y\s+apellidos|nome\s+completo|vor-\s+und\s+nachname|name,\s+vorname|"
    r"numele\s+(?:și|şi|si)\s+prenumele|nume\s+(?:și|şi|si)\s+prenume"
)
LEARNER_LABEL = re.compile(
    r"^\s*(?:learner|student|participant|attendee|name|full\s+name|recipient|holder|graduate|awarded\s+to|presented\s+to|"
    r"candidate(?:\s+name)?|delegate(?:\s+name)?|кандидат(?:ка)?|"
    r"issued\s+to|"
    r"certificate\s+holder|(?:badge\s+)?earner|trainee|employee|слухач(?:ка)?|учасни(?:к|ця)|працівни(?:к|ця)|"
    r"здобувач(?:ка)?(?:\s+освіти)?|студент(?:ка)?|ПІБ|П\.І\.Б\.|прізвище,?\s+ім['’]я(?:,?\s+по\s+батькові)?|"
    r"Teilnehmer(?:in)?|Name|nom|nombre|nome|imię\s+i\s+nazwisko|jméno(?:\s+a\s+příjmení)?|"
    r"meno(?:\s+a\s+priezvisko)?|účastník|účastnice|účastníčka|nimi|naam|navn|namn|ad[ıi]?\s+soyad[ıi]?|"
    r"nom\s+i\s+cognoms|ονοματεπώνυμο|повне\s+ім['’]я(?:\s+(?:здобувача|слухача|учасника|студента))?|"
    # a certificate supplement's holder ("Inhaberin des Zeugnisses:", "Holder of the certificate:")
    r"inhaber(?:in)?\s+des\s+(?:zeugnisses|zertifikats)|holder\s+of\s+the\s+certificate|"
    r"titulaire\s+du\s+certificat|" + _FULL_NAME_FIELDS + r")\s*[:\-–]\s*(.+)$",
    re.I,
)  # fmt: skip
# A label without a colon and the learner's name after it, in a table of two columns ("Учасник Кравчук Назар …")
LABEL_THEN_NAME = re.compile(
    r"^\s*(?i:учасни(?:к|ця)|слухач(?:ка)?|здобувач(?:ка)?|студент(?:ка)?|learner|participant|student|trainee)\s+"
    r"([A-ZА-ЯІЇЄҐ][\w'’-]+(?:\s+[A-ZА-ЯІЇЄҐ][\w'’-]+){1,2})\s*$"
)
# How a date of birth is introduced ("born on", "date of birth", "дата народження", "народилася"), in every reading that
# must not take it for something else
_BIRTH = (r"(?:born(?:\s+on)?|date\s+of\s+birth|дата\s+народження|народи(?:вся|лася|лись)|né(?:e|\(e\))?\s+le|"
          r"n[ăa]scut[ăa]?(?:\s+la\s+data\s+de)?|geboren\s+op|született|nascid[oa]\s+(?:a|em)|роден[аи]?\s+на|"
          r"geboren(?:\s+am)?|geb\.|urodzon[ya](?:\s+dnia)?|nacid[oa]\s+el|nat[oa]\s+(?:il|a)|födelsedatum|fødselsdato|"
          r"syntymäaika|syntynyt|dzimšanas\s+datums|dzimu(?:si|šai|šam|sim|s)|datum\s+rođenja|rođen[ae]?|"
          r"rojstni\s+datum|rojen[a]?|född|født|fødselsdag|"
          # a date (and place) of birth named by its noun ("Dátum a miesto narodenia", "data di nascita")
          r"narodenia|narozen[íaý]?|urodzenia|naissance|nacimiento|nascimento|nascita|geburts(?:datum|ort)|"
          r"geboortedatum|gimimo|gim(?:ęs|usi)|sünniaeg|sündinud|na[șşs]terii|születési)")
BIRTH_WORDS = ("born", "birth", "народ", "né", "geboren", "geb.", "urodzon", "nacid", "nato", "nata", "născut",
               "nascut", "született", "nascid", "роден", "födelse", "född", "fødsel", "syntymä", "syntyn", "dzim",
               "rođen", "rojst", "rojen", "født", "narodeni", "narozen", "urodzeni", "naissance", "nacimiento",
               "nascimento", "nascita", "geburts", "geboorte", "gimimo", "gimęs", "gimusi", "sünni", "sündinud",
               "nașterii", "naşterii", "nasterii", "születési")  # (lower case)
_BIRTH_AT_START = re.compile(r"^\s*\(?" + _BIRTH + r"(?![^\W\d_])", re.I)  # "urodzony 3 kwietnia …", "born on …"
_BIRTH_LINE = re.compile(r"(?<![^\W\d_])" + _BIRTH + r"(?![^\W\d_])", re.I)
# A line that ends with a birth's label, its value on the next line ("Dátum a miesto narodenia:" / "22. 07. 1996, Rivne,
# Ukrajina")
# (with its place's: "geboren am / in", "Date and place of birth")
_BIRTH_LABEL_END = re.compile(r"(?<![^\W\d_])" + _BIRTH + r"(?:\s*/\s*(?:in|at|place|місце))?\s*:?\s*$", re.I)
# A person and their date of birth: the holder ("Anastasiia Verba, born on 2 May 2006 in …", "Кузьменко Олександр
# Вікторович, дата народження 14.08.2006")
_NAME_THEN_BIRTH = re.compile(
    r"^\s*([A-ZА-ЯІЇЄҐ][\w'’-]+(?:\s+[A-ZА-ЯІЇЄҐ][\w'’-]+){1,2}),?\s+"
    # (a nationality between: "Oksana Vdovychenko, de nacionalidade ucraniana, nascida a …")
    r"(?i:(?:de\s+nacionalidade|de\s+nacionalidad|of)\s+[^\W\d_]+(?:\s+nationality)?,\s+)?\(?(?i:" + _BIRTH + r")\b"
)
# A person and their nationality, inside a sentence, after a form of address ("…, D. YURII BONDARENKO, de nacionalidad
# ucraniana, con NIE …", "Mr Taras Koval, of Ukrainian nationality,", "Коваль Ірина, громадянка України,"): the holder
_NATIONALITY_WORDS = ("nacionalidad", "nationality", "nazionalità", "nationalité", "громадян", "staatsangehörig")
_NAME_THEN_NATIONALITY = re.compile(
    r"(?:(?<=\s)|^)(?:(?i:d\.|dña\.|doña|don|sr\.|sra\.|mr\.?|mrs\.?|ms\.?|sig\.(?:ra)?|m\.|mme|herr|frau)\s+)?"
    r"([A-ZÀ-ÖØ-ÞА-ЯІЇЄҐ][\w'’-]+(?:\s+[A-ZÀ-ÖØ-ÞА-ЯІЇЄҐ][\w'’-]+){1,3}),\s+"
    r"(?i:de\s+nacionalidade?|of\s+[^\W\d_]+\s+nationality|di\s+nazionalità|de\s+nationalité|"
    r"громадян(?:ин|ка)|(?:mit\s+)?(?:[^\W\d_]+\s+)?staatsangehörigkeit)\b"
)
# What follows a name in its field: the date of birth, a staff or student number ("Бондар Тарас Миколайович,
# табельний № 40718")
_AFTER_THE_NAME = re.compile(r",\s*(?:" + _BIRTH + r"|\d{1,2}[./]\d{1,2}[./]\d{2,4}|ur\.|нар\.|табельний|"
                             r"staff\s+(?:no|number)|employee\s+(?:id|no)|"
                             r"student\s+(?:id|no)|ID\b|who\b|який\b|яка\b)|"
                             # a bracket with a number: an identity code or a date ("(isikukood 39704120213)"), or
                             # with an e-mail address ("(bohdan.tkachenko@…)")
                             r"\s+\((?=[^()\d]{0,30}\d|[^()\s]{0,60}@|[^()]{0,60}@)|"
                             # the next field on the line after a separator ("Yaroslava Kvitko · date of birth …")
                             r"\s+[·•|]\s", re.I)
# The opening before a learner's name on the same line, and a name: two to four capitalised words
CERTIFY_PREFIX = re.compile(
    r"^\s*(?:this\s+is\s+to\s+(?:certify|confirm|record)\s+that|we\s+(?:hereby\s+)?(?:certify|confirm)\s+that|"
    r"this\s+certifies\s+that|"
    r"(?:this\s+)?certificate\s+(?:certifies|confirms)\s+that|цим\s+засвідчується,?\s+що|"
    r"(?:(?:цей\s+)?(?:сертифікат|свідоцтво)\s+)?(?:засвідчує|підтверджує),?\s+що|"
    # "Цей сертифікат отримує" / the learner below: who receives it
    r"(?:цей\s+)?(?:сертифікат|свідоцтво|диплом)\s+(?:отримує|отримала|отримав|вручається|видається)|"
    r"(?:цим\s+(?:(?:сертифікатом|дипломом|свідоцтвом)\s+)?(?:ми\s+)?)?підтверджуємо,?\s+що|"
    + _CERTIFIES_THAT_ABROAD + r")\s*",
    re.I,
)  # fmt: skip
PERSON_NAME = re.compile(
    r"(?!(?:The|This|That|We|You|He|She|They|Our|Your|Student|Learner|Participant|Цей|Ця|Слухач|Учасник)\b)"
    r"[A-ZА-ЯІЇЄҐ][\w'’-]+(?:\s+[A-ZА-ЯІЇЄҐ][\w'’.-]*){1,3}"
)
# A line "awarded to" alone, the learner's name below it: the course's name often stands just above it
# "№ КЩА-КБ-26/0561", a register's ("Реєстр. № 217-ЦНО/25", "Reg. No. 4411")
_DOCUMENT_NUMBER = re.compile(r"^\s*(?:(?:реєстр(?:аційний)?\.?|рег\.|reg\.?|registration|register)\s*)?"
                              r"(?:№|N[o°º]\.?|Nr\.?|#|серія|series)\s*[\w-]*\d", re.I)
_AWARDED_TO_BELOW = re.compile(r"^\s*(?:(?:is|are)\s+)?(?:awarded|presented|granted)\s+to\s*:?\s*$|"
                               r"^\s*(?:виданий|видане|видана|видано|вручається)(?:\s+(?:випускни|слухач|учасни|здобувач)"
                               r"[а-яії]*(?:\s*/\s*[а-яії]+)?)?\s*:?\s*$", re.I)
# "This certificate is awarded to Pavlo Hnatenko for successfully completing …": the name inside the sentence
# ("This certificate is presented to Maksym Horbunov" / "for completing"): the name ends the line
AWARDED_TO_ALONE = re.compile(
    r"^\s*(?i:(?:this|the)\s+(?:certificate|diploma|award|badge|credential)\s+is\s+(?:proudly\s+|hereby\s+)?)?"
    r"(?i:awarded|presented|issued|granted)\s+to\s+([A-ZА-ЯІЇЄҐ][\w'’-]+(?:\s+[A-ZА-ЯІЇЄҐ][\w'’.-]*){1,3})"
    # (a name in two scripts by its first: "Awarded to Марія Гуцуляк / Mariia Hutsuliak")
    r"(?:\s+/\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’.-]*){1,3})?\s*$"
)
AWARDED_TO_NAME = re.compile(
    r"\b(?i:awarded|presented|issued|granted)\s+to\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’.-]*){1,3})\s+"
    r"(?i:for|in\s+recognition|upon|on)\b"
)  # fmt: skip
# ... or at the line's end after a dot: "Micro-credential · issued to Andrii Lysenko"
_ISSUED_TO_AFTER_DOT = re.compile(r"[·|•]\s*(?i:issued|awarded)\s+to\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3})\s*$")
# A badge's printout: "Earned by Denys Marchuk · Issued 28 February 2025"
EARNED_BY_NAME = re.compile(
    r"\s*(?i:earned|achieved|completed)\s+by\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]*){1,3})\s*(?:[·|•,]|$)"
)
# A Ukrainian surname (a double one too), first name and patronymic ("Мельничук Віктор Андрійович", or in the dative
# "Савчук Олені Ігорівні"): a person, whatever the text around it says
_UKRAINIAN_NAME = (r"[А-ЯІЇЄҐ][а-яіїєґ'’-]+(?:-[А-ЯІЇЄҐ][а-яіїєґ'’]+)?"
                   r"\s+[А-ЯІЇЄҐ][а-яіїєґ'’-]+\s+[А-ЯІЇЄҐ][а-яіїєґ'’-]+"
                   r"(?:ович|евич|йович|ійович|овичу|евичу|йовичу|овича|евича|йовича|івна|ївна|івні|ївні|івни|ївни|"
                   r"ічна|ічні|ічни)")
# ... at the start of a clause ("Бойко Світлана Ігорівна з 1 вересня …"), after "засвідчується, що", alone on a line
_LEADING_UKRAINIAN_NAME = re.compile(rf"^({_UKRAINIAN_NAME})(?![\w'’-])")
_CERTIFIED_NAME = re.compile(
    r"(?=[зЗпП])"  # a letter its words begin with: most positions are skipped at once
    rf"(?i:засвідчується|підтверджується|засвідчуємо|підтверджуємо|засвідчує|підтверджує),?\s+(?i:що)\s+"
    # a role or form of address before the name ("… що адвокат Савчук Ніна Петрівна …")
    r"(?:(?i:адвокат(?:ка)?|лікар(?:ка)?|учител(?:ь|ька)|вчител(?:ь|ька)|викладач(?:ка)?|студент(?:ка)?|слухач(?:ка)?|"
    r"учасни(?:к|ця)|працівни(?:к|ця)|пан|пані)\s+)?"
    rf"({_UKRAINIAN_NAME})(?![\w'’-])"
)
# A course done by the learner, said in the passive with the name in the instrumental ("курс … успішно пройдено
# Мельником Богданом Романовичем", "програму завершено Марією Остапчук"): two or three capitalised words after the
# verb, one of them in the instrumental; not an organisation ("затверджено Науковим Центром").
_DONE_BY_NAME = re.compile(
    r"(?=[пзвоПЗВО])(?<![^\W\d_])(?i:пройдено|завершено|закінчено|прослухано|опановано|засвоєно|виконано)\s+"
    r"([А-ЯІЇЄҐ][а-яіїєґ'’-]+(?:\s+[А-ЯІЇЄҐ][а-яіїєґ'’-]+){1,2})(?![\w'’-])"
)
_DONE_WORDS = ("пройдено", "завершено", "закінчено", "прослухано", "опановано", "засвоєно", "виконано")
_INSTRUMENTAL_ENDINGS = ("ом", "ем", "єм", "ою", "ею", "єю")
_NOT_A_PERSONS_WORD = ("ським", "цьким", "ним", "центр", "університет", "академі", "інститут", "коледж", "школ")


def _done_by_name(text: str) -> re.Match[str] | None:
    """The first :data:`_DONE_BY_NAME` in ``text`` whose words read as a person's name in the instrumental."""
    for m in _DONE_BY_NAME.finditer(text):
        words = m.group(1).lower().split()
        if any(w.endswith(_INSTRUMENTAL_ENDINGS) for w in words) and not any(
            w.endswith(_NOT_A_PERSONS_WORD[:3]) or w.startswith(_NOT_A_PERSONS_WORD[3:]) for w in words
        ):
            return m
    return None


_ROLE_WORDS = ("слухач", "учасни", "здобувач", "студент", "стажист", "практикант")
# The learner after their role in the genitive ("навчальних досягнень слухачки Задорожної Мирослави Олегівни"), or
# after it and a dash, as an act lists who signs it ("наставник — …, менеджерка — … та стажистка — Савчук Марта
# Олегівна, студентка …")
_ROLE_THEN_NAME = re.compile(
    r"(?=[сСуУзЗпП])(?<![^\W\d_])(?:(?:слухач(?:ки|а)|учасни(?:ці|ка)|здобувач(?:ки|а)|студент(?:ки|а))"
    # ... perhaps with where they study in between ("заяви студента 2 курсу групи КН-23-1 спеціальності 122
    # «Комп'ютерні науки» Ярошенка Максима Олеговича")
    r"(?:\s+(?:\d\s+курсу|групи\s+[\w-]{1,12}|спеціальності\s+\d{3}|освітньої\s+програми|«[^«»\n]{1,80}»|"
    r"[а-яіїєґ'’-]+)){0,10}?|"
    r"(?:[сС]тажист|[пП]рактикант)(?:ки|а|ка)?\s+[—–-])\s+"
    rf"({_UKRAINIAN_NAME})(?![\w'’-])"
)
# "D. Ignacio Ferrer, Director del Centro, CERTIFICA que Dña. Oleksandra Kovalyk, con pasaporte …", "Il Direttore
# certifica che la Sig.ra …", "We confirm that Mr Artem Sydorenko, employed with us …": who certifies comes first,
# the learner after the form of address, wherever lines break
_CERTIFIED_AFTER_ADDRESS = re.compile(
    r"(?=[cChHaA])(?i:certifica|certifico|hace\s+constar|attesta|certifie|atteste|certify|confirm|certifies|confirms)"
    r"\s*:?\s+(?i:que|che|that)\s+"
    r"(?i:(?:d\.|dña\.|dª|don|doña|sr\.|sra\.|srta\.|il\s+sig\.|la\s+sig\.ra|sig\.(?:ra)?|dott\.(?:ssa)?|"
    r"(?:la\s+|el\s+)?senyor(?:a)?|"
    r"madame|monsieur|mme|m\.|mr\.?|mrs\.?|ms\.?|miss|dr\.?)\s+)"
    # (with the particles between names: "Núria Farré i Balcells", "Ana de la Fuente")
    r"([A-ZÁÉÍÓÚÑÜÇÀÈÌÒÙА-ЯІЇЄҐ][\w'’-]+(?:\s+(?:(?:i|y|e|de|da|do|dos|del|la)\s+){0,2}"
    r"[A-ZÁÉÍÓÚÑÜÇÀÈÌÒÙА-ЯІЇЄҐ][\w'’-]+){1,3})"
)
# ... or without one, the name followed by the birth or the verb ("… hereby certifies that Olena Tkachuk, born on 3
# August 1999, has successfully completed …")
# (in Portuguese too: "Certifica-se que Inês Catarina Pestana Valadares, portadora do …")
_CERTIFIES_THAT_NAME = re.compile(
    r"(?=[cCh])(?i:certif(?:y|ies)|confirms?|certifica-se|atesta-se|hereby\s+declares?)\s+(?i:that|que)\s+"
    r"([A-ZÁÉÍÓÚÑÜÇÀÈÌÒÙÂÊÔÃÕА-ЯІЇЄҐ][\w'’-]+(?:\s+[A-ZÁÉÍÓÚÑÜÇÀÈÌÒÙÂÊÔÃÕА-ЯІЇЄҐ][\w'’-]+){1,4})"
    r"(?=,|\s+(?i:born|has\s|have\s|successfully|completed|who\s))"
)
# Greek: "Βεβαιώνεται ότι η κ. Ευαγγελία Καραγιάννη του Δημητρίου παρακολούθησε …" (the father's name after "του")
_GREEK_CERTIFIED = re.compile(r"(?i:βεβαιώνεται|πιστοποιείται)\s+(?i:ότι)\s+(?:(?:ο|η)\s+(?:κ\.|κυρία|κύριος)\s+)?"
                              r"([Α-ΩΆΈΉΊΌΎΏ][\w'’-]+(?:\s+[Α-ΩΆΈΉΊΌΎΏ][\w'’-]+){1,3})")
UKRAINIAN_FULL_NAME = re.compile(rf"^\s*{_UKRAINIAN_NAME}\s*$")  # fmt: skip
_UKRAINIAN_NAME_RE = re.compile(_UKRAINIAN_NAME)
# ... or at a sentence's start with the person's role after a comma ("Ткачук Людмила Петрівна, учителька інформатики …
# підвищила кваліфікацію")
UKRAINIAN_NAME_THEN_ROLE = re.compile(rf"^\s*({_UKRAINIAN_NAME}),\s+[а-яіїєґ]")
# ... and before a Ukrainian name in full, the sentence going on ("Слухачка Яковенко Дарина Сергіївна опанувала …")
LABEL_THEN_FULL_NAME = re.compile(
    r"^\s*(?i:учасни(?:к|ця)|слухач(?:ка)?|здобувач(?:ка)?|студент(?:ка)?|випускни(?:к|ця))\s+"
    rf"({_UKRAINIAN_NAME})(?![\w'’-])"
)
# The captions an official Ukrainian form prints below each filled field ("Бойко Наталія Василівна" /
# "(прізвище, ім'я, по батькові)"): the line above is that field
FORM_CAPTION = re.compile(
    r"^\s*\(\s*(?:(?P<learner_name>прізвище,?\s+ім['’]я(?:,?\s+по\s+батькові)?|п\.?\s*і\.?\s*б\.?|"
    r"ім['’]я\s+(?:та|і)\s+прізвище)|(?P<awarding_body>(?:повне\s+)?(?:найменування|назва)\s+(?:закладу|установи|"
    r"організації|суб['’]єкта)[^)]{0,60})|(?P<title>(?:назва|тема)\s+(?:програми|курсу|дисципліни)[^)]{0,40}))\s*\)\s*$",
    re.I,
)  # fmt: skip


def _filled_field(lines: list[tuple[int, str]], at: int) -> str:
    """The value filled in above a form's caption, ``lines[at]``, with the lines above it that a quote opened on
    («Оцінювання професійних ризиків на робочих» / "місцях:" / "ідентифікація небезпек, … контролю»")."""
    value = lines[at][1].strip()
    first = at
    while value.count("»") > value.count("«") and first > 0 and at - first < 4:
        first -= 1
        value = f"{lines[first][1].strip()} {value}"
    if value.count("»") > value.count("«"):
        return lines[at][1].strip()
    above = lines[first - 1][1].strip() if first > 0 and lines[first - 1][0] == lines[at][0] else ""
    if (value[:1].islower() and above[:1].isupper() and len(above) >= _NARROW_LINE
            and not above.endswith((".", ":", ";")) and not _is_label_alone(above) and not FORM_CAPTION.match(above)):
        # a name wrapped onto the caption's line ("Інституті післядипломної освіти Чернігівського" / "державного
        # університету цифрових технологій" / "(найменування суб'єкта …)"): whole
        value = f"{above} {value}"
    return value


# "Congratulations, Daryna Kostenko": the learner a platform congratulates
CONGRATULATION = re.compile(
    r"^\s*(?i:congratulations|вітаємо|herzlichen\s+glückwunsch|félicitations|felicidades|gratulacje)\s*,\s*"
    r"([A-ZА-ЯІЇЄҐ][\w'’-]+(?:\s+[A-ZА-ЯІЇЄҐ][\w'’.-]*){1,3})\s*[!.]?$",
)  # fmt: skip
# The same with the name on the line below ("Congratulations," / "Dmytro Savchuk")
CONGRATULATION_ALONE = re.compile(
    r"^\s*(?i:congratulations|вітаємо|herzlichen\s+glückwunsch|félicitations|felicidades|gratulacje)\s*[,!]?\s*$"
)
_NAME_ALONE = re.compile(r"^\s*([A-ZА-ЯІЇЄҐ][\w'’-]+(?:\s+[A-ZА-ЯІЇЄҐ][\w'’.-]*){1,3})\s*[!.]?$")
# "graduated with Merit from", "graduated with distinction from"
_WITH_HONOURS = r"(?:\s+with\s+(?:high\s+|first[-\s]class\s+)?(?:merit|distinction|honou?rs|credit|pass))?"
# A line that opens with what the learner did: the learner is the line before it ("Svitlana Boiko" / "has
# successfully achieved …")
HAS_DONE = re.compile(
    r"^(?:(?:has|have)\s+(?:successfully\s+)?(?:completed|achieved|earned|passed|finished|attended|participated|"
    r"been\s+awarded|fulfilled|demonstrated)|graduated" + _WITH_HONOURS + r"\s+from|"
    r"congratulations\s+on\s+(?:completing|finishing|passing))\b",
    re.I,
)  # fmt: skip
_UK_PAST = r"(?:в(?:\s*\(?[-/]?\s*ла\)?)?|ла|ли)"  # the ending of a Ukrainian past-tense verb
COMPLETED = _at_word_start(
    r"(?:has\s+)?(?:successfully\s+|satisfactorily\s+)?(?:completed|completing|finished|passed|attended|participated\s+in|"
    r"(?:took|taking)\s+part\s+in|graduated" + _WITH_HONOURS + r"\s+from|(?<=has\s)earned)(?:\s+the)?"
    # "attended the whole of the one-day course Food Safety …", "completed the five-week online course …"
    r"(?:\s+(?:whole|entirety)\s+of\s+the)?(?:\s+\w+-(?:day|week|hour|month|evening)(?=\s+(?:online\s+)?"
    r"(?:course|programme|program|training|module)\b))?"
    r"(?:\s+(?:online\s+)?(?:training\s+(?=track|programme|program|course))?"  # ("the training track …")
    r"(?:course|programme|program|training|module|track|pathway|micro-?credential)|"
    # "for completing the practitioner workshop" / the workshop's name below
    # (at a level of a framework: "has successfully completed the Level 5 short course" / its name below)
    r"[ \t]+(?:(?:level|stage|tier)[ \t]+\d{1,2}[ \t]+)?(?:(?-i:[a-z][\w-]*)[ \t]+){0,2}(?:workshop|masterclass|"
    r"bootcamp|seminar|webinar|short[ \t]+course|"
    r"course|programme|program)"
    r"(?=[ \t]*$))?|"
    # "This certificate is awarded to" / … / "for the course" / its name below
    r"for\s+the\s+(?:course|programme|program|training|module)(?=[ \t]*$)|"
    # "awarded to … for successful completion of the practical course" / the course's name below or after it
    r"for\s+(?:the\s+)?successful\s+completion\s+of(?:\s+the)?(?:[ \t]+(?-i:[a-z][\w-]*)){0,2}?[ \t]+"
    r"(?:course|programme|program|training|module|workshop|seminar|bootcamp)\b|"
    # ... at the line's end, the name alone below ("This micro-credential is awarded to" / … / "for successful
    # completion of" / "Machine Learning Foundations:")
    r"for\s+(?:the\s+)?successful\s+completion\s+of(?:\s+the)?(?=[ \t]*$)|"
    # "has attained the following competency unit(s) upon completion of the course" / its name below
    r"(?:upon|on|after)\s+(?:the\s+)?(?:successful\s+)?completion\s+of\s+the\s+(?:course|programme|program|training)"
    r"(?=[ \t]*$)|"
    # Ukrainian past tense in every gender ("завершив", "завершила", "завершили") and as templates write it
    # ("завершив(-ла)", "завершив/ла")
    r"успішно\s+(?:заверши|закінчи|опанува)" + _UK_PAST + r"(?:\s+(?:навчання|курс|програму))?|"
    # "опанувала курс англійської мови" / «…» below; "завершила програму «…»"
    r"(?:заверши|закінчи|опанува)" + _UK_PAST + r"\s+(?:курс|програму|тренінг|інтенсив)|"
    r"успішно\s+(?:пройшов(?:\s*\(?[-/]?\s*ла\)?)?|пройшла|пройшли)(?:\s+(?:навчання|курс|програму))?|"
    r"(?:пройшов(?:\s*\(?[-/]?\s*ла\)?)?|пройшла|пройшли)\s+повн(?:у|ий)\s+(?:програму|курс(?:\s+навчання)?)|"
    # ("пройшов повну програму …", "пройшла повний курс навчання в Літній школі «…»")
    r"успішно\s+скла" + _UK_PAST + r"(?:\s+(?:іспит|екзамен|тест))?|"
    r"(?:успішно\s+)?прослуха" + _UK_PAST + r"(?:\s+(?:онлайн-?\s*)?курс)?|"
    r"взя" + _UK_PAST + r"\s+участь\s+[ув](?:\s+(?:тренінгу|курсі|семінарі|вебінарі|"
    r"(?:навчальній\s+|освітній\s+|професійній\s+)?програмі|навчанні))?|"
    r"(?:пройшов(?:\s*\(?[-/]?\s*ла\)?)?|пройшла|пройшли)\s+"
    r"(?:(?:професійне|дистанційне|очне|спеціальне|короткострокове)\s+(?=навчання))?"
    # (a kind with its adjective: "пройшов інтенсивний буткемп" / its name below)
    r"(?:(?:інтенсивн|практичн|спеціалізован|онлайн-?|внутрішн|дводенн|триденн|одноденн|літн|корпоративн)\w*\s+"
    r"(?=курс|тренінг|буткемп|воркшоп|семінар|практикум|інтенсив))?"
    r"(?:навчання|курс|підвищення\s+кваліфікації|інтенсив|тренінг|воркшоп|майстер-клас|семінар|вебінар|буткемп|"
    r"практикум|"
    # (its name below)
    r"(?:корпоративну|навчальну|освітню|сертифікатну|професійну|короткострокову)\s+програму)(?![^\W\d_])"
    r"(?:\s+за\s+(?:програмою|курсом))?|"
    r"успешно\s+(?:прош[её]л|прошла|прошли|окончил[аи]?|завершил[аи]?|освоил[аи]?)(?:\s+(?:обучение|курс|программу))?|"
    r"прослушал[аи]?(?:\s+курс)?|"
    # "прошел(ла) обучение по программе" / its name below
    r"(?:прош[её]л|прошла|прошли)(?:\s*\(?[-/]?\s*ла\)?)?\s+(?:обучение|курс)(?:\s+по\s+(?:программе|курсу))?|"
    r"(?:hat|erfolgreich)\s+(?:erfolgreich\s+)?(?:teilgenommen|abgeschlossen)|"
    # "hat vom 01.09. bis zum 24.11.2026 regelmäßig am Kurs" / the course's name below / "… teilgenommen"
    r"(?:regelmäßig|erfolgreich)\s+(?:am|an\s+dem|im)\s+(?:kurs|lehrgang|seminar|workshop|sprachkurs)|"
    # "hat vom … bis … an der berufsbegleitenden Weiterbildung" / the name below / "teilgenommen …"
    r"an\s+(?:der|dem|einer|einem)\s+(?:[\w-]+\s+){0,2}?(?:weiterbildung|fortbildung|schulung|qualifizierung|"
    r"lehrgang|zertifikatslehrgang)(?=[ \t]*$)|"
    # "This is to confirm the participation in the workshop" / the name below
    r"(?:confirm|certify)\s+(?:the\s+)?(?:participation|attendance)\s+(?:in|at)\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+)?"
    r"(?:workshop|seminar|course|training|conference|webinar|programme|program|event)(?=[ \t]*$)|"
    # "Hiermit wird die Teilnahme an der TÜV-Schulung" / the name below / "vom … bis … bestätigt."
    r"teilnahme\s+an\s+(?:der|dem|einer|einem)\s+(?:[\w-]+\s+){0,2}?(?:[\w]+-)?(?:veranstaltung|schulung|seminar|"
    r"kurs|lehrgang|workshop|unterweisung|fortbildung|weiterbildung)(?=[ \t]*$)|"
    # "Hiermit wird die Teilnahme am" / "auf der Plattform … angebotenen MOOC" / the name below / "bestätigt."
    r"angebotenen\s+(?:MOOC|(?:online-?)?kurs|lehrgang|seminar|workshop)(?=[ \t]*$)|"
    # (two verbs and "suivante": "a suivi et terminé la formation suivante :" / the name below)
    r"a\s+(?:suivi|terminé|réussi)(?:\s+et\s+(?:terminé|réussi|validé))?(?:\s+avec\s+succès)?"
    r"(?:\s+(?:la\s+formation|le\s+cours|le\s+module|le\s+programme)(?:\s+suivante?)?"
    r"(?:\s+(?:à\s+distance|en\s+ligne|continue|certifiante|qualifiante|diplômante|courte|professionnelle))*)?|"
    r"a\s+absolvit(?:\s+cu\s+succes)?(?:\s+(?:programul|cursul|modulul)(?:\s+de\s+(?:formare|perfec[țţt]ionare)"
    r"(?:\s+profesional[ăa])?(?:\s+continu[ăa])?)?)?|"
    r"ha\s+(?:completado|finalizado|superado)(?:\s+(?:con\s+éxito|satisfactoriamente))?"
    r"(?:\s+(?:el\s+curso|el\s+programa|la\s+formación|el\s+módulo))?|"
    # Polish, in both genders and as templates write it ("ukończył(a)")
    r"(?:z\s+powodzeniem\s+)?(?:ukończył|zakończył|odbył|zaliczył)(?:a|\(a\)|/a)?"
    r"(?:\s+z\s+(?:pozytywnym|wynikiem\s+pozytywnym)(?:\s+wynikiem)?)?"  # "ukończył/a z pozytywnym wynikiem szkolenie:"
    r"(?:\s+(?:kurs|szkolenie|program|studia\s+podyplomowe|warsztaty))?|"
    # Italian: "per aver completato il percorso formativo della durata di ore 25" / the name below
    r"per\s+aver(?:e)?\s+(?:completato|frequentato|superato|concluso)(?:\s+con\s+successo)?"
    r"(?:\s+(?:il|l['’]|la)\s*(?:percorso(?:\s+formativo)?|corso|modulo|attività\s+formativa))?"
    r"(?:\s+della\s+durata\s+di\s+(?:ore\s+\d+|\d+\s+ore))?|"
    r"(?:wziął|wzięła)\s+udział\s+w(?:\s+(?:kursie|szkoleniu|programie|warsztatach))?|uczestniczył(?:a)?\s+w"
    r"(?:\s+(?:kursie|szkoleniu|programie|warsztatach))?|"
    # Slovene and Croatian ("uspešno opravila usposabljanje", "uspješno je završila program")
    # (in Slovene the kind of course begins its name: "Tečaj varnega dela …", "Usposabljanje za …")
    r"uspešno\s+(?:opravil|zaključil|končal)(?:a|\(a\)|/a)?|"
    r"usp(?:j)?ešno\s+(?:je\s+)?(?:završio|završila|pohađao|pohađala)|"  # (Croatian ijekavian, Serbian ekavian)
    # Swedish, Norwegian, Danish ("har genomgått och med godkänt resultat avslutat utbildningen", the name below)
    r"har\s+(?:genomgått|slutfört|avslutat|gjennomført|fullført|gennemført)(?:\s+[^\n]{0,40}?)?\s+"
    r"(?:utbildningen|kursen|kurset|opplæringen|uddannelsen|programmet)|"
    # Dutch ("met succes heeft deelgenomen aan de opleiding", the name below)
    r"(?:met\s+(?:succes|goed\s+gevolg)\s+)?heeft\s+deelgenomen\s+aan(?:\s+(?:de|het)\s+(?:opleiding|cursus|training|"
    r"vorming|programma|workshop|nascholing|bijscholing|leergang))?|"
    # Czech and Slovak ("úspěšně absolvovala kurz", "absolvoval kurz prvej pomoci")
    r"(?:úspěšně\s+|úspešne\s+)?(?:absolvoval|ukončil|dokončil)(?:a|\(a\)|/a)?(?:\s+(?:kurz|školení|školenie|program))?",
    re.I,
)  # fmt: skip
TITLE_LABEL = re.compile(
    r"^\s*(?:course|course\s+(?:title|name|unit)|programme|program|title|training|(?:completed\s+)?learning\s+path(?=\s*:)|"
    r"назва\s+(?:курсу|програми|модуля|дисципліни|тренінгу|циклу)|курс|"
    # the kind of course before its name with a middle dot: "Short course · Marketing Analytics Essentials"
    r"(?:short|online|evening|intensive)\s+(?:course|programme|program)(?=\s*·)|"
    r"програма|(?:навчальна\s+)?дисципліна|"
    r"освітня\s+програма|тема(?:\s+(?:(?:науково-дослідницької\s+|дослідницької\s+|наукової\s+)?роботи|"
    r"дослідження|проєкту|проекту|зборів|школи|табору|семінару|тренінгу|практикуму))?|Kurs|Titel|cours|curso|corso|"
    r"nazwa\s+(?:kursu|szkolenia|programu)|temat|"
    r"szkolenie|"
    # abroad: "Programmas nosaukums:", "Kursa nosaukums:", "Kurso pavadinimas:", "Koolituse nimetus:",
    # "Názov kurzu:", "A képzés megnevezése:"
    r"(?:programmas|kursa)\s+nosaukums|(?:kurso|programos)\s+pavadinimas|(?:koolituse|kursuse|õppekava)\s+nimetus|"
    r"názov\s+(?:kurzu|programu)|název\s+(?:kurzu|programu)|a\s+képzés\s+(?:megnevezése|címe)|"
    r"denumirea\s+(?:cursului|programului))(?:\s*[:–·]|\s+-)\s*(.+)$",  # "Kurs-Nr. …" is a number's label
    re.I,
)  # fmt: skip
# What may follow "has completed" before the course's name on the next line ("... and received a passing grade
# in"): not the title itself.
LEAD_IN = re.compile(
    r"^(?:and\s+)?(?:received|earned|obtained|achieved|was\s+awarded|has\s+been\s+awarded)\b.{0,60}\b(?:in|for|of|on)"
    r"\s*:?$|^with\s+(?:distinction|honou?rs|merit)$|^(?:та|і)\s+(?:отримав|отримала|склав|склала)\b.{0,60}$",
    re.I,
)  # fmt: skip
# The rest of a completion line that names no course ("the following course:", "the specialization", "навчання за
# програмою", "курс підвищення кваліфікації"): the course's name is on the next line.
# The words of a completion line's rest that name no course, only its kind and manner
_GENERIC_WORDS = (
    r"^(?:(?:the|a|an|following|online|course|courses|programme|program|training|of|study|studies|specialization|"
    r"specialisation|professional|certificate|mooc|module|all|requirements|for|in|on|за|програмою|програму|курс|"
    r"курсу|навчання|підвищення|кваліфікації|онлайн-курс|тренінг|семінар|освітньою|програми|з|non-credit|"
    r"практичн(?:ий|у|ого)|навчальн(?:ий|у|ого)|короткостроков(?:ий|у|ого)|дистанційн(?:ий|у|ого)|"
    r"інтенсивн(?:ий|у|ого)|сертифікатн(?:ий|у|ого)|онлайн|"
    r"noncredit|credit|verified|blended|intensive|bootcamp|full-time|part-time|self-paced|instructor-led|hybrid|free|"
    r"one-day|two-day|half-day|masterclass|workshop|webinar|seminar|with|pre-course|e-learning|"
    r"short|"
    r"kurs|szkolenie|program|studia|podyplomowe|warsztaty|kursie|szkoleniu|programie|"
    r"warsztatach|w|z|zakresu|на|у|в|курсі|програмі|тренінгу|інтенсиві|буткемпі|obuke|obuku|obuka|"
    r"osposobljavanja|tečaja|tečaj|напрямом|спеціалізацією|професією|фахом)\b[\s:,.]*)+$"
)  # fmt: skip
GENERIC_REST = re.compile(
    _GENERIC_WORDS
    + r"|^.{0,60}:$|^.{0,60}\s(?:for|in|of|on|з|із|за|za)$"  # "… the proctored examination for": the name is below
    r"|^.{0,100}\sза\s+(?:напрямом|спеціалізацією|професією|фахом)$",  # "… захистив фінальний проєкт за напрямом"
    re.I,
)  # fmt: skip
_ONLY_GENERIC_WORDS = re.compile(_GENERIC_WORDS, re.I)
# "… заняття за програмою «Поглиблена підготовка до олімпіад з математики»": the programme by name
_NAMED_PROGRAMME = re.compile(
    r"(?=[зЗtTpPcC])"  # a letter its words begin with: most positions are skipped at once
    r"(?i:за\s+(?:(?:освітньою|навчальною|загальною|спеціальною|професійною|короткостроковою|сертифікатною|"
    r"\((?-i:[а-яіїєґ'’]+)\))\s+){0,4}програмою(?:\s+(?-i:[а-яіїєґ'’]+)){0,8}|"
    r"(?:the\s+)?(?:programme|program|course)\s+(?:entitled|called)|"
    # Romanian: "programul de formare continuă „…”", "cursul „…”"
    r"(?:programul|cursul)(?:\s+(?-i:[a-zăâîșşțţ]+)){0,4})"
    r"\s+[«“\"„]([^«»“”\"„]{4,200})[»”\"“]"
)
QUOTED = re.compile(r"[«“\"„]([^«»“”\"„]{4,200})[»”\"“]")
# A name in quotes right after the kind of course it names ("що курс «Алгоритми …» успішно пройдено", "учасниці
# тренінгу «…»"): the course's, before any other name in quotes (an organisation's in the letterhead)
_COURSE_QUOTED = re.compile(
    r"(?=[кКтТсСіІ])(?<![^\W\d_])(?i:курс|курсу|курсі|тренінг|тренінгу|семінар|семінару|семінарі|інтенсив|інтенсиву)"
    r"\s+[«“\"„]([^«»“”\"„]{4,200})[»”\"“]"
)
_ON = re.compile(r"^(?:on|at|у|в|am)\s+", re.I)
# Where a course's name ends in a sentence that goes on ("… the Networking Essentials course administered by …")
# A relative clause after a course's name: ", ki ga je …" (Slovene), ", který …", ", koji je …", ", which …"
_RELATIVE_CLAUSE = re.compile(r",\s+(?:ki|který|která|které|ktorý|ktorá|ktoré|który|która|które|koji|koja|koje|which|"
                              r"der|die|das|qui|que|che|який|яка|яке|що)\s")
_CLAUSE_AFTER_NAME = re.compile(
    r"\s+(?:course|programme|program|training|module|курс|тренінг)\b|[,;]\s|\.\s|\s+\((?=\d)|"
    r"\s+(?:administered|offered|provided|delivered|taught|organi[sz]ed|with\s+(?:a\s+)?(?:grade|score))\b|"
    r"\s+(?:between|from)\s+(?=\d)|"  # "… Discrete Structures for Computing between 12 January and …"
    # "… Mass-Casualty Triage held on 18–20 November 2024", "… held in Lviv", "… conducted online"
    r"\s+(?:held|conducted|run)\s+(?:on|in|at|from|online|between)\b|"
    # "… for Hospitality Workers and passed its end-of-course check": what the learner did next
    r"\s+and\s+(?:has\s+|have\s+)?(?:successfully\s+)?(?:passed|completed|achieved|obtained|received|gained|"
    r"demonstrated|submitted|earned|met)\b",
    re.I,
)  # fmt: skip
# What a sentence says around the kind of assessment it names: who did it ("і склав підсумковий іспит", "and passed
# the final examination") and the result after it ("… with a score of" / "87/100.")
_ASSESSMENT_LEAD = re.compile(
    r"^(?:(?:and|та|і|й)\s+)?(?:has\s+)?(?:successfully\s+|успішно\s+)?(?:passed|completed|took|sat|склав|склала|"
    r"склали|пройшов|пройшла|пройшли|виконав|виконала|виконали|отримав|отримала|отримали|received|obtained)\s+"
    r"(?:(?:the|a|an)\s+)?", re.I)
_RESULT_AFTER = re.compile(r"\s+(?:with|з|із)\s+(?:a\s+|an\s+)?(?:score|grade|result|mark|оцінкою|результатом)\b.*$",
                           re.I)


# What a sentence says the learner showed it in: "… in the final examination", "… at an oral exam"
_SAT_IN = re.compile(r"\b(?:in|at|during|through)\s+(?:the\s+|an?\s+)?((?:(?:final|written|oral|online|practical|"
                     r"proctored|end-of-course|summative)\s+){0,2}(?:exam(?:ination)?|test|assessment|quiz))\b"
                     r"(?!\s+[a-z])", re.I)  # (not a word of a compound: "in a test application")


def _assessment_named(clause: str) -> str:
    """The kind of assessment a clause of a sentence names, without who passed it and with what result."""
    sat = _SAT_IN.search(clause)
    if sat and sat.start() > 0:  # "… Reference for Languages (CEFR) in the final examination": where it was shown
        return sat.group(1)
    named = _RESULT_AFTER.sub("", _ASSESSMENT_LEAD.sub("", clause))
    if named == clause:
        return clause  # (its full stop kept: "… 3 грудня 2025 р.")
    named = re.sub(r"\s+(?:з|із|і|та|й|and|of|with|in)$", "", named.rstrip(" ."))  # cut at its line's end
    return named if len(named) >= 4 else clause


def _before_the_clause_after_name(text: str) -> str:
    """``text`` up to the clause after the course's name (:data:`_CLAUSE_AFTER_NAME`), but not inside a bracket of
    the name ("English for Software Teams (Upper-Intermediate, CEFR level B2), 96 contact hours …")."""
    for m in _CLAUSE_AFTER_NAME.finditer(text):
        before = text[: m.start()]
        if before.count("(") <= before.count(")"):
            return before.strip()
    return text.strip()


# Words just before a quoted name that make it an institution's: "Національний університет «…»", "ТОВ «…»"
_INSTITUTION_BEFORE = re.compile(
    r"(?<![\w])(?<!літньої\s)(?<!зимової\s)(?<!осінньої\s)(?<!весняної\s)(?<!літній\s)(?<!зимовій\s)(?<!осінній\s)"
    r"(?<!весняній\s)(?<!літня\s)(?<!зимова\s)(?:університет\w*|інститут\w*|академі\w*|коледж\w*|ліце\w*|школ\w*|центр\w*|ТОВ|ПП|ГО|ПрАТ|АТ|"
    r"университет\w*|институт\w*|академи\w*|ООО|"
    r"організаці\w*|компані\w*|асоціаці\w*|спілк\w*|федераці\w*|фонд\w*|україни|university|institute|academy|"
    r"заклад\w*|установ[аиіу]\b|"  # "Комунальний заклад «…»", "Комунальна установа «…»"
    r"клуб\w*|club|"
    r"портал\w*|платформ\w*|portal|platform|гаманц\w*|гаманець|wallet|"  # "онлайн-курс порталу «Цифрова країна»"
    r"college|company|association|federation|foundation|LLC|Ltd|"
    # a law's or a regulation's name in quotes is no course's either: "the Law of Ukraine “On Personal Data
    # Protection”", "Закону України «Про …»", "Положення «…»"
    r"law(?:\s+of\s+[\w-]+)?|закон\w*|положенн\w*|постанов\w*|наказ\w*|regulations?|directive|"
    # legal forms abroad: "VšĮ „Molio namai“", "UAB „…“", "Sp. z o.o.", "s.r.o.", "GmbH"
    r"VšĮ|UAB|MB|SIA|OÜ|GmbH|e\.\s?V\.|s\.\s?r\.\s?o\.|sp\.\s?z\s?o\.\s?o\.|fundacja|stowarzyszenie|nadácia|"
    # Romanian: "UNIVERSITATEA „Someș”", "Asociația „…”", "S.C. „…” S.R.L."
    r"universitatea|facultatea|colegiul|institutul|academia|școala|şcoala|fundația|fundaţia|asociația|asociaţia|"
    r"S\.\s?C\.|S\.\s?R\.\s?L\.)"
    # and the words of its kind in lower case ("Центр неформальної освіти «…»", "Школа програмування «…»")
    # (or in capitals, as a letterhead sets them: "ТОВ «ШКОЛА АЛГОРИТМІЧНОГО ПРОГРАМУВАННЯ «РЕКУРСІЯ»»")
    r"(?<=\w)(?:[ \t]+(?-i:[а-яіїєґ'’-]+|[А-ЯІЇЄҐ'’-]{2,})){0,3}\s*$",
    re.I,
)  # fmt: skip
# "the evening bootcamp", "a full-time course": a kind of course in lower case, the name follows — on the next line,
# or on the same one ("the part-time evening course CS-C104 Discrete Structures …")
_A_KIND_OF_COURSE = (r"^(?:(?:(?:the|a|an)\s+)?(?:(?:[a-z][\w-]*|(?-i:CPD|CPE|CME|MOOC|VET))\s+){0,3}"
                     r"(?:bootcamp|course|programme|program|training|school|intensive|module|workshop|seminar|"
                     r"webinar|masterclass|track|classroom)|"
                     # its adjectives after it in Spanish, Italian, French: "la microcredencial universitaria",
                     # "il corso di formazione"
                     r"(?:(?:la|el|un|una|il|lo|le|un)\s+)?(?:microcredencial|curso|programa|módulo|microcredenziale|"
                     r"corso|programma|modulo|formation|cours)(?:\s+(?:de|di)\s+formaci[oó]ne?|"
                     r"(?:\s+[a-záéíóúàèìòùç]+){0,2}))")
# (with how it was taken after it: "the self-paced track with mentor reviews", "the live virtual classroom (28 …")
_KIND_OF_COURSE = re.compile(_A_KIND_OF_COURSE + r"(?:\s+(?:with|via|through)\s+[^,;()]{1,40}|\s*\(.*)?[\s:,.]*$")
_KIND_BEFORE_NAME = re.compile(_A_KIND_OF_COURSE + r"\s+(?=[A-Z\d«\"“])")


# The first box of a Europass Certificate Supplement, "1. TITLE OF THE CERTIFICATE (EN)", with the name below it or
# after a colon (the Ukrainian form: "1. НАЗВА СЕРТИФІКАТА"). Numbered: a field "Title of the qualification:" among
# others is no such box, and the course's own label or sentence stands.
_TITLE_BOX = re.compile(
    r"^\s*1[.)]\s*(?:title\s+of\s+the\s+(?:certificate|qualification|diploma)|"
    r"назва\s+(?:сертифіката|свідоцтва|кваліфікації))(?:\s*\([^()]{1,30}\))?\s*(?:[:\-–]\s*(.*))?$",
    re.I,
)


def _boxed_title(lines: list[tuple[int, str]]) -> tuple[int, str] | None:
    """The certificate's name from a Certificate Supplement's title box: (its line, the name), or None."""
    for i, (_pg, ln) in enumerate(lines[:60]):
        m = _TITLE_BOX.match(ln)
        if m is None:
            continue
        if m.group(1) and len(m.group(1).strip()) >= 3:
            return i, m.group(1).strip()
        if i + 1 < len(lines) and 3 <= len(lines[i + 1][1]) <= 200 and not _starts_section(lines[i + 1][1]):
            return i + 1, lines[i + 1][1].strip('«»"“”')
    return None


def _generic(text: str) -> bool:
    """Whether the rest of a completion line names no course, only its kind (or the kind's adjective after it:
    "ha superado el curso" / "semipresencial")."""
    return bool(GENERIC_REST.match(text) or _KIND_OF_COURSE.match(text) or _AN_ADJECTIVE_ALONE.fullmatch(text))


_AN_ADJECTIVE_ALONE = re.compile(r"\s*[a-zàáâçèéêíîïñòóôúûü]+[\s:,.]*")


def _names_course(line: str) -> bool:
    """Whether a line may be a course's name (not a section, a date or a clause that goes on)."""
    return (4 <= len(line) <= 150 and not _starts_section(line) and not _is_date_line(line)
            and line.lstrip('«“"„')[:1].isupper())  # a name in quotes too: «Вчимо програмувати …»


# "completed 36 hours of instructor-led training", "passed a 90-minute proctored exam": how much, and a test, not a
# course's name
_AMOUNT_OF = re.compile(r"^\d+(?:[.,]\d+)?\s*-?\s*(?:hours?|hrs?|h|credits?|weeks?|годин\w*|год\.?|кредит\w*|тижн\w*)"
                        r"\s+(?:of|з|із)\b", re.I)
# "Completed all 10 graded labs (score 91 %)", "виконала всі 8 лабораторних робіт": the tasks a badge's criteria ask
# for, not a course
# (or the tasks in the plural with no count: "They completed" / "hands-on labs in Jupyter notebooks …")
_TASKS_DONE = re.compile(
    r"^(?:(?:all|every|each|всі|усі|кожн\w*)\s+(?:the\s+)?(?:\d+\s+|(?:two|three|four|five|six|seven|eight|nine|ten|"
    r"twelve)\s+)?(?:[\w-]+\s+){0,2}|(?:[\w-]+\s+)?(?=(?:labs|assignments|tasks|exercises|quizzes|projects)\b))"
    r"(?:labs?|assignments?|tasks?|exercises?|quizz(?:es)?|projects?|activities|"
    r"problem\s+sets|lab(?:oratory)?\s+works?|лабораторн\w+(?:\s+робіт\w*)?|завдан\w*|практичн\w+\s+робіт\w*|тест\w*)\b",
    re.I,
)
# What was done, ending with whose it was: "all graded assignments and the capstone project of the course", "the
# practical assessment of the technician course" (the course's name on the next line)
_DONE_PART_OF_THE_COURSE = re.compile(
    r"^(?:all\s+|the\s+)?(?:[\w-]+\s+){0,4}(?:assessments?|exams?|examinations?|tests?|requirements|assignments?|"
    r"projects?|labs?|tasks?)\b.*\b(?:of|in|for)\s+the\s+(?:[\w-]+\s+){0,2}(?:course|programme|program|training|"
    r"module|specialization)\s*:?$", re.I)
_RESULT_LABEL_BEFORE = re.compile(r"(?:result|outcome|status|результат|підсумок)\s*:\s*$", re.I)
_AN_EXAM = re.compile(
    r"^(?:(?:a|an)\s+[^.;]{0,60}\b(?:exam|examination|test|assessment|quiz|interview)\b|"
    # "passed the proctored online exam (40 questions …)" (the article may be read with the verb): an exam that ends
    # the phrase, not "completed the Exam Preparation Course"
    r"(?:the\s+)?(?:[\w-]+\s+){0,3}(?:exam|examination|test|assessment|quiz)"
    r"(?=\s*(?:$|[(,.;:—–]|(?:with|on|at)\b|in\s+\d)))",
    re.I,
)
# A length written before a course's name ("the 16-week Full-Stack Bootcamp"): the workload, not the name
_NAMED_LENGTH = re.compile(r"^(?:(?:a|an|the)\s+)?\d+[-\s](?:week|day|hour|month)s?\s+(?=\S)", re.I)
ISSUER_LABEL = re.compile(
    r"^\s*(?:issued\s+by|issuer|(?:training\s+)?provider|organi[sz]ation|organi[sz]er|institution|awarding\s+body|platform|"
    r"організатор|провайдер|видавець|заклад(?:\s+освіти)?|організація|навчальний\s+заклад|"
    r"Anbieter|Aussteller|organisme|organismo|ente|organizator|wystawca|instytucja)\s*[:\-–]\s*(.+)$",
    re.I,
)  # fmt: skip
INSTITUTION_QUOTED = re.compile(
    r"(?:(?!(?:Директор|Ректор|Декан|Голова|Керівник|Завідувач)\b)[А-ЯІЇЄҐ][а-яіїєґ'’-]+\s+){0,2}"  # not a signatory
    r"(?:[A-ZА-ЯІЇЄҐ]{2,5}-)?(?:університет|інститут|академі|коледж|ліце|школ|центр)"
    r"[а-яіїєґ]*"
    r"(?:\s+імені\s+[^«\n]{3,60}?)?\s+«[^»]{3,100}»"  # the name may wrap onto the next line
)  # fmt: skip
INSTITUTION = _at_word_start(
    r"(?:university|universität|université|universidad|università|uniwersytet|університет|академія|academy|"
    r"universitatea|universiteit|hogeschool|academia|institutul|colegiul|ülikool|kolledž|"
    r"hochschule|fachhochschule|akademie|zentrum|politechnika|politecnico|école|escuela|akademia|szkoła|instytut|"
    r"accademia|istituto|scuola|instituto|volkshochschule|institut|centrul|(?:rugby|football|students['’]?|trade)\s+union|"
    r"(?:assessment|testing|examinations?|educational|education|training|learning)\s+services?|"
    r"centrum|fundacja|sp\.\s*z\s*o\.\s*o\.|univerzita|vysoká\s+škola|vysoké\s+učení|s\.\s*r\.\s*o|a\.\s*s|spol\.|"
    # Czech institutes, associations and public-benefit companies by their legal form ("KyberAkademie Brno, z. ú.")
    r"z\.\s*ú\.|z\.\s*s\.|o\.\s*p\.\s*s\.|"
    # Czech and Slovak schools, Slovene and Croatian bodies ("Vyšší odborná škola …", "Meteorološko društvo …",
    # "Pučko otvoreno učilište …")
    r"(?:vyšší|střední|stredná|základní)\s+(?:odborná\s+|průmyslová\s+|priemyselná\s+|umělecká\s+)?škola|"
    r"društvo|zavod|učilište|sveučilište|univerza|fakulteta|fakultet|centar|d\.\s*o\.\s*o\.|"
    # Nordic universities and university colleges ("Gudenå Universitet", "Fjellheim universitetshøgskole")
    r"universitet|universitetshøgskole|høgskole|högskola|yliopisto|ammattikorkeakoulu|"
    # Portuguese and Turkish ("Universidade do Alto Tâmega", "Escola Superior de …", "KUZEY EGE ÜNİVERSİTESİ")
    r"universidade|faculdade|escola\s+superior|üniversitesi|"
    r"университет|институт|академия|колледж|"
    r"institute|інститут|college|коледж|school|школа|центр|centre|center|foundation|фонд|polytechnic|"
    r"(?:skills|training|learning)\s+network|"
    r"coursera|edx|futurelearn|prometheus|udemy|linkedin\s+learning|google|microsoft|cisco|ibm|"
    r"національний|national|ministry|міністерство|ГО|NGO|ТОВ|LLC|Ltd|GmbH|громадська\s+організація|"
    r"благодійний\s+фонд|студія|товариство|асоціація|society|association|громадська\s+спілка|"
    r"освітня\s+платформа|(?:дорадча|державна|консультаційна|навчальна)\s+служба|"
    # a company's legal form abroad, in capitals ("SAS Forge Numérique Rhénane", "Nordlys AB", "Tallinna Koolitus OÜ")
    # (not letters inside a code: "№ KV-AB-26-0217")
    r"(?-i:(?<![-/])(?:SAS|SARL|S\.A\.S\.|S\.p\.A\.|S\.r\.l\.|SRL|AB|Oy|ApS|B\.V\.|BV|N\.V\.|Kft\.?|Zrt\.?|SIA|UAB|"
    r"OÜ|MTÜ|"
    # Portuguese ("AGRIVALE — Formação e Consultoria, Lda.", "… Unipessoal, Lda.")
    r"Lda\.?|e\.\s?V\.)(?![-/]\w)))(?!\w)",  # (not \b: "e.V." and "Kft." end with their full stop)
    re.I,
)  # fmt: skip
# A form of address on a line of its own above the name ("Pan", "Pani", "Mr", "пані")
_HONORIFIC_LINE = re.compile(r"\s*(?:pan|pani|mr|mrs|ms|miss|herr|frau|пан|пані|г-н|г-жа)\.?\s*", re.I)
_HONORIFIC_ALONE = re.compile(r"(?:dr|prof|mr|mrs|ms|mx|sir|dame)\.?", re.I)
# "Please note: this statement does not confer Stanford University credit": about the institution, not by it
DISCLAIMER = re.compile(
    r"^\s*(?:please\s+note|note\s*:|disclaimer|примітка|зверніть\s+увагу)|\b(?:does|did)\s+not\s+confer\b|"
    r"\bnot\s+(?:equivalent|affiliated|endorsed)\b|\bне\s+(?:є|надає)\b",
    re.I,
)  # fmt: skip
# "Серіал створено Міністерством …", "Developed by … with …": a sentence about who made the course, its subject first
_MADE_BY = re.compile(r"^\S+(?:\s+\S+)?\s+(?:(?:створен|розроблен|підготовлен|організован)[оаий]|"
                      r"(?:was\s+|is\s+)?(?:created|developed|produced|prepared)\s+by)\s", re.I)
MINISTRY = re.compile(r"^\s*(?:міністерство|ministry|ministerium|ministère|ministerio|ministerstwo)\b", re.I)
# "a course of study offered by HarvardX, an online learning initiative of …", "authorized by IBM and offered
# through Coursera": the body named, up to the clause's end
OFFERED_BY = re.compile(
    r"\b(?:(?:offered|provided|delivered|authori[sz]ed|organi[sz]ed|taught|issued)\s+by|organizzat[oa]\s+da|"
    r"(?:organisée?s?|dispensée?s?)\s+par(?:\s+(?:l['’]|le|la|les))?|"  # "organisée par l' AFIP"
    r"przeprowadzon[eya](?:\s+[^\n]{0,50}?)?\s+przez)\s+(?:the\s+)?"
    r"([^\W\d][^,;:()\n]{1,78}?)(?=\s*(?:[,;:()\n]|\.(?:\s|$)|\s+(?:and|through|via|on|in|for|with|as|together|"
    r"jointly|to)\s|$))",
    re.I,
)  # fmt: skip
# Who offered it, named by its kind alone as the text named it before ("offered by the Centre together with …")
_NAMED_BEFORE = re.compile(r"(?:the\s+)?(?:centre|center|institute|academy|university|college|school|faculty|"
                           r"department|organi[sz]ers?|providers?|issuer|trust|charity|association|society|foundation|"
                           r"network|organi[sz]ation|company)", re.I)
COUNTRY_LABEL = re.compile(r"^\s*(?:country|країна|Land|pays|país|paese|kraj)\s*[:\-–]\s*(.+)$", re.I)
COUNTRIES = {
    "Україна": "Ukraine (UKR)", "Ukraine": "Ukraine (UKR)", "Польща": "Poland (POL)", "Poland": "Poland (POL)",
    "Polska": "Poland (POL)", "Germany": "Germany (DEU)", "Deutschland": "Germany (DEU)", "Німеччина": "Germany (DEU)",
    "France": "France (FRA)", "Франція": "France (FRA)", "Spain": "Spain (ESP)", "España": "Spain (ESP)",
    "Italy": "Italy (ITA)", "Italia": "Italy (ITA)", "Netherlands": "Netherlands (NLD)", "Belgium": "Belgium (BEL)",
    "Austria": "Austria (AUT)", "Ireland": "Ireland (IRL)", "Portugal": "Portugal (PRT)", "Czech Republic":
    "Czechia (CZE)", "Czechia": "Czechia (CZE)", "Slovakia": "Slovakia (SVK)", "Lithuania": "Lithuania (LTU)",
    "Latvia": "Latvia (LVA)", "Estonia": "Estonia (EST)", "Finland": "Finland (FIN)", "Sweden": "Sweden (SWE)",
    "Denmark": "Denmark (DNK)", "Romania": "Romania (ROU)", "Bulgaria": "Bulgaria (BGR)", "Hungary": "Hungary (HUN)",
    "Greece": "Greece (GRC)", "Croatia": "Croatia (HRV)", "Slovenia": "Slovenia (SVN)", "Moldova": "Moldova (MDA)",
    "Luxembourg": "Luxembourg (LUX)", "Norway": "Norway (NOR)", "Switzerland": "Switzerland (CHE)",
    "Türkiye": "Türkiye (TUR)", "Nederland": "Netherlands (NLD)", "Sverige": "Sweden (SWE)", "Danmark": "Denmark (DNK)",
    "Suomi": "Finland (FIN)", "Ελλάδα": "Greece (GRC)", "Österreich": "Austria (AUT)", "Schweiz": "Switzerland (CHE)",
    "United Kingdom": "United Kingdom (GBR)", "United States": "United States (USA)", "USA": "United States (USA)",
    "Велика Британія": "United Kingdom (GBR)", "США": "United States (USA)",
    # Written in the locative ("в Україні", "у Польщі") as Ukrainian certificates say where they were issued
    "Україні": "Ukraine (UKR)", "Польщі": "Poland (POL)", "Німеччині": "Germany (DEU)",
    # The countries a profile excludes by default must be read in every form a certificate writes them, or the rule
    # cannot bind (the policy reads the value as written through app.domain.countries)
    "Росія": "Russian Federation (RUS)", "Росії": "Russian Federation (RUS)", "Россия": "Russian Federation (RUS)",
    "России": "Russian Federation (RUS)", "Russia": "Russian Federation (RUS)",
    "Russian Federation": "Russian Federation (RUS)", "Російська Федерація": "Russian Federation (RUS)",
    "Російській Федерації": "Russian Federation (RUS)", "Российская Федерация": "Russian Federation (RUS)",
    "Российской Федерации": "Russian Federation (RUS)", "РФ": "Russian Federation (RUS)",
    "Білорусь": "Belarus (BLR)", "Білорусі": "Belarus (BLR)", "Беларусь": "Belarus (BLR)", "Belarus": "Belarus (BLR)",
    "Республіка Білорусь": "Belarus (BLR)", "Республика Беларусь": "Belarus (BLR)",
    # A certificate from there often names only its city where it was issued ("Москва, 15 марта 2023 г."): the
    # largest cities of the two countries excluded by default, read only from a short place line like a country
    "Москва": "Russian Federation (RUS)", "Moscow": "Russian Federation (RUS)",
    "Санкт-Петербург": "Russian Federation (RUS)", "Saint Petersburg": "Russian Federation (RUS)",
    "St. Petersburg": "Russian Federation (RUS)", "Новосибирск": "Russian Federation (RUS)",
    "Екатеринбург": "Russian Federation (RUS)", "Казань": "Russian Federation (RUS)",
    "Нижний Новгород": "Russian Federation (RUS)", "Минск": "Belarus (BLR)", "Мінськ": "Belarus (BLR)",
    "Minsk": "Belarus (BLR)", "Гомель": "Belarus (BLR)",
    # A Polish certificate names its city beside the date ("Warszawa, 20 grudnia 2024 r.") or after the awarding
    # body ("…, Kraków"), seldom the country
    "Warszawa": "Poland (POL)", "Warszawie": "Poland (POL)", "Kraków": "Poland (POL)", "Krakowie": "Poland (POL)",
    "Wrocław": "Poland (POL)", "Wrocławiu": "Poland (POL)", "Poznań": "Poland (POL)", "Poznaniu": "Poland (POL)",
    "Gdańsk": "Poland (POL)", "Gdańsku": "Poland (POL)", "Łódź": "Poland (POL)", "Łodzi": "Poland (POL)",
    "Lublin": "Poland (POL)", "Lublinie": "Poland (POL)", "Katowice": "Poland (POL)", "Katowicach": "Poland (POL)",
    "Rzeszów": "Poland (POL)", "Rzeszowie": "Poland (POL)", "Białystok": "Poland (POL)",
    "Białymstoku": "Poland (POL)", "Szczecin": "Poland (POL)", "Szczecinie": "Poland (POL)",
    # The same for Czech and Slovak certificates ("V Praze dne 28. února 2025", "Bratislava, 20. júna 2025")
    "Praha": "Czechia (CZE)", "Praze": "Czechia (CZE)", "Brno": "Czechia (CZE)", "Brně": "Czechia (CZE)",
    "Ostrava": "Czechia (CZE)", "Ostravě": "Czechia (CZE)", "Plzeň": "Czechia (CZE)", "Plzni": "Czechia (CZE)",
    "Olomouc": "Czechia (CZE)", "Olomouci": "Czechia (CZE)", "Bratislava": "Slovakia (SVK)",
    "Bratislave": "Slovakia (SVK)", "Košice": "Slovakia (SVK)", "Košiciach": "Slovakia (SVK)",
    "Žilina": "Slovakia (SVK)", "Žiline": "Slovakia (SVK)", "Prešov": "Slovakia (SVK)", "Prešove": "Slovakia (SVK)",
}  # fmt: skip
# Only a country that no profile is likely to exclude is taken from a long sentence (see the country in _fields).
def _a_listed_outcome(line: str, learned: str) -> bool:
    """Whether a line is an item of a list that was read as an outcome ("•  Складає запити до архівів Польщі.")."""
    found = BULLET.match(line.strip())
    return found is not None and line.strip()[found.end():].strip() in learned


_NOT_EXCLUDED_BY_DEFAULT = tuple(v[-5:] for v in set(COUNTRIES.values()) if v[-5:] not in ("(RUS)", "(BLR)"))
# Each pattern below first looks at whether a position holds a letter its words begin with: the scan of a whole
# certificate's text then skips most positions at once (the same matches, three to four times faster).
COUNTRY_RE = re.compile(
    "(?=[" + "".join(sorted({re.escape(k[0]) for k in COUNTRIES})) + r"])\b("
    + "|".join(re.escape(k) for k in sorted(COUNTRIES, key=len, reverse=True)) + r")\b"
)
DATE_LABEL = re.compile(
    r"(?=[dipaдвfu])"
    r"(?:date(?:\s+of\s+issue)?|issued(?:\s+on)?|awarded(?:\s+on)?|printed(?:\s+on)?|дата(?:\s+видачі)?|видано|datum|"
    r"fecha|data|utfärdat|utfärdad|izsniegt[sa]?|datum\s+izdavanja|"
    r"(?<=,\s)am(?=\s+\d{1,2}[./]))"  # "Graz, am 10/08/23": the German place and day
    r"(?!\s+(?:of\s+birth|народження|urodzenia|narození|narodenia|de\s+naissance|de\s+nacimiento|di\s+nascita)\b)"
    r"\s*[:\-–]?\s*",
    re.I,
)  # fmt: skip
# Until when a certificate is valid ("valid until", "дійсний до", "термін дії"): never when it was issued
_EXPIRY = re.compile(r"valid\s+(?:until|through|to)|expir|дійсн|чинн(?:ий|а|е)\s+до|термін\s+дії|gültig", re.I)
# A date that says when the holder was born or until when the certificate is valid, with the words after it
_NOT_AN_ISSUE_DATE = re.compile(r"(?:" + _BIRTH + "|" + _EXPIRY.pattern + r")\w*(?:\s+(?:до|bis))?\s*:?\s*[^\n]{0,40}",
                                re.I)
UK_MONTHS = {
    "січ": 1, "лют": 2, "берез": 3, "квіт": 4, "трав": 5, "черв": 6, "лип": 7, "серп": 8, "верес": 9,
    "жовт": 10, "листопад": 11, "груд": 12,
    # Russian, in the genitive a date takes ("15 марта 2023 г.")
    "январ": 1, "феврал": 2, "март": 3, "апрел": 4, "мая": 5, "май": 5, "июн": 6, "июл": 7, "август": 8,
    "сентябр": 9, "октябр": 10, "ноябр": 11, "декабр": 12,
}  # fmt: skip
# Polish, in the genitive a date takes ("20 grudnia 2024 r.")
PL_MONTHS = {
    "stycznia": 1, "lutego": 2, "marca": 3, "kwietnia": 4, "maja": 5, "czerwca": 6, "lipca": 7, "sierpnia": 8,
    "września": 9, "października": 10, "listopada": 11, "grudnia": 12,
}  # fmt: skip
# German ("12. Mai 2025"), French ("12 mai 2025"), Spanish ("20 de junio de 2025"), Italian ("20 giugno 2025")
OTHER_MONTHS = {
    **{m: i for i, m in enumerate(["januar", "februar", "märz", "april", "mai", "juni", "juli", "august",
                                   "september", "oktober", "november", "dezember"], 1)},
    **{m: i for i, m in enumerate(["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
                                   "septembre", "octobre", "novembre", "décembre"], 1)},
    **{m: i for i, m in enumerate(["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
                                   "septiembre", "octubre", "noviembre", "diciembre"], 1)},
    **{m: i for i, m in enumerate(["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
                                   "settembre", "ottobre", "novembre", "dicembre"], 1)},
    # Portuguese ("30 de janeiro de 2026") and Dutch ("17 maart 2026")
    **{m: i for i, m in enumerate(["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto",
                                   "setembro", "outubro", "novembro", "dezembro"], 1)},
    **{m: i for i, m in enumerate(["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
                                   "september", "oktober", "november", "december"], 1)},
    # Romanian ("3 martie 2025", "27 iunie 2025")
    **{m: i for i, m in enumerate(["ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august",
                                   "septembrie", "octombrie", "noiembrie", "decembrie"], 1)},
    # Czech and Slovak, in the genitive a date takes ("12. května 2025", "3. júna 2025")
    **{m: i for i, m in enumerate(["ledna", "února", "března", "dubna", "května", "června", "července", "srpna",
                                   "září", "října", "listopadu", "prosince"], 1)},
    **{m: i for i, m in enumerate(["januára", "februára", "marca", "apríla", "mája", "júna", "júla", "augusta",
                                   "septembra", "októbra", "novembra", "decembra"], 1)},
}  # fmt: skip
# Lithuanian, the year first in the genitive ("2025 m. balandžio 25 d.")
LT_MONTHS = {m: i for i, m in enumerate(["sausio", "vasario", "kovo", "balandžio", "gegužės", "birželio", "liepos",
                                         "rugpjūčio", "rugsėjo", "spalio", "lapkričio", "gruodžio"], 1)}
# Hungarian, the year first ("2025. augusztus 25.")
HU_MONTHS = {m: i for i, m in enumerate(["január", "február", "március", "április", "május", "június", "július",
                                         "augusztus", "szeptember", "október", "november", "december"], 1)}
LV_MONTHS = {m: i for i, m in enumerate(["janvār", "februār", "mart", "aprīl", "maij", "jūnij", "jūlij", "august",
                                         "septembr", "oktobr", "novembr", "decembr"], 1)}
EN_MONTHS = {m: i for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], 1)}  # fmt: skip
DATE_PATTERNS = [
    (re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b"), "ymd"),
    (re.compile(r"\b(\d{4})\.(\d{1,2})\.(\d{1,2})\b"), "ymd"),  # "2025.06.14"
    (re.compile(r"\b(\d{1,2})[./](\d{1,2})[./](\d{2})\b(?![./]\d)"), "dmy2"),  # "14/06/25": only after a date label
    (re.compile(r"\b(\d{1,2})[./](\d{1,2})[./](\d{4})\b"), "dmy"),
    (re.compile(r"\b(\d{1,2})\.\s(\d{1,2})\.\s(\d{4})\b"), "dmy"),  # "12. 5. 2025" (Czech, Slovak)
    # "3 March 2025", "3rd of March, 2025"; "March 3, 2025", "December 1st, 2024"
    (re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?([A-Za-z]{3,9})\.?,?\s+(\d{4})\b"), "d_mon_y"),
    (re.compile(r"\b([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b"), "mon_d_y"),
    (re.compile(r"[«\"]?\s?(\d{1,2})\s?[»\"]?\s+([а-яіїєґ]{3,12})\s+(\d{4})", re.I), "uk"),  # (also "« 03 » жовтня")
    (re.compile(r"\b(\d{1,2})\s+(" + "|".join(PL_MONTHS) + r")\s+(\d{4})\b", re.I), "pl"),
    (re.compile(r"\b(\d{1,2})\.?\s+(?:de\s+)?(" + "|".join(OTHER_MONTHS) + r")\s+(?:de\s+)?(\d{4})\b", re.I), "other"),
    (re.compile(r"\b(\d{4})\s*m\.\s+(" + "|".join(LT_MONTHS) + r")\s+(\d{1,2})\s*d\.", re.I), "lt"),
    (re.compile(r"\b(\d{4})\.\s+(" + "|".join(HU_MONTHS) + r")\s+(\d{1,2})\.", re.I), "hu"),
    # Latvian, the year first, the month in any case ("2025. gada 13. jūnijā", "2025. gada 4. februāra")
    (re.compile(r"\b(\d{4})\.\s+gada\s+(\d{1,2})\.\s+(" + "|".join(LV_MONTHS) + r")\w*", re.I), "lv"),
]
# "Grade: 92%", "Grade achieved: 85%", "Final grade 88/100" (a number may follow without a colon), "Result: Pass"
GRADE_LABEL = _at_word_start(
    # not the pass mark ("passing grade 70%")
    # (nor a scale's label: "Escala de calificación: 1 a 10", "Шкала оцінок")
    r"(?<!passing\s)(?<!pass\s)(?<!minimum\s)(?<!прохідний\s)(?<!voldoende\s)(?<!escala\sde\s)(?<!scale\sof\s)"
    r"(?<!attendance\s/\s)(?<!attendance\sand\s)"  # (an attendance rate: "attendance / result" / "100 % on site")
    r"(?:(?:grade|score)(?:\s+(?:achieved|obtained|received))?|оцінка|оценка|бал(?:и|ів)?|eindcijfer|"
    r"(?:összesített\s+|végső\s+)?érdemjegy|"
    r"результат|result|підсумкова\s+оцінка|(?:note|moyenne)\s+(?:finale|globale|générale|obtenue)|(?-i:Note)|"
    r"gesamt(?:ergebnis|punktzahl|note)?|endnote|abschlussnote|(?:overall|final)\s+(?:mark|outcome)|įvertinimas|"
    # "Ergebnis: 84 von 100 Punkten (gut)": a result in figures
    r"(?-i:Ergebnis)(?=[ \t]*:[ \t]*\d)|"
    # "Final assessment (speaking, writing, …): 81% —" / "Pass with Merit": the assessment's result, in figures
    r"(?:overall|final)\s+assessment(?=(?:[ \t]*\([^()\n]{1,60}\))?[ \t]*:[ \t]*\d)|"
    r"slutbetyg|(?-i:Betyg)|karakter|"
    r"calificación(?:\s+final)?|nota\s+final|voto(?:\s+finale)?|ocena(?:\s+końcowa)?|"
    # "Wynik egzaminu końcowego:" / "84 pkt / 100 — ocena dobra (4,0)", "Výsledek závěrečné zkoušky:"
    r"wynik(?:\s+(?:egzaminu|testu|szkolenia))?(?:\s+końcow(?:ego|y))?|výsled(?:ek|ok)(?:\s+závěrečné\s+zkoušky)?|"
    # "Результат підсумкового тестування: 94 бали"
    r"результат\s+(?:підсумкового\s+|фінального\s+)?(?:тестування|тесту|іспиту|екзамену|контролю|оцінювання)|"
    # "Overall (pass mark 65 %)" / "81 % — Passed": a total only with its score after it
    r"overall(?=[ \t]*(?:\([^()\n]{1,60}\))?(?:[ \t]*[:\-–—][ \t]*|[ \t]*\n(?:[ \t\xa0]*\n)?[ \t]*)\d))"
    # "Оцінка за практичний іспит: 10 з 12", "Score for the final project: 92%": what it was given for, then a colon;
    # "Your final grade was 91%"
    # (a value on the next line only when it is one: not a table's first row under its "Ocena" column)
    # a bracket after the label ("Final mark (Pass 50, Merit 70, Distinction 85)" / "78.0 — Merit")
    r"(?:[ \t]*\([^()\n]{1,60}\))?"
    # (not an outcome's number: "Результат 6 не досягнуто", "Результат № 6 може бути перескладено")
    r"(?:\s*[:\-–]\s*|\s*—\s*(?=\d|«)|[ \t]+(?=\d)(?!\d{1,2}\s+(?:не|може|досягнуто|зараховано|not|may|was)\b)|"
    r"(?<=eindcijfer)[ \t]*\n[ \t]*(?=\d{1,2}(?:[.,]\d{1,2})?[ \t]*\n)|"  # "Eindcijfer" / "7,9": a final grade
    # a score report's "Your score" / "812" (a scaled score, its line alone)
    r"(?:(?<=your\sscore)|(?<=scaled\sscore)|(?<=total\sscore)|(?<=overall\sscore))[ \t]*\n[ \t]*"
    r"(?=\d{1,4}(?:[.,]\d{3})?[ \t]*\n)|"
    r"\n(?:[ \t\xa0]*\n)?[ \t]*(?=\d{1,3}(?:[.,]\d+)?[ \t]*(?:%|/|бал|points?\b|pts\b|pkt\b|bod|з\s|зі\s|out\s+of|"
    r"[—–]|$)|"
    # a verdict with its score ("Result" / "Pass, 84 %")
    r"(?:pass|passed|зараховано|zaliczono|bestanden)[, ]+\d|"
    # a letter grade with its percentage ("FINAL GRADE" / "A− (91.2 %)")
    r"(?-i:[A-F])[+\-−]?[ \t]*\(\d{1,3}(?:[.,]\d+)?[ \t]*%\)|"
    # or a score on a scale within the value's line ("Overall result" / "B2 reached — 82/100 (pass mark 60)")
    r"[^\n]{1,30}?(?<![\d.,])\d{1,3}(?:[.,]\d+)?[ \t]*/[ \t]*(?:5|10|12|20|30|100|200|1000)(?![\d]))|"
    r"\s+(?:was|is)\s+(?=\d)|\s+(?:за|for)\s+[^:\n]{1,50}?:\s*(?=\d|«|\"))([^\n]{1,60})",
    re.I,
)  # fmt: skip
# Below a total row's sum of the weights (100 %), the weighted result and its verdict
_RESULT_BELOW_WEIGHTS = re.compile(r"[ \t]*\n[ \t]*(\d{1,3}(?:[.,]\d+)?[ \t]*%(?:[ \t]*\n[ \t]*(?:(?:не\s+)?склав|"
                                   r"(?:не\s+)?склала|passed|pass|failed|fail|(?:не\s+)?зараховано)\b)?)", re.I)
# A grade cut at its line's end before its scale ("88 балів зі" / "100.", "17 out of" / "20")
_OUT_OF_AT_END = re.compile(r"(?:\s(?:зі|з|із|out\s+of|of|von|sur|na)|/)\s*$", re.I)
_SCALE_ON_NEXT_LINE = re.compile(r"\s*\n\s*(\d{1,4}(?:[.,]\d+)?)")
# What may follow a grade on its line and is not part of it: "91% (passing grade 70%), which places you …"
# The grade a sentence under a grade's label tells: "Результат: курс завершено з оцінкою «добре»", "Result: passed with
# a grade of B+"
_GRADE_TOLD_INSIDE = re.compile(r"(?<![^\W\d_])(?:(?:з|із)\s+оцінкою|with\s+(?:a\s+|the\s+)?(?:grade|mark)(?:\s+of)?)"
                                r"\s+(\S.*)$", re.I)
# A bracket that states the pass mark, not the grade ("(nota minimă de promovare 5)", "(voto minimo 18/30)")
_A_PASS_MARK = re.compile(r"pass|minim|promovare|прохідн|superamento|aprobado|bestanden", re.I)
_PASS_MARK_AFTER = re.compile(r"\s*\((?:passing|pass|minimum)\b|,\s+(?:which|that|placing|що)\b|;\s|"
                              # the pass mark beside the score as the next field ("768   Passing score: 700")
                              r"\s+(?:passing|pass|minimum)\s+(?:score|mark|grade|standard)\s*:|"
                              # a grade in words, then the next sentence ("зараховано. Відповідно до Положення …")
                              # or a score ("84/100. Merit is awarded for …")
                              # (or a grade's bracket: "ocena 4,5 (dobry plus). Średnia ważona …")
                              r"(?:(?<=[^\W\d_]{3})|(?<=\d)|(?<=\)))\.\s+"
                              r"(?=(?-i:[A-ZА-ЯІЇЄҐŚŁŻŹĆŃČŠŽŘÁÉÍÓÚÖÜÄ][a-zа-яіїєґ'’ąćęłńóśźżčšžřáéíúýöüä]{2,}\s))|"
                              # the next sentence ("… passed with commendation. Weekly quizzes all completed.")
                              r"\.\s+(?=(?-i:[A-ZА-ЯІЇЄҐ][a-zа-яіїєґ'’]+(?:\s+[a-zа-яіїєґ'’]+){2}))", re.I)
# "with a grade of 4.5/5", "з оцінкою «відмінно»", "Набрано 87 балів зі 100"
WITH_GRADE = _at_word_start(
    r"(with\s+(?:honou?rs|distinction|merit)|і?з\s+відзнакою|"
    r"with\s+a\s+(?:final\s+|total\s+)?grade\s+of\s+\d+(?:[.,]\d+)?\s*(?:%|/\s*\d+|out\s+of\s+\d+)?|"
    r"with\s+a\s+grade\s+of\s+[^\n,.]{1,20})|"
    # "with a final score of 87%": the score
    r"with\s+a\s+(?:final\s+|total\s+)?score\s+of\s+(\d+(?:[.,]\d+)?\s*(?:%|/\s*\d+|out\s+of\s+\d+)?)|"
    # "final project defended with grade A", "passed with grade 4.5"
    r"with\s+(?:the\s+)?grade\s+((?-i:[A-F])[+-]?(?![\w'’])|\d+(?:[.,]\d+)?(?:\s*/\s*\d+)?)|"
    # (a grade, not an estimate: "вела реєстр ризиків з оцінкою ймовірності та впливу")
    r"і?з\s+оцінкою\s+(?:«([^»\n]{1,30})»|((?:\d|(?-i:[A-FА-Г])(?![\w'’])|відмінн|добр|дуже\s+добр|задовільн|зарахов|"
    r"незадовільн)[^»\n,(]{0,29}(?:\([^)\n]{1,30}\))?))|(?<![\w])оцінка\s+«([^»\n]{1,30})»|"
    # "склав підсумковий іспит на оцінку «добре» (4) за п'ятибальною шкалою"
    r"(?:іспит|екзамен|залік|тест\w*|атестаці\w+)\s+на\s+оцінку\s+(«[^»\n]{1,30}»(?:\s*\(\d+(?:[.,]\d+)?\))?)|"
    r"(?:отрима|набра)(?:в|ла|ли|но)\s+(\d+(?:[.,]\d+)?\s+(?:з|із|зі)\s+\d+\s+бал\w*)|"
    # "… атестації отримав оцінку 80" / "балів (C, «добре»)."
    r"(?:отрима|одержа)(?:в|ла|ли|но)\s+оцінку\s+(\d+(?:[.,]\d+)?\s+бал\w*(?:\s*\([^()\n]{1,30}\))?)|"
    r"набра(?:но|в|ла|ли)\s+(\d+(?:[.,]\d+)?\s+бал\w*(?:\s+(?:зі|з|із)\s+\d+)?)|"
    # "obtained 86 out of 100 points", "scored 92 out of 100"
    r"(?:obtained|scored|achieved|earned|received)\s+(\d+(?:[.,]\d+)?\s*(?:%|out\s+of\s+\d+(?:\s+points)?))",
    re.I,
)  # fmt: skip
# A grade named without a grade's label: "Passed — 87 / 100", "a capstone project graded A (excellent)", "awarded the
# grade Distinction — 91 %", "Оцінка куратора: «виконано відмінно»"
NAMED_GRADE = re.compile(
    r"(?=[pgaorPGAORо])(?<![^\W\d_])(?:"
    r"passed\s*[—–-]\s*(\d+(?:[.,]\d+)?\s*(?:/\s*\d+|%|out\s+of\s+\d+))|"
    r"graded\s+((?-i:[A-F])[+−-]?(?:\s*\([^()\n]{1,30}\))?)(?![\w+−-])|"
    r"(?:awarded|given|received|obtained|achieved)\s+(?:the|a)\s+(?:final\s+)?grade\s+(?:of\s+)?([^\n.;]{1,40})|"
    r"оцінка\s+[а-яіїєґ'’]+(?:\s+[а-яіїєґ'’]+){0,2}\s*:\s*«([^»\n]{1,40})»)",
    re.I,
)  # fmt: skip
# A grade inside a sentence of a certificate abroad, often in words: "riportando la votazione di ventisette/trentesimi
# (27/30).", "con la calificación de Notable (8,1)", "avec la note de 15/20", "mit der Note „gut“ (2,0)", "z oceną
# bardzo dobrą (5)", "s hodnocením výborně": to the end of the clause
GRADE_IN_SENTENCE_ABROAD = re.compile(
    r"(?=[vcamzsоеtonVCAMZSОЕTON])(?<![^\W\d_])(?:(?:la\s+)?votazione(?:\s+finale)?\s+di|"
    # Romanian: "a obținut nota 9 (nouă) pe o scară de la 1 la 10", "nota finală 9"
    r"(?:a\s+)?ob[țţ]inut\s+nota(?:\s+final[ăa])?|nota\s+final[ăa]|"
    r"(?:con|obteniendo)\s+(?:la\s+)?(?:calificación|nota)(?:\s+final)?\s+de|avec\s+(?:la\s+)?(?:note|mention)(?:\s+finale)?(?:\s+de)?|"
    # French: "qu'elle a obtenu à l'évaluation finale la note de 15,5/20, mention Bien"
    r"(?:a\s+)?obtenu\s+(?:[^\n,.;]{1,40}?\s+)?la\s+note(?:\s+finale)?\s+de|"
    r"mit\s+der\s+(?:Gesamt|Abschluss)?note|z\s+ocen[ąa](?:\s+końcową)?|s\s+hodnocením|s\s+hodnotením|"
    r"cu\s+(?:nota|calificativul)(?:\s+final[ăa])?|(?:com|tendo\s+obtido|obtendo|obteve)\s+a\s+classificação(?:\s+final)?\s+de|"
    r"(?:е\s+получил[аи]?\s+)?обща\s+оценка|"
    # Serbian, Croatian ("i ostvarila uspeh" / "ODLIČAN (5) — …", "s ocjenom izvrstan (5)"), Slovene ("z oceno …")
    r"ostvari(?:o|la|li)\s+(?:je\s+)?(?:uspeh|uspjeh)|sa?\s+(?:uspehom|uspjehom|ocenom|ocjenom)|z\s+oceno)"
    # (a German sentence ends with its verb: "mit der Note „gut“ (2,0) bestanden"; the grade may begin the next line)
    r"(?:[ \t]+|[ \t]*\n[ \t]*)([^\n;]{1,50}?)"
    r"(?=[.;,]?[ \t]*$|[.;][ \t]|,[ \t]|[ \t]+(?:bestanden|abgeschlossen|absolviert)\b)",
    re.I | re.M,
)  # fmt: skip
_BRACKET_ON_NEXT_LINE = re.compile(r"[ \t]*\n[ \t]*(\([^()\n]{1,30}\))")
_GRADE_ABROAD_WORDS = ("votazione", "calificación", "nota ", "note", "mention", "ocen", "hodnocen", "hodnoten",
                       "calificativ", "classificação", "обща оценка", "uspeh", "uspjeh", "ocjen")
# The score of the task that was assessed: "екзамен: 88 балів зі 100, «добре» (B)", "фінальний кейс: 46 балів із 50"
TASK_SCORE = re.compile(
    r"(?=[еізткпeqpcЕІЗТКПEQPC])(?<![^\W\d_])(?:екзамен|іспит|залік|тест|кейс|проєкт|exam|test|quiz|project|case)\w*"
    r"\s*[:—–-]\s*(\d+(?:[.,]\d+)?\s*(?:бал\w*\s+(?:зі|із|з)\s+\d+|/\s*\d+|%|out\s+of\s+\d+)"
    r"(?:,?\s*«[^»\n]{1,20}»)?(?:\s*\([^()\n]{1,20}\))?)",
    re.I,
)
_TASK_WORDS = ("екзамен", "іспит", "залік", "тест", "кейс", "проєкт", "exam", "test", "quiz", "project", "case")
# A score on a scale ("… 87 / 100"): with points or "out of", what TASK_SCORE needs to be worth a scan
_SLASH_SCORE = re.compile(r"\d\s*/\s*(?:5|10|12|20|30|50|100|200|1000)\b")


def _has_a_score(low: str) -> bool:
    return "бал" in low or "out of" in low or ("/" in low and _SLASH_SCORE.search(low) is not None)
# The only score of a text, in points of a scale ("… (план проєкту, реєстр ризиків) — 92 бали зі 100.", "проєкт захищено
# на 95 балів зі 100 («відмінно»)"): the grade when nothing names one; never a pass mark
SCORE_ALONE = re.compile(
    r"(?<![\w.,])(\d+(?:[.,]\d+)?\s+бал(?:и|ів|а)?\s+(?:зі|із|з)\s+\d+(?:\s*\(«[^»\n]{1,20}»\)|\s*\([^()\n]{1,20}\))?)",
    re.I,
)
_A_PASS_MARK_BEFORE = re.compile(r"(?:прохідн|мінімальн|порог|поріг|pass|minimum)\w*[^\n]{0,25}$", re.I)
QA_RE = _at_word_start(
    # (not a company's department of software testing: "у відділі забезпечення якості програмного забезпечення",
    # "Quality Assurance team")
    r"(?:accredit\w*|акредит\w*|quality[\s-]+assur(?:ance|ed)(?!\s+(?:team|department|engineer|lead|specialist))|"
    r"забезпечення\s+якості(?!\s+програмного)|НАЗЯВО|NAQA|ENQA|EQAR|"
    r"recogni[sz]ed\s+by|визнан\w+\s+(?:МОН|Міністерств)|"
    # a provider's own framework of quality ("issued under the Northbridge Quality Framework (NQF-2021) …")
    r"(?:academic\s+)?quality\s+(?:framework|code|manual)|(?:рамк\w+|систем\w+)\s+(?:внутрішнього\s+)?"
    r"забезпечення\s+якості)",
    re.I,
)  # fmt: skip
# A disclaimer: what the paper is not or does not give ("does not confer", "non-accredited", "не є документом …")
_DISCLAIMS = re.compile(r"(?<![^\W\d_])(?:not|nothing|non-|no\s+(?:academic\s+)?(?:credit|degree)|не\s|ні\s|без\s)",
                        re.I)
PREREQ_RE = _at_word_start(
    r"(?:prerequisites?|entry\s+requirements?|вимоги\s+до\s+(?:вступу|учасників|слухачів)|передумови|пререквізити|"
    r"Voraussetzungen|prérequis|requisitos\s+previos)\s*(?:[:\-–]|\.(?=[ \t]+[A-ZА-ЯІЇЄҐ]))\s*([^\n]{2,300})",
    re.I,
)  # fmt: skip
SUPERVISION_RE = _at_word_start(
    r"(?:(?:un|non-?)?proctor\w*|(?:un|non-?)?invigilat\w*|(?:un|semi-?)?supervised(?!\s+(?:and\s+(?:un|semi-?)supervised\s+)?(?:(?:machine\s+)?learning|models?|methods?|"
    r"algorithms?|classification|regression|tasks?))"
    # (not a supervised part of the learning: "35 hours of tuition and supervised fieldwork", "supervised practice")
    r"(?!\s+(?:field\s*work|practice|placement|internship|work|research|sessions?|practicals?|teaching|study|"
    r"clinical|training|labs?|laboratory|classes|seminars?|workshops?|projects?))|"
    r"under\s+supervision|"
    r"identity\s+(?:was\s+)?verified|ID\s+verified|"
    r"прокторинг\w*|під\s+наглядом|з\s+верифікацією\s+особи|верифікаці\w+\s+особи|без\s+нагляду)",
    re.I,
)  # fmt: skip
STACK_RE = _at_word_start(
    r"(?:stackab\w*|can\s+be\s+(?:credited|recognised|recognized)|counts?\s+towards|part\s+of\s+the\s+"
    r"(?:programme|program|specialization|specialisation)|мож(?:е|уть)\s+бути\s+зарахован\w*|складов\w+\s+(?:частин\w+\s+)?"
    r"(?:освітньої\s+)?програми|мікрокваліфікаці\w+\s+є\s+частиною)",
    re.I,
)  # fmt: skip
# (a host's labels read possessively, each once: a scan of a page's words does not backtrack into them)
_URL_BREAK = re.compile(r"(\b(?:https?://|www\.)[^\s<>\"')]*[-/.])[ \t]*\n[ \t]*(?=[a-z0-9])")
URL_RE = re.compile(r"\b(?:https?://|www\.)[^\s<>\"')]+|\b(?:[\w-]++\.)++(?:org|com|edu|ua|eu|net)/(?:verify|certificate|"
                    r"cert|accomplishments|credentials?|check)[^\s<>\"')]*", re.I)  # fmt: skip
LEARNER_ID_RE = _at_word_start(
    r"(?:student\s+id|learner\s+id|participant\s+id|ЄДЕБО|EDEBO|номер\s+студентського(?:\s+квитка)?|student\s+number|"
    r"ID\s+(?:учасника|слухача|здобувача)|ідентифікатор\s+(?:учасника|слухача|здобувача))\s*[:\-–№]?\s*"
    r"((?:[A-ZА-ЯІЇЄҐ]{2}\s)?[A-Za-zА-ЯІЇЄҐ0-9\-/]{3,40})",  # a student card's series and number: "КВ 12345678"
    re.I,
)  # fmt: skip


def read_pdf(rec: CredentialRecord, data: bytes, ctx: Ctx) -> None:  # noqa: C901 - one pass over the document's parts, in order
    rec.format = "pdf"
    try:
        doc = pymupdf.open(stream=data, filetype="pdf")
    except (pymupdf.FileDataError, RuntimeError, ValueError) as exc:
        raise ImportFailure(f"PDF is damaged or truncated and cannot be opened ({_short(exc)})") from None
    try:
        if doc.needs_pass:
            raise ImportFailure("PDF is encrypted with a password; ask the applicant for an unprotected copy")
        if doc.page_count == 0:
            raise ImportFailure("PDF has no pages (damaged or truncated file)")
        pages: list[str] = []
        paragraphs: list[list[str]] = []  # each page's text blocks (MuPDF's paragraphs), for the outcome lists
        cut_at = 0
        try:
            for i in range(min(doc.page_count, MAX_PAGES)):
                page = doc[i]
                ctx.deadline.check("reading the PDF")
                # (the Latin letters an office typed inside Cyrillic words made Cyrillic, "iнформацiйнi"; the digits a
                # scanner's character recognition read as letters made digits, "9О годин")
                # (a printed form filled in: its values without the blanks' underscores, its ticked choices only)
                blocks = _rejoined_across([
                    digits_throughout(cyrillic_throughout(unicodedata.normalize("NFKC", _without_marks(
                        _form_filled_in(_justified(b[4]))))))
                    for b in page.get_text("blocks") if b[6] == 0])
                paragraphs.append(blocks)
                pages.append("".join(blocks))  # what page.get_text() gives, block by block
                if sum(len(p) for p in pages) > MAX_TEXT_CHARS:
                    cut_at = i + 1
                    break
        except (RuntimeError, ValueError) as exc:
            raise ImportFailure(f"PDF is damaged: a page cannot be read ({_short(exc)})") from None
        notes = _pdf_notes(doc, ctx, may_be_active=_may_name_active_content(data))
        if cut_at:
            notes.append(Check("pages", None, f"only pages 1–{cut_at} were read: the text is longer than the "
                                              f"{MAX_TEXT_CHARS:,} characters read from a credential PDF"))  # fmt: skip
        damaged = bool(getattr(doc, "is_repaired", False)) or b"%%EOF" not in data[-2048:]
        from .qr import decode_pdf

        qr_codes = decode_pdf(doc, ctx.deadline)
        total = sum(len(p.strip()) for p in pages)
        if total < MIN_TEXT_CHARS and qr_codes:
            # A scanned certificate whose QR code carries the credential or a verification link.
            from . import read_qr

            read_qr(rec, qr_codes[0].text, qr_codes[0].where, ctx)
            rec.verification.checks.extend(notes)
            rec.verification.checks.append(Check("read", None, msg(
                "the PDF has no text layer (a scanned image?): only its QR code was read; enter the details by hand "
                "from the document or ask for a digital original")))
            return
        if total < MIN_TEXT_CHARS:
            raise ImportFailure(
                "PDF has no text layer (a scanned image?): its contents cannot be read without OCR; "
                "enter the details by hand or ask for a digital original"
            )
        starts = paragraph_starts(pages, paragraphs)
        _fields(rec, pages, starts)
        if rec.value("title") is None:
            _title_of_a_record(rec, pages)
        if rec.value("title") is None:
            with contextlib.suppress(RuntimeError, ValueError):  # the sizes are a last resort: no title, no failure
                _title_in_a_table_of_labels(rec, doc[0])
                if rec.value("title") is None:
                    _title_by_size(rec, doc[0])
        _without_footnote_mark(rec, pages)
        if rec.value("learner_name") is None:
            _learner_on_a_placement(rec, _lines(pages))
        _title_before_bar(rec)
        if rec.value("awarding_body") is None:  # once the title is known, which the top line must not be
            lines = _lines(pages)
            top = _name_at_the_top(lines, rec.value("title"), rec.value("learner_name"))
            if top is not None:
                rec.set("awarding_body", top[1], f"pdf p.{lines[top[0]][0]} (top line)")
        ctx.deadline.check("reading the PDF")
        src = rec.elements.get("learning_outcomes")
        if src is None:
            tasks = _outcomes_from_tables(rec, doc, data, list(range(min(TABLE_PAGES, doc.page_count))), ctx)
            if rec.elements.get("learning_outcomes") is None:
                _outcomes_without_heading(rec, pages, starts)
            if rec.elements.get("learning_outcomes") is None and tasks is not None:
                rec.set("learning_outcomes", tasks[0], f"pdf p.{tasks[1]}{TOPICS_SOURCE}")
        elif src.source.endswith(" (lines)"):
            # Not a bulleted list: the heading may sit in a ruled table whose cells the text layer runs together,
            # or head a row of tags set on boxes.
            page_no = int(src.source.split("p.")[1].split()[0]) - 1
            rec.elements["learning_outcomes"] = Element(src.value, src.source.removesuffix(" (lines)"))
            if not _tags_read(rec, doc, page_no, pages, starts):
                _outcomes_from_tables(rec, doc, data, [page_no], ctx, replace=True)
                _statements_below_a_table_of_names(rec, pages, starts)
        elif len(src.value) <= _FEW_ITEMS and _heading_among_column_labels(_lines(pages[:TABLE_PAGES])):
            # "Module | What you learned | Minutes": the items below the heading are the first column's, the
            # outcomes its own column's
            _outcomes_from_tables(rec, doc, data, list(range(min(TABLE_PAGES, doc.page_count))), ctx, replace=True)
        read = rec.elements.get("learning_outcomes")
        if read is not None and re.match(r"pdf p\.\d+(?: \(lines\))?$", read.source):
            # one item alone under the heading: the first row of a grid of cells, run together on its line (where
            # no ruled table gave the cells)
            _grid_read(rec, doc, int(read.source.split("p.")[1].split()[0]) - 1)
        _from_layout_tables(rec, doc, ctx)
        _assessment_from_tables(rec, doc, data, pages, ctx)
        _results_beside_parts(rec, doc, pages)
        _stated_over_topics(rec, pages, starts)
        if rec.value("learner_name") is None and any(map(_LABEL_ALONE["learner_name"].match, pages[0].splitlines())):
            with contextlib.suppress(RuntimeError, ValueError):
                _learner_below_a_row_of_labels(rec, doc[0])
        if rec.value("workload_ects") is None and rec.value("workload_hours") is None:
            _course_row_from_tables(rec, doc, data, pages, ctx)
        _from_total_row(rec, pages)
        if achieved.may_mark_any("\n".join(pages)):  # (most papers mark nothing: their words are not read again)
            with contextlib.suppress(RuntimeError, ValueError):
                notes.extend(_without_the_unachieved(rec, doc, _lines(pages)))
        _without_blanks_left(rec)
        _without_a_mark_on_each(rec, _A_PART_LABEL)
        _without_a_mark_on_each(rec, _A_LEVEL_BESIDE)
    finally:
        doc.close()

    # --- authenticity -----------------------------------------------------------------------------------------
    sig = check_pdf_signatures(data, ctx.trusted.certificates, ctx.now, ctx.trusted.certificate_files,
                               ctx.trusted.listed, ctx.deadline)
    urls = rec.value("further_information")
    verify_hint = (msg("Check the certificate at {url}.", url=urls) if urls
                   else msg("Check it with the issuer (verification page or registry)."))
    if sig.unreadable or (sig.count == 0 and damaged and (b"/ByteRange" in data or b"/Sig" in data)):
        # A cut-off signed file must not pass for an unsigned one: its signature is there, but cannot be checked.
        why = f" ({sig.unreadable})" if sig.unreadable else ""
        checks = [Check("integrity", False, msg("the PDF is damaged or truncated: it was signed, but the signature "
                                                "can no longer be checked{why}", why=why))]  # fmt: skip
        conclude(rec, checks, "invalid", msg("Damaged PDF: the file is truncated or broken, so its signature cannot "
                                             "be checked; ask for the original file."))  # fmt: skip
        _add_notes(rec, notes, qr_codes, ctx)
        return
    if sig.count == 0:
        if damaged:
            notes.append(Check("integrity", None, msg("the PDF is damaged or truncated; it was read after repair")))
        checks = [Check("signature", None, msg("the PDF has an empty signature field but no signature")
                        if sig.empty_field else msg("the PDF carries no digital signature"))]  # fmt: skip
        conclude(rec, checks, "unsigned", then(msg("Unsigned PDF: nothing in the file proves who issued it."),
                                               verify_hint))
        _add_notes(rec, notes, qr_codes, ctx)
        return
    checks = sig.checks
    if all(c.passed is not False for c in checks) and any(
        c.passed is True for c in checks if c.name.startswith("signature") and "coverage" not in c.name
    ):
        trust = next((c for c in checks if c.name == "issuer trust"), None)
        verdict: str = msg("PDF signature verified offline (%n signature(s)): the file is unchanged since it was "
                           "signed.", n=sig.count)
        if any(c.passed and str(c.detail).startswith("covers an earlier revision") for c in checks):
            verdict = msg("PDF signature verified offline (%n signature(s)): the signed content is unchanged; later "
                          "revisions only fill in form fields or add signatures or validation data.", n=sig.count)
        if trust is not None and not trust.passed:
            verdict = then(verdict, msg(
                "The signer's certificate is not confirmed as trusted: check it against the EU Trusted Lists"
                " or the Ukrainian list of qualified trust service providers."))
        conclude(rec, checks, "verified", verdict)
    else:
        conclude(rec, checks, "unverifiable-offline", then(msg("The PDF signature could not be checked offline."),
                                                           verify_hint))
    _add_notes(rec, notes, qr_codes, ctx)


def _add_notes(rec: CredentialRecord, notes: list[Check], qr_codes: list[Any], ctx: Ctx) -> None:
    """Warnings about the file and what its QR codes say; none of them changes the verdict."""
    v = rec.verification
    v.checks.extend(notes)
    for code in qr_codes[:3]:
        text = code.text.strip()
        if text.lower().startswith(("http://", "https://")):
            v.checks.append(Check("qr code", None, msg("the QR code on {where} points to {url} — open it on a "
                                                       "connected computer to check", where=code.where,
                                                       url=text[:300])))
            v.message = then(v.message, msg("The QR code on {where} points to {url} — open it on a connected "
                                            "computer to check.", where=code.where, url=text[:300]))
        elif text.startswith(("{", "eyJ")):
            from . import inspect_bytes

            sub = inspect_bytes(text.encode(), name=f"QR code on {code.where}", trusted_keys=ctx.trusted,
                                time_limit=max(ctx.deadline.end - ctx.deadline._time(), 0.0))  # fmt: skip
            state = sub.error or msg("{status} — {verdict}", status=STATUS_WORDS.get(sub.verification.status,
                                                                                 sub.verification.status),
                                     verdict=sub.verification.message)
            v.checks.append(Check("qr credential", True if sub.verification.status == "verified" else None,
                                  msg("the QR code on {where} carries a credential: {state}", where=code.where,
                                      state=state)))  # fmt: skip
    for c in notes:
        if c.name == "active content":
            v.message = then(v.message, msg("Warning: {detail}.", detail=c.detail))


def _name_pattern(name: str) -> bytes:
    """A PDF name as its bytes may write it: each character as itself or as a "#xx" escape ("/J#61vaScript")."""
    return b"/" + b"".join(b"(?:" + re.escape(ch.encode()) + b"|#" + f"{ord(ch):02x}".encode() + b")" for ch in name)


# The names of active content an object's dictionary may hold (the scan below looks for the same words), and an
# object stream (``/ObjStm``), whose objects are compressed and do not show in the file's bytes
_ACTIVE_NAMES = re.compile(b"|".join(_name_pattern(n) for n in ("JavaScript", "JS", "Launch", "EmbeddedFile",
                                                               "RichMedia", "ObjStm")), re.I)


def _may_name_active_content(data: bytes) -> bool:
    """Whether any object of the file may name active content: every object's dictionary stands in the file's bytes
    as written unless it sits in a compressed object stream, so where the bytes show none of the names (in any
    spelling) and no object stream, the objects need not be read one by one (a third of a millisecond a file)."""
    return _ACTIVE_NAMES.search(data) is not None


def _pdf_notes(doc: Any, ctx: Ctx, may_be_active: bool = True) -> list[Check]:
    """The page limit and active content (JavaScript, launch actions, embedded files), stated in the record.
    ``may_be_active``: false where the file's bytes show no object can name active content, and its objects need
    not be read (:func:`_may_name_active_content`)."""
    notes: list[Check] = []
    if doc.page_count > MAX_PAGES:
        notes.append(Check("pages", None, msg("only the first {read} of {count} pages were read", read=MAX_PAGES,
                                              count=doc.page_count)))
    found: set[str] = set()
    try:
        if doc.embfile_count() > 0:
            found.add(f"{doc.embfile_count()} embedded file(s)")
        for xref in range(1, min(doc.xref_length(), MAX_XREFS_SCANNED) if may_be_active else 1):
            if xref % 500 == 0 and ctx.deadline.expired():
                break
            obj = doc.xref_object(xref, compressed=True)
            if "/JavaScript" in obj or "/JS" in obj:
                found.add("JavaScript")
            if "/Launch" in obj:
                found.add("a launch action (it can start a program)")
            if "/EmbeddedFile" in obj or "/RichMedia" in obj:
                found.add("embedded files")
    except (RuntimeError, ValueError):
        pass
    if found:
        notes.append(Check("active content", None, "the PDF contains " + ", ".join(sorted(found))
                           + ": open it only in a viewer that does not run it"))  # fmt: skip
    return notes


def _short(exc: BaseException) -> str:
    return (str(exc).splitlines() or [type(exc).__name__])[0][:160]


# A justified line whose words stand far apart comes out of MuPDF a word per line, each but the last with its space:
# "За \nрезультатами \nнавчання \nслухач: \n1) \nстворює …"
_SPREAD_LINE = re.compile(r"(?:^|(?<=\n))(?:[^\s]+ \n){3,}")


# A footnote's mark after the course's name ("… Index Numbers¹", read as "Numbers1"), and the footnote it refers to
# at the start of a line below ("1 Course content and learning outcomes: …").
_MARKED_END = re.compile(r"(?:(?<=[^\W\d_])|(?<=[)»”\"]))(\d{1,2}|[*†‡])$")


_RAISED = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")


def _without_footnote_mark(rec: CredentialRecord, pages: list[str]) -> None:
    """The course's name and the grade without the mark of a footnote that the page gives below them ("… (B)¹" /
    "¹ Шкала оцінювання: …")."""
    text = "\n".join(pages)
    for name in ("title", "grade"):
        element = rec.elements.get(name)
        if element is None or not isinstance(element.value, str):
            continue
        mark = _MARKED_END.search(element.value)
        if mark is None:
            continue
        # (the value's mark may be read as a plain digit where the page has it raised: "(B)¹")
        raised = mark.group(1).translate(_RAISED)
        note = re.compile(rf"^\s*(?:{re.escape(mark.group(1))}|{re.escape(raised)})\s*[A-ZА-ЯІЇЄҐ]", re.M)
        named_at = text.find(element.value)
        if note.search(text, named_at + len(element.value) if named_at >= 0 else 0):
            rec.set(name, element.value[: mark.start()].rstrip(), element.source, overwrite=True)


def _justified(block: str) -> str:
    """A text block with each justified line that MuPDF gave a word at a time on one line again."""
    if " \n" not in block:
        return block
    return _SPREAD_LINE.sub(lambda m: m.group(0).replace(" \n", " "), block)


# A word broken at the line's end ("пере-" / "водити її в"; "Kharytonenko-" / "Boiko"): letters (or digits) and a
# hyphen (or a soft hyphen) end the line, a letter begins the next
_BROKEN_WORD = re.compile(r"(?<=[^\W_])[-\u00ad\u2010][ \t]*\n[ \t]*(?=[^\W\d_])")  # (or "10-" / "point scale")


def _rejoined_words(block: str, whole_words: str = "") -> str:
    """A text block with each word broken at a line's end whole again on the first line (the rest of the line
    below kept as it was; a line left empty dropped). The hyphen goes where the page spells the word whole
    elsewhere (``whole_words``: its text in lower case; "підви-" / "щення" where "підвищення кваліфікації" stands
    too) or where it is a soft hyphen, which marks a break and nothing else; otherwise it stays, as a word broken
    at a syllable ("проєкту-" / "вання") is not told from one written with a hyphen ("хеш-" / "таблиці", "ER-" /
    "діаграму", "Kharytonenko-" / "Boiko") without a dictionary, and the matching reads the halves of either alike.
    A word whose first half is the whole line ("Кравченко-" / "Оліфіренку Віталію") is made whole on the line
    below instead, where the rest of it stands."""
    if not _BROKEN_WORD.search(block):
        return block
    lines = block.split("\n")
    emptied: set[int] = set()
    for n in range(len(lines) - 1):
        head, following = lines[n].rstrip(" \t"), lines[n + 1].lstrip(" \t")
        if len(head) < 2 or not _BROKEN_WORD.match(head[-2:] + "\n" + following[:1], 1):
            continue
        tail = following.split(None, 1)[0]
        fragment = re.split(r"[^\w'’]", head[:-1])[-1]
        if len(fragment) == 1 and fragment.isupper() and tail[:1].isupper():
            continue  # a letter grade at the line's end ("Final grade: A-" / "Course description"), no broken word
        spelled = (fragment + re.split(r"[^\w'’]", tail)[0]).lower()
        broken = head.endswith("\u00ad") or (len(spelled) > len(fragment) + 1 and spelled in whole_words)
        word = head[:-1] + ("" if broken else "-")
        if word == fragment or word == fragment + "-":  # the line is the first half alone
            lines[n + 1] = f"{word}{following}"
            emptied.add(n)
            continue
        lines[n] = word + tail
        lines[n + 1] = following[len(tail) :].lstrip(" \t")
        if not lines[n + 1]:
            emptied.add(n + 1)
    return "\n".join(line for n, line in enumerate(lines) if n not in emptied)


def _rejoined_across(blocks: list[str]) -> list[str]:
    """Each block with its words whole (:func:`_rejoined_words`), a word broken at a block's last line and
    continued in the next block too (a list item set with a hanging indent: its lines are blocks of their own)."""
    page = "".join(blocks)  # (each block ends its last line: a break between blocks shows as one inside a block)
    if not _BROKEN_WORD.search(page):
        return blocks
    whole_words = page.lower()
    blocks = [_rejoined_words(block, whole_words) for block in blocks]
    for n in range(len(blocks) - 1):
        head, following = blocks[n].rstrip("\n"), blocks[n + 1]
        if not _BROKEN_WORD.search(head[-2:] + "\n" + following[:1]):
            continue
        lines = head.split("\n")
        joined = _rejoined_words(lines[-1] + "\n" + following, whole_words).split("\n", 1)
        blocks[n] = "\n".join([*lines[:-1], joined[0]]) + blocks[n][len(head) :]
        blocks[n + 1] = joined[1] if len(joined) > 1 else ""
    return blocks


def paragraph_starts(pages: list[str], paragraphs: list[list[str]]) -> set[int] | None:
    """The indices in :func:`_lines` of the lines that begin a text block (a paragraph, a list set apart from what
    follows by more than a line's spacing); None where the blocks do not give the same lines as the pages."""
    starts: set[int] = set()
    n = 0
    for page, blocks in zip(pages, paragraphs, strict=True):
        page_lines = [ln.strip() for ln in page.splitlines() if ln.strip()]
        block_lines = 0
        for block in blocks:
            # A blank line inside a block sets a paragraph apart too (a sheet typed with empty lines between its
            # sections: "Health outcomes" / "" / "Estimating life expectancy" / "Life tables" / "" / …)
            after_blank = True
            for ln in block.splitlines():
                if not ln.strip():
                    after_blank = True
                    continue
                if after_blank:
                    starts.add(n + block_lines)
                block_lines += 1
                after_blank = False
        if block_lines != len(page_lines):
            return None
        n += block_lines
    return starts


def _lines(pages: list[str]) -> list[tuple[int, str]]:
    out = []
    for n, text in enumerate(pages, 1):
        for ln in text.splitlines():
            s = ln.strip()
            if s:
                out.append((n, s))
    return out


LABEL_LIKE = re.compile(r"^[^\W\d][\w\s'’()/.-]{1,40}:\s*\S")


_FEW_ITEMS = 3  # a table's first cells read below its outcome column's header: only its first row's, or a few


def _heading_among_column_labels(lines: list[tuple[int, str]]) -> bool:
    """Whether an outcomes heading stands alone between two short labels ("Module" / "What you learned" /
    "Minutes"): the header of a table's columns, which the text layer gives one cell a line (not a row of kinds of
    outcome, "Знання" / "Уміння", each heading its own column, which the text gives in order)."""
    def a_label(text: str) -> bool:
        return (len(text) <= 24 and len(text.split()) <= 2 and not text.endswith((":", "."))
                and not any(ch.isdigit() for ch in text))

    for i in range(len(lines) - 1):
        above, below = lines[i - 1][1] if i else "", lines[i + 1][1]
        # (or the first column's label, two labels after it: "Learning outcome" / "Evidence" / "Assessment method")
        after = lines[i + 2][1] if i + 2 < len(lines) else ""
        if len(lines[i][1]) > 60 or not a_label(below) or not (a_label(above) or a_label(after)):  # (cheap tests first)
            continue
        heading = HEADING_RE.match(lines[i][1])
        if (heading and not any(heading.groups())
                and not any(HEADING_RE.match(other) for other in (above, below, after) if other)):
            return True
    return False


_OVERLEAF_ITEM = re.compile(r"^\s*(\d{1,2})([.)])\s+(\S.*)$")
_OVERLEAF_LINES = 4  # the next page's lines looked at for the list's next number (below a running header)
# A page's running header: the paper's name, number and holder between dots or bars, "(продовження)", "Page 2"
_RUNNING_HEADER = re.compile(r"[·|]|№|\bno\.\s*\S|продовження|continued|сторінка\s+\d|page\s+\d", re.I)


def _numbered_on_overleaf(
    lines: list[tuple[int, str]], page: int, items: list[str], starts: set[int] | None
) -> list[str]:
    """The items of a numbered list read on ``page`` that it goes on with at the top of the next page, after the
    page's signatures and footer and the next page's running header ("4. Складати табель …" / "Сторінка 1 з 2" /
    "… (продовження)" / "5. Подавати повідомлення …"): the next page's first lines hold the next number, and the item
    before it, on ``page``, is one of those read."""
    first = next((j for j, (pg, _ln) in enumerate(lines) if pg == page + 1), None)
    if first is None or not items:
        return []
    for j in range(first, min(first + _OVERLEAF_LINES, len(lines))):
        m = _OVERLEAF_ITEM.match(lines[j][1])
        if lines[j][0] != page + 1:
            break
        if m is None or int(m.group(1)) < 2:
            if not _RUNNING_HEADER.search(lines[j][1]):
                return []  # a heading of the next page's own ("Навчальний план"): what follows is another list
            continue
        before = f"{int(m.group(1)) - 1}{m.group(2)}"
        last = next((tidy(ln.split(None, 1)[1]) for pg, ln in reversed(lines[:first])
                     if pg == page and ln.split(None, 1)[0] == before and len(ln.split(None, 1)) == 2), None)
        if last is None or not any(tidy(item).startswith(last[:30]) for item in items):
            return []
        got, bulleted, _end = _list_after(lines, j - 1, "", starts)
        return got if bulleted else []
    return []


# A course named in brief in a sentence, before its kind ("the Level 2 course at …": "Level 2"), and the words that
# open no name of a course ("this course you are able to")
_NO_NAME_OPENER = frozenset(("this", "that", "the", "a", "an", "our", "your", "its", "цей", "ця", "цього", "цієї"))
_BRIEF_NAME = re.compile(r"^(\S.{0,30}?)\s+(?:course|programme|program|training|workshop)\b", re.I)


def _named_in_full_above(lines: list[tuple[int, str]], at: int, name: str) -> tuple[int, str]:
    """A course a sentence names in brief ("who attended the Level 2 course at …") by its full name in a line of its
    own above that sentence, where one begins with it ("Level 2 Award in Coaching Rugby Union"); else as it is. (Also
    "the Level 1 course at Kirkstall Sports Hub on …": what comes before "course".)"""
    brief = _BRIEF_NAME.match(name)
    short = brief.group(1) if brief else name
    if not short[:1].isupper() or len(short.split()) > 3 or short.split()[0].casefold() in _NO_NAME_OPENER:
        return at, name  # (not "this" of "this course you are able to")
    for k in range(min(at, 8)):
        line = tidy(lines[k][1])
        if (line.casefold().startswith(short.casefold() + " ") and len(line.split()) <= 12 and _names_course(line)
                and not _DOCUMENT_KIND.match(line.lower()) and not line.rstrip().endswith((".", ":", ","))):
            return k, line
    return at, name


def _starts_section(line: str) -> bool:
    """A labelled field or a heading: not a course's name (which may itself contain a colon: "CS50x: ...")."""
    return bool(STOP_LABELS.match(line) or HEADING_RE.match(line) or TOPIC_RE.match(line))


# A numbered heading in capital letters ("4. RANGE OF OCCUPATIONS ACCESSIBLE TO THE HOLDER OF THE CERTIFICATE",
# the next box of a Europass Certificate Supplement): the next section, not an item of a numbered list.
NUMBERED_CAPITALS = re.compile(r"^\s*\d{1,2}[.)]\s+(?=(?:\S+\s+){2})[^a-zа-яіїєґ]{12,}$")


def _is_heading_stop(line: str) -> bool:
    if NUMBERED_CAPITALS.match(line):
        return True
    if STOP_LABELS.match(line) or LABEL_LIKE.match(line) or "___" in line:  # a signature's blank ends a list
        return True
    if HEADING_RE.match(line) or TOPIC_RE.match(line):
        return True
    return bool(len(line) < 60 and line.endswith(":") and not BULLET.match(line))


def _script_of(text: str) -> str:
    """"cyr" or "lat": the alphabet most of a text's letters are in ("" without letters)."""
    cyrillic = sum(1 for ch in text if "\u0400" <= ch <= "\u04ff")
    latin = sum(1 for ch in text if ch.isascii() and ch.isalpha())
    return "cyr" if cyrillic > latin else "lat" if latin else ""


def _in_one_language(items: list[str]) -> list[str]:
    """A bilingual paper's outcomes once: each item followed by its translation in the other alphabet ("писати
    програми …" / "write … programs"), or the list in one alphabet and then the same number in the other, give the
    first language's items (four or more items, their alphabets in that pattern throughout)."""
    n = len(items)
    if n < 3:
        return items
    scripts = [_script_of(item) for item in items]
    first, second = scripts[0], scripts[1] if scripts[1] != scripts[0] else scripts[n // 2]
    if not first or not second or first == second:
        return items
    if n >= 4 and scripts == ([first, second] * n)[:n] and all(
            0.5 <= len(a) / max(len(b), 1) <= 2 for a, b in zip(items[0::2], items[1::2], strict=False)):
        return items[0::2]  # (the last translation may be missing; a translation is about as long as its original)
    half = n // 2
    if n >= 4 and n % 2 == 0 and scripts == [first] * half + [second] * half and all(
            0.5 <= len(a) / max(len(b), 1) <= 2 for a, b in zip(items[:half], items[half:], strict=True)):
        return items[:half]
    return items


_NUMBER_FIRST = re.compile(r"^(?:(\d{1,2})\s+(?=[^\W\d_])|\(?([a-z])\)\s*)")


def _numbered_in_order(items: list[str]) -> list[str]:
    """Items each opening with its own number or letter ("1 Виявляє загрози …", "2 Оцінює …", a numbered table's first
    column run into the text; "(b) класифікувати …", "(c) …" after a first item read without its "(a)"), without
    them."""
    if len(items) < 2:
        return items
    marks = [_NUMBER_FIRST.match(item) for item in items]

    def in_order(k: int, m: re.Match[str] | None) -> bool:
        # (numbers in two digits too: "01 Завантажуєте дані …", "02 Будуєте графіки …")
        if m is None:
            return False
        return (m.group(1) is not None and int(m.group(1)) == k + 1) or m.group(2) == chr(ord("a") + k)

    if all(in_order(k, m) for k, m in enumerate(marks)) or (marks[0] is None and all(
            in_order(k, m) for k, m in enumerate(marks) if k) and marks[1] is not None and marks[1].group(2)):
        return [item[m.end() :] if m is not None else item for item, m in zip(items, marks, strict=True)]
    return items


def find_outcomes(
    lines: list[tuple[int, str]], heading: re.Pattern[str] = HEADING_RE, starts: set[int] | None = None,
    *, look_further: bool = True,
) -> tuple[list[str], int, bool] | None:
    """The outcome list after the first outcomes heading (or other ``heading``): (items, page, whether it was a
    bulleted list). ``starts``: the lines that begin a paragraph (:func:`paragraph_starts`), where known: a line
    set apart from a bulleted list ends it rather than continuing its last item. Lists under headings that follow
    one another ("Знання:" …, "Уміння:" …) are read as one."""
    for idx, (page, line) in enumerate(lines):
        rest = _heading_rest(line, heading)
        first = idx  # the list begins below this line
        if rest is None and heading is HEADING_RE and WHO_CAN_COLUMN.search(line):
            # the bulleted cell may come after the first row's short cells ("Ґрунти" / "20")
            bullet = next((j for j in range(idx + 1, min(idx + 4, len(lines))) if BULLET.match(lines[j][1])), None)
            if bullet is not None and all(len(lines[j][1]) <= 40 for j in range(idx + 1, bullet)):
                rest, first = "", bullet - 1
        if (rest is None and heading is HEADING_RE and idx + 1 < len(lines) and len(lines[idx + 1][1]) <= 40
                and lines[idx + 1][1].rstrip().endswith(":") and not line.rstrip().endswith((":", "."))):
            # a heading whose sentence runs on to a short line ending in its colon ("4.2 Læringsmål. Ved prøven har
            # den studerende dokumenteret, at hun" / "kan:", "… портфоліо (лендінг" / "для кав'ярні) вона вміє:")
            rest = _heading_rest(f"{line} {lines[idx + 1][1].strip()}", heading)
            first = idx + 1
        if rest is None and (bracketed := _heading_with_its_bracket_closed(lines, idx, heading)) is not None:
            rest, first = bracketed, idx + 1
        # (not one that says where they are, "Результати навчання — на звороті сертифіката.", nor one over the
        # course's particulars, its outcomes under a heading of their own: "Course outline and learning outcomes" /
        # "Learner: …" / "Delivery: …" / "After this course, practitioners are able to:")
        if (rest is None or _POINTS_ELSEWHERE.match(rest) or _POINTS_ELSEWHERE.match(rest.split(" / ", 1)[0])
                or (rest == "" and _labels_then_a_heading(lines, idx, heading))):
            continue
        if rest == "" and look_further and idx + 1 < len(lines) and _A_ROW_OF_NAMES.match(lines[idx + 1][1]):
            # "Skills" / "Pandas · NumPy · Data Cleansing · …": a bulleted list of what the holder can do further
            # down says more than the skills' names
            later = _statements_further_down(lines, idx + 1, heading, starts)
            if later is not None:
                return later
        laid_out = _laid_out_below(lines, idx, starts) if rest == "" and heading is HEADING_RE else None
        if laid_out:
            return laid_out[0][:60], page, laid_out[1]
        if (rest and idx + 1 < len(lines) and BULLET.match(lines[idx + 1][1])
                and (_WHO_ONLY.match(rest + ":") or (rest.endswith(":") and len(rest) <= 120))):
            # "Lernziele: Die Teilnehmenden" / bullets: who the list is about, without a colon of its own; or a
            # sentence leading in to them ("Mācību rezultāti. Programmas apguves rezultātā izglītojamā spēj:")
            rest = ""
        if " · " in rest:  # "Skills covered: SQL · Relational Databases · Data Analysis": the list is its paragraph
            text = rest
            for j in range(idx + 1, min(idx + 20, len(lines))):
                ln = lines[j][1]
                goes_on = (j not in starts) if starts is not None else (text.endswith("·") or ln[:1].islower())
                if not goes_on or BULLET.match(ln):
                    break
                text = _joined(text, ln)
            words = [tidy(part) for part in re.split(r"\s*·\s*", text) if tidy(part)][:60]
            # A bulleted list of what the holder can do further down says more than the skills' names
            later = _statements_further_down(lines, idx, heading, starts) if look_further else None
            return later or (words, page, False)
        first = _below_language_captions(lines, first, heading) if rest == "" else first
        items, bullets = _lists_under_headings(_numbered_section(lines, idx), first, rest, heading, starts)
        if items:
            items = _can_do_statements(items)
            stated = _stated_in_paragraphs(items, page) if not bullets else None
            found = stated or (_sentences_of_one_paragraph(items)[:60], page, bullets > 0)
            # (so does one below a row of skills' names set apart: "Skills" / "Pandas · NumPy · …")
            later = _statements_further_down(lines, idx, heading, starts) if look_further and _names_only(
                found[0]) else None
            return later or found
    return None


# A label and its value on a line of their own ("Delivery: five workshop days …", "Learner: Olena Kovalchuk")
_LABELLED_LINE = re.compile(r"^\s*(?-i:[A-ZА-ЯІЇЄҐ])[^\W\d_]*(?:\s[^\W\d_]+){0,2}\s*:\s+\S", re.I)
_LABELS_BEFORE_A_HEADING = 8  # lines


def _labels_then_a_heading(lines: list[tuple[int, str]], idx: int, heading: re.Pattern[str]) -> bool:
    """Whether the heading at ``idx`` has only labelled lines below it (each perhaps running on to a line of its
    own) and then another heading, which heads the outcomes: a page's heading over the course's particulars and its
    outcomes alike."""
    labelled = False
    for j in range(idx + 1, min(idx + 1 + _LABELS_BEFORE_A_HEADING, len(lines))):
        line = lines[j][1]
        if _heading_rest(line, heading) is not None:
            return labelled
        if _LABELLED_LINE.match(line):
            labelled = True
        elif not (labelled and line.lstrip()[:1].islower()):
            return False
    return False


# A column's caption that names the language its cells are in ("Українською" | "In English")
_LANGUAGE_CAPTION = re.compile(r"(?:(?:in\s+)?(?:english|ukrainian)|(?:українською|англійською)(?:\s+мовою)?|"
                               r"(?:українська|англійська)(?:\s+мова)?|укр\.|англ\.|ua|en)\s*:?", re.I)


def _outcomes_under_each_heading(
    lines: list[tuple[int, str]], starts: set[int] | None
) -> tuple[list[str], int, bool] | None:
    """A transcript's outcomes given subject by subject, each subject's under the same heading ("Результати
    навчання: …" below each discipline of an академічна довідка): every subject's, in order (:func:`find_outcomes`
    reads the first only); None where no heading is repeated."""
    heads: dict[str, list[int]] = {}
    for i, (_pg, line) in enumerate(lines):
        rest = _heading_rest(line, HEADING_RE)
        if rest is not None:
            # (the words that head the list, not a subject named before them: "1. Machine Learning (INF-5-ML). On
            # completion the student is able to:")
            head = " ".join(re.sub(r"[\W\d_]+", " ", line[: len(line) - len(rest)]).lower().split()[-5:])
            heads.setdefault(head, []).append(i)
    repeated = max(heads.values(), key=len, default=[])
    if len(repeated) < 2:
        return None
    items: list[str] = []
    page = 0
    for k, at in enumerate(repeated):
        end = repeated[k + 1] if k + 1 < len(repeated) else len(lines)
        part_starts = {n - at for n in starts if at <= n < end} if starts is not None else None
        got = find_outcomes(lines[at:end], HEADING_RE, part_starts, look_further=False)
        if got:
            items += [item for item in map(_subjects_statement, got[0]) if item and item not in items]
            page = page or got[1]
    return (items, page, False) if items else None


# A subject named with its credits or hours, where a transcript's next subject begins ("2. Дискретна математика
# (5 кредитів ЄКТС, 150 год; …). Зміст: …"), and what its student can do where a sentence tells it
_SUBJECT_HEADER = re.compile(r"^\s*(?:\d{1,2}[.)]\s*)?[^()\n]{3,80}\([^()]*\b(?:кредит\w*|ЄКТС|ECTS|год|hours?|h)\b"
                             r"[^()]*\)|"
                             # (a numbered row of the subjects' table: "2. Статистика — 150 год / 5,0 — 90 / відмінно")
                             r"^\s*(?:\d{1,2}[.)]\s*)?[^\n]{3,80}?\s[—–-]\s*\d+\s*(?:год|hours?|h)\b\s*/", re.I)
_STUDENT_CAN = re.compile(r"\b(?:студент(?:ка)?|слухач(?:ка)?|здобувач(?:ка)?|the\s+student|students)\s+"
                          r"(?:[ув]міє|[ув]міють|може|здат\w+|can|is\s+able\s+to|are\s+able\s+to)\s+(.{8,})$", re.I)


# Who can do what the item says, before it, perhaps after the name of its unit: "SWD6-01 Software Development
# Fundamentals (Python). The learner can: develop …", "The participant can build …", "Слухачка вміє: …"
_WHO_CAN_OPENER = re.compile(
    r"^(?:[^.;:\n]{3,120}\.\s+)?(?:(?:the|a|an|each)\s+)?(?:learner|participant|student|holder|graduate|trainee)s?\s+"
    r"(?:can|is\s+able\s+to|are\s+able\s+to|will\s+be\s+able\s+to)\s*:?\s+|"
    r"^(?:[^.;:\n]{3,120}\.\s+)?(?:слухач|студент|здобувач|учасни[кц]|випускни[кц])\w*\s+"
    r"(?:[ув]мі[єю]|мож[еу]|здатн\w*(?:\s+до)?)\s*:?\s+", re.I)


# The verb of ability each item of a list may open with, who can do it named in the heading above ("За результатами
# курсу учасник:" / "вміє налаштовувати …;" / "вміє сортувати …;"; "The learner:" / "can plan …")
_ABILITY_VERB_FIRST = re.compile(r"^(?:[ув]міє|може|здатн(?:ий|а)|здат(?:ен|на)|can|is\s+able\s+to)\s+(?=\S+\s+\S)",
                                 re.I)


def _without_a_shared_ability_verb(items: list[str]) -> list[str]:
    """A list's items without the verb of ability every one of them opens with (two items at least): what each says
    can be done."""
    if len(items) < 2 or not all(_ABILITY_VERB_FIRST.match(item) for item in items):
        return items
    return [_ABILITY_VERB_FIRST.sub("", item, count=1) for item in items]


def _without_who_can(item: str) -> str:
    """An outcome without who can do it, said before it (``_WHO_CAN_OPENER``): what the item says they can do."""
    opener = _WHO_CAN_OPENER.match(item)
    return item[opener.end() :] if opener and len(item) - opener.end() >= 8 else item


# A heading of the outcomes given unit by unit ("7. LEARNING OUTCOMES BY UNIT", "Результати навчання за
# дисциплінами"), below another of the whole's (a Certificate Supplement's "3. Profile of skills and competences")
_BY_UNIT_HEADING = re.compile(r"^\s*(?:\d{1,2}[.)]\s*)?(?:learning\s+outcomes|результати\s+навчання)\s+"
                              r"(?:by|per|за)\s+(?:units?|courses?|modules?|subjects?|дисциплінами|модулями|курсами|"
                              r"предметами)\s*:?\s*$", re.I)


def _outcomes_by_unit_further_down(lines: list[tuple[int, str]], starts: set[int] | None) -> list[str]:
    """The outcomes under a heading of the units' outcomes below the first outcomes heading (the whole's), each unit's
    statements in order; none where the first heading is that one or there is none such."""
    first = next((i for i, (_pg, ln) in enumerate(lines) if HEADING_RE.match(ln)), None)
    if first is None or _BY_UNIT_HEADING.match(lines[first][1]):
        return []
    at = next((i for i in range(first + 1, len(lines)) if _BY_UNIT_HEADING.match(lines[i][1])), None)
    if at is None:
        return []
    found = find_outcomes(lines[at:], starts={s - at for s in starts if s >= at} if starts is not None else None,
                          look_further=False)
    return [statement for item in _numbered_in_order(found[0]) for statement in _statements_by_their_openers(item)
            ] if found else []


def _subjects_statement(item: str) -> str:
    """An item of a subject's list, or, where it is the next subject's description, what its student can do (the
    sentence that tells it; "" for none)."""
    if not _SUBJECT_HEADER.match(item):
        return item
    can = _STUDENT_CAN.search(item)
    return can.group(1).rstrip(".") if can else ""


def _below_language_captions(lines: list[tuple[int, str]], first: int, heading: re.Pattern[str] = HEADING_RE) -> int:
    """The line below which a list begins, past a bilingual table's captions below its heading ("Українською" |
    "In English"), or past the heading in the paper's other language ("Відпрацьовані навички" / "Skills practised")."""
    while first + 1 < len(lines) and _LANGUAGE_CAPTION.fullmatch(lines[first + 1][1].strip()):
        first += 1
    if (first + 1 < len(lines) and _heading_rest(lines[first + 1][1], heading) == ""
            and _script_of(lines[first + 1][1]) != _script_of(lines[first][1])):
        first += 1
    return first


# What a heading says where the outcomes are given elsewhere: on the back, in an annex, on the next page
_POINTS_ELSEWHERE = re.compile(
    r"\s*(?:(?:див(?:іться)?\.?|наведен[оі]|подан[оі]|see|listed|are\s+listed|set\s+out|given)\s+)?"
    r"(?:на\s+звороті|на\s+зворотному\s+боці|[ву]\s+додатку|на\s+(?:другій|наступній)\s+сторінці|додаток|overleaf|"
    r"on\s+the\s+(?:reverse|back|next\s+page|following\s+page|second\s+page)|in\s+the\s+(?:annex|appendix)|"
    r"(?:the\s+)?(?:annex|appendix))\b[^.;]{0,40}\.?\s*$", re.I)

# A row of names set apart by middle dots, a few words each ("Pandas  ·  NumPy  ·  Data Cleansing  ·  …")
_A_ROW_OF_NAMES = re.compile(r"^\s*[^·\n]{1,40}(?:\s·\s[^·\n]{1,40}){2,}\s*(?:·\s*)?$")


def _statements_further_down(
    lines: list[tuple[int, str]], idx: int, heading: re.Pattern[str], starts: set[int] | None
) -> tuple[list[str], int, bool] | None:
    """A bulleted list of outcomes under a later heading than the one at ``idx`` (where that one gave only names)."""
    if heading is not HEADING_RE:
        return None
    for j in range(idx + 1, len(lines)):
        if _heading_rest(lines[j][1], heading) is None:
            continue
        later = find_outcomes(lines[j:], heading, {n - j for n in starts if n >= j} if starts else starts,
                              look_further=False)
        if later is not None and later[2] and not _names_only(later[0]):
            return later
    return None


def _statements_below_a_table_of_names(rec: CredentialRecord, pages: list[str], starts: set[int] | None) -> None:
    """A table's column of skills' names read as the outcomes ("Data modelling and design" | "DTAN 2" | evidence …)
    gives way to a bulleted list of what the holder can do under a later heading ("Learning outcomes — the holder is
    able to:")."""
    element = rec.elements.get("learning_outcomes")
    items = element.value if element is not None and element.source.endswith(" (table)") else None
    if not isinstance(items, list) or len(items) < 2 or not all(
            len(item.split()) <= 4 and not re.search(r"[.;:,]", item) for item in items):
        return
    lines = _lines(pages)
    first = next((i for i, (_pg, ln) in enumerate(lines) if _heading_rest(ln, HEADING_RE) is not None), None)
    later = _statements_further_down(lines, first, HEADING_RE, starts) if first is not None else None
    if later is not None:
        rec.set("learning_outcomes", later[0], f"pdf p.{later[1]}", overwrite=True)


def _names_only(items: list[str]) -> bool:
    """Whether outcomes are only names (skills' or tools' tags: "Pandas", "Data Wrangling"), no statements."""
    return len(items) >= 2 and all(len(item.split()) <= 3 and not re.search(r"[.;:,]", item) for item in items)


def _lists_under_headings(
    scope: list[tuple[int, str]], first: int, rest: str, heading: re.Pattern[str], starts: set[int] | None
) -> tuple[list[str], int]:
    """The list under the heading at ``first``, then those of the headings that end each (outcomes headings only),
    as one; with how many items were bulleted."""
    items: list[str] = []
    bullets = 0
    at: int | None = first
    heads: str | None = rest
    while at is not None and heads is not None:
        got, bulleted, at = _list_after(scope, at, heads, starts)
        at = at if at is None or at < len(scope) else None
        if bulleted and items and not bullets and len(items) == 1 and heads == "":
            # a line about the course under the first heading ("What you learned" / "Applied Machine Learning … —
            # 120 hours" / "On completing this course you are able to:" / the bulleted list): no outcome
            items = []
        items += got
        bullets += bulleted
        heads = _heading_rest(scope[at][1], heading) if at is not None and heading is HEADING_RE else None
    return items, bullets


def _laid_out_below(lines: list[tuple[int, str]], idx: int, starts: set[int] | None) -> tuple[list[str], bool] | None:
    """The outcomes below a heading alone on its line, laid out otherwise than as a list: in captioned columns, as
    names between dots ("SKILLS DEMONSTRATED" / "Landing-page copywriting · No-code website builders · …"), or in
    rows captioned by their kind or module ("Wiedza" / "zna i rozumie:" / "…; …", "М1. Загрози …" / "…; …"); with
    whether they are itemised already (no ruled table's cells are then read in their place)."""
    cells = _captioned_columns(lines, idx, starts) or _dotted_lines_below(lines, idx)
    if cells:
        return cells, False
    by_kind = _outcomes_by_kind(lines, idx)
    return (by_kind, True) if by_kind else None


# The kinds of outcome a table of outcomes by kind captions its rows with (the European and the national
# qualifications frameworks' descriptors): "Wiedza" / "zna i rozumie:", "Знання", "Skills", "Kompetencje społeczne"
_KIND_OF_OUTCOME = re.compile(
    r"(?:wiedza|umiejętności|kompetencje(?:\s+społeczne)?|знання|уміння|вміння|навички|комунікація|"
    r"(?:відповідальність|автономія)(?:\s+(?:і|та)\s+(?:автономія|відповідальність))?|knowledge|skills|competences?|"
    r"(?:responsibility|autonomy)(?:\s+and\s+(?:autonomy|responsibility))?|kenntnisse|wissen|fertigkeiten|"
    r"kompetenzen|connaissances|aptitudes|compétences|conocimientos|habilidades|destrezas|competencias|znalosti|"
    r"vědomosti|dovednosti|zručnosti|kompetence|spôsobilosti)\b", re.I)
_CAPTION_WORDS = 4  # the most words a line of a row's caption has ("jest gotów", "Відповідальність і")
# ... or a module by its number, its hours and mark beside it ("М1. Загрози, атаки та вразливості 45 год / 1,5 …")
_MODULE_CAPTION = re.compile(r"(?:[МM]\s?\d{1,2}[.:)]?|(?:модуль|module|modul)\s+\d{1,2}[.:)]?)\s", re.I)


def _outcomes_by_kind(lines: list[tuple[int, str]], idx: int) -> list[str] | None:
    """The outcomes of a table whose rows are captioned by the kind of outcome ("Wiedza" / "zna i rozumie:" /
    "zasady modelowania danych …; postacie normalne …; …", "Umiejętności" / "potrafi:" / …) or by a module ("М1.
    Загрози, атаки та вразливості" / "45 год" / "Розрізняє основні види загроз …; знаходить …"): each part of each
    row's text between semicolons, one outcome; None unless at least two rows are so captioned."""
    groups: list[str] = []
    caption: list[str] = []
    for _pg, ln in lines[idx + 1 : idx + 61]:
        text = ln.strip()
        if len(text.split()) <= _CAPTION_WORDS and not text.endswith((".", ";")):
            caption.append(text)  # a line of the next row's caption
            continue
        if caption:
            said = " ".join(caption)
            if not (_KIND_OF_OUTCOME.match(said) or _MODULE_CAPTION.match(said)):
                break  # neither a kind of outcome nor a module: the table has ended
            groups.append(text)
            caption = []
        elif groups and not LABEL_LIKE.match(text) and not _starts_section(text):
            groups[-1] = _joined(groups[-1], text)  # the row's text goes on
        else:
            break  # "Sposób weryfikacji efektów: …": the next field
    if len(groups) < 2:
        return None
    return [item for group in groups for part in group.split(";") if len(item := tidy(part)) > 3][:60]


def _dotted_lines_below(lines: list[tuple[int, str]], idx: int) -> list[str] | None:
    """The skills set below a heading as lines of names between dots ("Landing-page copywriting · No-code website
    builders · On-page SEO" / "Social media content calendars · …"), each name one outcome; None when the line
    below the heading is no such line."""
    if idx + 1 >= len(lines) or lines[idx + 1][1].count(" · ") < 2:
        return None
    names: list[str] = []
    for _pg, ln in lines[idx + 1 : idx + 12]:
        if " · " not in ln:
            break
        names += [tidy(part) for part in re.split(r"\s*·\s*", ln) if tidy(part)]
    if any(len(name.split()) > 8 for name in names):
        return None  # tags run together with no dot between them: read by their boxes (pdf_chips)
    return names[:60]


def _heading_with_its_bracket_closed(lines: list[tuple[int, str]], idx: int, heading: re.Pattern[str]) -> str | None:
    """What follows a heading whose note in brackets runs on to the next line ("Resultados de aprendizaje
    (declaración redactada por el estudiante y validada por el" / "profesorado)"), read over both lines; None when
    line ``idx`` is no such heading."""
    line = lines[idx][1]
    if idx + 1 >= len(lines) or line.count("(") <= line.count(")"):
        return None
    closing = lines[idx + 1][1].strip()
    if len(closing) > 80 or not closing.endswith((")", "):", ").")) or "(" in closing:
        return None
    return _heading_rest(f"{line.rstrip()} {closing}", heading)


# A first-person statement of what the learner can do ("I can follow a stand-up meeting …"), perhaps after the caption
# of its skill run into it ("Listening I can …", "Spoken interaction I can …")
_CAN_DO = re.compile(r"^(?:[^\W\d_][\w-]*\s+){0,3}?((?-i:I)\s+can\s+\S.*|(?-i:Я)\s+(?:вмію|можу)\s+\S.*)$", re.I)


def _can_do_statements(items: list[str]) -> list[str]:
    """A list of "I can …" statements without their skills' captions run into them and without the notes around
    them (a line about who wrote and checked them); other lists as they are."""
    said = [m.group(1) for m in map(_CAN_DO.match, items) if m]
    return said if len(said) >= 3 and len(said) * 2 >= len(items) else items


# A column's caption in a table of outcomes by kind: "Теорія — знає і пояснює" | "Практика — уміє", "Knowledge" |
# "Skills", "Wiedza" | "Umiejętności"
_COLUMN_CAPTION = re.compile(
    r"(?<![^\W\d_])(?:теорі|практик|знає|знанн|знати|розуміє|розумінн|уміє|умінн|вміє|вмінн|навичк|автономі|"
    r"knowledge|knows|understand|skills|theory|practice|able\s+to|wiedza|umiejętności|kompetencje|kenntnisse|"
    r"fertigkeiten|savoirs?|connaissances|compétences|conocimientos|habilidades|destrezas)",
    re.I,
)  # fmt: skip


def _captioned_columns(lines: list[tuple[int, str]], idx: int, starts: set[int] | None) -> list[str] | None:
    """The cells of a table of outcomes in columns by kind right below the heading at ``idx`` ("Теорія — знає і
    пояснює" | "Практика — уміє", then a row a topic: what is known, what can be done), each cell an item up to the
    table's end (a label or a heading); None where the heading has no such captions (two short paragraphs of their
    own, one naming a kind of outcome). The text gives the cells row by row, left first."""
    if starts is None or idx + 3 >= len(lines):
        return None
    captions = [lines[idx + 1][1].strip(), lines[idx + 2][1].strip()]
    # (the captions of one row may be one paragraph of the text: the first begins one, and so does the first cell)
    if (idx + 1 not in starts or idx + 3 not in starts
            or not all(len(c.split()) <= 6 and not re.search(r"\d|[.;:]$", c) and _COLUMN_CAPTION.search(c)
                       for c in captions)):
        return None
    cells: list[str] = []
    for at in range(idx + 3, min(idx + 120, len(lines))):
        ln = lines[at][1].strip()
        if at in starts or not cells:
            if STOP_LABELS.match(ln) or HEADING_RE.match(ln) or TOPIC_RE.match(ln):  # a label or the next heading
                break
            cells.append(ln)
        else:
            cells[-1] = _joined(cells[-1], ln)
    return [tidy(c) for c in cells if len(c.split()) >= 3] or None


# Where a sentence ends and the next begins (a capital after its full stop): the sentences of a paragraph
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZА-ЯІЇЄҐ])")
# Prose under an outcomes heading: paragraphs, not items of a list
_PARAGRAPH_CHARS = 200
_SENTENCES_OF_PROSE = 2  # a paragraph of so many sentences is prose, whatever follows it


def _stated_in_paragraphs(items: list[str], page: int) -> tuple[list[str], int, bool] | None:
    """Outcomes told in paragraphs of prose under their heading ("Demonstrated Competencies" / "A participant who
    completes CIS-N 118 is able to write …, choose …. The participant breaks a problem into …"): the clauses of the
    sentences that say what the learner can do, as where no heading stands (:func:`_outcomes_in_a_sentence`)."""
    if (items and ABLE_TO_RE.match(items[0]) and not _HEADING_ALONE_END.search(items[0])
            and not any(item.endswith((".", "!", "?")) for item in items[:-1])):
        # one sentence that states them, parted at its semicolons ("Participants who complete the course are able to
        # build …" / "to judge …" / "and to group … clusters. Data wrangling in the labs …"): read whole again, where
        # that parts it into clauses of their own (not "identify" / "assess and respond to project risks")
        sentences = [(page, sentence.strip()) for sentence in _SENTENCE_END.split("; ".join(items)) if sentence.strip()]
        stated = _outcomes_in_a_sentence(sentences, _LONGEST_STATEMENT)
        return stated if stated and all(map(_a_clause_of_its_own, stated[0])) else None
    # (after a first paragraph of whole sentences the others may be short: a last statement set apart, a note
    # closing them, "Learnwell professional certificates are non-credit credentials."; after one long sentence, or
    # one parted at its semicolons, they are a list's items)
    if not items or len(items[0]) < _PARAGRAPH_CHARS or not (
            all(len(item) >= _PARAGRAPH_CHARS for item in items[1:])
            or (len(_SENTENCE_END.split(items[0])) >= _SENTENCES_OF_PROSE and items[0].endswith((".", "!", "?")))):
        return None
    sentences = [(page, sentence.strip()) for item in items
                 for sentence in _SENTENCE_END.split(item) if sentence.strip()]
    return _outcomes_in_a_sentence(sentences)


def _a_clause_of_its_own(item: str) -> bool:
    """Whether an item read from a sentence is a clause: two words or more, a verb first (not "identify" alone, not
    the rest of a list of objects, "дублікати та некоректні типи")."""
    words = item.split()
    if len(words) < 2:
        return False
    return bool(_OPENS_WITH_A_VERB.match(item)) if _script_of(words[0]) == "cyr" else _begins_with_verb(item)


_LONGEST_SENTENCE = 600  # characters of a sentence of prose read for the outcomes it states
_LONGEST_STATEMENT = 1_500  # and of one stating them that a list's items had parted, read whole again
_HEADING_ALONE_END = re.compile(r"(?:able\s+to|can|здат\w*|[ву]міє)\s*:?\s*$", re.I)  # a lead-in, its list below


def _sentences_of_one_paragraph(items: list[str]) -> list[str]:
    """A heading's one paragraph of prose in no form the reader knows ("Soy capaz de …. Puedo …. Sé …."): each
    sentence one outcome, as each says something of its own; other lists as they are."""
    if len(items) != 1 or len(items[0]) < _PARAGRAPH_CHARS:
        return items
    sentences = [s.strip() for s in _SENTENCE_END.split(items[0]) if s.strip()]
    if len(sentences) < 2 or any(len(s) < _SHORTEST_SENTENCE for s in sentences):
        return items
    return sentences


_SHORTEST_SENTENCE = 20  # shorter: an abbreviation's full stop cut the paragraph, not a sentence's end


# A test report's heading, the test named on the line above it
_REPORT_HEADING = re.compile(r"(?:(?:candidate|examination|exam|official)\s+)?"
                             r"(?:test\s+report(?:\s+form)?|score\s+report|results?\s+report|statement\s+of\s+results|"
                             r"candidate\s+report)", re.I)
_A_TEST = re.compile(r"\b(?:test|exam|examination)\b", re.I)
# The assessment a learner passed, named where a course would be ("склала підсумковий контроль", "passed the final
# exam")
_AN_ASSESSMENT_PASSED = re.compile(r"(?:the\s+)?(?:(?:підсумков|фінальн|final|written|oral)\w*\s+)?(?:challenge\s+)?"
                                   r"(?:контроль|атестаці\w*|іспит\w*|екзамен\w*|залік\w*|exam\w*|assessment|"
                                   r"lab|test|quiz)\b(?:[.\s]*$|,\s+(?:in\s+which|where|which)\b)", re.I)
# The English translation of a completion phrase after a slash, at a line's end (or cut there: "… завершив
# онлайн-курс / has successfully" / "completed the online course")
_TRANSLATED_VERB = re.compile(r"\s/\s*(?:has|have)\s+(?:\w+\s+){0,3}?(?:completed|attended|passed|finished)\b[^/]*$|"
                              r"\s/\s*(?:has|have)(?:\s+(?:successfully|satisfactorily))?\s*$", re.I)
# How many courses a programme has, where its name would stand ("all four courses of the online specialization", "the
# 7-course … Professional Certificate program")
_A_COUNT_OF_COURSES = re.compile(r"(?:(?:the|all|each\s+of\s+the)\s+)?(?:\d{1,2}|two|three|four|five|six|seven|eight|"
                                 r"nine|ten|twelve)[\s-](?:hands-on\s+|practical\s+|graded\s+)?(?:courses?|modules?|"
                                 r"labs?|assignments?|projects?|quizzes|exercises)\b|"
                                 r"(?:all|every|each)\s+(?:of\s+the\s+)?(?:courses?|modules?)\s+of\s+the\b", re.I)
_HOW_IT_WAS_DONE = re.compile(r"as\s+(?:agreed|planned|scheduled|required|expected)|on\s+time|in\s+full|"
                              r"independently|satisfactorily|successfully|with\s+(?:care|help|support)", re.I)
# (a clause after "and" that ends on its line: "… and what the graduate demonstrated at it."; not a lead-in to a
# name on the next line: "completed and received a passing grade in" / "CS50x: …")
# A name cut where its sentence goes on: "took part in Hack the Hromada 2025 and, together with her team, …"
# (or an article after a comma, where the line breaks inside what the course was: "… Backend track, a" / "12-week …")
_TRAILING_CONJUNCTION = re.compile(r"\s+(?:and|or|та|і|й|und|et|y|e)$|,\s*(?:a|an|the)$", re.I)
_A_CONDITION = re.compile(r"(?:only\s+)?(?:when|if|once|unless|after|before|because)\s|"
                          r"(?:and|or|but)\s+(?-i:[a-z])[^.\n]*\.", re.I)
_SECTION_NUMBER = re.compile(r"^\s*(\d{1,2})[.)]\s+\S")


def _numbered_section(lines: list[tuple[int, str]], heading: int) -> list[tuple[int, str]]:
    """``lines`` up to the next numbered section after a numbered heading ("8. Knowledge, skills and competences
    acquired" … "9. Evaluation of the trainee"), where the list below the heading is not itself numbered; else all."""
    number = _SECTION_NUMBER.match(lines[heading][1])
    if number is None:
        return lines
    following = str(int(number.group(1)) + 1)
    for j in range(heading + 1, len(lines)):
        marked = _SECTION_NUMBER.match(lines[j][1])
        if marked is not None:
            return lines[:j] if marked.group(1) == following else lines
    return lines


# A table's column headed by who can do what ("Модуль" / "Годин Оцінка Випускник уміє", "Weight The holder can"),
# without a colon: the outcomes' heading when a bulleted list follows it
WHO_CAN_COLUMN = re.compile(
    r"(?:^|\s)(?:(?:випускни|слухач|учасни|здобувач|студент)\w*\s+(?:[ву]міє|[ву]міють|може|можуть|здат\w+)|"
    r"(?:the\s+)?(?:graduate|holder|learner|participant|student)s?\s+(?:can(?:\s+now)?|is\s+able\s+to))\s*$",
    re.I,
)  # fmt: skip
# After a heading, who the list is about and nothing else ("Efekty uczenia się – uczestniczka:", "Learning outcomes
# – the participant:"): part of the heading, not an outcome.
# Who can do what, with nothing after it: "participants:", "the coach is able to", "the learner can:"
_WHO_ONLY = re.compile(r"^(?:the\s+)?[^\W\d]+(?:\s+[^\W\d]+)?\s*:$|"
                       r"^(?:the\s+)?[^\W\d]+\s+(?:is|are|will\s+be)\s+(?:now\s+)?able\s+to\s*:?$|"
                       r"^(?:the\s+)?[^\W\d]+\s+can(?:\s+now)?\s*:?$|"
                       # the heading's other half says it again ("Skills — що ти тепер вмієш", "Skills — what you can
                       # do now")
                       r"^(?:що|чого)\s+(?:ти|ви|я)\s+(?:тепер\s+|вже\s+)?(?:[ву]мі(?:єш|єте|ю)|мож(?:еш|ете|у)|"
                       r"навчи(?:вся|лася|лися|лись))\s*:?$|"
                       r"^what\s+(?:you|I|we)\s+can\s+(?:now\s+)?do(?:\s+now)?\s*:?$", re.I)


def _heading_rest(line: str, heading: re.Pattern[str]) -> str | None:
    """What follows an outcomes heading on its line ("" for none); None when the line is no such heading."""
    if " / " in line and len(line) <= 100 and heading is HEADING_RE:
        # a heading in two languages ("Competencies covered / Опановані компетентності"): either half alone
        first, second = line.split(" / ", 1)
        if _heading_rest(first, heading) == "" or _heading_rest(second, heading) == "":
            return ""
    m = heading.match(line)
    if m:
        rest = next((g for g in m.groups() if g), "").strip()
        # A long line is a sentence that merely opens with the words, unless a short heading with a colon begins
        # it and the list runs on after it ("1 Course content and learning outcomes: students work out …")
        head = line[: len(line) - len(rest)].rstrip()
        # (a sentence that states the outcomes is read however long its line: a landscape page's lines are)
        if len(line) > 120 and not (len(head) <= 60 and head.endswith(":")) and heading is not ABLE_TO_RE:
            return None
        if _WHO_ONLY.match(rest):
            return ""
        # the prose after the heading opens with who can do it ("Результати навчання. Слухачка навчилася
        # класифікувати загрози …"): what they can do, without them
        who = ABLE_TO_RE.match(rest) if rest else None
        return next((g for g in who.groups() if g), rest) if who else rest
    # (every trailing heading ends in its colon or an ellipsis: most lines are passed over without the search)
    if (heading is HEADING_RE and len(line) <= 240 and line.rstrip().endswith((":", "…", "..."))
            and TRAILING_HEADING.search(line)):
        return ""
    if heading is HEADING_RE and _CANDIDATE_CAN_DO.fullmatch(line.strip()):
        return ""  # a test report's "What this candidate can do at this level", a heading without a colon
    if heading is TOPIC_RE and _TOPICS_WITH_A_NOTE.match(line):
        return ""  # "Course descriptions (summary from the Study Guide …)"
    return None


_CANDIDATE_CAN_DO = re.compile(
    r"what\s+(?:this|the)\s+(?:candidate|test[- ]taker|learner|holder|participant|student|graduate)\s+can\s+do"
    r"(?:\s+at\s+(?:this|each|these)\s+levels?)?\s*:?", re.I)


# A table's header set as short cells above its first row ("Working" / "towards" / "Achieved" / "Exceeded" /
# "Evidence, date" / "1. load CSV …"): at most this many lines of at most so many words each
_HEADER_CELLS = 8
_HEADER_CELL_WORDS = 3


def _header_cells_before_a_bullet(body: list[tuple[int, str]], k: int) -> bool:
    """Whether line ``k`` of ``body`` and every line after it until a bulleted one are a table's short header cells
    (the first row's bullet within ``_HEADER_CELLS`` lines), perhaps with the title of the first group of rows just
    before that bullet ("Criterion" / "Met" / "Evidence" / "WP2.1 Reels and the paper web" / "a) prepare reels …")."""
    if len(body[k][1].split()) > _HEADER_CELL_WORDS:
        return False
    following = body[k + 1 : k + 1 + _HEADER_CELLS]
    for j, (_at, ln) in enumerate(following):
        if BULLET.match(ln):
            return True
        if len(ln.split()) > _HEADER_CELL_WORDS:
            group_title = (j >= 1 and j + 1 < len(following) and BULLET.match(following[j + 1][1]) is not None
                           and _GROUP_TITLE.fullmatch(ln) is not None)
            return group_title
    return False


_DASHES = "–—"


def _dash_going_on(line: str, items: list[str], marks: set[str]) -> bool:
    """Whether ``line``, opening with a dash followed by a word in lower case, goes on with the unfinished item
    above rather than starting one: the items so far were marked otherwise ("•", "1."), so the dash is the item's
    own, set at the start of a wrapped line."""
    text = line.lstrip()
    if not text or text[0] not in _DASHES or not marks or marks & set(_DASHES) or not items:
        return False
    if re.search(r"[.;:!?]$", items[-1]):
        return False
    rest = text[1:].lstrip()
    return rest[:1].islower()


# The title of a group of a table's rows: a code, then a few words ("WP2.1 Reels and the paper web", "M2 Joins",
# "WP2.5 Folder and delivery · WP2.6 Health, safety and waste")
_GROUP_TITLE = re.compile(r"[A-Za-zА-ЯІЇЄҐа-яіїєґ]{1,4}\d{1,2}(?:\.\d{1,2})?\.?\s+(?:[^.;:!?]|(?<=\d)\.(?=\d)){3,80}")


def _list_after(  # noqa: C901 - one pass over the list's lines, a branch for each kind of line
    lines: list[tuple[int, str]], idx: int, rest: str, starts: set[int] | None
) -> tuple[list[str], int, int | None]:
    """The items under the heading at ``idx`` (``rest``: what follows it on its line), how many were bulleted, and
    the line that ended the list when it is a heading of its own."""
    items: list[str] = []
    bullets = 0
    stopped_at: int | None = None
    closed = False  # an item ended by a figure beside it (a table's column of weights)
    body = [(i, ln) for i, (_pg, ln) in enumerate(lines[idx + 1 : idx + 81], idx + 1)]
    inline = bool(rest and len(rest) > 3)  # the list begins on the heading's line ("Skills covered: …")
    if inline:
        body = [(-1, rest), *body[:79]]
    after_line = {at: body[k + 1][1] for k, (at, _ln) in enumerate(body[:-1])}
    # lines with a bulleted line among the next three: a short one between items is a cell beside them
    header_cells = {at for k, (at, _ln) in enumerate(body) if _header_cells_before_a_bullet(body, k)}
    bullet_next = {at for k, (at, _ln) in enumerate(body) if any(BULLET.match(ln) for _a, ln in body[k + 1 : k + 4])}
    bullet_soon = header_cells | bullet_next
    previous_line = ""  # a line going on in lower case after a full one is wrapped, even in a block of its own
    aside = False  # the line above was set aside (the next one of its block is too)
    titled = False  # the last item is a bulleted part's title ("I. Cálculo de probabilidades (15 h)"): its text follows
    bodied = 0  # parts whose paragraph followed their title
    row_cells = 0  # the short cells still expected in the row of a box ticked beside an item
    marks: set[str] = set()  # the first characters of the bulleted items so far (their marks)
    coded = False  # the line above was an outcome's code alone
    group_title: tuple[str, str] | None = None  # the number and title of the group of items being read
    # A document of several subjects: each subject's name numbered, its outcomes numbered from 1 again below it
    subjects = _subject_titles(body)
    # (the number of the subject whose items are being read: its name is left out of them, as a document of several
    # subjects read by its repeated headings gives them)
    subject: int | None = None
    translating = False  # the lines after a finished bulleted item are its translation, in the other alphabet
    translated = False  # an item's translation was left out
    heading_open = False  # the line above was a module's heading whose bracket goes on to the next line
    parts_alone = _parts_alone(body)
    for at, ln in body:
        if items and _a_signature_below(ln, after_line.get(at, "")):
            break  # "Д. Руденко" / "______" / "Денис Руденко, тренер курсу": not an item lettered "Д."
        before, previous_line = previous_line, ln
        other_alphabet = bool(items) and _script_of(ln) not in ("", _script_of(items[-1]))
        if BULLET.match(ln) or not other_alphabet:
            translating = False
        elif bullets and (translating or (re.search(r"[.;]$", items[-1]) and (at in bullet_next or translated))):
            # a bilingual list: each item followed by its translation, the next item soon after ("• Читає технічну
            # документацію …" / "Reads technical documentation …" / "• …"): read once (the last item's translation
            # too, where the items above had theirs)
            translating = translated = True
            continue
        if bullets and _TICKED.fullmatch(ln.strip()):
            aside, row_cells = True, _ROW_CELLS  # the box ticked in a row, and the row's short cells after it
            continue
        if items and _CHECKED_BY.fullmatch(ln.strip()):
            continue  # who checked the statement above, beside it ("✓ teacher"): no item of its own
        if row_cells and not BULLET.match(ln) and len(ln.split()) <= 4 and not _is_heading_stop(ln):
            row_cells -= 1  # "yes" / "O, W" / "29.10.25" / "CD" after the box ticked
            continue
        row_cells = 0
        if _LEVEL_MARK.fullmatch(ln.strip()):
            # a skill's level beside it ("●●●○ Applied", "★★★☆☆"): the end of the item above, no item itself
            closed = bool(items)
            continue
        if _CODE_ALONE.fullmatch(ln):
            coded = True  # "ПРН1." / "Аналізувати алгоритм …": the code on a line of its own, the outcome below it
            continue
        if items and _FIELD_CAPTION.fullmatch(ln.strip()):
            stopped_at = at  # a printed form's caption below the field ("(основні теми програми, набуті …)")
            break
        is_bullet = (bool(BULLET.match(ln)) and not NUMBERED_CAPITALS.match(ln)) or coded or (
            parts_alone and bool(_A_PART_LABEL.match(ln)))
        coded = False
        if is_bullet and not bullets and items and _INITIAL_AND_SURNAME.fullmatch(ln.strip()):
            is_bullet = False  # a signature below paragraphs ("H. Conway-Bell"), no item marked "H."
        if is_bullet and _dash_going_on(ln, items, marks):
            is_bullet = False  # "… exit tickets and quiz results" / "— so that it can be compared …"
        if not is_bullet and not items and not bullets and at in header_cells:
            continue  # a table's header cells above its first row ("Criterion" / "Met" / "Date"), none a label
        if not items and not bullets and _A_NOTE_IN_BRACKETS.fullmatch(ln.strip()):
            continue  # a note below the heading ("(витяг із силабусів кафедри …)"), no item
        new_paragraph = starts is not None and at in starts
        # An unfinished item going on in lower case is wrapped, whatever word opens the line ("… computer vision" /
        # "workloads on Azure; …" is no "Workload:" label)
        # (and an item that ends in a colon going on in lower case with what it introduces: "LO1 prepare a dataset
        # for modelling:" / "handle missing values …")
        wraps = bool(items) and (not re.search(r"[.;:!?]$", items[-1]) or (
            items[-1].endswith(":") and ln[:1].islower() and not is_bullet)) and (ln[:1].islower() or (
            # a bulleted item's next line in its own paragraph, whatever its first letter ("… Net Promoter" /
            # "Score items"), unless it is a label
            bullets > 0 and starts is not None and not new_paragraph and not BULLET.match(ln) and (
                ":" not in ln
                # (a label's colon, unless the line above ran to the full width of a long paragraph: "… у СКБД" /
                # "PostgreSQL: вибірки зі з'єднаннями …")
                or (len(before) >= _FULL_LINE and len(items[-1]) >= _PARAGRAPH_CHARS))) or (
            # a paragraph of prose going on mid-sentence, whatever its next line holds ("… is kept in" / "Git: the
            # participant makes …" is no "Git:" label)
            bullets == 0 and starts is not None and not new_paragraph and len(items[-1]) >= _PARAGRAPH_CHARS))
        # The line above was full (its item goes on below, in a paragraph of its own when a hanging indent sets its
        # lines apart): full width, about as long as this one in a narrow column, or ending in the colon of what
        # follows
        filled = wraps and (len(before) >= _FULL_LINE or items[-1].endswith(":") or (
            ln[:1].islower() and len(before) >= _NARROW_LINE and 0.9 * len(ln) <= len(before) <= 1.3 * len(ln)))
        if heading_open and not is_bullet and len(ln) <= _NARROW_LINE:
            # a module's heading wrapped inside its bracket ("Частина II. … (50 год; контрольна робота —" / "90 балів)")
            heading_open = ln.count("(") >= ln.count(")")
            continue
        heading_open = False
        aside = not is_bullet and _between_items(
            ln, started=bool(items or bullets), bulleted=bullets > 0, next_line=after_line.get(at, ""),
            bullet_soon=at in bullet_soon, cell=(not new_paragraph and aside) or (new_paragraph and not (
                wraps and filled)))
        if aside:
            heading_open = bool(_MODULE_HEADING.match(ln)) and ln.count("(") > ln.count(")")
            continue
        if (titled and new_paragraph and not wraps and not is_bullet and (at in bullet_soon or bodied)
                and not _is_heading_stop(ln)):
            # the part's title, then the paragraph of what its learners can do: where the next part follows the
            # paragraph, or an earlier part had one (the last part's paragraph; not a paragraph after a plain list)
            items[-1] = f"{items[-1]}: {ln}"
            titled = False
            bodied += 1
            continue
        if not is_bullet and (items or bullets) and _list_ends_at(ln, items, wraps, new_paragraph,
                                                                  after_line.get(at, "")):
            stopped_at = at
            break
        if not is_bullet and not items and STOP_LABELS.match(ln):
            break
        if at >= 0 and not is_bullet and not items and HEADING_RE.match(ln):
            stopped_at = at  # a heading that heads the list itself ("Efekty uczenia się:" / "Wiedza: …")
            break
        if not is_bullet and not items and not bullets and _lead_in(ln, at, after_line.get(at, ""), at in bullet_soon):
            continue
        if not is_bullet and _FIGURE_CELL.fullmatch(ln):
            # A table's column of weights beside the outcomes ("Weight" / "15%"): its cells end an item
            closed = bool(items)
            continue
        group = _A_GROUP_OF_ITEMS.match(ln) if is_bullet else None
        if group and at in subjects:
            subject = subjects[at]
            continue
        if group and subject and int(group.group(1)) == subject + 1 and subjects.get(
                next((a for a, _ln in body if a > at and _A_GROUP_OF_ITEMS.match(_ln)), -1)) == subject + 2:
            # the subject between two others with no list of its own: its name, then its outcome on its line
            # ("3. Перша медична допомога. Проводити серцево-легеневу реанімацію …")
            subject += 1
            named = _NAME_THEN_SENTENCE.match(BULLET.sub("", ln, count=1).strip())
            if named is None:
                continue  # a subject's name alone
            ln = f"{group.group(1)}. {named.group(2)}"
        if group and re.match(rf"\s*{group.group(1)}\.1\.?\s", after_line.get(at, "")):
            # "1. Проєктування схеми даних" / "1.1 будує ER-модель …": the title of the items below, said with each
            group_title = (group.group(1), BULLET.sub("", ln, count=1).strip().rstrip(":"))
            continue
        if is_bullet:
            bullets += 1
            marks.add(ln.lstrip()[:1])
            item = BULLET.sub("", ln, count=1).strip()
            if group_title and re.match(rf"\s*{group_title[0]}\.\d", ln):
                item = f"{group_title[1]}: {item}"
            items.append(item)
            titled = bool(_PART_TITLE.fullmatch(items[-1]))
            continue
        titled = False
        if closed and not bullets:
            items.append(ln)
            closed = False
        elif (bullets or inline) and new_paragraph and not (wraps and filled):
            stopped_at = at
            break  # the paragraph after the list (a line going on in lower case is the item's, in a table's cell)
        elif items and (ln[:1].islower() or not re.search(r"[.;:!?]$", items[-1])):
            items[-1] = _joined(items[-1], ln)
        elif bullets:
            stopped_at = at
            break
        elif (items and len(items[-1]) >= _PARAGRAPH_CHARS and len(ln.split()) <= 5 and not re.search(r"[.;:!?]$", ln)
              and len(after_line.get(at, "").split()) <= 5):
            # a short line after a paragraph that ended, above a table's short cells: the next section's heading
            # ("Журнал варок" / "Дата"); not the caption of the next paragraph ("Listening · B2" / "Follows …")
            stopped_at = at
            break
        else:
            items.append(ln)
    if inline and not bullets and len(items) == 1:
        # "… learned to compute X, to work with Y, and to apply Z", "… уміє читати X, писати Y і брати участь у Z";
        # else "Competencies: planning interviews, usability testing, …"
        items = _clause_list(items[0]) or _comma_list(items[0])
    # (a mark alone on its line, its item on the next: "✓" / "Estimate the time …")
    items = [_without_caption(_without_code(_MARK_ALONE.sub("", part))) for item in items
             for tag in _tags_of_a_row(tidy(item)) for part in split_enumeration(tag) if len(part) > 2]
    return items, bullets, stopped_at if stopped_at is not None and stopped_at >= 0 else None


def _tags_of_a_row(item: str) -> list[str]:
    """A row of short names set apart by middle dots or bars ("Java 17 · Spring Boot · REST · PostgreSQL") or each in
    square brackets ("[ HDBaseT ]  [ Signal routing ]") as its names, each a topic or skill of its own; any other item
    whole."""
    bracketed = _BRACKETED_TAG.findall(item)
    if len(bracketed) >= 3 and not _BRACKETED_TAG.sub("", item).strip():  # "[ Matrix switching ]  [ HDBaseT ]  …"
        return [" ".join(tag.split()) for tag in bracketed]
    for mark in (" · ", " | "):  # "Big-O analysis | Recursion | Merge sort | …"
        parts = [part.strip() for part in item.split(mark)]
        if len(parts) >= 3 and all(part and len(part.split()) <= 4 and ":" not in part for part in parts):
            return parts
    return [item]


_BRACKETED_TAG = re.compile(r"\[\s*([^\[\]]{1,60}?)\s*\]")


_MARK_ALONE = re.compile(r"^[✓✔☑✅•▪●◦►▸‣]\s+(?=\S)")


def _without_code(item: str) -> str:
    """An outcome without the code it is listed with under a heading ("РН1. Записувати …"), as a list of coded
    outcomes found without a heading gives it (:func:`_coded_outcomes`)."""
    coded = _CODED.match(item)
    return coded.group(1) if coded else item


# A bulleted part's title: a few words, no sentence's end, perhaps its hours ("Estimación de parámetros (20 h)")
_PART_TITLE = re.compile(r"[^\W\d_][^.;:!?]{2,70}?(?:\s*\(\d+(?:[.,]\d+)?\s*(?:h|год\.?|hours?|horas|ore|Std\.)\))?")


def _list_ends_at(ln: str, items: list[str], wraps: bool, new_paragraph: bool, next_line: str) -> bool:
    """Whether a line that is no bulleted item ends the list read so far (``items``)."""
    if items and _captioned(items[0]):  # items that each begin with a caption ("Front end: …" / "Back end: …")
        if _captioned(ln):
            return False  # the next of them
        if new_paragraph and not wraps:
            return True  # a paragraph with no caption after them (the signatures below)
    return _ends_the_list(ln, wraps, next_line)


def _captioned(ln: str) -> bool:
    """An item that begins with a short caption of its own ("Back end: server applications in Node.js …"), no field's
    label or heading."""
    return bool(LABEL_LIKE.match(ln)) and len(ln.split(":", 1)[0].split()) <= 3 and not _starts_section(ln)


# A line that is one bracket of words, below a heading: a note on what follows
_A_NOTE_IN_BRACKETS = re.compile(r"\([^()]{10,200}\)")


# A part of a course by its kind and number, before what it covers ("Тема 2. …", "Заняття 3: …", "Session 4 – …"):
# the label, to be taken off an item
_A_PART_LABEL = re.compile(r"^\s*(?:модуль|module|розділ|unit|тема|topic|частина|part|заняття|lesson|session|week|"
                           r"тиждень)\s+\d{1,2}\s*[.:–-]\s*(?=\S)", re.I)


def _parts_alone(body: list[tuple[int, str]]) -> bool:
    """Whether a list is of the course's parts alone, each numbered by its kind and none with items below it
    ("Тема 1. Реляційна модель даних …" / "Тема 2. …", at most a wrapped line between two): the parts are then the
    items, not headings between them."""
    parts = [k for k, (_at, ln) in enumerate(body) if _A_PART_LABEL.match(ln)]
    if len(parts) < 3 or parts[0] > 0:
        return False
    return all(b - a <= 2 and not any(BULLET.match(ln) for _at, ln in body[a + 1 : b])
               for a, b in itertools.pairwise(parts))


def _between_items(ln: str, *, started: bool, bulleted: bool, next_line: str, bullet_soon: bool, cell: bool) -> bool:
    """A line among a list's items that is none and does not end it: a module's numbered heading ("Модуль 2.
    JavaScript у браузері (56 год)"), or a short cell of a table's other column between bulleted items ("Python
    (computer" / "programming)" beside an outcome, an ESCO skill's label). ``cell``: the line is set apart from the
    item above (a paragraph of its own that does not continue it, or the next line of a cell set aside)."""
    if _MODULE_HEADING.match(ln) or (_GROUP_TITLE.fullmatch(ln) and BULLET.match(next_line)):
        # (or a group of a table's rows by its code and title: "WP2.2 Web tension and web breaks" / "c) monitor …")
        return started or bool(BULLET.match(next_line))
    return bulleted and cell and bullet_soon and len(ln.split()) <= 4 and not _is_heading_stop(ln)


def _ends_the_list(ln: str, wraps: bool, next_line: str) -> bool:
    """Whether a line that is no item ends a list begun above it: a signature (a name above its role: "Anastasiia
    Verba" / "Participant"), a heading or label (unless it is an item's wrapped line going on in lower case), a date,
    a sentence stating the workload."""
    if PERSON_NAME.fullmatch(_without_honorific(ln.strip())) and _ROLE_CAPTION.match(next_line):
        return True  # (with an academic title too: "Dr. Kadri Lepik" / "Head of the Centre …")
    if not wraps and (_DATED.match(ln) or _INITIAL_AND_SURNAME.fullmatch(ln.strip())):
        return True  # "Awarded on 17 May 2025 · Certificate no. …"; a signature "H. Conway-Bell"
    # (an item's wrapped line may name hours: "… staying off work" / "until 48 hours after symptoms stop.")
    return (_is_heading_stop(ln) and not wraps) or _is_date_line(ln) or (bool(_WORKLOAD.search(ln)) and not wraps)


# A line that opens with the date of issue under its label ("Awarded on 17 May 2025 · …", "Дата видачі: 05.08.2025")
_DATED = re.compile(r"^\s*" + DATE_LABEL.pattern + r"(?:\d{1,4}[./\s-]|\d{1,2}\s+[^\W\d_]+\s+\d{4})", re.I)
# A printed form's caption in brackets below a filled field, in lower case ("(основні теми програми, набуті
# компетентності)", "(кількість годин / кредитів ЄКТС)")
_FIELD_CAPTION = re.compile(r"\(\s*[а-яіїєґ'’][а-яіїєґ'’ ,/-]{6,120}\)")
# A numbered item that may title a group of items numbered under it ("1. Проєктування схеми даних" / "1.1 …")
_A_GROUP_OF_ITEMS = re.compile(r"\s*(\d{1,2})[.)]\s+\S")
# A subject's name and the sentence after it on its line: "Перша медична допомога. Проводити серцево-легеневу …"
_NAME_THEN_SENTENCE = re.compile(r"([^\W\d_][^.;:!?]{2,80}?[^\W\d_)])\.\s+((?-i:[A-ZА-ЯІЇЄҐ])\S.*)")


def _subject_titles(body: list[tuple[int, str]]) -> dict[int, int]:
    """The numbered lines each followed at once by a list numbered from 1 again ("1. Анатомія людини." / "1. Описувати
    …", "2. Фармакологія та медична рецептура." / "1. Класифікувати …"): the names of the subjects whose outcomes
    are listed below them, by line and number. Only where two or more are: a list that ends where another begins
    has one such line."""
    found: dict[int, int] = {}
    for (at, ln), (_below_at, below) in itertools.pairwise(body):
        this, first = _A_GROUP_OF_ITEMS.match(ln), _A_GROUP_OF_ITEMS.match(below)
        if (this and first and first.group(1) == "1" and len(ln.split()) <= _SUBJECT_WORDS
                and not re.search(r"[;,]\s*$", ln)):
            found[at] = int(this.group(1))
    return found if len(found) >= 2 else {}


_SUBJECT_WORDS = 14  # a subject's name with its number, at most
# An outcome's code in Cyrillic letters alone on its line ("ПРН1.", "РН3)"); a code in Latin letters ("LO1") is
# read as an item's mark and goes on with the line below it
_CODE_ALONE = re.compile(r"\s*(?:ПРН|ПР|РН|РНД|ЗК|ФК|СК|ПК)\s?\d{1,2}(?:\.\d{1,2})?\s*[.:)]?\s*")
# A person's name of two to four capitalised words, then a comma and a role in lower case
# (a role that opens with an abbreviation too: "…, QA-інженерці ТОВ «…»", "…, IT-менеджер …")
_NAME_THEN_ROLE = re.compile(r"((?:[A-ZА-ЯІЇЄҐ][\w'’-]+\s+){1,3}[A-ZА-ЯІЇЄҐ][\w'’-]+),\s+"
                             r"(?=[a-zа-яіїєґ]|[A-ZА-ЯІЇЄҐ]{1,4}-[a-zа-яіїєґ])")
# A signature's name by an initial ("H. Conway-Bell", "О. Петрук"): no item marked "H."
_INITIAL_AND_SURNAME = re.compile(r"(?-i:[A-ZА-ЯІЇЄҐ])\.\s*(?-i:[A-ZА-ЯІЇЄҐ])[^\W\d_]+(?:[-'’][^\W\d_]+)?")


def _a_signature_below(ln: str, next_line: str) -> bool:
    """Whether a line is a signature: an initial and a surname above the blank it is written over, or above the
    signatory's full name ("Д. Руденко" / "______" or "Денис Руденко, тренер курсу")."""
    signed = _INITIAL_AND_SURNAME.fullmatch(ln.strip())
    if signed is None:
        return False
    surname = ln.strip().split()[-1].split(".")[-1]
    return bool(re.fullmatch(r"\s*_{4,}\s*", next_line)) or surname in next_line.split(",")[0].split()


def _lead_in(ln: str, at: int, next_line: str, bullet_soon: bool) -> bool:
    """A line between an outcomes heading and its first item that is no item: a table's header cells above its
    bulleted rows ("No. The learner can" / "ESCO skill / knowledge"), or who the list is about ("Здобувач(ка)
    здатний(а):", "The learner can:", "Working in Python notebooks on real tabular data, the graduate can:")."""
    if at >= 0 and bullet_soon and len(ln.split()) <= 6:
        return True
    return ln.endswith(":") and (len(ln) <= 60 or bool(BULLET.match(next_line)))


# A line this long is a full one, which a lower-case line after it continues (a table's cell wraps in blocks)
_FULL_LINE = 60
_NARROW_LINE = 35  # a full line of a narrow column (a table's cell, a side panel) is at least this long
# A module's numbered heading inside a list of outcomes by module ("Модуль 1. Розмітка і стилі (40 год)", "Module 2:
# Data wrangling")
_MODULE_HEADING = re.compile(r"^\s*(?:модуль|module|розділ|unit|тема|topic|частина|part)\s+(?:\d{1,2}|(?-i:[IVX]{1,4}))"
                             r"\s*[.:–-]\s*\S.{0,100}$", re.I)
# A cell of a column of weights beside the outcomes (an exam's domains), or its header: "15%", "20 %", "Weight"
# (a column of hours is a module table's, read with its captions: app.importers.credentials.pdf_tables)
# A level shown with marks, perhaps with its name ("●●●○Applied", "★★★☆☆", "■■□□ Working")
_LEVEL_MARK = re.compile(r"[●○◐◑◕◔★☆■□▰▱]{2,}\s*(?:[^\W\d_][\w-]*(?:\s+[\w-]+)?)?")
# A box ticked beside a bulleted item, in a table's column ("[X]", "☑"): the end of the item, as a level's marks;
# at most this many short cells of its row follow it
_A_TICK = r"\[\s*[xX✓✔]\s*\]|[☑☒✓✔✅]"
_TICKED = re.compile(_A_TICK)
# A tick and who gave it, beside a statement of a portfolio: "✓ teacher", "✔ checked by the assessor"
_CHECKED_BY = re.compile(r"(?:" + _A_TICK + r")\s*(?:(?:checked|confirmed|verified|signed)(?:\s+by)?\s+)?"
                         r"(?:the\s+)?(?:teacher|tutor|assessor|mentor|trainer|examiner|coach|checked|confirmed|verified|"
                         r"викладач\w*|ментор\w*|тренер\w*|наставни\w*|перевірено|підтверджено)",
                         re.I)
_ROW_CELLS = 5
_FIGURE_CELL = re.compile(r"\d{1,3}(?:[.,]\d+)?\s*%|weight(?:ing)?|вага|%", re.I)
# The role printed under a signatory's name
_ROLE_CAPTION = re.compile(
    r"^\s*(?:participant|legal\s+representative|representative|director|coordinator|mentor|trainer|instructor|"
    r"course\s+lead|head\s+of|youth\s+worker|president|vice-president|chair(?:person)?|(?:programme|program)\s+"
    r"(?:committee\s+)?chair|dean|secretary|учасни\w*|директор\w*|керівни\w*|ректор\w*|тренер\w*|ментор\w*|"
    r"координатор\w*|викладач\w*|голова|президент\w*|декан\w*|секретар\w*)\b",
    re.I,
)
# A cell's caption run into its text: "Очищення даних Опрацьовує пропущені значення …", "Data cleaning Handles missing
# values …" — a short name, then a sentence that begins with a verb in the third person
_CAPTION_THEN_SENTENCE = re.compile(
    r"^[A-ZА-ЯІЇЄҐ][\w'’-]*(?:\s+[\w'’()-]+){0,3}\s+"
    r"((?:[А-ЯІЇЄҐ][а-яіїєґ'’]+(?:ює|ує|ає|яє|іє|ить|ать|ять|ться)|[A-Z][a-z]+(?:s|es))\s+\S.{8,})$"
)


# Words no caption ends with (articles, prepositions, conjunctions): the capital after them is a noun's
_NO_CAPTION_END = frozenset({
    "of", "the", "a", "an", "and", "or", "for", "to", "in", "on", "with", "by", "at", "from", "des", "der", "die",
    "das", "dem", "den", "eines", "einer", "von", "zur", "zum", "für", "und", "im", "am", "mit", "bei", "aus", "de",
    "la", "le", "les", "du", "et", "en",
})
# An item opening with a verb in the third person ("Створює сервер на Express …") is a sentence, no caption
_UKRAINIAN_VERB_FIRST = re.compile(r"^[А-ЯІЇЄҐ][а-яіїєґ'’]+(?:ює|ує|ає|яє|іє|ить|ать|ять|ться)\s")


def _without_caption(item: str) -> str:
    """An outcome whose caption in a grid of skills ("Візуалізація" / "Будує діаграми …") is set apart from its
    sentence: "Візуалізація: будує діаграми …" (the caption's words stay: they name the skill)."""
    m = _CAPTION_THEN_SENTENCE.match(item)
    if m is not None and _UKRAINIAN_VERB_FIRST.match(item):
        return item  # "Створює сервер на Express з …": a sentence from its first word, no caption before it
    caption = item[: m.start(1)].strip() if m else ""
    if m is None or any(ch.isupper() for ch in re.sub(r"\([^)]*\)", "", caption)[1:]):
        return item  # a capital inside the caption: a name ("Microsoft Excel Creates …" is no caption)
    if caption.split()[-1].casefold() in _NO_CAPTION_END:
        return item  # "Praxis des Betriebes von …": a German noun after an article, no caption and verb
    sentence = m.group(1)
    return f"{caption}: {sentence[0].lower()}{sentence[1:]}"


# A sentence stating the workload ("Kurs odpowiada 2 punktom ECTS.", "The course carries 3 ECTS credits."): no
# outcome, the end of a list that is not bulleted.
_WORKLOAD = re.compile(
    r"\d+(?:[.,]\d+)?\s*(?:(?:кредит\w*|credits?|punkt\w*)\s+)?(?:ЄКТС|ECTS|EKTS)\b|"
    r"\b\d+(?:[.,]\d+)?\s*(?:годин\w*|hours|godzin\w*|часов)\b(?!\s+(?:per|a|на|в)\b)",
    re.I,
)  # fmt: skip


# Where one verb clause of a sentence ends and the next begins: ", to …" / "and to …"; before a Ukrainian infinitive
_ENGLISH_CLAUSE = re.compile(r",\s*(?:and\s+)?to\s+|\s+and\s+to\s+", re.I)
# (an infinitive ends in a vowel or "с"/"з" before "-ти": "документи", "проєкти", "компоненти" are nouns)
_UKRAINIAN_CLAUSE = re.compile(
    r"(?:,\s+(?:а\s+також\s+|і\s+|й\s+|та\s+)?|\s+(?:і|й|та)\s+)"
    r"(?=[а-яіїєґ'’]*(?:[аеиіїоуюяє]|[сз])(?:ти|тися|тись)(?![а-яіїєґ]))"
)
_UKRAINIAN_INFINITIVE = re.compile(r"[а-яіїєґ'’]*(?:[аеиіїоуюяє]|[сз])(?:ти|тися|тись)", re.I)
_VERBS_ALONE = re.compile(r"\s*[а-яіїєґ'’]+(?:\s*,\s*[а-яіїєґ'’]+)+\s*", re.I)  # "читати, розуміти": words and commas


# An English clause without "to" begins with a verb: one of the outcome verbs (the Bloom verb list) or any word
# followed by an article or a possessive ("simplify a Boolean expression", "model the data"), which a noun in a list
# of objects ("sets and relations") is not.
_DETERMINERS = r"(?:a|an|the|their|your|its|his|her|our|one's)"


@lru_cache(maxsize=1)
def _outcome_verbs() -> frozenset[str]:
    return frozenset(word for line in resource("glossary", "bloom_en.txt").read_text(encoding="utf-8").splitlines()
                     for word in line.split("#", 1)[0].split()[1:])  # fmt: skip


@lru_cache(maxsize=1)
def _english_verb_clause() -> re.Pattern[str]:
    verbs = "|".join(sorted(_outcome_verbs(), key=len, reverse=True))
    # (two verbs sharing their object, the second not in the list: "write and document REST APIs", "containerise and
    # ship a full-stack app")
    # (the last only after "and": "…, and containerise and ship …", not a list of verbs "join, filter and summarise")
    return re.compile(r"(?:,\s+(?:and\s+)?|\s+and\s+)"  # "implement and compare sorting algorithms": one clause
                      rf"(?=(?:{verbs})(?:\s+and\s+[a-z]+)?\s+(?!of\b|and\b|or\b)[\w(]|[a-z]+\s+{_DETERMINERS}\s)|"
                      rf"(?:,\s+and\s+|\s+and\s+)(?=[a-z]+\s+and\s+(?:{verbs}|[a-z]+\s+{_DETERMINERS})\s)")


# How English nouns end ("decision", "management", "pandas"), which a verb beginning an outcome does not
_NOUN_ENDING = re.compile(r"(?:tion|sion|ment|ness|ity|ance|ence|ship|ing|[^sui]s)$")


def _begins_with_verb(text: str) -> bool:
    """Whether an English outcome sentence begins with its verb: an outcome verb, a word before an article ("formalise
    a problem"), or a word that does not end as nouns do ("collect requirements")."""
    words = re.findall(r"[\w']+", text.lower())
    if len(words) < 2 or not words[0].isalpha() or not words[0].isascii():
        return False
    return (words[0] in _outcome_verbs() or re.fullmatch(_DETERMINERS, words[1]) is not None
            or not _NOUN_ENDING.search(words[0]))


def _clause_list(text: str) -> list[str]:
    """The verb clauses of one sentence of outcomes, each its own item (at least two, of two words or more); [] when
    the sentence is not such a list."""
    text = _WHO_CAN_FIRST.sub("", text)  # "слухачка вміє складати …, експортувати …": the clauses after it
    by_semicolons = _clauses_set_apart_by_semicolons(text)
    if by_semicolons:
        return by_semicolons
    for clause in (_ENGLISH_CLAUSE, _UKRAINIAN_CLAUSE):
        parts = [tidy(part).rstrip(".") for part in _split_between_clauses(clause, text)]
        if len(parts) >= 2 and all(len(part.split()) >= 2 for part in parts):
            return parts
    if _UKRAINIAN_CLAUSE.search(text) or not _begins_with_verb(text):
        return []  # a list of verb clauses begins with a verb itself ("decision trees, model validation" does not)
    # English clauses without "to"; verbs that share an object ("write, test and debug programs", "design and
    # implement a database") stay with the clause after them.
    parts, start = [], 0
    for m in _english_verb_clause().finditer(text):
        before = text[start : m.start()]
        if any(len(piece.split()) >= 2 for piece in before.split(",")):  # not verbs alone: "water, test"
            parts.append(before)
            start = m.end()
    parts = [tidy(part).rstrip(".") for part in [*parts, text[start:]]]
    return parts if len(parts) >= 2 and all(len(part.split()) >= 2 for part in parts) else []


def _clauses_set_apart_by_semicolons(text: str) -> list[str]:
    """The clauses of a sentence that sets its outcomes apart by semicolons, each beginning with its verb ("plan a
    project and keep its risks under control; run work with Scrum or Kanban; organise and lead a team"), whole: the
    writer grouped them, and "and" inside one joins two verbs of one outcome. [] for any other sentence."""
    parts = [tidy(part) for part in text.split(";")]
    if len(parts) < 3 or "(" in text:
        return []
    english = all(_begins_with_verb(part) for part in parts)
    ukrainian = all(_UKRAINIAN_INFINITIVE.fullmatch(part.split(" ", 1)[0].lower()) for part in parts)
    if (english or ukrainian) and all(len(part.split()) >= 2 for part in parts):
        return parts
    return []


_WHO_CAN_FIRST = re.compile(r"^\s*(?:слухач\w*|учасни\w*|здобувач\w*|студент\w*|випускни\w*)\s+"
                            r"(?:[ву]міє|[ву]міють|здат\w+|може|можуть|зможе|зможуть)\s+(?=\S+\s)", re.I)


def _split_between_clauses(clause: re.Pattern[str], text: str) -> list[str]:
    """``text`` cut where ``clause`` says a clause begins, except after a verb alone: verbs that share an object
    ("обирати та реалізовувати алгоритми …", "складати та уточнювати запити") stay with the clause after them."""
    parts, start = [], 0
    for m in clause.finditer(text):
        if text.count("(", 0, m.start()) > text.count(")", 0, m.start()):
            continue  # inside a bracket: "CSS3 (Flexbox, Grid, медіазапити)" lists, no clause begins
        before = text[start : m.start()]
        verbs_alone = _VERBS_ALONE.fullmatch(before) is not None
        if verbs_alone and all(map(_UKRAINIAN_INFINITIVE.fullmatch, before.replace(",", " ").split())):
            continue  # verbs alone that share the object after them: "читати, розуміти та перекладати інструкції"
        if len(before.split()) >= 2 and not _REFERS_TO_THE_CLAUSE_BEFORE.match(text, m.end()):
            parts.append(text[start : m.start()])
            start = m.end()
    return [*parts, text[start:]]


# A clause whose object is the one before it by a pronoun ("вести реєстр ризиків, оцінювати їхню ймовірність і
# вплив", "collect the logs and analyse them"): alone it says nothing (whose probability?), so it stays with it
_REFERS_TO_THE_CLAUSE_BEFORE = re.compile(
    r"\S+\s+(?:їх|їхн\w*|його|її|ними|них|them|their|its|it)(?![^\W\d_])", re.I)


def _comma_list(text: str) -> list[str]:
    """Short skills listed with commas on one line, each its own item; a sentence with commas stays whole."""
    parts = [tidy(part) for part in re.split(r",\s+(?:and\s+|та\s+|і\s+)?", text)]
    if len(parts) >= 3 and all(1 <= len(part.split()) <= 6 for part in parts):
        return parts
    return [text]


# A line that is only a date, or a place and a year ("15 травня 2025 року", "Київ, 2024"): the end of a list.
_PLACE_AND_YEAR = re.compile(r"^[^\W\d][\w.'’-]*(?:,?\s+[\w.'’-]+){0,2},?\s+(?:19|20)\d{2}(?:\s*(?:р\.|року|рік))?\.?$")


def _is_date_line(line: str) -> bool:
    return len(line) <= 40 and (bool(_dates_in(line)) or bool(_PLACE_AND_YEAR.match(line)))


# An outcome given with its code ("ПРН1. Будувати ER-моделі", "LO2: Configure routers"): a list of them is a list
# of outcomes whatever heads it
# (and a competence's code from a standard of higher education, "ЗК1 Здатність до …", "ФК3 Здатність …": general,
# subject-specific, special, professional; its punctuation may be left out before a capital)
_CODED = re.compile(r"^\s*(?:ПРН|ПР|РН|РНД|ЗК|ФК|СК|ПК|LO|ILO|PLO|CLO)\s?\d{1,2}\s*"
                    r"(?:[.:)]\s*|\s(?=(?-i:[А-ЯІЇЄҐA-Z])))(\S.{5,})$", re.I)


def _coded_outcomes(lines: list[tuple[int, str]]) -> tuple[list[str], int] | None:
    """The first run of at least two coded outcomes (a line that goes on in lower case or opens a bracket or quote
    continues the one above)."""
    items: list[str] = []
    page = 0
    for pg, ln in lines:
        coded = _CODED.match(ln)
        if coded:
            items.append(coded.group(1))
            page = page or pg
        elif items and (ln[:1].islower() or ln[:1] in "([«\"“"):  # "(макро-, мезо- і мікроцикли) та …" too
            items[-1] = f"{items[-1]} {ln}"
        elif len(items) >= 2:
            break
        else:
            items, page = [], 0
    return ([tidy(item) for item in items], page) if len(items) >= 2 else None


# A list written as code, one string a line, in groups opened by a name and a bracket and closed by the bracket
# ("frontend: [" / "\"верстає вебсторінки …\"," / … / "],"): the strings are the items
_STRING_LINE = re.compile(r'^\s*["“]([^"“”]{3,})["”]\s*,?\s*$')
_STRING_OPENS = re.compile(r'^\s*["“]([^"“”]{3,})$')
_STRING_CLOSES = re.compile(r'^([^"“”]+)["”]\s*,?\s*$')
_CODE_BRACKET = re.compile(r"^\s*(?:[\w-]+\s*[:=]\s*[\[{(]|[\]})]+\s*[,;]?)\s*$")


def _strings_in_code(lines: list[tuple[int, str]]) -> tuple[list[str], int] | None:
    """The first run of at least three strings written as code, each of two words or more (a string wrapped to the
    next lines is joined); the lines of brackets between the groups belong to the run."""
    items: list[str] = []
    page = 0
    k = 0
    while k < len(lines):
        pg, ln = lines[k]
        whole = _STRING_LINE.match(ln)
        string = whole.group(1) if whole else None
        opens = _STRING_OPENS.match(ln) if not whole else None
        end = k
        if opens:  # a string wrapped over the next lines (at most three), up to its closing quote
            text = opens.group(1)
            for j in range(k + 1, min(k + 4, len(lines))):
                closes = _STRING_CLOSES.match(lines[j][1])
                if closes:
                    string, end = _joined(text, closes.group(1)), j
                    break
                if '"' in lines[j][1] or "“" in lines[j][1]:
                    break
                text = _joined(text, lines[j][1])
        if string is not None:
            items.append(string)
            page = page or pg
            k = end + 1
            continue
        if items and _CODE_BRACKET.match(ln):
            k += 1
            continue
        if len(items) >= 3:
            break
        items, page = [], 0
        k += 1
    if len(items) < 3 or not all(len(item.split()) >= 2 for item in items):
        return None
    return [tidy(item) for item in items], page


def _results_beside_parts(rec: CredentialRecord, doc: Any, pages: list[str]) -> None:
    """A table of parts and what the learner took from each ("Модуль | Год. | Слухач навчився"), set without lines,
    whose numbered parts were read as a list with their results run in: the results column's rows. Looked for only
    where a part's label and a results label head columns side by side (each alone on its line in the text)."""
    current = rec.elements.get("learning_outcomes")
    if current is None or current.source.endswith(" (table)"):
        return  # (none read: the layout tables were read already; a table's own reading stands)
    for page_no, text in enumerate(pages[:TABLE_PAGES]):
        labels = [ln.strip() for ln in text.splitlines()]
        if not any(_labels_a_left_column(labels, k)
                   and any(RESULTS_LABEL.match(other) for other in labels[k + 1 : k + 4]) for k in range(len(labels))):
            continue
        with contextlib.suppress(RuntimeError, ValueError):
            results = results_column(doc[page_no].get_text("words"))
            if results:
                rec.set("learning_outcomes", [unicodedata.normalize("NFKC", _without_marks(item)) for item in results],
                        f"pdf p.{page_no + 1} (table)", overwrite=True)
                return


def _labels_a_left_column(labels: list[str], k: int) -> bool:
    """Whether ``labels[k]`` (alone, or with the next line where it wraps: "ESCO skill /" / "knowledge") heads a
    column of parts or of outcomes."""
    if PART_LABEL.match(labels[k]) or OUTCOME_LABEL.fullmatch(labels[k].strip(" :")):
        return True
    wrapped = f"{labels[k]} {labels[k + 1]}" if k + 1 < len(labels) and len(labels[k]) <= 20 else ""
    return bool(wrapped and OUTCOME_LABEL.fullmatch(wrapped.strip(" :")))


# A column of what each of a table's parts contains ("Модуль | Зміст | Годин", "Module | Content")
_CONTENT_COLUMN = re.compile(r"(?:основний\s+)?зміст|опис|contents?|description|inhalt|inhalte|obsah|treść", re.I)


def _with_part_names(table: LayoutTable) -> list[str]:
    """A table's items, each after its part's name where a column names the parts beside a column of what they
    contain ("Модуль" | "Зміст": "Agile-практики в командах розробки: ролі, події та артефакти Scrum, …"): the name
    says in a few words what the row's topics are about."""
    if not any(_CONTENT_COLUMN.fullmatch(h.strip(" :")) for h in table.header) or not any(
            PART_LABEL.match(h.strip()) for h in table.header):
        return table.items
    out = []
    for item, row in zip(table.items, table.values, strict=False):
        names = [v for v in row if re.search(r"[^\W\d_]{3}", v) and not _BARE_NUMBER.fullmatch(v.strip())]
        name = max(names, key=len, default="")
        out.append(f"{tidy(name).rstrip('.:')}: {item}" if name and len(name) < len(item) else item)
    return out


def _cells_of(items: list[str], table: LayoutTable) -> bool:
    """Whether every item read is one of a table's header cells or of the cells beside its items (a row's number,
    a module's name beside its content), at least two rows' items standing longer than them."""
    cells = {tidy(c).casefold() for c in [*table.header, *(v for row in table.values for v in row)]}
    return (bool(items) and len(table.items) >= 2 and all(tidy(item).casefold() in cells for item in items)
            and sum(len(item) for item in table.items) > sum(len(item) for item in items))


def _from_layout_tables(rec: CredentialRecord, doc: Any, ctx: Ctx) -> None:
    """Outcomes or modules in a table drawn without ruled lines (``pdf_tables``), and its total of hours. A table
    whose header, or the line just above it, is an outcomes heading gives the outcomes (in place of a reading of
    its cells run together), as does a column of results beside the parts ("Модуль | Результат"); any other gives
    the course's topics, where nothing else was found."""
    current = rec.elements.get("learning_outcomes")
    # a list was read (the words' positions are read again only where none was, or cells run together); only a
    # column of results may still take the place of topics (a course's description read as them)
    read = current is not None and (current.source.endswith(" (table)") or not _may_be_cells(current.value))
    if read and not current.source.endswith(TOPICS_SOURCE):  # type: ignore[union-attr]
        return
    topics_table = False  # the topics read are a table's, read here
    for i in range(min(TABLE_PAGES, doc.page_count)):
        ctx.deadline.check("reading PDF tables")
        words = doc[i].get_text("words")
        if current is None or current.source.endswith(TOPICS_SOURCE):
            results = results_column(words)  # "Модуль | Результат": each part's result is an outcome
            if results:
                rec.set("learning_outcomes", [unicodedata.normalize("NFKC", _without_marks(item)) for item in results],
                        f"pdf p.{i + 1} (table)", overwrite=True)
                return
        if read:
            continue
        for table in layout_tables(words):
            table.items = [_without_code(unicodedata.normalize("NFKC", _without_marks(item))) for item in table.items]
            table.header = [unicodedata.normalize("NFKC", _without_marks(label)) for label in table.header]
            _table_hours(rec, table, i + 1)
            if current is not None and current.source.endswith(TOPICS_SOURCE):
                if _runs_together(current.value, table) or _cells_of(current.value, table):
                    # a table of topics read line by line, or its header's or short column's cells read as the
                    # topics ("№" / "Модуль та основний зміст" / "Годин"): its rows instead
                    rec.set("learning_outcomes", _with_part_names(table), f"pdf p.{i + 1}{TOPICS_SOURCE}",
                            overwrite=True)
                    return
                if topics_table and _fuller(table.items, current.value):
                    # a session-by-session plan below a short table of parts and their grades: the plan's topics
                    rec.set("learning_outcomes", table.items, f"pdf p.{i + 1}{TOPICS_SOURCE}", overwrite=True)
                    current = rec.elements.get("learning_outcomes")
                continue
            above = _line_above(words, table.top)
            # (a column headed "Результат навчання (слухач уміє…)" too)
            outcomes = any(HEADING_RE.match(h) or _OUTCOME_COLUMN.match(h.strip()) for h in table.header) or bool(
                (HEADING_RE.match(above) or TRAILING_HEADING.search(above))
                # (not a record of subjects and their marks under "Результати навчання з дисциплін …": the subjects'
                # names are its topics)
                and not _SUBJECTS_COLUMN.search(" ".join([*table.header, above]))
            )
            if outcomes and (current is None or _runs_together(current.value, table)):
                rec.set("learning_outcomes", table.items, f"pdf p.{i + 1} (table)", overwrite=True)
                assessed = _assessed_beside(table)
                if assessed:  # "The participant is able to" | "Assessed by": how each outcome was assessed
                    rec.set("assessment_type", assessed[:200], f"pdf p.{i + 1} (table)", overwrite=True)
                return
            if not outcomes and current is None:
                rec.set("learning_outcomes", table.items, f"pdf p.{i + 1}{TOPICS_SOURCE}")
                current = rec.elements.get("learning_outcomes")
                topics_table = True


_ASSESSED_LABEL = re.compile(r"(?:assessed\s+by|how\s+(?:it\s+was\s+)?assessed|(?:type\s+of\s+|method\s+of\s+)?"
                             r"assessment(?:\s+(?:method|type|form))?|(?:як|чим)\s+оцінено|(?:спосіб|метод|вид)\s+"
                             r"оцінювання|форма\s+(?:підсумкового\s+)?(?:оцінювання|контролю)|"
                             r"(?:metoda|forma|sposób)\s+(?:weryfikacji|oceny|zaliczenia)|prüfungsform|"
                             r"(?:způsob|forma)\s+(?:ověření|hodnocení))\s*:?", re.I)


# A column of subjects or modules by their names (a record of marks): "Навчальна дисципліна", "Module", "Subject"
_SUBJECTS_COLUMN = re.compile(r"дисциплін|предмет|\b(?:module|subject|course\s+unit)s?\b", re.I)


def _assessed_beside(table: LayoutTable) -> str:
    """How the outcomes of a two-column table were assessed, from its second column under a label that says so
    ("Assessed by": "Assignment 1", "Assignments 2 and 3", …), each way once, in order; "" without such a column."""
    if len(table.header) != 2 or not _ASSESSED_LABEL.fullmatch(table.header[1].strip()):
        return ""
    ways = [tidy(row[0]) for row in table.values if len(row) == 1 and row[0].strip()]
    return "; ".join(dict.fromkeys(ways))


def _fuller(items: list[str], than: list[str]) -> bool:
    """Whether a table's items tell much more than another table's: at least four, twice as many and twice as long."""
    return len(items) >= 4 and len(items) >= 2 * len(than) and sum(map(len, items)) >= 2 * sum(map(len, than))


_BARE_NUMBER = re.compile(r"(?<!\S)\d+(?:[.,]\d+)?(?!\S)")


def _may_be_cells(items: list[str]) -> bool:
    """Whether outcomes read line by line may be a table's cells run together: one line only, a first line that
    starts with "№" or is that header cell alone, or a line with three bare numbers ("1 Проєктує … 12 2 Розраховує …
    8")."""
    return (len(items) < 2 or items[0].lstrip().startswith(("№", "No ", "No.", "#")) or items[0].strip() in ("№", "No")
            or any(len(_BARE_NUMBER.findall(item)) >= 3 for item in items))


def _line_above(words: list[tuple[Any, ...]], top: float) -> str:
    """The text of the line that ends just above ``top`` among a page's ``words`` (empty when there is none)."""
    lines: dict[tuple[int, int], list[tuple[Any, ...]]] = {}
    for w in words:
        if w[3] <= top + 1:
            lines.setdefault((int(w[5]), int(w[6])), []).append(w)
    if not lines:
        return ""
    last = max(lines.values(), key=lambda ws: max(w[3] for w in ws))
    return " ".join(str(w[4]) for w in sorted(last, key=lambda w: w[0]))


def _runs_together(items: list[str], table: LayoutTable) -> bool:
    """Whether outcomes read line by line are the table's cells run together (its header or first item in them)."""
    marks = [h for h in table.header if len(h) > 3] + [table.items[0][:24]]
    return any(mark in item for item in items for mark in marks)


_HOURS_HEADER = re.compile(r"год|hour|hrs|\bh\b|stunden|heures|horas|godzin|hodin", re.I)
_HOURS_CELL = re.compile(r"^\s*(\d+(?:[.,]\d+)?)\s*(?:h|hrs?|hours?|год\.?|годин[аи]?)?\.?\s*$", re.I)


def _from_total_row(rec: CredentialRecord, pages: list[str]) -> None:
    """The workload and the grade a table's total row gives where the table has no rules (``pdf_totals``), each
    where nothing else gave it."""
    wanted = [f for f in ("workload_hours", "workload_ects", "grade") if rec.value(f) is None]
    if not wanted:
        return
    found = total_row(_lines(pages))
    for field in wanted:
        if field in found:
            value, page = found[field]
            rec.set(field, value if field == "grade" else float(value.replace(",", ".")), f"pdf p.{page} (total row)")


# A kind of course and when it ran, no name: "part-time programme from 17 November 2025 to 30 April 2026"
_A_KIND_AND_WHEN = re.compile(r"(?:[\w-]+\s+){0,3}(?:programme|program|course|training|bootcamp|internship)\s+"
                              r"(?:from|between|during|in\s+the\s+period|over)\b", re.I)


# A kind of course with no name, then another verb: "the training course and presented a final collection", "навчання
# та виконав підсумковий кейс", "w zajęciach i zdał egzamin": the name is given elsewhere (under its label, in quotes)
_ANOTHER_VERB_AFTER_KIND = re.compile(
    r"^(?:the\s+|w\s+|у\s+|в\s+)?(?:[\w-]+\s+){0,2}(?:course|training|programme|program|classes|sessions|workshops?|"
    r"series|seminars?|webinars?|modules?|bootcamp|навчання|курс\w*|заняття|заняттях|семінар\w*|тренінг\w*|модул\w*|"
    r"zajęci\w*|szkoleni\w*|kurs\w*)\s*,?\s+(?:and|та|і|й|i|oraz)\s+(?:successfully\s+|"
    r"успішно\s+)?[^\W\d_]+(?:ed|ив|ла|ли|ав|ув|ів|ов|ł|ła|li)\b", re.I)
# What else was done, right after the completion verb: "and presented a …", "та виконав …", "and the final case study"
_ANOTHER_VERB = re.compile(r"^(?:and|та|і|й|i|oraz)\s+(?:(?:successfully\s+|успішно\s+)?[^\W\d_]+(?:ed|ив|ла|ли|ав|ув|"
                           r"ів|ов|ł|ła|li)\b|(?:the\s+|a\s+)?(?:final\s+|capstone\s+|підсумков\w+\s+)(?:case\s+study|"
                           r"project|exam(?:ination)?|test|assignment|кейс|проєкт|іспит|тест))", re.I)
# A sentence's end that announces the name on the next line: "… за напрямом", "… за програмою", "of the course"
_NAME_ANNOUNCED = re.compile(
    r"(?:за\s+)?(?:напрям\w*|програм\w*|темою|course|subject|programme|program|title|track)\s*:?\s*$", re.I)
# An act that authorised something, not who offers it: "Board Resolution AB/23/117", "decision No 12", "наказ № 7"
_AN_ACT = re.compile(r"\s*(?:the\s+)?(?:[\w-]+\s+){0,2}(?:resolution|decision|order|decree|minutes?|regulations?|"
                     r"наказ\w*|рішенн\w*|постанов\w*|розпорядженн\w*)\b", re.I)
# The same act as a caption in brackets below a signature: "(authorised by Board Resolution AB/23/117)"
_AN_ACT_IN_BRACKETS = re.compile(r"\s*\((?:authori[sz]ed|approved|appointed|затверджен\w*|призначен\w*)\b", re.I)
# A line of prose that ends mid-sentence, on a word that joins it to the next line ("… It remains the property of")
_SENTENCE_GOES_ON = re.compile(r"(?<![^\W\d_])(?:of|the|a|an|and|or|to|in|on|for|by|with|from|at|as|that|which|is|are|"
                               r"у|в|на|з|із|зі|і|й|та|до|від|за|що|який|яка|які|для|про|як)\s*$|,\s*$", re.I)
# A relative pronoun or a passive before a completion verb: a rule for whoever passes ("Слухачам, які успішно пройшли
# …", "the course is passed with a weighted average of 5.5")
# (not the English "who" after a name: "presented to Olena Bondarenko" / "who attended the short course …")
# (nor one not passed: "modules below 70 % are not passed")
_WHOEVER_PASSES = re.compile(r"(?<![^\W\d_])(?:які|хто|котрі|is|are|be|not|не)\s*$", re.I)
# (or a rule's relative clause about anyone, not about a named learner: "цей сертифікат видається учаснику, який
# відвідав …, виконав … та успішно" / "пройшов підсумкове тестування", "… to any participant who has completed …")
_ANY_WHO = re.compile(r"(?<![^\W\d_])(?:учасник\w*|слухач\w*|здобувач\w*|особ\w*|тим|всім|усім|кожн\w*|"
                      r"participants?|learners?|candidates?|students?|anyone|those|any\s+\w+)\s*,?\s+"
                      r"(?:який|яка|які|котр\w+|хто|who)\s[^.;!?]*$", re.I)
# "completed all required items of the learning path SEC-200 …": the path by its name
_ALL_ITEMS_OF = re.compile(r"^all\s+(?:the\s+)?(?:required\s+|mandatory\s+)?(?:items|modules|parts|units|activities)"
                           r"\s+of\s+(?:the\s+)?(?:learning\s+path|path|track|curriculum|programme|program)"
                           r"(?:\s+(?=\S)|\s*$)", re.I)
# The approval above a signature on a programme or syllabus («ЗАТВЕРДЖУЮ», «ПОГОДЖЕНО»): no name
_APPROVAL_STAMP = re.compile(r"затверджую|затверджено|погоджено|схвалено|approved", re.I)


# A line that ends with the kind of course and no name ("… про завершення безкоштовної програми", "навчальної
# програми"): the name follows, unquoted, on the next line or two
_KIND_AT_LINE_END = re.compile(r"^\s*(?:навчальної|освітньої|сертифікатної)\s+програми\s*$|"
                               r"(?:^|\s)про\s+(?:успішне\s+)?(?:завершення|закінчення|проходження)\s+(?:[\w'’-]+\s+)?"
                               r"(?:програми|курсу|тренінгу|інтенсиву)\s*$|"
                               # a syllabus's heading: "СИЛАБУС НАВЧАЛЬНОЇ ДИСЦИПЛІНИ", "Робоча програма вибіркової
                               # дисципліни"
                               r"^\s*(?:силабус|робоча\s+програма|програма)\s+(?:(?:навчальної|вибіркової|обов['’]язкової)"
                               r"\s+)?дисципліни\s*$", re.I)


# A line that ends on a word that cannot end a name ("Full Stack веброзробник: JavaScript, Node.js і" / "хмарне …")
_ENDS_MID_PHRASE = re.compile(r"(?<![^\W\d_])(?:і|й|та|з|із|у|в|на|для|до|від|and|of|for|in|to|the|with|on)\s*$",
                              re.I)
# A course named between its kind and the verb that says it was passed, in Dutch ("met goed gevolg de cursus
# Data-analyse met Python heeft afgerond") and the Scandinavian languages ("har bestået modulet IT-sikkerhed (10
# ECTS-point)")
_PASSED_THE_COURSE = re.compile(
    r"(?:(?:de|het)\s+(?:cursus|opleiding|training|module|leergang)\s+((?-i:[A-Z])[^\n]{3,120}?)\s+"
    r"(?:heeft\s+)?(?:afgerond|gevolgd|voltooid|behaald)\b|"
    r"\b(?:bestået|gennemført|fullført|bestått|avslutat|genomfört)\s+(?:modulet|kurset|kursen|uddannelsen|emnet|"
    r"utdanningen)\s+((?-i:[A-ZÆØÅÄÖ])[^\n(]{3,120}?)\s*(?:\(|,|\.(?:\s|$)|$)|"
    # Catalan and Spanish: "ha seguit i superat amb aprofitament el Curs d'anàlisi sensorial … (nivell inicial),"
    r"\b(?:superat|superado|aprovat|aprobado)\s+(?:amb\s+aprofitament\s+|con\s+aprovechamiento\s+)?(?:el|la)\s+"
    r"((?-i:[A-Z])[^,.;:]{3,160}?(?:\([^()]{1,40}\))?)(?=,|\.\s)|"
    # Finnish: "on suorittanut … opintokokonaisuuden Todennäköisyyslaskenta ja tilastotiede (10 op)"
    r"\b(?:opintokokonaisuuden|opintojakson|kurssin)\s+((?-i:[A-ZÄÖ])[^(.;:]{3,120}?)\s*\(\d)",
    re.I | re.M,
)
# ... or with the kind of award granted ("… has" / "been granted the Special Purpose Award" / "Certificate in …")
_AWARD_AT_LINE_END = re.compile(r"\b(?:granted|awarded|conferred)\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,3}"
                                r"(?:award|certificate|qualification)\s*$", re.I)


# A name in two languages, each in its quotes ("Теорія ймовірностей …» / “Probability …", the outer quotes taken off)
_TWO_QUOTED_NAMES = re.compile(r"[«\"“„]?([^«»\"“”„/]{3,200}?)[»\"”]\s*/\s*[«\"“„]([^«»\"“”„/]{3,200}?)[»\"”]?")
# A course's code in brackets after its name, closed or cut at the line's end
_CODE_IN_BRACKETS = re.compile(r"\s*\((?:course\s+|module\s+)?(?:code|код(?:\s+курсу)?)\b[^()]*\)?\.?\s*$", re.I)


def _without_the_unachieved(rec: CredentialRecord, doc: Any, lines: list[tuple[int, str]]) -> list[Check]:
    """The outcomes the paper marks as not achieved left out of them, and the notes that say so; those marked only
    partly achieved named in a note (the committee weighs them). A paper may mark each outcome in its row (a status,
    ✓ / ✗, a mark under a rubric's level) or list the ones not yet achieved under a heading of their own."""
    element = rec.elements.get("learning_outcomes")
    items = list(element.value) if element is not None and isinstance(element.value, list) else []
    notes: list[Check] = []
    if not items:
        return notes
    found: list[achieved.Status | None] = [None] * len(items)
    for i in range(min(TABLE_PAGES, doc.page_count)):
        for k, status in enumerate(achieved.statuses(doc[i].get_text("words"), items)):
            found[k] = found[k] or status
    for said in achieved.NUMBERED_NOT_ACHIEVED.finditer(" ".join(ln for _pg, ln in lines)):
        number = int(said.group(1))  # "Outcome 5 not achieved (rated Beginning)": the fifth, where its row says nothing
        if 1 <= number <= len(items) and found[number - 1] is None:
            found[number - 1] = "not"
    heading = next((at for at, (_pg, ln) in enumerate(lines) if achieved.NOT_ACHIEVED_HEADING.match(ln)), None)
    if heading is not None:  # "Outcomes not yet achieved" / the items below it, up to the next heading
        below = " ".join(ln for _pg, ln in lines[heading + 1 : heading + 30])
        for k, item in enumerate(items):
            if found[k] is None and " ".join(item.split()[:6]) in below:
                found[k] = "not"
    unachieved = [item for item, status in zip(items, found, strict=True) if status == "not"]
    partly = [item for item, status in zip(items, found, strict=True) if status == "partly"]
    if unachieved:
        kept = [item for item, status in zip(items, found, strict=True) if status != "not"]
        if kept:
            rec.set("learning_outcomes", kept, element.source, overwrite=True)  # type: ignore[union-attr]
        else:
            del rec.elements["learning_outcomes"]
        notes.append(Check("outcomes", None, msg(
            "not achieved according to the paper, so not taken as evidence (%n outcome(s)): {items}",
            n=len(unachieved), items="; ".join(unachieved))))
    if partly:
        notes.append(Check("outcomes", None, msg("only partly achieved according to the paper (%n outcome(s)): {items}",
                                                 n=len(partly), items="; ".join(partly))))
    return notes


def _test_of_a_report(lines: list[tuple[int, str]]) -> tuple[int, str] | None:
    """The test a score report or statement of results is of: named on the line above its heading ("Lexora
    Workplace English Test (LWET)" / "Test Report Form"), after it on its line ("CANDIDATE SCORE REPORT — Certified
    Pharmacy Technician Examination (CPhTE)") or on the line below ("Statement of Results" / "TETP — Test of English
    for Technology Professionals (B1–C1)")."""
    for at, (_pg, ln) in enumerate(lines[:15]):
        heading = _REPORT_HEADING.match(ln.strip())
        if heading is None:
            continue
        rest = ln.strip()[heading.end() :]
        after = re.match(r"\s*[—–:-]\s*(\S.{3,150})$", rest)
        if after:  # (the report is of what follows its heading on the line)
            return at, after.group(1)
        if rest.strip():
            continue
        below = at + 1
        if below < len(lines) and _REPORT_NUMBER.match(lines[below][1]):
            below += 1  # "Report ID: QSR-2025-0611-48203" between the heading and the test
        for near in (at - 1, below):
            if not 0 <= near < len(lines):
                continue
            named = lines[near][1].strip()
            if ((_A_TEST.search(named) or near > at and _EXAM_CODE_AND_NAME.match(named))
                    and not _an_institutions_line(named) and not _is_label_alone(named)
                    and not named.endswith(":") and len(named) <= 150 and not _SENTENCE_WORDS.search(named)):
                return near, named
    return None


# A report's own number below its heading ("Report ID: QSR-2025-0611-48203", "Report no. NW-55-1209")
_REPORT_NUMBER = re.compile(r"\s*(?:report|statement|sor)\s+(?:id|no\.?|number|#)\s*:?\s*\S*\d", re.I)
# An exam named by its code first ("NW-120: Cloud Networking Associate", "AZ-900 — Fundamentals")
_EXAM_CODE_AND_NAME = re.compile(r"(?-i:[A-Z]{1,6})-?\d{2,4}[A-Z]?\s*(?::|—|–)\s*\S")


def _named_below_its_kind(lines: list[tuple[int, str]]) -> tuple[int, str] | None:
    """The course's name on the line below a line that ends with the kind of course, with the line after it where
    the name goes on ("Python для початківців:" / "від першого рядка …", or two lines in capitals)."""
    for at, (_pg, ln) in enumerate(lines[:40]):  # (a side column's fields may come first)
        if not (ln.lower().endswith(("програми", "курсу", "тренінгу", "інтенсиву", "дисципліни"))
                and _KIND_AT_LINE_END.search(ln)
                or ln.lower().endswith(("award", "certificate", "qualification")) and _AWARD_AT_LINE_END.search(ln)):
            continue
        if at + 1 >= len(lines) or QUOTED.search(ln) or _DOCUMENT_KIND.match(ln):
            continue  # ("Сертифікат про закінчення курсу": the paper's heading, its name set apart below it)
        name = lines[at + 1][1].strip()
        if _is_label_alone(name) or _DOCUMENT_NUMBER.match(name) or _DOCUMENT_HEADING.fullmatch(name):
            # "СЕРТИФІКАТ" / "про завершення навчального курсу" / "Слухачка", "№ …": the paper's heading (or its
            # translation: "… сертифікатної програми" / "CERTIFICATE")
            continue
        if name.startswith(("«", "\"", "“", "„")):
            return None  # a name in quotes, read with its quotes closed where it is named
        if not 4 <= len(name) <= 120 or QUOTED.search(name) or _starts_section(name) or _is_date_line(name):
            return None
        if name[:1].islower() or _SENTENCE_WORDS.search(name):
            return None
        if at + 2 < len(lines) and COMPLETED.match(lines[at + 2][1]) and PERSON_NAME.fullmatch(name):
            return None  # "про успішне завершення курсу" / "Мельничук Дарина Олегівна" / "успішно завершила курс …"
        if at + 2 < len(lines):
            more = lines[at + 2][1].strip()
            goes_on = (name.endswith(":") or (name.isupper() and more.isupper() and len(more) <= 80)
                       or (more[:1].islower() and len(more) <= 80 and _ENDS_MID_PHRASE.search(name)))
            if goes_on and more and not _starts_section(more) and not _is_date_line(more):
                name = f"{name} {more}"
        return at + 1, name
    return None


# A badge page's banner: the issuer and the kind of badge, its parts set apart by dots ("KASKAD DATA SCHOOL ·
# VERIFIED · OPEN BADGE"); the badge's name stands on the line below it
_BADGE_BANNER = re.compile(r"[·|•]\s*(?:(?:verified|open|digital)\s+)*badge\s*$", re.I)


def _badge_named_below_banner(lines: list[tuple[int, str]]) -> tuple[int, str] | None:
    """The badge's name on the line below its page's banner, near the top of the page."""
    for at, (_pg, ln) in enumerate(lines[:8]):
        if not _BADGE_BANNER.search(ln) or at + 1 >= len(lines):
            continue
        name = lines[at + 1][1].strip()
        if (4 <= len(name) <= 120 and name[:1].isupper() and not _starts_section(name) and not _is_date_line(name)
                and not URL_RE.search(name) and not _SENTENCE_WORDS.search(name)):
            return at + 1, name
        return None
    return None


# The document's kind, a dash and the course's name on one line: "CERTIFICATE OF COMPETENCE — Parcel Hub Operations"
_KIND_DASH_NAME = re.compile(r"(?:(?:professional\s+)?(?:certificate|certification|diploma|award|сертифікат|свідоцтво)"
                             r"(?:\s+(?:of|про)\s+[^\W\d_]+)?)\s+[—–]\s+(\S.{3,150})", re.I)


_NAME_AS_A_TAG = re.compile(r"^\s*<\s*([^\W\d_][\w.-]*)\s*/?\s*>\s*$")


def _badge_named_above_its_issuer(lines: list[tuple[int, str]]) -> tuple[int, str] | None:
    """A badge's name on the line above "Issued by …", near the top of its page (not the badge's kind or banner)."""
    for at, (_pg, ln) in enumerate(lines[1:24], 1):
        if not re.match(r"issued\s+by\s+\S", ln.strip(), re.I):
            continue
        first, name = at - 1, lines[at - 1][1].strip()
        # (a name in large type wrapped: "Relational Database" / "Practitioner"; not a banner in capitals above it,
        # "COURSE BADGE", nor a code, "L2")
        above = lines[first - 1][1].strip() if first >= 1 else ""
        # (with a figure where the line runs on to the name's rest: "Keeper Skills Level 2: Ball Pythons and" / "Red
        # Pandas")
        if (above[:1].isupper() and not above.isupper() and (not any(ch.isdigit() for ch in above)
                                                             or _RUNS_ON.search(above))
                and len(above) <= 60 and not _SENTENCE_WORDS.search(above) and not _DOCUMENT_HEADING.match(above)):
            first, name = first - 1, f"{above} {name}"
        if (4 <= len(name) <= 120 and name[:1].isupper() and not _DOCUMENT_HEADING.match(name)
                and not _BADGE_KIND_ALONE.fullmatch(name) and not _starts_section(name) and not _is_date_line(name)
                and not URL_RE.search(name) and not _SENTENCE_WORDS.search(name)):
            return first, name
        return None
    return None


_BADGE_KIND_ALONE = re.compile(r"(?:(?:course|skill|digital|open|verified|learning)\s+)*badge", re.I)


def _title_before_bar(rec: CredentialRecord) -> None:
    """A course's name set on one line with other fields after a bar or a middle dot ("English for Software Teams
    (B2) | group SWT-07, 15 January – 2 July 2025"): the name alone."""
    title = rec.elements.get("title")
    if title is not None and isinstance(title.value, str) and " | " in title.value:
        name = title.value.split(" | ", 1)[0].strip()
        if len(name) >= 3:
            rec.elements["title"] = Element(name, title.source)
    elif title is not None and isinstance(title.value, str) and " · " in title.value:
        # "English for IT Professionals Upper-Intermediate · final level confirmed: B2 (…)": details after a dot
        name, details = title.value.split(" · ", 1)
        if len(name.strip()) >= 3 and re.search(r"[:\d]", details):
            rec.elements["title"] = Element(name.strip(), title.source)


def _table_hours(rec: CredentialRecord, table: LayoutTable, page: int) -> None:
    """A total of hours in a table's last row ("Разом | 62" under "Годин", "Total | 224 h") is the workload, in
    place of a figure read from one of the table's rows."""
    hours_named = any(_HOURS_HEADER.search(h) for h in table.header)
    stated = find_hours(table.total_label) if table.total_label else None
    cells = [float(m.group(1).replace(",", ".")) for cell in table.total if (m := _HOURS_CELL.match(cell))]
    if stated is not None and rec.value("workload_hours") == stated[0] and all(stated[0] >= n for n in cells):
        # the total row's label states the hours read, its cells the parts ("Разом: 40 годин" | 16 | 24, theory
        # and practice); not a part the label states ("Разом (з них 52 год. онлайн)" | 84)
        return
    for cell in table.total:
        m = _HOURS_CELL.match(cell)
        if not m or not (hours_named or not m.group(0).strip().isdigit()):
            continue
        total = float(m.group(1).replace(",", "."))
        current = rec.value("workload_hours")
        in_rows = {float(h.group(1).replace(",", ".")) for row in table.values for v in row
                   if (h := _HOURS_CELL.match(v))}  # fmt: skip
        # (or a part of the total that its row's label states: "Разом (з них 52 год. онлайн-занять)" | 84)
        read = re.search(r"\('([^']+)'\)", rec.elements["workload_hours"].source) if current is not None else None
        if current is None or float(current) in in_rows or (read is not None and read.group(1) in table.total_label):
            rec.set("workload_hours", total, f"pdf p.{page} ('{cell}') (table)", overwrite=True)
        return


# A record's kind and number on one line, what it is about on the next: "АКТ № 12/С-25" / "про завершення стажування
# та виконані завдання", "ДОВІДКА" / "про проходження практики"
_RECORD_KIND = re.compile(r"^\s*(акт|довідка|характеристика|протокол|витяг)\b[^\n]{0,30}$", re.I)
_ABOUT = re.compile(r"^\s*(про\s+[^\n]{8,120}?)\s*$", re.I)


def _title_of_a_record(rec: CredentialRecord, pages: list[str]) -> None:
    """A record that names no course (an internship's act, a reference): its kind and what it is about ("Акт про
    завершення стажування та виконані завдання")."""
    lines = _lines(pages)[:25]
    for (pg, ln), (_pg, following) in itertools.pairwise(lines):
        kind, about = _RECORD_KIND.match(ln), _ABOUT.match(following)
        if kind and about:
            rec.set("title", f"{kind.group(1).capitalize()} {about.group(1)}", f"pdf p.{pg}")
            return


def _paragraph_sentences(lines: list[tuple[int, str]], starts: set[int] | None) -> list[tuple[int, str]]:
    """The sentences of each paragraph, its wrapped lines joined (none where the paragraphs are not known)."""
    if starts is None:
        return []
    paragraphs: list[list[Any]] = []
    for i, (page, ln) in enumerate(lines):
        if i in starts or not paragraphs:
            paragraphs.append([page, ln])
        else:
            paragraphs[-1][1] = _joined(paragraphs[-1][1], ln)
    return [(page, sentence.strip()) for page, text in paragraphs
            for sentence in _SENTENCE_END.split(text) if sentence.strip()]  # fmt: skip


def _outcomes_in_a_sentence(
    sentences: list[tuple[int, str]], longest: int = _LONGEST_SENTENCE
) -> tuple[list[str], int, bool] | None:
    """The outcomes a sentence states ("They can now formalise X, simplify Y and model Z"), split into its clauses
    where it lists several: the first sentence that opens so, else every clause of prose that says what the learner
    is now able to do (:data:`NOW_ABLE_TO`), in order."""
    told: list[str] = []  # "… you are now able to X. … and you are now able to Y.": each sentence's, in order
    told_on = 0
    for k, (page, sentence) in enumerate(sentences):
        m = ABLE_TO_RE.match(sentence) if len(sentence) <= longest else None
        if m:
            items = _clauses_stated(next(g for g in m.groups() if g))
            if items:
                # the sentences after it that go on about what the learner does ("Вона розрізняє …", "Учасниця
                # будує …", "She also …"): more of the same
                for _pg, following in sentences[k + 1 : k + 7]:
                    more = _LEARNER_GOES_ON.match(following) if len(following) <= 600 else None
                    if more is not None:
                        goes_on = next(g for g in more.groups() if g)
                        items += _clauses_stated(goes_on[:1].lower() + goes_on[1:])
                return items + _each_courses_after(sentences, k, longest), page, False
        n = NOW_ABLE_TO.search(sentence) if len(sentence) <= 600 else None
        if n:
            told.extend(_clauses_stated(n.group(1) or n.group(2)))
            told_on = told_on or page
    return (told, told_on, False) if told else None


_COURSE_NAME_SENTENCE = 80  # characters of a course's name set as a sentence before what its students are able to do


def _each_courses_after(sentences: list[tuple[int, str]], k: int, longest: int) -> list[str]:
    """After the sentence ``k`` that states the outcomes, those of each further course named as a sentence of its own
    before its own such sentence (a transcript's annotations: "Civil Law I – General Part. Students are able to
    explain …" / "Criminal Law – General Part. Students are able to analyse …")."""
    items: list[str] = []
    for j in range(k + 2, len(sentences)):
        named = sentences[j - 1][1]
        if len(named) > _COURSE_NAME_SENTENCE or ABLE_TO_RE.match(named) or _LEARNER_GOES_ON.match(named):
            continue
        m = ABLE_TO_RE.match(sentences[j][1]) if len(sentences[j][1]) <= longest else None
        if m:
            items += [item for item in _clauses_stated(next(g for g in m.groups() if g)) if item not in items]
    return items


# A sentence that goes on about what the learner does, its subject first: "Вона розрізняє …", "Крім того, учасниця
# розпізнає …", "She also writes …"
_LEARNER_GOES_ON = re.compile(
    # (after a clause of when or where: "When a program misbehaves, the participant reads …", "All coursework is kept
    # in Git: the participant makes …")
    r"^\s*(?:(?:when|whenever|if|once|after|before|while|коли|якщо|після\s+того\s+як)\s[^,:;]{3,80},\s+|"
    r"[^,:;]{3,80}:\s+)?"
    r"(?:(?:крім\s+того|окрім\s+того|також|in\s+addition|moreover|furthermore|finally),?\s+)?"
    r"(?:вона|він|учасни(?:к|ця)|слухач(?:ка)?|здобувач(?:ка)?|студент(?:ка)?|учень|учениця|стажист(?:ка)?|she|he|"
    r"the\s+(?:learner|participant|student))"
    r"\s+(?:також\s+|also\s+)?((?:[а-яіїєґ'’]+(?:є|ює|ує|ить|іть|їть|ать|ять)|[a-z]+s)\s.{8,})$|"
    # (several learners: "They can clean messy data …", "Learners visualize …", "They also learn to import …")
    r"^\s*(?:(?:in\s+addition|moreover|furthermore|finally),?\s+)?(?:they|participants|learners|students|graduates|"
    r"trainees)\s+(?:also\s+)?(?:can\s+|learn\s+(?:how\s+)?to\s+)?"
    r"((?!(?:are|were|have|had|will|would|do|did|must|may|might|should|need|receive|get|got|work|come|attend|"
    r"study|take|join)\b)[a-z]{3,}\s.{8,})$|"
    # (what they mastered, the subject left out: "Оволодів основними методами теорії графів: …")
    r"^\s*(?:також\s+)?((?:оволоді|опанува)(?:в|ла)\s.{8,})$|"
    # German: "Sie führen Videokonferenzen …", "Sie lesen …", "Er schreibt …" (a verb in the present first)
    r"^\s*(?:" + _GERMAN_LEARNER + r")\s+(?:auch\s+|außerdem\s+)?((?!haben\b|hat\b|sind\b|ist\b|wurden?\b|werden\b)"
    r"[a-zäöüß]+(?:en|t)\s.{8,})$",
    re.I,
)


def _clauses_stated(rest: str) -> list[str]:
    """The outcomes one sentence states after its opening, split into its clauses."""
    # (semicolons part its statements first: "… поштою; читати, розуміти та перекладати …" — verbs that share an
    # object after a semicolon stay together)
    segments = [seg for seg in re.split(r"\s*;\s*", rest) if seg.strip()] if ";" in rest else [rest]
    items = [part for segment in segments for item in (_clause_list(segment) or [segment])
             for part in split_enumeration(tidy(item)) if len(part) > 2]
    # (each clause of "… able to sample X; to describe Y; and to compare Z" without its "to")
    items = [_INFINITIVE_TO.sub("", item) for item in items]
    return [item.rstrip(".") if item.endswith(".") and not item.endswith("..") else item for item in items]


_INFINITIVE_TO = re.compile(r"^(?:and\s+)?to\s+(?=[a-z])")


def _stated_sentences(item: str) -> list[str]:
    """An item of stated outcomes up to the end of its sentence, and the sentences after it that go on about the
    learner, each an item; the rest of the paragraph is not the statement's."""
    sentences = _SENTENCE_END.split(item)
    if len(sentences) == 1:
        return [item]
    kept = [sentences[0].rstrip(".")]
    for sentence in sentences[1:]:
        if not _LEARNER_GOES_ON.match(sentence) and not _HE_OR_SHE.match(sentence):
            break
        # (what the learner learned, not who: "Вона навчилася створювати …" → "створювати …")
        kept.append(_HE_OR_SHE_LEARNED.sub("", sentence, count=1).rstrip("."))
    return kept


_HE_OR_SHE = re.compile(r"^(?:he|she|they|він|вона|вони)\s", re.I)
_HE_OR_SHE_LEARNED = re.compile(r"^(?:he|she|they|він|вона|вони)\s+(?:(?:also|також)\s+)?(?:навчи(?:вся|лася|лися)|"
                                r"опанува(?:в|ла|ли)\s+(?=[а-яіїєґ'’]+(?:ти|тися)\b)|learned\s+to|learnt\s+to|"
                                r"can|is\s+able\s+to|are\s+able\s+to)\s+", re.I)


def _stated_outcomes(lines: list[tuple[int, str]], starts: set[int] | None) -> tuple[list[str], int, bool] | None:
    """The outcomes a sentence states ("participants are able to …"), at a line's start or inside a paragraph ("…
    graph colouring. They can now formalise …")."""
    found = find_outcomes(lines, ABLE_TO_RE, starts)
    if found:
        # the sentence that states them ends there: what follows it is another ("… складності. Курс завершено …"),
        # unless it goes on about the learner ("… impact. He studied how ciphers … work")
        items = [_INFINITIVE_TO.sub("", part) for item in found[0] for part in _stated_sentences(item)]
        return items, found[1], found[2]
    return _outcomes_in_a_sentence(_paragraph_sentences(lines, starts))


def _stated_over_topics(rec: CredentialRecord, pages: list[str], starts: set[int] | None) -> None:
    """Topics read from a table give way to a sentence that states what the learner can do ("Висновок: слухач уміє
    обирати та реалізовувати …" below a table of modules): outcomes, where the topics only stood in for them."""
    current = rec.elements.get("learning_outcomes")
    if current is None or not current.source.endswith(TOPICS_SOURCE) or _DESCRIBED in current.source:
        return  # (not the courses' descriptions, one of which may state what its students learn)
    stated = _stated_outcomes(_lines(pages), starts)
    if stated:
        rec.set("learning_outcomes", stated[0], f"pdf p.{stated[1]} (sentence)", overwrite=True)


def _outcomes_without_heading(rec: CredentialRecord, pages: list[str], starts: set[int] | None) -> None:
    """A certificate with no outcomes heading: outcomes listed with their codes, a sentence that states the
    outcomes ("participants are able to ..."), else the list of its course's topics, which stand in for the outcomes,
    their source saying so (the Evidence tab notes it, and the rules warn on every proposal resting on them)."""
    lines = _lines(pages)
    coded = _coded_outcomes(lines)
    if coded:
        rec.set("learning_outcomes", coded[0], f"pdf p.{coded[1]}")
        return
    in_code = _strings_in_code(lines)
    if in_code:
        rec.set("learning_outcomes", in_code[0], f"pdf p.{in_code[1]}")
        return
    described = _courses_described(lines, starts)
    if described:  # (before a sentence inside one of them: "Students learn to build predictive models …")
        rec.set("learning_outcomes", described[0], f"pdf p.{described[1]}{_DESCRIBED}{TOPICS_SOURCE}")
        return
    got = _stated_outcomes(lines, starts) or _done_in_a_letter(lines, starts)
    if got:
        rec.set("learning_outcomes", got[0], f"pdf p.{got[1]} (sentence)")
        return
    got = _can_do_lists_under_parts(lines, starts)
    if got:
        rec.set("learning_outcomes", got[0], f"pdf p.{got[1]}")
        return
    got = (_topics_in_sections(lines, starts) or _captioned_topics(lines)
           or _described_course_by_course(find_outcomes(lines, TOPIC_RE, starts))
           or _parts_announced(lines, starts) or _parts_with_their_time(lines, starts) or _described(lines, starts)
           or _described_below_the_name(lines, starts, rec.value("title")))
    if got:
        rec.set("learning_outcomes", got[0], f"pdf p.{got[1]}{TOPICS_SOURCE}")


# A topic's caption alone on its line, above what it covers ("Measure" / "process maps and a value stream map; …")
_TOPIC_CAPTION = re.compile(r"(?-i:[A-ZА-ЯІЇЄҐ])[^\W\d_]{1,20}(?:[ -][^\W\d_]{1,20}){0,2}")
_CAPTIONS_AT_LEAST = 3


def _captioned_topics(lines: list[tuple[int, str]]) -> tuple[list[str], int, bool] | None:
    """Topics under a topics heading, each below its caption alone on a line ("Body of knowledge covered" / "Define" /
    "problem statement and project charter …" / "Measure" / "process maps …"): "Caption: what it covers" each, where
    at least three captions alternate with what they cover. What a caption covers goes on over lines that open in
    lower case; any other line that is no caption ends the topics."""
    for at, (page, line) in enumerate(lines):
        if _heading_rest(line, TOPIC_RE) != "":
            continue
        items: list[str] = []
        k = at + 1
        while (k + 1 < len(lines) and _TOPIC_CAPTION.fullmatch(caption := lines[k][1].strip())
               and not _TOPIC_CAPTION.fullmatch(lines[k + 1][1].strip())):
            covered = lines[k + 1][1].strip()
            k += 2
            while k < len(lines) and lines[k][1][:1].islower():
                covered = _joined(covered, lines[k][1].strip())
                k += 1
            items.append(f"{caption}: {covered}")
        if len(items) >= _CAPTIONS_AT_LEAST:
            return items, page, False
    return None


# A course's code before its name and description: "BSS-SEC101 Threat Landscape and Vulnerability Assessment. Attacker
# types and motivations, …"
_CODE_AND_NAME_FIRST = re.compile(r"(?-i:[A-ZА-ЯІЇЄҐ]{2,}[\w-]*\d[\w-]*)\s+(?=[^.;:]{3,100}?\.\s+\S)")


_DESCRIBED = " (courses' descriptions)"  # in the source of outcomes read from them
# The heading of a record's descriptions of its courses, perhaps with a note on where they come from
_DESCRIPTIONS_HEADING = re.compile(
    r"^\s*(?:\d+[.)]\s*)?(?:" + _DESCRIPTION_TERMS + r")\s*(?:\([^()]{5,150}\))?\s*:?\s*$", re.I)
# A course's name line: its code perhaps, its name, and its particulars after middle dots ("EI-3204 Machine Learning ·
# 6 ECTS · 2 h lectures …")
_A_NAME_LINE = re.compile(r"(?:(?-i:[A-ZА-ЯІЇЄҐ]{2,}[\w-]*\d[\w-]*)\s+)?([^·.]{3,100}?)\s+·\s+.*|"
                          # … or numbered, with its credits in brackets ("1–2. Мікроекономіка (5 кредитів ЄКТС); …")
                          r"\d{1,2}(?:[–-]\d{1,2})?\.\s+([^().;]{3,100}?)\s*\([^()]*\d[^()]*\)(?:\s*;.*)?")
# A course's description that opens with its name and a full stop ("Sorting and Order-Picking Systems. Sorting …")
_NAME_THEN_ITS_DESCRIPTION = re.compile(r"(?:(?-i:[A-ZА-ЯІЇЄҐ]{2,}[\w-]*\d[\w-]*)\s+)?([^.;]{3,100}?)\.\s+(\S.*)")
# Where the descriptions come from, said above them ("Extract from the ECTS Course Catalogue …")
_SOURCE_NOTE = re.compile(r"\b(?:catalogue|catalog|study\s+guide|syllab\w*|силабус\w*|каталог\w*|витяг)\b", re.I)
# What ends them: a signature's blank, the paper's own statement, its verification
_DESCRIPTIONS_END = re.compile(r"^\s*(?:this\s+(?:document|transcript|record|certificate)|цей\s+документ|"
                               r"документ\s+(?:є|дійсний)|verif|перевір|page\s+\d|сторінка\s+\d)|_{4,}", re.I)


def _courses_described(lines: list[tuple[int, str]], starts: set[int] | None) -> tuple[list[str], int] | None:
    """A record's descriptions of its courses under their own heading, a paragraph each ("Sorting and Order-Picking
    Systems. Sorting technology …", or a name line with its particulars, "EI-3204 Machine Learning · 6 ECTS · …",
    above the paragraph): each course's name and what it covered, "Name. Description"; at least two courses."""
    if starts is None:
        return None
    heading = next((at for at, (_pg, ln) in enumerate(lines) if _DESCRIPTIONS_HEADING.match(ln)), None)
    if heading is None:
        return None
    paragraphs: list[list[str]] = []
    for at in range(heading + 1, min(heading + 120, len(lines))):
        ln = lines[at][1].strip()
        if _DESCRIPTIONS_END.match(ln) or (at in starts and _is_heading_stop(ln) and not _A_NAME_LINE.fullmatch(ln)
                                            and not _NAME_THEN_ITS_DESCRIPTION.fullmatch(ln)):
            break  # (not the next course's name with a colon in it: "Container Terminals: Stacking …. Yard …")
        if (at in starts and not ln[:1].islower()) or not paragraphs:  # (a sentence going on in lower case: its)
            paragraphs.append([ln])
        else:
            paragraphs[-1].append(ln)
    courses: list[str] = []
    name: str | None = None
    for k, paragraph in enumerate(paragraphs):
        text = reduce(_joined, paragraph)
        if k == 0 and _SOURCE_NOTE.search(text[:80]):
            continue  # "Extract from the ECTS Course Catalogue 2025/26 …"
        named = _A_NAME_LINE.fullmatch(paragraph[0])
        if named and len(paragraph) == 1:
            name = (named.group(1) or named.group(2)).strip()  # the description is the next paragraph
            continue
        if named:  # the name line, then the description in the same paragraph
            name, text = (named.group(1) or named.group(2)).strip(), reduce(_joined, paragraph[1:])
        if name is None:
            opened = _NAME_THEN_ITS_DESCRIPTION.fullmatch(text)
            if opened is None:
                break  # the descriptions end (a signatory's office below them), or are not of this shape
            name, text = opened.group(1).strip(), opened.group(2)
        courses.append(f"{name}. {text}")
        name = None
    return (courses, lines[heading][0]) if len(courses) >= 2 else None


def _described_course_by_course(
    got: tuple[list[str], int, bool] | None,
) -> tuple[list[str], int, bool] | None:
    """A record's descriptions of its courses, each opening with the course's code and name ("BSS-SEC101 Threat
    Landscape … . Attacker types and motivations, …"): each course's name and description without its code (the name
    a statement of its own, as the matching reads it: the whole topic in a few words), and nothing after the last (the
    signatures below); any other list as it is."""
    if got is None:
        return None
    described: list[str] = []
    for item in got[0]:
        named = _CODE_AND_NAME_FIRST.match(item)
        if named is None:
            break
        described.append(item[named.end() :])
    return (described, got[1], got[2]) if len(described) >= 2 else got


# A part of a course by its number ("Частина 1. Клієнтська сторона", "Модуль 2: Бекенд", "Part 3 — Deployment")
_PART_HEADING = re.compile(
    r"^\s*(?:частина|модуль|розділ|блок|part|module|unit|block)\s+\d{1,2}\s*[.:–—-]\s*\S.{0,80}$", re.I)
# A Ukrainian item that opens with a verb in the third person or the infinitive ("верстає …", "пише …", "створювати …")
_OPENS_WITH_A_VERB = re.compile(r"^[а-яіїєґ'’]+(?:ює|ує|ає|яє|іє|[шжчщ]е|ить|іть|ать|ять|ться|ти|тися)\s", re.I)


def _can_do_lists_under_parts(lines: list[tuple[int, str]], starts: set[int] | None) -> tuple[list[str], int] | None:
    """Bulleted lists under a course's numbered parts, with no outcomes heading ("Частина 1. Клієнтська сторона" /
    "• верстає адаптивні сторінки …"), that say what the learner does: two in three of their items or more open with
    a verb in the third person or the infinitive (a list of topics names them: "• Семантична розмітка")."""
    items: list[str] = []
    page: int | None = None
    for idx, (pg, ln) in enumerate(lines):
        if not _PART_HEADING.match(ln) or idx + 1 >= len(lines) or not BULLET.match(lines[idx + 1][1]):
            continue
        got, bulleted, _end = _list_after(lines, idx, "", starts)
        if bulleted:
            items += got
            page = pg if page is None else page
    # (a list read on past the next part's heading, which a list of outcomes by module may hold, is read once)
    items = list(dict.fromkeys(items))
    if page is None or len(items) < 3:
        return None
    verbs = sum(bool(_OPENS_WITH_A_VERB.match(item)) for item in items)
    return (items[:60], page) if verbs * 3 >= len(items) * 2 else None


# A letter about what the learner did ("To whom it may concern", "Yours faithfully"): what she or he built, wrote,
# designed … in it ("…, she built an entity–relationship model, derived a relational schema and normalised it …")
_A_LETTER = re.compile(r"^\s*(?:to\s+whom\s+it\s+may\s+concern|dear\s+\S|yours\s+(?:faithfully|sincerely))",
                       re.I | re.M)
_SHE_DID = re.compile(
    r"(?<![\w'’-])(?:she|he)\s+(?:also\s+)?((?:built|wrote|designed|developed|implemented|derived|"
    r"normali[sz]ed|defined|tested|analy[sz]ed|created|modell?ed|deployed|configured|trained|evaluated|cleaned|"
    r"prepared|visuali[sz]ed|automated|documented|planned|managed|programmed|coded|optimi[sz]ed|secured|"
    r"encrypted|migrated|refactored)\b[^;]{8,})",
    re.I,
)


def _done_in_a_letter(lines: list[tuple[int, str]], starts: set[int] | None) -> tuple[list[str], int] | None:
    """What a letter says the learner did, clause by clause, where it states no outcomes: each "she built …",
    "he wrote …" of its sentences (a letter's account of a placement or a project is the evidence it gives)."""
    if not _A_LETTER.search("\n".join(ln for _pg, ln in lines[:40])):
        return None
    done: list[str] = []
    page = 0
    for pg, sentence in _paragraph_sentences(lines, starts):
        for m in _SHE_DID.finditer(sentence):
            done.append(m.group(1).strip().rstrip("."))
            page = page or pg
    return (done, page) if len(done) >= 2 else None


# "… completed this course, …": the course named elsewhere; "… who completed the course with distinction": how
_REFERS_BACK = re.compile(r"^(?:(?:this|that)\s+(?:course|programme|program|training|module)\s*(?:[,.]|$)|"
                          r"with\s+(?:distinction|honou?rs|merit|excellence)\b|"
                          # "ha completado con éxito este curso en línea …", "a suivi cette formation …"
                          r"(?:con\s+éxito\s+|avec\s+succès\s+|con\s+successo\s+|com\s+sucesso\s+)?"
                          r"(?:este|esta|ce|cette|questo|questa|diesen|dieses|diese)\s+(?:curso|formación|programa|"
                          r"cours|formation|programme|corso|formazione|programma|formação|kurs|seminar|lehrgang)\b)",
                          re.I)
# "a course by the School of Computing, …": who gives the course, after the words that introduce it
_A_COURSE_BY = re.compile(r"^(?:an?\s+)?(?:[\w-]+\s+)?(?:course|programme|program|training|module|mooc|curso|cours|"
                          r"corso)\s+(?:(?:offered|provided|given|ofrecido|impartido|proposé|dispensé|offerto)\s+)?"
                          r"(?:by|from|por|par|da)\s+(?:the\s+|la\s+|el\s+|le\s+|l['’]\s*)?", re.I)
_SECTION_OF_PARTS = re.compile(r"^\s*(?:(?:[\w-]+\s+)?(?:paths|modules|courses|units|lessons|trainings|programmes|"
                               r"programs|certifications|studies)\s+completed\b|"
                               r"completed\s+(?:studies|courses|modules|units|credits)\s*$)", re.I)
# What was completed is a list of parts set below ("practical task modules in:", "the following modules:")
_PARTS_LISTED_BELOW = re.compile(r"^(?:the\s+following\s+|[\w-]+\s+){0,3}(?:modules|tasks|units|lessons|courses|"
                                 r"projects)(?:\s+(?:in|on|of))?\s*:?$", re.I)
# A diploma's line naming its programme without quotes ("програми Full Stack JavaScript (група FSJ-19, …)")
# (its name in quotes or not: "Програма «Python з нуля: 16 тижнів із ментором»")
_PROGRAMME_LINE = re.compile(  # (not a name whose quotes close on a later line: read whole in quotes)
    r"^\s*(?:програм[аиі]|курсу?)\s+(?![«\"“][^»\"”\n]*$)[«\"“]?([A-ZА-ЯІЇЄҐ][^()\n«»\"“”]{2,80}?)[»\"”]?\s*(?:\(|$)",
    re.M)
_A_LARGER_AWARD_BEFORE = re.compile(r"(?:study\s+path|pathway|towards(?:\s+the)?|part\s+of(?:\s+the)?|stackable\s+"
                                    r"(?:in)?to(?:wards)?)\s+[^«»\"“”\n]{0,30}$", re.I)
# A project or thesis named in quotes ("Дипломний проєкт «Сервіс бронювання»"): what the learner made, not the course
# A grade in words in quotes ("84 бали, B, «зараховано»", "з оцінкою «відмінно»"): no course's name
_A_GRADE_WORD = re.compile(r"(?:не\s*)?зараховано|(?:дуже\s+)?добре|відмінно|задовільно|незадовільно|достатньо|"
                           r"excellent|very\s+good|good|satisfactory|pass(?:ed)?|fail(?:ed)?|merit|distinction|"
                           # a result with its distinction ("з відзнакою", "with distinction")
                           r"(?:з|із)\s+відзнакою|with\s+(?:distinction|honou?rs|merit)|mit\s+auszeichnung|"
                           r"avec\s+(?:distinction|mention)|con\s+(?:distinción|lode)|z\s+wyróżnieniem", re.I)
_A_PROJECT_BEFORE = re.compile(r"\b(?:(?:проєкт|проект|тем|робот|посад|продукт)[а-яіїєґ]{0,3}|project|product|topic|"
                               r"thesis|position)\s*$|"
                               # the stack or series a badge belongs to ("Бейдж 2 з 4 у стеку «…»", "stack “…”")
                               r"\b(?:стек\w*|stack|series|серії|серія|track|pathway)\s*$|"
                               # a final project by its label ("Proyecto final: «La bici compartida …»")
                               r"\b(?:(?:final|capstone)\s+project|project|proyecto|progetto|projet|projekt|projeto|"
                               r"проєкт|проект)(?:\s+(?:final|finale|фінальний|підсумковий))?\s*[:\-–—]\s*$|"
                               # the student's specialty ("спеціальності 076 «Підприємництво та торгівля»") or own
                               # programme ("студентка 3 курсу освітньої програми «Комп'ютерні науки»")
                               r"\b(?:спеціальн\w+|specialty|speciality|major|курсу\s+освітн(?:ьої|ій)\s+програм[иі])\s+"
                               r"(?:\d{3}(?:\.\d{2})?\s+)?$", re.I)
# A law named in quotes ("Law “On Personal Data Protection”", "Закону України «Про захист персональних даних»"): what
# a course taught, not the course
_A_LAW_BEFORE = re.compile(r"\b(?:law|act|regulation|закон\w*(?:\s+україни)?)\s*$", re.I)


# A sentence that announces the courses or modules listed below it ("… have completed all four courses and their
# graded problem sets:", "Програма складалася з таких модулів:")
_ANNOUNCES_PARTS = re.compile(r"\b(?:courses|modules|units|курс(?:и|ів)|модул(?:і|ів)|дисциплін(?:и)?)\b", re.I)


def _parts_announced(lines: list[tuple[int, str]], starts: set[int] | None) -> tuple[list[str], int, bool] | None:
    """The list under a paragraph that ends with a colon and names courses or modules: the course's parts, which
    stand in for its topics."""
    if starts is None:
        return None
    begin = 0
    for at in range(len(lines)):
        if at in starts:
            begin = at
        end_of_paragraph = at + 1 >= len(lines) or at + 1 in starts
        if not end_of_paragraph or not lines[at][1].endswith(":") or at - begin > 3:
            continue
        text = " ".join(ln for _pg, ln in lines[begin : at + 1])
        if len(text) <= 300 and _ANNOUNCES_PARTS.search(text):
            items, _bullets, _stop = _list_after(lines, at, "", starts)
            if len(items) < 2:
                items = _a_line_a_part(lines, at + 1, starts)
            if len(items) >= 2:
                return items, lines[at][0], True
    return None


def _topics_in_sections(lines: list[tuple[int, str]], starts: set[int] | None) -> tuple[list[str], int, bool] | None:
    """The topics below a topics heading alone on its line ("Course Content"), set out in sections without marks: a
    section's title, then its topics a line each, in paragraphs of their own ("Health outcomes" / "Estimating life
    expectancy" / "Life tables" / "Resource use and costs" / …). Each title and each topic is one; the paragraphs
    that follow and are not set out so (a closing session's description) are not."""
    if starts is None:
        return None
    heading = next((at for at, (_pg, ln) in enumerate(lines)
                    if (m := TOPIC_RE.fullmatch(ln.strip())) is not None and not m.group(1)), None)
    if heading is None or heading + 1 not in starts:
        return None
    topics: list[str] = []
    paragraphs = 0
    at = heading + 1
    while at < len(lines) and at in starts:
        part = _a_line_a_part(lines, at, starts, alone=True)
        if not part or any(_ends_the_topics(ln) for ln in part):
            break
        topics += part
        paragraphs += 1
        at += len(part)
    if paragraphs < 3 or len(topics) < 6 or len(topics) == paragraphs:
        return None
    return topics[:60], lines[heading][0], False


def _ends_the_topics(line: str) -> bool:
    """A label or heading below the topics: the next field ("Signature", "Date of issue", "Learning outcomes"), not a
    topic that opens with a label's word ("Quality of life measurement and valuation")."""
    if HEADING_RE.match(line) or TOPIC_RE.match(line) or LABEL_LIKE.match(line) or line.endswith(":"):
        return True
    if _A_SESSION_WHEN.search(line):  # "Wrap-Up Session (Thursday 02 December, 1-3pm UK GMT)": the timetable
        return True
    return bool(STOP_LABELS.match(line)) and len(line.split()) <= 3


# A session's day or time of day, where a timetable follows the topics
_A_SESSION_WHEN = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|понеділ\w*|вівтор\w*|серед\w*|четвер\w*|"
    r"п.ятниц\w*|субот\w*|неділ\w*)\b|\b\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm)\b", re.I)


def _a_line_a_part(lines: list[tuple[int, str]], begin: int, starts: set[int], alone: bool = False) -> list[str]:
    """The parts set one a line without marks in the paragraph at ``begin`` ("Establishing Financial Data Feeds" /
    "Frontend Web Development" / …): each line short, opening with a capital, none going on to the next."""
    end = next((j for j in range(begin + 1, len(lines)) if j in starts), len(lines))
    block = [tidy(ln) for _pg, ln in lines[begin:end]]
    if not (1 if alone else 2) <= len(block) <= 12 or any(
        len(ln) > 70 or not ln[:1].isupper() or ln.endswith((",", ";", ":", "-")) or _ENDS_JOINING.search(ln)
        or _GOES_ON.match(ln) or _is_date_line(ln) or URL_RE.search(ln)
        for ln in block
    ):
        return []
    return block


# A paragraph opened by a bare "Програма:" / "Programme:" (which otherwise labels a programme's name) that sets out the
# course's parts one after another, each with its time: "Програма: вступ до Python … — 2 заняття; pandas: … — 9 занять;
# …", "Programme: SQL basics (6 h); joins (8 h); …"
_PROGRAMME_OPENS = re.compile(r"^\s*(?:програма|зміст|programme|program|syllabus|outline|content)\s*:\s*(?=\S)", re.I)
_TIME_OF_A_PART = re.compile(r"\s*(?:[—–-]\s*|\(\s*)\d+(?:[.,]\d+)?\s*(?:занят\w*|годин\w*|год\.?|тижн\w*|урок\w*|"
                             r"лекці\w*|sessions?|lessons?|classes|hours?|hrs?|h|weeks?)\)?\s*\.?$", re.I)


def _parts_with_their_time(lines: list[tuple[int, str]], starts: set[int] | None) -> tuple[list[str], int, bool] | None:
    """The parts of a paragraph opened by a bare "Програма:" and set out as parts each with its time
    (``_PROGRAMME_OPENS``): at least three, each part's time left out."""
    if starts is None:
        return None
    for begin in sorted(starts):
        if begin >= len(lines):
            break
        opened = _PROGRAMME_OPENS.match(lines[begin][1])
        if not opened:
            continue
        end = begin + 1
        while end < len(lines) and end not in starts and end - begin < 8:
            end += 1
        text = " ".join(ln for _pg, ln in lines[begin:end])[opened.end() :]
        pieces = [piece.strip() for piece in text.split(";")]
        timed = [_TIME_OF_A_PART.sub("", piece) for piece in pieces if _TIME_OF_A_PART.search(piece)]
        if len(timed) >= 3 and len(timed) >= len(pieces) - 1:
            return [tidy(part) for part in timed if len(part) > 3], lines[begin][0], True
    return None


# The heading of a course's description in prose ("About this course", "Course description", "Про курс", "Опис
# програми"), the description in the paragraph below it or after a colon
DESCRIPTION_RE = re.compile(
    r"^\s*(?:about\s+(?:this|the)\s+(?:course|programme|program|training|module|specialization|workshop)|"
    r"(?:course|programme|program|training|module|workshop)\s+(?:description|overview|summary)|"
    r"(?:про|опис|анотація)\s+(?:курсу?|програм[иу]|тренінгу?|навчання|модуля?)|анотація|"
    r"kursbeschreibung|über\s+(?:den|diesen)\s+kurs|descripción\s+del\s+curso|(?:description|présentation)\s+du\s+"
    r"cours|à\s+propos\s+du\s+cours|opis\s+(?:kursu|szkolenia)|o\s+kursie|popis\s+kurzu|o\s+kurzu)"
    r"\s*(?:[:.–—-]\s*(.*)|)$",
    re.I,
)  # fmt: skip
# A sentence about the paper rather than the course: what the certificate does not confer, where to verify it
_ABOUT_THE_PAPER = re.compile(r"\b(?:certificate|enrol+ment|degree|verif(?:y|ied|ication)|сертифікат\w*|"
                              r"свідоцтв\w*|зарахуванн\w*|перевір\w*)\b", re.I)
# Its subject: what the learners do, not who does it ("They read …", "Learners work …", "Слухачі вчаться …")
_DESCRIBED_SUBJECT = re.compile(r"^(?:they|learners|participants|students|you|we|слухачі|учасники|студенти|"
                                r"здобувачі|ви|ми)\s+(?:then\s+|also\s+|потім\s+|також\s+)?|"
                                # the course showing how: "Курс показує, як перейти …", "The course shows how to …"
                                r"^(?:(?:цей\s+)?курс|програма|(?:the|this)\s+(?:course|programme|program))\s+"
                                r"(?:показує|пояснює|вчить|навчає|shows|teaches|explains)(?:\s+(?:you|вас|слухачів))?"
                                r",?\s+(?:як|how(?:\s+to)?)\s+", re.I)

# "…, будують кадр …, обробляють знімки …": what the learners do, each clause opening with its verb (present, plural)
_UKRAINIAN_PLURAL_CLAUSE = re.compile(r",\s+(?:(?:та|і|й)\s+)?(?=[а-яіїєґ'’]{3,}(?:ють|ять|ають|ують)\b)")


def _verbs_with_their_object(parts: list[str]) -> list[str]:
    """Clauses split before each verb, a verb alone joined to the clause after it: the verbs share its object
    ("додають, оновлюють та видаляють записи", not "додають" and "оновлюють та видаляють записи")."""
    out: list[str] = []
    for part in parts:
        if out and len(out[-1].split()) == 1:
            out[-1] = f"{out[-1]}, {part}"
        else:
            out.append(part)
    return out


def _described(lines: list[tuple[int, str]], starts: set[int] | None) -> tuple[list[str], int, bool] | None:
    """What a course covered, told in the paragraph under its description's heading ("About this course"): each
    clause of its sentences (those about the certificate itself left out); it stands in for the course's topics."""
    if starts is None:
        return None
    for at, (page, ln) in enumerate(lines):
        m = DESCRIPTION_RE.match(ln) if len(ln) <= 300 else None
        if m is None:
            continue
        text, j = (m.group(1) or "").strip(), at + 1
        if not text and j < len(lines):  # the paragraph below the heading
            text, j = lines[j][1], j + 1
        # its wrapped lines up to the next paragraph (a wrapped line may look like a label: "… trips: learners …"; a
        # justified paragraph's lines may each be a block of their own, the sentence going on in lower case)
        while j < len(lines) and (j not in starts or lines[j][1][:1].islower()) and not (
                HEADING_RE.match(lines[j][1]) or TOPIC_RE.match(lines[j][1])):
            text, j = _joined(text, lines[j][1]), j + 1
        items = _clauses_described(text)
        if items:
            return items, page, True
    return None


def _clauses_described(text: str) -> list[str]:
    """Each clause of a description's sentences (those about the certificate itself left out), without who does it."""
    items = [_DESCRIBED_SUBJECT.sub("", clause) for sentence in _SENTENCE_END.split(text)
             if not _ABOUT_THE_PAPER.search(sentence) and not _HOW_IT_ENDED.match(sentence)
             for said in _AND_THEN_DID.split(sentence)
             for part in _verbs_with_their_object(_UKRAINIAN_PLURAL_CLAUSE.split(_DESCRIBED_SUBJECT.sub("", said)))
             for clause in _clauses_stated(part)]  # fmt: skip
    return [item[:1].upper() + item[1:] for item in items if len(item.split()) >= 3]


# What the learners did next in one sentence ("… built responsive pages with HTML5 and CSS and made them interactive
# with JavaScript"): a clause of its own, not an item of what they built with
_AND_THEN_DID = re.compile(
    r",?\s+and\s+(?:then\s+|also\s+)?(?=(?:built|made|wrote|designed|developed|implemented|created|deployed|tested|"
    r"analy[sz]ed|modell?ed|trained|evaluated|cleaned|prepared|visuali[sz]ed|automated|documented|planned|managed|"
    r"programmed|configured|secured|encrypted|practi[sc]ed|learned|learnt|wrote|applied|used|compared|"
    r"protected)\b)", re.I)
# A description's sentence of how the course was passed, not of what it covered ("Assessment: two timed drills …",
# "Completion required all weekly assignments …", "Zaliczenie: 12 zadań …")
_HOW_IT_ENDED = re.compile(r"^\s*(?:assessment|assessed|completion\s+required|to\s+complete|zaliczenie|egzamin|"
                           r"prüfung|lernerfolgskontrolle|оцінювання|підсумковий\s+контроль|контроль)\b", re.I)
# A description of the course, told without a heading (what it covered; who took part did what) …
_TOLD_OF_THE_COURSE = re.compile(
    r"\b(?:the\s+course|this\s+course|the\s+programme|the\s+program|the\s+training|participants|learners|"
    r"students|курс|програма|слухачі|учасники|szkolenie|kurs|uczestnicy|der\s+lehrgang|der\s+kurs|"
    r"die\s+teilnehmenden)\b", re.I)
# … at least so long
_DESCRIPTION_CHARS = 200


def _described_below_the_name(lines: list[tuple[int, str]], starts: set[int] | None,
                              title: str | None) -> tuple[list[str], int, bool] | None:
    """What a course covered, told in a paragraph of prose below its name without a heading of its own
    ("Full-Stack JavaScript …" / "Over fourteen weeks … participants built responsive, accessible pages …"): each
    clause of its sentences, as under a description's heading (:func:`_described`)."""
    if starts is None or not title:
        return None
    key = title.casefold()[:24]
    named = next((at for at, (_pg, ln) in enumerate(lines) if key in ln.casefold()), None)
    if named is None:
        return None
    for at in range(named + 1, min(named + 8, len(lines))):
        if at not in starts:
            continue
        end = next((j for j in range(at + 1, len(lines)) if j in starts), len(lines))
        text = lines[at][1]
        for _pg, ln in lines[at + 1 : end]:
            text = _joined(text, ln)
        if len(text) < _DESCRIPTION_CHARS or len(_SENTENCE_END.split(text)) < 2 or _is_heading_stop(lines[at][1]):
            continue  # the course's dates or hours below its name, a label: the paragraph after them
        if not _TOLD_OF_THE_COURSE.search(text):
            return None
        items = _clauses_described(text)
        return (items, lines[at][0], True) if len(items) >= 2 else None
    return None


# ", and …" is one break; a sentence's end is one too
_CLAUSES = re.compile(r"[,;]\s*(?:(?:та|і|й|and)\s+)?|\s+(?:та|і|й|and)\s+(?=\S)|(?<=[.!?])\s+(?=[A-ZА-ЯІЇЄҐ])|"
                      r"\s[·|•]\s", re.I)  # "5 weeks · approx. 32 hours · Grade achieved: …": fields on one line
# A grade with how it was earned in brackets ("94% (graded quizzes, three peer-reviewed notebooks and a final project)",
# "зараховано (виконано підсумкову роботу)"); not a scale or a grade in words ("68% (B+)", "(ECTS grade B)")
_GRADE_THEN_HOW = re.compile(r"(.{1,60}?)\s*\(([^()]{10,200})\)?\.?")
# A grade in figures, then a dash and what it was earned by
_GRADE_THEN_HOW_AFTER_A_DASH = re.compile(r"(.{0,40}\d.{0,40}?\S)\s+[—–]\s+(\S.*)")
_HOW_ASSESSED = re.compile(r"\b(?:exam\w*|tests?|quiz\w*|projects?|essays?|assignments?|notebooks?|exercises?|tasks?|"
                           r"portfolio|іспит\w*|екзамен\w*|залік\w*|тест\w*|проєкт\w*|проект\w*|захист\w*|"
                           r"робот[аиу]|завдан\w*|гра|есе)\b", re.I)


# The grade told after the kind of assessment and a comma ("захист підсумкового проєкту, загальна оцінка — …")
_GRADE_AFTER_COMMA = re.compile(r",\s+(?:(?:загальна|підсумкова)\s+оцінка|(?:overall|final)\s+(?:grade|mark|score)|"
                                r"оцінка|grade)\b", re.I)
# A sentence that opens with a label after a grade on its line: the grade ends before it
# (the label with a colon or a dash: "Calificación final: …", "Підсумкова оцінка — 84 бали")
_NEXT_LABELLED_SENTENCE = re.compile(
    r"(?<=[\w)»”\"])\.\s+(?=[A-ZÁÉÍÓÚÑА-ЯІЇЄҐ][^\W\d_]+(?:\s+[^\W\d_]+){0,3}(?:\s*:|\s+[—–](?:\s|$)))"
)


# A label and a code or number after it: "Код сертифіката: KH-PY-26-1183", "Certificate no.: 2026/118"
_LABELLED_CODE = re.compile(r":\s*[\w./-]*\d[\w./-]*\s*$")
# A letter's subject line
_LETTER_SUBJECT = re.compile(r"^\s*(?:re|subject|тема|щодо|betreff|objet|asunto|oggetto)\s*:\s*(.+)$", re.I)
# A letter's subject without a label: "Bestätigung über die Teilnahme am …", "Confirmation of completion of …"
_CONFIRMATION_OF = re.compile(
    r"^\s*(?:(?:teilnahme)?bestätigung|bescheinigung|confirmation|підтвердження)\s+(?:über\s+die|of|про)\s+"
    r"(?:teilnahme|completion|participation|attendance|участь|проходження)\b(.+)$", re.I)
_OPENING_QUOTE = re.compile(r"[«„]|(?<![\w.,!?])[“\"](?=\w)")
_CLOSING_QUOTE = re.compile(r"[»]|(?<=[\w.,!?)])[”“\"](?!\w)")
# Parts numbered in a line: "1) …; 2) …", "1. …, 2. …"
_NUMBERED_PARTS = re.compile(r"(?:^|\s)1[.)]\s.+[;,]\s*2[.)]\s")
# A score just before "Passed" on its line ("81 % — Passed", "78/100 passed")
_SCORE_BEFORE = re.compile(r"\d\s*(?:(?:%|/\s*\d+|points?|pts)\s*[—–:-]?|[—–:])\s*$", re.I)


def _bracket_closed(text: str, rest: list[str]) -> str:
    """``text`` with what follows it (``rest``: the rest of its line, then the next lines) up to the line that closes
    its bracket, within 200 characters; ``text`` alone when none does."""
    joined = text + rest[0]
    for line in rest[1:]:
        if joined.count(")") >= joined.count("(") or len(joined) > 200:
            break
        joined = f"{joined} {line}"
    return joined if joined.count(")") >= joined.count("(") and len(joined) <= 200 else text


def _grade_and_how(grade: str) -> tuple[str, str | None]:
    """A grade without the bracketed words that tell how it was earned, and those words (None without them)."""
    dashed = _GRADE_THEN_HOW_AFTER_A_DASH.fullmatch(grade)
    # (what it was earned by, in lower case: not a verdict, "87 / 100 — «Успішно» (тести …)")
    if dashed and dashed.group(2)[:1].islower() and _HOW_ASSESSED.search(" ".join(dashed.group(2).split()[:3])):
        # "91 зі 100 балів (відмінно) — тестування та захист підсумкового проєкту": the grade; how it was earned is
        # read from its own words (the line may be cut short here)
        return dashed.group(1), None
    m = _GRADE_THEN_HOW.fullmatch(grade)
    if m is None or len(m.group(2).split()) < 3 or not _HOW_ASSESSED.search(m.group(2)):
        return grade, None
    return m.group(1), tidy(m.group(2))


def _after_label(text: str, at: int) -> str:
    """What a label at ``at`` labels: the rest of its line, or the next line when the label ends its line
    ("Видано Коваль Марії …" labels a name, not the date on the line after it)."""
    lines = text[at : at + 200].split("\n")
    window = (lines[0] if lines[0].strip() else (lines[1] if len(lines) > 1 else ""))[:60]
    return _EXPIRY.split(window, maxsplit=1)[0]  # "…; valid until 2027-05-01" is not when it was issued


# How far after its label a date may begin ("Issued on the 5th of March 2025"); further on, the label names
# something else first ("Видано Коваленко Марії про те, що вона з 3 лютого 2025 року …": a person, then a period).
_LABEL_REACH = 16


# Platforms that write numeric dates month first ("04/07/2020" is 7 April on a Coursera certificate)
_MONTH_FIRST_ISSUERS = re.compile(r"\bcoursera\.org\b|\boffered\s+through\s+coursera\b", re.I)


def _find_date(text: str) -> str | None:
    """The issue date: the latest date written just after a date label, else the latest date anywhere."""
    # (not a label that says when the learner was born: "născută la data de 14 februarie 2005")
    # (the label's whole word: "Dzimšanas datums:" is read as "datum" and its "s")
    month_first = bool(_MONTH_FIRST_ISSUERS.search(text))
    labels = [m for m in DATE_LABEL.finditer(text)
              if not _BIRTH_LINE.search(text, max(0, m.start() - 30), min(len(text), m.end() + 3))]
    # (when a printout was made, "printed 04/06/2025, 09:12" in its page's header, only where the paper gives no
    # other date: its own issue date comes first, labelled or not)
    for window in (_after_label(text, m.end()) for m in labels if not _PRINTED.match(m.group(0))):
        found = _dates_in(window, begin_within=_LABEL_REACH, month_first=month_first)
        if found:
            return max(found).isoformat()
    without = _NOT_AN_ISSUE_DATE.sub(" ", text)
    # (nor one after the printout was made: a paper is issued before it is printed, the dates after are a period's
    # end, "studies 2025-08-01 – 2026-07-31")
    printed = [d for m in labels if _PRINTED.match(m.group(0))
               for d in _dates_in(_after_label(text, m.end()), begin_within=_LABEL_REACH, month_first=month_first)]
    # (and, beside a printout's date, not one that opens a period: "Right to study: 2025-09-01 – 2026-08-31")
    alone = _A_PERIOD.sub(" ", _PRINTED_ON.sub(" ", without)) if printed else _PRINTED_ON.sub(" ", without)
    found = [d for d in _dates_in(alone, month_first=month_first)
             if not printed or d <= max(printed)] or printed or _dates_in(without, month_first=month_first)
    return max(found).isoformat() if found else None


# When a printout was made: the label DATE_LABEL reads ("printed"), and the words for it in the paper's other languages
_PRINTED_WORDS = r"(?:printed|роздруковано|wydrukowano|gedruckt)"
_PRINTED = re.compile(_PRINTED_WORDS, re.I)
# Two dates joined by a dash: a period ("2025-09-01 – 2026-08-31", "17 February 2025 – 13 June 2025")
_A_PERIOD = re.compile(r"(?:\d[\d./-]*\d|\d{1,2}\s+[^\W\d_]+\s+\d{4}|[^\W\d_]+\s+\d{1,2},?\s+\d{4})\s*[–—-]\s*"
                       r"(?:\d[\d./-]*\d|\d{1,2}\s+[^\W\d_]+\s+\d{4}|[^\W\d_]+\s+\d{1,2},?\s+\d{4})")
_PRINTED_ON = re.compile(_PRINTED_WORDS + r"(?:\s+(?:on|am|dnia))?\s*:?\s*[^\n]{0,30}", re.I)


def _dates_in(text: str, begin_within: int | None = None, month_first: bool = False) -> list[date]:
    """The dates written in ``text``; with ``begin_within``, only those beginning that near its start;
    ``month_first``: numeric dates are the American month/day/year where either reading is a date."""
    out: list[date] = []
    for pat, kind in DATE_PATTERNS:
        if kind == "dmy2" and begin_within is None:
            continue  # a two-digit year is a date only where a label says so
        for m in pat.finditer(text):
            if begin_within is not None and m.start() > begin_within:
                break
            d = _to_date(m.groups(), kind, month_first)
            if d is not None:
                out.append(d)
    return out


def _to_date(g: tuple[str, ...], kind: str, month_first: bool = False) -> date | None:
    try:
        if kind == "ymd":
            return date(int(g[0]), int(g[1]), int(g[2]))
        if kind == "dmy2":
            return date(2000 + int(g[2]), int(g[1]), int(g[0]))
        if kind == "dmy":
            # "3/15/2025" can only be the American month first; "04/07/2020" is where the issuer writes so
            if int(g[1]) > 12 >= int(g[0]) or (month_first and int(g[0]) <= 12 and int(g[1]) <= 31):
                return date(int(g[2]), int(g[0]), int(g[1]))
            return date(int(g[2]), int(g[1]), int(g[0]))
        if kind == "d_mon_y":
            mon = EN_MONTHS.get(g[1][:3].lower())
            return date(int(g[2]), mon, int(g[0])) if mon else None
        if kind == "mon_d_y":
            mon = EN_MONTHS.get(g[0][:3].lower())
            return date(int(g[2]), mon, int(g[1])) if mon else None
        if kind == "pl":
            return date(int(g[2]), PL_MONTHS[g[1].lower()], int(g[0]))
        if kind == "other":
            return date(int(g[2]), OTHER_MONTHS[g[1].lower()], int(g[0]))
        if kind == "lt":
            return date(int(g[0]), LT_MONTHS[g[1].lower()], int(g[2]))
        if kind == "hu":
            return date(int(g[0]), HU_MONTHS[g[1].lower()], int(g[2]))
        if kind == "lv":
            word = g[2].lower()
            month = next((v for k, v in LV_MONTHS.items() if word.startswith(k)), None)
            return date(int(g[0]), month, int(g[1])) if month else None
        if kind == "uk":
            word = g[1].lower()
            mon = next((v for k, v in UK_MONTHS.items() if word.startswith(k)), None)
            return date(int(g[2]), mon, int(g[0])) if mon else None
    except ValueError:
        return None
    return None


# A long line of a paragraph that ends inside its sentence ("… approved by the Northbridge Academic Board on 9" /
# "November 2023, …"): the next line goes on with it, whatever its first letter
_WRAPPED_MID_SENTENCE = re.compile(r"^[^\n]{90,}[\w,»”-]$")


# Where a sentence ends within a line: not after an abbreviation ("Certificate No. AM-20417, …", "ref. EXT/23/09")
_SENTENCE_ENDS = re.compile(r"(?<![^\W\d_])(?!(?:no|nr|ref|reg|vol|pp?|art|ст|п|вип|див|ім|м|р)[.])[^\W\d_]*\w[.!?]\s+"
                            r"|[)»”\d][.!?]\s+", re.I)


def _sentence_of(text: str, m: re.Match[str], *, begun_above: bool = False) -> str:
    """The line of a match with the lines that continue its sentence (they begin in lower case, or a long line ends
    inside it): "Програма акредитована Національним агентством із забезпечення якості вищої" / "освіти";
    ``begun_above``: from where the sentence begins on the line above, where the match's line goes on with it."""
    line = _line_of(text, m)
    end = text.find("\n", m.end())
    letters = [ch for ch in line if ch.isalpha()]
    if end != -1 and len(line) <= 80 and (line.rstrip().endswith(":") or (letters and line.upper() == line)):
        # a label in capitals or ending with a colon ("ЗАБЕЗПЕЧЕННЯ ЯКОСТІ · …"): what it labels is on the next line
        nxt = text.find("\n", end + 1)
        line = text[end + 1 : nxt if nxt != -1 else len(text)]
        end = nxt
    last = line  # the last line taken: a long one ends inside its sentence where it does not stop at its edge
    while end != -1 and len(line) < 400 and (text[end + 1 : end + 2].islower() or (
            _WRAPPED_MID_SENTENCE.search(last) and " · " not in last)):  # (not a letterhead's line of parts)
        nxt = text.find("\n", end + 1)
        last = text[end + 1 : nxt if nxt != -1 else len(text)]
        line = f"{line} {last}"
        end = nxt
    start = text.rfind("\n", 0, m.start()) + 1
    if begun_above and line[:1].islower() and start > 1 and not _SENTENCE_ENDS.search(text, start, m.start()):
        # a sentence begun on the line above ("… the learning outcomes" / "below have been recognised by …"): from
        # where it begins there (a short statement's, where the field is a sentence of its own)
        above = text[text.rfind("\n", 0, start - 1) + 1 : start - 1]
        if above.strip() and not re.search(r"[.!?:;]\s*$", above):
            ends = [e.end() for e in _SENTENCE_ENDS.finditer(above)]
            line = f"{above[ends[-1] if ends else 0 :].strip()} {line}"
    return line


_MINISTRY_OF_UKRAINE = re.compile(r"^\s*(?:міністерство|ministry)\s[^\n]{3,60}?\s(?:україни|of\s+ukraine)\s*$", re.I)


def _place_line_country(lines: list[tuple[int, str]], in_letterhead: bool = False) -> tuple[int, str, str] | None:
    """A country written after a place on a short line ("Алматы, Казахстан", "Tbilisi, Georgia, 2024"): any
    country by any of its ISO 3166 names in the languages ``app.domain.countries`` reads, as written (the page,
    the country, the line). Not the first part of the line: a place line names the city first; never where the
    learner was born ("rođena … u Harkivu, Ukrajina"). ``in_letterhead``: the lines are a letterhead's, whose
    address may stand in a longer line among other parts ("Triq il-Marina, Kalkara, Malta · Licensed …")."""
    from app.domain.countries import country_code

    for at, (pg, ln) in enumerate(lines):
        # (nor below a birth's label: "Dátum a miesto narodenia:" / "22. 07. 1996, Rivne, Ukrajina"; nor where an
        # exam was sat: "Test centre" / "UA031 Lviv Testing Point, Lviv, Ukraine")
        if "," not in ln or _BIRTH_LINE.search(ln) or (at and _BIRTH_LABEL_END.search(lines[at - 1][1])) or (
                at and _WHERE_IT_WAS_SAT.fullmatch(lines[at - 1][1].strip().rstrip(":"))):
            continue
        places = _LETTERHEAD_PARTS.split(ln) if in_letterhead else [ln]
        for place in places:
            # (a letterhead's address part may be longer: "4th Floor, 27 Residency Road, Bengaluru 560025, Karnataka,
            # India")
            if len(place) > (_LETTERHEAD_PART if in_letterhead else _PLACE_LINE) or "," not in place:
                continue
            for part in place.split(",")[1:]:
                part = part.strip().rstrip(".")
                # the part itself a country's name, not a code inside it ("розгортання з CI/CD" is no Congo)
                if (len(part) >= 4 and not any(ch.isdigit() for ch in part) and "/" not in part
                        and country_code(part) is not None):
                    if _WHERE_IT_WAS_SAT.search(place[: place.find(part)]):
                        break  # where it was sat: "Delivery: online proctored (Lviv, Ukraine)"
                    return pg, part, ln.strip()
    return None


_LETTERHEAD_PARTS = re.compile(r"\s+[·•|]\s+")
_PLACE_LINE = 60  # characters of a line that names a place, at most
_LETTERHEAD_PART = 90  # and of an address part of a letterhead
def _opener_alone(line: str) -> bool:
    """Whether a line is only the words that open a certificate's statement ("This certificate confirms that")."""
    opener = CERTIFY_PREFIX.match(line)
    return opener is not None and opener.end() > 0 and not line[opener.end() :].strip(" ,:")


_CODE_AFTER_PLACE = re.compile(r"^[^()]+\(([A-Z]{2})\)$")


def _country_by_code(part: str) -> str | None:
    """A place with its country's code ("Kraków (PL)"): the country as the reader writes one ("Poland (POL)")."""
    coded = _CODE_AFTER_PLACE.match(part)
    if coded is None:
        return None
    import pycountry

    country = pycountry.countries.get(alpha_2=coded.group(1))
    return f"{getattr(country, 'common_name', country.name)} ({country.alpha_3})" if country is not None else None


# What an assessor confirmed of each assessed part ("Рецензент підтвердив: знайшла …; закодувала …", "The examiner
# confirmed: …"): the learner's outcomes, one part after another
_ASSESSOR_CONFIRMED = re.compile(
    r"^\s*(?i:the\s+|our\s+)?(?i:рецензент(?:ка)?|експерт(?:ка)?|оцінювач(?:ка)?|ментор(?:ка)?|наставни(?:к|ця)|"
    r"екзаменатор|комісія|reviewer|assessor|examiner|mentor|panel|committee|jury)"
    r"\s+(?i:підтверди(?:в|ла|ли)|засвідчи(?:в|ла|ли)|перевіри(?:в|ла|ли)|confirmed|verified|attested)"
    r"(?:,?\s+(?i:що|that))?\s*:\s*(\S.*)$"
)
_CONFIRMED_WORDS = ("підтверди", "засвідчи", "перевіри", "confirmed", "verified", "attested")


def _confirmed_by_assessor(lines: list[tuple[int, str]], starts: set[int] | None) -> tuple[list[str], int] | None:
    """The outcomes an assessor confirmed part by part (:data:`_ASSESSOR_CONFIRMED`), each statement running on
    over its wrapped lines, split where semicolons list several; at least two parts, or one with several items."""
    items: list[str] = []
    page = 0
    parts = 0
    for i, (pg, ln) in enumerate(lines):
        m = _ASSESSOR_CONFIRMED.match(ln)
        if not m:
            continue
        text = m.group(1)
        for j in range(i + 1, min(i + 8, len(lines))):
            nxt = lines[j][1]
            goes_on = (j not in starts) if starts is not None else nxt[:1].islower()
            if not goes_on or _ASSESSOR_CONFIRMED.match(nxt) or BULLET.match(nxt):
                break
            text = _joined(text, nxt)
        items.extend(split_enumeration(tidy(text)))
        parts += 1
        page = page or pg
    return (items, page) if parts >= 2 or len(items) >= 2 else None


def _letterhead_country(lines: list[tuple[int, str]]) -> tuple[int, str] | None:
    """A country's name alone on one of the first lines, as a state institution's letterhead opens ("ROMÂNIA",
    "УКРАЇНА", "Republica Moldova"), as written (the page and the line): any country by any of its ISO 3166 names in
    the languages ``app.domain.countries`` reads."""
    from app.domain.countries import country_code

    for pg, ln in lines[:LETTERHEAD_LINES]:
        name = ln.strip()
        if 4 <= len(name) <= 40 and not any(ch.isdigit() or ch in ",/:" for ch in name) and country_code(name):
            return pg, name
    return None


LETTERHEAD_LINES = 4


def _line_of(text: str, m: re.Match[str]) -> str:
    """The whole line of text that contains a match."""
    start = text.rfind("\n", 0, m.start()) + 1
    end = text.find("\n", m.end())
    return text[start : end if end != -1 else len(text)]


# "Issued in Riga, Latvia", "Видано в м. Львові, Україна": the place of issue, then its country
_ISSUED_IN = re.compile(r"(?:issued|awarded|signed|given|done|видано|видана|видане|виданий|ausgestellt|wydano)\s+"
                        r"(?:in|at|в|у|w)\s+(?:м\.\s*)?[^\n,;]{2,30},\s*$", re.I)
# A partner named with its own place ("in cooperation with … (Kharkiv, Ukraine)", "у співпраці з …")
_A_PARTNERS_LINE = re.compile(r"(?:in\s+(?:cooperation|partnership|collaboration)\s+with|у\s+співпраці\s+з|"
                              r"спільно\s+з|за\s+підтримки|with\s+the\s+support\s+of|supported\s+by)\b", re.I)
# Where a learner sat an exam or a course was held, as a label above its value: not where the paper was issued
_WHERE_IT_WAS_SAT = re.compile(r"(?:exam(?:ination)?\s+|test\s+)?(?:location|venue)|test\s+cent(?:re|er)|delivery|"
                               r"місце\s+(?:складання|проведення)(?:\s+іспиту)?", re.I)


# A label or a column about an exam, not the kind of assessment: "Exam date", "Test duration", "% of exam",
# "Код іспиту"
_ABOUT_THE_EXAM = re.compile(
    r"(?:exam(?:ination)?|test)\s+(?:date|time|duration|code|form|language|fee|id|number|no\.?|session|version|"
    r"results?\s+released)\b|%\s+of\s+(?:the\s+)?(?:exam|test)\b|"
    r"(?:performance|results?|scores?)\s+(?:by|per)\s+(?:exam\s+|test\s+)?(?:section|domain|skill|area|part)|"
    r"(?:дата|код|тривалість|номер|мова|версія)\s+(?:іспиту|екзамену|тесту|тестування)\b", re.I)


# A module's score and its bar after the module on its line: "… на терміналі 10 / 10 [##########]", "… 88% █████████░"
_SCORE_AT_THE_END = re.compile(r"\s+(?:\d{1,3}(?:[.,]\d+)?\s*(?:/\s*\d{1,3}|%)\s*)?"
                               r"(?:\[[#=*.\- ]{3,}\]|[█░▓▒■□]{3,})\s*$")


# The date of an item's evidence, set after it with a middle dot: "… Lab 2 · 23 Jan", "… Лабораторна 4 · 12.02"
_DATE_AFTER_A_DOT = re.compile(
    r"\s+·\s+(?:\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|січ|лют|бер|квіт|трав|черв|лип|серп|"
    r"вер|жовт|лист|груд)[a-zа-яіїєґ]*\.?(?:\s+\d{4})?|\d{1,2}[./]\d{1,2}(?:[./]\d{2,4})?|\d{4}-\d{2}-\d{2})\s*$", re.I)


def _without_evidence_and_date(item: str) -> str:
    """An item without the evidence that showed it and that evidence's date, set beside it ("… inspect them Lab 2 ·
    23 Jan", "… Final project · 3 Apr"): the last one to three words before the date, the first of them capitalised."""
    dated = _DATE_AFTER_A_DOT.search(item)
    if dated is None:
        return item
    words = item[: dated.start()].split(" ")
    for n in (1, 2, 3):
        if len(words) > n + 2 and words[-n][:1].isupper():
            return " ".join(words[:-n]).rstrip()
    return item


_HOURS_COUNTED = re.compile(r"\d+\s*(?:hours?|hrs?|h\b|годин\w*|год\b|ECTS|кредит\w*|Stunden)", re.I)


def _in_a_workload_bracket(text: str, m: re.Match[str]) -> bool:
    """Whether ``m`` stands in a part of a bracket that counts hours or credits ("(420 hours of instruction and project
    work, equivalent to approx. 14 ECTS credits)"): the workload's parts, not how the learner was assessed (the
    graded parts a bracket lists after the hours are: "about 110 hours (video lectures, graded quizzes, …)")."""
    line_start = text.rfind("\n", 0, m.start()) + 1
    line_start = text.rfind("\n", 0, max(line_start - 1, 0)) + 1  # (a bracket may open on the line above)
    opened = text.rfind("(", line_start, m.start())
    if opened == -1 or text.find(")", opened, m.start()) != -1:
        return False
    line_end = text.find("\n", m.end())
    end = line_end if line_end != -1 else len(text)
    # the part of the bracket between commas that holds the word ("…, graded exercises and a proctored final exam, …"
    # is the assessment, though the bracket counts the hours before it)
    start = max(text.rfind(",", opened, m.start()), text.rfind(";", opened, m.start()), opened)
    stops = [at for at in (text.find(",", m.end(), end), text.find(";", m.end(), end), text.find(")", m.end(), end))
             if at != -1]
    part = text[start : min(stops) if stops else end]
    if _HOURS_BEFORE_A_BRACKET.search(text, max(0, opened - 20), opened) and not _GRADED.search(part):
        return True  # "480 hours (live classes, labs and project work)": what the hours were spent on
    return _HOURS_COUNTED.search(part) is not None


# The hours just before a bracket that says what they were spent on; a part of it that was graded ("graded quizzes",
# "a proctored final exam") is how the learner was assessed all the same
_HOURS_BEFORE_A_BRACKET = re.compile(r"\d+\s*(?:hours?|hrs?\.?|h|годин[аиу]?|год\.?)\s*$", re.I)
_GRADED = re.compile(r"grad|assess|exam|test|quiz|proctor|final\s+project|capstone|оцін|іспит|екзамен|залік|тест|"
                     r"(?:фінальн|підсумков)\w*\s+проєкт|захист", re.I)


def _split_outside_brackets(pattern: re.Pattern[str], text: str) -> list[str]:
    """``text`` split where ``pattern`` matches outside short brackets ("Теоретичний залік (тест, 30 питань)" stays
    whole; a long bracket is a list of its own, "(video lectures, weekly quizzes, 4 programming assignments, …)")."""
    parts, start = [], 0
    for m in pattern.finditer(text):
        opened = text.rfind("(", 0, m.start())
        closed = text.find(")", m.end())
        inside = opened != -1 and text.find(")", opened, m.start()) == -1
        if m.end() > m.start() and not (inside and closed != -1 and closed - opened <= 40):
            parts.append(text[start : m.start()])
            start = m.end()
    return [*parts, text[start:]]


def _line_before(text: str, m: re.Match[str]) -> str:
    """The line above the one that contains a match ("" on the first line): a label alone above its value."""
    end = text.rfind("\n", 0, m.start())
    return "" if end == -1 else text[text.rfind("\n", 0, end) + 1 : end]


_PASSPORT_WORDS = ("passport", "pasē", "pase", "pasu", "паспорт", "paszpor", "passaporte", "pasaporte")
_PASSPORT_SPELLING = re.compile(
    # English, Latvian and Lithuanian ("pasē", "pase"), Ukrainian, Polish, Portuguese, Spanish
    r"\((?i:(?:as\s+)?in\s+(?:the\s+|her\s+|his\s+)?passport|passport(?:\s+spelling)?|pasē|pasu|pase|у\s+паспорті|"
    r"за\s+паспортом|w\s+paszporcie|paszport|no\s+passaporte|en\s+el\s+pasaporte)\s*[:\-–]?\s*"
    r"([A-ZÀ-ÖØ-ÞĀ-ŽА-ЯІЇЄҐ][^\W\d_]*(?:[ \n'’-][A-ZÀ-ÖØ-ÞĀ-ŽА-ЯІЇЄҐ][^\W\d_]*){1,3})\s*\)"
)


# Cheap substring tests that let the slower case-insensitive patterns be skipped when they cannot match.
LEARNER_BEFORE_WORDS = ("certif", "statement that", "išduot", "засвідч", "підтверджу", "нагород", "видан", "awarded",
                        "отримує", "отримала", "отримав",
                        "presented",
                        "issued",
                        "вручає", "bestätigt", "подтверждает", "für",
                        "bescheinigt", "zaświadcza", "potwierdza", "atteste", "attestons", "удостовер", "potvrz",
                        "potvrdz", "osvědč", "osvedč", "zaświadczamy", "potwierdzamy", "potvrđuje", "potrjuje",
                        "intygas", "todistetaan", "igazol", "patvirtin", "tõendame", "kinnitame", "apliecin",
                        "otorga", "concede", "expide", "conferisce", "rilascia", "décern",
                        "decern", "atribu")  # fmt: skip
QA_WORDS = ("accredit", "акредит", "quality", "якост", "назяво", "naqa", "enqa", "eqar", "recogni", "визнан")
SUPERVISION_WORDS = ("proctor", "invigil", "supervis", "identity", "id verified", "прокторинг", "нагляд", "верифікац")
GRADE_WORDS = ("grade", "score", "оцінк", "оценк", "бал", "результат", "result", "note", "calificación", "voto",
               "ocena", "gesamt", "mark", "overall outcome", "final outcome", "įvertinimas", "eindcijfer",
               "érdemjegy", "wynik", "výsled", "hodnocení", "final assessment", "overall assessment", "ergebnis")
STACK_WORDS = ("stackab", "credited", "recogni", "counts", "part of", "зарахован", "складов", "частиною")
LEARNER_ID_WORDS = ("student id", "learner id", "participant id", "едебо", "edebo", "студентськ", "student number",
                    "id учасника", "id слухача", "id здобувача", "ідентифікатор")  # fmt: skip
PREREQ_WORDS = ("prerequisite", "requirement", "вимоги", "передумови", "пререквізит", "voraussetzung", "prérequis",
                "requisitos")  # fmt: skip


_PLACEMENT_BEFORE = re.compile(r"(?<![^\W\d_])(?:вхідн\w*|placement|entry|entrance|diagnostic|rozřazovací\w*|"
                               r"diagnostyczn\w*|вступн\w*)\s+$", re.I)
_NONE_OF = re.compile(r"(?<![^\W\d_])(?:no|without|без|жодних|жодного)\s+(?:\w+\s+)?$", re.I)
_NOT_AN = re.compile(r"(?<![^\W\d_])(?:is|are|was|were|does|do)\s+not\s+(?:an?\s+)?(?:\w+\s+)?$|"
                     r"(?<![^\W\d_])не\s+є\s+(?:\w+\s+)?$", re.I)


# Where a body's name ends before its street address (", 14 Harcourt Terrace") or the next labelled sentence
# (". Level: NFQ …")
_STREET_OR_NEXT_LABEL = re.compile(r",\s+\d{1,4}[a-z]?\s+(?=(?-i:[A-Z])[a-z]+\s+(?-i:[A-Z])[a-z]+)|"
                                   # (a street named before its number: ", Kalnciema iela 118", ", Hauptstraße 5")
                                   r",\s+(?=[^\W\d_][\w'-]*(?:\s+(?:iela|ulica|ul\.|gatan|gade|vej|katu|utca|ulice|"
                                   r"cesta|tänav|gatvė|str\.|straße|strasse|street|road|avenue))?\s+\d{1,4}[a-z]?,)|"
                                   r"(?:(?<=[^\W\d_]{2})|(?<=\)))\.\s+(?=(?-i:[A-ZА-ЯІЇЄҐ])[^\W\d_]+(?:\s+[^\W\d_]+)?:)")
def _title_among_fields(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The course's name labelled in a line of fields set apart by middle dots, after the first of them ("Participant:
    … · Programme: Full-Stack Web Development Bootcamp (full-time, 520 hours) · Period: …"), without how it was taken
    in a bracket after it: (its line, the name), or nothing."""
    for i, (_pg, ln) in enumerate(lines):
        fields = ln.split(" · ")
        for k, field in enumerate(fields[1:], 1):
            label = TITLE_LABEL.match(field)
            if label and ":" in field[: label.start(1)] and len(label.group(1).strip()) >= 3:
                name = label.group(1)
                if k == len(fields) - 1 and i + 1 < len(lines):  # the last field, wrapped: its rest opens the next line
                    rest = lines[i + 1][1].split(" · ", 1)[0]
                    name = name if ":" in rest else f"{name} {rest}"
                return [(i, _HOW_TAKEN_AFTER.sub("", name).strip())]
    return []


# How a course was taken, in a bracket after its name: "(full-time, 520 hours)", "(part-time)", "(онлайн, 60 год)"
_HOW_TAKEN_AFTER = re.compile(r"\s*\((?=[^()]*(?:\b\d+\s*(?:hours?|h|год\w*)|full-time|part-time|online|денна|заочна|"
                              r"онлайн))[^()]*\)\s*$", re.I)
# Where a line's next field begins after a middle dot or a bar: "Maksym TKACHENKO · Learner number: …"
_NEXT_FIELD_ON_THE_LINE = re.compile(r"\s+[·|•]\s+")


def _has(low: str, *words: str) -> bool:
    return any(w in low for w in words)


class _Lines:
    """The non-empty lines of the text, searchable with one regex pass (multi-line mode) instead of one per line."""

    def __init__(self, lines: list[tuple[int, str]]) -> None:
        self.lines = lines
        self.text = "\n".join(ln for _pg, ln in lines)
        self.starts: list[int] = []
        pos = 0
        for _pg, ln in lines:
            self.starts.append(pos)
            pos += len(ln) + 1

    def find(self, pattern: re.Pattern[str], *, at_start: bool = False) -> Iterator[tuple[int, re.Match[str]]]:
        for m in _multiline(pattern).finditer(self.text):
            i = bisect.bisect_right(self.starts, m.start()) - 1
            if at_start and m.start() != self.starts[i]:
                continue
            yield i, m


@lru_cache(maxsize=64)
def _multiline(pattern: re.Pattern[str]) -> re.Pattern[str]:
    return re.compile(pattern.pattern, pattern.flags | re.M)


# What a course was made of, after its name in the sentence: "Psychological First Aid for Volunteers, consisting of four
# self-paced online modules and …"
_WHAT_IT_CONSISTED_OF = re.compile(r",\s+(?:consisting\s+of|comprising|made\s+up\s+of|which\s+(?:consisted|comprised|"
                                   r"included)|що\s+складався|який\s+складався|що\s+включав)\b.*$", re.I | re.S)


# When a course took place, before the verb that says it was completed ("з 8 червня по 3 липня 2026 року")
_A_SPAN_OF_DATES = re.compile(r"(?:з|із|від)\s+\d{1,2}(?:\.\d{1,2}(?:\.\d{2,4})?|\s+[а-яіїє']+)?\s+(?:по|до)\s+\d{1,2}"
                              r"(?:\.\d{1,2}\.\d{2,4}|\s+[а-яіїє']+\s+\d{4}\s*(?:року|р\.))", re.I)


_A_LABEL_ALONE_QA = re.compile(r"(?:quality\s+assurance|забезпечення\s+якості)\s*:?", re.I)


# A status and its date printed after a labelled name on its line ("… Sourdough at Home  COMPLETED 29 April 2026")
_STATUS_AFTER_THE_NAME = re.compile(r"\s+(?:completed|in\s+progress|завершено|пройдено)\s+(?:on\s+)?\d.*$", re.I)


# A series of sessions, its name set apart (below): "серію з п'яти онлайн-вебінарів", "a series of four webinars"
_A_SERIES_OF_SESSIONS = re.compile(r"(?:серію|цикл)\s+(?:з\s+)?\S+\s+(?:онлайн-?)?(?:вебінарів|лекцій|занять|"
                                   r"зустрічей)|(?:a\s+|the\s+)?series\s+of\s+\S+\s+(?:online\s+|live\s+)?(?:webinars|lectures|"
                                   r"sessions|talks)\b", re.I)


# A course announced as the one below: "(attended) the following course at the Volkshochschule …:", "(has completed)
# the following course with the grade stated:"
_THE_FOLLOWING_COURSE = re.compile(r"(?:the\s+)?following\s+(?:course|programme|program|training|module|unit)s?\b"
                                   r"[^.;:]{0,80}:?$", re.I)


def _first_row_below_a_header(lines: list[tuple[int, str]], at: int) -> tuple[int, str] | None:
    """The course's name in the first row of a table whose header begins at ``at`` with its column of codes ("Code" /
    "Course / module" / "Credits" / "Grade" / "Date" / "MS1042" / "Probability Theory and Statistics"): (its line, the
    name), or None where the lines are not such a table."""
    if at >= len(lines) or not _A_COLUMN_OF_NUMBERS_OR_CODES.fullmatch(lines[at][1]):
        return None
    k = at + 1
    while k < min(at + 8, len(lines)) and len(lines[k][1].split()) <= 3 and not re.search(r"\d", lines[k][1]):
        k += 1  # the header's other cells
    if k + 1 < len(lines) and _A_COURSE_CODE.fullmatch(lines[k][1].strip()) and _names_course(lines[k + 1][1]):
        return k + 1, lines[k + 1][1].strip()
    row = _CODE_NAME_FIGURES.fullmatch(lines[k][1].strip()) if k < len(lines) else None  # "DA2031 Linear … 7.5"
    if row and _names_course(row.group(1)):
        return k, row.group(1)
    return None


_A_COURSE_CODE = re.compile(r"[A-ZА-ЯІЇЄҐ]{1,6}[-\s]?\d{2,6}[A-Z]?|\d{1,4}")
# A table's row of a code, a course's name and its figures on one line ("DA2031 Linear Algebra for Engineers 7.5")
_CODE_NAME_FIGURES = re.compile(r"(?:[A-ZА-ЯІЇЄҐ]{1,6}[-\s]?\d{2,6}[A-Z]?)\s+(\D{3,120}?)(?:\s+\d+(?:[.,]\d+)?)*"
                                r"(?:\s+[A-Z]{1,3}[+-]?)?")


# What was received for the course, then its name: "… completed and received a passing grade in" / the name
_RECEIVED_A_GRADE_IN = re.compile(r"(?:and\s+)?(?:received|earned|obtained|achieved|was\s+awarded)\s+(?:a|an|the)\s+"
                                  r"[^.;:]{0,40}?\b(?:grade|mark|score|certificate|pass)\s+(?:in|for)(?:\s+(\S.*))?$",
                                  re.I)


_ASSESSED_BY_IN_BRACKETS = re.compile(r"\((?:assessed|evaluated|examined)\s+(?:by|through|via)\s+([^()\n]{5,200})\)|"
                                      r"\((?:оцінювання|оцінено|оцінювалися)\s*:?\s+([^()\n]{5,200})\)", re.I)


def _fields(rec: CredentialRecord, pages: list[str], starts: set[int] | None = None) -> None:  # noqa: C901 (one branch per certificate field pattern, in the order of Annex I (a flat mapping))
    lines = _lines(pages)
    idx = _Lines(lines)
    full = "\n".join(pages)
    low = full.lower()
    births = _has(low, *BIRTH_WORDS)  # (read twice below: the words of a birth are many)

    def src_of(fragment: str) -> str:
        for n, text in enumerate(pages, 1):
            if fragment and fragment in text:
                return f"pdf p.{n}"
        return "pdf p.1"

    def nxt(i: int) -> str:
        return lines[i + 1][1] if i + 1 < len(lines) else ""

    for i, (pg, ln) in enumerate(lines[1:80], 1):  # a form's caption below a filled field names the field
        caption = FORM_CAPTION.match(ln)
        if caption and not FORM_CAPTION.match(lines[i - 1][1]):
            field = next(name for name, text in caption.groupdict().items() if text)
            value = re.sub(r"^(?:у|в|at)\s+", "", _filled_field(lines, i - 1)).strip()
            if field == "learner_name":  # "Видано Петренко Олені Іванівні" / "(прізвище, ім'я, по батькові)"
                value = _ISSUED_TO.sub("", CERTIFY_PREFIX.sub("", value, count=1))
            whole = QUOTED.fullmatch(value)  # a name given whole in quotes, without them (not "ВСП «…»")
            rec.set(field, tidy(whole.group(1) if whole else value), f"pdf p.{pg}")
    _platform_course_line(rec, lines)
    labelled = read_labelled_elements(idx.text)
    if labelled:  # the elements under their own labels (Annex I's layout) come before any reading of sentences
        _set_labelled(rec, labelled, lines, idx)
    _set_labels_alone(rec, lines)
    # outcomes
    got = _outcomes_under_each_heading(lines, starts) or find_outcomes(lines, starts=starts)
    if got and not got[2] and got[0] and _a_tables_header(got[0][0]):
        got = None  # "Результати навчання з дисциплін:" above a table: its header row ("№ Навчальна дисципліна Год.")
    if got:
        if got[2]:  # a numbered list that goes on over the page, below the next page's running header
            got = (got[0] + _numbered_on_overleaf(lines, got[1], got[0], starts), got[1], got[2])
        items = [statement for item in _numbered_in_order(_in_one_language(got[0]))
                 for statement in _statements_by_their_openers(
                     _without_evidence_and_date(_SCORE_AT_THE_END.sub("", item)))]
        who = ABLE_TO_RE.match(items[0]) if items and _script_of(items[0]) == "cyr" else None
        if who:  # prose below the heading opening with who can do it ("Слухач уміє імпортувати дані …; будує …")
            items = [next(g for g in who.groups() if g), *items[1:]]
        items = _without_a_shared_ability_verb(
            [_without_who_can(item) for item in items + _outcomes_by_unit_further_down(lines, starts)])
        rec.set("learning_outcomes", items, f"pdf p.{got[1]}" + ("" if got[2] else " (lines)"))
    elif _has(low, *_CONFIRMED_WORDS):
        confirmed = _confirmed_by_assessor(lines, starts)
        if confirmed:
            rec.set("learning_outcomes", confirmed[0], f"pdf p.{confirmed[1]}")
    # learner: a "Name:" label, or the line after "this is to certify that", or the line before "has completed"
    hits: list[tuple[int, str]] = []
    for i, m in idx.find(LEARNER_LABEL, at_start=True):
        val = lines[i][1][m.start(1) - idx.starts[i] :] if m.start(1) - idx.starts[i] < len(lines[i][1]) else ""
        # (up to the sentence's end: "Повне ім'я здобувача: Гнатюк Максим Ігорович. Усього у відомості …"; up to the
        # next field of its line: "Issued to: Maksym TKACHENKO · Learner number: …")
        val = _NEXT_SENTENCE.split(val, maxsplit=1)[0]
        if lines[i][0] == 1:  # (not an annex's running line, "Participant: Iryna Bondar · Course: …", over the paper's)
            val = _NEXT_FIELD_ON_THE_LINE.split(val, maxsplit=1)[0]
        if 3 <= len(val) <= 80:
            hits.append((i, val))
            break
    for i, _m in idx.find(LEARNER_BEFORE) if _has(low, *LEARNER_BEFORE_WORDS) else ():
        cand = nxt(i)
        # a bilingual paper's opener in its other language below it ("Цей сертифікат засвідчує, що" / "This is to
        # certify that" / the name; "видане" / "is awarded to"): the name below both
        for _ in range(2):
            if i + 1 < len(lines) and (LEARNER_BEFORE.search(cand) or _AWARDED_TO_BELOW.match(cand)
                                       or _opener_alone(cand)):
                i, cand = i + 1, nxt(i + 1)
        if _HONORIFIC_LINE.fullmatch(cand) and i + 1 < len(lines):
            i, cand = i + 1, nxt(i + 1)  # "Zaświadcza się, że" / "Pan" / "Yevhen Kovalenko": the name below
        if 3 <= len(cand) <= 80 and not COMPLETED.search(cand):
            hits.append((i + 1, cand))
            break
    for i, (_pg, ln) in enumerate(lines[:60]):
        hailed = CONGRATULATION.match(ln)
        if hailed:
            hits.append((i, hailed.group(1)))
            break
        hailed_below = (_NAME_ALONE.match(lines[i + 1][1]) if CONGRATULATION_ALONE.match(ln) and i + 1 < len(lines)
                        else None)
        if hailed_below:
            hits.append((i + 1, hailed_below.group(1)))
            break
    for i, (_pg, ln) in enumerate(lines[:60]) if _has(low, *_NATIONALITY_WORDS) else ():
        national = _NAME_THEN_NATIONALITY.search(ln)
        if national:  # "…, D. YURII BONDARENKO, de nacionalidad ucraniana, con NIE …": the holder
            hits.append((i, national.group(1)))
            break
    for i, (_pg, ln) in enumerate(lines[:60]):
        named = ISSUED_TO_NAME.match(ln)
        if named and not any(w.endswith(_NOT_A_PERSON) for w in named.group(1).lower().split()):
            hits.append((i, named.group(1)))  # as written, often in the dative: the comparison allows for it
            break
    completed = list(idx.find(COMPLETED))  # read by the learner and the title below
    object_first = next((inverted for _i, m in completed
                         if (inverted := _object_first(lines, bisect.bisect_right(idx.starts, m.end() - 1) - 1, m,
                                                       idx.starts)) is not None), None)
    if object_first is not None:
        hits.append((object_first[0] + 1, object_first[2]))
    for i, m in completed:
        # "Olena Kovalenko has successfully completed …", "Цим засвідчується, що Коваленко Олена успішно завершила …"
        before = CERTIFY_PREFIX.sub("", lines[i][1][: m.start() - idx.starts[i]]).strip(" ,")
        # "… що Бойко Світлана Ігорівна з 1 вересня по 20 жовтня 2025 р. успішно опанувала …": the name, not the dates
        leading = _LEADING_UKRAINIAN_NAME.match(before)
        first_part = before.split(",", 1)[0].strip()  # "SOLOMIIA HRYTSAI, backend developer of Team Lantern,"
        last_part = before.rsplit(",", 1)[-1].strip()  # "Over the period of May to June 2020, Aman Kumar Sharma"
        if PERSON_NAME.fullmatch(before) or leading:
            hits.append((i, leading.group(1) if leading else before))
            break
        if "," in before and PERSON_NAME.fullmatch(last_part) and re.search(r"\d", before.rsplit(",", 1)[0]):
            hits.append((i, last_part))  # the name after a clause of when
            break
        if "," in before and PERSON_NAME.fullmatch(first_part) and CERTIFY_PREFIX.match(lines[i][1]):
            hits.append((i, first_part))  # right after "This is to certify that", up to the role after the comma
            break
    certified = _CERTIFIED_NAME.search(full[:3000]) or (
        (_CERTIFIED_AFTER_ADDRESS.search(full[:3000]) or _CERTIFIES_THAT_NAME.search(full[:3000]))
        if _has(low, "que ", "che ", "that ") else None) or (
        _GREEK_CERTIFIED.search(full[:3000]) if "ότι" in low else None)
    if certified:  # "Цим засвідчується, що Бойко Світлана Ігорівна з 1 вересня …", wherever the lines break
        hits.append((bisect.bisect_right(idx.starts, certified.start(1)) - 1, certified.group(1)))
    role_then_name = _ROLE_THEN_NAME.search(full[:3000]) if _has(low, *_ROLE_WORDS) else None
    if role_then_name:  # "… досягнень слухачки Задорожної Мирослави Олегівни", as written
        hits.append((bisect.bisect_right(idx.starts, role_then_name.start(1)) - 1, role_then_name.group(1)))
    done_by = _done_by_name(full[:3000]) if _has(low, *_DONE_WORDS) else None
    if done_by:  # "… успішно пройдено Мельником Богданом Романовичем у період …", wherever the lines break
        hits.append((bisect.bisect_right(idx.starts, done_by.start(1)) - 1, done_by.group(1)))
    for i, (_pg, ln) in enumerate(lines[:60]):
        inside = (AWARDED_TO_NAME.search(ln) or AWARDED_TO_ALONE.match(ln) or EARNED_BY_NAME.match(ln)
                  or _ISSUED_TO_AFTER_DOT.search(ln))
        if inside:
            hits.append((i, inside.group(1)))
            break
    for i, (_pg, ln) in enumerate(lines[:60]):
        if UKRAINIAN_FULL_NAME.match(ln):
            hits.append((i, ln))
            break
        with_role = UKRAINIAN_NAME_THEN_ROLE.match(ln)
        if with_role:
            hits.append((i, with_role.group(1)))
            break
    for i, (_pg, ln) in enumerate(lines[:60]):
        named = LABEL_THEN_NAME.match(ln) or LABEL_THEN_FULL_NAME.match(ln)
        if named:
            hits.append((i, named.group(1)))
            break
    for i, (_pg, ln) in enumerate(lines[:60]):
        # "This certifies that Sofiia Andriivna Melnyk, who is now able to …": the name on the opening's line, what
        # the learner can do after it
        certifying = CERTIFY_PREFIX.match(ln)
        rest = ln[certifying.end() :].strip() if certifying else ""
        name = _AFTER_THE_NAME.split(rest, maxsplit=1)[0].strip(" ,")
        if rest and name != rest and PERSON_NAME.fullmatch(name):
            hits.append((i, name))
            break
    if not hits:
        # a letter to the learner: the form of address alone, the name below it ("Pani" / "Iryna Sawczuk" / "ul. …")
        addressee = next((i + 1 for i, (_pg, ln) in enumerate(lines[:20])
                          if _HONORIFIC_LINE.fullmatch(ln) and i + 1 < len(lines)
                          and PERSON_NAME.fullmatch(lines[i + 1][1].strip())), None)  # fmt: skip
        if addressee is not None:
            hits.append((addressee, lines[addressee][1].strip()))
    address_block: set[str] = set()  # where the learner works or lives, below the name: no issuer
    if not hits:
        addressed = _addressee_below_heading(lines)
        if addressed is not None:
            hits.append(addressed)
            address_block = {tidy(ln) for _pg, ln in lines[addressed[0] + 1 : addressed[0] + 4]}
    for k, (pg, ln) in enumerate(lines[:60] if births else ()):
        # (after the sentence's opening and a form of address: "Zaświadcza się, że Pan Bohdan Savchuk, urodzony …")
        born = _NAME_THEN_BIRTH.match(ln) or _NAME_THEN_BIRTH.match(_HONORIFIC.sub("", CERTIFY_PREFIX.sub("", ln)))
        if born:  # a person with their date of birth is the holder, whatever a caption below a signature says
            rec.set("learner_name", _without_honorific(tidy(born.group(1))), f"pdf p.{pg}", overwrite=True)
            break
        alone = _without_honorific(ln.strip())
        below = lines[k + 1][1].strip() if k + 1 < len(lines) else ""
        # "Maksym LYTVYNENKO" / "urodzony 3 kwietnia 2006 r. w Równem": the sentence goes on in lower case (a form's
        # "Given name(s)" / "IRYNA …" / "Date of birth" is a field among others)
        if below[:1].islower() and _BIRTH_AT_START.match(below) and PERSON_NAME.fullmatch(alone) and (
                len(alone.split()) <= 4):
            rec.set("learner_name", alone, f"pdf p.{pg}", overwrite=True)
            break
    if hits:
        i, val = min(hits)
        val = _name_on_two_lines(val, lines[i + 1][1] if i + 1 < len(lines) else "",
                                 lines[i + 2][1] if i + 2 < len(lines) else "")
        val = _AFTER_THE_NAME.split(val, maxsplit=1)[0]
        val = _with_surname_above(val, lines[i - 1][1] if i > 0 else "")
        with_role = _NAME_THEN_ROLE.match(val)  # "Козак Наталія Петрівна, вчителька біології ліцею № 4 …"
        rec.set("learner_name", _without_honorific(tidy(with_role.group(1) if with_role else val)),
                f"pdf p.{lines[i][0]}")
    else:
        # (or after the learner's role, set off by commas: "Serhii Pavlenko" / "Production Shift Supervisor, Volyn
        # Harness Systems LLC, has successfully completed")
        opening = [i for i, m in completed if m.start() == idx.starts[i]
                   or lines[i][1][: m.start() - idx.starts[i]].rstrip().endswith(",")
                   # (or after when: "з 8 червня по 3 липня 2026 року пройшла літній курс")
                   or _A_SPAN_OF_DATES.fullmatch(lines[i][1][: m.start() - idx.starts[i]].strip())]
        opening += [i for i, (_pg, ln) in enumerate(lines[:80]) if HAS_DONE.match(ln) and i not in opening]
        for i in sorted(opening):
            if i == 0:
                continue
            prev = lines[i - 1][1]
            if " / " in prev and _script_of(prev.split(" / ")[0]) != _script_of(prev.split(" / ")[1]):
                prev = prev.split(" / ")[0]  # the name in both alphabets: "Дарина Мельничук / Daryna Melnychuk"
            if COMPLETED.search(prev):
                continue  # the completion in the other language above ("успішно завершила …" / "has completed …")
            if prev.strip()[:1].islower() and i > 1 and _a_persons_name(lines[i - 2][1].strip()):
                # the learner's role below the name ("Вікторія Павленко" / "аналітикиня відділу …" / "завершила …")
                rec.set("learner_name", tidy(lines[i - 2][1]), f"pdf p.{lines[i - 2][0]}")
                break
            plausible = 3 <= len(prev) <= 60 and len(prev.split()) in (2, 3, 4) and not re.search(r"\d", prev)
            # (not the opening whose name the text layer gives elsewhere: "Сертифікат" / "підтверджує, що" /
            # "успішно завершив(-ла) онлайн-курс:")
            opener = CERTIFY_PREFIX.match(prev)
            if (plausible and not _is_heading_stop(prev) and not LEARNER_BEFORE.search(prev)
                    and not (opener and not prev[opener.end():].strip())):
                rec.set("learner_name", tidy(_with_surname_above(prev, lines[i - 2][1] if i > 1 else "")),
                        f"pdf p.{lines[i - 1][0]}")
                break
    # The name as the learner's passport spells it, in a bracket after the name in the paper's own language and case
    # ("Izsniegta Irinai Kravecai (pasē: KRAVETS IRYNA), dzimušai …"): the form the applicant's documents give
    passport = _PASSPORT_SPELLING.search(full) if _has(low, *_PASSPORT_WORDS) else None
    if passport:
        rec.set("learner_name", tidy(passport.group(1)), src_of(passport.group(0)), overwrite=True)
    m2 = LEARNER_ID_RE.search(full) if _has(low, *LEARNER_ID_WORDS) else None
    if m2:
        rec.set("learner_id", m2.group(1), src_of(m2.group(0)))
    # title: a "Course:" label, or what follows "has completed (the course)"
    title_hits: list[tuple[int, str]] = []
    for i, m in idx.find(TITLE_LABEL, at_start=True):
        val = lines[i][1][m.start(1) - idx.starts[i] :] if m.start(1) - idx.starts[i] < len(lines[i][1]) else ""
        if _NUMBERED_PARTS.search(val):
            continue  # "Програма: 1) навіщо малому бізнесу сайт; 2) …": the course's parts, not its name
        if re.match(r"\d{1,2}(?:\s|$)", val):
            continue  # "Курс: 2   Група: ПМ-23-2": a student's year of study, not a course
        val = _STATUS_AFTER_THE_NAME.sub("", val)  # "Learning path: Sourdough at Home  COMPLETED 29 April 2026"
        if len(val) >= 3:
            val = _quote_closed(val, [more for _pg, more in lines[i + 1 : i + 3]]) or val
            title_hits.append((i, val.strip('«»"“”')))
            break
    if not title_hits:  # a row of fields: "Participant: … · Programme: Full-Stack Web Development Bootcamp …"
        title_hits += _title_among_fields(lines[:40])
    for i, (_pg, ln) in enumerate(lines[:25]):
        # a letter's subject: "Re: Completion of internal training “Information Security Foundations …”", "Bestätigung
        # über die Teilnahme am Sprachprogramm „Technical English for" / "Engineering Teams“ (Niveau B2)"
        subject = _LETTER_SUBJECT.match(ln) or _CONFIRMATION_OF.match(ln)
        said = subject.group(1) if subject else ""
        if said and len(_OPENING_QUOTE.findall(said)) > len(_CLOSING_QUOTE.findall(said)) and i + 1 < len(lines):
            said = _joined(said, lines[i + 1][1])  # the name in quotes wraps to the next line
        named = QUOTED.search(said) if subject else None
        if named:
            title_hits.append((i, named.group(1)))
            break
    if object_first is not None:
        title_hits.append((object_first[0], object_first[1]))
    for i, m in completed if object_first is None else ():
        i = bisect.bisect_right(idx.starts, max(m.end() - 1, m.start())) - 1  # the line where the phrase ends
        ln = lines[i][1]
        raw_after = ln[m.end() - idx.starts[i] :].strip(" ,")
        if raw_after.count("«") <= raw_after.count("»"):  # (a name in quotes going on keeps its colon: "… даних:")
            raw_after = raw_after.strip(" :,")
        if re.match(r"(?:and|or|та|і|й)\s", raw_after, re.I) and ln.rstrip().endswith(":"):
            continue  # "Modules completed and what the participant demonstrated:": a heading, no course's name
        if not raw_after and (HAS_DONE.match(nxt(i)) or COMPLETED.match(nxt(i))):
            continue  # "успішно завершив курс" / "has successfully completed the course": the translation says it
        if _SECTION_OF_PARTS.match(ln):
            continue  # "Learning paths completed (1)", "Modules completed (7)": a transcript's section
        if _PARTS_LISTED_BELOW.match(raw_after):
            continue  # "… has completed practical task modules in:": the modules listed below, the course named apart
        if (_REFERS_BACK.match(raw_after) or HEADING_RE.match(ln)
                or ln[m.end() - idx.starts[i] :].lstrip().startswith(",")):  # "… завершив навчання, виконав …"
            continue  # "Having completed this course, Iryna should be able to:": the outcomes' heading, no name
        if re.fullmatch(r"(?:on|at)", raw_after, re.I):
            continue  # "Completed on" heading a column of dates
        if re.match(r"by\s+", raw_after, re.I) and PERSON_NAME.fullmatch(raw_after[3:].strip()):
            continue  # "Completed by Olha Symonenko": who, not which course
        if _A_SERIES_OF_SESSIONS.match(raw_after) and _names_course(nxt(i)) and not _starts_section(nxt(i)):
            # "прослухав серію з п'яти онлайн-вебінарів, виконав домашні завдання …" / the series' name below
            title_hits.append((i + 1, _wrapped_line(lines, i + 1, starts).strip('«»"“”')))
            break
        if _THE_FOLLOWING_COURSE.match(raw_after):
            # "attended the following course at the Volkshochschule Velsbach:" / its name below; not a table's header
            # row there ("Code" / "Course / module" / "Credits"): the course is a row of the table
            below = nxt(i)
            if below and not (_A_COLUMN_OF_NUMBERS_OR_CODES.fullmatch(below) or _A_ROW_OF_COLUMN_LABELS.fullmatch(below)
                              or _a_tables_header(below) or _starts_section(below)):
                title_hits.append((i + 1, _wrapped_line(lines, i + 1, starts).strip('«»"“”')))
                break
            first_row = _first_row_below_a_header(lines, i + 1)
            if first_row is not None:
                title_hits.append(first_row)
                break
            continue
        if re.match(r"\(\s*\d", raw_after):
            continue  # "has completed the course (36 hours: …) and has been assessed as …": details, no name
        if _AN_ASSESSMENT_PASSED.match(raw_after):
            continue  # "… та успішно склала підсумковий контроль.": what was passed is the assessment, no course
        if _A_COUNT_OF_COURSES.match(raw_after):
            # "all four courses of the online specialization" / its name below; "the 7-course … Certificate program,
            # designed by …": how many courses, the name set elsewhere (above "awarded to")
            below = nxt(i)
            if (below[:1].isupper() and _names_course(below) and not _starts_section(below)
                    and not re.search(r"\s(?:on|at|from|through|via|by)$", raw_after)  # "… program on" / "Coursera."
                    and len(raw_after.split()) <= 8 and not re.search(r"[(),;]", raw_after)):  # (the line's end)
                title_hits.append((i + 1, _wrapped_line(lines, i + 1, starts).strip('«»"“”')))
                break
            continue
        if _HOW_IT_WAS_DONE.fullmatch(raw_after.rstrip(".")) or _A_CONDITION.match(raw_after):
            continue  # "Professional tasks completed as agreed", "… is passed only when every item …": no course
        head = ln[: max(0, m.start() - idx.starts[i])]
        if re.search(r"\b(?:total|sum|усього|разом)\s*$", head, re.I):
            continue  # "Total completed hours": a total row's label
        if head.count("(") > head.count(")"):
            continue  # the verb inside a bracket: "· with Merit (all six passed at the first review …)"
        if _WHOEVER_PASSES.search(head) or _ANY_WHO.search(idx.text[max(0, m.start() - 200) : m.start()]):
            continue  # "Слухачам, які успішно пройшли обидва етапи, видається …": a rule for anyone, no course
        if re.match(r"(?:and|or)\s+(?:(?:has|have)\s+been\s+|was\s+|were\s+)?(?:successfully\s+)?(?:completed|finished|"
                    r"passed|assessed|graded|examined|evaluated|certified|verified)\b", f"{raw_after} {nxt(i)}", re.I):
            continue  # "attended and completed …", "all courses completed and assessed": the next verb says what
        received = _RECEIVED_A_GRADE_IN.match(raw_after)
        if received and (received.group(1) or (_names_course(nxt(i)) and not _starts_section(nxt(i)))):
            # "… successfully completed and received a passing grade in" / "ML101x: Foundations of Machine Learning"
            title_hits.append((i, received.group(1)) if received.group(1) else
                              (i + 1, _wrapped_line(lines, i + 1, starts).strip('«»"“”')))
            break
        # (the sentence goes on below, and does not end by announcing the name: "… проєкт за" / "напрямом" / the name)
        goes_on = (bool(re.match(r"[a-zа-яіїєґ(]", unicodedata.normalize("NFKC", nxt(i))))
                   and not _NAME_ANNOUNCED.search(f"{raw_after} {nxt(i)}"))
        if goes_on and (_ANOTHER_VERB.match(raw_after) or _ANOTHER_VERB.match(f"{raw_after} {nxt(i)}".strip())
                        or (not raw_after and _ANOTHER_VERB_AFTER_KIND.match(nxt(i)))):
            # "… has completed the training course and presented a" / "final capsule collection", "успішно завершив
            # навчання та виконав підсумковий кейс", "uczestniczył w" / "zajęciach i zdał egzamin …": what else was
            # done, not the course's name (given under its label or in quotes)
            continue
        if (re.match(r"[—–-]\s*\d", raw_after) or _SCORE_BEFORE.search(ln[: m.start() - idx.starts[i]])
                or _RESULT_LABEL_BEFORE.search(ln[: m.start() - idx.starts[i]])):
            continue  # "Passed — 87 / 100", "81 % — Passed", "Result: PASSED": the result, not the course
        if raw_after in ("", ".", "!") and ln.rstrip().endswith((".", "!")):
            continue  # "… 8 of 8 tasks passed.": the sentence ends with the verb, the next line is another
        if re.fullmatch(r"(?:haben|hat|hatte|hatten|habe)[.!]?", raw_after, re.I):
            continue  # "… erfolgreich abgeschlossen haben.": a German sentence's verbs at its end, no name
        if _DONE_PART_OF_THE_COURSE.match(raw_after) and _names_course(nxt(i)) and not _starts_section(nxt(i)):
            # "… completed all graded assignments and the capstone project of the course", "… passed the practical
            # assessment of the technician course" / its name below
            title_hits.append((i + 1, _wrapped_line(lines, i + 1, starts).strip('«»"“”')))
            break
        if (_AMOUNT_OF.match(raw_after) or _TASKS_DONE.match(raw_after)
                or (raw_after and _AN_EXAM.match(f"{raw_after} {nxt(i)}"))):
            continue  # "completed 36 hours of instructor-led training", "passed a 90-minute exam": not which course
        after = _ALL_ITEMS_OF.sub("", _NAMED_LENGTH.sub("", raw_after))
        if _A_KIND_AND_WHEN.match(after):
            continue  # "… completed the 24-week part-time programme from 17 November 2025 …": when, not which
        if after.startswith("/") or _TRANSLATED_VERB.search(after):
            # a bilingual line: the verb's translation after a slash ("ukończył kurs / has completed the course",
            # "a suivi avec assiduité la formation / has regularly attended the training"), the name below
            after = ""
        if after and (_is_date_line(after) or _dates_in(_ON.sub("", after), begin_within=0)):
            continue  # "Completed on 12/05/2024", "Course completed on Apr 11, 2025 at 10:05AM": when, not what
        following = nxt(i)
        if re.match(r"[a-zа-яіїєґ(]", following) and (_ANOTHER_VERB_AFTER_KIND.match(after)
                                                     or _ANOTHER_VERB_AFTER_KIND.match(f"{after} {following}")):
            # "… completed the workshop series and presented a" / "final portfolio": what else was done; the name
            # is the line below where the sentence announces it ("… passed the final examination" / "in the subject"
            # / „Rachunek prawdopodobieństwa …”)
            below = nxt(i + 1)
            if _NAME_ANNOUNCED.search(f"{after} {following}") and below and not _starts_section(below):
                announced = _quote_closed(below, [nxt(i + 2)]) or below
                title_hits.append((i + 2, announced.strip('«»"“”„')))
                break
            continue
        if (_SEVERAL_COURSES.search(after) and _A_COLLECTION_END.search(after) and following
                and not _starts_section(following) and not _is_date_line(following)):
            # "… has successfully completed all five courses of the online specialization" / its name below
            title_hits.append((i + 1, _wrapped_line(lines, i + 1, starts).strip('«»"“”')))
            break
        if _SEVERAL_COURSES.search(after) or _ON_PLATFORM.match(after):
            continue  # "… completing the eight courses of the professional certificate": no one course's name
        recognised = _RECOGNISED_AS.search(f"{after} {following}" if after else "")
        if recognised:  # "… completed the requirements to be recognized as Microsoft Certified: Azure AI Fundamentals"
            title_hits.append((i, next(g for g in recognised.groups() if g).rstrip(".")))
            break
        # "ukończył w okresie od … szkolenie w formie …" / "online" / „Relacyjne bazy danych …”: the line's rest in
        # lower case says when and how, the name in quotes on a line of its own below
        quoted_below = next(filter(None, (QUOTED.fullmatch(below.strip()) for below in (following, nxt(i + 1)))),
                            None) if after[:1].islower() and not QUOTED.search(after) else None
        if quoted_below:
            title_hits.append((i, quoted_below.group(1)))
            break
        # a long place of study before the programme named in quotes: "… пройшла підвищення кваліфікації в" /
        # "Центрі … «Житомирська академія обліку" / "та аудиту» за програмою" / "«Облік і звітність …»"
        # (the verb's phrase may end with "за програмою" itself: "пройшла навчання за програмою" / "підвищення
        # кваліфікації працівників … «…»")
        by_programme = "за програмою " if re.search(r"за\s+програмою$", m.group(0), re.I) else ""
        named = _NAMED_PROGRAMME.search(" ".join((by_programme + after, following, nxt(i + 1), nxt(i + 2),
                                                  nxt(i + 3))))
        if named:
            title_hits.append((i, named.group(1)))
            break
        # (a line that ends with a joining word goes on even where the next is set apart: "… Handling and" /
        # "Mass-Casualty Triage held on …")
        wrapped = (len(ln) >= 50 and after and not re.search(r"[.!?:;»”\"]$", after) and following[:1].isalpha()
                   and not _starts_section(following)
                   and (starts is None or i + 1 not in starts or _ENDS_JOINING.search(after) is not None))
        if wrapped and not QUOTED.search(f"{after} {following}"):
            # the sentence goes on to the next line: the name is what comes before the clause after it
            kind_dropped = _KIND_BEFORE_NAME.sub("", f"{after} {following}")
            course_name = _before_the_clause_after_name(kind_dropped)
            # (not what else was done: "… completed the" / "training programme and has been assessed as …")
            if (len(course_name) >= 4 and not LEAD_IN.match(course_name) and not _generic(course_name)
                    and not re.match(r"(?:and|or|та|і|й)\s", course_name, re.I)):
                title_hits.append((i, course_name.strip('«»"“”').rstrip(".")))
                break
        # (the name after "за програмою" before any other in quotes on the line: "… в Школі сімейної історії
        # «Коріння» за програмою" / "«Генеалогічне дослідження: …»")
        q = (_NAMED_PROGRAMME.search(f"{after} {nxt(i)} {nxt(i + 1)}") or QUOTED.search(after)
             or QUOTED.search(f"{after} {nxt(i)}") or QUOTED.search(nxt(i))
             or QUOTED.match(f"{nxt(i)} {nxt(i + 1)}"))  # „Fundamente matematice …:" / "… analiză matematică”
        if not after and _PLACE_OF_STUDY.match(nxt(i)) and _SCHOOL.search(nxt(i)):
            # "пройшла підвищення кваліфікації" / "у … університеті" / "(найменування закладу)" / "за програмою «…»"
            q = next(filter(None, (QUOTED.search(ln) for _pg, ln in lines[i + 2 : i + 5])), None)
            if q is None:
                continue
        if re.match(r"(?:the\s+)?above\b", after, re.I) or (q and _A_GRADE_WORD.fullmatch(q.group(1).strip())):
            continue  # "took part in the above" (named above it), "пройшов навчання; оцінка — «добре»" (a grade)
        if q:
            title_hits.append((i, q.group(1)))
        elif (len(after) >= 4 and not LEAD_IN.match(after) and not _generic(after)
              and not _WEBSITE.fullmatch(after)  # "… completed the freeCodeCamp.org / Responsive Web Design"
              and re.search(r"[^\W\d_]{2}", after)):
            # the end of the sentence, not of the name; nor the clause that says who gave it ("…, ki ga je društvo
            # izvedlo …", "…, which the society ran …")
            course_name = _RELATIVE_CLAUSE.split(after, maxsplit=1)[0]
            if course_name.count("(") > course_name.count(")"):
                # its bracket closed on the next line ("… SQL (approx. 110 hours of study, 12" / "graded labs …)."):
                # whole, so that the length in it is taken off with it
                course_name = _before_the_clause_after_name(_bracket_closed(course_name, ["", following, nxt(i + 1)]))
            title_hits.append((i, course_name.strip('«»"“”').rstrip(".")))
        elif after and not re.search(r"[^\W\d_]{2}", after):
            continue  # "passed" with its result ("— passed (88 %)."), no course
        elif (4 <= len(nxt(i)) <= 150 and not _starts_section(nxt(i)) and not _is_date_line(nxt(i))
              and not URL_RE.search(nxt(i)) and not nxt(i).startswith("___")  # (a line to sign on, not a name)
              and not _TASKS_DONE.match(nxt(i))  # (nor the tasks done: "They completed" / "hands-on labs in …")
              and after.count("(") <= after.count(")")):  # (nor a bracket going on: "… classroom (28 hours plus" / …)
            # "… completed the" / "Blended Intensive Programme" / "Privacy Engineering": a kind of course, then its name
            at = i + 2 if _generic(nxt(i)) and _names_course(nxt(i + 1)) else i + 1
            course = _wrapped_line(lines, at, starts)
            if at == i + 2 and nxt(i)[:1].isupper() and not _ONLY_GENERIC_WORDS.match(nxt(i).rstrip(":")):
                # a name and its subtitle ("Machine Learning Foundations:" / "Supervised …"), or a name wrapped after
                # a word that cannot end it ("Scrum and Lineout Fundamentals for" / "Community Coaches")
                course = f"{nxt(i)} {course}"
                at = i + 1
            title_hits.append((at, course.strip('«»"“”')))
        else:
            continue
        break
    boxed = _boxed_title(lines)
    if boxed is not None:  # the Certificate Supplement's first box names the certificate, whatever precedes it
        title_hits = [boxed]
    below_kind = _named_below_its_kind(lines) or _badge_named_below_banner(lines)
    if below_kind is not None and boxed is None:
        title_hits = [below_kind]
    if boxed is None and below_kind is None and (above_issuer := _badge_named_above_its_issuer(lines)) is not None:
        # a badge's page: "COURSE BADGE" / "Data Analysis with Python" / "Issued by Quantiva"; its description below
        # may tell what was completed too ("… who have completed the practical module on the care of ball" /
        # "pythons …"): the name above its issuer comes first
        title_hits.append(above_issuer)
    if not title_hits:  # "CERTIFICATE OF COMPETENCE — Parcel Hub Operations: Sorting, Queuing and Stacking"
        title_hits = [(at, _bracket_closed(dashed.group(1), ["", *(later for _pg, later in lines[at + 1 : at + 3])]))
                      for at, (_pg, ln) in enumerate(lines[:12])
                      if (dashed := _KIND_DASH_NAME.match(ln.strip())) and _names_course(dashed.group(1))][:1]
    if not title_hits:  # "Python for Data Analysis: pandas in Practice" / "awarded to" / the learner: the name above
        for i, (_pg, ln) in enumerate(lines[1:60], 1):
            at, above = i - 1, lines[i - 1][1]
            if i >= 2 and (above[:1].islower() or _RUNS_ON.search(lines[i - 2][1])) and _names_course(lines[i - 2][1]):
                # a name in large type on two lines ("… Full-Stack Web App on" / "Stratocumo")
                at, above = i - 2, f"{lines[i - 2][1]} {above}"
            if (_AWARDED_TO_BELOW.match(ln) and _names_course(above) and not _DOCUMENT_KIND.match(above.lower())
                    and not _LABELLED_CODE.search(above) and not _DOCUMENT_NUMBER.match(above)
                    and not _an_institutions_line(above)):  # (nor the issuer above "Видано" in a badge's fields)
                # (not "Код сертифіката: KH-PY-26-1183" / "№ КЩА-КБ-26/0561" above "Видано")
                title_hits.append((at, above.strip('«»"“”')))
                break
    if (not title_hits and len(lines) > 1 and TOPIC_RE.fullmatch(lines[1][1].strip()) and _names_course(lines[0][1])
            and not _DOCUMENT_KIND.match(lines[0][1]) and not _DOCUMENT_HEADING.match(lines[0][1])):
        # a sheet of a course's content: its name, then "Course Content" and the topics
        title_hits.append((0, tidy(lines[0][1])))
    if not title_hits:  # "…, de module" / "Discrete Wiskunde voor ICT" / "met goed gevolg heeft afgerond."
        named_before_verb = _named_before_its_verb(lines)
        if named_before_verb is not None:
            title_hits.append(named_before_verb)
    if not title_hits:  # Hungarian: "Lean termelésirányítás és Kanban-rendszerek a gyártásban" / "című, 40 órás …"
        titled = next(((at - 1, lines[at - 1][1].strip()) for at, (_pg, ln) in enumerate(lines[1:60], 1)
                       if re.match(r"című\b", ln.strip(), re.I) and _names_course(lines[at - 1][1])), None)
        if titled is not None:
            title_hits.append(titled)
    if not title_hits:  # "met goed gevolg de cursus Data-analyse met Python heeft afgerond", "har bestået modulet …"
        passed_the = _PASSED_THE_COURSE.search(full)
        if passed_the:
            group = next(k for k in range(1, 5) if passed_the.group(k))
            title_hits.append((bisect.bisect_right(idx.starts, passed_the.start(group)) - 1,
                               passed_the.group(group).strip()))
    if not title_hits:  # "Lexora Workplace English Test (LWET)" / "Test Report Form": the test a report is of
        reported = _test_of_a_report(lines)
        if reported is not None:
            title_hits.append(reported)
    if not title_hits:  # "… has fulfilled the requirements … and is awarded the" / "Lean Six Sigma Yellow Belt"
        awarded = _AWARDED_THE_BELOW.search(full) if "awarded" in low else None
        if awarded:
            title_hits.append((bisect.bisect_right(idx.starts, awarded.start(1)) - 1, awarded.group(1).strip()))
    if not title_hits:  # "… has met all requirements and is certified as a Professional Cloud Architect."
        certified_as = _RECOGNISED_AS.search(full.replace("\n", " "))
        if certified_as:
            group = next(k for k in (1, 2, 3) if certified_as.group(k))
            at = bisect.bisect_right(idx.starts, full.rfind("\n", 0, certified_as.start(group)) + 1) - 1
            title_hits.append((max(at, 0), certified_as.group(group).rstrip(".")))
    if title_hits:
        i, val = min(title_hits)
        val = _CODE_IN_BRACKETS.sub("", val)  # "… with Python (course code TX00ML52-3004)": the name alone
        two_names = _TWO_QUOTED_NAMES.fullmatch(val.strip())
        if two_names:  # «Теорія ймовірностей …» / “Probability and Statistics …”: the name in the first language
            val = two_names.group(1)
        val, where = _course_and_place(_TRAILING_CONJUNCTION.sub("", tidy(_WHAT_IT_CONSISTED_OF.sub("", val))))
        i, val = _named_in_full_above(lines, i, val)
        val = _subtitle_below(lines, i, val)
        rec.set("title", val, f"pdf p.{lines[i][0]}")
        if where:
            rec.set("awarding_body", where, f"pdf p.{lines[i][0]}")
    else:
        # the name in quotes after "за програмою" / "курсу", else the first name in quotes that is not an
        # institution's ("університет «…»", "ТОВ «…»", "Школа олімпійського резерву «Евклід»" where a programme is
        # named too)
        learned = " ".join(rec.value("learning_outcomes") or ())
        q = _NAMED_PROGRAMME.search(full) or _PROGRAMME_LINE.search(full) or _COURSE_QUOTED.search(full) or next(
            (q for q in QUOTED.finditer(full)
             if not _INSTITUTION_BEFORE.search(full, max(0, q.start() - 60), q.start())
             and not _A_LAW_BEFORE.search(full, max(0, q.start() - 30), q.start())
             and not _A_PROJECT_BEFORE.search(full, max(0, q.start() - 30), q.start())
             # (nor a larger award it counts towards: "Part of the Open UAS study path "Data Engineering"")
             and not _A_LARGER_AWARD_BEFORE.search(full, max(0, q.start() - 40), q.start())
             and not _A_GRADE_WORD.fullmatch(q.group(1).strip())
             and not q.group(1).strip().isdigit()  # a day in quotes: "« 03 » жовтня 2025 р."
             and not _APPROVAL_STAMP.fullmatch(q.group(1).strip())  # «ЗАТВЕРДЖУЮ» above a signature
             # nor a name inside another's quotes ("Комунальне підприємство «Зоологічний парк «Лісова пісня»")
             and not _inside_quotes(full, q.start())
             # nor a term the outcomes name ("оцінює складність алгоритмів у нотації «О велике»")
             and q.group(0) not in learned
             # a name begins with a capital or a figure: a word in quotes in lower case is a manner of speaking
             # ("персонаж «провалюється» крізь платформу")
             and not q.group(1).strip()[:1].islower()),
            None,
        )  # fmt: skip
        if q:
            rec.set("title", tidy(q.group(1)), src_of(q.group(0)))
    # issuer
    for i, m in idx.find(ISSUER_LABEL, at_start=True):
        val = lines[i][1][m.start(1) - idx.starts[i] :] if m.start(1) - idx.starts[i] < len(lines[i][1]) else ""
        val = val.split(" · ", 1)[0]  # "DataKrok Academy, Lviv · https://…": the next field on the line
        # (nor its street address and the next field's sentence: "… of Ireland (FEACI), 14 Harcourt Terrace, Dublin 2.
        # Level: NFQ")
        val = _STREET_OR_NEXT_LABEL.split(val, maxsplit=1)[0]
        if len(val) >= 2:
            rec.set("awarding_body", tidy(val), f"pdf p.{lines[i][0]}")
            break
    if rec.value("awarding_body") is None:
        # a Ukrainian свідоцтво's sentence: "… підвищував кваліфікацію в Інституті післядипломної освіти … за
        # програмою «…»": the institution where, in the nominative
        studied_at = _STUDIED_AT.search(full) if "кваліфікац" in low or "навча" in low else None
        # (named, not only a unit's kind, "в Центрі безперервної освіти", which the letterhead names in full: an
        # adjective before the head, "у Національній академії …", or a capitalised word after it)
        words = studied_at.group(1).split() if studied_at else []
        if studied_at and (words[0].lower() not in _INSTITUTION_HEADS or any(w[:1].isupper() for w in words[1:])):
            rec.set("awarding_body", _institution_in_nominative(" ".join(words)), src_of(studied_at.group(0)[:40]))
    if rec.value("awarding_body") is None:
        # (not a person: "Authorised by Dr. Fiona Marwick, Head of Assessment Standards")
        # (nor an act that authorised it: "(authorised by Board Resolution AB/23/117)")
        mo = next((m for m in OFFERED_BY.finditer(full) if not _HONORIFIC_ALONE.fullmatch(m.group(1).strip())
                   and not _AN_ACT.match(m.group(1)) and not _NAMED_BEFORE.fullmatch(m.group(1).strip())),
                  None) if _has(low, " by ", "organizzat", "przez", " par ") else None
        if mo:  # ("Offered by Northfield Institute · Instructors: …": the next field after the middle dot)
            rec.set("awarding_body", tidy(mo.group(1).split(" · ", 1)[0]), src_of(mo.group(0)))
    if rec.value("awarding_body") is None:
        # "Slovenský Červený kríž potvrdzuje, že …", "Example Academy certifies that …": who says it
        mc = next(filter(None, (_ORG_CONFIRMS.match(ln) for _pg, ln in lines[:40])), None) if _has(
            low, *_CONFIRMS_WORDS) else None
        # (not the verb in the paper's other language: "засвідчує, що / certifies that")
        if (mc and not _NOT_AN_ORG.match(mc.group("org")) and not _DOCUMENT_KIND.match(mc.group("org"))
                and not _CONFIRMS_FIRST.match(mc.group("org"))):
            rec.set("awarding_body", tidy(mc.group("org")), src_of(mc.group(0)))
    if rec.value("awarding_body") is None:
        # "наданий викладачами … через платформу масових відкритих онлайн-курсів Prometheus": the platform that
        # issues the certificate for the course's teachers
        via = _VIA_PLATFORM.search(full) if "платформ" in low else None
        if via and via.group("name").casefold() not in _LEARNING_SYSTEMS:
            rec.set("awarding_body", via.group("name"), src_of(via.group(0)))
    if rec.value("awarding_body") is None:
        title = rec.value("title")
        bodies: list[int] = []
        for i, named in idx.find(INSTITUTION):
            if i >= 80 or len(bodies) == 2:
                break
            ln = lines[i][1]
            if (bodies and bodies[-1] == i) or _inside_a_web_address(ln, named.start() - idx.starts[i]):
                continue  # (nor a site's name: "learn.datacraft-academy.example · Moodle")
            # not the course's name ("… with Microsoft Azure"), nor a completion line, an outcomes heading or a
            # list item ("• Manage identities with Microsoft Entra ID")
            # (a long letterhead line of parts joined by " · " counts by its parts: "Навчальна програма ТОВ «…» ·
            # 21050, м. Вінниця, …"; a signatory's role at the body does not: "директор із розробки ТОВ «…»")
            # (nor a line of prose wrapped mid-sentence: "незалежності) і роблять висновки … у Google Таблицях")
            if ((len(ln) <= 120 or len(_institution_part(ln)) <= 120) and tidy(ln) != title and not COMPLETED.search(ln)
                    and not HEADING_RE.match(ln) and not BULLET.match(ln) and not DISCLAIMER.search(ln)
                    and not _MADE_BY.search(ln) and not _ROLE_AT.match(ln) and not _PROSE_WRAPPED.match(ln)
                    and not _HOME_INSTITUTION.match(ln) and not URL_RE.match(ln.strip())  # (an address alone)
                    # (nor the next line of a long sentence: "… It remains the property of" / "Northbridge Open
                    # Learning Ltd and may be revoked …")
                    and not (i > 0 and len(ln) >= 60 and len(lines[i - 1][1]) >= 80
                             and _SENTENCE_GOES_ON.search(lines[i - 1][1]))
                    and not _AN_ACT_IN_BRACKETS.match(ln)  # "(authorised by Board Resolution AB/23/117)"
                    and not _WHERE_IT_WAS_SAT.fullmatch(ln.strip().rstrip(":"))):  # a label ("Test centre")
                bodies.append(i)
        # The ministry heading a Ukrainian form is above the institution that awards it
        if len(bodies) == 2 and MINISTRY.match(lines[bodies[0]][1]):
            bodies.pop(0)
        if bodies:
            i = bodies[0]
            name = _institution_part(lines[i][1])
            name = _after_an_issue_date(name) or name  # "Issued 5 March 2025, Kyiv Data School": the body alone
            # "Освітній центр «Табличка» | Tablychka …"; a browser's page title printed above the page, "My transcript
            # | Hearthmill Academy": the part that names the body
            parts = name.split(" | ")
            name = next((part for part in parts if INSTITUTION.search(part)), parts[0])
            name = _LOGO_SIGNS.sub("", name)  # "{/} NORTHWIND CODE SCHOOL": a logo's signs before the name
            name = name[1:].lstrip() if name.startswith(":") else name  # "Offered by" / ": Department of …"
            host = _HOST_INSTITUTION.match(name)
            if host:  # "Приймаючий заклад (Receiving institution): Vysoká škola …, Opava, …": the name alone
                name = name[host.end() :].split(",", 1)[0]
            above = lines[i - 1][1].strip() if i > 0 else ""
            caption_goes_on = re.match(r"(?:and|та|і|й)\s.*,\s*([^,]+)$", name)
            if caption_goes_on and INSTITUTION.search(caption_goes_on.group(1)):
                # a signatory's caption wrapped ("Specialization Lead, Department of Statistics" / "and Data
                # Science, Brennock University"): the body after its last comma
                name = caption_goes_on.group(1)
            elif ((name[:1].islower() or (_A_KIND_ALONE.fullmatch(tidy(name)) and not tidy(name).isupper()
                                           and not re.search(r"\d", above)))
                  and above[:1].isupper() and len(above.split()) <= 5
                    and not _DOCUMENT_HEADING.match(above) and not URL_RE.search(above) and not _ROLE_AT.match(above)
                    and not above.endswith((",", ":", ";"))):  # (not a sentence going on: "Основи …," / "наданий …")
                # what kind of body it is, below its name: "НАВИЧКИ.UA" / "національний освітній онлайн-портал" (a
                # kind of one word goes with the name: "SoftRiver" / "Academy · Kyiv")
                bare_kind = len(tidy(name).split()) == 1 and name[:1].isupper()
                i, name = i - 1, f"{above} {tidy(name)}" if bare_kind else above
            # a quoted name wrapped onto the next line (not one whose nested quotes close together: ТОВ «Навчальний
            # центр «Щит-Захід»)
            if name.count("«") > name.count("»") and not name.rstrip().endswith("»") and i + 1 < len(lines):
                name = f"{name} {lines[i + 1][1]}"
            elif (_LEGAL_FORM_ALONE.fullmatch(name) and i + 1 < len(lines)
                  and (lines[i + 1][1].lstrip().startswith("«")
                       # (or a name with its quoted part: "ГРОМАДСЬКА ОРГАНІЗАЦІЯ" / "Бізнес-майстерня «Рось»")
                       or re.fullmatch(r"(?:[^\W\d_][\w'’-]*\s+){1,3}«[^»]{1,60}»", lines[i + 1][1].strip()))):
                name = f"{name} {lines[i + 1][1].strip()}"  # "ГРОМАДСЬКА ОРГАНІЗАЦІЯ" / "«ЦЕНТР … «ЖИВИЙ ЛАНЦЮГ»"
                if name.count("«") > name.count("»") and i + 2 < len(lines) and "»" in lines[i + 2][1]:
                    name = f"{name} {lines[i + 2][1].strip()}"  # … / "«УКРАЇНСЬКИЙ ІНСТИТУТ" / "ТЕРАПІЇ»"
            if (_UNIT_BY_KIND_ALONE.fullmatch(tidy(name)) and i > 0 and lines[i - 1][0] == lines[i][0]
                    and 2 <= len(above.split()) <= 6 and not re.search(r"\d", above) and above[:1].isupper()
                    and not _DOCUMENT_HEADING.match(above) and not _DOCUMENT_KIND.match(above.lower())):
                # a unit named by its kind alone below its organisation ("GREENWOOD WILDLIFE CONSERVATION TRUST" /
                # "Learning Centre · Bristol …"): the organisation
                i, name = i - 1, above
            if (_KIND_OF_A_SUBJECT.fullmatch(tidy(name)) and tidy(name).isupper() and not above.isupper()
                    and i > 0 and lines[i - 1][0] == lines[i][0]
                    and 1 <= len(above.split()) <= 4 and not re.search(r"\d", above) and above[:1].isupper()
                    and not _DOCUMENT_HEADING.match(above) and not _DOCUMENT_KIND.match(above.lower())
                    and not INSTITUTION.search(above)):
                # a school named by its place above its kind in capitals ("Birkirkara Bay" / "SCHOOL OF ENGLISH"):
                # both (not a unit below its body: "Collegium Varsoviense" / "Centre for Continuing Education")
                kind = " ".join(w.lower() if w.lower() in ("of", "for", "and", "the") else w.capitalize()
                                for w in tidy(name).split())
                i, name = i - 1, f"{above} {kind}"
            # a name in capitals set a word a line in a narrow letterhead ("ITÄ-POHJAN" / "YLIOPISTO")
            first = i
            while (first > 0 and i - first < 3 and name.isupper() and _capital_words(lines[first - 1][1])
                   and not _DOCUMENT_KIND.match(lines[first - 1][1]) and len(name.split()) < 5):
                first -= 1
                name = f"{lines[first][1].strip()} {name}"
            name = _NAME_AS_A_TAG.sub(r"\1", name)  # "<bytekamp/>": a brand written as a markup tag
            below = lines[i + 1][1].strip() if i + 1 < len(lines) and lines[i + 1][0] == lines[i][0] else ""
            if (name.isupper() and len(name.split()) >= 2 and _CAPITALS_GO_ON.search(name) and _capital_words(below)
                    and not _DOCUMENT_KIND.match(below) and not _DOCUMENT_HEADING.match(below)):
                # a name in capitals wrapped onto the next line ("ПРИДНІПРОВСЬКИЙ УНІВЕРСИТЕТ ЦИФРОВИХ" / "ТЕХНОЛОГІЙ")
                name = f"{name} {below}"
            if first == i and i > 0 and lines[i - 1][0] == lines[i][0]:
                # the name's first word set apart above the rest, as the page names the body in full elsewhere
                # ("NORTHGATE" / "Construction Training Ltd" … "Northgate Construction Training Ltd, registered …")
                in_full = _named_in_full_elsewhere(lines[i - 1][1], tidy(name), full)
                first, name = (i - 1, in_full) if in_full else (first, name)
            rec.set("awarding_body", _one_name(tidy(name)), f"pdf p.{lines[first][0]}")
    if rec.value("awarding_body") is None:
        by_link = _named_by_link(lines, URL_RE.findall(full) if "/" in full or "www." in low else [])
        if by_link is not None:
            rec.set("awarding_body", _NAME_AS_A_TAG.sub(r"\1", by_link[1]), f"pdf p.{by_link[0]}")
    if rec.value("awarding_body") is None:
        # "… пройшла навчання у Національному університеті «Львівська політехніка»": the institution as written
        # (in the case the sentence gives it), not the sentence around it
        mi = INSTITUTION_QUOTED.search(full) if "«" in full else None
        if mi:
            rec.set("awarding_body", tidy(mi.group(0)), src_of(mi.group(0)))
    if rec.value("awarding_body") is None:
        # "Awarded to … on 5 March 2025 by Kyiv Data School for completing …": the body the awarding sentence names
        mb = _AWARDED_BY.search(full)
        if mb and INSTITUTION.search(mb.group(1)):
            rec.set("awarding_body", tidy(mb.group(1)), src_of(mb.group(1)))
    if rec.value("awarding_body") in address_block:
        del rec.elements["awarding_body"]  # the learner's employer in the address, not who issued the certificate
    body = rec.elements.get("awarding_body")
    if body is not None and isinstance(body.value, str):
        # a footer's company line: the name and its legal form, not its capital and registration
        # ("OpenClassrooms SAS au capital social de 191 804, 80 € - RCS Paris …")
        name = _COMPANY_REGISTRATION.split(body.value, maxsplit=1)[0].strip(" ,-–")
        # (nor its street address: "Castlegate English Online Ltd, 9 Quay Street, Bristol …")
        name = _STREET_OR_NEXT_LABEL.split(name, maxsplit=1)[0].strip()
        if name and name != body.value:
            rec.set("awarding_body", name, body.source, overwrite=True)
    # country
    for pg, ln in lines:
        mcl = COUNTRY_LABEL.match(ln)
        if mcl:
            rec.set("issuer_country", tidy(mcl.group(1)), f"pdf p.{pg}")
            break
    if rec.value("issuer_country") is None:
        # The issuer's address in its letterhead ("Triq il-Marina, Kalkara, Malta · Licensed …"), before any country
        # named further down (the learner's: "Ukraine · student no. 25-0117")
        address = _place_line_country(lines[:LETTERHEAD_LINES], in_letterhead=True)
        if address is not None:
            pg, part, ln = address
            # ("… Nijmegen, the Netherlands": the country's name without the article)
            part = re.sub(r"^the\s+", "", part, flags=re.I)
            rec.set("issuer_country", COUNTRIES.get(part) or _country_by_code(part) or part,
                    f"pdf p.{pg} ('{ln[:60]}')")
    if rec.value("issuer_country") is None:
        # A country named where a place is written ("Kyiv, Ukraine", "Видано в Україні, 2025", "Москва, Россия"):
        # a short line first, as a country named in a sentence may be a subject of the course ("протидія
        # агресії Росії"), not where it was issued.
        # (not where the learner was born: "née le 11 mars 2003 à Tchernivtsi (Ukraine)")
        mentions = [m for m in itertools.islice(COUNTRY_RE.finditer(full), 20)
                    if not (births and (_BIRTH_LINE.search(_line_of(full, m))
                                        or _BIRTH_LINE.search(full, max(0, m.start() - 30), m.start())
                                        or _BIRTH_LABEL_END.search(_line_before(full, m))))]
        # (a short line, not a sentence's wrapped end: "… готувати запити до" / "архівів України та Польщі.")
        # (nor where the learner sat an exam: "Location" / "Lviv, Ukraine (remote)", "Delivery: Online proctored (home
        # office, Odesa, Ukraine)" on a score report)
        mentions = [m for m in mentions if not _WHERE_IT_WAS_SAT.fullmatch(_line_before(full, m).strip())
                    and not _WHERE_IT_WAS_SAT.search(full, full.rfind("\n", 0, m.start()) + 1, m.start())]
        # (nor the learner's home institution on an exchange's transcript: "Home institution" / "… Odesa, Ukraine")
        mentions = [m for m in mentions if not _HOME_INSTITUTION.match(_line_before(full, m))
                    and not _HOME_INSTITUTION.match(_line_of(full, m))]
        # where the paper says it was issued ("Issued in Riga, Latvia, on 18 July 2025") before anything else; not
        # a partner's place ("in cooperation with … University of Technology (Kharkiv, Ukraine)")
        issued_in = next((m for m in mentions if _ISSUED_IN.search(full, max(0, m.start() - 40), m.start())), None)
        mentions = [m for m in mentions if not _A_PARTNERS_LINE.match(_line_of(full, m).strip())]
        # (not in what the learner learned: "… готувати запити до" / "архівів України та Польщі.", nor an outcome
        # listed on its own line: "•  Складає запити до архівів України та Польщі.")
        learned = " ".join(rec.value("learning_outcomes") or ())
        place = issued_in or next((m for m in mentions if len(_line_of(full, m).strip()) <= 60
                                   and not _line_of(full, m).strip()[:1].islower()
                                   and not _a_listed_outcome(_line_of(full, m), learned)), None)
        in_sentence = next((m for m in mentions if COUNTRIES[m.group(1)].endswith(_NOT_EXCLUDED_BY_DEFAULT)
                            and _line_of(full, m).strip() not in learned
                            and not _a_listed_outcome(_line_of(full, m), learned)), None)
        found = place or in_sentence
        if found:
            written = _line_of(full, found).strip()
            # with the words it was read from: "Москва, 15 марта 2023 г." names a city, the country is read from it
            rec.set("issuer_country", COUNTRIES[found.group(1)], f"{src_of(written)} ('{written[:60]}')")
    if rec.value("issuer_country") is None:
        place_country = _place_line_country(lines)
        if place_country is not None:
            pg, part, ln = place_country
            rec.set("issuer_country", part, f"pdf p.{pg} ('{ln[:60]}')")
    if rec.value("issuer_country") is None:
        heading_country = _letterhead_country(lines)
        if heading_country is not None:
            pg, ln = heading_country
            # (a country's name in capitals, "УКРАЇНА", by its code as any other)
            rec.set("issuer_country", COUNTRIES.get(ln.strip().capitalize(), ln), f"pdf p.{pg} ('{ln}')")
    if rec.value("issuer_country") is None:
        # A state institution's letterhead opens with its ministry: "МІНІСТЕРСТВО ОСВІТИ І НАУКИ УКРАЇНИ"
        ministry = next(((pg, ln) for pg, ln in lines[:8] if _MINISTRY_OF_UKRAINE.match(ln)), None)
        if ministry is not None:
            rec.set("issuer_country", COUNTRIES["Ukraine"], f"pdf p.{ministry[0]} ('{ministry[1][:60]}')")
    # date
    d = _find_date(full)
    if d:
        rec.set("issued_on", d, src_of(d[:4]))
    # workload, level
    h = find_hours(full)
    if h:
        rec.set("workload_hours", h[0], f"{src_of(h[1])} ('{h[1]}')")
    e = find_ects(full)
    if e:
        rec.set("workload_ects", e[0], f"{src_of(e[1])} ('{e[1]}')")
    lv = find_eqf(full) if _has(low, "eqf", "єрк", "ерк", "нрк", "nqf", "qf-ehea", "qualifications framework") else None
    if lv:
        rec.set("eqf_level", lv[0], f"{src_of(lv[1])} ('{lv[1]}')")
    # assessment
    ma = find_assessment(full) if _has(low, *ASSESSMENT_LABEL_WORDS) else None
    if ma and _A_BULLET_MARK.match(ma.value):
        # a heading above a list of what was assessed ("Оцінювання" / "• 12 лабораторних робіт — усі зараховано;" / "•
        # підсумковий іспит (тест і …" / "… — 88 зі 100 балів."): the list's items
        rec.set("assessment_type", _assessed_items(full, ma.start)[:200], src_of(ma.label))
    elif ma:
        value = ma.value
        for following in full[ma.end :].lstrip("\n").split("\n", 3)[:3]:
            quoted = (value.count("«") > value.count("»") or value.count("“") > value.count("”")
                      or value.count("(") > value.count(")"))
            goes_on = not re.search(r"[.;:!?)»”\"]\s*$", value) and (
                following[:1].islower() or re.search(r"[—–,]\s*$", value) is not None)  # "8 завдань —" / "40 балів"
            if not (quoted or goes_on) or len(value + following) > 300:
                break
            # a name in quotes or a bracket wrapped, or the sentence going on ("… y examen final" / "escrito
            # presencial (60 %).")
            value += " " + following
        value = _NEXT_LABELLED_SENTENCE.split(value, maxsplit=1)[0]  # "екзамен. Підсумкова оцінка — 84 бали …"
        value = _GRADE_AFTER_COMMA.split(value, maxsplit=1)[0]  # "захист проєкту, загальна оцінка — «відмінно»"
        value = VERDICT_AFTER_DASH.sub("", value)  # "… сценарій «ДТП з кількома постраждалими» — зараховано."
        if ma.sentence:  # "Assessment. At the final review the mentor rated …": that sentence
            value = _SENTENCE_END.split(value, maxsplit=1)[0]
        value = re.sub(r"\s+[—–-]$", "", tidy(value))  # (a dash left where what it was goes on below)
        rec.set("assessment_type", value[:200], src_of(ma.label))
    elif mf := FINAL_TASK.search(full):
        # (not the next labelled sentence: "…, захищений перед комісією. Оцінка:")
        task = re.sub(r"\s+[—–-]$", "", tidy(_NEXT_LABELLED_SENTENCE.split(mf.group(0), maxsplit=1)[0]))
        rec.set("assessment_type", task[:200], src_of(mf.group(0)[:30]))
    elif assessed_by := _ASSESSED_BY_IN_BRACKETS.search(full):
        # "Learning outcomes (assessed by weekly problem sets, two proctored online tests and a final written
        # examination)": what it names
        ways = next(g for g in assessed_by.groups() if g)
        rec.set("assessment_type", tidy(ways)[:200], src_of(assessed_by.group(0)[:30]))
    elif reported := _test_of_a_report(lines):  # a score report: the test it reports on is the assessment
        rec.set("assessment_type", tidy(reported[1])[:200], f"pdf p.{lines[reported[0]][0]}")
    else:
        title = rec.value("title") or "\0"
        # not a word of the course's name ("Тестування мобільних застосунків" was not assessed by a test) or of
        # an outcome ("складати тест-плани")
        outcomes = " ".join(rec.value("learning_outcomes") or ())
        mw = next((m for m in ASSESSMENT_WORDS.finditer(full) if title not in _line_of(full, m)
                   # (nor an assessment there was none of: "The Pathway has no exams", "без іспиту")
                   and not _NONE_OF.search(full, max(0, m.start() - 12), m.start())
                   # (nor what the paper says it is not: "… are not an external examination result")
                   and not _NOT_AN.search(full, max(0, m.start() - 30), m.start())
                   # (nor a placement test before the course: "(вхідне тестування — B1)", "placement test: B1")
                   and not _PLACEMENT_BEFORE.search(full, max(0, m.start() - 20), m.start())
                   # (nor the second line of the name wrapped: "і функціональне тестування»")
                   and _line_of(full, m).strip().strip("«»“”\"") not in title
                   and not BULLET.match(_line_of(full, m)) and _line_of(full, m).strip() not in outcomes
                   # (nor a label alone, a report's own heading, where it was sat: "Exam code:", "Examination Score
                   # Report", "… dispatched to the test centre")
                   and not (_line_of(full, m).strip().endswith(":") and len(_line_of(full, m).split()) <= 3)
                   and not _REPORT_HEADING.fullmatch(_line_of(full, m).strip())
                   and not _WHERE_IT_WAS_SAT.match(_line_of(full, m).strip())
                   and not re.search(r"test\s+cent(?:re|er)", _line_of(full, m), re.I)
                   and not _ABOUT_THE_EXAM.match(_line_of(full, m).strip())
                   # (nor the work a workload's bracket counts: "(420 hours of instruction and project work, …)")
                   and not _in_a_workload_bracket(full, m)
                   # (nor a word of an outcome read from a sentence over several lines: "learned to break" / "a
                   # project into a product backlog …")
                   and not _in_an_outcome(full, m)
                   # (nor a funded project the course was run in: "Проєкт «Безпечні громади» за фінансування …",
                   # "Delivered within the "AgroStart" project supported by …")
                   and not _A_FUNDED_PROJECT.search(_line_of(full, m))
                   and not _ROLE_CAPTION.match(_line_of(full, m))), None)  # ("Project Coordinator": a signatory)
        if mw:
            line = _line_of(full, mw)
            # the clause that names the assessment, not the whole line ("обсягом 45 годин та склав іспит"), and
            # more than a word of a bracket begun on the line above ("проєкти) · фінальний проєкт захищено …")
            bracketed = re.fullmatch(r"\s*\(([^()]*)\)[.,;]?\s*", line)  # a line that is one bracket: its parts
            clauses = [c for c in _split_outside_brackets(_CLAUSES, bracketed.group(1) if bracketed else line)
                       if c and ASSESSMENT_WORDS.search(c)]
            clause = next((c for c in clauses if len(c.split()) >= 3), clauses[0] if clauses else line)
            for opens, closes in (("«", "»"), ("(", ")")):
                # a name in quotes or a bracket wrapped: "… на тему: «Оцінювання …" / "… »", "Proctored Exam (out of"
                # / "75)"
                if clause.count(opens) > clause.count(closes):
                    # (the rest of the line from the clause on: a clause cut inside the bracket keeps its words)
                    opened = line[line.find(clause) :].rstrip() if clause in line else clause
                    # (the bracket may close a line further: "… проєкт (план" / "розроблення … для мережі" / "клінік).")
                    rest = full[full.find("\n", mw.end()) + 1 :] if "\n" in full[mw.end() :] else ""
                    after = " ".join(rest.split("\n", 2)[:2])
                    if (opened.count(opens) > opened.count(closes) and closes in after
                            and opens not in after[: after.index(closes)]):
                        clause = f"{opened} {after[: after.index(closes) + 1]}"
            clause = re.sub(r"^(?:and|та|і|й)\s+", "", clause.strip(), flags=re.I)  # "and successfully defended …"
            if clause.endswith(")") and clause.count(")") > clause.count("("):
                clause = clause[:-1]  # the last part of a bracket: "(32 заняття, домашні завдання, фінальний проєкт)"
            clause = re.sub(r"\s+[—–-]$", "", clause)  # "Підсумковий проєкт: «…» —" / what it was, on the next line
            rec.set("assessment_type", _assessment_named(tidy(clause))[:200], src_of(mw.group(0)))
    pf = find_participation(full)
    if pf:
        rec.set("participation_form", pf[0], f"{src_of(pf[1])} ('{pf[1]}')")
    # (a statement of quality assurance before a disclaimer of it: "… does not confer … accredited", "Nothing in this
    # certificate shall be construed as … recognised by any university")
    found_qa = list(QA_RE.finditer(full)) if _has(low, *QA_WORDS) else []
    mq = next((m for m in found_qa if not _DISCLAIMS.search(_sentence_of(full, m, begun_above=True))),
              found_qa[0] if found_qa else None)
    if mq:
        said = _sentence_of(full, mq, begun_above=True)
        # (a letterhead's line of parts: "Waalhaven Zuidzijde 17, … · www.rmlti.nl · accredited training provider of
        # the …": the part that says it)
        said = next((part for part in said.split(" · ") if mq.group(0) in part), said)
        if not _A_LABEL_ALONE_QA.fullmatch(tidy(said)):  # (not the field's label alone: "Quality assurance")
            rec.set("quality_assurance", tidy(said)[:200], src_of(mq.group(0)))
    mp = PREREQ_RE.search(full) if _has(low, *PREREQ_WORDS) else None
    if mp:
        rec.set("prerequisites", tidy(mp.group(1)), src_of(mp.group(0)[:20]))
    ms = SUPERVISION_RE.search(full) if _has(low, *SUPERVISION_WORDS) else None
    if ms:
        said = _A_BULLET_MARK.sub("", _sentence_of(full, ms), count=1)  # (a list item's sentence, without its mark)
        rec.set("supervision", tidy(said)[:200], src_of(ms.group(0)))
    mg = (_labelled_grade(full) if _has(low, *GRADE_WORDS) else None) or (
        _outside_a_scale(WITH_GRADE, full) if _has(low, "with ", "відзнак", "оцінк", "набра", "отрима", "obtained",
                                                   "scored", "achieved", "earned", "received") else None
    ) or (NAMED_GRADE.search(full) if _has(low, "passed", "graded", "grade ", "оцінка ") else None) or (
        GRADE_IN_SENTENCE_ABROAD.search(full) if _has(low, *_GRADE_ABROAD_WORDS) else None
    ) or (
        TASK_SCORE.search(full) if _has(low, *_TASK_WORDS) and _has_a_score(low) else None
    ) or (_score_alone(full) if "бал" in low else None) or (
        RIGHT_ANSWERS.search(full) if _has(low, "правильн", "correct", "right answers") else None
    )
    if mg:
        grade = _total_of_parts(full, mg) or next(g for g in mg.groups() if g)
        closed_first = re.match(r"[^()]*\)", grade)
        if closed_first:  # "(score 91 %): data cleaning …": the grade ends with the bracket it was read in
            grade = grade[: closed_first.end() - 1]
        grade = _PASS_MARK_AFTER.split(grade, maxsplit=1)[0]
        # (not the next field on its line, nor the scale explained in brackets: "84%  ·  Poziom wg ESOKJ: B2",
        # "«відмінно» (за шкалою студії: незадовільно / … / відмінно)")
        grade = _SCALE_EXPLAINED.sub("", re.split(r"\s+·\s+(?=[^·:\d]{1,30}:)", grade, maxsplit=1)[0])
        weighed = _RESULT_BELOW_WEIGHTS.match(full, mg.end()) if re.fullmatch(r"100\s*%", grade.strip()) else None
        if weighed:  # a weighted table's total row: "Зважений загальний результат 100 %" / "80,8 %" / "склав"
            grade = " ".join(weighed.group(1).split())
        told = _GRADE_TOLD_INSIDE.search(grade) if mg.re is GRADE_LABEL else None
        if told:  # "Результат: курс завершено з оцінкою «добре»": the grade the sentence under the label tells
            grade = told.group(1)
        scale = _SCALE_ON_NEXT_LINE.match(full, mg.end()) if _OUT_OF_AT_END.search(grade) else None
        if scale:  # "з оцінкою 88 балів зі" / "100.": the scale on the next line
            grade = f"{grade} {scale.group(1)}"
        bracket = (_BRACKET_ON_NEXT_LINE.match(full, mg.end())
                   if mg.re is GRADE_IN_SENTENCE_ABROAD or (told and not re.search(r"\d", grade)) else None)
        if bracket and not _A_PASS_MARK.search(bracket.group(1)):
            # "… la votazione di ventotto/trentesimi" / "(28/30).": the grade in figures on the next line
            grade = f"{grade} {bracket.group(1)}"
        if grade.count("(") > grade.count(")"):  # "94% (graded quizzes, … and a final" / "project)": its end
            grade = _bracket_closed(grade, full[mg.end() :].split("\n", 4))
            grade = grade[:-1] if grade.endswith(").") else grade  # (the sentence's full stop after the bracket)
        grade = _NEXT_LABELLED_SENTENCE.split(grade, maxsplit=1)[0]  # "Notable (8,1 sobre 10). Evaluación: …"
        verdict = _VERDICT_ON_NEXT_LINE.match(full, mg.end()) if _ENDS_WITH_A_DASH.search(grade) else None
        if verdict:  # "Результат: 82 % —" / "зараховано.": the verdict on the next line
            grade = f"{grade} {verdict.group(1)}"
        ending = _GRADE_ENDS_ON_NEXT_LINE.match(full, mg.end()) if _ENDS_WITH_A_PREPOSITION.search(grade) else None
        if ending:  # "Result: Passed with" / "distinction (94%).": the sentence ends on the next line
            grade = f"{grade} {ending.group(1)}"
        grade, how = _grade_and_how(tidy(grade))
        if not _is_date_line(grade):  # (not what follows an empty label: "Wynik:" / "Warszawa, 1.06.2020")
            rec.set("grade", grade, src_of(mg.group(0)[:20]))
        current = rec.value("assessment_type")
        if how and (current is None or grade in current or current in how):  # none read, or read from the bracket
            rec.set("assessment_type", how, src_of(mg.group(0)[:20]), overwrite=True)
    mk = STACK_RE.search(full) if _has(low, *STACK_WORDS) else None
    if mk:
        rec.set("stackability", tidy(_sentence_of(full, mk))[:200], src_of(mk.group(0)))
    # (an address has one or the other; one cut at a line's end after a hyphen, slash or dot goes on below it:
    # "https://lexica-" / "school.com.ua/verify", "https://algocode.com.ua/" / "verify/AK-VR-2026-087")
    urls = URL_RE.findall(_URL_BREAK.sub(r"\1", full)) if "/" in full or "www." in low else []
    urls = [u for u in urls if not _PRODUCERS_SITE.search(u)]
    if urls:
        verify = [u for u in urls
                  if re.search(r"verif|check|перевір|credential|certificate|cert|intyg|weryfik|kontrol", u, re.I)]
        rec.set("further_information", (verify or urls)[0].rstrip(".,;"), src_of((verify or urls)[0]))


# The total of a grade told in parts: "поточний контроль — 44 бали з 60, екзамен — 35 балів з 40, разом 79 балів",
# "coursework 38/50, exam 41/50, total 79/100"
_TOTAL_OF_PARTS = re.compile(
    r"(?<![^\W\d_])(?:" + TOTAL_WORDS + r"|підсумок)[ \t]*[:\-–—=]?[ \t]*"
    r"(\d{1,3}(?:[.,]\d+)?[ \t]*(?:бал\w*|points?\b|pts\b|punkt\w*|bod\w*|%|/[ \t]*\d{1,4}|"
    r"(?:з|із|зі|out\s+of|of|von|sur|na)[ \t]+\d{1,4})[^\n]*)",
    re.I,
)
_A_SCORE = re.compile(
    r"(?<![\d.,])\d{1,3}(?:[.,]\d+)?[ \t]*(?:бал|points?\b|pts\b|%|/[ \t]*\d|(?:з|із|зі|out\s+of|of)[ \t]+\d)", re.I
)


def _total_of_parts(full: str, mg: re.Match[str]) -> str | None:
    """The total of a grade told in parts on its sentence's lines, from the total's score on (None when the value
    names no total after another score): the line holds the parts, and the total is often past the value's cut."""
    group = next(i for i, g in enumerate(mg.groups(), 1) if g)
    start = mg.start(group)
    lines = full[start:].split("\n", 3)
    sentence = lines[0]
    for following in lines[1:]:  # the sentence going on ("… разом 79 балів, що відповідає оцінці" / "«добре» (C)")
        opening = following.strip()[:1]
        if re.search(r"[.!?]\s*$", sentence) or not (opening.islower() or opening == "«"):
            break
        sentence += " " + following.strip()
    return _total_after_parts(sentence)


def _total_after_parts(text: str) -> str | None:
    """The total of ``text``, from its score on, where a score of a part comes before it; else None."""
    total = _TOTAL_OF_PARTS.search(text)
    if total is None or not _A_SCORE.search(text, 0, total.start()):
        return None
    return tidy(total.group(1)).removesuffix(".")


# The overall grade alone below its label ("Gesamtnote" / "gut (1,8)", "Overall grade" / "Merit (74)"): the grade, over
# the grades of the parts above it ("Note 1,7", "Note 2,0")
_OVERALL_GRADE_BELOW = re.compile(
    r"^[ \t]*(?:gesamtnote|endnote|abschlussnote|overall\s+grade|final\s+grade|"
    r"(?:overall|final)\s+(?:course\s+|module\s+)?result|"
    r"grade\s+achieved|overall\s+score|final\s+score|"
    r"підсумкова\s+оцінка|загальна\s+оцінка|nota\s+final|calificación\s+final|note\s+finale|voto\s+finale|"
    r"ocena\s+końcowa|celkové\s+hodnocení(?:\s+závěrečné\s+zkoušky)?)"
    # (with what the scale is, or what it is made of, in brackets: "Підсумкова оцінка (за національною шкалою / …)")
    r"(?:[ \t]*\([^()\n]{1,90}\))?[ \t]*:?[ \t]*(?:100[ \t]*%[ \t]*(?=\n[ \t]*[^\n]*%))?\n"
    # (a row's bare number first, its hours, where the grade in per cent or points follows: "Overall grade" / "110" /
    # "94%"; or the weightings' total: "Overall course result" / "100%" / "64% — Merit")
    r"(?:[ \t]*(?:\d{1,4}|100[ \t]*%)[ \t]*\n(?=[ \t]*[^\n]*[%/]))?"
    r"[ \t]*((?=[^\n]*(?:\d|sehr\s+gut|gut|befriedigend|ausreichend|excellent|good|"
    r"merit|distinction|pass|відмінно|добре|задовільно|зараховано))[^\n]{1,80}?)[ \t]*$",
    re.I | re.M,
)


def _assessed_items(full: str, at: int, most: int = 6) -> str:
    """The bulleted items from ``at`` on, their wrapped lines joined, one after another with semicolons."""
    items: list[str] = []
    for line in full[at:].split("\n", 20)[:20]:
        mark = _A_BULLET_MARK.match(line)
        if mark:
            if len(items) == most:
                break
            items.append(line[mark.end() :].strip())
        elif items and (line[:1].islower() or line.strip()[:1] in ("(", "«")):  # the item's wrapped line
            items[-1] = _joined(items[-1], line.strip())
        else:
            break
    return "; ".join(tidy(item).rstrip(".;") for item in items)


_SCALE_EXPLAINED = re.compile(r"\s*\((?:за\s+шкалою|on\s+(?:the|a)\s+[^()]{0,30}scale|scale)[^()]*\)\s*$", re.I)


# A line that explains the grading scale ("Grading scale: U = Fail, G = Pass, VG = Pass with Distinction", "Шкала
# оцінювання: …"): its grades are the scale's, not the learner's
_A_SCALE_LINE = re.compile(r"^\s*(?:grading|grade|marking)\s+(?:scale|system)|^\s*шкала\s+оцін", re.I)


def _outside_a_scale(pattern: re.Pattern[str], full: str) -> re.Match[str] | None:
    """The first match of ``pattern`` in ``full`` not on a line that explains the grading scale."""
    return next((m for m in pattern.finditer(full) if not _A_SCALE_LINE.match(_line_of(full, m))), None)


def _labelled_grade(full: str) -> re.Match[str] | None:
    """The overall grade below its label; else the first grade after its label on the label's line; else the first
    below its label (a column's header above its first row is the commoner reading there: "Підтверджений результат"
    / "1–2 Асимптотичні оцінки …")."""
    overall = _OVERALL_GRADE_BELOW.search(full)
    # (a bare number below it only where no label gives a grade on its own line: "Підсумкова оцінка (середня
    # зважена)" / "91" in a table, beside "Підсумкова оцінка: 91 зі 100 («відмінно»)")
    if overall is not None and not re.fullmatch(r"\s*\d+(?:[.,]\d+)?\s*", overall.group(1)):
        return overall
    below = None
    for m in GRADE_LABEL.finditer(full):
        if "\n" not in m.group(0).rstrip("\n"):
            return m
        below = below or m
    return overall or below


# A test's result as right answers out of its questions, where nothing else gives a grade: "підсумкове тестування —
# 18 правильних відповідей із 20", "final quiz: 27 correct answers out of 30", "17/20 correct answers"
RIGHT_ANSWERS = re.compile(
    r"(?<![\d.,])(\d{1,3}\s+(?:правильн\w+\s+відповід\w+|(?:correct|right)\s+answers?)\s+(?:із|з|зі|(?:out\s+)?of)\s+\d{1,3}|"
    r"\d{1,3}\s*/\s*\d{1,3}\s+(?:правильн\w+\s+відповід\w+|(?:correct|right)\s+answers?))(?![\d])",
    re.I,
)


def _score_alone(full: str) -> re.Match[str] | None:
    """The first score in points of a scale (:data:`SCORE_ALONE`) that is not a pass mark."""
    return next((m for m in SCORE_ALONE.finditer(full)
                 if not _A_PASS_MARK_BEFORE.search(full, max(0, full.rfind("\n", 0, m.start()) + 1), m.start())),
                None)  # fmt: skip


# An organisation that says what the certificate certifies, at the start of a line
_CONFIRMS_WORDS = ("potvrd", "potvrz", "potwierdza", "zaświadcza", "osvědč", "osvedč", "certif", "confirm",
                   "recogni", "засвідч", "підтвердж", "удостовер", "bestätigt", "bescheinigt")  # _ORG_CONFIRMS's verbs
_CONFIRMS_FIRST = re.compile(r"\s*(?:засвідчує|підтверджує|certifies|confirms|potvrdzuje|potwierdza|zaświadcza|"
                             r"bestätigt|bescheinigt|certifie|certifica)\b", re.I)
_ORG_CONFIRMS = re.compile(
    r"^\s*(?P<org>[^\W\d_][^,:;.]{1,80}?(?:,\s*[^,:;.]{2,60}?)?)\s*,?\s+(?:(?:hereby|tímto|týmto|niniejszym|hiermit|"
    r"цим|настоящим)\s+)?(?:potvrdzuje|potvrzuje|potwierdza|"
    r"zaświadcza|osvědčuje|osvedčuje|certifies|confirms|recogni[sz]es|засвідчує|підтверджує|удостоверяет|bestätigt|"
    r"bescheinigt|certifie|"
    r"certifica)\s*,?\s+(?:že|że|that|що|что|dass|que|che)\b",
    re.I,
)  # fmt: skip
# ... unless what says it is the document itself, a pronoun or no one ("This certificate confirms that", "Tímto
# potvrzuje", "Se certifica que")
_NOT_AN_ORG = re.compile(
    r"^(?:this|the|we|se|si|tímto|týmto|niniejszym|hiermit|цей|ця|це|цим|настоящий|настоящим)\b|"
    r"^(?:je|nous|ich|wir)\b|"  # the signatory in the first person ("Je soussigné Alain Cary … atteste que")
    # the document by its number ("№ DPL-FS-25-0912 засвідчує, що" below "СЕРТИФІКАТ")
    r"^(?:no\.?|№|nr\.?|n°)\s*[\w/-]*\d|"
    # an officer by her office ("La Directora del Centro certifica que", "Il Direttore certifica che"): a person
    r"^(?:(?:la|el|il|le|lo)\s+)?(?:directora?|direttore|direttrice|directeur|directrice|rector[a]?|rettore|"
    r"decan[oa]|presidente?|secretari[oa]|segretari[oa])\b|"
    # the kind of body alone, pointing back to the letterhead ("Škola tímto potvrzuje, že", "Школа засвідчує, що")
    r"^(?:škola|školy|škole|szkoła|uczelnia|centrum|centre|center|společnost|spoločnosť|univerzita|akademie|akadémia|"
    r"institut|school|academy|university|institute|company|школа|центр|компанія|університет|академія|організація|"
    r"товариство)$", re.I
)
# A line that names the kind of document ("Statement of Accomplishment", "Record of Achievement", "ZAŚWIADCZENIE")
_DOCUMENT_KIND = re.compile(
    r"^(?:(?:verified|official|digital|professional)\s+)?(?:statement|record|letter|transcript|confirmation|proof|"
    r"award|badge|credential|micro-?credential|certificate|diploma|сертифікат|свідоцтво|диплом|посвідчення|довідка|"
    r"(?:kurs|utbildnings)?intyg|kursusbevis|kursbevis|"
    r"підтвердження|zaświadczenie|świadectwo|dyplom|certyfikat|zertifikat|certificat|certificado|osvědčení|"
    r"osvedčenie|certifikát|potvrzení|potvrdenie|attestato|attestation|atestado|bescheinigung|teilnahmebestätigung|"
    r"удостоверение)\b",
    re.I,
)  # fmt: skip
_SENTENCE_WORDS = re.compile(r"\b(?:that|is|are|was|has|presented|awarded|issued|що|є|видано|виданий)\b", re.I)


# Where a company's footer line goes on from its name to its capital and registration
_COMPANY_REGISTRATION = re.compile(r"\s+(?:au\s+capital(?:\s+social)?\s+de|mit\s+sitz\s+in|registered\s+in\s+"
                                   r"(?:england|scotland|ireland)|(?:[-–]\s*)?RCS\s+[A-Z])\b", re.I)
# A sentence that confirms someone's participation without naming them: the name stands above it, below the heading
# ("TEILNAHMEBESCHEINIGUNG" / "Jana Kowalczyk" / "Stadtwerke … GmbH" / "Köln" / "Hiermit wird die Teilnahme an …")
_PARTICIPATION_CONFIRMED = re.compile(
    r"^\s*(?:hiermit\s+(?:wird|bestätigen\s+wir)\s+(?:die\s+)?(?:erfolgreiche\s+)?teilnahme|"
    r"(?:this\s+is\s+to\s+confirm|we\s+(?:hereby\s+)?confirm)\s+(?:the\s+)?(?:participation|attendance)\s+(?:in|at)\b)",
    re.I)


# A sentence whose object comes first ("Програму курсу" / "«Реляційні бази даних …»" / "успішно опанувала" / "ЮЛІЯ
# ШЕВЧУК"): the course above the verb, the learner after it
_OBJECT_FIRST = re.compile(r"^\s*(?:програму(?:\s+(?:курсу|навчання|тренінгу))?|курс)\b", re.I)


def _object_first(lines: list[tuple[int, str]], at: int, m: re.Match[str], starts: list[int]
                  ) -> tuple[int, str, str] | None:
    """The course's line, the course and the learner where the verb of completion at line ``at`` stands alone on its
    line after the course and before the learner's name (the object first); None otherwise."""
    verb_alone = lines[at][1][: max(0, m.start() - starts[at])].strip() == "" and \
        lines[at][1][m.end() - starts[at]:].strip(" .,") == ""
    if not verb_alone or at < 1 or at + 1 >= len(lines):
        return None
    name = lines[at + 1][1]
    course_at = at - 1
    opener = lines[at - 1][1]
    if not _OBJECT_FIRST.match(opener) and at >= 2 and _OBJECT_FIRST.match(lines[at - 2][1]):
        opener = lines[at - 2][1]  # "Програму курсу" / the course's name / the verb
    elif _OBJECT_FIRST.fullmatch(opener.strip()):
        return None  # the opener alone, no course between it and the verb
    if not _OBJECT_FIRST.match(opener) or not _a_persons_name(name):
        return None
    course = _OBJECT_FIRST.sub("", lines[course_at][1]).strip(' «»"“”')
    if len(course) < 4 or not _names_course(course):
        return None
    return course_at, course, " ".join(name.split())


def _addressee_below_heading(lines: list[tuple[int, str]]) -> tuple[int, str] | None:
    """The learner of a participation certificate set as an address: the name on the line below the document's
    heading (on one line or two), then at most two lines of employer and place, then the sentence that confirms
    the participation without naming anyone."""
    for i, (pg, ln) in enumerate(lines[:8]):
        text = tidy(ln)
        below = i + 1
        if i + 1 < len(lines) and _DOCUMENT_HEADING.match(f"{text} {tidy(lines[i + 1][1])}") \
                and not _DOCUMENT_HEADING.match(text):
            below = i + 2  # "TEILNAHME" / "BESCHEINIGUNG"
        elif not _DOCUMENT_HEADING.match(text):
            continue
        if below >= len(lines) or lines[below][0] != pg:
            return None
        name = tidy(lines[below][1])
        if not PERSON_NAME.fullmatch(name) or _DOCUMENT_KIND.match(name):
            return None
        after = [tidy(more) for _p, more in lines[below + 1 : below + 4]]
        if any(_PARTICIPATION_CONFIRMED.match(more) for more in after):
            return below, name
        return None
    return None


def _name_at_the_top(lines: list[tuple[int, str]], title: str | None, learner: str | None) -> tuple[int, str] | None:
    """A short line at the very top of the first page, above or below the document's own heading, that is not the
    course, the learner, a date, a label or a sentence: the name on the issuer's logo ("Kaggle", "TechPath Online"),
    or the first part of such a line between middle dots.
    The first line that is not the document's heading decides."""
    for i, (pg, ln) in enumerate(lines[:3]):
        # "PIXELFIELD · буткемп із веброзробки · Дніпро — онлайн": the name, then what it is and where (or its
        # address: "… «Освіта.Відкрито» | osvita-vidkryto.gov.ua"); a logo's signs before it are none of it
        # ("</> CODEHARBOR BOOTCAMP")
        text = tidy(_LOGO_SIGNS.sub("", _TOP_LINE_PARTS.split(ln, 1)[0]))
        if title and text and text.casefold() in title.casefold():
            text = tidy(ln.split(" · ", 1)[0])  # a brand the course is named after: the line as a whole says more
        if pg != 1 or not text:
            return None
        if _DOCUMENT_HEADING.match(text) or _DOCUMENT_KIND.match(text):
            continue
        if i and _DOCUMENT_HEADING.match(f"{tidy(lines[i - 1][1])} {text}"):
            continue  # the heading's second line ("Certificat" / "de réussite")
        if i + 1 < len(lines) and TOPIC_RE.fullmatch(lines[i + 1][1].strip()):
            return None  # a course's name above "Course Content", no issuer's
        words = text.split()
        # (an institution's kind, then its name in quotes, is longer: "Громадська спілка «…»")
        short = (len(words) <= 8 and len(text) <= 90) if _KIND_THEN_NAME.fullmatch(text) else (
            len(words) <= 5 and len(text) <= 50)
        if (
            not short or not text[:1].isalpha() or text.endswith((".", ":", ","))
            or ":" in text or "№" in text or re.search(r"\d{3}", text) or URL_RE.search(text) or _is_date_line(text)
            or _SENTENCE_WORDS.search(text) or LEARNER_BEFORE.search(text)  # (an opening: "für" / the name)
            or _A_GRADE_WORD.fullmatch(text.strip(" .!"))  # a result in large type ("з відзнакою")
            or (title and (text.casefold() in title.casefold() or title.casefold() in text.casefold()))
            or (learner and learner.casefold() in text.casefold())
        ):
            return None
        whole = _set_a_word_a_line(text, [more for page, more in lines[i + 1 : i + 6] if page == pg])
        return i, _STATE_HEADING.sub("", whole) or whole
    return None


# (or a dash before what kind of body it is: "Світанок.Освіта — громадська платформа масових відкритих онлайн-курсів";
# or a wide space before it in small letters: "Akademus  національна платформа масових відкритих онлайн-курсів")
_TOP_LINE_PARTS = re.compile(r"\s+[·|]\s+|(?:\s+[—–]\s+|\s{2,}(?=(?-i:[a-zа-яіїєґ])))"
                             r"(?=(?:[\w'’-]+\s+){0,2}(?:платформ|центр|школ|академі|проєкт|спільнот|організаці|"
                             r"platform|school|academy|centre|center|project|initiative|community)\w*\b)",
                             re.I)
_LOGO_SIGNS = re.compile(r"^(?:[^\w\s«\"“]{1,4}\s+)+")
# An institution's kind, then its name in quotes ("Державна онлайн-платформа відкритої освіти «Освіта.Відкрито»")
_KIND_THEN_NAME = re.compile(r"[^\W\d_][^«»\"“”:;.]{2,60}\s[«\"“][^«»\"“”]{2,40}[»\"”]")


# The state a public institution's letterhead names first ("ΕΛΛΗΝΙΚΗ ΔΗΜΟΚΡΑΤΙΑ" / "ΠΑΝΕΠΙΣΤΗΜΙΟ …")
_STATE_HEADING = re.compile(r"^(?:ελληνικ[ηή]\s+δημοκρατ[ιί]α|republic\s+of\s+\w+|republika\s+\w+|t\.\s?c\.)\s+(?=\S)",
                            re.I)


def _capital_words(line: str) -> bool:
    """One or two words in capitals, each of two letters or more (not a logo's letter or sign: "Q", "Т∴")."""
    words = line.split()
    return 1 <= len(words) <= 2 and all(
        word.isupper() and len(word.strip("-'’")) >= 2 and all(ch.isalpha() or ch in "-'’" for ch in word)
        for word in words
    )



def _set_a_word_a_line(name: str, following: list[str]) -> str:
    """A name in capitals set a word or two a line in a narrow letterhead ("HÖGSKOLAN" / "I" / "NORRVIK"), whole."""
    if not name.isupper() or len(name.split()) > 2:
        return name
    for more in following:
        more = more.strip()
        if (not more.isupper() or len(more.split()) > 2 or any(ch.isdigit() for ch in more)
                or len(name) + len(more) > 50 or _DOCUMENT_HEADING.match(more) or _DOCUMENT_KIND.match(more)):
            break
        name = f"{name} {more}"
    return name


# What a certificate's largest line says of itself, not of the course: "Certificate of Completion", "СЕРТИФІКАТ"
_KIND_OF_PAPER = (r"(?:completion|achievement|attainment|attendance|participation|excellence|recognition|"
                  r"accomplishment|training|appreciation|закінчення|завершення|участь|підвищення\s+кваліфікації|"
                  r"frequenza|partecipazione|profitto|asistencia|aprovechamiento|participación|"
                  # "Attestation de formation", "Certificat de réussite", "Свидетельство об обучении"
                  r"formation|réussite|обучении|окончании|ukończenia|udziału)")
_DOCUMENT_HEADING = re.compile(
    # a Europass certificate supplement's heading ("EUROPASS ZEUGNISERLÄUTERUNG", "Certificate Supplement")
    r"^(?:europass\s+)?(?:certificate\s+supplement|zeugniserläuterung|supplément\s+(?:au|descriptif\s+du)\s+certificat|"
    r"suplemento\s+al\s+(?:certificado|título)|додаток\s+до\s+(?:сертифіката|свідоцтва))\s*$|"
    # a record of each competence's result ("Passeport de compétences", "Skills passport", "Kompetenzpass")
    r"^(?:passeport\s+de\s+compétences|skills?\s+passport|kompetenzpass|паспорт\s+компетентностей)\s*$|"
    # a badge's kind in its banner ("МІКРО- КВАЛІФІКАЦІЯ", "SKILL BADGE", "Micro-credential")
    r"^(?:мікро-?\s*кваліфікація|micro-?\s*credential|skill\s+badge|digital\s+badge|цифровий\s+бейдж)\s*$|"
    r"^(?:(?:verified|professional|digital)\s+)?(?:certificate|certification|diploma|award|badge|statement|сертифікат|"
    r"свідоцтво|"
    r"диплом|посвідчення|довідка|zertifikat|teilnahmebestätigung|(?:teilnahme\s*)?bescheinigung|certificat|"
    r"certificado|attestation|certyfikat|свидетельство|сертификат|удостоверение|"
    r"osvědčení|osvedčenie|certifikát|certifikat|potvrzení|potvrdenie|attestato|tanúsítvány|igazolás|pažymėjimas|"
    r"apliecība|tunnistus|adeverință|adeverinţă)"
    r"(?:\s+(?:of|про|учасника|слухача|for|di|de|об|о)?\s*(?:course\s+)?" + _KIND_OF_PAPER
    # "Certificate of Attendance and Achievement", "Attestato di frequenza con profitto"
    + r"(?:\s+(?:and|&|та|і|e|con|y)\s+" + _KIND_OF_PAPER + r")?)?"
    r"(?:\s+o\s+(?:absolvování|absolvovaní|ukončení|účasti)(?:\s+(?:kurzu|školení|školenia|studia|štúdia))?)?\s*[.!]?$",
    re.I,
)  # fmt: skip


_GENERIC_SECOND_LEVEL = frozenset({"com", "org", "net", "edu", "gov", "co", "ac", "in", "kiev", "kyiv"})


def _named_by_link(lines: list[tuple[int, str]], urls: list[str]) -> tuple[int, str] | None:
    """A short line that is the name in a link of the certificate ("DataCamp" beside
    "https://www.datacamp.com/statement-of-accomplishment/…", "freeCodeCamp" beside "freecodecamp.org/…"): the
    issuer a brand's own layout names by its logo's text alone. (page, name) or None."""
    names = set()
    for url in urls[:5]:
        host = re.sub(r"^(?:https?://)?(?:www\.)?", "", url, flags=re.I).split("/")[0].split(":")[0]
        labels = host.casefold().split(".")[:-1]  # without the top-level domain
        if labels and labels[-1] in _GENERIC_SECOND_LEVEL:  # prometheus.org.ua, example.com.pl
            labels.pop()
        if labels and len(labels[-1]) >= 4:
            names.add(labels[-1])
    if not names:
        return None
    for page, line in lines[:80]:
        site = _WEBSITE.fullmatch(line.strip())  # the name given as the site itself: "Scrum.org"
        plain = re.sub(r"[\W_]+", "", line.rsplit(".", 1)[0] if site else line).casefold()
        if 4 <= len(line) <= 40 and plain in names and (site or not URL_RE.search(line)):
            return page, tidy(line)
    return None


# The object of a completion that names no single course, and a certification's name after its requirements
_ON_PLATFORM = re.compile(r"^(?:on|through|via|at)\s+(?:the\s+)?[A-Z][\w.]+(?:\s+[A-Z][\w.]+){0,2}"
                          r"(?:\s+(?:on|in|by)\b|[.,]|$)")
# The kind of collection a sentence about all its courses ends with, its name on the next line
_A_COLLECTION_END = re.compile(r"\b(?:specializ|specialis)ation\s*$|"
                               r"\b(?:professional\s+)?certificate\s+program(?:me)?\s*$|\bprogram(?:me)?\s*$", re.I)
_SEVERAL_COURSES = re.compile(r"^(?:the\s+|all\s+)?(?:\w+\s+)?(?:courses|modules|курси|модулі)\b|"
                              r"\ball\s+(?:the\s+)?(?:courses|modules)\s+of\b", re.I)
# Dutch and German put the verb last: "… dat X, de module" / the course's name / "met goed gevolg heeft afgerond.",
# "… den Lehrgang" / its name / "mit Erfolg abgeschlossen hat."
_VERB_LAST = re.compile(r"^\s*(?:met\s+goed\s+gevolg\s+(?:heeft\s+)?(?:afgerond|voltooid|gevolgd|afgelegd)|"
                        r"(?:mit\s+Erfolg|erfolgreich)\s+(?:abgeschlossen|absolviert|teilgenommen)(?:\s+hat)?)"
                        r"(?:\s+heeft)?\s*[.,]?\s*$", re.I)
_KIND_LAST = re.compile(r"(?:^|\s)(?:de|het|den|das|die|dem|am|an\s+der)\s+(?:module|cursus|opleiding|training|"
                        r"nascholing|bijscholing|"
                        r"programma|minor|leergang|kurs|lehrgang|seminar|modul|weiterbildung|fortbildung|programm)"
                        r"\s*:?\s*$", re.I)


def _named_before_its_verb(lines: list[tuple[int, str]]) -> tuple[int, str] | None:
    """The course's name on its own line between the kind of course that ends the line above and the verb that
    ends the sentence below (:data:`_VERB_LAST`)."""
    for i in range(2, min(len(lines), 60)):
        if _VERB_LAST.match(lines[i][1]) and _KIND_LAST.search(lines[i - 2][1]):
            name = lines[i - 1][1].strip()
            if 3 <= len(name) <= 150:
                return i - 1, name
    return None


# A credential awarded at a sentence's end, its name alone on the next line: "… and is awarded the" / "Lean Six Sigma
# Yellow Belt", "has been awarded the" / "Certificate in Applied Statistics"
# (the name going on to the next line after a word that cannot end it: "Postgraduate Certificate in" / "Child and …")
_AWARDED_THE_BELOW = re.compile(r"\b(?:is|has\s+been|was)\s+awarded\s+the[ \t]*\n[ \t]*([^\n]{4,100}?"
                                r"(?:\s(?:in|of|for|and)[ \t]*\n[ \t]*[^\n]{3,100}?)?)[ \t]*\n", re.I)
_RECOGNISED_AS = re.compile(
    r"\brequirements\b.{0,60}?\b(?:recogni[sz]ed|certified)\s+as\s+(?:an?\s+)?(\S.{3,120}?)(?:\.\s|\.?$)|"
    # "… passed the required examination and achieved the status of Corvane Certified Network Associate (CCNetA)"
    r"\b(?:achieved|earned|attained|been\s+awarded)\s+the\s+(?:status|title|designation|credential)\s+of\s+(?:an?\s+)?"
    r"(\S.{3,120}?)(?:\.\s|\.?$)|"
    # a vocational unit: "… has been assessed as COMPETENT in Unit WP2 — Heatset Web Offset Press: …. Issued …"
    r"\bassessed\s+as\s+competent\s+in\s+((?:(?:the\s+)?unit|module)\s+\S.{3,120}?)(?:\.\s|\.?$)",
    re.I,
)


# A label alone on its line, its value on the next: a two-column table read cell by cell ("Student:" / "Andrii
# Melnyk", "Course name:" / "Secure Web Application Development")
_LABEL_ALONE = {
    "learner_name": re.compile(r"^\s*(?:student|learner|participant|attendee|trainee|employee|name|full\s+name|"
                               r"recipient|holder|delegate|"  # (a course's delegate: a British training's learner)
                               r"(?:student|learner|participant|candidate|delegate)(?:['’]s)?\s+name|"
                               r"(?:badge\s+)?earner|"
                               r"candidate|namn|navn|"
                               + _FULL_NAME_FIELDS + r"|"
                               # the learner's field abroad ("Õppija", "Uczestnik", "Teilnehmerin", "Deelnemer")
                               r"õppija|osaleja|uczestni(?:k|czka)|účastník|účastnice|účastníčka|dalyv(?:is|ė)|"
                               r"dalībnie(?:ks|ce)|participante|partecipante|teilnehmer(?:in)?|deelnemer|"
                               r"osallistuja|deltagare|deltager|résztvevő|cursant[ăa]?|apprenant(?:e)?|stagiaire|"
                               r"слухач(?:ка|\(ка\))?|учасни(?:к|ця)(?:\(ця\))?|здобувач(?:ка|\(ка\))?|"
                               r"отримувач(?:ка|\(ка\))?|працівни(?:к|ця)|ідентифікація\s+здобувача|ПІБ|"
                               r"випускни(?:к|ця)(?:\(ця\))?|graduate|"
                               # a badge's owner ("Власник", "Earned by")
                               r"власни(?:к|ця)|earned\s+by|"
                               # a Ukrainian form's field, a teacher's professional development's
                               r"прізвище,?\s+(?:та\s+)?ім['’ʼ]?я(?:,?\s+(?:та\s+)?по\s+батькові)?|"
                               r"педагогічн(?:ий|а)\s+працівни(?:к|ця))"
                               r"(?:\s+(?:сертифіката|свідоцтва|of\s+the\s+certificate|słuchacza|słuchaczki|uczestnika|"
                               r"uczestniczki|kursanta|kursantki|освіти|(?:слухача|учасника|здобувача|працівника|студента)"
                               r"(?:\s*/\s*(?:слухачки|учасниці|здобувачки|працівниці|студентки))?))?\s*:?\s*$", re.I),
    "title": re.compile(r"^\s*(?:course(?:\s+(?:name|title))?|(?:unit|module)\s+(?:title|name)|training|programme|"
                        r"title\s+of\s+(?:the\s+)?(?:activity|course|programme|program|training|event)|"
                        r"lehrgang|lehrgangstitel|kurstitel|veranstaltung|"
                        r"program|"
                        r"micro-?credential(?:\s+(?:name|title))?|"
                        r"назва\s+(?:курсу|програми|модуля|дисципліни|тренінгу|заходу|семінару|вебінару|циклу)|"
                        r"курс|kurs|kursens\s+namn|"
                        r"designação\s+da\s+(?:ação|formação)|nome\s+do\s+curso|"
                        # the course's field abroad ("Õppekava nimetus", "Nazwa szkolenia", "Intitulé de la formation")
                        r"(?:õppekava|koolituse|kursuse)\s+nimetus|nazwa\s+(?:szkolenia|kursu)|"
                        r"názov\s+(?:kurzu|programu)|název\s+(?:kurzu|programu)|kurso\s+pavadinimas|"
                        r"(?:kursa|programmas)\s+nosaukums|denumirea\s+(?:cursului|programului)|"
                        r"intitulé\s+(?:de\s+la\s+formation|du\s+cours)|titolo\s+del\s+corso|"
                        r"denominación\s+del\s+curso|kursbezeichnung|naam\s+van\s+de\s+(?:cursus|opleiding)|"
                        r"kurssin\s+nimi|utbildningens\s+namn|a\s+képzés\s+megnevezése|formation|"
                        # a research paper's subject ("Тема роботи" / «Булеві функції …», "Research project")
                        r"тема\s+(?:(?:науково-дослідницької\s+|дослідницької\s+|наукової\s+)?роботи|дослідження|"
                        r"зборів|школи|табору|семінару|тренінгу|практикуму)|research\s+(?:project|topic)|"
                        r"програма)\s*:?\s*$", re.I),
    "awarding_body": re.compile(r"^\s*(?:provider|issuer|issued\s+by|organi[sz]er|training\s+provider|awarding\s+body|"
                                r"організатор|провайдер|видавець)\s*:?\s*$", re.I),
}


# A name's field that asks for the surname first, then the given name after a comma ("Name, Vorname", "Surname, first
# name"), and such a value
_SURNAME_FIRST_LABEL = re.compile(r"^\s*(?:name|nachname|familienname|surname|last\s+name|family\s+name|nom)\s*,\s*"
                                  r"(?:vorname|first\s+names?|given\s+names?|forenames?|prénoms?)\b", re.I)
_A_NAMES_PART = r"[^\W\d_][\w'’-]+(?:\s+[^\W\d_][\w'’-]+)?"
_SURNAME_COMMA_GIVEN = re.compile(rf"({_A_NAMES_PART}),\s*({_A_NAMES_PART})")
# How a provider delivered the course, in a bracket after its name: "(online, live sessions via Zoom)", "(онлайн)"
_HOW_IT_WAS_DELIVERED = re.compile(r"\s*\((?=[^()]*\b(?:online|on-?line|live\s+sessions?|via\s+(?:zoom|teams|meet)|"
                                   r"remote|onsite|on\s+site|in\s+person|blended|онлайн|дистанційн\w*|очн\w*|"
                                   r"змішан\w*)\b(?!-))[^()]{2,80}\)\s*$", re.I)  # (not "онлайн-школа …")
# A line that ends inside a phrase: the text goes on on the next line
_RUNS_ON = re.compile(r"\s(?:and|or|with|of|for|the|in|at|on|to|&|та|і|й|з|у|в|на|для)$", re.I)


def _is_label_alone(line: str) -> bool:
    """A label alone on its line: one of ``_LABEL_ALONE``, or a date's ("Дата видачі"), beside which another label
    may stand in a row of labels."""
    return bool(DATE_LABEL.fullmatch(line.strip())) or any(label.match(line) for label in _LABEL_ALONE.values())


def _labels_split_in_two(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """``lines``, a label of two words set one word a line in a narrow column ("Earned" / "by") on one line."""
    out: list[tuple[int, str]] = []
    at = 0
    while at < len(lines):
        page, line = lines[at]
        second = lines[at + 1][1] if at + 1 < len(lines) else ""
        one_word = " " not in line and " " not in second.strip()
        if (second and len(line) <= 40 and line[:1].isalpha() and len(second) <= 20
                and (one_word or second[:1].islower())):
            # (or a longer label wrapped before its last word: "Прізвище, ім'я, по" / "батькові:", "… по батькові"
            # / "слухача/слухачки")
            both = f"{line} {second.strip()}"
            if (not _is_label_alone(line) or second[:1].islower()) and _is_label_alone(both):
                out.append((page, both))
                at += 2
                continue
        out.append((page, line))
        at += 1
    return out


def _body_below(value: str, following: list[str]) -> str:
    """The awarding body written below its label: its bracket closed on the next lines ("… Faculty of Computer
    Sciences (Dnipro," / "Ukraine)"), without how it delivered the course ("EduFuture Training Ltd (online, live
    sessions via Zoom)")."""
    if value.count("(") > value.count(")"):
        value = _bracket_closed(value, ["", *following])
    return _HOW_IT_WAS_DELIVERED.sub("", value)


def _learner_below(label: str, value: str, next_line: str) -> str:
    """The learner's name written below its label ``label``: without what follows it, a role after it or an
    honorific, in the order a name is written where the field asks for the surname first, with a patronymic that
    wrapped onto ``next_line``."""
    value = _without_honorific(_AFTER_THE_NAME.split(value, maxsplit=1)[0])
    turned = _SURNAME_COMMA_GIVEN.fullmatch(value) if _SURNAME_FIRST_LABEL.match(label) else None
    if turned:  # "Name, Vorname" / "Hnatiuk, Olena": the name as it is written, "Olena Hnatiuk"
        value = f"{turned.group(2)} {turned.group(1)}"
    with_role = _NAME_THEN_ROLE.match(value)  # "ЛИСЕНКО ГАЛИНА МИКОЛАЇВНА, вчителька …, Ліцей № 7"
    value = with_role.group(1) if with_role else value
    return _with_patronymic_below(value, next_line)


def _set_labels_alone(rec: CredentialRecord, lines: list[tuple[int, str]]) -> None:
    """Labels alone on their line, each value on the line below; where several labels stand in a row ("Отримувачка
    сертифіката" | "Дата видачі"), their values follow in the same order."""
    lines = _labels_split_in_two(lines[:81])
    for at, (page, line) in enumerate(lines[:80]):
        # a label in two languages is read by its first ("Employee / Працівник", the value "Kateryna Boiko /
        # Катерина Бойко" by its first too)
        bilingual = " / " in line and len(line) <= 60
        line = line.split(" / ", 1)[0] if bilingual else line
        for element, label in _LABEL_ALONE.items():
            if label.match(line) and at + 1 < len(lines):
                first = at
                while first > 0 and at - first < 3 and _is_label_alone(lines[first - 1][1]):
                    first -= 1
                last = at
                while last + 1 < len(lines) and last - first < 3 and _is_label_alone(lines[last + 1][1]):
                    last += 1
                below = last + 1 + (at - first)
                value = lines[below][1].strip() if below < len(lines) else ""
                value = value[1:].lstrip() if value.startswith(":") else value  # "Name" / ": BONDARCHUK VITALII"
                if bilingual and " / " in value:
                    value = value.split(" / ", 1)[0]
                if element == "learner_name":
                    value = _learner_below(line, value, lines[below + 1][1] if below + 1 < len(lines) else "")
                    if not _names_a_person(value):  # a table's next header cell ("Що вміє учасниця" | "Чим …")
                        continue
                if element == "title":
                    # "Module title" above "ECTS Hours Grade", "Code" / "Course title" / "ECTS Hours …": a table's
                    # header row, not a name
                    if _A_ROW_OF_COLUMN_LABELS.fullmatch(value) or (
                            at > 0 and _A_COLUMN_OF_NUMBERS_OR_CODES.fullmatch(lines[at - 1][1])):
                        continue
                    value = _title_below_label(value, [more for _pg, more in lines[below + 1 : below + 3]])
                elif element == "awarding_body":
                    value = _body_below(value, [more for _pg, more in lines[below + 1 : below + 3]])
                if 3 <= len(value) <= 150 and not value.endswith(":") and not _is_date_line(value):
                    rec.set(element, tidy(value), f"pdf p.{page}")
    if rec.value("learner_name") is None:
        split = _name_in_two_fields(lines[:80])
        if split is not None:
            rec.set("learner_name", split[1], f"pdf p.{split[0]}")


# A row of a table's column labels ("ECTS Hours Grade", "Кредити | Години | Оцінка")
_A_ROW_OF_COLUMN_LABELS = re.compile(r"(?:\s*(?:ECTS|credits?|hours?|grade|mark|score|code|date|semester|result|"
                                     r"level|GLH|days?|weeks?|topics?|sessions?|кредит[иів]*|годин[иа]?|оцінка|код|дата|"
                                     r"семестр|результат|день|дні|тиждень|тижні|тема|теми)\b"
                                     r"(?:\s*\([^()]{1,30}\))?[\s|/,]*){2,}",  # ("Hours ECTS (indicative)")
                                     re.I)


# The label of a table's column of row numbers or codes ("No.", "Code", "№", "Шифр"), beside the others of its row
_A_COLUMN_OF_NUMBERS_OR_CODES = re.compile(r"\s*(?:no\.?|nr\.?|№|#|code|course\s+code|код|шифр|kód|kod)\s*", re.I)
_HEADER_ROW_WORDS = frozenset(("№", "no", "no.", "n°", "nr", "навчальна", "дисципліна", "дисципліни", "назва", "модуль",
                               "модуля", "тема", "теми", "год.", "год", "розділ", "discipline", "module", "course",
                               "subject", "title", "name", "section", "topic", "unit"))


def _a_tables_header(item: str) -> bool:
    """Whether an item read below an outcomes heading is a table's header row ("№ Навчальна дисципліна Год.",
    "Module title ECTS Grade"): labels only."""
    words = item.casefold().replace("|", " ").replace("no", "no ", 1).split() if item.startswith("No") else \
        item.casefold().replace("|", " ").split()
    labels = _HEADER_ROW_WORDS | _COLUMN_LABEL_WORDS
    # labels only, or a table's cells run together from its header on ("№ Навчальна дисципліна Год. Оцінка 1 …")
    return bool(words) and (set(words) <= labels or len(words) > 3 and set(words[:3]) <= labels)


# One capitalised word alone on its line: a name's part set in large type on a line of its own
# (a double surname too: "Панасюк-Задорожному")
_ONE_NAME_WORD = re.compile(r"^\s*([A-ZА-ЯІЇЄҐ][a-zа-яіїєґ'’]+(?:-[A-ZА-ЯІЇЄҐ]?[a-zа-яіїєґ'’]+)*-?|"
                            r"[A-ZА-ЯІЇЄҐ][A-ZА-ЯІЇЄҐ'’-]+)\s*$")


# The kinds of institution by the form their name takes after "в/у" (the locative), with the nominative and gender
_INSTITUTION_HEADS = {"інституті": ("Інститут", "m"), "університеті": ("Університет", "m"), "центрі": ("Центр", "m"),
                      "коледжі": ("Коледж", "m"), "ліцеї": ("Ліцей", "m"), "закладі": ("Заклад", "m"),
                      "академії": ("Академія", "f"), "школі": ("Школа", "f"), "установі": ("Установа", "f"),
                      "товаристві": ("Товариство", "n")}  # fmt: skip
_STUDIED_AT = re.compile(
    r"(?:підвищува\w*\s+(?:свою\s+)?кваліфікацію|навча(?:вся|лася|лись|лися|ється)|(?:пройшов|пройшла)\s+"
    r"(?:навчання|стажування|підвищення\s+кваліфікації))\s+[ву]\s+"
    # (its first word capitalised: the head's own, or an adjective's before it, "у Національній академії …")
    r"((?:(?-i:[А-ЯІЇЄҐ])[\w'’-]*(?:ому|ій)\s+(?:[\w'’-]+(?:ому|ій)\s+)*(?:" + "|".join(_INSTITUTION_HEADS) + r")|"
    r"(?-i:[А-ЯІЇЄҐ])(?:" + "|".join(k[1:] for k in _INSTITUTION_HEADS) + r"))\b"
    r"[^«»\n.;]{0,150}?(?:\n[^«»\n.;]{0,150}?)?),?\s+(?:за\s+(?:програмою|освітньою|професійною|навчальною)|"
    r"в\s+обсязі|обсягом|з\s+\d)",
    re.I,
)  # fmt: skip


def _institution_in_nominative(name: str) -> str:
    """An institution's name read after "в/у" in the nominative: its head noun and the adjectives before it
    ("Національному університеті біоресурсів …" → "Національний університет біоресурсів …"); the words after
    the head, in the genitive, stay as they are."""
    words = name.split()
    head = next((i for i, w in enumerate(words) if w.lower() in _INSTITUTION_HEADS), None)
    if head is None:
        return name
    nominative, gender = _INSTITUTION_HEADS[words[head].lower()]
    if words[head].isupper():
        nominative = nominative.upper()
    elif words[head][:1].islower():  # "Національній академії": the head in lower case after its adjective
        nominative = nominative.lower()
    endings = {"m": ("ому", "ий"), "f": ("ій", "а"), "n": ("ому", "е")}[gender]
    before = [w[: -len(endings[0])] + endings[1] if w.lower().endswith(endings[0]) else w for w in words[:head]]
    return " ".join([*before, nominative, *words[head + 1 :]])


def _inside_quotes(text: str, at: int) -> bool:
    """Whether position ``at`` of its line stands inside quotes opened before it on that line and not closed."""
    line = text[text.rfind("\n", 0, at) + 1 : at]
    return line.count("«") > line.count("»")


# A body's legal form alone on its line, its name in quotes on the next
_LEGAL_FORM_ALONE = re.compile(r"\s*(?:громадська\s+(?:організація|спілка)|благодійн(?:ий|а)\s+(?:фонд|організація)|"
                               r"приватна\s+установа|(?:всеукраїнська\s+)?(?:громадська\s+)?асоціація|ГС|ПУ|"
                               r"товариство\s+з\s+обмеженою\s+відповідальністю|комунальн(?:ий|е)\s+(?:заклад|підприємство)|"
                               r"приватн(?:ий|е)\s+(?:заклад|підприємство)|ГО|ТОВ|ПП|КЗ|БФ)\s*", re.I)
# The next sentence after a name: a dot after a word of three letters or more (not after an initial, "Гнатюк М. І.",
# where :data:`_SENTENCE_END` would cut), then a capitalised word in lower case
_NEXT_SENTENCE = re.compile(r"(?<=[^\W\d_]{3})\.\s+(?=[A-ZА-ЯІЇЄҐ][a-zа-яіїєґ])")


def _with_patronymic_below(name: str, following: str) -> str:
    """A Ukrainian surname and first name with the patronymic wrapped onto the next line ("Кравченко-Оліфіренку
    Віталію" / "Миколайовичу", "Ігорівна," and the sentence going on): all three; ``name`` otherwise."""
    rest = _ONE_NAME_WORD.match(following.rstrip(" ,"))
    words = name.split()
    if rest is not None and len(words) == 2 and (
            _UKRAINIAN_NAME_RE.fullmatch(f"{name.strip()} {rest.group(1)}")
            # in Latin letters, the first name and patronymic first: "Bohdana Volodymyrivna" / "Shevchuk-Hrytsenko"
            or (_LATIN_PATRONYMIC.search(words[1]) and rest.group(1).isascii() and name.isascii())):
        return f"{name.strip()} {rest.group(1)}"
    return name


def _with_surname_above(name: str, above: str) -> str:
    """A first name and patronymic with the surname a narrow box set on the line above it ("Литвиненко" / "Максим
    Сергійович"); any other name as it is."""
    above = above.strip()
    if _NAME_AND_PATRONYMIC.fullmatch(name.strip()) and _ONE_NAME_WORD.match(above) and not _is_label_alone(above):
        return f"{above} {name.strip()}"
    return name


# A first name and a patronymic without the surname, which a narrow box set on the line above
_NAME_AND_PATRONYMIC = re.compile(r"[А-ЯІЇЄҐ][а-яіїєґ'’]+\s+[А-ЯІЇЄҐ][а-яіїєґ'’]+"
                                  r"(?:ович|евич|йович|івна|ївна|овна|івни)")
_LATIN_PATRONYMIC = re.compile(r"(?:ovych|evych|ovich|evich|ivna|yivna|ovna|evna)$")


def _name_on_two_lines(name: str, following: str, after: str = "") -> str:
    """A learner's name whose first name and surname are set on two lines in large type ("Олександр" /
    "Климченко"): both, when the name found is one word and the next line one more in the same letters; or two
    words and one more, the sentence going on in lower case below them ("Ярема Остапович" / "Кривошея" /
    "успішно завершив(ла) курс")."""
    rest = _ONE_NAME_WORD.match(following)
    words = name.split()
    two_below = following.split()
    if (whole := _with_patronymic_below(name, following)) != name:
        return whole
    if (rest is None and len(two_below) == 2 and all(_ONE_NAME_WORD.match(w) for w in two_below)
            and CYRILLIC.search(following) and _ONE_NAME_WORD.match(name) and CYRILLIC.search(name)):
        return f"{name.strip()} {following.strip()}"  # "Гнатишину" / "Андрію Петровичу"
    if rest is None or STOP_LABELS.match(following) or _DOCUMENT_HEADING.match(following):
        return name
    if (len(words) == 2 and all(_ONE_NAME_WORD.match(w) for w in words) and after[:1].islower()
            and CYRILLIC.search(name)):
        first_words = name
    elif (first := _ONE_NAME_WORD.match(name)) is not None:
        first_words = first.group(1)
    else:
        return name
    if bool(CYRILLIC.search(first_words)) != bool(CYRILLIC.search(rest.group(1))):
        return name
    return f"{first_words} {rest.group(1)}"


_THE_LIST_ENDS = re.compile(r"\s(?:and|&|та|і|й|und|et|y|e)\s")
# A line of one or two words in lower case: the end of a wrapped line
_A_WRAPPED_WORD = re.compile(r"\s*[a-zа-яіїєґ][\w'’-]*(?:\s+[\w'’-]+)?\s*")


def _title_below_label(value: str, following: list[str]) -> str:
    """The course's name a line below its label holds (``following``: the next lines), or "" where the line is no
    name."""
    if value[:1].islower() and (len(value.split()) == 1 or value.endswith(",")):
        return ""  # a signature's caption ("Course" / "tutor,"), not a course's name
    if _A_PART.fullmatch(value):
        return ""  # "Programme" / "Day 1" / "Lean thinking …": the programme's parts, not its name
    if re.search(r"\b(?:awarded|presented|granted|issued)\s+to\s*:?$", value, re.I):
        return ""  # "MICRO-CREDENTIAL" / "This micro-credential is awarded to" / the learner
    if _DOCUMENT_HEADING.match(value):
        return ""  # "NATIONALLY RECOGNISED TRAINING" (a logo's words) / "Statement of Attainment": the paper's heading
    if " · " in value and _an_institutions_line(value):
        return ""  # "Micro-credential" / "EDUNEXT European University Alliance · …": the paper's kind and issuer
    unbracketed = value.split("(", 1)[0].split()  # ("Hours (L/" / "C/F)": a column's header and its note)
    if len(value.split()) <= 2 and (STOP_LABELS.match(value) or any(p.match(value) for p in _LABEL_ALONE.values())
                                    or (unbracketed and all(_A_COLUMNS_HEADER.fullmatch(w) for w in unbracketed))):
        return ""  # "Course" / "Dates", "Course" / "Hours": the label's cell empty, the next label below it
    if value.count("(") > value.count(")"):
        # the name's bracket closed on the next line ("… Fundamentals (HCA-CIP-101, cohort" / "2026-1)")
        value = _bracket_closed(value, ["", *following])
    if value.count("«") > value.count("»"):
        # its quotes closed on the next line ("«Ведення бази даних пацієнтів у медичній інформаційній" / "системі»")
        joined = value
        for more in following:
            joined = f"{joined} {more.strip()}"
            if joined.count("»") >= joined.count("«"):
                value = joined
                break
    elif (following and value.endswith(",") and _THE_LIST_ENDS.search(following[0]) and len(following[0]) <= 60
          and not _starts_section(following[0]) and not _is_label_alone(following[0])
          and not any(ch.isdigit() for ch in following[0])):
        # a name that lists its parts, wrapped after a comma ("Organising Information: Cataloguing," /
        # "Classification and Search Strategies")
        value = f"{value} {following[0].strip()}"
    elif (following and _A_WRAPPED_WORD.fullmatch(following[0]) and not value.endswith((".", ":", ";", ")", "»"))
          and not _starts_section(following[0])):
        # its last words wrapped onto the next line ("Складська логістика: адресне зберігання, сортування і пошук" /
        # "вантажів")
        value = _joined(value, following[0].strip())
    quoted = _QUOTED_THEN_DETAILS.match(value)
    if quoted:  # «Кінолог-інструктор …» (360 год / 12 кредитів ЄКТС), група: the name without its details
        value = quoted.group(1)
    if ", " in value and _RUNS_ON.search(value):
        # the name, then its details running on to the next line ("CIS-N 118 Python Programming I: Foundations,
        # section 52W, live online (Zoom), Tuesdays and" / "Thursdays …")
        value = value.split(", ", 1)[0]
    whole = QUOTED.fullmatch(value)
    return whole.group(1) if whole else value  # a name given whole in quotes: without them


# A table's column header beside a "Course" one: its hours, credits or grade
_A_COLUMNS_HEADER = re.compile(r"(?:hours?|h|nominal|contact|годин\w*|год\.?|credits?|кредит\w*|ects|єктс|grades?|"
                               r"оцінк\w*|score|бал\w*|points?|result|результат|completed|status|dates?|завершено|"
                               r"статус|дата|format|формат|code|код)\.?",
                               re.I)
# A part of a programme by its number: "Day 1", "Week 3", "Module 2", "Тиждень 4", "Модуль 1", "Тема 2."
_A_PART = re.compile(r"(?:day|week|module|unit|part|session|lesson|день|тиждень|модуль|тема|заняття|частина|"
                     r"tag|woche|jour|semaine|dzień|tydzień|den|týden)\s*\d{1,2}[.:]?", re.I)
# A name in quotes, then its details in brackets or after a comma ("«…» (360 год / 12 кредитів ЄКТС), група")
_QUOTED_THEN_DETAILS = re.compile(r"^[«“„\"]([^«»“”„\"]{3,150})[»”“\"]\s*[(,]")
# A form's name fields, each label alone above its value: "Family name" / "HORBACH", "Given name(s)" / "IRYNA"
_FAMILY_NAME_LABEL = re.compile(r"^\s*(?:family\s+name|surname|last\s+names?(?:\s*\(s\))?|прізвище|"
                                r"nom(?:\s+de\s+famille)?|nachname|familienname|apellidos?|cognome|nazwisko|efternavn|etternavn|efternamn|"
                                r"sukunimi|achternaam)\s*:?\s*$", re.I)
_GIVEN_NAME_LABEL = re.compile(r"^\s*(?:given\s+names?(?:\s*\(s\))?|first\s+names?(?:\s*\(s\))?|forenames?|"
                               r"ім['’]я(?:\s+та\s+по\s+батькові)?|prénoms?|vornamen?|nombres?|nome|imi[eę](?:\s+i\s+)?|"
                               r"fornavn|förnamn|etunimi|voornamen?)\s*:?\s*$", re.I)


def _name_in_two_fields(lines: list[tuple[int, str]]) -> tuple[int, str] | None:
    """The learner's name from a form's "Family name" and "Given name(s)" fields, each value on the line below its
    label: given name(s) first, as a name is written (the page, the name)."""
    family = given = None
    page = 0
    for at, (pg, line) in enumerate(lines[:-1]):
        is_family = family is None and _FAMILY_NAME_LABEL.match(line) is not None
        if not is_family and (given is not None or _GIVEN_NAME_LABEL.match(line) is None):
            continue  # (the labels first: most lines are neither)
        value = lines[at + 1][1].strip()
        if not value[:1].isupper() or len(value.split()) > 3 or any(ch.isdigit() for ch in value):
            continue
        if is_family:
            family, page = value, page or pg
        else:
            given, page = value, page or pg
    return (page, f"{given} {family}") if family and given else None


def _learner_below_a_row_of_labels(rec: CredentialRecord, page: Any) -> None:
    """A row of labels ("УЧАСНИЦЯ  ПЕРІОД  ОБСЯГ …") with the values in a row below, each in its label's column and
    wrapped there ("Бойко Юліана" / "Андріївна"): the learner is what stands below the learner's label, up to the next
    label's column, in the few lines below it."""
    words = page.get_text("words")
    for w in words:
        if not _LABEL_ALONE["learner_name"].match(str(w[4])):
            continue
        x0, top, bottom = w[0], w[1], w[3]
        row = sorted(v[0] for v in words if abs(v[1] - top) <= 2 and v[0] > w[2] + 4)  # the labels to its right
        if not row:
            return  # a label alone, not a row of them: read from the lines already
        right = row[0]
        height = bottom - top
        below = [v for v in words if bottom - 1 <= v[1] <= bottom + 3 * height and x0 - 2 <= v[0] < right - 2]
        below.sort(key=lambda v: (round(v[1]), v[0]))
        kept: list[Any] = []
        for v in below:  # the value's lines, one below the other, up to the first gap (a paragraph below the row)
            if kept and v[1] - kept[-1][1] > 1.2 * height:
                break
            kept.append(v)
        value = " ".join(str(v[4]) for v in kept)
        if _names_a_person(value):
            rec.set("learner_name", tidy(value), f"pdf p.{page.number + 1} (below its label)")
        return


def _names_a_person(value: str) -> bool:
    """Two to five words, each beginning with a capital letter ("Andrii Melnyk", "КОВАЛЬ Олена", "Melnyk, Veronika")."""
    words = value.replace(",", " ").split()
    return 2 <= len(words) <= 5 and all(w[:1].isupper() for w in words)


# A website's name, where a course's might stand ("… has successfully completed the freeCodeCamp.org")
_WEBSITE = re.compile(r"(?:www\.)?[\w-]+(?:\.[\w-]+)*\.(?:org|com|net|io|edu|ua|info|dev|academy)", re.I)


def _quote_closed(text: str, following: list[str]) -> str | None:
    """``text`` opening a quoted name that it does not close, joined with the lines that follow up to the closing
    quote («Вчимо програмувати зі Scratch: … на уроках» / «інформатики в 5–6 класах НУШ»); None when ``text`` opens no
    such name or the lines given do not close it."""
    closes = _CLOSING_QUOTES.get(text[:1], "")  # (or “…”, „…“: "Course: “Fashion Design: Garment Modelling and" / …)
    if not closes or any(q in text[1:] for q in closes):
        return None
    for more in following:
        at = min((more.index(q) for q in closes if q in more), default=-1)
        if at >= 0:
            return _joined(text, more[: at + 1])
        text = _joined(text, more)
    return None


_CLOSING_QUOTES = {"«": "»", "“": "”", "„": "“”", '"': '"'}


def _wrapped_line(lines: list[tuple[int, str]], at: int, starts: set[int] | None) -> str:
    """The line ``at`` with the lines that continue its paragraph (a course's name set large wraps: "Supervised
    Machine Learning: Regression" / "and Classification"); only where paragraphs are known, at most two more."""
    text = lines[at][1]
    if starts is None:
        return text
    for j in range(at + 1, min(at + 3, len(lines))):
        following = lines[j][1]
        closed = _quote_closed(text, [following])
        if closed is not None:
            return closed
        if ((j in starts and not _GOES_ON.match(following) and not _ENDS_JOINING.search(text))
                or re.search(r"[.!?:;]$", text)
                or _starts_section(following) or _is_date_line(following) or URL_RE.search(following)
                or BULLET.match(following) or _DESCRIBES_THE_COURSE.match(following)
                or _dates_in(following, begin_within=0)):  # ("6 October 2025 – 19 December 2025 · blended …")
            break
        text = _joined(text, following)
    return text


# A line that says what the course is and who offers it, after its name ("a course of study offered by NordvikX, …",
# "an online non-credit course authorized by Kelmarsh University …"): no part of the name
_DESCRIBES_THE_COURSE = re.compile(r"^(?:an?|the)\s+(?:[\w-]+\s+){0,3}(?:course|programme|program|module|training|"
                                   r"class)(?:\s+of\s+study)?\s+(?:offered|provided|delivered|run|taught|authori[sz]ed|"
                                   r"designed|created|developed)\b", re.I)


# A short line that goes on with a joining word is the rest of a centred name, though set as a block of its own
# ("Microsoft Word and PowerPoint: Professional Documents" / "and Presentations")
# (and in the other languages: "dizajnera korisničkog sučelja web-stranica" / "i mobilnih aplikacija (UI dizajn)")
_GOES_ON = re.compile(r"^(?:and|&|of|for|та|і|й|з|із|для|i|und|et|y|og|och|és|și|ir)\s+\S+(?:\s+\S+){0,4}$")
# A line that ends with a joining word goes on, though the next is set as a paragraph of its own
# ("Elektrosicherheit in Niederspannungsanlagen und" / "Prüfung ortsveränderlicher Geräte")
_ENDS_JOINING = re.compile(r"\s(?:and|&|of|for|та|і|й|з|із|для|und|et|y|og|och|és|și|ir|oraz|oder|or|або)$", re.I)


def _joined(line: str, following: str) -> str:
    """Two lines of one wrapped text: a word broken at its hyphen ("Hands-" / "on") is joined without a space."""
    if len(line) >= 2 and line.endswith("-") and line[-2].isalpha():
        return line + following
    return f"{line} {following}"


# ™ ® ℠ ©: NFKC would spell them "TM", "SM"; a broken bar (¦), which a scanner's character recognition reads from a
# table's rule, is the bar that separates fields
_MARKS = str.maketrans({"\u2122": None, "\u00ae": None, "\u2120": None, "\u00a9": None, "\u00a6": "|"})


# Who was on a placement, named at the start of the sentence that says so: "Коваленко Ірина Олегівна проходила
# виробничу практику в …", "Петренко Олег Іванович пройшов стажування …"
_ON_A_PLACEMENT = re.compile(r"^\s*((?-i:[А-ЯІЇЄҐ][\w'’-]+)(?:\s+(?-i:[А-ЯІЇЄҐ][\w'’-]+)){1,2})\s+(?:проходи|пройш)\w*"
                             r"(?:\s*\(-?ла\))?\s+(?:(?:виробнич|навчальн|переддипломн|ознайомч|технологічн)\w+\s+)?"
                             r"(?:\([^()]{1,20}\)\s+)?"
                             r"(?:практику|стажування)\b", re.I)


def _learner_on_a_placement(rec: CredentialRecord, lines: list[tuple[int, str]]) -> None:
    """The learner of a placement's letter (a характеристика), named where the letter says who was on it."""
    for page, line in lines[:60]:
        found = _ON_A_PLACEMENT.match(line)
        if found and _a_persons_name(found.group(1)):
            rec.set("learner_name", found.group(1), f"pdf p.{page}")
            return


# A level of achievement read from the column beside an outcome, after its full stop ("… бібліотекою pandas. високий")
_A_LEVEL_BESIDE = re.compile(r"(?<=[.;])\s+(?:високий|достатній|середній|початковий|базовий|низький|high|sufficient|"
                             r"intermediate|basic|advanced|excellent|good|satisfactory)\s*$", re.I)


def _without_a_mark_on_each(rec: CredentialRecord, mark: re.Pattern[str]) -> None:
    """The outcomes without what ``mark`` finds on them, where two or more have it (the list's own mark, not an
    outcome's words): a part's label before each ("Тема 5. …", "Module 3: …", as a list's "1."), or a level of
    achievement a table's next column ran into each ("… бібліотекою pandas. високий")."""
    element = rec.elements.get("learning_outcomes")
    items = element.value if element is not None else None
    if not isinstance(items, list) or sum(1 for v in items if isinstance(v, str) and mark.search(v)) < 2:
        return
    cleaned = [mark.sub("", v, count=1) if isinstance(v, str) else v for v in items]
    rec.set("learning_outcomes", [v for v in cleaned if v], element.source, overwrite=True)  # type: ignore[union-attr]


def _without_blanks_left(rec: CredentialRecord) -> None:
    """The values read from the words' places (tables, grids), which the lines' reading of a filled-in form did not
    pass through, without the blanks' underscores ("___ reading probability-of-precipitation forecasts … ___")."""
    for name, element in list(rec.elements.items()):
        value = element.value
        if isinstance(value, str) and has_blank(value):
            rec.set(name, without_blanks(value) or value, element.source, overwrite=True)
        elif isinstance(value, list) and any(isinstance(v, str) and has_blank(v) for v in value):
            cleaned = [without_blanks(v) if isinstance(v, str) else v for v in value]
            rec.set(name, [v for v in cleaned if v], element.source, overwrite=True)


# The words a form prints before the learner's blank, besides a certifying phrase: "Видано ____", "Awarded to ____"
_ISSUED_TO = re.compile(r"^(?:видан[оеий]|(?:awarded|issued|presented)\s+to)\s+(?=\S)", re.I)


def _form_filled_in(text: str) -> str:
    """A block's lines as a printed form filled in reads them (:mod:`.pdf_forms`); most blocks have no blank or box."""
    if not may_be_filled_in(text):
        return text
    return "\n".join(filled_in(line) for line in text.split("\n"))




def _without_marks(text: str) -> str:
    return text.translate(_MARKS)


# Providers whose name also begins courses named after them ("Google Data Analytics Professional Certificate")
_BRAND = re.compile(r"\b(?:coursera|edx|futurelearn|prometheus|udemy|linkedin\s+learning|google|microsoft|cisco|ibm)\b",
                    re.I)


# A school held for a season ("International Summer School Applied Cryptography …", "Зимова школа з математики"): a
# course, though "school" names institutions elsewhere
_A_SCHOOL_HELD = re.compile(r"\b(?:summer|winter|spring|autumn)\s+(?:school|academy)\b|\b(?:літн|зимов|осінн|весінн)\w*"
                            r"\s+(?:школ|академі)\w*", re.I)


def _an_institutions_line(text: str) -> bool:
    """Whether a line names an institution (the issuer's line), not a course named after a provider's brand: a brand
    with at least two more words and no word of an institution ("university", "academy") is a course's name."""
    if not INSTITUTION.search(text) or _A_SCHOOL_HELD.search(text):
        return False
    rest = _BRAND.sub(" ", text)
    return rest == text or len(rest.split()) < 2 or bool(INSTITUTION.search(rest))


# The words of a table's header cells (hours, credits, form of assessment, grade)
_COLUMN_LABEL_WORDS = frozenset((
    "годин", "год", "кредити", "кредитів", "єктс", "ects", "форма", "контролю", "оцінка", "оцінки", "бали", "балів",
    "hours", "credits", "grade", "mark", "form", "of", "assessment", "result", "результат", "godz.", "ocena", "punkty",
    "stunden", "note",
    # the column beside an outcome that says how it was assessed ("Assessed by", "Як оцінено", "Evidence")
    "assessed", "by", "how", "evidence", "method", "як", "оцінено", "спосіб", "оцінювання", "підтвердження",
))


# A role whose first word is a course's label: "Course Tutor", "Programme Lead", "Training Manager"
_A_ROLE_AFTER_A_LABEL = re.compile(r"(?:tutor|director|leader|lead|coordinator|manager|instructor|trainer|assessor|"
                                   r"administrator|convenor|organi[sz]er|керівни\w*|координатор\w*|викладач\w*|"
                                   r"тренер\w*)[,.]?", re.I)


def _title_in_a_table_of_labels(rec: CredentialRecord, page: Any) -> None:
    """The course named in a table of labels and values whose cells the text layer runs together ("Programme
    Full-Stack Web Developer Program" beside "Learner Danylo Boiko", "Period 9 September 2024 – …"): the value after
    a course's label, where at least two rows' values begin at the same place (the table's value column)."""
    # The words by the line they stand on (a table's cells are blocks of their own, their baselines a point apart)
    rows: list[list[tuple[float, str]]] = []
    row_bottom = -1e9
    for w in sorted(page.get_text("words"), key=lambda w: w[3]):
        if w[3] - row_bottom > 3:
            rows.append([])
            row_bottom = w[3]
        rows[-1].append((w[0], str(w[4])))
    starts: list[float] = []
    titled: list[tuple[float, str]] = []
    ordered = [sorted(row) for row in rows]
    for n, words in enumerate(ordered):
        for k in (1, 2, 3):  # the label: its first one to three words
            label = " ".join(text for _x, text in words[:k])
            element = next((name for name, pattern in _LABEL_ALONE.items() if pattern.fullmatch(label)), None)
            if element is not None and len(words) > k:
                starts.append(words[k][0])
                if element == "title" and _A_ROLE_AFTER_A_LABEL.fullmatch(words[k][1]):
                    break  # a signatory's role, its label's word the first of it ("Course Tutor", "Programme Lead")
                if element == "title":
                    value = " ".join(text for _x, text in words[k:])
                    # A value wrapped in its cell goes on in the rows below that begin where it began (no label
                    # before them): "Formation  Food Defense : … contre les menaces intentionnelles et" / "la fraude"
                    for below in ordered[n + 1 : n + 3]:
                        if abs(below[0][0] - words[k][0]) > 2:
                            break
                        value = _joined(value, " ".join(text for _x, text in below))
                    titled.append((words[k][0], value))
                break
    for x, value in titled:
        in_column = sum(1 for other in starts if abs(other - x) <= 2) >= 2
        # (not a label that goes on in lower case, "Course code" / "Course title" …, nor dates beside a label
        # wrapped onto the next line, "Course" / "dates")
        if (in_column and len(value) >= 4 and not value[:1].islower() and not _dates_in(value)
                and not all(_A_COLUMNS_HEADER.fullmatch(w) for w in value.split())):
            rec.set("title", tidy(unicodedata.normalize("NFKC", value)), f"pdf p.{page.number + 1} (beside its label)")
            return


_SIGNATORY = re.compile(r"[A-ZА-ЯІЇЄҐ][a-zа-яіїєґ'’-]+\s+[A-ZА-ЯІЇЄҐ][A-ZА-ЯІЇЄҐ'’-]+|"
                        r"(?:[A-ZА-ЯІЇЄҐ]\.\s*){1,2}[A-ZА-ЯІЇЄҐ][a-zа-яіїєґ'’-]+(?:-[A-ZА-ЯІЇЄҐ][a-zа-яіїєґ'’-]+)?")
_NOT_A_NAME_BY_SIZE = re.compile(r"^\s*(?:науков(?:ий|а)\s+керівни(?:к|ця)|керівни(?:к|ця)\s+(?:стажування|практики|"
                              r"роботи|проєкту|проекту)|(?:research|academic|project)\s+supervisor|supervisor|"
                              r"mentor|ментор(?:ка)?|наставни(?:к|ця))\b|"
                              # a signatory's office _ROLE_AT does not name
                              r"^\s*(?:вчен(?:ий|а)\s+секретар|секретар|проректор|ректор|декан|завідувач(?:ка)?)\b|"
                              # (nor what the paper is given for: "Довідка видана для пред'явлення за місцем навчання")
                              r"^\s*(?:ця\s+)?(?:довідка|сертифікат|свідоцтво|certificate|letter)\s+(?:видан\w*|is\s+issued)\s+"
                              r"(?:для|for)\b", re.I)


# A MOOC platform's line below the course's name, the learner's above it ("Jared Best" / "Data Analysis with
# Python" / "an online non-credit course authorized by IBM and offered through Coursera"); the text layer gives the
# sentence's verb ("has successfully completed") only after them
_PLATFORM_COURSE_LINE = re.compile(
    r"^an?\s+online\s+non-credit\s+(?:course|specialization|professional\s+certificate|project|program(?:me)?)\s+"
    r"(?:authorized|offered|developed)\s+by\s+\S.*$", re.I)


# The site of the software that made the PDF, in its footer ("Powered by TCPDF (www.tcpdf.org)"): no place to check
# the certificate
_PRODUCERS_SITE = re.compile(r"(?:^|[/.])(?:tcpdf\.org|fpdf\.org|mpdf\.github\.io|reportlab\.com|itextpdf\.com|"
                             r"wkhtmltopdf\.org|dompdf\.github\.io)\b", re.I)


# "… через платформу масових відкритих онлайн-курсів Prometheus.": the platform, named last on its line
# Learning management and meeting systems a course used (to hand in work, to meet), which issue no certificate:
# "72 години самостійної роботи з перевіркою на платформі Moodle"
_LEARNING_SYSTEMS = frozenset(("moodle", "canvas", "blackboard", "classroom", "teams", "zoom", "classtime", "edmodo",
                               "github", "gitlab", "discord", "slack", "webex"))
# A word that is a web address or a site's name: "learn.datacraft-academy.example", "https://…/verify"
_WEB_ADDRESS_WORD = re.compile(r"(?:https?://)?[\w-]+(?:\.[\w-]+)+(?:/\S*)?")


def _inside_a_web_address(line: str, at: int) -> bool:
    """Whether the character at ``at`` of ``line`` is inside a word that is a web address."""
    start = line.rfind(" ", 0, at) + 1
    end = line.find(" ", at)
    return bool(_WEB_ADDRESS_WORD.fullmatch(line[start : end if end >= 0 else len(line)]))


_VIA_PLATFORM = re.compile(r"(?:через|на)\s+платформ[іиу]\s+(?:[а-яіїєґ'’-]+\s+){0,5}?"
                           r"(?P<name>[A-ZА-ЯІЇЄҐ][\w.-]*[\w])\s*\.?\s*$", re.M)


def _platform_course_line(rec: CredentialRecord, lines: list[tuple[int, str]]) -> None:
    """The course and the learner above a MOOC platform's line that describes the course."""
    for i, (pg, ln) in enumerate(lines[:100]):  # (a banner's letters may stand one a line before it)
        m = _PLATFORM_COURSE_LINE.match(ln.strip())
        if m is None or i < 1:
            continue
        title, at = tidy(lines[i - 1][1]), i - 1
        if at >= 1 and (lines[at - 1][1].rstrip().endswith(":") or _ENDS_JOINING.search(lines[at - 1][1].rstrip())):
            # a name wrapped after its colon ("Discrete Mathematics for Computer Science:" / "Sets, Logic and Graphs")
            title, at = tidy(f"{lines[at - 1][1]} {title}"), at - 1
        if title and not _DOCUMENT_HEADING.match(title) and not _is_date_line(title):
            rec.set("title", title, f"pdf p.{pg}")
            person = tidy(lines[at - 1][1]) if at >= 1 else ""
            if person and PERSON_NAME.fullmatch(person) and not _is_date_line(person):
                rec.set("learner_name", person, f"pdf p.{pg}")
        return  # (the organisation it names is read by OFFERED_BY)


def _title_by_size(rec: CredentialRecord, page: Any) -> None:
    """A course named by no sentence or label ("CERTIFICATE OF COMPLETION" / "Docker for Developers" / "Instructors
    …"): the line of the first page set in the largest type above the body text's, unless it is the document's own
    heading, the learner's name, a date, a label or a link."""
    runs: list[tuple[str, float]] = []
    for block in page.get_text("dict")["blocks"]:
        # The lines of one paragraph set in one size are one text: a long name wraps ("… Go from Zero" / "to Hero").
        run: list[str] = []
        run_size = 0.0
        for line in [*block.get("lines", ()), None]:
            spans = [s for s in line["spans"] if s["text"].strip()] if line is not None else []
            size = round(max(s["size"] for s in spans), 1) if spans else 0.0
            if run and (not spans or size != run_size):
                text = tidy(unicodedata.normalize("NFKC", _without_marks(reduce(_joined, run))))
                if runs and runs[-1][1] == run_size and (_ENDS_JOINING.search(runs[-1][0]) or text[:1].islower()):
                    # ... and a name wrapped into a block of its own ("… Transforming Data with" / "pandas, …")
                    runs[-1] = (_joined(runs[-1][0], text), run_size)
                else:
                    runs.append((text, run_size))
                run = []
            if spans:
                run.append("".join(s["text"] for s in spans))
                run_size = size
    sizes: dict[str, float] = {}
    for text, size in runs:
        sizes.setdefault(text, size)
    if not sizes:
        return
    body = min(sizes.values())  # a course's name stands out from the smallest text, or is not told apart at all
    ordered = list(sizes)  # neither line of a heading over two is a name ("Certificat" / "de réussite")
    heading_pairs = [(above, text) for above, text in itertools.pairwise(ordered)
                     if _DOCUMENT_HEADING.match(f"{above} {text}")]
    heading_ends = {text for pair in heading_pairs for text in pair}  # "TEILNAHME" / "BESCHEINIGUNG" as well
    learner = (rec.value("learner_name") or "").casefold()
    issuer = rec.value("awarding_body")
    candidates = [
        (size, text) for text, size in sizes.items()
        if size > body and len(text) >= 4 and not _DOCUMENT_HEADING.match(text) and not _is_date_line(text)
        and text not in heading_ends
        and not text.endswith(":")  # a label ("Home institution:")
        and not _starts_section(text) and not URL_RE.search(text) and not CONGRATULATION.match(text)
        # (the learner's name, also where the text layer runs its words together or splits one: "BARSEGHY AN")
        and (not learner or learner.replace(" ", "") not in text.casefold().replace(" ", ""))
        and text != issuer and not _an_institutions_line(text)
        and not (issuer and len(text.split()) == 1 and text.casefold() in issuer.casefold().split())  # "NORTHGATE"
        and len(text.split()) <= 20 and not re.search(r"[.!?]\s+[A-ZА-ЯІЇЄҐ]", text)  # no name is two sentences
        and "__" not in text  # a signature's line
        and re.search(r"[^\W\d_]{3}", text) is not None  # a name has a word ("2 / 4": a badge's place in its stack)
        and not re.match(r"(?:назва|найменування|name|title|nazwa|název)\s", text, re.I)  # a column's label
        # a heading of the results below it ("Résultats par compétence (seuil de validation : 70 %)")
        and not re.match(r"(?:résultats|results?|результати|ergebnisse|resultados|risultati)\b", text, re.I)
        and not re.match(r"(?:n°|no\.?|№|nr\.?)\s*\S*\d", text, re.I)  # the paper's number
        and not set(text.casefold().split()) <= _COLUMN_LABEL_WORDS  # a table's header ("Годин Форма контролю")
        and not _ROLE_AT.match(text)  # a signatory's office ("Заступник директора з наукової роботи …")
        and not _SIGNATORY.fullmatch(text)  # … and name as signed ("Віталій КОРНІЄНКО", "С. О. Яковенко")
        and not _NOT_A_NAME_BY_SIZE.match(text)  # who supervised ("Науковий керівник стажування — … Демченко І. В.")
        and not _A_GRADE_WORD.fullmatch(text.strip(" .!"))  # a result in large type ("PASS", "ЗАРАХОВАНО")
    ]  # fmt: skip
    if candidates:
        size, text = max(candidates, key=lambda c: c[0])  # the first of the largest
        if rec.value("learner_name") is None and _a_persons_name(text):
            # The learner's name set largest where no sentence or label names the learner (a template whose text
            # layer holds only the name, the date and the number; or the name above or below the course's in
            # larger type): the learner, not the course.
            rec.set("learner_name", " ".join(text.split()), "pdf p.1 (the name in the largest type)")
            courses = [(s, t) for s, t in candidates if not _a_persons_name(t) and t[:1].isupper()]
            if not courses:
                return
            size, text = max(courses, key=lambda c: c[0])
        whole = QUOTED.fullmatch(text)  # a name in quotes, without them ("«Дискретна математика для …»")
        text = whole.group(1) if whole else text
        rec.set("title", _TRAILING_HOURS.sub("", text) or text, "pdf p.1")


# The course's length after its name, which the workload says ("Meetings and Negotiations - Level B1 - 36h")
_TRAILING_HOURS = re.compile(
    r"\s*(?:[-–—,]\s*|\()\d+(?:[.,]\d+)?\s*(?:h|hrs?|hours?|год\.?|годин|godz\.?|Std\.?|Stunden|UE|"
    r"Unterrichtseinheiten)\)?\s*$", re.I)


# Words of courses' names, which no person's name has ("Data Science Master Class", "Kubernetes Essentials",
# "ОСНОВИ ПРОГРАМУВАННЯ"): a title in capitalised words is otherwise shaped as a name is.
_COURSE_WORDS = frozenset("""
    academy advanced agile ai analysis analyst analytics applied architecture automation awareness basics beginner
    beginners bootcamp business career certificate certification class cloud coding communication computer course
    cyber data database databases design developer development devops digital docker engineer engineering english
    essentials excel finance foundation foundations framework fundamentals google graphic guide intermediate
    introduction java javascript kubernetes lab leadership learning level linux machine management manager marketing
    master masterclass methods mobile module network networking office online practice practitioner principles
    professional programme program programming project python research safety school science security seminar skills
    software specialist sql statistics studies systems technologies technology testing theory tools training web
    workshop
    аналіз аналітика безпека бізнес веб даних дизайн знань курс курсу майстерня менеджмент мова навчання основи
    практикум програма програмування проєкт проект розробка семінар тестування технології тренінг управління школа
    kurs szkolenie podstawy programowanie warsztaty grundlagen seminar schulung einführung formation cours
    academic achievement attendance attestation award badge completion diploma participation record statement
    transcript zertifikat bescheinigung certyfikat zaświadczenie attestato certificat диплом довідка свідоцтво
    сертифікат
""".split())  # noqa: SIM905


def _a_persons_name(text: str) -> bool:
    """Two to four words of letters, each beginning with a capital letter or in capitals, none of them a word of
    courses' names ("Anna Korotun", "NATALIA   JONA", "КОРОТУН Ганна Василівна")."""
    words = text.split()
    if not 2 <= len(words) <= 4 or sum(len(w) >= 3 for w in words) < 2:
        return False
    for word in words:
        letters = word.replace("-", "").replace("'", "").replace("’", "")
        if not letters.isalpha() or not word[:1].isupper() or word.casefold() in _COURSE_WORDS:
            return False
        if not (word.isupper() or word[1:].replace("-", "").replace("'", "").replace("’", "").islower()):
            return False  # "PostgreSQL", "DevOps": a name is in capitals or capitalised
    return True


def _in_an_outcome(full: str, m: re.Match[str]) -> bool:
    """Whether the word ``m`` found in ``full`` is part of a sentence that says what the learner can do or learned
    to do ("… the participant learned to break" / "a project into a product backlog …"), whose outcomes are read
    later."""
    window = max(0, m.start() - 600)
    start = max(window - 1, *(full.rfind(mark, window, m.start()) for mark in ".!?:")) + 1
    ends = [at for at in (full.find(mark, m.end(), m.end() + 600) for mark in ".!?") if at != -1]
    sentence = " ".join(full[start : min(ends) if ends else m.end() + 600].split())
    return bool(NOW_ABLE_TO.search(sentence) or ABLE_TO_RE.match(sentence))


_LEAD_IN_COLON = re.compile(r"^[^:;\n]{3,60}:\s+(?=\S)")  # "The learner can: …", "Здобувач здатен: …"
_ITEM_BREAK = re.compile(r"\s*(?:[•▪●◦►■✓✔]|(?<=\s)[-–—·])\s+|\s*;\s*")


def _set_labelled(rec: CredentialRecord, labelled: dict[str, tuple[str, int]], lines: list[tuple[int, str]],
                  idx: _Lines) -> None:
    """Set the elements a certificate gives under Annex I's labels (:mod:`.annex`), each read with the parser of its
    kind."""
    for name, (value, at) in labelled.items():
        source = f"pdf p.{lines[bisect.bisect_right(idx.starts, at) - 1][0]}"
        for element, read, quoted in _LABELLED_READERS.get(name, _as_written)(name, value):
            rec.set(element, read, f"{source} ('{quoted}')" if quoted else source)


Readings = list[tuple[str, Any, str]]  # element, value, the text it was read from ("" when the value is that text)


def _as_written(name: str, value: str) -> Readings:
    """Assessment, quality assurance, prerequisites, supervision, stackability: the text as written."""
    return [(name, tidy(value)[:200], "")]


def _a_name(name: str, value: str) -> Readings:
    quoted = QUOTED.fullmatch(tidy(value))  # a name given whole in quotes: without them
    return [(name, quoted.group(1) if quoted else tidy(value), "")]


def _a_grade(name: str, value: str) -> Readings:
    """A labelled grade; of a grade told in parts, the total ("тест 41 бал із 50, проєкт 30 із 50, усього 71 бал")."""
    total = _total_after_parts(value)
    return [(name, total, "")] if total is not None else _a_name(name, value)


def _a_learner(name: str, value: str) -> Readings:
    # "Oksana Petrenko, date of birth 12.04.2001", "… · date of birth …", "… Date of birth: …", "… born …"
    return [(name, _without_honorific(tidy(_AFTER_A_LEARNERS_NAME.split(value, maxsplit=1)[0])), "")]


# A form of address before a name ("Madame Oleksandra HNATIUK", "Frau Dr. Anna Weber", "пані Олена Коваль")
_HONORIFIC = re.compile(
    r"^(?:(?:madame|monsieur|mademoiselle|mme|mlle|m\.|mrs?\.?|ms\.?|miss|frau|herr|pani|pan|señora?|sra\.|sr\.|"
    r"signora|signor|sig\.(?:ra)?|doamna|domnul|dna\.|dl\.|de\s+heer|mevrouw|dhr\.|mevr\.|пан|пані|dr\.|prof\.|"
    # (or who the person was on the course: "Слухачка Яковенко Дарина Сергіївна опанувала …")
    r"слухач(?:ка)?|учасни(?:к|ця)|студент(?:ка)?|здобувач(?:ка)?)\s+)+"
    r"(?=[^\W\d_]+\s+[^\W\d_])",
    re.I,
)


def _without_honorific(name: str) -> str:
    """A name without its form of address before it, nor its letters after it ("Andrii Horbatiuk, P.E.")."""
    return _POST_NOMINAL.sub("", _HONORIFIC.sub("", name))


# (a nurse's, a midwife's, a pharmacist's registration too: "Nataliia Kovalenko, RGN")
_POST_NOMINAL = re.compile(r",?\s+(?:P\.\s?E\.|Ph\.\s?D\.?|PhD|MBA|CPA|M\.\s?Sc\.?|MSc|B\.\s?Sc\.?|BSc|"
                           r"Jr\.|Sr\.|CISSP|PMP|RGN|RPN|RN|RM|CPhT|PharmD|ACCA|FCCA|CFA|CEng|MEng)"
                           r"(?:,?\s+(?:P\.\s?E\.|PhD|MBA|CPA|MSc|BSc|CISSP|PMP|RGN|RPN|RN|RM|CPhT|PharmD))*\s*$")


def _a_country(name: str, value: str) -> Readings:
    mc = COUNTRY_RE.search(value)
    return [(name, COUNTRIES[mc.group(1)] if mc else tidy(value), "")]


def _a_date(name: str, value: str) -> Readings:
    dates = _dates_in(value)
    return [(name, max(dates).isoformat(), "")] if dates else []


_AFTER_A_LEARNERS_NAME = re.compile(r",|\s+·\s+|\s+(?=(?:date\s+of\s+birth|born|learner\s+(?:id|number)|identity|"
                                    r"дата\s+народження|народ)\b)", re.I)


def _outcome_items(name: str, value: str) -> Readings:
    value = _LEAD_IN_COLON.sub("", value, count=1)
    head, bullet, rest = value.partition("•")
    if bullet and len(head) <= 150 and (head.rstrip().endswith((":", ",")) or HEADING_RE.match(head.strip())):
        value = bullet + rest  # who the list is about ("Nach erfolgreichem Abschluss sind die Teilnehmenden in der
        # Lage," / "• Daten … einzulesen"), not an outcome
    coded = _CODE_IN_TEXT.split(value)
    numbered = _numbered_parts(value)
    # "РН1. … РН2. …", "1. …; 2. …", "• … • …": each code, number or bullet opens an item (a dash inside one is no
    # break)
    bulleted = re.split(r"\s*[•▪●◦►■]\s+", value) if len(re.findall(r"[•▪●◦►■]\s", value)) >= 2 else None
    parts = coded[1:] if len(coded) > 2 else numbered or bulleted or _ITEM_BREAK.split(value)
    items = [tidy(part) for part in parts]
    return [(name, [item for item in items if len(item) > 2][:60], "")]


# (or a section's sub-number: "3.1 load data …; 3.2 transform …", the section's own number before the dot)
_ITEM_NUMBER = re.compile(r"(?:^|(?<=\s))(?:(\d{1,2})[.)]|\d{1,2}\.(\d{1,2})\.?)\s+")


def _numbered_parts(value: str) -> list[str] | None:
    """The items of a text numbered 1., 2., 3. … in order (at least two), without their numbers; None otherwise."""
    starts: list[tuple[int, int]] = []
    for m in _ITEM_NUMBER.finditer(value):
        if int(m.group(1) or m.group(2)) == len(starts) + 1:
            starts.append((m.start(), m.end()))
    if len(starts) < 2:
        return None
    ends = [start for start, _end in starts[1:]] + [len(value)]
    return [value[begin:end].strip().rstrip(";") for (_start, begin), end in zip(starts, ends, strict=True)]


# An outcome's code inside a run of text: "РН1.", "LO 2:", "ПРН3)" after a space or at the start
_CODE_IN_TEXT = re.compile(r"(?:^|(?<=\s))(?-i:[A-ZА-ЯІЇЄҐ]{1,4})\s?\d{1,2}[.:)]\s+")


def _a_workload(_name: str, value: str) -> Readings:
    hours, credits = find_hours(value), find_ects(value)
    return ([("workload_hours", hours[0], hours[1])] if hours else []) + (
        [("workload_ects", credits[0], credits[1])] if credits else [])


def _a_level(name: str, value: str) -> Readings:
    bare = re.match(r"^\s*(\d)\b", value)
    level = find_eqf(value) or ((int(bare.group(1)), bare.group(0).strip()) if bare else None)
    return [(name, level[0], level[1])] if level else []


def _a_form(name: str, value: str) -> Readings:
    # (read as what its label names: the kind said first is the form, "очна … з дистанційним модулем" onsite)
    form = find_participation(f"form: {value}")
    return [(name, form[0], form[1])] if form else []


def _a_link(name: str, value: str) -> Readings:
    urls = URL_RE.findall(value)
    return [(name, (urls[0] if urls else tidy(value)).rstrip(".,;"), "")]


_LABELLED_READERS = {
    "learner_name": _a_learner, "title": _a_name, "awarding_body": _a_name, "grade": _a_grade,
    "issuer_country": _a_country, "issued_on": _a_date, "learning_outcomes": _outcome_items,
    "workload": _a_workload, "eqf_level": _a_level, "participation_form": _a_form, "further_information": _a_link,
    "period": lambda _name, _value: [],  # (a label that ends the value before it; the dates are read elsewhere)
}  # fmt: skip


_LENGTH_IN_BRACKETS = re.compile(r"\s*\([^()]*\d[^()]*(?:weeks?|hours?|days?|months?|годин\w*|тижн\w*|днів|"
                                 r"місяц\w*|ECTS|ЄКТС)[^()]*\)|"
                                 # the course's number in brackets: "(Kurs-Nr. 26H-4412)", "(Course No. CS-101)"
                                 r"\s*\((?:kurs-?nr\.?|kursnummer|course\s+(?:no\.?|number|code)|код\s+курсу|"
                                 r"№\s*курсу)\s*:?\s*[^()]{1,30}\)|"
                                 # or its code alone after the word: "(course FC-ST-02)", "(курс ПМ-204)"
                                 r"\s*\((?:course|курс)\s+(?-i:[A-ZА-ЯІЇЄҐ0-9][\w./-]*\d[\w./-]*)\)", re.I)
# Where the course was taken, on the line after a completion verb ("у Вінницькому національному … університеті")
_PLACE_OF_STUDY = re.compile(r"^(?:у|в|at)\s+\S", re.I)
# The body an awarding sentence names: "(is) awarded / issued / granted (to …) (on …) by <Capitalised Words>", up to a
# word in lower case, a comma or the sentence's end
_AWARDED_BY = re.compile(r"\b(?i:awarded|issued|granted|presented)\b[^.\n]{0,120}?\bby\s+(?:the\s+)?"
                         r"([A-Z][\w&'’-]*(?:\s+(?:(?:of|and|for|&)\s+)?[A-Z][\w&'’-]*)*)")
# What may stand between an issue date and the body that issued it: "… 2025 р., Київська школа даних", "… by …"
_AFTER_AN_ISSUE_DATE = re.compile(r"^\s*(?:р\.|року)?\s*(?:,|\bby\b|\bвід\b|–|—|-|\|)?\s*", re.I)


def _after_an_issue_date(line: str) -> str | None:
    """What follows an issue date that opens ``line`` ("Issued 5 March 2025 by …", "Видано 05.03.2025 р., …"); None
    when the line opens with no labelled date, or nothing follows it."""
    label = DATE_LABEL.match(line)
    if not label or not label.group(0).strip():
        return None
    for pattern, _kind in DATE_PATTERNS:
        date = pattern.match(line, label.end())
        if date:
            rest = _AFTER_AN_ISSUE_DATE.sub("", line[date.end() :], count=1)
            return rest or None
    return None


_ON_DATE = re.compile(r"\s+(?:on|від)\s+(.{6,30})$", re.I)
_AT_PLACE = re.compile(r"\s+(?:at|у|в)\s+(\S.{2,80})$", re.I)
# What a course is taken at ("… at Example Design Academy"), unlike a product it is about ("… in Microsoft Excel")
_SCHOOL = re.compile(r"\b(?:university|universität|academy|school|institute|college|centre|center|hochschule|"
                     r"університет\w*|академі\w*|школ\w*|інститут\w*|коледж\w*|центр\w*)\b", re.I)


# The workload a completion sentence gives after the course's name ("… pierwszej pomocy przedmedycznej w wymiarze 16
# godzin", "… Cloud Basics in the amount of 20 hours", "… обсягом 30 годин"): not part of the name.
_WORKLOAD_AFTER_NAME = re.compile(
    r",?\s+(?:w\s+wymiarze|w\s+ilości|o\s+łącznym\s+wymiarze|in\s+the\s+amount\s+of|totall?ing|"
    r"(?:у|в)\s+обсязі|обсягом|в\s+объ[её]ме|объ[её]мом|im\s+Umfang\s+von|con\s+una\s+duración\s+de|"
    r"d['’]une\s+durée\s+de|v\s+rozsahu|v\s+délce|v\s+dĺžke)\s+\d.*$|"
    # the hours alone after a comma: "English for Hotel Front Desk (levels A2–B1), 24 hours, held on Nov 6–14"
    # (of a kind: "…, 24 contact hours", "…, 30 guided learning hours", "…, 36 академічних годин")
    r",\s+\d+(?:[.,]\d+)?\s*(?:(?:contact|guided|learning|instructional|академічн\w*|аудиторн\w*)\s+){0,2}"
    r"(?:hours?|hrs?|h|годин\w*|год\.?|Stunden|godzin\w*)(?![^\W\d_]).*$|"
    # ... or its credits: "Programmering i Python, grundkurs, 7,5 högskolepoäng" (and its translation after it)
    r",\s+\d+(?:[.,]\d+)?\s*(?:högskolepoäng|hp|studiepoäng|studiepoeng|opintopistettä|op|ECTS(?:-point)?|"
    r"credits?|кредит\w*)(?![^\W\d_]).*$",
    re.I,
)  # fmt: skip


def _subtitle_below(lines: list[tuple[int, str]], i: int, name: str) -> str:
    """A course's name that ends with a colon at its line's end, with its subtitle from the line below ("Public
    Speaking Bootcamp:" / "говори впевнено"): a few words, no label or sentence of their own."""
    if not name.endswith(":") or i + 1 >= len(lines) or lines[i][1].strip() != name.strip():
        return name
    below = lines[i + 1][1].strip()
    if 0 < len(below.split()) <= 6 and ":" not in below and not below.endswith(".") and not re.search(r"\d", below):
        return f"{name} {below}"
    return name


def _course_and_place(title: str) -> tuple[str, str | None]:
    """A course's name as a completion sentence gives it, without its length in brackets and the institution after
    it: "UX Research Bootcamp (10 weeks, 300 hours) at Example Design Academy." → the name, and the academy."""
    title = _WORKLOAD_AFTER_NAME.sub("", _LENGTH_IN_BRACKETS.sub("", title)).strip()
    when = _ON_DATE.search(title)
    if when and _dates_in(when.group(1)):  # "… Time Series Forecasting on 2 September 2025."
        title = title[: when.start()].strip()
    at = _AT_PLACE.search(title)
    # (not a school the name itself speaks of, its subtitle after it: "… eduScrum у Новій українській школі:
    # планування, ризики …")
    if at and _SCHOOL.search(at.group(1)) and ": " not in at.group(1):
        return title[: at.start()].strip(), at.group(1).rstrip(".")
    return title, None


_CERTIFIES = re.compile(r"\s+(?:hereby\s+)?(?:certifies|confirms|attests)(?:\s+that)?\s*:?$|"
                        r"\s+(?:засвідчує|підтверджує)(?:,?\s+що)?\s*:?$|"
                        r"\s+(?:potwierdza|zaświadcza)(?:,?\s+że)?\s*:?$|"
                        r"\s+(?:potvrzuje|potvrdzuje|osvědčuje|osvedčuje)(?:,?\s+že)?\s*:?$", re.I)


# A signatory's role at the body, printed under the signature: "директор із розробки ТОВ «Гранітсофт»", "Head of
# Engineering, Example Ltd"
# A mobility paper's line naming the student's own institution, which sent them ("Sending institution …",
# "Home university: …", "Заклад, що направляє: …"): the paper is the host's
_HOME_INSTITUTION = re.compile(r"^\s*(?:(?:sending|home)\s+(?:institution|university|HEI)|заклад,?\s+що\s+направля|"
                               r"(?:направляючий|базовий)\s+заклад|herkunftshochschule|heimathochschule)", re.I)
# ... and the host's, which taught the course, under its label
_HOST_INSTITUTION = re.compile(r"^\s*(?:(?:receiving|host)\s+(?:institution|university|HEI)|приймаючий\s+заклад"
                               r"(?:\s+вищої\s+освіти)?)(?:\s*\([^()]{1,40}\))?\s*:\s*", re.I)
# A grade cut after a dash at its line's end, and the verdict that goes on below it
_ENDS_WITH_A_DASH = re.compile(r"\s[—–-]\s*$")
# A grade's sentence broken after a preposition ("Passed with" / "distinction (94%).", "зараховано з" / "відзнакою")
_ENDS_WITH_A_PREPOSITION = re.compile(r"(?<![^\W\d_])(?:with|of|at|by|з|із|зі|на|mit|con|avec)\s*$", re.I)
_GRADE_ENDS_ON_NEXT_LINE = re.compile(r"[ \t]*\n[ \t]*([^\n]{1,60}?)\s*(?:\.(?:\s|$)|$)", re.M)
_VERDICT_ON_NEXT_LINE = re.compile(r"[ \t]*\n[ \t]*([^\W\d_][\w'’-]*(?:[ \t]+[^\W\d_][\w'’-]*){0,2})\s*(?:[.;]|$)",
                                   re.M)
_ROLE_AT = re.compile(r"^\s*(?:(?:lead|senior|associate|assistant|principal)\s+)?(?:директор(?:ка)?|керівни(?:к|ця)|"
                      r"менеджер(?:ка)?|заступни(?:к|ця)|голова|викладач(?:ка)?|director|head|manager|dean|ceo|cto|coo|"
                      r"lecturer|professor|instructor|teacher|tutor)\b(?:\s+\S+){0,3}?\s*(?:\s(?:із|з|of|at)\s|,)|"
                      # a role named by what it leads, before its department ("Specialization Lead, Department of …")
                      r"^\s*(?:[^\W\d_]+\s+){1,2}(?:lead|chair|coordinator|officer)\s*,",
                      re.I)
# A school or centre named by its kind and subject alone ("SCHOOL OF ENGLISH", "Centre for Languages")
_KIND_OF_A_SUBJECT = re.compile(r"(?:school|centre|center|academy|institute|college)\s+(?:of|for)\s+"
                                r"[^\W\d_][\w ]{1,40}", re.I)
# A unit of an organisation named by its kind alone: "Learning Centre", "Training Department", "Навчальний центр"
_UNIT_BY_KIND_ALONE = re.compile(r"(?:(?:the\s+)?(?:learning|training|education(?:al)?|continuing\s+education|"
                                 r"professional\s+development|academic)\s+(?:centre|center|department|unit|office)|"
                                 r"навчальн(?:ий|ого)\s+(?:центр|відділ)|центр\s+(?:навчання|освіти))", re.I)
# A line of prose wrapped mid-sentence, ending its sentence ("незалежності) і роблять висновки … — на вибір.")
# (or a sentence of prose whole on its line, its clause ending with a semicolon: "Кожен розділ завершувався
# контрольним тестом … у Google Sheets або Python;")
_PROSE_WRAPPED = re.compile(r"^[a-zа-яіїєґ].{40,}[.!?]\s*$|^\S+\s+(?:\S+\s+){5,}\S+;\s*$")
# A place after an institution's name and a comma: a town, a country, "м. Одеса", "вул. Вокзальна", a number
_PLACE_PIECE = re.compile(r"(?:(?:м|вул|просп|smt|ul)\.\s*)?[A-ZА-ЯІЇЄҐ][^\W\d_][\w'’-]*(?:\s[A-ZА-ЯІЇЄҐ][\w'’-]*)?"
                          r"(?:\s\([A-Z]{2}\))?|"  # (a country's code after it: "Kraków (PL)")
                          r"\d{1,4}\w?")


# A label before the body's name: "Автор курсу:", "Course author:", "Organizer:", "Organizator:"
_NAMES_LABEL = re.compile(r"^\s*(?:автор(?:и)?\s+курсу|(?:course\s+)?author|provider|organi[sz]er|organizator|"
                          r"організатор|провайдер)\s*:\s*", re.I)


def _one_name(name: str) -> str:
    """An issuer's name as a letterhead line gives it, once: without its translation into Latin letters after a
    slash ("ТОВ «Кодова гавань» — ІТ-школа / Kodova Havan IT School LLC"), and, taken from inside a bracket, without
    the bracket's end and the place before it ("… (ТОВ «Відкрита аудиторія», м. Київ)" → "ТОВ «Відкрита
    аудиторія»")."""
    own, slash, other = name.partition(" / ")
    if slash and _script_of(own) == "cyr" and _script_of(other) == "lat" and "/" not in other:
        name = own.rstrip()
    if not name.endswith(")") or "(" in name:
        return name
    name = name[:-1].rstrip()
    head, _, place = name.rpartition(",")
    return head.rstrip() if head and _PLACE_PIECE.fullmatch(place.strip()) else name


# A project that funded or hosted the course, not an assessment
_A_FUNDED_PROJECT = re.compile(r"\b(?:funded|financed|supported|sponsored|co-funded)\s+by\b|\bwithin\s+the\b|"
                               r"за\s+(?:фінансування|фінансової\s+підтримки|підтримки)|в\s+межах\s+проєкту|"
                               r"у\s+рамках\s+проєкту", re.I)
# A body's kind alone, no name: "ІТ-школа", "Online school", "Навчальний центр"
_A_KIND_ALONE = re.compile(r"(?:(?:навчальн|освітн|тренінгов|корпоративн|мовн)\w*\s|(?:it|іт|онлайн|online|training|"
                           r"learning|educational|language|coding|бізнес|business)[- ])?(?:школа|академія|центр|курси|"
                           r"school|academy|centre|center|"
                           r"college)(?:\s+(?-i:[a-zа-яіїєґ'’]+)){0,2}", re.I)  # ("Навчальний центр програмування")
# Parts of a letterhead line: set apart by middle dots, or by a wide space before what kind of body it is, in small
# letters ("Learnloft  online school of design")
_INSTITUTION_PARTS = re.compile(r" · |(?:\s+\|)?\s{2,}(?=[a-zа-яіїєґ])")


# A name in capitals that stops before its noun: an adjective in the genitive ("… ЦИФРОВИХ"), or a joining word
_CAPITALS_GO_ON = re.compile(r"(?:[ИІ]Х|[ОЕ]Ї|ЬОЇ|[ОЬ]ГО|\sOF|\sAND|\sFOR|\s&|\sТА|\sІ|\sЗ)$")


def _named_in_full_elsewhere(above: str, name: str, full: str) -> str | None:
    """A body's name with the word set above it on the letterhead, where the page writes the two as one name too
    (a footer's "Northgate Construction Training Ltd, registered in …"): that name as written there; else None."""
    word = above.strip()
    if not re.fullmatch(r"[^\W\d_][\w'’&.-]{1,30}", word):
        return None
    # (the letterhead's own lines are one of the places: the name must be found at another too)
    found = list(re.finditer(re.escape(word) + r"\s+" + r"\s+".join(map(re.escape, name.split())) + r"(?![\w'’-])",
                             full, re.I))
    return tidy(found[-1].group(0)) if len(found) >= 2 else None


def _institution_part(line: str) -> str:
    """The part of a line that names the institution: "LinkedIn Learning · 1000 W Maude Ave" → "LinkedIn Learning";
    a signatory's line "Ada Example, Director, Example Labs; Co-founder, Coursera" → "Coursera"."""
    parts = [p.strip() for p in _INSTITUTION_PARTS.split(line)]
    # a project's coordinator before its partners ("Coordinator: … · Partner: …"), else the part naming a body
    part = next((p for p in parts if _PROJECT_ROLE.match(p)), None) or next(
        (p for p in parts if INSTITUTION.search(p)), line)
    if part[:1].islower() and part is not parts[0] and parts[0][:1].isupper() and len(parts[0].split()) <= 5:
        part = parts[0]  # "Кодова Стежка · онлайн-школа програмування": the name, then what kind of body it is
    if _A_KIND_ALONE.fullmatch(part):
        # what kind of body it is, then its name: "ІТ-школа · ТОВ «Кодова Гавань Едьюкейшн» · м. Одеса"
        part = next((p for p in parts if p is not part and QUOTED.search(p) and INSTITUTION.search(p)), part)
    part = _CERTIFIES.sub("", part)  # "Example Cloud Academy certifies that"
    part = _ISSUED_BY.sub("", part)  # "Issued by Pentland Emergency Care Academy, Livingston, Scotland"
    role = _PROJECT_ROLE.match(part)
    if role:  # "Coordinator: Fundacja Mosty Cyfrowe, Kraków (PL)": a project's issuer, without its place
        name, _, place = part[role.end() :].partition(",")
        placed = place and all(_PLACE_PIECE.fullmatch(p.strip()) for p in place.split(","))
        part = name if placed else part[role.end() :]
    part = _A_COURSE_BY.sub("", part)  # "a course by the School of Computing, University of …"
    part = _NAMES_LABEL.sub("", part)  # "Автор курсу: Київський інститут прикладних наук"
    pieces = [p.strip() for p in re.split(r"[,;]", part)]
    if len(pieces) > 1 and re.match(r"(?:an?|the)\s", pieces[1]) and INSTITUTION.search(pieces[0]):
        return pieces[0]  # "LearnForward Ltd, an online learning platform. This certificate is …": the name alone
    while len(pieces) > 1 and _dates_in(pieces[-1]):  # "Politechnika Gdańska, Gdańsk, 12.05.2025": not the date
        pieces.pop()
        part = ", ".join(pieces)
    after_name = _LEGAL_FORM_AFTER.match(pieces[1]) if len(pieces) > 1 else None
    if after_name:  # "KyberAkademie Brno, z. ú. — vzdělávací zařízení …": the name with its legal form after it
        return f"{pieces[0]}, {after_name.group(0)}"
    if len(pieces) > 1 and PERSON_NAME.fullmatch(pieces[0]) and not INSTITUTION.search(pieces[0]):
        part = next((p for p in reversed(pieces) if INSTITUTION.search(p)), part)
    name, _, place = part.partition(",")
    if (place and INSTITUTION.search(name) and not INSTITUTION.search(place)
            and all(_PLACE_PIECE.fullmatch(piece.strip()) for piece in place.split(","))):
        part = name  # its place after it: "…, Livingston, Scotland", "…, м. Одеса"
    legal = _LEGAL_NAME.search(part)
    if legal and legal.start() > 0 and not INSTITUTION.search(part[: legal.start()]):
        part = part[legal.start() :]  # "Навчальна програма ТОВ «Гранітсофт»": the company, not what it runs
    elif legal and legal.start() == 0 and part[legal.end() :].lstrip().startswith(","):
        part = legal.group(0)  # "ТОВ «Курсотека Едтех», код ЄДРПОУ …, м. Київ, …": the company, not its details
    return part


_ISSUED_BY = re.compile(r"^\s*(?:issued|offered|awarded|provided|presented)\s+by\s+(?:the\s+)?", re.I)
# A project's partner named by its role in the project ("Coordinator: …", "Lead partner: …", "Координатор: …")
_PROJECT_ROLE = re.compile(r"^\s*(?:(?:project\s+)?coordinator|lead\s+partner|координатор(?:\s+проєкту)?)\s*:\s*", re.I)
# A legal form written after a body's name and a comma ("…, z. ú.", "…, s. r. o.", "…, sp. z o.o.", "…, Ltd")
_LEGAL_FORM_AFTER = re.compile(r"^(?:z\.\s*ú\.|z\.\s*s\.|o\.\s*p\.\s*s\.|spol\.\s*s\s*r\.\s*o\.|s\.\s*r\.\s*o\.|"
                               r"a\.\s*s\.|sp\.\s*z\s*o\.\s*o\.|GmbH|e\.\s?V\.|Ltd\.?|LLC|Inc\.?)(?=\s|$)", re.I)
# A Ukrainian body by its legal form and name in quotes ("ТОВ «Гранітсофт»")
_LEGAL_NAME = re.compile(r"(?<![^\W\d_])(?:ТОВ|ТзОВ|ПП|ПрАТ|ПАТ|АТ|ГО|БФ|ФОП)\s+«[^»]+»(?:[^«»]*»)?")


# One run of words with no sentence's punctuation: a row of tags read together, perhaps
_ONE_RUN = re.compile(r"[^.;:!?]+")
_TAGS_AT_LEAST = 3  # items of at most _TAG_WORDS words each, none a sentence: skills' names, not what is done
_TAG_WORDS = 3


def _tags_read(rec: CredentialRecord, doc: Any, page_no: int, pages: list[str], starts: set[int] | None) -> bool:
    """Whether the outcomes, read as one run of words, are a row of tags on the page: then each tag is one, after
    what a sentence states the holder can do, if one does ("Holders have shown that they can …": tags are words,
    the sentence says what is done with them)."""
    value = rec.value("learning_outcomes")
    if not isinstance(value, list):
        return False
    if len(value) >= _TAGS_AT_LEAST and all(len(v.split()) <= _TAG_WORDS and _ONE_RUN.fullmatch(v) for v in value):
        tags: list[str] | None = list(value)  # tags a line each ("Tool inspection" / "First aid kits" / …)
    elif len(value) == 1 and len(value[0].split()) >= 6 and _ONE_RUN.fullmatch(value[0]):
        try:
            tags = tags_of(doc[page_no], value[0])
        except (RuntimeError, ValueError, IndexError):
            return False
        if tags is None and 0 <= page_no < len(pages):
            tags = _tags_a_line_each(pages[page_no], value[0])
    else:
        return False
    if tags is None:
        return False
    if 0 <= page_no < len(doc):
        tags = _unwrapped_tags(doc[page_no], tags)
    stated = _stated_outcomes(_lines(pages), starts)
    told = [item for item in stated[0] if item not in tags] if stated else []
    rec.set("learning_outcomes", told + tags, f"pdf p.{page_no + 1} (tags)", overwrite=True)
    return True


def _grid_read(rec: CredentialRecord, doc: Any, page_no: int) -> bool:
    """Whether the outcomes, read as one or two lines, begin a grid of cells in columns on the page (``pdf_grid``):
    then each cell is one ("Linear, ridge and logistic regression" | "Decision trees, random forests …" / …)."""
    value = rec.value("learning_outcomes")
    if not isinstance(value, list) or len(value) != 1 or not 0 <= page_no < len(doc):
        return False
    try:
        cells = grid_cells(doc[page_no], value[0])
    except (RuntimeError, ValueError, IndexError):
        return False
    # the one item read is the first row's cells run together (not a column of its own, a language beside another)
    if cells is None or tidy(f"{cells[0]} {cells[1]}") not in tidy(value[0]):
        return False
    rec.set("learning_outcomes", cells, f"pdf p.{page_no + 1} (grid)", overwrite=True)
    return True


def _unwrapped_tags(page: Any, tags: list[str]) -> list[str]:
    """Tags a line each, a tag wrapped in its table cell read whole again ("Exploratory Data" / "Analysis"): a line
    set right below another, as close as the lines of one paragraph and aligned with it (left, centre or right), is
    the rest of that tag; the next row of cells stands further apart."""
    try:
        boxes: dict[str, tuple[float, float, float, float]] = {}
        for block in page.get_text("dict")["blocks"]:
            for line in block.get("lines", ()):
                boxes.setdefault(tidy("".join(span["text"] for span in line["spans"])), tuple(line["bbox"]))
    except (RuntimeError, ValueError, KeyError):
        return tags
    out: list[str] = []
    for tag in tags:
        above, below = boxes.get(out[-1]) if out else None, boxes.get(tag)
        if above is not None and below is not None and _set_below(above, below):
            out[-1] = f"{out[-1]} {tag}"
            boxes[out[-1]] = (min(above[0], below[0]), above[1], max(above[2], below[2]), below[3])
        else:
            out.append(tag)
    return out


_ALIGNED = 1.5  # points: two lines' left edges, centres or right edges this close are aligned


def _set_below(above: tuple[float, float, float, float], below: tuple[float, float, float, float]) -> bool:
    """Whether the line ``below`` goes on from the line ``above`` as the next line of one paragraph."""
    height = above[3] - above[1]
    if not -0.5 * height <= below[1] - above[3] <= 0.25 * height:
        return False
    return (abs(above[0] - below[0]) <= _ALIGNED or abs(above[2] - below[2]) <= _ALIGNED
            or abs((above[0] + above[2]) - (below[0] + below[2])) <= 2 * _ALIGNED)


def _tags_a_line_each(page: str, run: str) -> list[str] | None:
    """The lines of ``page`` that, one after another, make the run of words ``run``, when each is a tag (at most
    _TAG_WORDS words) and there are at least _TAGS_AT_LEAST of them; else None."""
    lines = [ln.strip() for ln in page.splitlines() if ln.strip()]
    words = run.split()
    for start, ln in enumerate(lines):
        if words[: len(ln.split())] != ln.split():
            continue
        taken: list[str] = []
        count = 0
        for following in lines[start:]:
            size = len(following.split())
            if size > _TAG_WORDS or words[count : count + size] != following.split():
                break
            taken.append(following)
            count += size
        if count == len(words) and len(taken) >= _TAGS_AT_LEAST:
            return taken
    return None


def _ruled_tables(
    rec: CredentialRecord, doc: Any, data: bytes, page_indices: Iterable[int], ctx: Ctx
) -> Iterator[tuple[int, list[list[Any]]]]:
    """The ruled tables (pdfplumber's) of the pages that have drawn lines, with each one's page number; a file whose
    tables cannot be read gives none and a note."""
    candidates = []
    for i in page_indices:
        with contextlib.suppress(RuntimeError, ValueError, IndexError):
            if len(doc[i].get_drawings()) >= 4:
                candidates.append(i)
    if not candidates:
        return
    import pdfplumber

    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            for i in candidates:
                ctx.deadline.check("reading PDF tables")
                if i >= len(pdf.pages):
                    break
                for table in pdf.pages[i].extract_tables() or []:
                    yield i + 1, table
    except ImportFailure:
        raise
    except Exception as exc:  # noqa: BLE001 - pdfplumber/pdfminer raise many types on damaged files
        rec.verification.checks.append(Check("tables", None, f"tables could not be read ({type(exc).__name__})"))


def _outcomes_from_tables(
    rec: CredentialRecord, doc: Any, data: bytes, page_indices: list[int], ctx: Ctx, *, replace: bool = False
) -> tuple[list[str], int] | None:
    """Look for an outcomes column or row in ruled tables (only on pages that have drawn lines). Where there is
    none, the first table of the learner's tasks found on the way (:func:`_tasks_in_table`) and its page, for the
    course's topics where nothing else tells them."""
    tasks: tuple[list[str], int] | None = None
    tables = _ruled_tables(rec, doc, data, page_indices, ctx)
    for page, table in tables:
        # (not a heading and its translation, a table of one row: "Відпрацьовані навички" | "Skills practised")
        items = [item for item in _outcomes_in_table(table) if _heading_rest(item, HEADING_RE) != ""]
        if items:
            for more in _continued_over_the_page(rec, doc, data, page, table, ctx):
                items += _outcomes_in_table(more)
                table = table + more[1:]
            # A table for each course, one below the other ("1. Course | …" / "Learning outcomes | …", "2. Course | …"
            # / …): every course's outcomes
            shape = _row_labels(table)
            for _page, other in tables:
                if _row_labels(other) != shape:
                    break
                items += _outcomes_in_table(other)
            items = [_without_who_can(item) for item in items]
            rec.set("learning_outcomes", items, f"pdf p.{page} (table)", overwrite=replace)
            assessed = _assessment_column(table)
            if assessed:  # "Learning outcome | Assessment | Result": how each outcome was assessed, each way once
                rec.set("assessment_type", assessed[:200], f"pdf p.{page} (table)", overwrite=True)
            return None
        if tasks is None:
            done = _tasks_in_table(table)
            tasks = (done, page) if done else None
    return tasks


# A ruled table of the learner's graded tasks ("№ | Задача і дані | Що застосовано | Досягнута якість | Бал", "Task |
# Methods used | Result"): the column of tasks, and the one of what was applied in each where there is one
_TASK_LABEL = re.compile(r"^(?:№\s*|no\.?\s*)?(?:задача|задачі|завдання|практична\s+робота|робота|task|assignment|"
                         r"practical\s+work|exercise|project)(?:\s+(?:і|та|and|&)\s+[\w'’]+)?\s*:?$", re.I)
_APPLIED_LABEL = re.compile(r"^(?:що\s+застосовано|застосовані\s+(?:методи|інструменти)|методи(?:\s+й\s+інструменти)?|"
                            r"інструменти|methods?(?:\s+used)?|tools?(?:\s+used)?|techniques?|"
                            r"what\s+was\s+(?:used|applied))\s*:?$", re.I)


def _tasks_in_table(table: list[list[Any]]) -> list[str]:
    """Each row's task, with what was applied in it ("Прогноз добового споживання … — лінійна регресія, Ridge і
    Lasso"), from a table with a column headed as the tasks; at least two rows."""
    rows = [[tidy(str(c or "").replace("\n", " ")) for c in row] for row in table if row and any(row)]
    if len(rows) < 3:
        return []
    header = rows[0]
    task = next((n for n, label in enumerate(header) if _TASK_LABEL.match(label)), None)
    if task is None:
        return []
    applied = next((n for n, label in enumerate(header) if n != task and _APPLIED_LABEL.match(label)), None)
    items = []
    for row in rows[1:]:
        if task >= len(row) or len(row[task]) < 8 or TOTAL_RE.match(row[0] or row[task]):
            continue
        extra = row[applied] if applied is not None and applied < len(row) else ""
        items.append(f"{row[task]} — {extra}" if extra else row[task])
    return items if len(items) >= 2 else []


# A ruled table of one course's results, its labels in the header ("Назва дисципліни | Кредити ЄКТС | Годин | Форма
# контролю | Оцінка", "Course | ECTS credits | Hours | Grade"): a довідка's or an extract's row, or a total row
_COLUMN_LABELS = {
    "workload_ects": re.compile(r"кредит|єктс|\bects\b|\bcredits?\b|punkt(?:y|ów)\s+ects|leistungspunkte", re.I),
    "workload_hours": re.compile(r"^(?:кількість\s+|обсяг\s+(?:у\s+|в\s+)?)?(?:годин\w*|год\.?)$|"
                                 r"^(?:contact\s+)?hours$|^(?:liczba\s+)?godz(?:in)?\.?$|^stunden$", re.I),
    "grade": re.compile(r"^(?:оцінка|підсумкова\s+оцінка|результат|grade|final\s+grade|mark|result|ocena|note)"
                        r"(?:\s*\([^()]*\))?$", re.I),
    "assessment_type": re.compile(r"^форма\s+(?:підсумкового\s+)?(?:контролю|оцінювання)$|^(?:assessment|type\s+of\s+"
                                  r"assessment)$", re.I),
}
# A table's header in the text: a label of the workload alone on its line (a header cell wrapped), or a line that
# labels both the credits and the hours
_WORKLOAD_LABEL_LINE = re.compile(
    r"^\s*(?:(?:кредити|кредитів|обсяг\s+у\s+кредитах)(?:\s+єктс)?|єктс|(?:ects\s+)?credits|ects|"
    r"(?:кількість\s+)?годин\w*|(?:contact\s+)?hours|godz\.?)\s*$|"
    r"^[^\n]{0,80}?(?:кредит|єктс|\bects\b|\bcredits\b)[^\n]{0,40}?(?:\bгодин|\bhours\b|\bgodz)[^\n]{0,80}$|"
    r"^[^\n]{0,80}?(?:\bгодин|\bhours\b|\bgodz)[^\n]{0,40}?(?:кредит|єктс|\bects\b|\bcredits\b)[^\n]{0,80}$",
    re.I | re.M,
)
_CELL_NUMBER = re.compile(r"\d{1,4}(?:[.,]\d{1,2})?")


def _course_row_from_tables(rec: CredentialRecord, doc: Any, data: bytes, pages: list[str], ctx: Ctx) -> None:
    """The workload, grade and kind of assessment in a ruled table whose header labels them, from its one row of
    results or its total row; only where the text gave no workload and a line of the text is such a label."""
    if not _WORKLOAD_LABEL_LINE.search("\n".join(pages[:TABLE_PAGES])):
        return
    for page, table in _ruled_tables(rec, doc, data, range(min(TABLE_PAGES, doc.page_count)), ctx):
        if _course_row(rec, table, page):
            return


def _course_row(rec: CredentialRecord, table: list[list[Any]], page: int) -> bool:
    """Set the fields a table's header labels from its only row, or its total row (the workload alone)."""
    cells = [[tidy(unicodedata.normalize("NFKC", str(c or ""))) for c in row] for row in table if any(row)]
    if len(cells) < 2:
        return False
    columns: dict[str, int] = {}
    for n, label in enumerate(cells[0]):
        named = [name for name, pattern in _COLUMN_LABELS.items() if pattern.search(label)]
        if len(named) == 1 and named[0] not in columns:
            columns[named[0]] = n
    if "workload_ects" not in columns and "workload_hours" not in columns:
        return False
    body = [row for row in cells[1:] if len(row) == len(cells[0])]
    totals = [row for row in body if TOTAL_RE.match(row[0])]
    if len(body) == 1:
        row, fields = body[0], list(columns)
    elif len(totals) == 1:
        row, fields = totals[0], [f for f in ("workload_ects", "workload_hours") if f in columns]
    else:
        return False
    source = f"pdf p.{page} (table)"
    for name in fields:
        value = row[columns[name]]
        if name in ("workload_ects", "workload_hours"):
            if _CELL_NUMBER.fullmatch(value):
                rec.set(name, float(value.replace(",", ".")), source)
        elif value:
            rec.set(name, value, source)
    return rec.value("workload_ects") is not None or rec.value("workload_hours") is not None


# A column of outcomes headed in the singular, one outcome a row ("Вимір | Результат навчання | Підтверджено")
_OUTCOME_COLUMN = re.compile(
    r"(?:(?:(?:очікуваний|програмний|досягнутий)\s+)?результат\s+навчання|(?:expected|intended|learning)\s+outcome|"
    r"efekt\s+uczenia\s+się|lernergebnis|résultat\s+d['’]apprentissage|resultado\s+de\s+aprendizaje|"
    r"risultato\s+di\s+apprendimento|výsledek\s+učení|leerresultaat|"
    # "Outcome" with who can do it ("Outcome — on completion the learner is able to")
    r"outcomes?\s*[—–-]\s*(?:(?:on|upon|after)\s+completion,?\s+)?(?:the\s+)?(?:learner|participant|student|trainee|"
    r"graduate)s?\s+(?:can|is\s+able\s+to|are\s+able\s+to)\b.{0,3}|"
    # who can do what the column lists: "The learner can…", "Слухач уміє…"
    r"(?:the\s+)?(?:learner|participant|student|trainee|graduate)s?\s+(?:can|is\s+able\s+to|are\s+able\s+to)\b.{0,3}|"
    r"(?:слухач|учасни|здобувач|студент|випускни)\w*\s+(?:[ву]міє|може|здат\w+)\b.{0,3})"
    # (with who can do it in brackets: "Výsledek učení (absolvent dokáže…)", "Результат навчання (слухач уміє…)")
    r"(?:\s*\([^()]{3,60}\))?",
    re.I,
)


def _cell_text(cell: str) -> str:
    """A table cell's lines as one text (a word broken at its hyphen joined as :func:`_joined` joins it)."""
    lines = [ln.strip() for ln in cell.split("\n") if ln.strip()]
    return functools.reduce(_joined, lines) if lines else ""


# A sentence's end inside a cell (not after an initial or a one-letter abbreviation: "Т. Шевченко", "м. Львів")
_CELL_SENTENCE_END = re.compile(r"(?<=[.;])(?<!\b[^\W\d_]\.)\s+(?=[A-ZА-ЯІЇЄҐ])")


# The words a framework's statement opens with ("Знання …", "Уміння …", "Здатність …", "Knowledge of …")
_DESCRIPTOR_OPENER = re.compile(r"(?:знання|уміння|вміння|здатність|навички|knowledge|ability|understanding|"
                                r"competence|skills?)\b", re.I)


def _statements_by_their_openers(item: str) -> list[str]:
    """An item of several sentences each opening with a framework's word ("Знання моделі DOM. Знання …") as its
    statements; any other item whole (an outcome may take two sentences)."""
    sentences = _CELL_SENTENCE_END.split(item)
    if len(sentences) >= 2 and all(_DESCRIPTOR_OPENER.match(sentence) for sentence in sentences):
        return sentences
    return [item]


def _sentences_of_a_cell(cell: str) -> list[str]:
    """A cell's items: its lines where each is an item (a bullet or a number before it), else its sentences (a
    paragraph wrapped in the cell: "Уміння завантажувати дані …" / "… з датами). Уміння будувати графіки …")."""
    lines = [ln for ln in cell.split("\n") if ln.strip()]
    if len(lines) > 1 and all(BULLET.match(ln) for ln in lines):
        return lines
    return [s for s in _CELL_SENTENCE_END.split(" ".join(lines)) if s.strip()]


def _continued_over_the_page(
    rec: CredentialRecord, doc: Any, data: bytes, page: int, table: list[list[Any]], ctx: Ctx
) -> Iterator[list[list[Any]]]:
    """The parts of a ruled table on the pages after ``page`` (numbered from 1) that repeat its header row, as a
    table continued over the page does ("Модуль | Години | Результати навчання | Оцінка" again below the running
    header), each with its header; a page without one ends the table."""
    header = [" ".join(str(c or "").split()) for c in table[0]] if table else []
    if not any(header):
        return
    while page < min(TABLE_PAGES, doc.page_count):
        more = next((t for _, t in _ruled_tables(rec, doc, data, [page], ctx)
                     if t and [" ".join(str(c or "").split()) for c in t[0]] == header), None)
        if more is None:
            return
        yield more
        page += 1


def _assessment_from_tables(rec: CredentialRecord, doc: Any, data: bytes, pages: list[str], ctx: Ctx) -> None:
    """How the outcomes were assessed, from a ruled table's column that says so, where the outcomes were read from
    the text (a numbered list the table's cells give line by line) and a line of the text is the column's label."""
    assessed = rec.elements.get("assessment_type")
    if assessed is not None and assessed.source.endswith(" (table)"):
        return
    if not any(_ASSESSED_LABEL.fullmatch(line.strip()) for page in pages[:TABLE_PAGES] for line in page.splitlines()):
        return
    for page, table in _ruled_tables(rec, doc, data, range(min(TABLE_PAGES, doc.page_count)), ctx):
        ways = _assessment_column(table) if _outcomes_in_table(table) else ""
        if ways:
            rec.set("assessment_type", ways[:200], f"pdf p.{page} (table)", overwrite=True)
            return


def _assessment_column(table: list[list[Any]]) -> str:
    """The ways a ruled table of outcomes says they were assessed, from its column under a label that says so
    ("Assessment", "Спосіб оцінювання", "Форма контролю"): each cell once, in order, its wrapped lines joined
    ("Timed quiz +" / "assignment 4"); "" without such a column."""
    rows = [[(c or "").strip() for c in row] for row in table if row]
    if len(rows) < 2:
        return ""
    header = [" ".join(label.split()) for label in rows[0]]
    col = next((n for n, label in enumerate(header) if _ASSESSED_LABEL.fullmatch(label)), None)
    if col is None:
        return ""
    ways = [tidy(_cell_text(r[col])) for r in rows[1:] if col < len(r) and r[col]
            and not TOTAL_RE.match(r[0] or r[col]) and not FINAL_RESULT_ROW.match(r[0] or r[col])]
    return "; ".join(dict.fromkeys(way for way in ways if way))


def _table_item(cell: str) -> str:
    """An outcome in a ruled table's cell, without its code or row number ("LO1.", "1.")."""
    return _without_code(re.sub(r"^\d{1,2}[.)]\s+(?=\S)", "", tidy(_cell_text(cell))))


def _row_labels(table: list[list[Any]]) -> tuple[str, ...] | None:
    """A table's first column without its numbers (the labels of its rows: "Course", "Learning outcomes"), None for a
    table of one row or whose rows have no labels."""
    labels = tuple(" ".join(re.sub(r"\d+[.)]?", " ", str(row[0] or "")).split()).casefold() for row in table if row)
    return labels if len(labels) >= 2 and all(labels) else None


def _outcomes_in_table(table: list[list[Any]]) -> list[str]:
    rows = [[(c or "").strip() for c in row] for row in table if row]
    if not rows:
        return []
    # every row headed by an outcomes heading (the framework's descriptors: "Знання" | …, "Уміння" | …): each row's
    # cells, not the column of headings
    if len(rows) >= 2 and all(r[0] and HEADING_RE.match(r[0].replace("\n", " ")) for r in rows):
        statements = [tidy(BULLET.sub("", part, count=1)) for r in rows for c in r[1:] if c
                      for part in _sentences_of_a_cell(c)]
        if any(statements):
            return [item for item in statements if item]
    # outcomes each beside its status, no header ("Проєктує …" | "підтверджено"): the text column (the statuses are
    # read later, from the page, by :func:`_without_the_unachieved`)
    # (under a header row of short labels: "Педагог уміє" | "Так / ні")
    body = rows[1:] if len(rows[0][0].split()) < 4 else rows
    # (not the row that grades the whole: "Overall result (all seven outcomes achieved …)" | "Competent with merit")
    body = [r for r in body if not (TOTAL_RE.match(r[0]) or FINAL_RESULT_ROW.match(r[0]))]
    if len(body) >= 2 and all(len(r) >= 2 and r[-1] and achieved.status_of_text(r[-1]) is not None
                              and len(r[0].split()) >= 4 for r in body):
        return [_table_item(r[0]) for r in body]
    # a column whose header is an outcomes heading
    for col, head in enumerate(rows[0]):
        head = head.replace("\n", " ")
        if head and (HEADING_RE.match(head) or _OUTCOME_COLUMN.fullmatch(head)):
            # (without their codes, "LO1. …", and not the row that grades the whole: "Final grade (weighted) | 89%")
            items = [_table_item(r[col]) for r in rows[1:] if col < len(r) and r[col]
                     and not TOTAL_RE.match(r[col]) and not FINAL_RESULT_ROW.match(r[col])]
            if items:
                return items
    # a row whose first cell is an outcomes heading
    for r in rows:
        if r and r[0] and HEADING_RE.match(r[0].replace("\n", " ")):
            cells = [c for c in r[1:] if c]
            if cells and all(set(c.casefold().split()) <= _COLUMN_LABEL_WORDS for c in cells):
                continue  # a header row: "The participant is able to" | "Assessed by"
            out: list[str] = []
            for c in cells:
                parts = [tidy(BULLET.sub("", p, count=1)) for p in _lines_of_a_cell(c)]
                # (not the words that lead in to the items: "Після успішного завершення компонента слухач здатен:")
                out.extend(p for k, p in enumerate(parts) if p and not (p.endswith(":") and k + 1 < len(parts)))
            if out:
                return out
    return []


def _lines_of_a_cell(cell: str) -> list[str]:
    """A cell's items, each a line and the lines that go on from it as it wraps in the cell: in a cell whose items are
    marked ("РН1. …", "• …"), every line without a mark ("… (OWASP Top 10" / "CVE, оцінка за CVSS) …"); else a line
    going on in lower case after one with no sentence's end ("… the sequence of" / "cereals, legumes …")."""
    lines = [ln.strip() for ln in cell.split("\n") if ln.strip()]
    marked = [bool(BULLET.match(ln) or _CODED.match(ln)) for ln in lines]
    out: list[str] = []
    for line, mark in zip(lines, marked, strict=True):
        if out and not mark and (any(marked) or (line[:1].islower() and not re.search(r"[.;:!?]$", out[-1]))):
            out[-1] = _joined(out[-1], line)
        else:
            out.append(line)
    return out
