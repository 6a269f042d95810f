<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ComplaintPatterns</name>
    <message numerus="yes">
        <source>%n complaint(s) about this service level between %1 and %2: %3.</source>
        <translation>
            <numerusform>%n complaint about this service level between %1 and %2: %3.</numerusform>
            <numerusform>%n complaints about this service level between %1 and %2: %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MinutesActions</name>
    <message numerus="yes">
        <source>Members review the minutes once they are circulated. %n approval(s) recorded.</source>
        <translation>
            <numerusform>Members review the minutes once they are circulated. %n approval recorded.</numerusform>
            <numerusform>Members review the minutes once they are circulated. %n approvals recorded.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Circulated for approval: %n approval(s)</source>
        <translation>
            <numerusform>Circulated for approval: %n approval</numerusform>
            <numerusform>Circulated for approval: %n approvals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) for changes.</source>
        <translation>
            <numerusform>%n request for changes.</numerusform>
            <numerusform>%n requests for changes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MonthEvaluation</name>
    <message numerus="yes">
        <source>%n threshold(s) have no figures yet.</source>
        <translation>
            <numerusform>%n threshold has no figures yet.</numerusform>
            <numerusform>%n thresholds have no figures yet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersistentMissCases</name>
    <message numerus="yes">
        <source>The committee&apos;s evaluation found this service level missed in %n recent month(s): %1.</source>
        <translation>
            <numerusform>The committee&apos;s evaluation found this service level missed in %n recent month: %1.</numerusform>
            <numerusform>The committee&apos;s evaluation found this service level missed in %n recent months: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>csc</name>
    <message numerus="yes">
        <source>Nothing was imported: the file has %n problem(s).</source>
        <translation>
            <numerusform>Nothing was imported: the file has %n problem.</numerusform>
            <numerusform>Nothing was imported: the file has %n problems.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expected %n argument(s)</source>
        <translation>
            <numerusform>expected %n argument</numerusform>
            <numerusform>expected %n arguments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>csc::CaseCardDelegate</name>
    <message numerus="yes">
        <source>%n d in step</source>
        <translation>
            <numerusform>%n d in step</numerusform>
            <numerusform>%n d in step</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>csc::CaseDetailPane</name>
    <message numerus="yes">
        <source>%1, %n business day(s) late</source>
        <translation>
            <numerusform>%1, %n business day late</numerusform>
            <numerusform>%1, %n business days late</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n business day(s) left</source>
        <translation>
            <numerusform>%1, %n business day left</numerusform>
            <numerusform>%1, %n business days left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>csc::CatalogueSetupPage</name>
    <message numerus="yes">
        <source>%n service level(s)</source>
        <translation>
            <numerusform>%n service level</numerusform>
            <numerusform>%n service levels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n amendment(s) recorded.</source>
        <translation>
            <numerusform>%n amendment recorded.</numerusform>
            <numerusform>%n amendments recorded.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>csc::DutiesPanel</name>
    <message numerus="yes">
        <source>late by %n business day(s)</source>
        <translation>
            <numerusform>late by %n business day</numerusform>
            <numerusform>late by %n business days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>csc::HolidaySetupPage</name>
    <message numerus="yes">
        <source>%n holiday(s) in the calendar, from %1 to %2.</source>
        <translation>
            <numerusform>%n holiday in the calendar, from %1 to %2.</numerusform>
            <numerusform>%n holidays in the calendar, from %1 to %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>csc::PatternsView</name>
    <message numerus="yes">
        <source>%n complaint(s) about “%1” within %2 days (%3). Consider opening a Problem Management case linked to them.</source>
        <translation>
            <numerusform>%n complaint about “%1” within %2 days (%3). Consider opening a Problem Management case linked to it.</numerusform>
            <numerusform>%n complaints about “%1” within %2 days (%3). Consider opening a Problem Management case linked to them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The IFO&apos;s summaries report %n escalated complaint(s) in these months (%1).</source>
        <translation>
            <numerusform>The IFO&apos;s summaries report %n escalated complaint in these months (%1).</numerusform>
            <numerusform>The IFO&apos;s summaries report %n escalated complaints in these months (%1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>csc::PerformancePage</name>
    <message numerus="yes">
        <source>Imported %n row(s) from %1.</source>
        <translation>
            <numerusform>Imported %n row from %1.</numerusform>
            <numerusform>Imported %n rows from %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: the file has %n problem(s).</source>
        <translation>
            <numerusform>Nothing was imported: the file has %n problem.</numerusform>
            <numerusform>Nothing was imported: the file has %n problems.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>csc::SettingsDialog</name>
    <message numerus="yes">
        <source>%n holiday(s) added; save with OK.</source>
        <translation>
            <numerusform>%n holiday added; save with OK.</numerusform>
            <numerusform>%n holidays added; save with OK.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>csc::SetupTransferButtons</name>
    <message numerus="yes">
        <source>The file has %n problem(s); nothing was changed.</source>
        <translation>
            <numerusform>The file has %n problem; nothing was changed.</numerusform>
            <numerusform>The file has %n problems; nothing was changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… and %n more.</numerusform>
            <numerusform>… and %n more.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cscdesk</name>
    <message numerus="yes">
        <source>Audit trail intact: %n entries verified.</source>
        <translation>
            <numerusform>Audit trail intact: %n entry verified.</numerusform>
            <numerusform>Audit trail intact: %n entries verified.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kept change(s) waiting for a decision.</source>
        <translation>
            <numerusform>%n kept change waiting for a decision.</numerusform>
            <numerusform>%n kept changes waiting for a decision.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It matches the %n published or given head(s) it was checked against; its append-only triggers are in place.</source>
        <translation>
            <numerusform>It matches the %n published or given head it was checked against; its append-only triggers are in place.</numerusform>
            <numerusform>It matches the %n published or given heads it was checked against; its append-only triggers are in place.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %1 onto the server: %2 rows in %3 tables; the audit trail (%n entries, head %4) verifies on both sides.</source>
        <translation>
            <numerusform>Moved %1 onto the server: %2 rows in %3 tables; the audit trail (%n entry, head %4) verifies on both sides.</numerusform>
            <numerusform>Moved %1 onto the server: %2 rows in %3 tables; the audit trail (%n entries, head %4) verifies on both sides.</numerusform>
        </translation>
    </message>
</context>
</TS>
