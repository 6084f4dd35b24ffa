<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CaseWorkflow</name>
    <message numerus="yes">
        <location filename="../../app/ui/case_workflow.py" line="+1405"/>
        <source>overdue by %n day(s)</source>
        <translation>
            <numerusform>overdue by %n day</numerusform>
            <numerusform>overdue by %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+164"/>
        <source>%n component(s)</source>
        <translation>
            <numerusform>%n component</numerusform>
            <numerusform>%n components</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n pair(s)</source>
        <translation>
            <numerusform>%n pair</numerusform>
            <numerusform>%n pairs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatalogueDialog</name>
    <message numerus="yes">
        <location filename="../../app/ui/catalogue_view.py" line="+750"/>
        <source>Used by %n case(s).</source>
        <translation>
            <numerusform>Used by %n case.</numerusform>
            <numerusform>Used by %n cases.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n decision line(s) refer to its components.</source>
        <translation>
            <numerusform>%n decision line refers to its components.</numerusform>
            <numerusform>%n decision lines refer to its components.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EvidenceDetailsTab</name>
    <message numerus="yes">
        <location filename="../../app/ui/evidence_view.py" line="+344"/>
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
        <location filename="../../app/ui/main_window.py" line="+311"/>
        <source>{0} of %Ln case(s) shown; {1} overdue</source>
        <translation>
            <numerusform>{0} of %Ln case shown; {1} overdue</numerusform>
            <numerusform>{0} of %Ln cases shown; {1} overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message numerus="yes">
        <location filename="../../build/i18n/wrapped_strings.py" line="+364"/>
        <source>{problem} (and %n more problem(s))</source>
        <translation>
            <numerusform>{problem} (and %n more problem)</numerusform>
            <numerusform>{problem} (and %n more problems)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+138"/>
        <source>PDF signature verified offline (%n signature(s)): the file is unchanged since it was signed.</source>
        <translation>
            <numerusform>PDF signature verified offline (%n signature): the file is unchanged since it was signed.</numerusform>
            <numerusform>PDF signature verified offline (%n signatures): the file is unchanged since it was signed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>PDF signature verified offline (%n signature(s)): the signed content is unchanged; later revisions only fill in form fields or add signatures or validation data.</source>
        <translation>
            <numerusform>PDF signature verified offline (%n signature): the signed content is unchanged; later revisions only fill in form fields or add signatures or validation data.</numerusform>
            <numerusform>PDF signature verified offline (%n signatures): the signed content is unchanged; later revisions only fill in form fields or add signatures or validation data.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>not achieved according to the paper, so not taken as evidence (%n outcome(s)): {items}</source>
        <translation>
            <numerusform>not achieved according to the paper, so not taken as evidence (%n outcome): {items}</numerusform>
            <numerusform>not achieved according to the paper, so not taken as evidence (%n outcomes): {items}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>only partly achieved according to the paper (%n outcome(s)): {items}</source>
        <translation>
            <numerusform>only partly achieved according to the paper (%n outcome): {items}</numerusform>
            <numerusform>only partly achieved according to the paper (%n outcomes): {items}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>modified after signing: changes beyond what a signed PDF allows (filling in form fields, adding signatures or validation data) in %n later revision(s) of the file</source>
        <translation>
            <numerusform>modified after signing: changes beyond what a signed PDF allows (filling in form fields, adding signatures or validation data) in %n later revision of the file</numerusform>
            <numerusform>modified after signing: changes beyond what a signed PDF allows (filling in form fields, adding signatures or validation data) in %n later revisions of the file</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+107"/>
        <location line="+35"/>
        <source>covers {covered} of %n outcome(s) ({partly} more partly)</source>
        <translation>
            <numerusform>covers {covered} of %n outcome ({partly} more partly)</numerusform>
            <numerusform>covers {covered} of %n outcomes ({partly} more partly)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-34"/>
        <location line="+35"/>
        <source>covers {covered} of %n outcome(s)</source>
        <translation>
            <numerusform>covers {covered} of %n outcome</numerusform>
            <numerusform>covers {covered} of %n outcomes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-33"/>
        <source>no credential covers any of the %n outcome(s)</source>
        <translation>
            <numerusform>no credential covers any of the %n outcome</numerusform>
            <numerusform>no credential covers any of the %n outcomes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>{credential} covers {covered} of %n outcome(s)</source>
        <translation>
            <numerusform>{credential} covers {covered} of %n outcome</numerusform>
            <numerusform>{credential} covers {covered} of %n outcomes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>{credentials} together cover {covered} of %n outcome(s) ({parts})</source>
        <translation>
            <numerusform>{credentials} together cover {covered} of %n outcome ({parts})</numerusform>
            <numerusform>{credentials} together cover {covered} of %n outcomes ({parts})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>{partly} of %n outcome(s) are only partly evidenced, each by another outcome of the credential, and none covered: partial recognition at {percent}% of the credits — the commission confirms each pair</source>
        <translation>
            <numerusform>{partly} of %n outcome is only partly evidenced, each by another outcome of the credential, and none covered: partial recognition at {percent}% of the credits — the commission confirms each pair</numerusform>
            <numerusform>{partly} of %n outcomes are only partly evidenced, each by another outcome of the credential, and none covered: partial recognition at {percent}% of the credits — the commission confirms each pair</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>each of the %n outcome(s) is only partly evidenced, each by another outcome of the credential: partial recognition at {percent}% of the credits — the commission confirms each pair</source>
        <translation>
            <numerusform>the %n outcome is only partly evidenced: partial recognition at {percent}% of the credits — the commission confirms the pair</numerusform>
            <numerusform>each of the %n outcomes is only partly evidenced, each by another outcome of the credential: partial recognition at {percent}% of the credits — the commission confirms each pair</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>{partly} of %n outcome(s) partly evidenced and the other {nearly} nearly so, each by another outcome of the credential, and none covered: partial recognition at {percent}% of the credits — the commission confirms each pair</source>
        <translation>
            <numerusform>{partly} of %n outcome partly evidenced and the other {nearly} nearly so, each by another outcome of the credential, and none covered: partial recognition at {percent}% of the credits — the commission confirms each pair</numerusform>
            <numerusform>{partly} of %n outcomes partly evidenced and the other {nearly} nearly so, each by another outcome of the credential, and none covered: partial recognition at {percent}% of the credits — the commission confirms each pair</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>{count} of %n covered outcome(s) evidenced at a lower Bloom level</source>
        <translation>
            <numerusform>{count} of %n covered outcome evidenced at a lower Bloom level</numerusform>
            <numerusform>{count} of %n covered outcomes evidenced at a lower Bloom level</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message numerus="yes">
        <location filename="../../app/ui/new_case_dialog.py" line="+122"/>
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
        <location filename="../../app/ui/case_view.py" line="+88"/>
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Decision due %1 — %n day(s) overdue</source>
        <translation>
            <numerusform>Decision due %1 — %n day overdue</numerusform>
            <numerusform>Decision due %1 — %n days overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Decision due %1 — decided %n day(s) after its limit</source>
        <translation>
            <numerusform>Decision due %1 — decided %n day after its limit</numerusform>
            <numerusform>Decision due %1 — decided %n days after its limit</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Policy</name>
    <message numerus="yes">
        <location filename="../../app/ui/policy_view.py" line="+195"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PolicyDialog</name>
    <message numerus="yes">
        <location line="+946"/>
        <source>Used by %n case(s): {0}{1}.</source>
        <translation>
            <numerusform>Used by %n case: {0}{1}.</numerusform>
            <numerusform>Used by %n cases: {0}{1}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message numerus="yes">
        <location filename="../../app/ui/catalogue_view.py" line="+243"/>
        <source>{0}: %n problem(s) must be fixed in the workbook before it can be imported; nothing was saved. Fix them, save the file and read it again.</source>
        <translation>
            <numerusform>{0}: %n problem must be fixed in the workbook before it can be imported; nothing was saved. Fix it, save the file and read it again.</numerusform>
            <numerusform>{0}: %n problems must be fixed in the workbook before it can be imported; nothing was saved. Fix them, save the file and read it again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n problem(s) must be corrected below.</source>
        <translation>
            <numerusform>%n problem must be corrected below.</numerusform>
            <numerusform>%n problems must be corrected below.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrustDialog</name>
    <message numerus="yes">
        <location filename="../../app/ui/trust_view.py" line="+49"/>
        <source>The policy profile {0} allows snapshots up to %n day(s) old.</source>
        <translation>
            <numerusform>The policy profile {0} allows snapshots up to %n day old.</numerusform>
            <numerusform>The policy profile {0} allows snapshots up to %n days old.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+72"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n entry(ies) need renewing: save a newer copy and import it.</source>
        <translation>
            <numerusform>%n entry needs renewing: save a newer copy and import it.</numerusform>
            <numerusform>%n entries need renewing: save a newer copy and import it.</numerusform>
        </translation>
    </message>
</context>
</TS>
