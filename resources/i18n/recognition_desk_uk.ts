<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../app/ui/dialogs.py" line="+63"/>
        <source>Database</source>
        <translation>База даних</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Log</source>
        <translation>Журнал</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About Recognition Desk</source>
        <translation>Про Recognition Desk</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;p&gt;Recognition of learning outcomes from non-formal and informal education: credentials, programme catalogue, matching, decisions, protocols and reports.&lt;/p&gt;&lt;p&gt;Works offline. Licensed under the GNU Affero General Public License v3 or later.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Визнання результатів навчання, здобутих у неформальній та інформальній освіті: документи про навчання, каталог освітніх програм, зіставлення результатів навчання, рішення, протоколи та звіти.&lt;/p&gt;&lt;p&gt;Працює без доступу до інтернету. Поширюється на умовах ліцензії GNU Affero General Public License версії 3 або новішої.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>AppealDialog</name>
    <message>
        <location filename="../../app/ui/workflow_dialogs.py" line="+407"/>
        <source>Appeal</source>
        <translation>Апеляція</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The appeal panel: one person per line</source>
        <translation>Склад апеляційної комісії: по одній особі в рядку</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only for an appeal filed after the deadline</source>
        <translation>лише для апеляції, поданої після спливу строку</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deadline:</source>
        <translation>Строк:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filed on:</source>
        <translation>Дата подання:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grounds:</source>
        <translation>Підстави:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Panel:</source>
        <translation>Апеляційна комісія:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason to accept late:</source>
        <translation>Причина прийняття після строку:</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <location filename="../../app/ui/application.py" line="+88"/>
        <source>Opening the database</source>
        <translation>Відкриття бази даних</translation>
    </message>
</context>
<context>
    <name>AssessmentDialog</name>
    <message>
        <location filename="../../app/ui/workflow_dialogs.py" line="+28"/>
        <source>Assessment</source>
        <translation>Оцінювання</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>codes, e.g. ОК5, ВК2; empty: the application as a whole</source>
        <translation>коди, напр. ОК5, ВК2; порожньо — заява в цілому</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Form:</source>
        <translation>Форма:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Components assessed:</source>
        <translation>Оцінені компоненти:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held on:</source>
        <translation>Дата проведення:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assessors:</source>
        <translation>Екзаменатори:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score:</source>
        <translation>Бали:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Out of:</source>
        <translation>З можливих:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note:</source>
        <translation>Примітка:</translation>
    </message>
</context>
<context>
    <name>AssessmentsTab</name>
    <message>
        <location filename="../../app/ui/case_workflow.py" line="+1146"/>
        <source>Form</source>
        <translation>Форма</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Held on</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Assessors</source>
        <translation>Екзаменатори</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Components</source>
        <translation>Компоненти</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score</source>
        <translation>Бали</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Примітка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add…</source>
        <translation>Додати…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>Змінити…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Вилучити</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>all</source>
        <translation>усі</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Assessments are recorded from the document check until the decision (and during an appeal).</source>
        <translation>Оцінювання фіксується від перевірки документів до ухвалення рішення (а також під час апеляції).</translation>
    </message>
</context>
<context>
    <name>Bloom levels</name>
    <message>
        <location filename="../../build/i18n/wrapped_strings.py" line="+632"/>
        <source>remember</source>
        <translation>запам&apos;ятовування</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>understand</source>
        <translation>розуміння</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>analyse</source>
        <translation>аналіз</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>apply</source>
        <translation>застосування</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>create</source>
        <translation>створення</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>evaluate</source>
        <translation>оцінювання</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown</source>
        <translation>невідомо</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <location filename="../../app/ui/case_view.py" line="+115"/>
        <source>When</source>
        <translation>Коли</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From</source>
        <translation>Попередній стан</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation>Новий стан</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>Хто</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment</source>
        <translation>Коментар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overview</source>
        <translation>Огляд</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History</source>
        <translation>Історія</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a case in the list, or create one with File ▸ New case.</source>
        <translation>Виберіть справу в списку або створіть нову: Файл ▸ Нова справа.</translation>
    </message>
</context>
<context>
    <name>CaseWorkflow</name>
    <message>
        <location filename="../../app/ui/case_workflow.py" line="-1007"/>
        <source>— (engine)</source>
        <translation>— (автоматично)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Covered</source>
        <translation>Покрито</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partly</source>
        <translation>Частково</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not covered</source>
        <translation>Не покрито</translation>
    </message>
    <message>
        <location line="+1040"/>
        <source>Decision</source>
        <translation>Рішення</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Components and matching</source>
        <translation>Компоненти та зіставлення</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commission and protocol</source>
        <translation>Комісія та протокол</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assessments</source>
        <translation>Оцінювання</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+52"/>
        <location line="+497"/>
        <source>Recognition Desk</source>
        <translation>Recognition Desk — визнання результатів навчання</translation>
    </message>
    <message>
        <location line="-536"/>
        <source>Changed by someone else</source>
        <translation>Змінено іншим користувачем</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The case is reloaded with their changes. Values you typed in the decision editor are kept: check them and save again.</source>
        <translation>Справу перезавантажено з їхніми змінами. Значення, які ви ввели в редакторі рішення, збережено: перевірте їх і збережіть ще раз.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Preparing matching</source>
        <translation>Підготовка зіставлення</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Loading the procedure</source>
        <translation>Завантаження процедури</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Precedents</source>
        <translation>Прецеденти</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Versions</source>
        <translation>Редакції</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cap</source>
        <translation>Ліміт</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Workflow</source>
        <translation>Процедура</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Move case to</source>
        <translation>&amp;Перевести справу до стану</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Undo</source>
        <translation>&amp;Скасувати дію</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>&amp;Повторити дію</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add requested &amp;components…</source>
        <translation>Додати заявлені &amp;компоненти…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run &amp;matching</source>
        <translation>Виконати &amp;зіставлення</translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>overdue by %n day(s)</source>
        <translation>
            <numerusform>прострочено на %n день</numerusform>
            <numerusform>прострочено на %n дні</numerusform>
            <numerusform>прострочено на %n днів</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <source>(no further moves)</source>
        <translation>(подальших переходів немає)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Decision due</source>
        <translation>Строк ухвалення рішення</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Order due</source>
        <translation>Строк видання наказу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appeals accepted until</source>
        <translation>Апеляції приймаються до</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appeal decision due</source>
        <translation>Строк рішення за апеляцією</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not possible now</source>
        <translation>Зараз неможливо</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Why? (recorded in the case history)</source>
        <translation>Чому? (буде записано в історію справи)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Components</source>
        <translation>Освітні компоненти</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The case has no programme, or every component is already requested.</source>
        <translation>У справі не вказано освітньої програми, або всі її компоненти вже заявлено.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Add components</source>
        <translation>Додати компоненти</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Withdraw {0}</source>
        <translation>Відкликати {0}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Tick at least one credential.</source>
        <translation>Позначте хоча б один документ.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+17"/>
        <location line="+5"/>
        <source>Matching</source>
        <translation>Зіставлення</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Matching done: {0}, {1}.</source>
        <translation>Зіставлення завершено: {0}, {1}.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n component(s)</source>
        <translation>
            <numerusform>%n освітній компонент</numerusform>
            <numerusform>%n освітні компоненти</numerusform>
            <numerusform>%n освітніх компонентів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n pair(s)</source>
        <translation>
            <numerusform>%n пара</numerusform>
            <numerusform>%n пари</numerusform>
            <numerusform>%n пар</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Matching the evidence</source>
        <translation>Зіставлення документів</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Change a signed decision</source>
        <translation>Зміна підписаного рішення</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The decision on {0} was signed in a protocol. The change is saved as a new version; why is it changed?</source>
        <translation>Рішення щодо {0} підписано в протоколі. Зміну буде збережено як нову редакцію. З якої причини рішення змінюється?</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Judgement on {0}</source>
        <translation>Висновок щодо {0}</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Cap on recognised credits</source>
        <translation>Ліміт визнаних кредитів</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To save it anyway, give the reason for the override:</source>
        <translation>Щоб усе ж зберегти, вкажіть підставу для винятку:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Override of a rule</source>
        <translation>Відступ від правила</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To save it anyway, give the reason for the override (it is printed in the protocol):</source>
        <translation>Щоб усе ж зберегти рішення, зазначте підставу відступу (її буде наведено в протоколі):</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Decision not saved</source>
        <translation>Рішення не збережено</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Decision on {0}</source>
        <translation>Рішення щодо {0}</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Remove member</source>
        <translation>Вилучити члена комісії</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove {0} from the commission?</source>
        <translation>Вилучити {0} зі складу комісії?</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+17"/>
        <source>Protocol</source>
        <translation>Протокол</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Choose the commission first.</source>
        <translation>Спершу виберіть комісію.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Draw up the protocol first.</source>
        <translation>Спершу складіть протокол.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign protocol</source>
        <translation>Підписати протокол</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign protocol {0}? Its decisions are then frozen: later changes become new versions.</source>
        <translation>Підписати протокол {0}? Після цього його рішення фіксуються: подальші зміни стануть новими редакціями.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Discard draft</source>
        <translation>Відхилити чернетку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard draft protocol {0}?</source>
        <translation>Відхилити чернетку протоколу {0}?</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Appeal</source>
        <translation>Апеляція</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Add assessment</source>
        <translation>Додати оцінювання</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Edit assessment</source>
        <translation>Змінити оцінювання</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+16"/>
        <source>Remove assessment</source>
        <translation>Вилучити оцінювання</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Remove this assessment record?</source>
        <translation>Вилучити цей запис про оцінювання?</translation>
    </message>
</context>
<context>
    <name>CasesModel</name>
    <message>
        <location filename="../../app/ui/cases_model.py" line="+46"/>
        <source>Reg. no.</source>
        <translation>Реєстр. №</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applicant</source>
        <translation>Здобувач</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Student ID</source>
        <translation>№ залікової</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Programme</source>
        <translation>Програма</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Стан</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filed</source>
        <translation>Подано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline</source>
        <translation>Строк</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence</source>
        <translation>Документів</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Overdue</source>
        <translation>Прострочено</translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <location filename="../../build/i18n/wrapped_strings.py" line="+579"/>
        <source>Exam</source>
        <translation>Екзамен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass/fail</source>
        <translation>Залік</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Junior bachelor</source>
        <translation>Молодший бакалавр</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bachelor</source>
        <translation>Бакалавр</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Master</source>
        <translation>Магістр</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Doctor of Philosophy</source>
        <translation>Доктор філософії</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(not set)</source>
        <translation>(не задано)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>semester</source>
        <translation>семестр</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ECTS</source>
        <translation>ЄКТС</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hours</source>
        <translation>години</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>component {0}: {1} {2} is not a number</source>
        <translation>компонент {0}: {1} {2} — не число</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export programme</source>
        <translation>Експорт освітньої програми</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Exporting the programme</source>
        <translation>Експорт освітньої програми</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported to {0}</source>
        <translation>Експортовано: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the blank programme template</source>
        <translation>Збереження порожнього шаблону освітньої програми</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Programme template</source>
        <translation>Шаблон освітньої програми</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database is still being opened; try again in a moment.</source>
        <translation>База даних ще відкривається; спробуйте за мить.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Programmes…</source>
        <translation>&amp;Освітні програми…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import programme…</source>
        <translation>&amp;Імпорт освітньої програми…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save blank &amp;template…</source>
        <translation>Зберегти порожній &amp;шаблон…</translation>
    </message>
</context>
<context>
    <name>CatalogueDialog</name>
    <message>
        <location filename="../../app/ui/catalogue_view.py" line="+628"/>
        <source>Programme catalogue</source>
        <translation>Каталог освітніх програм</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Year</source>
        <translation>Рік</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>Назва</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import…</source>
        <translation>Імпорт…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New version…</source>
        <translation>Нова версія…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export…</source>
        <translation>Експорт…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <translation>Видалити</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Save changes</source>
        <translation>Зберегти зміни</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discard changes</source>
        <translation>Скасувати зміни</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Loading the catalogue</source>
        <translation>Завантаження каталогу</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{0} components, {1} outcomes, {2} cases</source>
        <translation>Освітніх компонентів: {0}; результатів навчання: {1}; справ: {2}</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Opening the programme</source>
        <translation>Відкриття освітньої програми</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Used by %n case(s).</source>
        <translation>
            <numerusform>Використовується в %n справі.</numerusform>
            <numerusform>Використовується в %n справах.</numerusform>
            <numerusform>Використовується в %n справах.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n decision line(s) refer to its components.</source>
        <translation>
            <numerusform>На її компоненти посилається %n рядок рішень.</numerusform>
            <numerusform>На її компоненти посилаються %n рядки рішень.</numerusform>
            <numerusform>На її компоненти посилаються %n рядків рішень.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decisions keep their own copy of the component, so edits here do not change them.</source>
        <translation>Рішення зберігають власну копію компонента, тож зміни тут на них не впливають.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Unsaved changes</source>
        <translation>Незбережені зміни</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard the unsaved changes to this programme?</source>
        <translation>Скасувати незбережені зміни в цій освітній програмі?</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The programme cannot be saved</source>
        <translation>Освітню програму неможливо зберегти</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saving the programme</source>
        <translation>Збереження освітньої програми</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>New version</source>
        <translation>Нова версія</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy {0} to the academic year:</source>
        <translation>Копіювати {0} на навчальний рік:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Copying the programme</source>
        <translation>Копіювання освітньої програми</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete programme</source>
        <translation>Видалити освітню програму</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete {0} from the catalogue? This cannot be undone.</source>
        <translation>Видалити {0} з каталогу? Цю дію неможливо скасувати.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Deleting the programme</source>
        <translation>Видалення освітньої програми</translation>
    </message>
</context>
<context>
    <name>ChooseFilePage</name>
    <message>
        <location line="+46"/>
        <source>Choose the file</source>
        <translation>Виберіть файл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Excel template (.xlsx) or the programme document (освітньо-професійна програма) as a PDF with a text layer.</source>
        <translation>Шаблон Excel (.xlsx) або документ освітньо-професійної програми у форматі PDF із текстовим шаром.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>programme.xlsx or programme.pdf</source>
        <translation>programme.xlsx або programme.pdf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Browse…</source>
        <translation>Огляд…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace the version with the same code and academic year if it is already in the catalogue</source>
        <translation>Замінити версію з тим самим кодом і навчальним роком, якщо вона вже є в каталозі</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save a blank template…</source>
        <translation>Зберегти порожній шаблон…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing is saved until you have seen what was found in the file. A workbook with problems is listed cell by cell so that it can be fixed in one go.</source>
        <translation>Нічого не зберігається, доки ви не переглянете знайдене у файлі. Проблеми в книзі Excel перелічено за клітинками, щоб їх можна було виправити за один раз.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Import programme</source>
        <translation>Імпорт освітньої програми</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Programme files (*.xlsx *.pdf);;All files (*)</source>
        <translation>Файли освітніх програм (*.xlsx *.pdf);;Усі файли (*)</translation>
    </message>
</context>
<context>
    <name>CommissionDialog</name>
    <message>
        <location filename="../../app/ui/workflow_dialogs.py" line="-244"/>
        <source>Commission</source>
        <translation>Комісія</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name:</source>
        <translation>Назва:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Faculty:</source>
        <translation>Факультет:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Founding order no.:</source>
        <translation>№ наказу про створення:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order date:</source>
        <translation>Дата наказу:</translation>
    </message>
