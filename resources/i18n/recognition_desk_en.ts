<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>EvidenceDetailsTab</name>
    <message numerus="yes">
        <location filename="../../app/ui/evidence_view.py" line="+216"/>
        <source>%n outcome(s)</source>
        <translation>
            <numerusform>%n outcome</numerusform>
            <numerusform>%n outcomes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../app/ui/main_window.py" line="+218"/>
        <source>{0} of %Ln case(s) shown; {1} overdue</source>
        <translation>
            <numerusform>{0} of %Ln case shown; {1} overdue</numerusform>
            <numerusform>{0} of %Ln cases shown; {1} overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message numerus="yes">
        <location filename="../../app/ui/new_case_dialog.py" line="+112"/>
        <source>Filing date + %n day(s), the decision time limit of the policy profile</source>
        <translation>
            <numerusform>Filing date + %n day, the decision time limit of the policy profile</numerusform>
            <numerusform>Filing date + %n days, the decision time limit of the policy profile</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message numerus="yes">
        <location filename="../../app/ui/case_view.py" line="+92"/>
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Policy</name>
    <message numerus="yes">
        <location filename="../../app/ui/policy_view.py" line="+148"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
</TS>
