<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
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
</TS>