<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>AlertNotifier</name>
    <message numerus="yes">
        <source>MatchDesk: %n unread alert(s)</source>
        <translation>
            <numerusform>MatchDesk: %n unread alert</numerusform>
            <numerusform>MatchDesk: %n unread alerts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AlertSummary</name>
    <message numerus="yes">
        <source>MatchDesk: %n patient(s) with news</source>
        <translation>
            <numerusform>MatchDesk: %n patient with news</numerusform>
            <numerusform>MatchDesk: %n patients with news</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new match(es)</source>
        <translation>
            <numerusform>%n new match</numerusform>
            <numerusform>%n new matches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed match(es)</source>
        <translation>
            <numerusform>%n changed match</numerusform>
            <numerusform>%n changed matches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n withdrawn match(es)</source>
        <translation>
            <numerusform>%n withdrawn match</numerusform>
            <numerusform>%n withdrawn matches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 for %n patient(s)</source>
        <extracomment>%1 is a list such as "3 new matches, 1 changed match"; the plural is about patients.</extracomment>
        <translation>
            <numerusform>%1 for %n patient</numerusform>
            <numerusform>%1 for %n patients</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message numerus="yes">
        <source>%n entry(ies)</source>
        <translation>
            <numerusform>%n entry(ies)</numerusform>
            <numerusform>%n entry(ies)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message numerus="yes">
        <source>%n field(s)</source>
        <translation>
            <numerusform>%n field</numerusform>
            <numerusform>%n fields</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n patient(s) imported</source>
        <translation>
            <numerusform>%n patient imported</numerusform>
            <numerusform>%n patients imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>HPO %1 · %n term(s)</source>
        <translation>
            <numerusform>HPO %1 · %n term</numerusform>
            <numerusform>HPO %1 · %n terms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Alerts (%n)</source>
        <extracomment>Toolbar action and dock title; %n is the number of unread alerts.</extracomment>
        <translation>
            <numerusform>Alerts (%n)</numerusform>
            <numerusform>Alerts (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unread alert(s): new or changed matches of watched patients</source>
        <translation>
            <numerusform>%n unread alert: new or changed matches of watched patients</numerusform>
            <numerusform>%n unread alerts: new or changed matches of watched patients</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MatchDetailWidget</name>
    <message numerus="yes">
        <source>%n identical variant(s)</source>
        <translation>
            <numerusform>%n identical variant</numerusform>
            <numerusform>%n identical variants</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MatchesPage</name>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NodeCommandLine</name>
    <message numerus="yes">
        <source>imported %n case(s); the node holds %1</source>
        <translation>
            <numerusform>imported %n case; the node holds %1</numerusform>
            <numerusform>imported %n cases; the node holds %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) loaded in %1 ms (reference data %2 ms, database %3 ms, index %4 ms; information content from %5)</source>
        <translation>
            <numerusform>%n case loaded in %1 ms (reference data %2 ms, database %3 ms, index %4 ms; information content from %5)</numerusform>
            <numerusform>%n cases loaded in %1 ms (reference data %2 ms, database %3 ms, index %4 ms; information content from %5)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NodeResult</name>
    <message numerus="yes">
        <source>ok %n result(s) in %1 ms</source>
        <translation>
            <numerusform>ok %n result in %1 ms</numerusform>
            <numerusform>ok %n results in %1 ms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n invalid result(s) dropped</source>
        <translation>
            <numerusform>; %n invalid result dropped</numerusform>
            <numerusform>; %n invalid results dropped</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PatientImporter</name>
    <message numerus="yes">
        <source>%n patient(s) imported from %1.</source>
        <translation>
            <numerusform>%n patient imported from %1.</numerusform>
            <numerusform>%n patients imported from %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) left out:</source>
        <translation>
            <numerusform>%n record left out:</numerusform>
            <numerusform>%n records left out:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PatientListModel</name>
    <message numerus="yes">
        <source>%1 (local id %2)
%n observed term(s)</source>
        <translation>
            <numerusform>%1 (local id %2)
%n observed term</numerusform>
            <numerusform>%1 (local id %2)
%n observed terms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n observed term(s)</source>
        <translation>
            <numerusform>%n observed term</numerusform>
            <numerusform>%n observed terms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new match(es)</source>
        <translation>
            <numerusform>%n new match</numerusform>
            <numerusform>%n new matches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PatientSummaryPane</name>
    <message numerus="yes">
        <source>%n observed term(s)</source>
        <translation>
            <numerusform>%n observed term</numerusform>
            <numerusform>%n observed terms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n excluded</source>
        <translation>
            <numerusform>%n excluded</numerusform>
            <numerusform>%n excluded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n candidate variant(s)</source>
        <translation>
            <numerusform>%n candidate variant</numerusform>
            <numerusform>%n candidate variants</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PhenotypesPage</name>
    <message numerus="yes">
        <source>%n observed</source>
        <translation>
            <numerusform>%n observed</numerusform>
            <numerusform>%n observed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n excluded</source>
        <translation>
            <numerusform>%n excluded</numerusform>
            <numerusform>%n excluded</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SendPreviewDialog</name>
    <message numerus="yes">
        <source>&lt;p&gt;The profile below will be sent to &lt;b&gt;%n node(s)&lt;/b&gt;: %1.&lt;/p&gt;&lt;p&gt;The nodes see the pseudonym &lt;tt&gt;%2&lt;/tt&gt;, never the label or local id. The clinician contact is shared so that matches can reach you.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;The profile below will be sent to &lt;b&gt;%n node&lt;/b&gt;: %1.&lt;/p&gt;&lt;p&gt;The nodes see the pseudonym &lt;tt&gt;%2&lt;/tt&gt;, never the label or local id. The clinician contact is shared so that matches can reach you.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;The profile below will be sent to &lt;b&gt;%n nodes&lt;/b&gt;: %1.&lt;/p&gt;&lt;p&gt;The nodes see the pseudonym &lt;tt&gt;%2&lt;/tt&gt;, never the label or local id. The clinician contact is shared so that matches can reach you.&lt;/p&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VcfImportDialog</name>
    <message numerus="yes">
        <source>%1 holds %n sample(s). Choose the proband and which records to keep.</source>
        <translation>
            <numerusform>%1 holds %n sample. Choose the proband and which records to keep.</numerusform>
            <numerusform>%1 holds %n samples. Choose the proband and which records to keep.</numerusform>
        </translation>
    </message>
</context>
</TS>