</context>
<context>
    <name>CommissionTab</name>
    <message>
        <location filename="../../app/ui/case_workflow.py" line="-1031"/>
        <source>New commission…</source>
        <translation>Нова комісія…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit commission…</source>
        <translation>Змінити комісію…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Full name</source>
        <translation>ПІБ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Position</source>
        <translation>Посада</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflict of interest</source>
        <translation>Конфлікт інтересів</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Declared</source>
        <translation>Декларація</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add member…</source>
        <translation>Додати члена…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit member…</source>
        <translation>Змінити дані члена…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove member</source>
        <translation>Вилучити члена комісії</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commission</source>
        <translation>Комісія</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version</source>
        <translation>Редакція</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Meeting</source>
        <translation>Засідання</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Стан</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For / against / abstained</source>
        <translation>За / проти / утрималися</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Signed</source>
        <translation>Підписано</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change reason</source>
        <translation>Причина зміни</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draw up protocol…</source>
        <translation>Скласти протокол…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign protocol</source>
        <translation>Підписати протокол</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard draft</source>
        <translation>Відхилити чернетку</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Protocol</source>
        <translation>Протокол</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Order no.</source>
        <translation>№ наказу</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Signed by</source>
        <translation>Підписав</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issue order…</source>
        <translation>Видати наказ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filed</source>
        <translation>Подано</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deadline</source>
        <translation>Строк</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In time</source>
        <translation>Вчасно</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Grounds</source>
        <translation>Підстави</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Panel</source>
        <translation>Апеляційна комісія</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Decided</source>
        <translation>Рішення ухвалено</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record notification…</source>
        <translation>Зафіксувати ознайомлення…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The day the applicant was told of the decision: the appeal window may run from it, as the policy profile says.</source>
        <translation>День, коли здобувача ознайомили з рішенням: строк апеляції може відлічуватися від нього, як визначає профіль правил.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File appeal…</source>
        <translation>Подати апеляцію…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record appeal outcome…</source>
        <translation>Записати результат апеляції…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order and appeals</source>
        <translation>Наказ і апеляції</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>(no commission)</source>
        <translation>(комісію не вибрано)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Created by order No. {0} of {1}</source>
        <translation>Створено наказом № {0} від {1}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Yes: {0}</source>
        <translation>Так: {0}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Ні</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>v{0}</source>
        <translation>ред. {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>signed</source>
        <translation>підписано</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>draft</source>
        <translation>чернетка</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Applicant notified on {0} ({1}).</source>
        <translation>Здобувача ознайомлено з рішенням {0} ({1}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Earlier: {0}</source>
        <translation>Раніше: {0}</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>No protocol yet: draw it up with “Draw up protocol…”.</source>
        <translation>Протоколу ще немає: складіть його кнопкою «Скласти протокол…».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No protocol yet: {0}</source>
        <translation>Протоколу ще немає: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No protocol yet: it is drawn up once the case is decided.</source>
        <translation>Протоколу ще немає: його складають після ухвалення рішення у справі.</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>yes</source>
        <translation>так</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>late</source>
        <translation>із запізненням</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Appeals accepted until {0}.</source>
        <translation>Апеляції приймаються до {0}.</translation>
    </message>
</context>
<context>
    <name>CommissionsDialog</name>
    <message>
        <location filename="../../app/ui/commissions_view.py" line="+36"/>
        <location line="+82"/>
        <source>Commissions</source>
        <translation>Комісії</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>Commission</source>
        <translation>Комісія</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Faculty</source>
        <translation>Факультет</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Founding order</source>
        <translation>Наказ про створення</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Full name</source>
        <translation>ПІБ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Position</source>
        <translation>Посада</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflict of interest</source>
        <translation>Конфлікт інтересів</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Declared</source>
        <translation>Декларація</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New commission…</source>
        <translation>Нова комісія…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit commission…</source>
        <translation>Змінити комісію…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add member…</source>
        <translation>Додати члена…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit member…</source>
        <translation>Змінити дані члена…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+124"/>
        <source>Remove member</source>
        <translation>Вилучити члена комісії</translation>
    </message>
    <message>
        <location line="-105"/>
        <source>Members of the selected commission:</source>
        <translation>Склад вибраної комісії:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No. {0} of {1}</source>
        <translation>№ {0} від {1}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Yes: {0}</source>
        <translation>Так: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>Ні</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Remove {0} from the commission?</source>
        <translation>Вилучити {0} зі складу комісії?</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Commissions…</source>
        <translation>&amp;Комісії…</translation>
    </message>
</context>
<context>
    <name>ComponentsDialog</name>
    <message>
        <location filename="../../app/ui/workflow_dialogs.py" line="-86"/>
        <source>Requested components</source>
        <translation>Освітні компоненти, заявлені до визнання</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Component</source>
        <translation>Освітній компонент</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ECTS</source>
        <translation>ЄКТС</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Примітка</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Components the policy profile does not recognise can still be requested; the proposal will say why they are rejected.</source>
        <translation>Компоненти, які правила визнання не допускають до визнання, усе одно можна заявити; у пропозиції буде зазначено причину відмови.</translation>
    </message>
</context>
<context>
    <name>ComponentsTab</name>
    <message>
        <location filename="../../app/ui/case_workflow.py" line="-593"/>
        <source>Add components…</source>
        <translation>Додати компоненти…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdraw</source>
        <translation>Відкликати</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run matching</source>
        <translation>Виконати зіставлення</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare the evidence&apos;s outcomes with each requested component</source>
        <translation>Зіставити результати навчання з документів із кожним заявленим компонентом</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Match with…</source>
        <translation>Зіставити з…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Match the selected component against the credentials you choose</source>
        <translation>Зіставити вибраний компонент із документами, які ви виберете</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Component</source>
        <translation>Освітній компонент</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ECTS</source>
        <translation>ЄКТС</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coverage</source>
        <translation>Покриття</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+266"/>
        <source>Proposal</source>
        <translation>Пропозиція</translation>
    </message>
    <message>
        <location line="-266"/>
        <source>Decision</source>
        <translation>Рішення</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version</source>
        <translation>Редакція</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Component outcome</source>
        <translation>Результат компонента</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Best incoming outcome</source>
        <translation>Найближчий результат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Judgement</source>
        <translation>Висновок</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Comment</source>
        <translation>Коментар</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Match</source>
        <translation>Відповідність</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Proposal of the policy profile</source>
        <translation>Пропозиція за правилами визнання</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Precedents: the same credential decided before</source>
        <translation>Прецеденти: попередні рішення щодо цього самого документа</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>v{0}, signed</source>
        <translation>ред. {0}, підписано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>v{0}</source>
        <translation>ред. {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed in a protocol: a change makes a new version</source>
        <translation>Підписано в протоколі: зміна створить нову редакцію</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>(nothing comparable)</source>
        <translation>(немає подібних)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Double-click to write a comment on this pair</source>
        <translation>Двічі клацніть, щоб прокоментувати цю пару</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add the components the applicant asks to have recognised.</source>
        <translation>Додайте освітні компоненти, визнання яких просить здобувач.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run the matching to see the proposal.</source>
        <translation>Виконайте зіставлення, щоб побачити пропозицію.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>coverage {0}</source>
        <translation>покриття {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assessed by the commission: {0}</source>
        <translation>Оцінено комісією: {0}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>None: this credential was not decided before for {0}.</source>
        <translation>Немає: раніше щодо цього документа для {0} рішень не ухвалювали.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Run the matching first.</source>
        <translation>Спершу виконайте зіставлення.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Grade</source>
        <translation>Оцінка</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enter the original grade first.</source>
        <translation>Спершу введіть оцінку з документа.</translation>
    </message>
</context>
<context>
    <name>Countries</name>
    <message>
        <location filename="../../build/i18n/wrapped_strings.py" line="-1231"/>
        <source>Andorra</source>
        <translation>Андорра</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>United Arab Emirates</source>
        <translation>Обʼєднані Арабські Емірати</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Afghanistan</source>
        <translation>Афганістан</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Antigua and Barbuda</source>
        <translation>Антигуа і Барбуда</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anguilla</source>
        <translation>Ангілья</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Albania</source>
        <translation>Албанія</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Armenia</source>
        <translation>Вірменія</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Angola</source>
        <translation>Ангола</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Antarctica</source>
        <translation>Антарктида</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Argentina</source>
        <translation>Аргентина</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>American Samoa</source>
        <translation>Американське Самоа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Austria</source>
        <translation>Австрія</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Australia</source>
        <translation>Австралія</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aruba</source>
        <translation>Аруба</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Åland Islands</source>
        <translation>Аландські острови</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Azerbaijan</source>
        <translation>Азербайджан</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bosnia and Herzegovina</source>
        <translation>Боснія і Герцеговина</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Barbados</source>
        <translation>Барбадос</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bangladesh</source>
        <translation>Бангладеш</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belgium</source>
        <translation>Бельгія</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Burkina Faso</source>
        <translation>Буркіна-Фасо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bulgaria</source>
        <translation>Болгарія</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bahrain</source>
        <translation>Бахрейн</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Burundi</source>
        <translation>Бурунді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Benin</source>
        <translation>Бенін</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saint Barthélemy</source>
        <translation>Сен-Бартельмі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bermuda</source>
        <translation>Бермудські острови</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brunei Darussalam</source>
        <translation>Бруней</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bolivia</source>
        <translation>Болівія</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bonaire, Sint Eustatius and Saba</source>
        <translation>Бонайре, Сінт-Естатіус і Саба</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brazil</source>
        <translation>Бразилія</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bahamas</source>
        <translation>Багамські острови</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bhutan</source>
        <translation>Бутан</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bouvet Island</source>
        <translation>Острів Буве</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Botswana</source>
        <translation>Ботсвана</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belarus</source>
        <translation>Білорусь</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belize</source>
        <translation>Беліз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Canada</source>
        <translation>Канада</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cocos (Keeling) Islands</source>
        <translation>Кокосові (Кілінг) острови</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Congo, The Democratic Republic of the</source>
        <translation>Конго, демократична республіка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Central African Republic</source>
        <translation>Центральноафриканська Республіка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Congo</source>
        <translation>Конго</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switzerland</source>
        <translation>Швейцарія</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Côte d&apos;Ivoire</source>
        <translation>Кот-дʼІвуар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cook Islands</source>
        <translation>Острови Кука</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chile</source>
        <translation>Чилі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cameroon</source>
        <translation>Камерун</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>China</source>
        <translation>Китай</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colombia</source>
        <translation>Колумбія</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Costa Rica</source>
        <translation>Коста-Рика</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cuba</source>
        <translation>Куба</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cabo Verde</source>
        <translation>Кабо-Верде</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Curaçao</source>
        <translation>Кюрасао</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Christmas Island</source>
        <translation>Острів Різдва</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cyprus</source>
        <translation>Кіпр</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Czechia</source>
        <translation>Чехія</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Germany</source>
        <translation>Німеччина</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Djibouti</source>
        <translation>Джибуті</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Denmark</source>
        <translation>Данія</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dominica</source>
        <translation>Домініка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dominican Republic</source>
        <translation>Домініканська республіка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Algeria</source>
        <translation>Алжир</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ecuador</source>
        <translation>Еквадор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Estonia</source>
        <translation>Естонія</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Egypt</source>
        <translation>Єгипет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Western Sahara</source>
        <translation>Західна Сахара</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eritrea</source>
        <translation>Еритрея</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spain</source>
        <translation>Іспанія</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ethiopia</source>
        <translation>Ефіопія</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>European Union</source>
        <translation>Європейський Союз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finland</source>
        <translation>Фінляндія</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fiji</source>
        <translation>Фіджі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Falkland Islands (Malvinas)</source>
        <translation>Фолклендські острови (Британія)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Micronesia, Federated States of</source>
        <translation>Мікронезія, федеративні штати</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Faroe Islands</source>
        <translation>Фарерські острови</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>France</source>
        <translation>Франція</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gabon</source>
        <translation>Габон</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>United Kingdom</source>
        <translation>Велика Британія</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grenada</source>
        <translation>Гренада</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Georgia</source>
        <translation>Грузія</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>French Guiana</source>
        <translation>Французька Гвіана</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guernsey</source>
        <translation>Острів Гернсі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ghana</source>
        <translation>Гана</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gibraltar</source>
        <translation>Гібралтар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Greenland</source>
        <translation>Ґренландія</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gambia</source>
        <translation>Гамбія</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guinea</source>
        <translation>Гвінея</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guadeloupe</source>
        <translation>Гваделупа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Equatorial Guinea</source>
        <translation>Екваторіальна Гвінея</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Greece</source>
        <translation>Греція</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>South Georgia and the South Sandwich Islands</source>
        <translation>Південна Джорджія та Південні Сандвічеві острови</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guatemala</source>
        <translation>Гватемала</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guam</source>
        <translation>Гуам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guinea-Bissau</source>
        <translation>Гвінея-Бісау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guyana</source>
        <translation>Гаяна</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hong Kong</source>
        <translation>Гонконг</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heard Island and McDonald Islands</source>
        <translation>Острів Герд і острови Макдональд</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Honduras</source>
        <translation>Гондурас</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Croatia</source>
        <translation>Хорватія</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Haiti</source>
        <translation>Гаїті</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hungary</source>
        <translation>Угорщина</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indonesia</source>
        <translation>Індонезія</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ireland</source>
        <translation>Ірландія</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Israel</source>
        <translation>Ізраїль</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Isle of Man</source>
        <translation>Острів Мен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>India</source>
        <translation>Індія</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>British Indian Ocean Territory</source>
        <translation>Британська територія в Індійському океані</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Iraq</source>
        <translation>Ірак</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Iran</source>
        <translation>Іран</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Iceland</source>
        <translation>Ісландія</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Italy</source>
        <translation>Італія</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jersey</source>
        <translation>Джерсі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jamaica</source>
        <translation>Ямайка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jordan</source>
        <translation>Йорданія</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Japan</source>
        <translation>Японія</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kenya</source>
        <translation>Кенія</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kyrgyzstan</source>
        <translation>Киргизстан</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cambodia</source>
        <translation>Камбоджа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kiribati</source>
        <translation>Кірибаті</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comoros</source>
        <translation>Коморські острови</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saint Kitts and Nevis</source>
        <translation>Сент-Кіттс і Невіс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>North Korea</source>
        <translation>Північна Корея</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>South Korea</source>
        <translation>Південна Корея</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kuwait</source>
        <translation>Кувейт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cayman Islands</source>
        <translation>Кайманові острови</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kazakhstan</source>
        <translation>Казахстан</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Laos</source>
        <translation>Лаоська Народно-Демократична Республіка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lebanon</source>
        <translation>Ліван</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saint Lucia</source>
        <translation>Сент-Люсія</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Liechtenstein</source>
        <translation>Ліхтенштейн</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sri Lanka</source>
        <translation>Шрі-Ланка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Liberia</source>
        <translation>Ліберія</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lesotho</source>
        <translation>Лесото</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lithuania</source>
        <translation>Литва</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Luxembourg</source>
        <translation>Люксембург</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latvia</source>
        <translation>Латвія</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Libya</source>
        <translation>Лівія</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Morocco</source>
        <translation>Марокко</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monaco</source>
        <translation>Монако</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moldova</source>
        <translation>Республіка Молдова</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Montenegro</source>
        <translation>Чорногорія</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saint Martin (French part)</source>
        <translation>Сен-Мартен (французька частина)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Madagascar</source>
        <translation>Мадагаскар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marshall Islands</source>
        <translation>Маршаллові острови</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>North Macedonia</source>
        <translation>Північна Македонія</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mali</source>
        <translation>Малі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Myanmar</source>
        <translation>Мʼянма</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mongolia</source>
        <translation>Монголія</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Macao</source>
        <translation>Макао</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Northern Mariana Islands</source>
        <translation>Північні Маріанські Острови</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Martinique</source>
        <translation>Мартиніка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mauritania</source>
        <translation>Мавританія</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Montserrat</source>
        <translation>Монтсеррат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Malta</source>
        <translation>Мальта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mauritius</source>
        <translation>Маврикій</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maldives</source>
        <translation>Мальдіви</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Malawi</source>
        <translation>Малаві</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mexico</source>
        <translation>Мексика</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Malaysia</source>
        <translation>Малайзія</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mozambique</source>
        <translation>Мозамбік</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Namibia</source>
        <translation>Намібія</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New Caledonia</source>
        <translation>Нова Каледонія</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Niger</source>
        <translation>Нігер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Norfolk Island</source>
        <translation>Острів Норфолк</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nigeria</source>
        <translation>Нігерія</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nicaragua</source>
        <translation>Нікарагуа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Netherlands</source>
        <translation>Нідерланди</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Norway</source>
        <translation>Норвегія</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nepal</source>
        <translation>Непал</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nauru</source>
        <translation>науру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Niue</source>
        <translation>Ніуе</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New Zealand</source>
        <translation>Нова Зеландія</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oman</source>
        <translation>Оман</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Panama</source>
        <translation>Панама</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peru</source>
        <translation>Перу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>French Polynesia</source>
        <translation>Французька Полінезія</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Papua New Guinea</source>
        <translation>Папуа Нова Гвінея</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Philippines</source>
        <translation>Філіппіни</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pakistan</source>
        <translation>Пакистан</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Poland</source>
        <translation>Польща</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saint Pierre and Miquelon</source>
        <translation>Сен-Пʼєр і Мікелон</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pitcairn</source>
        <translation>Піткерн</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Puerto Rico</source>
        <translation>Пуерто-Рико</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Palestine, State of</source>
        <translation>Палестина, Держава</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portugal</source>
        <translation>Португалія</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Palau</source>
        <translation>Палау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paraguay</source>
        <translation>Парагвай</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qatar</source>
        <translation>Катар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Réunion</source>
        <translation>Реюньйон</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Romania</source>
        <translation>Румунія</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serbia</source>
        <translation>Сербія</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Russian Federation</source>
        <translation>Російська Федерація</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rwanda</source>
        <translation>Руанда</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saudi Arabia</source>
        <translation>Саудівська Аравія</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Solomon Islands</source>
        <translation>Соломонові Острови</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seychelles</source>
        <translation>Сейшели</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sudan</source>
        <translation>Судан</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sweden</source>
        <translation>Швеція</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Singapore</source>
        <translation>Сінгапур</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saint Helena, Ascension and Tristan da Cunha</source>
        <translation>Острови Святої Єлени, Вознесіння і Тристан-да-Кунья</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slovenia</source>
        <translation>Словенія</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Svalbard and Jan Mayen</source>
        <translation>Острови Свальбард і Ян Маєн</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slovakia</source>
        <translation>Словаччина</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sierra Leone</source>
        <translation>Сьєрра-Леоне</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>San Marino</source>
        <translation>Сан-Марино</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Senegal</source>
        <translation>Сенегал</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Somalia</source>
        <translation>Сомалі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suriname</source>
        <translation>Суринам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>South Sudan</source>
        <translation>Південний Судан</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sao Tome and Principe</source>
        <translation>Сан-Томе і Принсіпі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>El Salvador</source>
        <translation>Сальвадор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sint Maarten (Dutch part)</source>
        <translation>Сінт-Мартен (голландська частина)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Syria</source>
        <translation>Сирійська Арабська Республіка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eswatini</source>
        <translation>Есватіні</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turks and Caicos Islands</source>
        <translation>Острови Теркс і Кайкос</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chad</source>
        <translation>Чад</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>French Southern Territories</source>
        <translation>Французькі Південні Території</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Togo</source>
        <translation>Того</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thailand</source>
        <translation>Таїланд</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tajikistan</source>
        <translation>Таджикистан</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tokelau</source>
        <translation>токелау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timor-Leste</source>
        <translation>Східний Тимор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turkmenistan</source>
        <translation>Туркменістан</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tunisia</source>
        <translation>Туніс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tonga</source>
        <translation>Тонга</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Türkiye</source>
        <translation>Туреччина</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trinidad and Tobago</source>
        <translation>Тринідад і Тобаго</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tuvalu</source>
        <translation>тувалу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taiwan</source>
        <translation>Тайвань, провінція Китаю</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tanzania</source>
        <translation>Танзанія, Обʼєднана Республіка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ukraine</source>
        <translation>Україна</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uganda</source>
        <translation>Уганда</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>United States Minor Outlying Islands</source>
        <translation>Зовнішні малі острови США</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>United States</source>
        <translation>США</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uruguay</source>
        <translation>Уругвай</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uzbekistan</source>
        <translation>Узбекистан</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Holy See (Vatican City State)</source>
        <translation>Святий Престол (Ватикан, Місто-Держава)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saint Vincent and the Grenadines</source>
        <translation>Сент-Вінсент і Гренадини</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Venezuela</source>
        <translation>Венесуела, Боліварська Республіка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Virgin Islands, British</source>
        <translation>Віргінські острови (Британія)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Virgin Islands, U.S.</source>
        <translation>Віргінські острови (США)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vietnam</source>
        <translation>Вʼєтнам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vanuatu</source>
        <translation>Вануату</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wallis and Futuna</source>
        <translation>Волліс і Футуна</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Samoa</source>
        <translation>Самоа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kosovo</source>
        <translation>Косово</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yemen</source>
        <translation>Ємен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mayotte</source>
        <translation>Майотта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>South Africa</source>
        <translation>Південна Африка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zambia</source>
        <translation>Замбія</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zimbabwe</source>
        <translation>Зімбабве</translation>
    </message>
</context>
<context>
    <name>Decision</name>
    <message>
        <location filename="../../app/reports/papers.py" line="+33"/>
        <source>recognised in full</source>
        <translation>визнано повністю</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recognised in part</source>
        <translation>визнано частково</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not recognised</source>
        <translation>не визнано</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no decision</source>
        <translation>рішення не ухвалено</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>document review</source>
        <translation>розгляд документів</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>interview</source>
        <translation>співбесіда</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>test</source>
        <translation>тестування</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>declarative method (self-assessment)</source>
        <translation>декларативний метод (самооцінювання)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>observation (monitoring)</source>
        <translation>спостереження (моніторинг)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>simulation (evidence from work)</source>
        <translation>симуляція (свідчення з роботи)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>practical task</source>
        <translation>практичне завдання</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>portfolio</source>
        <translation>портфоліо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>other assessment</source>
        <translation>інша форма оцінювання</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>pass</source>
        <translation>зараховано</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fail</source>
        <translation>не зараховано</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>converted from {original} by the institution&apos;s grade table</source>
        <translation>переведено з оцінки {original} за таблицею відповідності закладу освіти</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>set by the commission</source>
        <translation>визначено комісією</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>learning outcomes of the component confirmed: {covered} of {total}</source>
        <translation>підтверджено результатів навчання освітнього компонента: {covered} з {total}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>workload in the documents: {hours}</source>
        <translation>обсяг за документами: {hours}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>recognised part: {scope}</source>
        <translation>визнано в частині: {scope}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>commission: {text}</source>
        <translation>висновок комісії: {text}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>learning outcomes in {credential}: {note}</source>
        <translation>результати навчання документа {credential}: {note}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>learning outcomes in the document: {note}</source>
        <translation>результати навчання в документі: {note}</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>to be studied: {credits}</source>
        <translation>до вивчення: {credits}</translation>
    </message>
</context>
<context>
    <name>DecisionEditor</name>
    <message>
        <location filename="../../app/ui/case_workflow.py" line="-504"/>
        <source>Decision</source>
        <translation>Рішення</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>which module or points are recognised; the rest to complete</source>
        <translation>який модуль чи які бали визнаються; решту належить довиконати</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>as on the credential: 85%, 18/20, A, passed</source>
        <translation>як у документі: 85%, 18/20, A, зараховано</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Convert</source>
        <translation>Перерахувати</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Convert the original grade with the policy profile&apos;s table</source>
        <translation>Перерахувати оцінку з документа за таблицею правил визнання</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Start from the proposal</source>
        <translation>Взяти за основу пропозицію</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save decision</source>
        <translation>Зберегти рішення</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revert</source>
        <translation>Повернути як було</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>scale</source>
        <translation>шкала</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ECTS:</source>
        <translation>ЄКТС:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>of</source>
        <translation>з</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Decision:</source>
        <translation>Рішення:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credits recognised:</source>
        <translation>Визнано кредитів:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partial: recognised part:</source>
        <translation>Часткове визнання, визнана частина:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points:</source>
        <translation>Бали:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Original grade:</source>
        <translation>Оцінка в документі:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grade, 100-point:</source>
        <translation>Оцінка за 100-бальною шкалою:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grade, national scale:</source>
        <translation>Оцінка за національною шкалою:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conversion method:</source>
        <translation>Спосіб перерахунку:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reasons:</source>
        <translation>Обґрунтування:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cap:</source>
        <translation>Ліміт:</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>of {0} ECTS; remaining {1}</source>
        <translation>з {0} ЄКТС; залишок {1}</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Signed in a protocol: saving a change creates version {0} with a reason.</source>
        <translation>Підписано в протоколі: збереження зміни створить редакцію {0} з обґрунтуванням.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decided by {0}, {1}.</source>
        <translation>Ухвалено: {0}, {1}.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>{0} of {1} credits would be used ({2}% of {3}).</source>
        <translation>Буде використано кредитів: {0} з {1} ({2}% від {3}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the academic year</source>
        <translation>обсягу навчального року</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the programme</source>
        <translation>обсягу освітньої програми</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passes the cap: saving needs an override with a reason.</source>
        <translation>Перевищує ліміт: для збереження потрібен виняток з обґрунтуванням.</translation>
    </message>
</context>
<context>
    <name>DecisionTab</name>
    <message>
        <location line="+347"/>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Component</source>
        <translation>Освітній компонент</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ECTS</source>
        <translation>ЄКТС</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+3"/>
        <source>Decision</source>
        <translation>Рішення</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+2"/>
        <source>Credits</source>
        <translation>Кредити</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Remaining</source>
        <translation>Залишок</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Grade (100 / ECTS / national)</source>
        <translation>Оцінка (100 / ЄКТС / національна)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Original grade</source>
        <translation>Оцінка в документі</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>Reasons</source>
        <translation>Обґрунтування</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+1"/>
        <source>Version</source>
        <translation>Редакція</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Protocol</source>
        <translation>Протокол</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current</source>
        <translation>Чинна</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grade</source>
        <translation>Оцінка</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change reason</source>
        <translation>Причина зміни</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Decided</source>
        <translation>Рішення ухвалено</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Versions of the selected decision (signed versions stay readable)</source>
        <translation>Редакції вибраного рішення (підписані редакції залишаються доступними)</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+31"/>
        <source>v{0}</source>
        <translation>ред. {0}</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>This case recognises {0} ECTS. The student&apos;s recognised credits: {1} of {2} allowed ({3}% of {4}).</source>
        <translation>У цій справі визнається кредитів ЄКТС: {0}. Усього визнано кредитів здобувачу: {1} з {2} дозволених ({3}% від {4}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the academic year</source>
        <translation>обсягу навчального року</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the programme</source>
        <translation>обсягу освітньої програми</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>yes</source>
        <translation>так</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no (superseded)</source>
        <translation>ні (замінено)</translation>
    </message>
</context>
<context>
    <name>EditCaseDialog</name>
    <message>
        <location filename="../../app/ui/edit_case_dialog.py" line="+45"/>
        <source>Edit case {0}</source>
        <translation>Редагування справи {0}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>name@example.org (compared with badges issued to an e-mail)</source>
        <translation>name@example.org (порівнюється з бейджами, виданими на e-mail)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(not chosen)</source>
        <translation>(не обрано)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(none)</source>
        <translation>(немає)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Learning outcomes the applicant declares, one per line</source>
        <translation>Результати навчання, які декларує здобувач, по одному в рядку</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Full name:</source>
        <translation>ПІБ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Student ID:</source>
        <translation>Номер студентського квитка:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail:</source>
        <translation>Електронна пошта:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Faculty:</source>
        <translation>Факультет:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group:</source>
        <translation>Група:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Programme:</source>
        <translation>Освітня програма:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Academic year:</source>
        <translation>Навчальний рік:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Semester:</source>
        <translation>Семестр:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filed on:</source>
        <translation>Дата подання:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision due:</source>
        <translation>Рішення до:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declaration:</source>
        <translation>Декларація:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note:</source>
        <translation>Примітка:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The applicant&apos;s data is shared by all their cases. Every change is kept in the audit log.</source>
        <translation>Дані здобувача спільні для всіх його справ. Кожна зміна зберігається в журналі аудиту.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Changed by someone else</source>
        <translation>Змінено іншим користувачем</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your values are still in the form: close it, reopen the case and enter them again.</source>
        <translation>Ваші значення залишилися у формі: закрийте її, відкрийте справу знову та введіть їх ще раз.</translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message>
        <location filename="../../app/ui/evidence_view.py" line="+64"/>
        <source>Learner</source>
        <translation>Здобувач</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Learner identifier</source>
        <translation>Ідентифікатор здобувача</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Назва</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country of the issuer</source>
        <translation>Країна видавця</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Awarding body</source>
        <translation>Видавець</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of issuing</source>
        <translation>Дата видачі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Learning outcomes</source>
        <translation>Результати навчання</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workload (ECTS)</source>
        <translation>Обсяг (кредити ЄКТС)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workload (hours)</source>
        <translation>Обсяг (години)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EQF level</source>
        <translation>Рівень ЄРК</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type of assessment</source>
        <translation>Форма оцінювання</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Form of participation</source>
        <translation>Форма участі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quality assurance</source>
        <translation>Забезпечення якості</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prerequisites</source>
        <translation>Передумови</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supervision and identity verification</source>
        <translation>Нагляд і перевірка особи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grade</source>
        <translation>Оцінка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Integration / stackability</source>
        <translation>Поєднуваність / накопичуваність</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Further information</source>
        <translation>Додаткова інформація</translation>
    </message>
</context>
<context>
    <name>EvidenceChoiceDialog</name>
    <message>
        <location filename="../../app/ui/workflow_dialogs.py" line="+22"/>
        <source>Match {0} with</source>
        <translation>Зіставити {0} з</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Credential</source>
        <translation>Документ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Awarding body</source>
        <translation>Видавець</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outcomes</source>
        <translation>Результати навчання</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The matching then finds the smallest set of the ticked credentials that covers the component best. Credentials without learning outcomes are not listed.</source>
        <translation>Зіставлення знайде найменший набір позначених документів, що найкраще покриває компонент. Документи без результатів навчання тут не показано.</translation>
    </message>
</context>
<context>
    <name>EvidenceController</name>
    <message>
        <location filename="../../app/ui/evidence_view.py" line="+591"/>
        <source>Evidence</source>
        <translation>Докази</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import &amp;evidence files…</source>
        <translation>Імпортувати &amp;документи…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import evidence &amp;folder…</source>
        <translation>Імпортувати &amp;теку з документами…</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+11"/>
        <source>Select a case first.</source>
        <translation>Спершу виберіть справу.</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Import evidence</source>
        <translation>Імпорт документів</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credentials (*.pdf *.png *.svg *.json *.jsonld *.jwt *.jws *.xml);;All files (*)</source>
        <translation>Документи про навчання (*.pdf *.png *.svg *.json *.jsonld *.jwt *.jws *.xml);;Усі файли (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Import a folder of evidence</source>
        <translation>Імпорт теки з документами</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Select a case first, then drop the files onto it.</source>
        <translation>Спершу виберіть справу, потім перетягніть на неї файли.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Importing evidence</source>
        <translation>Імпорт документів</translation>
    </message>
</context>
<context>
    <name>EvidenceDetailsTab</name>
    <message>
        <location line="-607"/>
        <source>Check</source>
        <translation>Перевірка</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Detail</source>
        <translation>Подробиці</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Element</source>
        <translation>Елемент</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Значення</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Found at</source>
        <translation>Місце у файлі</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Open original file</source>
        <translation>Відкрити оригінал файлу</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Confirm a check of the original…</source>
        <translation>Підтвердити перевірку оригіналу…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record, under your name, what you checked: the original seen, the issuer contacted…</source>
        <translation>Зафіксувати від свого імені, що саме перевірено: оглянуто оригінал, отримано підтвердження від видавця…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A translation into a working language is attached</source>
        <translation>Додано переклад робочою мовою</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded under your name; the proposals of the case follow at once</source>
        <translation>Записується від вашого імені; пропозиції справи одразу оновлюються</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Correct the language…</source>
        <translation>Виправити мову…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language was read from the credential&apos;s text; correct it under your name if it is wrong</source>
        <translation>Мову визначено за текстом документа; якщо її визначено хибно, виправте її від свого імені</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove…</source>
        <translation>Вилучити…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take this item off the case (after the assessment started: with a reason, and the assessment is reopened)</source>
        <translation>Вилучити цей документ зі справи (після початку оцінювання — з причиною, і оцінювання буде відновлено)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace with a file…</source>
        <translation>Замінити файлом…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter by hand…</source>
        <translation>Ввести вручну…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the elements in from the paper original (when no file can be read); the selected unreadable item is replaced</source>
        <translation>Ввести елементи з паперового оригіналу (коли файл не вдається прочитати); вибраний нечитабельний документ буде замінено</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Elements (missing mandatory ones in red):</source>
        <translation>Елементи (відсутні обов’язкові позначено червоним):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Elements</source>
        <translation>Елементи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checks</source>
        <translation>Перевірки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Learning outcomes</source>
        <translation>Результати навчання</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Import the applicant&apos;s files with Case ▸ Import evidence, or drop them here.</source>
        <translation>Імпортуйте файли здобувача (Справа ▸ Імпортувати документи) або перетягніть їх сюди.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>(table)</source>
        <translation>(таблиця)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(course topics)</source>
        <translation>(теми курсу)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(sentence)</source>
        <translation>(речення)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(top line)</source>
        <translation>(верхній рядок)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Entered by hand by {0} from the original ({1}); the application checked no signature.</source>
        <translation>Введено вручну: {0}, з оригіналу ({1}); підпис застосунок не перевіряв.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>passed</source>
        <translation>пройдено</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>failed</source>
        <translation>не пройдено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not checked offline</source>
        <translation>не перевірено офлайн</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>missing (mandatory)</source>
        <translation>відсутній (обов’язковий)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>— (given by “{0}”)</source>
        <translation>— (достатньо елемента «{0}»)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Either of the two satisfies this mandatory element (EU Council Recommendation 2022/C 243/02, Annex I); this credential gives “{0}”.</source>
        <translation>Цей обов’язковий елемент вважається наявним, якщо зазначено будь-який із двох (Рекомендація Ради ЄС 2022/C 243/02, додаток I); у цьому документі зазначено «{0}».</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n outcome(s)</source>
        <translation>
            <numerusform>%n результат навчання</numerusform>
            <numerusform>%n результати навчання</numerusform>
            <numerusform>%n результатів навчання</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>entered by hand by {0} from the original: {1}</source>
        <translation>введено вручну: {0}, з оригіналу: {1}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Learner: {0} — {1}</source>
        <translation>Здобувач: {0} — {1}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Language: {0} ({1})</source>
        <translation>Мова: {0} ({1})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language: not determined</source>
        <translation>Мова: не визначено</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the rules require a translation</source>
        <translation>правила вимагають перекладу</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Language of the credential</source>
        <translation>Мова документа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language {0} is written in (the rules&apos; translation requirement follows it):</source>
        <translation>Мова, якою написано {0} (від неї залежить, чи правила вимагають перекладу):</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>The assessment has started: why? (It will be reopened.)</source>
        <translation>Оцінювання вже розпочато: чому? (Його буде відновлено.)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Replace with a file</source>
        <translation>Замінити файлом</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credentials (*.pdf *.png *.svg *.json *.jsonld *.jwt *.jws *.xml);;All files (*)</source>
        <translation>Документи (*.pdf *.png *.svg *.json *.jsonld *.jwt *.jws *.xml);;Усі файли (*)</translation>
    </message>
    <message>
        <location line="-63"/>
        <location line="+75"/>
        <source>Run the matching and decide again for: {0}</source>
        <translation>Запустіть зіставлення й ухваліть рішення знову для: {0}</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+3"/>
        <source>Remove evidence</source>
        <translation>Вилучення документа</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Take {0} off the case?</source>
        <translation>Вилучити {0} зі справи?</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Replace evidence</source>
        <translation>Заміна документа</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Select a case first.</source>
        <translation>Спочатку виберіть справу.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Enter by hand</source>
        <translation>Введення вручну</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Nobody has confirmed a check of the original yet.</source>
        <translation>Перевірку оригіналу ще ніхто не підтвердив.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checked by {0} on {1}: {2}</source>
        <translation>Перевірив(ла) {0}, {1}: {2}</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <location filename="../../build/i18n/wrapped_strings.py" line="+936"/>
        <source>.</source>
        <translation>,</translation>
    </message>
</context>
<context>
    <name>GradeTable</name>
    <message>
        <location filename="../../app/ui/policy_view.py" line="+318"/>
        <source>From (points)</source>
        <translation>Від (балів)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To (points)</source>
        <translation>До (балів)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ECTS</source>
        <translation>ЄКТС</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>National grade</source>
        <translation>Національна оцінка</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In Ukrainian</source>
        <translation>Українською</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In English</source>
        <translation>Англійською</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass</source>
        <translation>Зараховано</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../app/ui/catalogue_view.py" line="+179"/>
        <source>Import a programme</source>
        <translation>Імпорт освітньої програми</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../app/ui/labels.py" line="+17"/>
        <source>Registered</source>
        <translation>Зареєстровано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents checked</source>
        <translation>Документи перевірено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Under assessment</source>
        <translation>На розгляді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decided</source>
        <translation>Рішення ухвалено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protocol signed</source>
        <translation>Протокол підписано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order issued</source>
        <translation>Наказ видано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Закрито</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Under appeal</source>
        <translation>Апеляція</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Verified</source>
        <translation>Підтверджено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invalid</source>
        <translation>Недійсний</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not verifiable offline</source>
        <translation>Неможливо перевірити офлайн</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unsigned</source>
        <translation>Без підпису</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not be read</source>
        <translation>Не вдалося прочитати</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>online</source>
        <translation>онлайн</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>blended</source>
        <translation>змішана</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on site</source>
        <translation>очна</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unsupervised, no identity check</source>
        <translation>без нагляду, без перевірки особи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>supervised, no identity check</source>
        <translation>під наглядом, без перевірки особи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>supervised online, identity checked</source>
        <translation>під наглядом онлайн, особу перевірено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>supervised on site, identity checked</source>
        <translation>під наглядом на місці, особу перевірено</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Recognised in full</source>
        <translation>Визнано повністю</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recognised partially</source>
        <translation>Визнано частково</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not recognised</source>
        <translation>Не визнано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recognise</source>
        <translation>Визнати</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject</source>
        <translation>Відмовити у визнанні</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not decided</source>
        <translation>Рішення не ухвалено</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+1"/>
        <source>Recognise in full</source>
        <translation>Визнати повністю</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recognise partially</source>
        <translation>Визнати частково</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Do not recognise</source>
        <translation>Не визнавати</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mandatory</source>
        <translation>Обов’язковий</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Elective</source>
        <translation>Вибірковий</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Practice</source>
        <translation>Практика</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attestation</source>
        <translation>Атестація</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Matches the applicant</source>
        <translation>Збігається із заявником</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Probably the applicant: confirm</source>
        <translation>Імовірно, заявник: підтвердьте</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Does not match the applicant</source>
        <translation>Не збігається із заявником</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not be compared</source>
        <translation>Не вдалося порівняти</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not checked</source>
        <translation>Не перевірено</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>lexical</source>
        <translation>лексична подібність</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>glossary</source>
        <translation>глосарій</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>embedding</source>
        <translation>смислова подібність</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>manual</source>
        <translation>вручну</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../../build/i18n/wrapped_strings.py" line="+1"/>
        <source>English</source>
        <translation>Українська</translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <location line="-929"/>
        <source>English</source>
        <translation>англійська</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>German</source>
        <translation>німецька</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>French</source>
        <translation>французька</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spanish</source>
        <translation>іспанська</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Italian</source>
        <translation>італійська</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portuguese</source>
        <translation>португальська</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dutch</source>
        <translation>голландська</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Polish</source>
        <translation>польська</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Czech</source>
        <translation>чеська</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slovak</source>
        <translation>словацька</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slovenian</source>
        <translation>словенська</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Croatian</source>
        <translation>хорватська</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bosnian</source>
        <translation>боснійська</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Romanian</source>
        <translation>румунська</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hungarian</source>
        <translation>угорська</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lithuanian</source>
        <translation>литовська</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latvian</source>
        <translation>латиська</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Estonian</source>
        <translation>естонська</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finnish</source>
        <translation>фінська</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Swedish</source>
        <translation>шведська</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Danish</source>
        <translation>данська</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Norwegian</source>
        <translation>норвезька</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Norwegian Bokmål</source>
        <translation>норвезька букмол</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Norwegian Nynorsk</source>
        <translation>норвезька нюноршк</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Icelandic</source>
        <translation>ісландська</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Irish</source>
        <translation>ірландська</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Welsh</source>
        <translation>валлійська</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catalan</source>
        <translation>каталанська</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Basque</source>
        <translation>баскська</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Galician</source>
        <translation>галісійська</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turkish</source>
        <translation>турецька</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Azerbaijani</source>
        <translation>азербайджанська</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Albanian</source>
        <translation>албанська</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maltese</source>
        <translation>мальтійська</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latin</source>
        <translation>латиниця</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Esperanto</source>
        <translation>есперанто</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vietnamese</source>
        <translation>в&apos;єтнамська</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indonesian</source>
        <translation>індонезійська</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Malay</source>
        <translation>малайська (макромова)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tagalog</source>
        <translation>тагальська</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Swahili</source>
        <translation>суахілі (макромова)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uzbek</source>
        <translation>узбецька</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Luxembourgish</source>
        <translation>люксембурзька</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Western Frisian</source>
        <translation>західнофрізька</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ukrainian</source>
        <translation>українська</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Russian</source>
        <translation>російська</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bulgarian</source>
        <translation>болгарська</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belarusian</source>
        <translation>білоруська</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serbian</source>
        <translation>сербська</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Macedonian</source>
        <translation>македонська</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kazakh</source>
        <translation>казахська</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kyrgyz</source>
        <translation>киргизька</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tajik</source>
        <translation>таджицька</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mongolian</source>
        <translation>монгольська</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bashkir</source>
        <translation>башкирська</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tatar</source>
        <translation>татарська</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chuvash</source>
        <translation>чуваська</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="+75"/>
        <location line="+347"/>
        <source>Recognition Desk</source>
        <translation>Recognition Desk — визнання результатів навчання</translation>
    </message>
    <message>
        <location line="-313"/>
        <source>Database: {0}</source>
        <translation>База даних: {0}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Preparing</source>
        <translation>Підготовка</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Loading the matching model</source>
        <translation>Завантаження моделі зіставлення</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Search: name (Cyrillic or Latin), student ID, reg. no.</source>
        <translation>Пошук: ПІБ (кирилицею або латиницею), № залікової книжки, реєстр. №</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All statuses</source>
        <translation>Усі стани</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Overdue only</source>
        <translation>Лише прострочені</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Opening the database…</source>
        <translation>Відкриття бази даних…</translation>
    </message>
    <message>
        <location line="+13"/>
        <location filename="../../app/ui/selftest_window.py" line="+45"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Case</source>
        <translation>&amp;Справа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;atalogue</source>
        <translation>&amp;Каталог</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reports</source>
        <translation>&amp;Звіти</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tools</source>
        <translation>&amp;Інструменти</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Довідка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New case…</source>
        <translation>&amp;Нова справа…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Оновити</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit case data…</source>
        <translation>&amp;Редагувати дані справи…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Load &amp;demo data</source>
        <translation>Завантажити &amp;демонстраційні дані</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Вийти</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Verify audit log</source>
        <translation>&amp;Перевірити журнал аудиту</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Trusted store…</source>
        <translation>&amp;Довірене сховище…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Налаштування…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;log folder</source>
        <translation>Відкрити теку &amp;журналів</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About</source>
        <translation>&amp;Про програму</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Main</source>
        <translation>Основна панель</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Loading cases</source>
        <translation>Завантаження справ</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>{0} of the newest {1} cases shown; loading the rest…</source>
        <translation>Показано {0} з {1} найновіших справ; решта завантажується…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No cases yet: create one with File ▸ New case, or try the application with File ▸ Load demo data.</source>
        <translation>Справ ще немає: створіть справу (Файл ▸ Нова справа) або спробуйте програму на демонстраційних даних (Файл ▸ Завантажити демонстраційні дані).</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>{0} of %Ln case(s) shown; {1} overdue</source>
        <translation>
            <numerusform>Показано {0} з %Ln справи; прострочено: {1}</numerusform>
            <numerusform>Показано {0} з %Ln справ; прострочено: {1}</numerusform>
            <numerusform>Показано {0} з %Ln справ; прострочено: {1}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Opening case</source>
        <translation>Відкриття справи</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Select a case first.</source>
        <translation>Спочатку виберіть справу.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Loading demo data</source>
        <translation>Завантаження демонстраційних даних</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Verifying the audit log</source>
        <translation>Перевірка журналу аудиту</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+3"/>
        <source>Audit log</source>
        <translation>Журнал аудиту</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>The audit log is intact: {0} entries checked.</source>
        <translation>Журнал аудиту цілісний; перевірено записів: {0}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The audit log is broken at entry {0}: {1}</source>
        <translation>Цілісність журналу аудиту порушено на записі {0}: {1}</translation>
    </message>
</context>
<context>
    <name>ManualCheckDialog</name>
    <message>
        <location filename="../../app/ui/evidence_view.py" line="+12"/>
        <source>Confirm a check of the original</source>
        <translation>Підтвердження перевірки оригіналу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What did you check? Your name and the time are recorded.</source>
        <translation>Що саме ви перевірили? Ваше ім’я та час буде зафіксовано.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Note (whom you contacted, what the original showed):</source>
        <translation>Примітка (з ким зв’язувалися, що засвідчив оригінал):</translation>
    </message>
</context>
<context>
    <name>ManualEntryDialog</name>
    <message>
        <location filename="../../app/ui/manual_entry_dialog.py" line="+35"/>
        <source>Enter a credential by hand</source>
        <translation>Введення документа вручну</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. the paper original shown by the applicant</source>
        <translation>напр., паперовий оригінал, пред&apos;явлений здобувачем</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Entered from:</source>
        <translation>Введено з:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>One learning outcome per line</source>
        <translation>Один результат навчання в рядку</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Each element is stored as entered by you from the original. * mandatory elements (a missing one is listed on the item).</source>
        <translation>Кожен елемент зберігається як введений вами з оригіналу. * — обов&apos;язкові елементи (відсутній буде зазначено в документі).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replaces: {0}</source>
        <translation>Замінює: {0}</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <location filename="../../app/ui/workflow_dialogs.py" line="+39"/>
        <source>Commission member</source>
        <translation>Член комісії</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Declared a conflict of interest (does not vote or sign)</source>
        <translation>Заявлено конфлікт інтересів (не голосує і не підписує)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Full name:</source>
        <translation>ПІБ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role:</source>
        <translation>Роль:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Position:</source>
        <translation>Посада:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conflict of interest:</source>
        <translation>Конфлікт інтересів:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declaration signed on:</source>
        <translation>Дата підписання декларації:</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../build/i18n/wrapped_strings.py" line="+377"/>
        <source>{evidence}: signature verified; revocation not checked</source>
        <translation>{evidence}: підпис перевірено; відкликання не перевірено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{evidence}: the signature is valid, but nothing outside the file confirms that this key belongs to {issuer}</source>
        <translation>{evidence}: підпис дійсний, але ніщо поза файлом не підтверджує, що цей ключ належить {issuer}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{evidence}: written in {language}, no translation into a working language attached</source>
        <translation>{evidence}: мова документа — {language}, переклад робочою мовою не додано</translation>
    </message>
    <message>
        <location line="+260"/>
        <source>“{email}” is not an e-mail address (expected name@domain).</source>
        <translation>«{email}» не є адресою електронної пошти (очікується name@domain).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These case fields cannot be edited here: {fields}.</source>
        <translation>Ці поля справи тут не редагуються: {fields}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The applicant&apos;s full name is required.</source>
        <translation>ПІБ здобувача обов&apos;язкове.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Case {case} is “{status}”: only the applicant&apos;s e-mail can still be corrected.</source>
        <translation>Справа {case} має статус «{status}»: виправити можна лише електронну пошту здобувача.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case {case} is “{status}”: its programme and policy profile can be changed only before the assessment starts.</source>
        <translation>Справа {case} має статус «{status}»: освітню програму й профіль правил можна змінити лише до початку оцінювання.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case {case} has requested components of its programme: withdraw them before choosing another programme.</source>
        <translation>У справі {case} є заявлені компоненти її освітньої програми: відкличте їх, перш ніж обрати іншу програму.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Student ID {student_id} already belongs to another applicant ({name}).</source>
        <translation>Номер студентського квитка {student_id} уже належить іншому здобувачеві ({name}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Component {component} of case {case} already has a decision and cannot be withdrawn; record “not recognised” with a reason instead.</source>
        <translation>Щодо компонента {component} у справі {case} вже є рішення, тому його не можна відкликати; натомість зафіксуйте «не визнано» з обґрунтуванням.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The decision on {component} was signed in a protocol: it can be changed (as a new version) but not cleared.</source>
        <translation>Рішення щодо {component} підписано в протоколі: його можна змінити (як нову версію), але не скасувати.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{what}: unknown decision {decision!r} (use {allowed}).</source>
        <translation>{what}: невідоме рішення {decision!r} (допустимі: {allowed}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what}: recognition in full gives the component&apos;s {ects} credits, not {credits}; use a partial recognition for fewer credits.</source>
        <translation>{what}: повне визнання дає всі кредити ЄКТС компонента ({ects}), а не {credits}; для меншої кількості кредитів оберіть часткове визнання.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what}: a partial recognition needs credits between 0 and {ects}.</source>
        <translation>{what}: для часткового визнання кількість кредитів має бути більшою за 0 і меншою за {ects}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what}: say which module or points are recognised for a partial recognition.</source>
        <translation>{what}: для часткового визнання зазначте, який модуль або які бали визнано.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what}: give the reasons for a partial or negative decision.</source>
        <translation>{what}: наведіть обґрунтування часткового або негативного рішення.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what}: points cannot be negative.</source>
        <translation>{what}: кількість балів не може бути від’ємною.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what}: maximum points cannot be negative.</source>
        <translation>{what}: максимальна кількість балів не може бути від’ємною.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{what}: the grade on the 100-point scale must be between 0 and 100.</source>
        <translation>{what}: оцінка за 100-бальною шкалою має бути від 0 до 100.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case {case}: {codes} is not among the components requested ({requested}).</source>
        <translation>Справа {case}: {codes} немає серед заявлених компонентів ({requested}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An assessment score cannot be negative.</source>
        <translation>Бал оцінювання не може бути від’ємним.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The maximum score of an assessment must be positive.</source>
        <translation>Максимальний бал оцінювання має бути додатним.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The score {score} is more than the maximum {max_score}.</source>
        <translation>Кількість балів ({score}) перевищує максимальну ({max_score}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The decision on {component} was signed in protocol {protocol}: a change makes a new version and needs a reason.</source>
        <translation>Рішення щодо {component} підписано в протоколі {protocol}: зміна створює нову версію і потребує обґрунтування.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demo data is already loaded.</source>
        <translation>Демонстраційні дані вже завантажено.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading demo data</source>
        <translation>Завантаження демонстраційних даних</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demo programme, policy profile and commission</source>
        <translation>Демонстраційна програма, профіль правил і комісія</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registering the case of {applicant}</source>
        <translation>Реєстрація справи {applicant}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demo data loaded: programme {programme}, {cases} cases.</source>
        <translation>Демонстраційні дані завантажено: програма {programme}, справ: {cases}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Importing the evidence of case {number}</source>
        <translation>Імпорт документів справи {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <location line="+3"/>
        <source>Matching the evidence of case {number}</source>
        <translation>Зіставлення документів справи {number}</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Decisions, protocol and order of case {number}</source>
        <translation>Рішення, протокол і наказ у справі {number}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entering the paper original of case {number}</source>
        <translation>Введення паперового оригіналу справи {number}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the credential states no learning outcomes: these are the topics of its course, weaker evidence of what the learner can do</source>
        <translation>у документі немає результатів навчання: це теми курсу, слабший доказ того, що вміє здобувач</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date of issuing “{value}”: write it as YYYY-MM-DD.</source>
        <translation>Дата видачі «{value}»: запишіть у форматі РРРР-ММ-ДД (YYYY-MM-DD).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{element} “{value}” is not a number.</source>
        <translation>{element} «{value}» не є числом.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{element} “{value}” cannot be negative.</source>
        <translation>{element} «{value}» не може бути від&apos;ємним.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EQF level “{value}”: a whole number from 1 to 8.</source>
        <translation>Рівень EQF «{value}»: ціле число від 1 до 8.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say what the elements were entered from (e.g. the paper original shown by the applicant).</source>
        <translation>Зазначте, з чого введено елементи (напр., паперовий оригінал, пред&apos;явлений здобувачем).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown credential elements: {names}.</source>
        <translation>Невідомі елементи документа: {names}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The title of the credential is required.</source>
        <translation>Назва документа обов&apos;язкова.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case {case} is “{status}”: its evidence can be removed or replaced until the decision (then with a reason, which reopens the assessment).</source>
        <translation>Справа {case} має статус «{status}»: документи можна вилучати чи замінювати до рішення (після початку оцінювання — з причиною, що відновлює оцінювання).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The assessment of case {case} has started: say why {file} is removed or replaced (the assessment is reopened).</source>
        <translation>Оцінювання у справі {case} розпочато: зазначте, чому {file} вилучається чи замінюється (оцінювання буде відновлено).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} backs decisions signed in protocol {protocol}: it stays on the record.</source>
        <translation>{file} є підставою рішень, підписаних у протоколі {protocol}: документ залишається у справі.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence {file} changed: {reason}</source>
        <translation>Документ {file} змінено: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} is already on case {case}.</source>
        <translation>{file} уже є у справі {case}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Evidence item {item} is not on case {case}.</source>
        <translation>Документ {item} не належить до справи {case}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A translation is recorded by a named person: sign in or give your name.</source>
        <translation>Наявність перекладу засвідчує конкретна особа: увійдіть у систему або зазначте своє ім’я.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{evidence} could not be read: there is nothing to translate.</source>
        <translation>Документ {evidence} не вдалося прочитати: перекладати нічого.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case {case} is decided: the translations of its evidence can no longer change.</source>
        <translation>Справу {case} вирішено: відомості про переклади її документів уже не можна змінити.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A language is corrected by a named person: sign in or give your name.</source>
        <translation>Мову виправляє конкретна особа: увійдіть у систему або зазначте своє ім’я.</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>“{language}” is not a language code the application knows (ISO 639-1, e.g. en, uk, pl).</source>
        <translation>«{language}» — не відомий програмі код мови (ISO 639-1, наприклад en, uk, pl).</translation>
    </message>
    <message numerus="yes">
        <location line="-375"/>
        <source>{partly} of %n outcome(s) are only partly evidenced, each by another outcome of the credential, and none covered: partial recognition at {percent}% of the credits — the commission confirms each pair</source>
        <translation>
            <numerusform>{partly} з %n результату навчання підтверджено лише частково, кожен — іншим результатом документа, а жодного не покрито: часткове визнання на {percent}% кредитів — комісія підтверджує кожну пару</numerusform>
            <numerusform>{partly} з %n результатів навчання підтверджено лише частково, кожен — іншим результатом документа, а жодного не покрито: часткове визнання на {percent}% кредитів — комісія підтверджує кожну пару</numerusform>
            <numerusform>{partly} з %n результатів навчання підтверджено лише частково, кожен — іншим результатом документа, а жодного не покрито: часткове визнання на {percent}% кредитів — комісія підтверджує кожну пару</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>each of the %n outcome(s) is only partly evidenced, each by another outcome of the credential: partial recognition at {percent}% of the credits — the commission confirms each pair</source>
        <translation>
            <numerusform>кожен із %n результату навчання підтверджено лише частково, кожен — іншим результатом документа: часткове визнання на {percent}% кредитів — комісія підтверджує кожну пару</numerusform>
            <numerusform>кожен із %n результатів навчання підтверджено лише частково, кожен — іншим результатом документа: часткове визнання на {percent}% кредитів — комісія підтверджує кожну пару</numerusform>
            <numerusform>кожен із %n результатів навчання підтверджено лише частково, кожен — іншим результатом документа: часткове визнання на {percent}% кредитів — комісія підтверджує кожну пару</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>{partly} of %n outcome(s) partly evidenced and the other {nearly} nearly so, each by another outcome of the credential, and none covered: partial recognition at {percent}% of the credits — the commission confirms each pair</source>
        <translation>
            <numerusform>{partly} з %n результату навчання підтверджено частково, решту ({nearly}) — майже, кожен — іншим результатом документа, а жодного не покрито: часткове визнання на {percent}% кредитів — комісія підтверджує кожну пару</numerusform>
            <numerusform>{partly} з %n результатів навчання підтверджено частково, решту ({nearly}) — майже, кожен — іншим результатом документа, а жодного не покрито: часткове визнання на {percent}% кредитів — комісія підтверджує кожну пару</numerusform>
            <numerusform>{partly} з %n результатів навчання підтверджено частково, решту ({nearly}) — майже, кожен — іншим результатом документа, а жодного не покрито: часткове визнання на {percent}% кредитів — комісія підтверджує кожну пару</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{hours} h of the credentials already back other recognitions ({components}); {left} h are left for this component</source>
        <translation>{hours} год документів уже зараховано для інших визнань ({components}); для цього компонента лишається {left} год</translation>
    </message>
    <message>
        <location line="+300"/>
        <source>Outcomes partly evidenced, each pair to be confirmed by the commission: {outcomes}</source>
        <translation>Результати навчання, підтверджені частково (кожну пару підтверджує комісія): {outcomes}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{what}: only {covered} of the component&apos;s {total} outcomes are covered (by the pairs and the commission&apos;s judgements), fewer than the profile asks for recognition in full; give the commission&apos;s own reasons, or judge the outcome pairs first.</source>
        <translation>{what}: покрито лише {covered} з {total} результатів навчання компонента (за парами та висновками комісії щодо них) — менше, ніж профіль вимагає для повного визнання; наведіть власне обґрунтування комісії або спершу оцініть пари результатів навчання.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what}: {problem}</source>
        <translation>{what}: {problem}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{component}: the profile&apos;s workload rule allows no recognition in full on this evidence ({reason}); a partial recognition is possible.</source>
        <translation>{component}: правило профілю щодо обсягу не дозволяє повного визнання на підставі цих документів ({reason}); можливе часткове визнання.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{component}: the profile&apos;s workload rule gives at most {limit} credits on this evidence ({reason}).</source>
        <translation>{component}: за правилом профілю щодо обсягу кількість кредитів ЄКТС, які можна визнати на підставі цих документів, — не більше {limit} ({reason}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{reason}; {shared}</source>
        <translation>{reason}; {shared}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{what}: {points} points is more than the maximum of {max_points}.</source>
        <translation>{what}: кількість балів ({points}) перевищує максимум ({max_points}).</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>{evidence} could not be read: it has no language to correct.</source>
        <translation>Документ {evidence} не вдалося прочитати: немає мови, яку можна виправити.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case {case} is decided: the languages of its evidence can no longer change.</source>
        <translation>Справу {case} вирішено: мову її документів більше не можна змінити.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>active content</source>
        <translation>активний вміст</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>credential in the image</source>
        <translation>документ у зображенні</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>certificate</source>
        <translation>сертифікат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>certificate at signing time</source>
        <translation>сертифікат на момент підписання</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>certificate digest</source>
        <translation>геш сертифіката</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>certificate now</source>
        <translation>сертифікат на сьогодні</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>context (@context)</source>
        <translation>контекст (@context)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dates</source>
        <translation>дати</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expiry date</source>
        <translation>строк дії</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hosted badge</source>
        <translation>бейдж на сайті видавця</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>file integrity</source>
        <translation>цілісність файлу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>date of issuing</source>
        <translation>дата видачі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>trust in the issuer</source>
        <translation>довіра до видавця</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON-LD terms</source>
        <translation>терміни JSON-LD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>owner of the key</source>
        <translation>власник ключа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>valid from</source>
        <translation>чинний з</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>learning outcomes</source>
        <translation>результати навчання</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pages</source>
        <translation>сторінки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>presentation</source>
        <translation>пред&apos;явлення</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>proof (signature)</source>
        <translation>доказ (підпис)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QR code</source>
        <translation>QR-код</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>credential in the QR code</source>
        <translation>документ у QR-коді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reading the file</source>
        <translation>читання файлу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>digests of the signed parts</source>
        <translation>геші підписаних частин</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>revocation</source>
        <translation>відкликання</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>schema</source>
        <translation>схема</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sealing organisation</source>
        <translation>організація, що наклала печатку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>signature</source>
        <translation>підпис</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>signature value</source>
        <translation>значення підпису</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>signatures</source>
        <translation>підписи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>signed properties (XAdES)</source>
        <translation>підписані властивості (XAdES)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>signing certificate</source>
        <translation>сертифікат підписувача</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>status (revocation)</source>
        <translation>статус (відкликання)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>status list</source>
        <translation>список статусів</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>structure</source>
        <translation>структура</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tables</source>
        <translation>таблиці</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>credential type</source>
        <translation>тип документа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>signature {number}</source>
        <translation>підпис {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>proof {number}</source>
        <translation>доказ {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nested credential {number}</source>
        <translation>вкладений документ {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{check}: what it covers</source>
        <translation>{check}: що охоплює</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JWT claim {claim}</source>
        <translation>поле JWT {claim}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A commission needs a name.</source>
        <translation>Зазначте назву комісії.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commission “{commission}”: give the number of the order that created it.</source>
        <translation>Комісія «{commission}»: зазначте номер наказу про її створення.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A commission member needs a full name.</source>
        <translation>Зазначте прізвище, ім’я та по батькові члена комісії.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: describe the declared conflict of interest.</source>
        <translation>{name}: опишіть заявлений конфлікт інтересів.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case {case} has no commission: choose the commission first.</source>
        <translation>Для справи {case} не визначено комісію: спершу оберіть комісію.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protocol {protocol} of case {case} is signed and cannot be changed: a new protocol version needs a reason for the change.</source>
        <translation>Протокол {protocol} у справі {case} підписано, і його не можна змінити: для нової версії протоколу потрібна причина змін.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protocol number {number} is already used; choose another number.</source>
        <translation>Номер протоколу {number} уже використано; оберіть інший номер.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some chosen people are not members of commission “{commission}”.</source>
        <translation>Деякі з обраних осіб не є членами комісії «{commission}».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commission “{commission}” needs a chair and a secretary before a protocol.</source>
        <translation>Перш ніж складати протокол, комісії «{commission}» потрібні голова і секретар.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The chair {name} must be present and free of conflicts of interest for case {case}; otherwise the commission&apos;s order must appoint a substitute.</source>
        <translation>Голова {name} має бути присутнім і не мати конфлікту інтересів у справі {case}; інакше наказ про комісію має призначити заступника.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The secretary {name} must be present to keep the protocol.</source>
        <translation>Секретар {name} має бути присутнім, щоб вести протокол.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: describe the conflict of interest in case {case}.</source>
        <translation>{name}: опишіть конфлікт інтересів у справі {case}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No quorum: {present} of {eligible} members without a conflict of interest are present; more than half are needed.</source>
        <translation>Немає кворуму: присутні {present} з {eligible} членів без конфлікту інтересів; потрібно більше половини.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The votes ({votes_for} for, {against} against, {abstained} abstained) must add up to the {voting} voting members present.</source>
        <translation>Сума голосів («за» — {votes_for}, «проти» — {against}, «утримались» — {abstained}) має дорівнювати кількості присутніх членів із правом голосу: {voting}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case {case}: no decision yet for {components}.</source>
        <translation>Справа {case}: ще немає рішення щодо {components}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protocol {protocol} is signed: a signed protocol is never removed.</source>
        <translation>Протокол {protocol} підписано: підписаний протокол не вилучається.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protocol {protocol} is already signed.</source>
        <translation>Протокол {protocol} уже підписано.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The decisions of case {case} changed after protocol {protocol} was drawn up: generate it again before signing.</source>
        <translation>Рішення у справі {case} змінилися після складення протоколу {protocol}: перед підписанням сформуйте його знову.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protocol {protocol}: the decisions were not adopted ({votes_for} for, {against} against, {abstained} abstained); reopen the assessment instead.</source>
        <translation>Протокол {protocol}: рішення не ухвалено («за» — {votes_for}, «проти» — {against}, «утримались» — {abstained}); натомість відновіть оцінювання.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The order needs a number.</source>
        <translation>Зазначте номер наказу.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The order needs the position and the full name of the person who signs it.</source>
        <translation>Зазначте посаду, прізвище, ім’я та по батькові особи, яка підписує наказ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case {case} has no signed protocol.</source>
        <translation>У справі {case} немає підписаного протоколу.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The order cannot be dated before protocol {protocol} was signed ({signed:%d.%m.%Y}).</source>
        <translation>Наказ не може бути датований раніше за підписання протоколу {protocol} ({signed:%d.%m.%Y}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A notification cannot be dated in the future.</source>
        <translation>Дата ознайомлення не може бути в майбутньому.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+40"/>
        <source>recording the applicant&apos;s notification</source>
        <translation>фіксування ознайомлення здобувача з рішенням</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Case {case}: the applicant cannot have been notified on {day:%d.%m.%Y}, before the decision of {decided:%d.%m.%Y}.</source>
        <translation>Справа {case}: здобувача не могли ознайомити з рішенням {day:%d.%m.%Y}, до ухвалення рішення {decided:%d.%m.%Y}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case {case}: the notification of this decision is already recorded ({day:%d.%m.%Y}). Say in the note what is corrected and why.</source>
        <translation>Справа {case}: ознайомлення з цим рішенням уже зафіксовано ({day:%d.%m.%Y}). Зазначте в примітці, що виправляється і чому.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An appeal needs its grounds.</source>
        <translation>Зазначте підстави апеляції.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name the appeal panel (its members, one per line).</source>
        <translation>Зазначте склад апеляційної комісії (по одній особі в рядку).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An appeal cannot be filed in the future.</source>
        <translation>Дата подання апеляції не може бути в майбутньому.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case {case}: the appeal was filed {days} day(s) after the deadline of {deadline:%d.%m.%Y}. It can be accepted only with a recorded reason.</source>
        <translation>Справа {case}: апеляцію подано після спливу строку {deadline:%d.%m.%Y} (запізнення, днів: {days}). Її можна прийняти лише із зафіксованою причиною.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the panel&apos;s reasoning for the appeal outcome.</source>
        <translation>Наведіть обґрунтування апеляційної комісії щодо результату розгляду апеляції.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The appeal cannot be decided before it was filed.</source>
        <translation>Рішення за апеляцією не може передувати її поданню.</translation>
    </message>
    <message>
        <location line="-489"/>
        <source>{points} points is below the pass mark of {mark}: a recognised component cannot have a failing grade.</source>
        <translation>оцінка {points} за 100-бальною шкалою нижча за прохідну ({mark}): визнаний освітній компонент не може мати незадовільної оцінки.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The ECTS grade {letter} is not in the profile&apos;s grade table ({letters}).</source>
        <translation>оцінки ЄКТС {letter} немає в таблиці відповідності оцінок профілю ({letters}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The ECTS grade {letter} is a failing grade: a recognised component cannot have it.</source>
        <translation>оцінка ЄКТС {letter} незадовільна: визнаний освітній компонент не може її мати.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{points} points is {expected} on the profile&apos;s grade table, not {letter}.</source>
        <translation>оцінці {points} за 100-бальною шкалою в таблиці відповідності профілю відповідає {expected}, а не {letter}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The national grade {national} is a failing grade: a recognised component cannot have it.</source>
        <translation>оцінка за національною шкалою «{national}» незадовільна: визнаний освітній компонент не може її мати.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The national grade {national} does not fit the ECTS grade {letter}: it is {expected} on the profile&apos;s grade table.</source>
        <translation>оцінка за національною шкалою «{national}» не відповідає оцінці ЄКТС {letter}: за таблицею відповідності профілю це {expected}.</translation>
    </message>
    <message>
        <location line="+488"/>
        <source>Case {case} does not exist: check the registration number (e.g. RD-2026-00001).</source>
        <translation>Справи {case} не існує: перевірте реєстраційний номер (наприклад, RD-2026-00001).</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>The period is empty: {start} is after {end}.</source>
        <translation>Період порожній: {start} пізніше за {end}.</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Programme {code} is not in the catalogue.</source>
        <translation>Освітньої програми {code} немає в каталозі.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown language {lang}: use uk or en.</source>
        <translation>Невідома мова {lang}: вкажіть uk або en.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case {case} has no signed protocol yet: sign the protocol first.</source>
        <translation>Справа {case} ще не має підписаного протоколу: спершу підпишіть протокол.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Case {case}: “{move}” is done by its own action ({hint}), not by changing the status directly.</source>
        <translation>Справа {case}: «{move}» виконується окремою дією ({hint}), а не прямою зміною статусу.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case {case} cannot move to “{status}”: {reason}</source>
        <translation>Справу {case} не можна перевести в стан «{status}»: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case {case}: “{move}” needs a comment saying why.</source>
        <translation>Справа {case}: для дії «{move}» потрібен коментар із поясненням причини.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>appeals are accepted until {deadline:%d.%m.%Y}: the case can be closed after that day</source>
        <translation>апеляції приймаються до {deadline:%d.%m.%Y}: справу можна закрити після цього дня</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The appeal window starts when the applicant is notified of the decision: record the notification.</source>
        <translation>Строк апеляції починається з дня ознайомлення здобувача з рішенням: зафіксуйте ознайомлення.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The appeal window starts on the date of the order.</source>
        <translation>Строк апеляції починається з дати наказу.</translation>
    </message>
    <message>
        <location line="-870"/>
        <source>registered</source>
        <translation>зареєстровано</translation>
    </message>
    <message>
        <location line="-318"/>
        <source>Programme {programme} ({year}); rules: {profile}</source>
        <translation>Освітня програма {programme} ({year}); положення: {profile}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{code} {title} — {ects} ECTS: {proposal} (coverage {coverage}%)</source>
        <translation>{code} {title}, кредитів ЄКТС — {ects}: {proposal} (покриття {coverage}%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>note: {note}</source>
        <translation>примітка: {note}</translation>
    </message>
    <message>
        <location line="+252"/>
        <source>shared: {terms}</source>
        <translation>спільні терміни: {terms}</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>documents checked</source>
        <translation>документи перевірено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>under assessment</source>
        <translation>на розгляді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>decided</source>
        <translation>рішення ухвалено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>protocol signed</source>
        <translation>протокол підписано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>order issued</source>
        <translation>наказ видано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>closed</source>
        <translation>закрито</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>under appeal</source>
        <translation>апеляція</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents checked</source>
        <translation>Документи перевірено</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>Close (application withdrawn or refused)</source>
        <translation>Закрити (заяву відкликано або відхилено)</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Start assessment</source>
        <translation>Розпочати розгляд</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return to document check</source>
        <translation>Повернути на перевірку документів</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark as decided</source>
        <translation>Позначити як вирішену</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign the protocol</source>
        <translation>Підписати протокол</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopen assessment</source>
        <translation>Відновити розгляд</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <location line="+2"/>
        <source>File an appeal</source>
        <translation>Подати апеляцію</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Issue the order</source>
        <translation>Видати наказ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revise the decisions (a new protocol will be needed)</source>
        <translation>Переглянути рішення (знадобиться новий протокол)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close the case</source>
        <translation>Закрити справу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resolve the appeal</source>
        <translation>Розглянути апеляцію</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Resolve the appeal (rejected)</source>
        <translation>Розглянути апеляцію (відхилено)</translation>
    </message>
    <message numerus="yes">
        <location line="+186"/>
        <source>modified after signing: changes beyond what a signed PDF allows (filling in form fields, adding signatures or validation data) in %n later revision(s) of the file</source>
        <translation>
            <numerusform>змінено після підписання: зміни, що виходять за межі дозволеного для підписаного PDF (заповнення полів форм, додавання підписів або даних для перевірки), у %n пізнішій редакції файлу</numerusform>
            <numerusform>змінено після підписання: зміни, що виходять за межі дозволеного для підписаного PDF (заповнення полів форм, додавання підписів або даних для перевірки), у %n пізніших редакціях файлу</numerusform>
            <numerusform>змінено після підписання: зміни, що виходять за межі дозволеного для підписаного PDF (заповнення полів форм, додавання підписів або даних для перевірки), у %n пізніших редакціях файлу</numerusform>
        </translation>
    </message>
    <message>
        <location line="-73"/>
        <location line="+155"/>
        <source>not checked: {what}</source>
        <translation>не перевірено: {what}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not checked: the signer&apos;s key is unknown</source>
        <translation>не перевірено: ключ підписувача невідомий</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not checked: the certificate&apos;s key cannot be used ({problem})</source>
        <translation>не перевірено: ключ сертифіката неможливо використати ({problem})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the signed document is unchanged</source>
        <translation>підписаний документ не змінено</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the XAdES signed properties (signing time, signing certificate) are not covered by the signature</source>
        <translation>підписані властивості XAdES (час підписання, сертифікат підписувача) не охоплені підписом</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the reference {uri} to the XAdES signed properties does not have the type {type}</source>
        <translation>посилання {uri} на підписані властивості XAdES не має типу {type}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the signed properties do not name the signing certificate</source>
        <translation>підписані властивості не називають сертифікат підписувача</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the signed properties name the certificate the signature was checked with</source>
        <translation>підписані властивості називають сертифікат, яким перевірено підпис</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not checked: unsupported certificate digest {what}</source>
        <translation>не перевірено: непідтримуваний геш сертифіката {what}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the signed properties name another certificate than the one in the signature (the certificate was swapped)</source>
        <translation>підписані властивості називають інший сертифікат, ніж той, що в підписі (сертифікат підмінено)</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <location line="+35"/>
        <source>covers {covered} of %n outcome(s) ({partly} more partly)</source>
        <translation>
            <numerusform>охоплено {covered} з %n результату навчання (ще {partly} частково)</numerusform>
            <numerusform>охоплено {covered} з %n результатів навчання (ще {partly} частково)</numerusform>
            <numerusform>охоплено {covered} з %n результатів навчання (ще {partly} частково)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-34"/>
        <location line="+35"/>
        <source>covers {covered} of %n outcome(s)</source>
        <translation>
            <numerusform>охоплено {covered} з %n результату навчання</numerusform>
            <numerusform>охоплено {covered} з %n результатів навчання</numerusform>
            <numerusform>охоплено {covered} з %n результатів навчання</numerusform>
        </translation>
    </message>
    <message>
        <location line="-34"/>
        <source>{coverage}; shared terms: {terms}</source>
        <translation>{coverage}; спільні терміни: {terms}</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>no credential covers any of the %n outcome(s)</source>
        <translation>
            <numerusform>жоден документ не охоплює жодного з %n результату навчання</numerusform>
            <numerusform>жоден документ не охоплює жодного з %n результатів навчання</numerusform>
            <numerusform>жоден документ не охоплює жодного з %n результатів навчання</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>{credential} covers {covered} of %n outcome(s)</source>
        <translation>
            <numerusform>{credential} охоплює {covered} з %n результату навчання</numerusform>
            <numerusform>{credential} охоплює {covered} з %n результатів навчання</numerusform>
            <numerusform>{credential} охоплює {covered} з %n результатів навчання</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{credential} alone {covered}</source>
        <translation>{credential} окремо — {covered}</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>{credentials} together cover {covered} of %n outcome(s) ({parts})</source>
        <translation>
            <numerusform>{credentials} разом охоплюють {covered} з %n результату навчання ({parts})</numerusform>
            <numerusform>{credentials} разом охоплюють {covered} з %n результатів навчання ({parts})</numerusform>
            <numerusform>{credentials} разом охоплюють {covered} з %n результатів навчання ({parts})</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{statement}; not needed: {unused}</source>
        <translation>{statement}; не потрібні: {unused}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>recognise</source>
        <translation>визнати</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recognise partially</source>
        <translation>визнати частково</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>do not recognise</source>
        <translation>не визнавати</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>без перевірки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>signature with an unconfirmed key</source>
        <translation>підпис непідтвердженим ключем</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>checked by staff</source>
        <translation>перевірено працівником</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>digital signature</source>
        <translation>цифровий підпис</translation>
    </message>
    <message>
        <location line="-294"/>
        <location line="+295"/>
        <source>invalid</source>
        <translation>недійсний</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>elective</source>
        <translation>вибірковий</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>mandatory</source>
        <translation>обов&apos;язковий</translation>
    </message>
    <message>
        <location line="-403"/>
        <source>part matched: «{part}»</source>
        <translation>зіставлено частину результату: «{part}»</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>{count} QR codes found in {where}; only the first one was read</source>
        <translation>знайдено QR-кодів: {count} ({where}); прочитано лише перший</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>credential read from the QR code in {where}</source>
        <translation>документ прочитано з QR-коду: {where}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the QR code points to {url} — open it on a connected computer to check</source>
        <translation>QR-код посилається на {url} — відкрийте його на комп’ютері з доступом до мережі, щоб перевірити</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The QR code points to {url} — open it on a connected computer to check.</source>
        <translation>QR-код посилається на {url} — відкрийте його на комп’ютері з доступом до мережі, щоб перевірити.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the QR code in {where} holds text that is not a credential: {text!r}</source>
        <translation>QR-код ({where}) містить текст, який не є документом: {text!r}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The QR code in {where} holds text that is not a credential: {text!r}.</source>
        <translation>QR-код ({where}) містить текст, який не є документом: {text!r}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The image only points to {url}: open that address to see and check the badge (it needs the network).</source>
        <translation>Зображення лише посилається на {url}: відкрийте цю адресу, щоб переглянути й перевірити бейдж (потрібен доступ до мережі).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>credential found in {where}</source>
        <translation>документ знайдено: {where}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the presentation holds {count} credentials; the first one was read; the holder&apos;s own proof is not checked</source>
        <translation>пред’явлення містить документів: {count}; прочитано перший; власний доказ пред’явника не перевіряється</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the presentation holds one credential; the holder&apos;s own proof is not checked</source>
        <translation>пред’явлення містить один документ; власний доказ пред’явника не перевіряється</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+194"/>
        <source>Signature verified; revocation not checked.</source>
        <translation>Підпис перевірено; відкликання не перевірено.</translation>
    </message>
    <message>
        <location line="-193"/>
        <source>the signing certificate comes with the file and does not chain to a trusted certificate</source>
        <translation>сертифікат підписувача міститься у самому файлі й не веде до довіреного сертифіката</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the key comes with the file itself</source>
        <translation>ключ міститься у самому файлі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the named issuer</source>
        <translation>зазначеному видавцю</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The signature is valid, but nothing outside the file confirms that this key belongs to {issuer} ({by}); save the issuer&apos;s key, DID document or registry snapshot into the trusted-keys directory to confirm it.</source>
        <translation>Підпис чинний, але ніщо поза файлом не підтверджує, що цей ключ належить видавцю «{issuer}» ({by}); щоб це підтвердити, збережіть ключ видавця, DID-документ або знімок реєстру в теці довірених ключів.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The key is confirmed by {by}.</source>
        <translation>Ключ підтверджено: {by}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{message} Also: {problems}.</source>
        <translation>{message} Крім того: {problems}.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>{problem} (and %n more problem(s))</source>
        <translation>
            <numerusform>{problem} (і ще %n проблема)</numerusform>
            <numerusform>{problem} (і ще %n проблеми)</numerusform>
            <numerusform>{problem} (і ще %n проблем)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>signature verified</source>
        <translation>підпис перевірено</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unsigned</source>
        <translation>без підпису</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not verifiable offline</source>
        <translation>неможливо перевірити без мережі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the credential</source>
        <translation>документ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the badge</source>
        <translation>бейдж</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what} is valid only from {date}</source>
        <translation>{what} чинний лише з {date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>valid from {date}</source>
        <translation>чинний з {date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what} expired on {date}</source>
        <translation>строк дії ({what}) сплив {date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>valid until {date}</source>
        <translation>чинний до {date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{first} {second}</source>
        <translation>{first} {second}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{key}… is not an Ed25519 multikey</source>
        <translation>{key}… не є ключем Ed25519 у форматі multikey</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{did} is not a did:key</source>
        <translation>{did} не є did:key</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the key in {source} belongs to {controller}, not to the issuer {issuer}</source>
        <translation>ключ у {source} належить {controller}, а не видавцю {issuer}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>issuer listed in {registry}</source>
        <translation>видавця внесено до: {registry}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the key is the {method} {did} given in the credential, not the issuer&apos;s DID</source>
        <translation>ключ — це {method} {did}, наведений у самому документі, а не DID видавця</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the key is the {method} given in the credential itself</source>
        <translation>ключ — це {method}, наведений у самому документі</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+99"/>
        <source>the trusted-keys directory</source>
        <translation>тека довірених ключів</translation>
    </message>
    <message>
        <location line="-98"/>
        <source>did:key fragment does not match the key in {method}</source>
        <translation>фрагмент did:key не відповідає ключу в {method}</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+181"/>
        <source>did:key (resolved offline)</source>
        <translation>did:key (визначено без мережі)</translation>
    </message>
    <message>
        <location line="-180"/>
        <source>multikey in the verification method of the issuer</source>
        <translation>multikey у методі перевірки видавця</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the key is written into the verification method&apos;s address inside the credential</source>
        <translation>ключ записано в адресу методу перевірки всередині документа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the verification method {method} belongs to {controller}, not to the issuer {issuer}</source>
        <translation>метод перевірки {method} належить {controller}, а не видавцю {issuer}</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+181"/>
        <source>{method} is a did:web key: save the issuer&apos;s DID document (did.json) into the trusted-keys directory</source>
        <translation>{method} — це ключ did:web: збережіть DID-документ видавця (did.json) в теці довірених ключів</translation>
    </message>
    <message>
        <location line="-180"/>
        <location line="+181"/>
        <source>the key {method} is published online and cannot be fetched offline</source>
        <translation>ключ {method} опубліковано в мережі, і його неможливо отримати без мережі</translation>
    </message>
    <message>
        <location line="-180"/>
        <source>proof type {label} is not supported offline</source>
        <translation>тип доказу {label} не підтримується без мережі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the proof names no verification method</source>
        <translation>у доказі не зазначено методу перевірки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the proof has no proofValue</source>
        <translation>у доказі немає proofValue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>context {context} is not bundled, so the document cannot be canonicalised offline</source>
        <translation>контексту {context} немає в комплекті програми, тому документ не можна канонізувати без мережі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} signature is valid, key from {source}</source>
        <translation>підпис {name} чинний, ключ: {source}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{valid} (contexts: {contexts})</source>
        <translation>{valid} (контексти: {contexts})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} signature does not match the document: it was altered or signed with another key</source>
        <translation>підпис {name} не відповідає документу: документ змінено або підписано іншим ключем</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{detail}; terms not defined by the contexts: {terms}</source>
        <translation>{detail}; терміни, не визначені контекстами: {terms}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the signature declares critical parameters not understood: {parameters}</source>
        <translation>підпис містить критичні параметри, які програма не розпізнає: {parameters}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The seal uses critical parameters this app does not understand; verify it with the EU DSS validator.</source>
        <translation>Печатка використовує критичні параметри, які програма не розпізнає; перевірте її засобом перевірки EU DSS.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the seal carries no certificate (x5c), so the key is unknown</source>
        <translation>печатка не містить сертифіката (x5c), тому ключ невідомий</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The seal names no certificate; verify it with the EU DSS validator.</source>
        <translation>У печатці не зазначено сертифіката; перевірте її засобом перевірки EU DSS.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the seal cannot be checked: {problem}</source>
        <translation>печатку неможливо перевірити: {problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{alg} seal valid (certificate {certificate})</source>
        <translation>печатка {alg} чинна (сертифікат {certificate})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the seal does not match the credential (altered after sealing)</source>
        <translation>печатка не відповідає документу (документ змінено після накладення печатки)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>x5t#S256 matches the certificate</source>
        <translation>x5t#S256 відповідає сертифікату</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>x5t#S256 does not match the embedded certificate</source>
        <translation>x5t#S256 не відповідає вбудованому сертифікату</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seal verified offline: the credential is unchanged since {signer} sealed it on {date}.</source>
        <translation>Печатку перевірено без мережі: документ не змінювався відтоді, як {signer} наклав(-ла) на нього печатку {date}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seal verified offline: the credential is unchanged since {signer} sealed it.</source>
        <translation>Печатку перевірено без мережі: документ не змінювався відтоді, як {signer} наклав(-ла) на нього печатку.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The seal could not be checked offline.</source>
        <translation>Печатку не вдалося перевірити без мережі.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issuer trust not established: {why}.</source>
        <translation>Довіру до видавця не встановлено: {why}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>certificate organisation identifier {certificate} matches the issuer&apos;s identifier {stated}</source>
        <translation>ідентифікатор організації в сертифікаті {certificate} збігається з ідентифікатором видавця {stated}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>certificate organisation identifier {certificate} differs from the issuer&apos;s identifier {stated}</source>
        <translation>ідентифікатор організації в сертифікаті {certificate} відрізняється від ідентифікатора видавця {stated}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>type {types} is not a EuropeanDigitalCredential</source>
        <translation>тип {types} не є EuropeanDigitalCredential</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>does not conform to the EDC profile: {problems}</source>
        <translation>не відповідає профілю EDC: {problems}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the issuer&apos;s status service</source>
        <translation>служба статусів видавця</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>revocation status can only be checked online ({where})</source>
        <translation>статус відкликання можна перевірити лише в мережі ({where})</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+175"/>
        <source>Check the revocation status at {url}.</source>
        <translation>Перевірте, чи не відкликано документ, за адресою {url}.</translation>
    </message>
    <message>
        <location line="-174"/>
        <location line="+1"/>
        <location line="+134"/>
        <source>The credential carries no seal: nothing guarantees who issued it or that it is unchanged.</source>
        <translation>Документ не має печатки: ніщо не гарантує, хто його видав і що його не змінено.</translation>
    </message>
    <message>
        <location line="-133"/>
        <source>XAdES seal verified offline: the credential is unchanged since {signer} sealed it on {date}.</source>
        <translation>Печатку XAdES перевірено без мережі: документ не змінювався відтоді, як {signer} наклав(-ла) на нього печатку {date}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>XAdES seal verified offline: the credential is unchanged since {signer} sealed it.</source>
        <translation>Печатку XAdES перевірено без мережі: документ не змінювався відтоді, як {signer} наклав(-ла) на нього печатку.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The XML seal could not be fully checked offline; verify it with the EU DSS validator.</source>
        <translation>Печатку XML не вдалося повністю перевірити без мережі; перевірте її засобом перевірки EU DSS.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name</source>
        <translation>ім&apos;я</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e-mail</source>
        <translation>електронна пошта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>web address</source>
        <translation>вебадреса</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>identifier</source>
        <translation>ідентифікатор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>telephone</source>
        <translation>телефон</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing to compare</source>
        <translation>немає чого порівнювати</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same name</source>
        <translation>те саме ім&apos;я</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same name (one side adds a patronymic or middle name)</source>
        <translation>те саме ім&apos;я (з одного боку додано по батькові або друге ім&apos;я)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same name in another grammatical case ({name})</source>
        <translation>те саме ім’я в іншому відмінку ({name})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same name in another transliteration (e.g. -iy/-yi, ya/ia): confirm with the applicant</source>
        <translation>те саме ім&apos;я в іншій транслітерації (напр., -iy/-yi, ya/ia): уточніть у здобувача</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the same names but one written differently (e.g. in its Russian form: Сергей / Сергій): confirm with the applicant</source>
        <translation>те самі імена, але одне написано інакше (напр., у російській формі: Сергей / Сергій): уточніть у здобувача</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>names are close ({score:.0f}%): a different transliteration or a typo</source>
        <translation>імена близькі ({score:.0f} %): інша транслітерація або описка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>names are close ({score:.0f}%) apart from extra words</source>
        <translation>імена близькі ({score:.0f} %), якщо не зважати на зайві слова</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>names differ ({score:.0f}% similar)</source>
        <translation>імена різні (схожість {score:.0f} %)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no applicant given</source>
        <translation>здобувача не зазначено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{identity}… equals the hash of {candidate!r}</source>
        <translation>{identity}… збігається з гешем {candidate!r}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{kind} {value!r} equals the applicant&apos;s</source>
        <translation>{kind} {value!r} збігається з даними здобувача</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>{name!r} ~ {applicant!r}: {detail}</source>
        <translation>{name!r} ~ {applicant!r}: {detail}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name!r} vs {applicant!r}: {detail}</source>
        <translation>{name!r} і {applicant!r}: {detail}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the credential&apos;s hashed learner identity matches none of the applicant&apos;s names or identifiers (give the applicant&apos;s e-mail address to compare)</source>
        <translation>гешований ідентифікатор особи в документі не збігається з жодним ім&apos;ям чи ідентифікатором здобувача (для порівняння зазначте адресу електронної пошти здобувача)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the credential names its learner only by {shown}, which matches none of the applicant&apos;s names or identifiers (give the applicant&apos;s e-mail address to compare)</source>
        <translation>документ зазначає особу лише як {shown}, що не збігається з жодним ім&apos;ям чи ідентифікатором здобувача (для порівняння зазначте адресу електронної пошти здобувача)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the credential does not name its learner</source>
        <translation>у документі не зазначено особу, якій його видано</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no @context: an Open Badges 1.0 assertion</source>
        <translation>немає @context: твердження Open Badges 1.0</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>@context {context}</source>
        <translation>@context {context}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>@context {context} (Open Badges 1.1)</source>
        <translation>@context {context} (Open Badges 1.1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown Open Badges @context {context!r}</source>
        <translation>невідомий @context Open Badges {context!r}</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>type Assertion</source>
        <translation>тип Assertion</translation>
    </message>
    <message>
        <location line="-186"/>
        <source>not covered: the texts name different languages</source>
        <translation>не охоплено: тексти називають різні мови</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not covered: the credential&apos;s outcomes stand no nearer to this component than to the programme&apos;s outcomes at large</source>
        <translation>не охоплено: результати навчання документа не ближчі до цього компонента, ніж до результатів навчання програми загалом</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at most partly covered: the credential names the subject alone, not what was done with it</source>
        <translation>щонайбільше частково: документ лише називає предмет, а не те, що з ним зроблено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at most partly covered: the texts share only how something is done, not what</source>
        <translation>щонайбільше частково: тексти спільні лише в тому, як щось робиться, а не що саме</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>scored on the embedding points of the component the credential&apos;s outcomes stand nearest to among the programme&apos;s</source>
        <translation>оцінено за порогами смислової подібності для компонента, до якого результати навчання документа найближчі серед компонентів програми</translation>
    </message>
    <message>
        <location line="+183"/>
        <source>type is {type!r}, expected &apos;Assertion&apos;</source>
        <translation>тип {type!r}, очікувався «Assertion»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the assertion has no recipient</source>
        <translation>у твердженні не зазначено отримувача</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>issuedOn {value!r} is not a date</source>
        <translation>issuedOn {value!r} не є датою</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the badge claims to be issued in the future ({date})</source>
        <translation>бейдж нібито видано в майбутньому ({date})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blockcerts {kind}: the certificate&apos;s hash is anchored in a blockchain transaction, which cannot be read offline</source>
        <translation>Blockcerts {kind}: геш документа закріплено в транзакції блокчейну, яку неможливо прочитати без мережі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A Blockcerts certificate: its proof is a blockchain transaction, which cannot be checked offline; check it with the issuer&apos;s Blockcerts verifier.</source>
        <translation>Документ Blockcerts: його доказ — транзакція в блокчейні, яку неможливо перевірити без мережі; перевірте його верифікатором Blockcerts видавця.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The badge description (title, criteria, issuer) is not in the file: it is published at {url}.</source>
        <translation>Опису бейджа (назви, критеріїв, видавця) у файлі немає: його опубліковано за адресою {url}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no @context: an Open Badges 0.5 assertion</source>
        <translation>немає @context: твердження Open Badges 0.5</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the issuer&apos;s copy at {url} is revoked</source>
        <translation>примірник видавця за адресою {url} відкликано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revoked: the issuer&apos;s copy at {url} is marked revoked.</source>
        <translation>Відкликано: примірник видавця за адресою {url} позначено як відкликаний.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>matches the saved copy of {url}</source>
        <translation>відповідає збереженому примірнику з {url}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the issuer&apos;s copy saved in {file}</source>
        <translation>примірник видавця, збережений у {file}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hosted badge: matches the issuer&apos;s copy saved from {url}.</source>
        <translation>Бейдж на сайті видавця: відповідає примірнику видавця, збереженому з {url}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>differs from the saved copy of {url}</source>
        <translation>відрізняється від збереженого примірника з {url}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The badge differs from the issuer&apos;s copy saved from {url}: it was altered.</source>
        <translation>Бейдж відрізняється від примірника видавця, збереженого з {url}: його змінено.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the issuer&apos;s site</source>
        <translation>сайт видавця</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hosted badge: only {where} can confirm it (needs the network)</source>
        <translation>бейдж на сайті видавця: підтвердити його може лише {where} (потрібен доступ до мережі)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hosted badge: open {where} and check that it still shows this badge for this recipient, issued by the stated organisation and not revoked.</source>
        <translation>Бейдж на сайті видавця: відкрийте {where} і перевірте, що там і далі показано цей бейдж для цього отримувача, виданий зазначеною організацією і не відкликаний.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the assertion says it is signed, but the file holds it without its signature</source>
        <translation>у твердженні зазначено, що його підписано, але файл містить його без підпису</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The assertion says it is signed, but the file holds it without its signature.</source>
        <translation>У твердженні зазначено, що його підписано, але файл містить його без підпису.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the signing key {key} is hosted online and not available</source>
        <translation>ключ підпису {key} розміщено в мережі, і він недоступний</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(not named)</source>
        <translation>(не зазначено)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed badge: the signature can be checked only with the issuer&apos;s key published at {where}; save that key (and the issuer profile) into the trusted-keys directory, or check the badge with an online validator.</source>
        <translation>Підписаний бейдж: підпис можна перевірити лише ключем видавця, опублікованим за адресою {where}; збережіть цей ключ (і профіль видавця) в теці довірених ключів або перевірте бейдж онлайн-валідатором.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the issuer profile</source>
        <translation>профіль видавця</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot check the JWS signature: {problem}</source>
        <translation>неможливо перевірити підпис JWS: {problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot check the JWS signature: {problem}.</source>
        <translation>Неможливо перевірити підпис JWS: {problem}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the {alg} signature does not match the key {key}</source>
        <translation>підпис {alg} не відповідає ключу {key}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The {alg} signature does not match the key {key}: the badge was altered or forged.</source>
        <translation>Підпис {alg} не відповідає ключу {key}: бейдж змінено або підроблено.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{alg} signature valid with the key {key}</source>
        <translation>підпис {alg} чинний із ключем {key}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the key in {source} belongs to {owner}, not to the issuer</source>
        <translation>ключ у {source} належить {owner}, а не видавцю</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the issuer&apos;s key saved in {source}</source>
        <translation>ключ видавця, збережений у {source}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the key belongs to the issuer {issuer}</source>
        <translation>ключ належить видавцю {issuer}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the key {key} is not one of the issuer&apos;s keys</source>
        <translation>ключ {key} не належить до ключів видавця</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>revoked by the issuer: {reason}</source>
        <translation>відкликано видавцем: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revoked by the issuer: {reason}</source>
        <translation>Відкликано видавцем: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not in the revocation list {url}</source>
        <translation>відсутній у списку відкликаних {url}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>revocation list {url} not available offline</source>
        <translation>список відкликаних {url} недоступний без мережі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signature verified; check that the badge is not in the issuer&apos;s revocation list {url}.</source>
        <translation>Підпис перевірено; перевірте, що бейджа немає в списку відкликаних видавця {url}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the issuer profile is not available, so key ownership is unchecked</source>
        <translation>профіль видавця недоступний, тому належність ключа не перевірено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signature verified with the issuer&apos;s key {key}.</source>
        <translation>Підпис перевірено ключем видавця {key}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the PDF has no text layer (a scanned image?): only its QR code was read; enter the details by hand from the document or ask for a digital original</source>
        <translation>PDF не має текстового шару (скан?): прочитано лише його QR-код; внесіть дані з документа вручну або попросіть цифровий оригінал</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the certificate at {url}.</source>
        <translation>Перевірте сертифікат за адресою {url}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check it with the issuer (verification page or registry).</source>
        <translation>Перевірте його у видавця (сторінка перевірки або реєстр).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the PDF is damaged or truncated: it was signed, but the signature can no longer be checked{why}</source>
        <translation>PDF пошкоджено або обрізано: його було підписано, але підпис уже неможливо перевірити{why}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Damaged PDF: the file is truncated or broken, so its signature cannot be checked; ask for the original file.</source>
        <translation>Пошкоджений PDF: файл обрізаний або зіпсований, тому його підпис неможливо перевірити; попросіть оригінальний файл.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the PDF is damaged or truncated; it was read after repair</source>
        <translation>PDF пошкоджений або обрізаний; його прочитано після відновлення</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the PDF has an empty signature field but no signature</source>
        <translation>у PDF є порожнє поле для підпису, але немає підпису</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the PDF carries no digital signature</source>
        <translation>PDF не має цифрового підпису</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unsigned PDF: nothing in the file proves who issued it.</source>
        <translation>Непідписаний PDF: ніщо у файлі не доводить, хто його видав.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>PDF signature verified offline (%n signature(s)): the file is unchanged since it was signed.</source>
        <translation>
            <numerusform>Підпис PDF перевірено без мережі (%n підпис): файл не змінювався після підписання.</numerusform>
            <numerusform>Підпис PDF перевірено без мережі (%n підписи): файл не змінювався після підписання.</numerusform>
            <numerusform>Підпис PDF перевірено без мережі (%n підписів): файл не змінювався після підписання.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>PDF signature verified offline (%n signature(s)): the signed content is unchanged; later revisions only fill in form fields or add signatures or validation data.</source>
        <translation>
            <numerusform>Підпис PDF перевірено без мережі (%n підпис): підписаний вміст не змінено; пізніші редакції лише заповнюють поля форм або додають підписи чи дані для перевірки.</numerusform>
            <numerusform>Підпис PDF перевірено без мережі (%n підписи): підписаний вміст не змінено; пізніші редакції лише заповнюють поля форм або додають підписи чи дані для перевірки.</numerusform>
            <numerusform>Підпис PDF перевірено без мережі (%n підписів): підписаний вміст не змінено; пізніші редакції лише заповнюють поля форм або додають підписи чи дані для перевірки.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The signer&apos;s certificate is not confirmed as trusted: check it against the EU Trusted Lists or the Ukrainian list of qualified trust service providers.</source>
        <translation>Сертифікат підписувача не підтверджено як довірений: перевірте його за довірчими списками ЄС або за Довірчим списком кваліфікованих надавачів електронних довірчих послуг України.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The PDF signature could not be checked offline.</source>
        <translation>Підпис PDF не вдалося перевірити без мережі.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the QR code on {where} points to {url} — open it on a connected computer to check</source>
        <translation>QR-код на {where} посилається на {url} — відкрийте його на комп’ютері з доступом до мережі, щоб перевірити</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The QR code on {where} points to {url} — open it on a connected computer to check.</source>
        <translation>QR-код на {where} посилається на {url} — відкрийте його на комп’ютері з доступом до мережі, щоб перевірити.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{status} — {verdict}</source>
        <translation>{status} — {verdict}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the QR code on {where} carries a credential: {state}</source>
        <translation>QR-код на {where} містить документ: {state}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning: {detail}.</source>
        <translation>Увага: {detail}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only the first {read} of {count} pages were read</source>
        <translation>прочитано лише перші {read} з {count} сторінок</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>not achieved according to the paper, so not taken as evidence (%n outcome(s)): {items}</source>
        <translation>
            <numerusform>недосягнуті за документом, тому не взяті як підтвердження (%n результат навчання): {items}</numerusform>
            <numerusform>недосягнуті за документом, тому не взяті як підтвердження (%n результати навчання): {items}</numerusform>
            <numerusform>недосягнуті за документом, тому не взяті як підтвердження (%n результатів навчання): {items}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>only partly achieved according to the paper (%n outcome(s)): {items}</source>
        <translation>
            <numerusform>досягнуті лише частково за документом (%n результат навчання): {items}</numerusform>
            <numerusform>досягнуті лише частково за документом (%n результати навчання): {items}</numerusform>
            <numerusform>досягнуті лише частково за документом (%n результатів навчання): {items}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a certificate of the chain was not valid at the time the signature states</source>
        <translation>сертифікат ланцюжка не був чинним на момент, зазначений у підписі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a certificate of the chain is revoked</source>
        <translation>сертифікат ланцюжка відкликано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the chain uses an algorithm considered too weak</source>
        <translation>ланцюжок використовує алгоритм, що вважається ненадійним</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a CA certificate of the chain is revoked</source>
        <translation>сертифікат центру сертифікації в ланцюжку відкликано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the chain breaks a constraint (CA flag, path length, name constraints or key usage)</source>
        <translation>ланцюжок порушує обмеження (ознака ЦС, довжина шляху, обмеження імен або використання ключа)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the signer&apos;s certificate does not allow signing documents (key usage)</source>
        <translation>сертифікат підписувача не дозволяє підписувати документи (використання ключа)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <location line="+1"/>
        <source>the signature value is not a readable CMS signature ({problem})</source>
        <translation>значення підпису не є читабельним підписом CMS ({problem})</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>the signature cannot be checked: {problem}</source>
        <translation>підпис неможливо перевірити: {problem}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the unsigned gap of /ByteRange is not exactly the /Contents value: other data there is not covered by the signature</source>
        <translation>непідписаний проміжок /ByteRange не збігається точно зі значенням /Contents: інші дані в ньому підписом не охоплено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the signed content digest does not match the file (modified after signing)</source>
        <translation>геш підписаного вмісту не відповідає файлу (файл змінено після підписання)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the signature does not verify with the signer&apos;s certificate</source>
        <translation>підпис не перевіряється сертифікатом підписувача</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+92"/>
        <source>valid signature by {signer}</source>
        <translation>чинний підпис: {signer}</translation>
    </message>
    <message>
        <location line="-91"/>
        <source>covers the whole file</source>
        <translation>охоплює весь файл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>covers an earlier revision; the later changes only add validation data or timestamps</source>
        <translation>охоплює попередню редакцію; пізніші зміни лише додають дані для перевірки або позначки часу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>covers an earlier revision; the later changes only fill in form fields or add signatures</source>
        <translation>охоплює попередню редакцію; пізніші зміни лише заповнюють поля форм або додають підписи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>covers an earlier revision; the later changes do not change the document</source>
        <translation>охоплює попередню редакцію; пізніші зміни не змінюють документ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>modified after signing: {count} bytes were added after signing and are not a readable later revision of the file</source>
        <translation>змінено після підписання: після підписання додано байтів — {count}, і вони не є читабельною пізнішою редакцією файлу</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+65"/>
        <source>the issuer&apos;s certificate, which chains to {service}</source>
        <translation>сертифікат видавця, ланцюжок якого веде до {service}</translation>
    </message>
    <message>
        <location line="-64"/>
        <location line="+62"/>
        <source>certificate chain to the trusted anchor {anchor} (trusted-folder file {file})</source>
        <translation>ланцюжок сертифікатів до довіреного кореневого сертифіката {anchor} (файл теки довірених ключів {file})</translation>
    </message>
    <message>
        <location line="-61"/>
        <location line="+62"/>
        <source>certificate chain to the trusted anchor {anchor}</source>
        <translation>ланцюжок сертифікатів до довіреного кореневого сертифіката {anchor}</translation>
    </message>
    <message>
        <location line="-61"/>
        <location line="+59"/>
        <source>certificate issued by {issuer}: {hint}</source>
        <translation>сертифікат видано {issuer}: {hint}</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>the certificate chain to the trusted anchor {anchor}</source>
        <translation>ланцюжок сертифікатів до довіреного кореня {anchor}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the signer&apos;s certificate chain</source>
        <translation>ланцюжок сертифіката підписувача</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what} does not validate: {problem}</source>
        <translation>{what} не проходить перевірку: {problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+60"/>
        <source>the certificate does not chain to any certificate in the trusted-keys directory; {hint}</source>
        <translation>сертифікат не веде до жодного сертифіката з теки довірених ключів; {hint}</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>Signature verified offline.</source>
        <translation>Підпис перевірено без мережі.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>@context starts with {context}</source>
        <translation>@context починається з {context}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>@context must start with {v2} (or {v1}); it starts with {first!r}</source>
        <translation>@context має починатися з {v2} (або {v1}); він починається з {first!r}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an Open Badges endorsement (type {types}): it vouches for an organisation or an achievement, and is no record of a learner&apos;s learning outcomes</source>
        <translation>схвалення Open Badges (тип {types}): воно засвідчує організацію чи досягнення і не є записом результатів навчання здобувача</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>type {types}</source>
        <translation>тип {types}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a W3C verifiable credential of type {types} (not an achievement: it carries no learning outcomes)</source>
        <translation>верифіковані облікові дані W3C типу {types} (не досягнення: результатів навчання не містять)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>type {types} lacks VerifiableCredential or an Open Badges/CLR type</source>
        <translation>у типі {types} бракує VerifiableCredential або типу Open Badges/CLR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the credential does not follow the Open Badges schema: {problems}</source>
        <translation>документ не відповідає схемі Open Badges: {problems}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>issuer, credentialSubject and dates present</source>
        <translation>видавець, credentialSubject і дати наявні</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the credential carries no proof</source>
        <translation>документ не містить доказу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the credential carries no proof (CLR 2.0 credentials must be signed)</source>
        <translation>документ не містить доказу (документи CLR 2.0 мають бути підписані)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The credential carries no proof: CLR 2.0 credentials must be signed.</source>
        <translation>Документ не містить доказу: документи CLR 2.0 мають бути підписані.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the credential carries no proof (Open Badges 3.0 credentials must be signed)</source>
        <translation>документ не містить доказу (документи Open Badges 3.0 мають бути підписані)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The credential carries no proof: Open Badges 3.0 credentials must be signed.</source>
        <translation>Документ не містить доказу: документи Open Badges 3.0 мають бути підписані.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>terms not defined by the contexts: {terms}</source>
        <translation>терміни, не визначені контекстами: {terms}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the credential carries {count} proofs (at most {most})</source>
        <translation>документ містить доказів: {count} (допустимо не більше {most})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invalid proof: {detail}.</source>
        <translation>Недійсний доказ: {detail}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proof {which} of {count} could not be checked offline ({detail}); the verdict rests on the other proof(s) only.</source>
        <translation>Доказ {which} з {count} не вдалося перевірити без мережі ({detail}); висновок ґрунтується лише на інших доказах.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{detail}; verify it with the issuer&apos;s or an online validator.</source>
        <translation>{detail}; перевірте його засобом видавця або онлайн-валідатором.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot check the signature offline: {detail}.</source>
        <translation>Неможливо перевірити підпис без мережі: {detail}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot check the signature offline: {detail}. Check the credential with an online verifier, or save the issuer&apos;s key into the trusted-keys directory.</source>
        <translation>Неможливо перевірити підпис без мережі: {detail}. Перевірте документ онлайн-засобом перевірки або збережіть ключ видавця в теці довірених ключів.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>did:jwk (resolved offline)</source>
        <translation>did:jwk (визначено без мережі)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the JWK in the JWT header</source>
        <translation>JWK у заголовку JWT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the key is the JWK in the JWT header, inside the credential</source>
        <translation>ключ — це JWK у заголовку JWT, тобто всередині самого документа</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the JWT header names no key (no jwk, kid or x5c)</source>
        <translation>у заголовку JWT не зазначено ключа (немає jwk, kid чи x5c)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot check the signature offline: {problem}. Check the credential with the issuer or an online verifier.</source>
        <translation>Неможливо перевірити підпис без мережі: {problem}. Перевірте документ у видавця або онлайн-засобом перевірки.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the key in the JWT header is unusable: {problem}</source>
        <translation>ключ у заголовку JWT непридатний: {problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The key in the JWT header is unusable: {problem}.</source>
        <translation>Ключ у заголовку JWT непридатний: {problem}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot check the JWT signature: {problem}</source>
        <translation>неможливо перевірити підпис JWT: {problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot check the JWT signature: {problem}.</source>
        <translation>Неможливо перевірити підпис JWT: {problem}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the {alg} signature does not match ({source}): altered or forged</source>
        <translation>підпис {alg} не відповідає ({source}): документ змінено або підроблено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The {alg} signature does not match ({source}): the credential was altered or forged.</source>
        <translation>Підпис {alg} не відповідає ({source}): документ змінено або підроблено.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{alg} signature valid, key from {source}</source>
        <translation>підпис {alg} чинний, ключ: {source}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JWT claim {claim} {got!r} differs from the {label} {expected!r}</source>
        <translation>поле JWT {claim} {got!r} відрізняється від значення «{label}» {expected!r}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signature verified offline (key from {source}).</source>
        <translation>Підпис перевірено без мережі (ключ: {source}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{purpose} list {url} is not available offline</source>
        <translation>список статусів ({purpose}) {url} недоступний без мережі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the {purpose} status at {url}.</source>
        <translation>Перевірте статус ({purpose}) за адресою {url}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the {purpose} list {url} cannot be used: {why}</source>
        <translation>список статусів ({purpose}) {url} неможливо використати: {why}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the {purpose} list {url}: {why}</source>
        <translation>список статусів ({purpose}) {url}: {why}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the {purpose} list {url} is signed by the issuer and valid</source>
        <translation>список статусів ({purpose}) {url} підписано видавцем, і він чинний</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>revoked: bit {index} is set in the revocation list {url}</source>
        <translation>відкликано: біт {index} встановлено в списку відкликаних {url}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{purpose}: bit {index} is set in {url}</source>
        <translation>{purpose}: біт {index} встановлено в {url}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bit {index} is clear in the {purpose} list</source>
        <translation>біт {index} не встановлено в списку статусів ({purpose})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the issuer&apos;s service</source>
        <translation>служба видавця</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{type} status can only be checked online ({where})</source>
        <translation>статус {type} можна перевірити лише в мережі ({where})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}: {status} — {verdict}</source>
        <translation>{name}: {status} — {verdict}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a name in the certificate is not valid text (some old certification authorities wrote names that way): the certificate cannot be used</source>
        <translation>ім’я в сертифікаті не є коректним текстом (так записували імена деякі старі центри сертифікації): сертифікат неможливо використати</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check the issuer&apos;s seal certificate against the EU Trusted Lists (eIDAS) or save the issuing CA&apos;s certificate into the trusted-keys directory</source>
        <translation>перевірте сертифікат печатки видавця за довірчими списками ЄС (eIDAS) або збережіть сертифікат центру сертифікації в теці довірених ключів</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the issuer&apos;s certificate chains to {service}, but that service&apos;s status there is {status} since {since}</source>
        <translation>ланцюжок сертифіката видавця веде до {service}, але статус цієї послуги там — {status} з {since}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the reference {uri} names {count} elements; an Id must be unique</source>
        <translation>посилання {uri} вказує на елементи ({count}); Id має бути унікальним</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>valid signature by {signer}, over references that no longer match</source>
        <translation>чинний підпис {signer}, але над посиланнями, які вже не збігаються</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a signed reference does not match (xmlsec)</source>
        <translation>підписане посилання не збігається (xmlsec)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} signatures found; only the first is checked</source>
        <translation>знайдено підписів: {count}; перевірено лише перший</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the signature has no SignedInfo</source>
        <translation>у підписі немає SignedInfo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the signature covers nothing (no Reference)</source>
        <translation>підпис нічого не охоплює (немає Reference)</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>unreadable digest value for reference {uri!r}</source>
        <translation>нечитабельне значення гешу для посилання {uri!r}</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>the signed document</source>
        <translation>підписаний документ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the signed element {uri}</source>
        <translation>підписаний елемент {uri}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{what} was changed after signing (digest mismatch)</source>
        <translation>{what}: змінено після підписання (геш не збігається)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the document and signed properties are unchanged</source>
        <translation>документ і підписані властивості не змінено</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>not checked: unsupported {what}</source>
        <translation>не перевірено: не підтримується {what}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the signature does not cover the whole document</source>
        <translation>підпис охоплює не весь документ</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>the embedded certificate is unreadable</source>
        <translation>вбудований сертифікат неможливо прочитати</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no certificate in the signature: the signer&apos;s key is unknown</source>
        <translation>у підписі немає сертифіката: ключ підписувача невідомий</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>the signature value does not match (the file was altered after signing)</source>
        <translation>значення підпису не збігається (файл змінено після підписання)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>signed {signed}, certificate valid {start}–{end}</source>
        <translation>підписано {signed}, сертифікат чинний {start}–{end}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>signed {signed} outside the certificate&apos;s validity {start}–{end}</source>
        <translation>підписано {signed} поза строком чинності сертифіката {start}–{end}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the certificate expired on {date}; a sealed document stays valid if it was sealed before that (long-term timestamps are not checked offline)</source>
        <translation>строк дії сертифіката сплив {date}; документ із печаткою залишається чинним, якщо печатку накладено раніше (довгострокові позначки часу без мережі не перевіряються)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The embedding layer was not used: {texts} texts to compare, more than its automatic limit of {limit}; the scores come from the word layers alone.</source>
        <translation>Шар векторних подань не застосовано: для порівняння {texts} текстів, більше за його автоматичну межу {limit}; оцінки дають лише словесні шари.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>practice</source>
        <translation>практика</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>attestation</source>
        <translation>атестація</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>thesis</source>
        <translation>кваліфікаційна робота</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+51"/>
        <location line="+422"/>
        <source>{code}</source>
        <translation>{code}</translation>
    </message>
    <message>
        <location line="-472"/>
        <source>{grade} (excellent)</source>
        <translation>{grade} (відмінно)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{grade} (good)</source>
        <translation>{grade} (добре)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{grade} (satisfactory)</source>
        <translation>{grade} (задовільно)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{grade} (unsatisfactory)</source>
        <translation>{grade} (незадовільно)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pass</source>
        <translation>зараховано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fail</source>
        <translation>не зараховано</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>{count} of %n covered outcome(s) evidenced at a lower Bloom level</source>
        <translation>
            <numerusform>{count} з %n охопленого результату підтверджено на нижчому рівні за Блумом</numerusform>
            <numerusform>{count} з %n охоплених результатів підтверджено на нижчому рівні за Блумом</numerusform>
            <numerusform>{count} з %n охоплених результатів підтверджено на нижчому рівні за Блумом</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>workload {hours} h vs {needed} h — sufficient</source>
        <translation>обсяг {hours} год проти {needed} год — достатньо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>workload {hours} h vs {needed} h — warning</source>
        <translation>обсяг {hours} год проти {needed} год — попередження</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>workload {hours} h vs {needed} h — too little</source>
        <translation>обсяг {hours} год проти {needed} год — недостатньо</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>credits in proportion to the workload: {credits} of {ects} ({hours} h of {needed} h)</source>
        <translation>кредити пропорційно обсягу: {credits} з {ects} ({hours} год з {needed} год)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{evidence}: level {level} is below level {required} of the programme&apos;s cycle; the rules do not allow recognition on it</source>
        <translation>{evidence}: рівень {level} нижчий за рівень {required} циклу освітньої програми; правила не дозволяють визнання на його підставі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{evidence}: level {level} is below level {required} of the programme&apos;s cycle — check before deciding</source>
        <translation>{evidence}: рівень {level} нижчий за рівень {required} циклу освітньої програми — перевірте перед ухваленням рішення</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{evidence}: {hours} h for {ects} ECTS credits is {per_credit} h per credit, outside {low}–{high} h — check the credential&apos;s workload</source>
        <translation>{evidence}: зазначено {hours} год і обсяг у кредитах ЄКТС {ects}, тобто {per_credit} год на кредит, поза межами {low}–{high} год — перевірте обсяг, зазначений у документі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{evidence}: the credential states no learning outcomes; the topics of its course were compared — check before deciding</source>
        <translation>{evidence}: у документі немає результатів навчання; порівняно теми курсу — перевірте перед ухваленням рішення</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>workload of the evidence unknown ({needed} h needed) — warning</source>
        <translation>обсяг навчання за документом невідомий (потрібно {needed} год) — попередження</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cap: {used} of {limit} credits used ({percent}% of the academic year)</source>
        <translation>ліміт: використано {used} з {limit} кредитів ({percent}% навчального року)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cap: {used} of {limit} credits used ({percent}% of the programme)</source>
        <translation>ліміт: використано {used} з {limit} кредитів ({percent}% програми)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cap exceeded: {used} + {adding} credits &gt; {limit} ({room} left)</source>
        <translation>перевищено ліміт: {used} + {adding} кредитів &gt; {limit} (залишок {room})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cap: {room} of {adding} credits can be recognised ({used} of {limit} used); recognising more needs the commission&apos;s override with a reason</source>
        <translation>ліміт: можна визнати {room} з {adding} кредитів (використано {used} з {limit}); визнання понад це можливе лише за рішенням комісії про відступ із зазначенням підстави</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>component type &apos;{type}&apos; is not eligible (eligible: {eligible})</source>
        <translation>тип компонента «{type}» не підлягає визнанню (дозволено: {eligible})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no evidence attached</source>
        <translation>не додано підтвердних документів</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{evidence}: authenticity check failed</source>
        <translation>{evidence}: перевірку автентичності не пройдено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{evidence}: verification &apos;{level}&apos; is below the required &apos;{required}&apos;</source>
        <translation>{evidence}: рівень перевірки «{level}» нижчий за потрібний «{required}»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{evidence}: authenticity cannot be verified offline and the rules require &apos;{required}&apos;: not recognised until a person confirms the original</source>
        <translation>{evidence}: автентичність неможливо перевірити офлайн, а правила вимагають рівня «{required}»: не визнається, доки працівник не підтвердить перевірку оригіналу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{evidence}: authenticity cannot be verified offline; a person confirmed the original</source>
        <translation>{evidence}: автентичність неможливо перевірити офлайн; перевірку оригіналу підтвердив працівник</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{evidence}: authenticity cannot be verified offline; the rules accept it — check the original</source>
        <translation>{evidence}: автентичність неможливо перевірити офлайн; правила це допускають — перевірте оригінал</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{evidence}: made out to another person than the applicant; the rules do not allow recognition on it</source>
        <translation>{evidence}: документ видано іншій особі, ніж заявник; правила не дозволяють визнання на його підставі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{evidence}: made out to another person than the applicant; recognition needs the commission&apos;s override with a reason</source>
        <translation>{evidence}: документ видано іншій особі, ніж заявник; визнання можливе лише за рішенням комісії про відступ із зазначенням підстави</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{evidence}: made out to another person than the applicant — check before deciding</source>
        <translation>{evidence}: документ видано іншій особі, ніж заявник — перевірте перед ухваленням рішення</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{evidence}: the learner could not be compared with the applicant — check the identity</source>
        <translation>{evidence}: особу здобувача в документі не вдалося зіставити із заявником — перевірте особу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{evidence}: the learner&apos;s name agrees with the applicant&apos;s after transliteration</source>
        <translation>{evidence}: ім’я в документі збігається з ім’ям заявника з урахуванням транслітерації</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{evidence}: the awarding body {body} is in {country}, which the rules exclude</source>
        <translation>{evidence}: організація, що видала документ ({body}), розташована в країні {country}, яку виключено правилами</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{evidence}: date of issue unknown — age cannot be checked</source>
        <translation>{evidence}: дата видачі невідома — вік документа не перевірено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{evidence}: {age} years old, more than {max}</source>
        <translation>{evidence}: документ виданий {age} р. тому, більше ніж {max}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{evidence}: the issuer&apos;s country “{country}” is not recognised; check it before deciding</source>
        <translation>{evidence}: країну видавця «{country}» не розпізнано; перевірте її до ухвалення рішення</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{evidence}: issued in {country}, which the rules exclude</source>
        <translation>{evidence}: видано в країні {country}, яку виключено правилами</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the component has no learning outcomes to compare</source>
        <translation>у компонента немає результатів навчання для порівняння</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>grade {original} → {points} / {ects} / {national}</source>
        <translation>оцінка {original} → {points} / {ects} / {national}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>grade to be set by the commission</source>
        <translation>оцінку визначає комісія</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>partial grade: {points} of {module} module points</source>
        <translation>часткова оцінка: {points} з {module} балів модуля</translation>
    </message>
    <message>
        <location line="+254"/>
        <location line="+1"/>
        <location line="+170"/>
        <source>{name}, v{version}</source>
        <translation>{name}, версія {version}</translation>
    </message>
    <message>
        <location line="-160"/>
        <source>Recognised outcomes: {outcomes}</source>
        <translation>Визнано результати навчання: {outcomes}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{component}: recognition needs the commission&apos;s override with a reason: {reasons}.</source>
        <translation>{component}: визнання можливе лише за рішенням комісії про відступ із зазначенням підстави: {reasons}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>{component}: the rules do not allow recognition: {reasons}.</source>
        <translation>{component}: правила не дозволяють визнання: {reasons}.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Cases with an excluded country, another person&apos;s certificate and an appeal</source>
        <translation>Справи з виключеною країною, сертифікатом іншої особи та апеляцією</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An appeal after the order in case {number}</source>
        <translation>Апеляція після наказу у справі {number}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{hours} h for {ects} ECTS credits is {per_credit} h per credit; the rules expect {low}–{high} h: check the credential&apos;s workload</source>
        <translation>Зазначено {hours} год і обсяг у кредитах ЄКТС {ects}, тобто {per_credit} год на кредит; правила передбачають {low}–{high} год: перевірте обсяг, зазначений у документі</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the original document was seen</source>
        <translation>оглянуто оригінал документа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the issuer was contacted and confirmed it</source>
        <translation>видавець на запит підтвердив документ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the issuer&apos;s register or website confirms it</source>
        <translation>документ підтверджено реєстром або вебсайтом видавця</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the holder&apos;s identity document was seen</source>
        <translation>оглянуто документ, що посвідчує особу власника</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A check of an original is confirmed by a named person: sign in or give your name.</source>
        <translation>Перевірку оригіналу підтверджує конкретна особа: увійдіть у систему або зазначте своє ім’я.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown check {checks}: the checks are {known}.</source>
        <translation>Невідомий вид перевірки {checks}: можливі види — {known}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say what was checked (for example, the original document was seen).</source>
        <translation>Зазначте, що саме перевірено (наприклад, оглянуто оригінал документа).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The note on the check is longer than {limit} characters.</source>
        <translation>Примітка до перевірки довша за {limit} символів.</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+22"/>
        <source>Evidence item {item} does not exist (it may have been removed).</source>
        <translation>Документа {item} не існує (можливо, його вилучено).</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>{evidence} could not be read: there is nothing to confirm.</source>
        <translation>Документ {evidence} не вдалося прочитати: підтверджувати нічого.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case {case} is decided: the checks of its evidence can no longer change.</source>
        <translation>Справу {case} вирішено: перевірки її документів уже не можна змінити.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Protocol {protocol} signed</source>
        <translation>Протокол {protocol} підписано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order {order}</source>
        <translation>Наказ {order}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appeal rejected: {comment}</source>
        <translation>Апеляцію відхилено: {comment}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appeal granted: {comment} — revise the decisions and sign a new protocol.</source>
        <translation>Апеляцію задоволено: {comment} — перегляньте рішення і підпишіть новий протокол.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appeal partly granted: {comment} — revise the decisions and sign a new protocol.</source>
        <translation>Апеляцію задоволено частково: {comment} — перегляньте рішення і підпишіть новий протокол.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{grounds}
Accepted after the deadline: {reason}</source>
        <translation>{grounds}
Прийнято після строку: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{credential}: no learning outcomes in the file; its title was compared</source>
        <translation>{credential}: у файлі немає результатів навчання; порівняно його назву</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>a credential made out to another person</source>
        <translation>документ, виданий іншій особі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recognised by the commission&apos;s override ({rule}): {reason}</source>
        <translation>визнано за рішенням комісії про відступ від правила ({rule}): {reason}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{file}: no such file</source>
        <translation>{file}: такого файлу немає</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file}: not a trusted list, registry, entity statement, DID document, key or certificate (expected {suffixes})</source>
        <translation>{file}: це не довірчий список, реєстр, заява суб’єкта федерації, DID-документ, ключ чи сертифікат (очікується {suffixes})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} is already in the trusted store</source>
        <translation>{file} уже є в довіреному сховищі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file}: another file of that name is in the trusted store; remove it first</source>
        <translation>{file}: у довіреному сховищі вже є інший файл із такою назвою; спершу вилучіть його</translation>
    </message>
    <message>
        <location line="-117"/>
        <location line="+118"/>
        <source>{file}: {problem}</source>
        <translation>{file}: {problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file}: not a trusted list, registry, entity statement, DID document, key or certificate the store can use</source>
        <translation>{file}: це не довірчий список, реєстр, заява суб’єкта федерації, DID-документ, ключ чи сертифікат, який сховище може використати</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file}: not in the trusted store</source>
        <translation>{file}: цього файлу немає в довіреному сховищі</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Case {case} is “{status}”: {what} is possible only when the case is {allowed}.</source>
        <translation>Справа {case} у стані «{status}»: {what} можливо лише в стані {allowed}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>adding evidence</source>
        <translation>додавання доказів</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changing the requested components</source>
        <translation>зміна заявлених компонентів</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>matching</source>
        <translation>зіставлення</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changing a decision</source>
        <translation>зміна рішення</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recording an assessment</source>
        <translation>запис оцінювання</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changing the commission</source>
        <translation>зміна комісії</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>drawing up the protocol</source>
        <translation>складання протоколу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>signing the protocol</source>
        <translation>підписання протоколу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>issuing the order</source>
        <translation>видання наказу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>filing an appeal</source>
        <translation>подання апеляції</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>recording the appeal&apos;s outcome</source>
        <translation>запис результату апеляції</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>there is no protocol to sign: generate it on the “Commission &amp; protocol” tab first</source>
        <translation>немає протоколу для підписання: спершу сформуйте його на вкладці «Комісія &amp; протокол»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no protocol has been signed</source>
        <translation>жоден протокол ще не підписано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>there is no open appeal</source>
        <translation>немає нерозглянутої апеляції</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no programme is chosen for the case</source>
        <translation>для справи не обрано освітню програму</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the case has no evidence: import the applicant&apos;s certificates first</source>
        <translation>у справі немає документів: спершу імпортуйте сертифікати заявника</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} evidence file(s) could not be read: remove or replace them</source>
        <translation>не вдалося прочитати файли документів (кількість: {count}): вилучіть або замініть їх</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no programme components are requested: add them on the “Components &amp; matching” tab</source>
        <translation>не зазначено освітніх компонентів для визнання: додайте їх на вкладці «Компоненти &amp; зіставлення»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no programme components are requested</source>
        <translation>не зазначено освітніх компонентів для визнання</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no decision yet for {components}</source>
        <translation>ще немає рішення щодо {components}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the policy profile requires the verification level “{required}”, not reached by {evidence}: record a person&apos;s check of the original on the “Evidence” tab</source>
        <translation>правила визнання вимагають рівня перевірки «{required}», якого не досягнуто для: {evidence}. Зафіксуйте перевірку оригіналу працівником на вкладці «Документи»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{component} is recognised although {reason}</source>
        <translation>{component} визнано, хоча {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case {case} is already “{status}”.</source>
        <translation>Справа {case} уже в стані «{status}».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case {case} is “{status}”: no further moves are possible.</source>
        <translation>Справа {case} у стані «{status}»: подальші переходи неможливі.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case {case} cannot go from “{status}” to “{to_status}”; from “{status}” it can go to {allowed}.</source>
        <translation>Справу {case} не можна перевести зі стану «{status}» у стан «{to_status}»; зі стану «{status}» можливі переходи до: {allowed}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sign the protocol on the “Commission &amp; protocol” tab</source>
        <translation>підпишіть протокол на вкладці «Комісія &amp; протокол»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>issue the order on the “Commission &amp; protocol” tab</source>
        <translation>видайте наказ на вкладці «Комісія &amp; протокол»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>file the appeal on the “Commission &amp; protocol” tab</source>
        <translation>зареєструйте апеляцію на вкладці «Комісія &amp; протокол»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record the appeal&apos;s outcome on the “Commission &amp; protocol” tab</source>
        <translation>зафіксуйте результат розгляду апеляції на вкладці «Комісія &amp; протокол»</translation>
    </message>
    <message>
        <location line="-213"/>
        <location line="+60"/>
        <location line="+154"/>
        <source>Case {case} does not exist (it may have been removed by another user).</source>
        <translation>Справи {case} не існує (можливо, її вилучив інший користувач).</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <location filename="../../app/ui/new_case_dialog.py" line="+45"/>
        <source>New recognition case</source>
        <translation>Нова справа про визнання результатів навчання</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Surname, given name, patronymic</source>
        <translation>Прізвище, ім’я, по батькові</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>name@example.org (compared with badges issued to an e-mail)</source>
        <translation>name@example.org (порівнюється з бейджами, виданими на e-mail)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(no programmes yet: import the catalogue first)</source>
        <translation>(освітніх програм ще немає: спершу імпортуйте каталог)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(no policy profile yet: the standard rules apply)</source>
        <translation>(профілю правил визнання ще немає: застосовуються типові правила)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Learning outcomes the applicant declares, one per line</source>
        <translation>Результати навчання, заявлені здобувачем, — по одному в рядку</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Full name:</source>
        <translation>ПІБ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Student ID:</source>
        <translation>№ залікової книжки:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail:</source>
        <translation>Електронна пошта:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Faculty:</source>
        <translation>Факультет:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group:</source>
        <translation>Група:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Programme:</source>
        <translation>Освітня програма:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Policy profile:</source>
        <translation>Правила визнання:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Academic year:</source>
        <translation>Навчальний рік:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Semester:</source>
        <translation>Семестр:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filed on:</source>
        <translation>Дата подання:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision due:</source>
        <translation>Строк ухвалення рішення:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declaration:</source>
        <translation>Заява:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The rules of this policy profile cannot be read: set the date by hand.</source>
        <translation>Правила цього профілю неможливо прочитати: встановіть дату вручну.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Filing date + %n day(s), the decision time limit of the policy profile</source>
        <translation>
            <numerusform>Дата подання + %n день — строк ухвалення рішення за правилами визнання</numerusform>
            <numerusform>Дата подання + %n дні — строк ухвалення рішення за правилами визнання</numerusform>
            <numerusform>Дата подання + %n днів — строк ухвалення рішення за правилами визнання</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <location filename="../../app/reports/papers.py" line="+239"/>
        <source>student card No. {id}</source>
        <translation>студентський квиток № {id}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>of the decision on the recognition of learning outcomes obtained through non-formal and/or informal education</source>
        <translation>про рішення щодо визнання результатів навчання, здобутих шляхом неформальної та/або інформальної освіти</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Dear {name},</source>
        <translation>Шановний (-а) {name}!</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the commission examined your application of {filed} and on {meeting} took the decision recorded in protocol No. {number}.</source>
        <translation>комісія з визнання результатів навчання розглянула Вашу заяву від {filed} і на засіданні {meeting} ухвалила рішення, зафіксоване в протоколі № {number}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Educational component</source>
        <translation>Освітній компонент</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Decision</source>
        <translation>Рішення</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ECTS credits</source>
        <translation>Кредитів ЄКТС</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Grade (100 / ECTS / national)</source>
        <translation>Оцінка (100 / ЄКТС / національна)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>These parts are studied in the usual way under your individual study plan.</source>
        <translation>Ці частини освітньої програми вивчаються в загальному порядку відповідно до Вашого індивідуального навчального плану.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing: the components you applied for are recognised in full.</source>
        <translation>Нічого: освітні компоненти, щодо яких Ви звернулися, визнано повністю.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The decision took effect by order No. {number} of {date}.</source>
        <translation>Рішення введено в дію наказом від {date} № {number}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The appeal is a written application that states what you disagree with and why.</source>
        <translation>Апеляцію подають письмово із зазначенням, з чим саме Ви не погоджуєтеся та чому.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Contact: {contact}.</source>
        <translation>Контакти: {contact}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Notice of the recognition decision — case {case}</source>
        <translation>Повідомлення про рішення щодо визнання — справа {case}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Case {case} · page {page} of {pages}</source>
        <translation>Справа {case} · сторінка {page} з {pages}</translation>
    </message>
    <message>
        <location filename="../../build/i18n/wrapped_strings.py" line="-456"/>
        <source>NOTICE</source>
        <translation>ПОВІДОМЛЕННЯ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case No. {case}</source>
        <translation>Справа № {case}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recognised:</source>
        <translation>Визнано:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To be studied:</source>
        <translation>Залишається вивчити:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How to appeal:</source>
        <translation>Як оскаржити рішення:</translation>
    </message>
</context>
<context>
    <name>NotificationDialog</name>
    <message>
        <location filename="../../app/ui/workflow_dialogs.py" line="+122"/>
        <source>Applicant notified of the decision</source>
        <translation>Ознайомлення здобувача з рішенням</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>e.g. the extract handed over; for a correction: what and why</source>
        <translation>напр., витяг вручено; для виправлення: що і чому</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notified on:</source>
        <translation>Дата ознайомлення:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How:</source>
        <translation>Спосіб:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note:</source>
        <translation>Примітка:</translation>
    </message>
</context>
<context>
    <name>OpenFilesDialog</name>
    <message>
        <location filename="../../app/ui/open_files.py" line="+43"/>
        <source>Opened files</source>
        <translation>Відкриті файли</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Authenticity</source>
        <translation>Автентичність</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Назва</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Awarding body</source>
        <translation>Видавець</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing elements</source>
        <translation>Відсутні елементи</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Checking…</source>
        <translation>Перевірка…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add to the case</source>
        <translation>Додати до справи</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Case:</source>
        <translation>Справа:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No case accepts evidence now: register a case first (File ▸ New case).</source>
        <translation>Зараз жодна справа не приймає документів: спершу зареєструйте справу (Файл ▸ Нова справа).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Checking the opened files</source>
        <translation>Перевірка відкритих файлів</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not be read</source>
        <translation>Не вдалося прочитати</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Cannot open {0}: no such file.</source>
        <translation>Неможливо відкрити {0}: файл не існує.</translation>
    </message>
</context>
<context>
    <name>Order</name>
    <message>
        <location filename="../../app/reports/papers.py" line="+39"/>
        <source>to be studied: {credits}</source>
        <translation>до вивчення — {credits}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>in full</source>
        <translation>у повному обсязі</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>in part</source>
        <translation>частково</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Order No. {number} on the recognition of learning outcomes — case {case}</source>
        <translation>Наказ № {number} про визнання результатів навчання — справа {case}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Order No. {number} of {date} · page {page} of {pages}</source>
        <translation>Наказ від {date} № {number} · сторінка {page} з {pages}</translation>
    </message>
</context>
<context>
    <name>OrderDialog</name>
    <message>
        <location filename="../../app/ui/workflow_dialogs.py" line="-36"/>
        <source>Order</source>
        <translation>Наказ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>dean or rector</source>
        <translation>декан або ректор</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>surname, given name, patronymic</source>
        <translation>прізвище, ім’я, по батькові</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave empty to draw up the text from the signed protocol</source>
        <translation>Залиште порожнім, щоб сформувати текст за підписаним протоколом</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order no.:</source>
        <translation>№ наказу:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date:</source>
        <translation>Дата:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed by (position):</source>
        <translation>Підписує (посада):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signatory&apos;s full name:</source>
        <translation>Прізвище, ім’я, по батькові:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text:</source>
        <translation>Текст:</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <location filename="../../app/ui/case_view.py" line="-64"/>
        <source>Registration no.</source>
        <translation>Реєстраційний номер</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Стан</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applicant</source>
        <translation>Здобувач</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name in Latin script</source>
        <translation>ПІБ латиницею</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Student ID</source>
        <translation>№ залікової книжки</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E-mail</source>
        <translation>Електронна пошта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Faculty / group</source>
        <translation>Факультет / група</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Programme</source>
        <translation>Освітня програма</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Policy profile</source>
        <translation>Правила визнання</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commission</source>
        <translation>Комісія</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Filed on</source>
        <translation>Дата подання</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision due</source>
        <translation>Строк ухвалення рішення</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Academic year / semester</source>
        <translation>Навчальний рік / семестр</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declared learning outcomes</source>
        <translation>Заявлені результати навчання</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Evidence</source>
        <translation>Докази</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>(not chosen)</source>
        <translation>(не вибрано)</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n файл</numerusform>
            <numerusform>%n файли</numerusform>
            <numerusform>%n файлів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Decision due %1 — %n day(s) overdue</source>
        <translation>
            <numerusform>Рішення до %1 — прострочено на %n день</numerusform>
            <numerusform>Рішення до %1 — прострочено на %n дні</numerusform>
            <numerusform>Рішення до %1 — прострочено на %n днів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Decision due %1 — decided %n day(s) after its limit</source>
        <translation>
            <numerusform>Рішення до %1 — ухвалено на %n день пізніше строку</numerusform>
            <numerusform>Рішення до %1 — ухвалено на %n дні пізніше строку</numerusform>
            <numerusform>Рішення до %1 — ухвалено на %n днів пізніше строку</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeriodDialog</name>
    <message>
        <location filename="../../app/ui/reports_view.py" line="+62"/>
        <source>Only decisions in this period</source>
        <translation>Лише рішення за цей період</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Period:</source>
        <translation>Період:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All programmes</source>
        <translation>Усі освітні програми</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Programme:</source>
        <translation>Освітня програма:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All faculties</source>
        <translation>Усі факультети</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Faculty:</source>
        <translation>Факультет:</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The start of the period is after its end.</source>
        <translation>Початок періоду пізніший за його кінець.</translation>
    </message>
</context>
<context>
    <name>Policy</name>
    <message>
        <location filename="../../app/ui/policy_view.py" line="-235"/>
        <source>Match score for a covered outcome</source>
        <translation>Схожість, від якої результат навчання вважається покритим</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coverage for full recognition</source>
        <translation>Покриття для повного визнання</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coverage for partial recognition</source>
        <translation>Покриття для часткового визнання</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours per ECTS credit</source>
        <translation>Годин в одному кредиті ЄКТС</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workload rule</source>
        <translation>Правило щодо обсягу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workload needed</source>
        <translation>Потрібний обсяг</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tolerance on a credential&apos;s hours per credit</source>
        <translation>Допустиме відхилення годин на кредит у документі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cap on recognised credits</source>
        <translation>Ліміт визнаних кредитів</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cap base</source>
        <translation>База ліміту</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eligible component types</source>
        <translation>Типи компонентів, які можна визнавати</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maximum age of evidence</source>
        <translation>Найбільша давність документів</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Required verification</source>
        <translation>Потрібна перевірка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revocation must be checked</source>
        <translation>Відкликання має бути перевірено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credential made out to another person</source>
        <translation>Документ, виданий іншій особі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credential level below the programme&apos;s cycle</source>
        <translation>Рівень документа нижчий за цикл освітньої програми</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maximum age of a trust snapshot</source>
        <translation>Найбільший вік знімка довіри</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issuer countries not accepted</source>
        <translation>Країни видавців, які не приймаються</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Translation required</source>
        <translation>Потрібен переклад</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partial recognition when outcomes are only partly evidenced</source>
        <translation>Часткове визнання, коли результати навчання підтверджено лише частково</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of outcomes partly evidenced for a partial recognition</source>
        <translation>Частка частково підтверджених результатів навчання для часткового визнання</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Margin under “partly” for the other outcomes</source>
        <translation>Запас нижче «частково» для решти результатів</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Working languages</source>
        <translation>Робочі мови</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grade conversion table</source>
        <translation>Таблиця переведення оцінок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass mark</source>
        <translation>Прохідний бал</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grade of a partial recognition</source>
        <translation>Оцінка при частковому визнанні</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time limit for the decision</source>
        <translation>Строк ухвалення рішення</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time limit for the order</source>
        <translation>Строк видання наказу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time for filing an appeal</source>
        <translation>Строк подання апеляції</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appeal window starts</source>
        <translation>Початок строку апеляції</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time limit for the appeal decision</source>
        <translation>Строк рішення за апеляцією</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rules</source>
        <translation>Правила</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+6"/>
        <location line="+7"/>
        <source>Warning only</source>
        <translation>Лише попередження</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Credits in proportion to the evidenced hours</source>
        <translation>Кредити пропорційно підтвердженим годинам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hard rule: no full recognition with too little workload</source>
        <translation>Обов’язкове правило: без повного визнання за недостатнього обсягу</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recognised only with the commission&apos;s override and its reason</source>
        <translation>Визнання лише за рішенням комісії про відступ із зазначенням підстави</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>Never recognised on that credential</source>
        <translation>На підставі такого документа не визнається</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Not checked</source>
        <translation>Не перевіряється</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>on the day the applicant is notified of the decision</source>
        <translation>з дня ознайомлення здобувача з рішенням</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on the day the protocol is signed</source>
        <translation>з дня підписання протоколу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on the date of the order</source>
        <translation>з дати наказу</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>of the programme&apos;s credits</source>
        <translation>від кредитів освітньої програми</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>of the academic year&apos;s credits (60 ECTS)</source>
        <translation>від кредитів навчального року (60 ЄКТС)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>None required</source>
        <translation>Не потрібна</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid signature, key not confirmed as the issuer&apos;s</source>
        <translation>Чинний підпис, але ключ не підтверджено як ключ видавця</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checked against the original by staff</source>
        <translation>Звірено з оригіналом працівником закладу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid digital signature</source>
        <translation>Чинний цифровий підпис</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Certificate % × module points</source>
        <translation>% за сертифікатом × бали модуля</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set by the commission</source>
        <translation>Визначає комісія</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No grade</source>
        <translation>Без оцінки</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+20"/>
        <source>{0} %</source>
        <translation>{0} %</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>no limit</source>
        <translation>без обмеження</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>off</source>
        <translation>вимкнено</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} h</source>
        <translation>{0} год</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} years</source>
        <translation>{0} р.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n день</numerusform>
            <numerusform>%n дні</numerusform>
            <numerusform>%n днів</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>yes</source>
        <translation>так</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>ні</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>added {0}</source>
        <translation>додано {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} → {1}</source>
        <translation>{0} → {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0}: national grade or pass changed</source>
        <translation>{0}: змінено національну оцінку або залік</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>removed {0}</source>
        <translation>вилучено {0}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>changed</source>
        <translation>змінено</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+605"/>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location line="-603"/>
        <source>{0}: {1} → {2}</source>
        <translation>{0}: {1} → {2}</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>from</source>
        <translation>від</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>to</source>
        <translation>до</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>row {0}: “{1}” ({2}) is not a number</source>
        <translation>рядок {0}: «{1}» ({2}) — не число</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>row {0}: the national grade must be 1..5</source>
        <translation>рядок {0}: національна оцінка має бути від 1 до 5</translation>
    </message>
    <message>
        <location line="+439"/>
        <source>no component type is eligible</source>
        <translation>жоден тип компонентів не допущено до визнання</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>country codes are two letters, like UA or RU</source>
        <translation>коди країн — дві літери, наприклад UA або RU</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at least one working language is needed</source>
        <translation>потрібна хоча б одна робоча мова</translation>
    </message>
    <message>
        <location line="+502"/>
        <source>The database is still being opened; try again in a moment.</source>
        <translation>База даних ще відкривається; спробуйте за мить.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Policy profiles…</source>
        <translation>&amp;Правила визнання…</translation>
    </message>
</context>
<context>
    <name>PolicyDialog</name>
    <message>
        <location line="-469"/>
        <source>Policy profiles</source>
        <translation>Правила визнання</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Profile</source>
        <translation>Профіль</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Latest</source>
        <translation>Остання редакція</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+25"/>
        <source>Cases</source>
        <translation>Справи</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>New profile…</source>
        <translation>Новий профіль…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy…</source>
        <translation>Копіювати…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new profile starting from the rules of the version shown</source>
        <translation>Новий профіль на основі правил показаної редакції</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Versions (newest first):</source>
        <translation>Редакції (спочатку новіші):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version</source>
        <translation>Редакція</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Valid from</source>
        <translation>Чинна з</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Saved by</source>
        <translation>Ким збережено</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Saved</source>
        <translation>Збережено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Примітка</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Make a new version from this one</source>
        <translation>Створити нову редакцію на основі цієї</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>not set</source>
        <translation>не задано</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What changed and why, e.g. the decision of the academic council</source>
        <translation>Що змінено і чому, наприклад рішення вченої ради</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Institution:</source>
        <translation>Заклад освіти:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Valid from:</source>
        <translation>Чинна з:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note for the new version:</source>
        <translation>Примітка до нової редакції:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard changes</source>
        <translation>Скасувати зміни</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save as a new version</source>
        <translation>Зберегти як нову редакцію</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Loading policy profiles</source>
        <translation>Завантаження правил визнання</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+26"/>
        <source>v{0}</source>
        <translation>ред. {0}</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Versions of “{0}” (newest first):</source>
        <translation>Редакції «{0}» (спочатку новіші):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>v{0} (latest)</source>
        <translation>ред. {0} (остання)</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Opening the policy profile</source>
        <translation>Відкриття профілю правил визнання</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No policy profile yet</source>
        <translation>Профілів правил визнання ще немає</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create one with “New profile…”: it starts from the standard rules, which you can then change.</source>
        <translation>Створіть профіль кнопкою «Новий профіль…»: він починається з типових правил, які потім можна змінити.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Saved {0} by {1}.</source>
        <translation>Збережено {0}, {1}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note: {0}</source>
        <translation>Примітка: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> and {0} more</source>
        <translation> і ще {0}</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Used by %n case(s): {0}{1}.</source>
        <translation>
            <numerusform>Використовується в %n справі: {0}{1}.</numerusform>
            <numerusform>Використовується в %n справах: {0}{1}.</numerusform>
            <numerusform>Використовується в %n справах: {0}{1}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No case uses this version yet.</source>
        <translation>Цю редакцію ще не використано в жодній справі.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changes from version {0}: {1}</source>
        <translation>Зміни порівняно з редакцією {0}: {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none in the rules</source>
        <translation>у правилах змін немає</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Other settings, kept in new versions: {0}</source>
        <translation>Інші налаштування, що переходять у нові редакції: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown settings (a typo?), not used and not kept in new versions: {0}</source>
        <translation>Невідомі налаштування (можливо, помилка в назві): не використовуються і не переходять у нові редакції: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Problem: {0}. The editor shows the standard rules instead.</source>
        <translation>Проблема: {0}. Натомість редактор показує типові правила.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>latest version</source>
        <translation>остання редакція</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>old version, read-only</source>
        <translation>попередня редакція, лише для читання</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>old version, copied for editing</source>
        <translation>попередня редакція, скопійована для редагування</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} — version {1} ({2})</source>
        <translation>{0} — редакція {1} ({2})</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Editing from version {0}: saving makes it version {1}, the new latest. Version {0} stays as it is.</source>
        <translation>Редагування на основі редакції {0}: після збереження це буде редакція {1}, нова остання. Редакція {0} залишиться без змін.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Version {0} of {1}: an old version is read-only, so the cases decided under it keep their rules.</source>
        <translation>Редакція {0} профілю «{1}»: попередні редакції доступні лише для читання, тож справи, вирішені за ними, зберігають свої правила.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Save as version {0}</source>
        <translation>Зберегти як редакцію {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change a rule to make a new version; the versions saved before stay as they are.</source>
        <translation>Змініть правило, щоб створити нову редакцію; збережені раніше редакції залишаться без змін.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fix the problems shown in red first.</source>
        <translation>Спершу виправте проблеми, позначені червоним.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unsaved changes</source>
        <translation>Незбережені зміни</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard the unsaved changes to this policy profile?</source>
        <translation>Скасувати незбережені зміни в цьому профілі правил визнання?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Based on version {0}</source>
        <translation>На основі редакції {0}</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+5"/>
        <source>The policy profile cannot be saved</source>
        <translation>Профіль правил визнання неможливо зберегти</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Saving the policy profile</source>
        <translation>Збереження профілю правил визнання</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved “{0}” as version {1}; earlier versions are unchanged.</source>
        <translation>«{0}» збережено як редакцію {1}; попередні редакції не змінено.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>New policy profile</source>
        <translation>Новий профіль правил визнання</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name of the new profile:</source>
        <translation>Назва нового профілю:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Created with the standard rules</source>
        <translation>Створено з типовими правилами</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Creating the policy profile</source>
        <translation>Створення профілю правил визнання</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Copy policy profile</source>
        <translation>Копіювання профілю правил визнання</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the new profile (a copy of {0}, version {1}):</source>
        <translation>Назва нового профілю (копія «{0}», редакція {1}):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} (copy)</source>
        <translation>{0} (копія)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copying the policy profile</source>
        <translation>Копіювання профілю правил визнання</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Created policy profile “{0}”.</source>
        <translation>Створено профіль правил визнання «{0}».</translation>
    </message>
</context>
<context>
    <name>PolicyEditor</name>
    <message>
        <location line="-885"/>
        <source>Recognition</source>
        <translation>Визнання</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eligibility and evidence</source>
        <translation>Допустимість і документи</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+413"/>
        <source>Grades</source>
        <translation>Оцінки</translation>
    </message>
    <message>
        <location line="-412"/>
        <location line="+414"/>
        <source>Procedure</source>
        <translation>Процедура</translation>
    </message>
    <message>
        <location line="-366"/>
        <source>Coverage of the component&apos;s learning outcomes</source>
        <translation>Покриття результатів навчання компонента</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <location line="+6"/>
        <location line="+25"/>
        <location line="+8"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>An outcome counts as covered from match score:</source>
        <translation>Результат навчання вважається покритим від схожості:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full recognition from coverage:</source>
        <translation>Повне визнання від покриття:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partial recognition above coverage:</source>
        <translation>Часткове визнання від покриття понад:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>…when at least this share is partly evidenced:</source>
        <translation>…якщо частково підтверджено щонайменше:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Workload</source>
        <translation>Обсяг</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> h</source>
        <translation> год</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> × component hours</source>
        <translation> × годин компонента</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours per ECTS credit:</source>
        <translation>Годин в одному кредиті ЄКТС:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence hours needed:</source>
        <translation>Потрібно годин за документами:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When the evidence has fewer hours:</source>
        <translation>Якщо годин за документами менше:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cap on recognised credits</source>
        <translation>Ліміт визнаних кредитів</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>At most:</source>
        <translation>Не більше:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counted over all earlier decisions for the student.</source>
        <translation>З урахуванням усіх попередніх рішень щодо здобувача.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Components that may be recognised</source>
        <translation>Компоненти, які можна визнавати</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Evidence</source>
        <translation>Документи</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> years</source>
        <translation> р.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no limit</source>
        <translation>без обмеження</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>two-letter country codes, separated by commas</source>
        <translation>дволітерні коди країн через кому</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A credential whose revocation could not be checked offline is not enough</source>
        <translation>Документа, відкликання якого не вдалося перевірити офлайн, недостатньо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence in another language needs a translation attached</source>
        <translation>До документів іншою мовою потрібно додати переклад</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>EQF/NQF level the credential states against the programme&apos;s cycle (short cycle 5, bachelor 6, master 7, PhD 8); no stated level, no check</source>
        <translation>Рівень ЄРК/НРК, зазначений у документі, порівнюється з рівнем циклу програми (молодший бакалавр 5, бакалавр 6, магістр 7, доктор філософії 8); якщо рівень не зазначено, перевірки немає</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Registry, federation and trusted-list snapshots (and saved DID documents) older than this are flagged on the trust page</source>
        <translation>Знімки реєстрів, федерацій і довірчих списків (а також збережені DID-документи), старші за цей строк, позначаються на сторінці довіреного сховища</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>language codes, separated by commas</source>
        <translation>коди мов через кому</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maximum age of the evidence:</source>
        <translation>Найбільша давність документів:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Required verification:</source>
        <translation>Потрібна перевірка:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Credential made out to another person:</source>
        <translation>Документ, виданий іншій особі:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credential level below the programme&apos;s cycle:</source>
        <translation>Рівень документа нижчий за цикл освітньої програми:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trust snapshots older than this need renewing:</source>
        <translation>Знімки довіри, старші за цей строк, потрібно оновити:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issuer countries not accepted:</source>
        <translation>Країни видавців, які не приймаються:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Working languages:</source>
        <translation>Робочі мови:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source> points</source>
        <translation> б.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pass mark for pass/fail components:</source>
        <translation>Прохідний бал для компонентів із заліком:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grade of a partial recognition:</source>
        <translation>Оцінка при частковому визнанні:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conversion of a 100-point score to the ECTS letter and the national scale:</source>
        <translation>Переведення оцінки за 100-бальною шкалою в оцінку ЄКТС і за національною шкалою:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add row</source>
        <translation>Додати рядок</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove row</source>
        <translation>Вилучити рядок</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Standard table</source>
        <translation>Типова таблиця</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace the table with A 90–100, B 82–89.99, C 74–81.99, D 64–73.99, E 60–63.99, FX 35–59.99, F 0–34.99</source>
        <translation>Замінити таблицю типовою: A 90–100, B 82–89,99, C 74–81,99, D 64–73,99, E 60–63,99, FX 35–59,99, F 0–34,99</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Time limits</source>
        <translation>Строки</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The applicant&apos;s time for an appeal is counted from this day. Counted from the notification, it starts only when the notification is recorded on the case.</source>
        <translation>Строк апеляції здобувача відлічується від цього дня. Якщо від ознайомлення — строк починається лише тоді, коли ознайомлення зафіксовано у справі.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Appeals accepted for:</source>
        <translation>Апеляції приймаються протягом:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>counted from:</source>
        <translation>відлік:</translation>
    </message>
    <message>
        <location line="-76"/>
        <location line="+65"/>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <location line="-149"/>
        <source>Partial recognition on partly evidenced outcomes</source>
        <translation>Часткове визнання за частково підтвердженими результатами</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>off</source>
        <translation>вимкнено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>…or one is, the others at most this far under it:</source>
        <translation>…або один підтверджено частково, а решта нижче щонайбільше на:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Coverage is the share of the component&apos;s outcomes that the evidence covers. Partial recognition also needs at least one covered outcome, unless no outcome is covered and at least the share above (two outcomes or more) is partly evidenced: each partly evidenced outcome then gives half its share of the credits, and the commission confirms each pair. 66 % is two outcomes of three, three of four. Where one outcome is partly evidenced and every other scores at most the margin under the “partly” line (0.75 of the score above), each by another outcome, the partly evidenced one gives half its share.</source>
        <translation>Покриття — це частка результатів навчання компонента, які покриває документ. Часткове визнання також потребує щонайменше одного покритого результату, хіба що жоден результат не покрито, а щонайменше зазначену вище частку (два результати або більше) підтверджено частково: тоді кожен частково підтверджений результат дає половину своєї частки кредитів, а комісія підтверджує кожну пару. 66 % — це два результати з трьох, три з чотирьох. Якщо один результат підтверджено частково, а оцінка кожного іншого нижча за межу «частково» (0,75 від оцінки вище) не більше ніж на зазначений запас, і кожен — іншим результатом документа, частково підтверджений результат дає половину своєї частки.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>A credential&apos;s hours per credit may differ by:</source>
        <translation>Години на кредит у документі можуть відхилятися на:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>30 hours per credit in Ukraine, 25–30 in the EU. The ECTS Users&apos; Guide judges recognition on outcomes, so workload is usually a warning. A credential whose hours and credits disagree by more than the tolerance is flagged.</source>
        <translation>В Україні 30 годин в одному кредиті, у ЄС — 25–30. Довідник користувача ЄКТС вимагає визнавати за результатами навчання, тому обсяг зазвичай лише попередження. Документ, у якому години й кредити розходяться більше, ніж на допустиме відхилення, позначається.</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>Decision, from the filing of the application:</source>
        <translation>Рішення — від дня подання заяви:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order, from the signing of the protocol:</source>
        <translation>Наказ — від дня підписання протоколу:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Appeal decision, from the filing of the appeal:</source>
        <translation>Рішення за апеляцією — від дня подання апеляції:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The deadlines of the cases decided under this version. A case registered without a decision date gets the filing date plus the time limit for the decision.</source>
        <translation>Строки для справ, вирішених за цією редакцією. Справа, зареєстрована без строку рішення, отримує дату подання плюс строк ухвалення рішення.</translation>
    </message>
    <message>
        <location line="+197"/>
        <source>Grades ⚠</source>
        <translation>Оцінки ⚠</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Procedure ⚠</source>
        <translation>Процедура ⚠</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>To fix before saving: {0}</source>
        <translation>Виправте перед збереженням: {0}</translation>
    </message>
</context>
<context>
    <name>ProblemsTable</name>
    <message>
        <location filename="../../app/ui/catalogue_view.py" line="-951"/>
        <source>Severity</source>
        <translation>Важливість</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where</source>
        <translation>Де</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Error</source>
        <translation>Помилка</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warning</source>
        <translation>Попередження</translation>
    </message>
</context>
<context>
    <name>ProgrammeEditor</name>
    <message>
        <location line="+28"/>
        <source>Programme</source>
        <translation>Освітня програма</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Components</source>
        <translation>Освітні компоненти</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Programme outcomes</source>
        <translation>Програмні результати навчання</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Matrix</source>
        <translation>Матриця</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Code:</source>
        <translation>Код:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title:</source>
        <translation>Назва:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Specialty:</source>
        <translation>Спеціальність:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level:</source>
        <translation>Рівень:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total ECTS:</source>
        <translation>Обсяг, кредитів ЄКТС:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Academic year:</source>
        <translation>Навчальний рік:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language:</source>
        <translation>Мова:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Faculty:</source>
        <translation>Факультет:</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+47"/>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Title</source>
        <translation>Назва</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Semester</source>
        <translation>Семестр</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ECTS</source>
        <translation>ЄКТС</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hours</source>
        <translation>Години</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Final control</source>
        <translation>Підсумковий контроль</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcomes</source>
        <translation>Результати навчання</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Add component</source>
        <translation>Додати компонент</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove component</source>
        <translation>Вилучити компонент</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Learning outcomes of the selected component, one per line:</source>
        <translation>Результати навчання вибраного компонента, по одному в рядку:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select a component above; type its learning outcomes from the syllabus here, one per line.</source>
        <translation>Виберіть компонент угорі й введіть тут його результати навчання із силабусу, по одному в рядку.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Programme learning outcome</source>
        <translation>Програмний результат навчання</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add outcome</source>
        <translation>Додати результат</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove outcome</source>
        <translation>Вилучити результат</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Tick the programme outcomes (columns) each component (rows) serves.</source>
        <translation>Позначте програмні результати навчання (стовпці), яких досягають освітні компоненти (рядки).</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>New component</source>
        <translation>Новий компонент</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>New programme outcome</source>
        <translation>Новий програмний результат навчання</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Learning outcomes of {0}, one per line:</source>
        <translation>Результати навчання «{0}», по одному в рядку:</translation>
    </message>
    <message>
        <location line="+131"/>
        <source>{0} components ({1} ECTS), {2} programme outcomes, {3} matrix links.</source>
        <translation>Освітніх компонентів: {0} (кредитів ЄКТС: {1}); програмних результатів навчання: {2}; зв’язків у матриці: {3}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To fix before saving: {0}</source>
        <translation>Виправте перед збереженням: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(and {0} more)</source>
        <translation>(і ще {0})</translation>
    </message>
</context>
<context>
    <name>Protocol</name>
    <message>
        <location filename="../../app/reports/papers.py" line="-588"/>
        <source>Chair of the commission</source>
        <translation>Голова комісії</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secretary of the commission</source>
        <translation>Секретар комісії</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member of the commission</source>
        <translation>Член комісії</translation>
    </message>
    <message>
        <location line="+141"/>
        <source>student card No. {id}</source>
        <translation>студентський квиток № {id}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>group {group}</source>
        <translation>група {group}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>educational programme {title} ({code})</source>
        <translation>освітня програма {title} ({code})</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Educational component</source>
        <translation>Освітній компонент</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credential (ground)</source>
        <translation>Документ (підстава)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Learning outcomes</source>
        <translation>Результати навчання</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision</source>
        <translation>Рішення</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Recognised, ECTS credits</source>
        <translation>Визнано, кредитів ЄКТС</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grade (100 / ECTS / national)</source>
        <translation>Оцінка (100 / ЄКТС / національна)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Grounds</source>
        <translation>Обґрунтування</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>{name} declared a conflict of interest{note} and took no part in the examination of the case or the vote.</source>
        <translation>{name} заявив (-ла) про конфлікт інтересів{note} і участі в розгляді справи та голосуванні не брав (-ла).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No member present declared a conflict of interest.</source>
        <translation>Про конфлікт інтересів ніхто з присутніх членів комісії не заявив.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{score} of {max}</source>
        <translation>{score} з {max}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>component {codes}</source>
        <translation>компонент {codes}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>components {codes}</source>
        <translation>компоненти {codes}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>assessed by {names}</source>
        <translation>оцінювали: {names}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>result: {score} of {max}</source>
        <translation>результат: {score} з {max}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>VOTED:</source>
        <translation>ГОЛОСУВАЛИ:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>“for” — {votes_for}, “against” — {against}, “abstained” — {abstained}.</source>
        <translation>«за» — {votes_for}, «проти» — {against}, «утрималися» — {abstained}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The applicant may appeal against the decision to the appeal commission within {days} from the day the applicant is notified of the decision</source>
        <translation>Здобувач освіти має право оскаржити рішення, подавши апеляцію до апеляційної комісії протягом {days} з дня ознайомлення здобувача освіти з рішенням</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The applicant may appeal against the decision to the appeal commission within {days} from the date of the order</source>
        <translation>Здобувач освіти має право оскаржити рішення, подавши апеляцію до апеляційної комісії протягом {days} з дати наказу</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The applicant may appeal against the decision to the appeal commission within {days} from the day the protocol is signed</source>
        <translation>Здобувач освіти має право оскаржити рішення, подавши апеляцію до апеляційної комісії протягом {days} з дня підписання протоколу</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(until {date} inclusive)</source>
        <translation>(до {date} включно)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Recognised in total: {credits} ({count} of {all} components).</source>
        <translation>Усього визнано: {credits} (освітніх компонентів: {count} з {all}).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Audit log at signing: entry {entry}, SHA-256 {hash}</source>
        <translation>Журнал аудиту на час підписання: запис {entry}, SHA-256 {hash}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>EXTRACT FROM PROTOCOL No. {number}</source>
        <translation>ВИТЯГ З ПРОТОКОЛУ № {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PROTOCOL No. {number}</source>
        <translation>ПРОТОКОЛ № {number}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>of the meeting of the commission for the recognition of learning outcomes obtained through non-formal and/or informal education</source>
        <translation>засідання комісії з визнання результатів навчання, здобутих шляхом неформальної та/або інформальної освіти</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Version {version}</source>
        <translation>Редакція {version}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(replaces the previous version of the protocol)</source>
        <translation>(замінює попередню редакцію протоколу)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The commission was formed by order No. {number} of {date}.</source>
        <translation>Комісію утворено наказом від {date} № {number}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+137"/>
        <source>Legal basis: {basis}.</source>
        <translation>Правові підстави: {basis}.</translation>
    </message>
    <message>
        <location line="-130"/>
        <source>{year} academic year</source>
        <translation>{year} навчальний рік</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>semester {n}</source>
        <translation>{n} семестр</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Examination of the application of the student {name} ({details}) of {date} for the recognition of learning outcomes obtained through non-formal and/or informal education{when}.</source>
        <translation>Розгляд заяви здобувача освіти {name} ({details}) від {date} про визнання результатів навчання, здобутих шляхом неформальної та/або інформальної освіти{when}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The secretary of the commission on the check of the submitted documents, the comparison of the learning outcomes they confirm with the learning outcomes of the educational components, and the assessment.</source>
        <translation>Секретаря комісії — про результати перевірки поданих документів, зіставлення підтверджених ними результатів навчання з результатами навчання освітніх компонентів та про оцінювання.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Assessment held by the commission:</source>
        <translation>Оцінювання, проведене комісією:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The decision rests on the review of the documents; no interview or test was held.</source>
        <translation>Рішення ґрунтується на розгляді документів; співбесіду чи тестування не проводили.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1. To recognise for the student {name} the learning outcomes obtained through non-formal and/or informal education as set out in the table:</source>
        <translation>1. Визнати здобувачу освіти {name} результати навчання, здобуті шляхом неформальної та/або інформальної освіти, як зазначено в таблиці:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>2. To submit the protocol for an order on the recognition of the learning outcomes and their entry in the student&apos;s individual study plan.</source>
        <translation>2. Подати протокол для видання наказу про визнання результатів навчання та внесення їх до індивідуального навчального плану здобувача освіти.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No decision on educational components was taken.</source>
        <translation>Рішень щодо освітніх компонентів не ухвалено.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The extract is correct.</source>
        <translation>Витяг вірний.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Extract from protocol No. {number}</source>
        <translation>Витяг з протоколу № {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protocol No. {number}</source>
        <translation>Протокол № {number}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{paper} of {date} · case {case} · page {page} of {pages}</source>
        <translation>{paper} від {date} · справа {case} · сторінка {page} з {pages}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recognition of learning outcomes obtained through non-formal and/or informal education</source>
        <translation>Визнання результатів навчання, здобутих шляхом неформальної та/або інформальної освіти</translation>
    </message>
    <message>
        <location filename="../../build/i18n/wrapped_strings.py" line="-15"/>
        <source>of</source>
        <translation>з</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PRESENT:</source>
        <translation>ПРИСУТНІ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ABSENT:</source>
        <translation>ВІДСУТНІ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <location line="+7"/>
        <location line="+2"/>
        <source>(signature)</source>
        <translation>(підпис)</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+13"/>
        <source>DRAFT</source>
        <translation>ПРОЄКТ</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Case No. {case}</source>
        <translation>Справа № {case}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AGENDA:</source>
        <translation>ПОРЯДОК ДЕННИЙ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HEARD:</source>
        <translation>СЛУХАЛИ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DECIDED:</source>
        <translation>ВИРІШИЛИ:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>case</source>
        <translation>справа</translation>
    </message>
</context>
<context>
    <name>ProtocolDialog</name>
    <message>
        <location filename="../../app/ui/workflow_dialogs.py" line="-97"/>
        <source>Protocol of the commission</source>
        <translation>Протокол засідання комісії</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>next number of the year</source>
        <translation>наступний номер за рік</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number:</source>
        <translation>Номер:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting date:</source>
        <translation>Дата засідання:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Member</source>
        <translation>Член комісії</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Present</source>
        <translation>Присутність</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflict in this case (describe)</source>
        <translation>Конфлікт інтересів у цій справі (опишіть)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (conflict declared)</source>
        <translation> (заявлено конфлікт інтересів)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Members:</source>
        <translation>Члени комісії:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unanimous: every voting member present votes for</source>
        <translation>Одноголосно: усі присутні члени з правом голосу — «за»</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Votes for:</source>
        <translation>За:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Against:</source>
        <translation>Проти:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abstained:</source>
        <translation>Утрималися:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>why the signed protocol is replaced</source>
        <translation>чому підписаний протокол замінюється</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason for the new version:</source>
        <translation>Причина нової редакції:</translation>
    </message>
</context>
<context>
    <name>ProtocolText</name>
    <message>
        <location filename="../../build/i18n/wrapped_strings.py" line="+462"/>
        <source>Protocol</source>
        <translation>Протокол</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>version</source>
        <translation>редакція</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting of</source>
        <translation>Засідання від</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>created by order</source>
        <translation>створена наказом</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft: not signed yet.</source>
        <translation>Чернетка: ще не підписано.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replaces protocol</source>
        <translation>Замінює протокол</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applicant</source>
        <translation>Здобувач</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>case</source>
        <translation>справа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Present</source>
        <translation>Присутність</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>does not vote (conflict of interest)</source>
        <translation>не голосує (конфлікт інтересів)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Component</source>
        <translation>Освітній компонент</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision</source>
        <translation>Рішення</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>ECTS</source>
        <translation>ЄКТС</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Grade</source>
        <translation>Оцінка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reasons</source>
        <translation>Обґрунтування</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total recognised</source>
        <translation>Усього визнано</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Votes</source>
        <translation>Голосування</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>for</source>
        <translation>за</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>against</source>
        <translation>проти</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>abstained</source>
        <translation>утрималися</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed</source>
        <translation>Підписано</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location line="-389"/>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>Разом</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generated</source>
        <translation>Сформовано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period</source>
        <translation>Період</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from</source>
        <translation>з</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>all time</source>
        <translation>за весь час</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yes</source>
        <translation>так</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case reg. no.</source>
        <translation>Реєстр. № справи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case status</source>
        <translation>Стан справи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filed on</source>
        <translation>Дата заяви</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision due</source>
        <translation>Строк рішення</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Academic year</source>
        <translation>Навчальний рік</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Semester</source>
        <translation>Семестр</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Procedure</source>
        <translation>Вид процедури</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Policy profile (version)</source>
        <translation>Положення (версія)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commission</source>
        <translation>Комісія</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declared learning outcomes</source>
        <translation>Задекларовані результати навчання</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where learnt (declared)</source>
        <translation>Де здобуто (за декларацією)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declared volume, hours</source>
        <translation>Обсяг за декларацією, год</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protocol no.</source>
        <translation>№ протоколу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protocol date</source>
        <translation>Дата протоколу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order no.</source>
        <translation>№ наказу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order date</source>
        <translation>Дата наказу</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+74"/>
        <source>Applicant</source>
        <translation>Здобувач освіти</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>Name in Latin script</source>
        <translation>ПІБ латиницею</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Student ID</source>
        <translation>№ студентського</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EDEBO ID</source>
        <translation>ID ЄДЕБО</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Faculty</source>
        <translation>Факультет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Specialty</source>
        <translation>Спеціальність</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level</source>
        <translation>Рівень освіти</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year of study</source>
        <translation>Курс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group</source>
        <translation>Група</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Study form</source>
        <translation>Форма навчання</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+65"/>
        <source>Programme</source>
        <translation>Освітня програма</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>Programme code</source>
        <translation>Код програми</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Programme, ECTS credits</source>
        <translation>Обсяг програми, кредитів ЄКТС</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence type</source>
        <translation>Вид документа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Назва</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Awarding body (provider)</source>
        <translation>Видавець (провайдер)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Країна</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued on</source>
        <translation>Дата видачі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credential ID / URL</source>
        <translation>Ідентифікатор / URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Мова</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Translation</source>
        <translation>Переклад</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workload, hours</source>
        <translation>Обсяг, год</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workload, ECTS</source>
        <translation>Обсяг, кредитів ЄКТС</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EQF level</source>
        <translation>Рівень EQF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grade</source>
        <translation>Оцінка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authenticity</source>
        <translation>Автентичність</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verification detail</source>
        <translation>Підсумок перевірки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verified by</source>
        <translation>Перевірив</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verified at</source>
        <translation>Коли перевірено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing mandatory elements</source>
        <translation>Відсутні обов&apos;язкові елементи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes on the learning outcomes</source>
        <translation>Примітки щодо результатів навчання</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Component code</source>
        <translation>Код компонента</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Component</source>
        <translation>Освітній компонент</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Component type</source>
        <translation>Тип компонента</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ECTS credits</source>
        <translation>Кредити ЄКТС</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours</source>
        <translation>Години</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Final control</source>
        <translation>Форма контролю</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence used</source>
        <translation>Документи (підстава)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provider</source>
        <translation>Провайдер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome coverage, %</source>
        <translation>Покриття результатів, %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence hours</source>
        <translation>Години за документами</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence ECTS</source>
        <translation>Кредити за документами</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proposal</source>
        <translation>Пропозиція системи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision</source>
        <translation>Рішення</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ECTS credits recognised</source>
        <translation>Визнано кредитів ЄКТС</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credits still to complete</source>
        <translation>Залишок до вивчення, кредитів</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partial recognition scope</source>
        <translation>Що визнано частково</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points</source>
        <translation>Бали</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Out of</source>
        <translation>З балів</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grade (100-point)</source>
        <translation>Оцінка (100-бальна)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grade (national)</source>
        <translation>Оцінка (національна)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ECTS grade</source>
        <translation>Оцінка ЄКТС</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Original grade</source>
        <translation>Оригінальна оцінка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Original scale</source>
        <translation>Оригінальна шкала</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conversion method</source>
        <translation>Метод перерахунку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reasons</source>
        <translation>Обґрунтування</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recognised before, credits</source>
        <translation>Визнано до рішення, кредитів</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recognised after, credits</source>
        <translation>Визнано після рішення, кредитів</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decided by</source>
        <translation>Ухвалив</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision date</source>
        <translation>Дата рішення</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days overdue</source>
        <translation>Днів прострочення</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision version</source>
        <translation>Версія рішення</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Component learning outcome</source>
        <translation>Результат навчання компонента</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome in the evidence</source>
        <translation>Результат навчання з документа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Similarity</source>
        <translation>Подібність</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Matched by</source>
        <translation>Підстава оцінки подібності</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Explanation</source>
        <translation>Пояснення</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Committee&apos;s judgement</source>
        <translation>Висновок комісії</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment</source>
        <translation>Коментар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recognition case report</source>
        <translation>Звіт щодо визнання результатів навчання</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case</source>
        <translation>Справа</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Result</source>
        <translation>Підсумок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appeal</source>
        <translation>Апеляція</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No appeal filed</source>
        <translation>Апеляцію не подано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appeal filed on</source>
        <translation>Дата подання апеляції</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appeal deadline</source>
        <translation>Строк подання апеляції</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filed in time</source>
        <translation>Подано вчасно</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grounds of the appeal</source>
        <translation>Підстави апеляції</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appeal panel</source>
        <translation>Апеляційна комісія</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome of the appeal</source>
        <translation>Результат апеляції</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appeal decided on</source>
        <translation>Дата рішення за апеляцією</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no</source>
        <translation>ні</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence items submitted</source>
        <translation>Документів подано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Of which verified</source>
        <translation>З них автентичність підтверджено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Components considered</source>
        <translation>Компонентів розглянуто</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recognised in full</source>
        <translation>Визнано повністю</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recognised partially</source>
        <translation>Визнано частково</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not recognised</source>
        <translation>Не визнано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ECTS credits recognised in total</source>
        <translation>Усього визнано кредитів ЄКТС</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register of recognition decisions</source>
        <translation>Реєстр рішень про визнання результатів навчання</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lines</source>
        <translation>рядків</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recognition statistics</source>
        <translation>Статистика визнання результатів навчання</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month</source>
        <translation>Місяць</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cases filed</source>
        <translation>Подано заяв</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Component decisions taken</source>
        <translation>Ухвалено рішень щодо компонентів</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cases per month</source>
        <translation>Заяви за місяцями</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ECTS credits recognised per month</source>
        <translation>Визнані кредити ЄКТС за місяцями</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision type</source>
        <translation>Тип рішення</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share</source>
        <translation>Частка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credits considered</source>
        <translation>Кредитів розглянуто</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of credits recognised</source>
        <translation>Частка визнаних кредитів</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decisions by type</source>
        <translation>Рішення за типами</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recognition rate (components)</source>
        <translation>Частка визнаних компонентів</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Top providers by evidence items</source>
        <translation>Провайдери за кількістю документів</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>Evidence items</source>
        <translation>Документів</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Components recognised</source>
        <translation>Визнано компонентів</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authenticity of evidence</source>
        <translation>Автентичність документів</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of verified evidence</source>
        <translation>Частка документів з підтвердженою автентичністю</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Count</source>
        <translation>Кількість</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cases</source>
        <translation>Заяв (справ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Component decisions</source>
        <translation>Рішень щодо компонентів</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Indicator</source>
        <translation>Показник</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>Значення</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(not stated)</source>
        <translation>(не зазначено)</translation>
    </message>
</context>
<context>
    <name>Report sheets</name>
    <message>
        <location line="-251"/>
        <location line="+24"/>
        <source>Summary</source>
        <translation>Підсумок</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Evidence</source>
        <translation>Документи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcomes</source>
        <translation>Результати навчання</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+23"/>
        <source>Decisions</source>
        <translation>Рішення</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Register</source>
        <translation>Реєстр</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Monthly</source>
        <translation>За місяцями</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Providers</source>
        <translation>Провайдери</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verification</source>
        <translation>Автентичність</translation>
    </message>
</context>
<context>
    <name>Report values</name>
    <message>
        <location line="+1"/>
        <source>recognised in full</source>
        <translation>визнано повністю</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recognised partially</source>
        <translation>визнано частково</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not recognised</source>
        <translation>не визнано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not decided</source>
        <translation>не ухвалено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recognise</source>
        <translation>визнати</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recognise partially</source>
        <translation>визнати частково</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>do not recognise</source>
        <translation>не визнавати</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>covered</source>
        <translation>досягнуто</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>partly covered</source>
        <translation>досягнуто частково</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not covered</source>
        <translation>не досягнуто</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not judged</source>
        <translation>не оцінено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pending</source>
        <translation>на розгляді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rejected: the decision stands</source>
        <translation>відхилено: рішення залишається в силі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>granted</source>
        <translation>задоволено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>partly granted</source>
        <translation>задоволено частково</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>verified</source>
        <translation>підтверджено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid</source>
        <translation>недійсний</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not verifiable offline</source>
        <translation>не перевіряється офлайн</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unsigned</source>
        <translation>без підпису</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>could not be read</source>
        <translation>не вдалося прочитати</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mandatory</source>
        <translation>обов&apos;язковий</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>elective</source>
        <translation>вибірковий</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>practice</source>
        <translation>практика</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>attestation</source>
        <translation>атестація</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>thesis</source>
        <translation>кваліфікаційна робота</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exam</source>
        <translation>екзамен</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+35"/>
        <location line="+1"/>
        <source>pass/fail</source>
        <translation>залік</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>lexical</source>
        <translation>лексична подібність</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>glossary</source>
        <translation>глосарій</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>embedding</source>
        <translation>смислова подібність</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>manual</source>
        <translation>вручну</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>non-formal education</source>
        <translation>неформальна освіта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>informal education</source>
        <translation>інформальна освіта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>non-formal and/or informal education</source>
        <translation>неформальна та/або інформальна освіта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>junior bachelor</source>
        <translation>фаховий молодший бакалавр</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bachelor</source>
        <translation>бакалавр</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>master</source>
        <translation>магістр</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>doctor of philosophy</source>
        <translation>доктор філософії</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>digital badge</source>
        <translation>цифровий бейдж</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>certificate</source>
        <translation>сертифікат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>learner record</source>
        <translation>облік навчальних досягнень</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Europass credential</source>
        <translation>цифровий документ Європас</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>portfolio</source>
        <translation>портфоліо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reference</source>
        <translation>рекомендаційний лист</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>full-time</source>
        <translation>денна</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>part-time</source>
        <translation>заочна</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>evening</source>
        <translation>вечірня</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>distance</source>
        <translation>дистанційна</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dual</source>
        <translation>дуальна</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>excellent</source>
        <translation>відмінно</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>good</source>
        <translation>добре</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>satisfactory</source>
        <translation>задовільно</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>unsatisfactory</source>
        <translation>незадовільно</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pass</source>
        <translation>зараховано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fail</source>
        <translation>не зараховано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>percent</source>
        <translation>відсотки</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>100-point scale</source>
        <translation>100-бальна шкала</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ECTS scale</source>
        <translation>шкала ЄКТС</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>national scale</source>
        <translation>національна шкала</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>institutional table</source>
        <translation>таблиця відповідності закладу освіти</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>learner</source>
        <translation>особа здобувача</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>title</source>
        <translation>назва</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>issuer country</source>
        <translation>країна видавця</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>awarding body</source>
        <translation>видавець</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>date of issue</source>
        <translation>дата видачі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>learning outcomes</source>
        <translation>результати навчання</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>workload</source>
        <translation>обсяг навчання</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EQF level</source>
        <translation>рівень EQF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>type of assessment</source>
        <translation>вид оцінювання</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>form of participation</source>
        <translation>форма участі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>quality assurance</source>
        <translation>забезпечення якості</translation>
    </message>
    <message>
        <location filename="../../app/reports/vocabulary.py" line="+201"/>
        <source>points out of {max}</source>
        <translation>шкала до {max} балів</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ECTS grade {letter}</source>
        <translation>оцінка ЄКТС {letter}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>pass-only certificate recorded as a pass</source>
        <translation>сертифікат без оцінки зараховано як «зараховано»</translation>
    </message>
    <message>
        <location line="+300"/>
        <source>signature valid; the issuer&apos;s key is confirmed</source>
        <translation>підпис дійсний; ключ видавця підтверджено</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>signature valid, but nothing outside the file confirms the issuer&apos;s key</source>
        <translation>підпис дійсний, але ніщо поза файлом не підтверджує ключ видавця</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the signature does not match the document: it was altered or signed with another key</source>
        <translation>підпис не відповідає документу: його змінено або підписано іншим ключем</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no digital signature: nothing in the file proves who issued it</source>
        <translation>без цифрового підпису: ніщо у файлі не доводить, хто його видав</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot be confirmed offline</source>
        <translation>не можна підтвердити без мережі</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file could not be read</source>
        <translation>файл не вдалося прочитати</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>revocation status not checked offline</source>
        <translation>статус відкликання без мережі не перевірено</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>check by hand: {addresses}</source>
        <translation>перевірити вручну: {addresses}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>entered by hand</source>
        <translation>внесено вручну</translation>
    </message>
</context>
<context>
    <name>ReportsController</name>
    <message>
        <location filename="../../app/ui/reports_view.py" line="+12"/>
        <source>&amp;Case report (Excel)…</source>
        <translation>&amp;Звіт у справі (Excel)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Protocol of the commission (PDF)…</source>
        <translation>&amp;Протокол засідання комісії (PDF)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Extract from the protocol (PDF)…</source>
        <translation>В&amp;итяг з протоколу (PDF)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Order (PDF)…</source>
        <translation>&amp;Наказ (PDF)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Notice for the applicant (PDF)…</source>
        <translation>Пов&amp;ідомлення здобувачу (PDF)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notice for the applicant in &amp;English (PDF)…</source>
        <translation>Повідомлення здобувачу англійською (&amp;English, PDF)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Decision record (JSON)…</source>
        <translation>&amp;Дані рішення (JSON)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Register of decisions (Excel)…</source>
        <translation>&amp;Реєстр рішень (Excel)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Statistics workbook (Excel)…</source>
        <translation>&amp;Статистика (Excel)…</translation>
    </message>
    <message>
        <location line="+43"/>
        <location line="+95"/>
        <source>Register of decisions</source>
        <translation>Реєстр рішень</translation>
    </message>
    <message>
        <location line="-91"/>
        <location line="+110"/>
        <source>Statistics</source>
        <translation>Статистика</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>Report ready</source>
        <translation>Звіт готовий</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open it now?</source>
        <translation>Відкрити його зараз?</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Save case report</source>
        <translation>Збереження звіту у справі</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+63"/>
        <location line="+18"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>Case report {0}</source>
        <translation>Звіт у справі {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The case report was saved to {0}.</source>
        <translation>Звіт у справі збережено: {0}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save protocol</source>
        <translation>Збереження протоколу</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+20"/>
        <source>PDF document (*.pdf)</source>
        <translation>Документ PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Protocol for {0}</source>
        <translation>Протокол у справі {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The protocol was saved to {0}.</source>
        <translation>Протокол збережено: {0}.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Extract from the protocol</source>
        <translation>Витяг з протоколу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The extract from the protocol was saved to {0}.</source>
        <translation>Витяг з протоколу збережено у {0}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order</source>
        <translation>Наказ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The order was saved to {0}.</source>
        <translation>Наказ збережено у {0}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notice for the applicant</source>
        <translation>Повідомлення здобувачу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The notice for the applicant was saved to {0}.</source>
        <translation>Повідомлення здобувачу збережено у {0}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision record</source>
        <translation>Дані рішення</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Decision record (*.json)</source>
        <translation>Дані рішення (*.json)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The decision record was saved to {0}.</source>
        <translation>Дані рішення збережено у {0}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save: {0}</source>
        <translation>Зберегти: {0}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save register of decisions</source>
        <translation>Збереження реєстру рішень</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The register ({0} decision lines) was saved to {1}.</source>
        <translation>Реєстр рішень збережено: {1} (рядків рішень: {0}).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save statistics</source>
        <translation>Збереження статистики</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The statistics were saved to {0}.</source>
        <translation>Статистику збережено: {0}.</translation>
    </message>
</context>
<context>
    <name>ResolveAppealDialog</name>
    <message>
        <location filename="../../app/ui/workflow_dialogs.py" line="+108"/>
        <source>Outcome of the appeal</source>
        <translation>Результат розгляду апеляції</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Outcome:</source>
        <translation>Результат:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decided on:</source>
        <translation>Дата рішення:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Panel&apos;s reasoning:</source>
        <translation>Обґрунтування апеляційної комісії:</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../app/ui/catalogue_view.py" line="+333"/>
        <source>Check what was found</source>
        <translation>Перевірте знайдене</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save to the catalogue</source>
        <translation>Зберегти в каталог</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Read the file again</source>
        <translation>Прочитати файл ще раз</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Reading {0}…</source>
        <translation>Читання {0}…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reading {0}</source>
        <translation>Читання {0}</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>{0}: %n problem(s) must be fixed in the workbook before it can be imported; nothing was saved. Fix them, save the file and read it again.</source>
        <translation>
            <numerusform>{0}: у книзі потрібно виправити %n проблему, перш ніж її можна імпортувати; нічого не збережено. Виправте її, збережіть файл і прочитайте його знову.</numerusform>
            <numerusform>{0}: у книзі потрібно виправити %n проблеми, перш ніж її можна імпортувати; нічого не збережено. Виправте їх, збережіть файл і прочитайте його знову.</numerusform>
            <numerusform>{0}: у книзі потрібно виправити %n проблем, перш ніж її можна імпортувати; нічого не збережено. Виправте їх, збережіть файл і прочитайте його знову.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n problem(s) must be corrected below.</source>
        <translation>
            <numerusform>Нижче потрібно виправити %n проблему.</numerusform>
            <numerusform>Нижче потрібно виправити %n проблеми.</numerusform>
            <numerusform>Нижче потрібно виправити %n проблем.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-6"/>
        <source>{0}: found {1} components, {2} programme outcomes and {3} matrix links.</source>
        <translation>{0}: знайдено освітніх компонентів — {1}, програмних результатів навчання — {2}, зв’язків у матриці — {3}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Programme documents differ: check everything below and correct it here (code and academic year especially) before saving.</source>
        <translation>Документи освітніх програм бувають різними: перед збереженням перевірте все нижче й виправте тут (особливо код і навчальний рік).</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Correct these before saving</source>
        <translation>Виправте це перед збереженням</translation>
    </message>
</context>
<context>
    <name>SavePage</name>
    <message>
        <location line="+11"/>
        <source>Save</source>
        <translation>Збереження</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Saving {0}…</source>
        <translation>Збереження {0}…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saving the programme</source>
        <translation>Збереження освітньої програми</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Nothing was saved. {0} Go back to change the data or the file.</source>
        <translation>Нічого не збережено. {0} Поверніться назад, щоб змінити дані або файл.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../app/ui/dialogs.py" line="-42"/>
        <source>Settings</source>
        <translation>Налаштування</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name recorded in the audit log</source>
        <translation>Ім’я, що записується в журнал аудиту</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As the system ({0})</source>
        <translation>Як у системі ({0})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Officer name:</source>
        <translation>Відповідальна особа:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interface language:</source>
        <translation>Мова інтерфейсу:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database (SQLAlchemy URL):</source>
        <translation>База даних (URL SQLAlchemy):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language and database changes take effect after a restart.</source>
        <translation>Зміна мови та бази даних набуде чинності після перезапуску програми.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../app/ui/sign_in.py" line="+26"/>
        <source>Sign in</source>
        <translation>Вхід</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>User name:</source>
        <translation>Ім’я користувача:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password:</source>
        <translation>Пароль:</translation>
    </message>
</context>
<context>
    <name>StatsDialog</name>
    <message>
        <location filename="../../app/ui/stats_view.py" line="+316"/>
        <source>Statistics</source>
        <translation>Статистика</translation>
    </message>
</context>
<context>
    <name>StatsView</name>
    <message>
        <location line="-218"/>
        <source>Period:</source>
        <translation>Період:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Refresh</source>
        <translation>Оновити</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export to Excel…</source>
        <translation>Експорт в Excel…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Loading…</source>
        <translation>Завантаження…</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The start of the period is after its end.</source>
        <translation>Початок періоду пізніший за його кінець.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Statistics</source>
        <translation>Статистика</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&lt;b&gt;{0}&lt;/b&gt; cases · &lt;b&gt;{1}&lt;/b&gt; component decisions · recognition rate &lt;b&gt;{2}&lt;/b&gt; · &lt;b&gt;{3}&lt;/b&gt; ECTS credits recognised · &lt;b&gt;{4}&lt;/b&gt; evidence items, verified &lt;b&gt;{5}&lt;/b&gt;</source>
        <translation>Справ: &lt;b&gt;{0}&lt;/b&gt; · рішень щодо компонентів: &lt;b&gt;{1}&lt;/b&gt; · частка визнання: &lt;b&gt;{2}&lt;/b&gt; · визнано кредитів ЄКТС: &lt;b&gt;{3}&lt;/b&gt; · документів: &lt;b&gt;{4}&lt;/b&gt;, з них підтверджено &lt;b&gt;{5}&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>no data</source>
        <translation>немає даних</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cases per month</source>
        <translation>Справи за місяцями</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cases filed</source>
        <translation>Подано справ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Component decisions</source>
        <translation>Рішення щодо компонентів</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ECTS credits recognised per month</source>
        <translation>Визнані кредити ЄКТС за місяцями</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ECTS credits</source>
        <translation>Кредити ЄКТС</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Top providers</source>
        <translation>Найчастіші провайдери навчання</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(not stated)</source>
        <translation>(не зазначено)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0}
Evidence items: {1}
Components recognised: {2}</source>
        <translation>{0}
Документів: {1}
Визнано компонентів: {2}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Evidence items</source>
        <translation>Документи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Components recognised</source>
        <translation>Визнані компоненти</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Decisions by type (recognition rate {0})</source>
        <translation>Рішення за видами (частка визнання {0})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Authenticity of evidence (verified {0})</source>
        <translation>Автентичність документів (підтверджено {0})</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Decisions by type</source>
        <translation>Рішення за видами</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Authenticity of evidence</source>
        <translation>Автентичність документів</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Statistics &amp;view…</source>
        <translation>Перегляд &amp;статистики…</translation>
    </message>
</context>
<context>
    <name>TrustDialog</name>
    <message>
        <location filename="../../app/ui/trust_view.py" line="+45"/>
        <location line="+99"/>
        <location line="+21"/>
        <location line="+8"/>
        <source>Trusted store</source>
        <translation>Довірене сховище</translation>
    </message>
    <message numerus="yes">
        <location line="-124"/>
        <source>The policy profile {0} allows snapshots up to %n day(s) old.</source>
        <translation>
            <numerusform>Профіль правил {0} допускає знімки віком до %n дня.</numerusform>
            <numerusform>Профіль правил {0} допускає знімки віком до %n днів.</numerusform>
            <numerusform>Профіль правил {0} допускає знімки віком до %n днів.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Speaks for</source>
        <translation>Що засвідчує</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>As of</source>
        <translation>Станом на</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age</source>
        <translation>Вік</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Примітка</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Import…</source>
        <translation>&amp;Імпортувати…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;Вилучити</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>EU List of Trusted Lists</source>
        <translation>Перелік довірчих списків ЄС</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>National trusted list</source>
        <translation>Національний довірчий список</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issuer registry</source>
        <translation>Реєстр видавців</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OpenID Federation statement</source>
        <translation>Заява суб’єкта OpenID Federation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved DID document</source>
        <translation>Збережений DID-документ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate</source>
        <translation>Сертифікат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved key or hosted object</source>
        <translation>Збережений ключ або розміщений об’єкт</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>carries no date</source>
        <translation>не містить дати</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>older than the policy profile allows</source>
        <translation>старший, ніж допускає профіль правил</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>next update was due on {0}</source>
        <translation>наступне оновлення мало відбутися {0}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>next update due on {0}</source>
        <translation>наступне оновлення очікується {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>expired on {0}</source>
        <translation>строк дії сплив {0}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>valid until {0}</source>
        <translation>чинний до {0}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Folder: {0}</source>
        <translation>Тека: {0}</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n день</numerusform>
            <numerusform>%n дні</numerusform>
            <numerusform>%n днів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n entry(ies) need renewing: save a newer copy and import it.</source>
        <translation>
            <numerusform>%n запис потребує оновлення: збережіть новішу копію та імпортуйте її.</numerusform>
            <numerusform>%n записи потребують оновлення: збережіть новіші копії та імпортуйте їх.</numerusform>
            <numerusform>%n записів потребують оновлення: збережіть новіші копії та імпортуйте їх.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Files the store does not use:</source>
        <translation>Файли, яких сховище не використовує:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Import into the trusted store</source>
        <translation>Імпорт у довірене сховище</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trust snapshots, DID documents and certificates (*.xml *.json *.jsonld *.jwt *.jws *.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Знімки довіри, DID-документи й сертифікати (*.xml *.json *.jsonld *.jwt *.jws *.pem *.crt *.cer *.der);;Усі файли (*)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Move {0} out of the trusted store? Credentials checked from now on will not rely on it.</source>
        <translation>Перемістити {0} з довіреного сховища? Документи, які перевірятимуться відтепер, не спиратимуться на нього.</translation>
    </message>
</context>
<context>
    <name>WorkflowDialogs</name>
    <message>
        <location filename="../../app/ui/workflow_dialogs.py" line="-354"/>
        <source>Document review</source>
        <translation>Розгляд документів</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interview</source>
        <translation>Співбесіда</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test</source>
        <translation>Тестування</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declarative method (self-assessment)</source>
        <translation>Декларативний метод (самооцінювання)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Observation / monitoring</source>
        <translation>Спостереження / моніторинг</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Simulation / evidence from work</source>
        <translation>Симуляція / свідчення з роботи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Practical task</source>
        <translation>Практичне завдання</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portfolio</source>
        <translation>Портфоліо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Інше</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Chair</source>
        <translation>Голова</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Secretary</source>
        <translation>Секретар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member</source>
        <translation>Член комісії</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>in person, against signature</source>
        <translation>особисто, під підпис</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by e-mail</source>
        <translation>електронною поштою</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by post</source>
        <translation>поштою</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in the electronic cabinet</source>
        <translation>в електронному кабінеті</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>otherwise (see the note)</source>
        <translation>інакше (див. примітку)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rejected: the decision stands</source>
        <translation>Відхилено: рішення залишається в силі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Granted: the decisions are revised</source>
        <translation>Задоволено: рішення переглянуто</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partly granted: some decisions are revised</source>
        <translation>Задоволено частково: частину рішень переглянуто</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pending</source>
        <translation>Очікує розгляду</translation>
    </message>
</context>
</TS>
