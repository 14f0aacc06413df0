<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About MatchDesk</source>
        <translation>Über MatchDesk</translation>
    </message>
    <message>
        <source>not loaded</source>
        <translation>nicht geladen</translation>
    </message>
    <message>
        <source>&lt;h2&gt;MatchDesk&lt;/h2&gt;&lt;p&gt;Federated rare-disease patient matching over the Matchmaker Exchange API.&lt;/p&gt;&lt;pre&gt;%1&lt;/pre&gt;</source>
        <translation>&lt;h2&gt;MatchDesk&lt;/h2&gt;&lt;p&gt;Föderiertes Matching von Patienten mit seltenen Erkrankungen über die Matchmaker-Exchange-API.&lt;/p&gt;&lt;pre&gt;%1&lt;/pre&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Human Phenotype Ontology&lt;/h3&gt;&lt;p&gt;This application uses the Human Phenotype Ontology (release &lt;b&gt;%1&lt;/b&gt;). Find out more at &lt;a href=&apos;https://hpo.jax.org&apos;&gt;hpo.jax.org&lt;/a&gt;. The HPO is developed by the HPO Consortium; please cite Gargano MA et al., “The Human Phenotype Ontology in 2024: phenotypes around the world”, Nucleic Acids Research 2024.&lt;/p&gt;&lt;h3&gt;HGNC&lt;/h3&gt;&lt;p&gt;Gene symbols and identifiers from the HUGO Gene Nomenclature Committee (&lt;a href=&apos;https://www.genenames.org&apos;&gt;genenames.org&lt;/a&gt;), freely available without restriction (Seal RL et al., Nucleic Acids Research 2023).&lt;/p&gt;&lt;h3&gt;Phenopacket store&lt;/h3&gt;&lt;p&gt;Example cases from the GA4GH phenopacket-store (see its licence notice below).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Human Phenotype Ontology&lt;/h3&gt;&lt;p&gt;Diese Anwendung verwendet die Human Phenotype Ontology (Release &lt;b&gt;%1&lt;/b&gt;). Mehr dazu unter &lt;a href=&apos;https://hpo.jax.org&apos;&gt;hpo.jax.org&lt;/a&gt;. Die HPO wird vom HPO-Konsortium entwickelt; bitte zitieren Sie Gargano MA et al., „The Human Phenotype Ontology in 2024: phenotypes around the world“, Nucleic Acids Research 2024.&lt;/p&gt;&lt;h3&gt;HGNC&lt;/h3&gt;&lt;p&gt;Gensymbole und -kennungen des HUGO Gene Nomenclature Committee (&lt;a href=&apos;https://www.genenames.org&apos;&gt;genenames.org&lt;/a&gt;), frei und ohne Einschränkung verfügbar (Seal RL et al., Nucleic Acids Research 2023).&lt;/p&gt;&lt;h3&gt;Phenopacket-Store&lt;/h3&gt;&lt;p&gt;Beispielfälle aus dem GA4GH phenopacket-store (siehe dessen Lizenzhinweis unten).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Danksagungen</translation>
    </message>
    <message>
        <source>HPO licence</source>
        <translation>HPO-Lizenz</translation>
    </message>
    <message>
        <source>HGNC licence</source>
        <translation>HGNC-Lizenz</translation>
    </message>
    <message>
        <source>Phenopacket store licence</source>
        <translation>Phenopacket-Store-Lizenz</translation>
    </message>
</context>
<context>
    <name>AlertInbox</name>
    <message>
        <source>Alerts</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <source>Show reviewed alerts</source>
        <translation>Geprüfte Benachrichtigungen anzeigen</translation>
    </message>
    <message>
        <source>Open match</source>
        <translation>Treffer öffnen</translation>
    </message>
    <message>
        <source>Mark reviewed</source>
        <translation>Als geprüft markieren</translation>
    </message>
    <message>
        <source>No unread alerts. Watched patients are queried again on their schedule; new or changed matches appear here.</source>
        <translation>Keine ungelesenen Benachrichtigungen. Beobachtete Patienten werden nach ihrem Zeitplan erneut abgefragt; neue oder geänderte Treffer erscheinen hier.</translation>
    </message>
    <message>
        <source>Cannot mark the alert reviewed</source>
        <translation>Die Benachrichtigung kann nicht als geprüft markiert werden</translation>
    </message>
</context>
<context>
    <name>AlertInboxModel</name>
    <message>
        <source>%1 (%2)</source>
        <comment>patient label (local id)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>New match</source>
        <translation>Neuer Treffer</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Zurückgezogen</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>Remote id</source>
        <translation>Externe ID</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
</context>
<context>
    <name>AlertNotifier</name>
    <message>
        <source>Show alerts</source>
        <translation>Benachrichtigungen anzeigen</translation>
    </message>
    <message>
        <source>MatchDesk: no unread alerts</source>
        <translation>MatchDesk: keine ungelesenen Benachrichtigungen</translation>
    </message>
    <message numerus="yes">
        <source>MatchDesk: %n unread alert(s)</source>
        <translation>
            <numerusform>MatchDesk: %n ungelesene Benachrichtigung</numerusform>
            <numerusform>MatchDesk: %n ungelesene Benachrichtigungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AlertReason</name>
    <message>
        <source>new match on %1</source>
        <translation>neuer Treffer bei %1</translation>
    </message>
    <message>
        <source>new shared gene %1</source>
        <translation>neues gemeinsames Gen %1</translation>
    </message>
    <message>
        <source>new variant %1</source>
        <translation>neue Variante %1</translation>
    </message>
    <message>
        <source>score rose to %1</source>
        <translation>Score auf %1 gestiegen</translation>
    </message>
    <message>
        <source>returned again by its node</source>
        <translation>wieder von seinem Knoten geliefert</translation>
    </message>
    <message>
        <source>no longer returned by %1</source>
        <translation>von %1 nicht mehr geliefert</translation>
    </message>
    <message>
        <source>; </source>
        <extracomment>Separates the reasons of one alert, e.g. &quot;new shared gene ASPM; score rose to 0.40&quot;.</extracomment>
        <translation>; </translation>
    </message>
</context>
<context>
    <name>AlertSummary</name>
    <message numerus="yes">
        <source>MatchDesk: %n patient(s) with news</source>
        <translation>
            <numerusform>MatchDesk: %n Patient mit Neuigkeiten</numerusform>
            <numerusform>MatchDesk: %n Patienten mit Neuigkeiten</numerusform>
        </translation>
    </message>
    <message>
        <source>No new matches.</source>
        <translation>Keine neuen Treffer.</translation>
    </message>
    <message numerus="yes">
        <source>%n new match(es)</source>
        <translation>
            <numerusform>%n neuer Treffer</numerusform>
            <numerusform>%n neue Treffer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed match(es)</source>
        <translation>
            <numerusform>%n geänderter Treffer</numerusform>
            <numerusform>%n geänderte Treffer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n withdrawn match(es)</source>
        <translation>
            <numerusform>%n zurückgezogener Treffer</numerusform>
            <numerusform>%n zurückgezogene Treffer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 for %n patient(s)</source>
        <extracomment>%1 is a list such as &quot;3 new matches, 1 changed match&quot;; the plural is about patients.</extracomment>
        <translation>
            <numerusform>%1 für %n Patienten</numerusform>
            <numerusform>%1 für %n Patienten</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>Audit log</source>
        <translation>Audit-Protokoll</translation>
    </message>
    <message>
        <source>Patient filter</source>
        <translation>Patientenfilter</translation>
    </message>
    <message>
        <source>Node filter</source>
        <translation>Knotenfilter</translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation>Audit-Einträge</translation>
    </message>
    <message>
        <source>All patients</source>
        <translation>Alle Patienten</translation>
    </message>
    <message>
        <source>All destinations</source>
        <translation>Alle Empfänger</translation>
    </message>
    <message>
        <source>&amp;Patient:</source>
        <translation>&amp;Patient:</translation>
    </message>
    <message>
        <source>&amp;Node:</source>
        <translation>&amp;Knoten:</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies)</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>Pseudonym seen by the destination: %1
SHA-256 of the bytes sent: %2
Fields: %3</source>
        <translation>Vom Empfänger gesehenes Pseudonym: %1
SHA-256 der gesendeten Bytes: %2
Felder: %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>deleted patient #%1</source>
        <translation>gelöschter Patient #%1</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s)</source>
        <translation>
            <numerusform>%n Feld</numerusform>
            <numerusform>%n Felder</numerusform>
        </translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Sent to</source>
        <translation>Gesendet an</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
</context>
<context>
    <name>ClientRegistry</name>
    <message>
        <source>Cannot read the clients file %1: %2</source>
        <translation>Die Client-Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The clients file %1 is not a JSON object (%2 at offset %3)</source>
        <translation>Die Client-Datei %1 ist kein JSON-Objekt (%2 bei Offset %3)</translation>
    </message>
    <message>
        <source>The clients file %1 has no &quot;clients&quot; array</source>
        <translation>Die Client-Datei %1 enthält kein Array „clients“</translation>
    </message>
    <message>
        <source>The clients file %1: entry clients[%2] needs a &quot;name&quot; and a 64-hex &quot;sha256&quot;</source>
        <translation>Client-Datei %1: Eintrag clients[%2] benötigt einen „name“ und einen „sha256“ aus 64 Hexziffern</translation>
    </message>
    <message>
        <source>Cannot write the clients file %1: %2</source>
        <translation>Die Client-Datei %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>A client needs a name</source>
        <translation>Ein Client braucht einen Namen</translation>
    </message>
    <message>
        <source>A client named &quot;%1&quot; already exists</source>
        <translation>Ein Client namens „%1“ existiert bereits</translation>
    </message>
</context>
<context>
    <name>ConnectionGuard</name>
    <message>
        <source>request body of %1 bytes is larger than the limit of %2 bytes</source>
        <translation>Anfragekörper von %1 Bytes überschreitet das Limit von %2 Bytes</translation>
    </message>
    <message>
        <source>request header larger than %1 bytes</source>
        <translation>Anfrage-Header größer als %1 Bytes</translation>
    </message>
    <message>
        <source>request body larger than the limit of %1 bytes</source>
        <translation>Anfragekörper größer als das Limit von %1 Bytes</translation>
    </message>
    <message>
        <source>request not complete within %1 ms</source>
        <translation>Anfrage nicht innerhalb von %1 ms vollständig</translation>
    </message>
</context>
<context>
    <name>Crypto</name>
    <message>
        <source>SHA-256 computation failed (OpenSSL)</source>
        <translation>SHA-256-Berechnung fehlgeschlagen (OpenSSL)</translation>
    </message>
    <message>
        <source>HMAC-SHA256 computation failed (OpenSSL)</source>
        <translation>HMAC-SHA256-Berechnung fehlgeschlagen (OpenSSL)</translation>
    </message>
    <message>
        <source>The system random generator failed (OpenSSL RAND_bytes)</source>
        <translation>Der Zufallsgenerator des Systems ist fehlgeschlagen (OpenSSL RAND_bytes)</translation>
    </message>
</context>
<context>
    <name>CurlTransport</name>
    <message>
        <source>&apos;%1&apos; is not a valid URL</source>
        <translation>„%1“ ist keine gültige URL</translation>
    </message>
    <message>
        <source>plain http:// is refused for %1: patient data is only sent over https (http:// is allowed to this computer only)</source>
        <translation>Unverschlüsseltes http:// wird für %1 abgelehnt: Patientendaten werden nur über https gesendet (http:// ist nur zu diesem Computer erlaubt)</translation>
    </message>
    <message>
        <source>unsupported URL scheme &apos;%1&apos; (https:// only)</source>
        <translation>Nicht unterstütztes URL-Schema „%1“ (nur https://)</translation>
    </message>
    <message>
        <source>response larger than %1 bytes</source>
        <translation>Antwort größer als %1 Bytes</translation>
    </message>
    <message>
        <source>libcurl could not set up the request</source>
        <translation>libcurl konnte die Anfrage nicht vorbereiten</translation>
    </message>
</context>
<context>
    <name>CurrentPatient</name>
    <message>
        <source>Cannot open the patient</source>
        <translation>Der Patient kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Cannot save the patient</source>
        <translation>Der Patient kann nicht gespeichert werden</translation>
    </message>
</context>
<context>
    <name>EvalCommand</name>
    <message>
        <source>Retrieval evaluation of phenotype matching on phenopackets (recall@k, MRR)</source>
        <translation>Retrieval-Evaluation des Phänotyp-Matchings auf Phenopackets (Recall@k, MRR)</translation>
    </message>
    <message>
        <source>Cross-publication leave-one-out retrieval on phenopackets: each case with an observed term and a gene queries the cases of other publications by phenotype; a hit is a case with the same gene.</source>
        <translation>Publikationsübergreifendes Leave-one-out-Retrieval auf Phenopackets: Jeder Fall mit einem beobachteten Merkmal und einem Gen fragt die Fälle anderer Publikationen nach Phänotyp ab; ein Treffer ist ein Fall mit demselben Gen.</translation>
    </message>
    <message>
        <source>Phenopackets to search (default: dev set).</source>
        <translation>Zu durchsuchende Phenopackets (Standard: Entwicklungsdatensatz).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Separate query phenopackets (default: leave-one-out on the index).</source>
        <translation>Separate Anfrage-Phenopackets (Standard: Leave-one-out auf dem Index).</translation>
    </message>
    <message>
        <source>Phenotype measure: %1, or &apos;all&apos; (default: combined).</source>
        <translation>Phänotyp-Maß: %1 oder „all“ (Standard: kombiniert).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Perturb queries: imprecision=P,noise=K,drop=D.</source>
        <translation>Anfragen stören: imprecision=P,noise=K,drop=D.</translation>
    </message>
    <message>
        <source>spec</source>
        <translation>Spezifikation</translation>
    </message>
    <message>
        <source>Random seed for --perturb (default 1).</source>
        <translation>Zufallsstartwert für --perturb (Standard 1).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Weights of the combined measure: exact,ontology,geneProfile.</source>
        <translation>Gewichte des kombinierten Maßes: exact,ontology,geneProfile.</translation>
    </message>
    <message>
        <source>e,o,g</source>
        <translation>e,o,g</translation>
    </message>
    <message>
        <source>Penalty weight for contradicted excluded terms (default 0).</source>
        <translation>Strafgewicht für widersprochene ausgeschlossene Merkmale (Standard 0).</translation>
    </message>
    <message>
        <source>w</source>
        <translation>w</translation>
    </message>
    <message>
        <source>IC corpus: annotations (default) or cases.</source>
        <translation>IC-Korpus: annotations (Standard) oder cases.</translation>
    </message>
    <message>
        <source>corpus</source>
        <translation>Korpus</translation>
    </message>
    <message>
        <source>Worker threads (default: all cores).</source>
        <translation>Worker-Threads (Standard: alle Kerne).</translation>
    </message>
    <message>
        <source>Print JSON instead of a table.</source>
        <translation>JSON statt einer Tabelle ausgeben.</translation>
    </message>
    <message>
        <source>Invalid --seed</source>
        <translation>Ungültiger Wert für --seed</translation>
    </message>
    <message>
        <source>Invalid --weights (expected three numbers e,o,g)</source>
        <translation>Ungültiger Wert für --weights (erwartet drei Zahlen e,o,g)</translation>
    </message>
    <message>
        <source>Invalid --excluded-penalty</source>
        <translation>Ungültiger Wert für --excluded-penalty</translation>
    </message>
    <message>
        <source>Unknown measure &apos;%1&apos;</source>
        <translation>Unbekanntes Maß „%1“</translation>
    </message>
    <message>
        <source>Unknown --ic corpus &apos;%1&apos;</source>
        <translation>Unbekannter --ic-Korpus „%1“</translation>
    </message>
    <message>
        <source>warning: no gene profiles: %1</source>
        <translation>Warnung: keine Genprofile: %1</translation>
    </message>
    <message>
        <source>HPO %1; index %2 (%3 cases)</source>
        <translation>HPO %1; Index %2 (%3 Fälle)</translation>
    </message>
    <message>
        <source>; queries %1 (%2 cases)</source>
        <translation>; Anfragen %1 (%2 Fälle)</translation>
    </message>
    <message>
        <source>; cross-publication leave-one-out</source>
        <translation>; publikationsübergreifendes Leave-one-out</translation>
    </message>
    <message>
        <source>; perturbed %1, seed %2</source>
        <translation>; gestört %1, Startwert %2</translation>
    </message>
    <message>
        <source>measure</source>
        <translation>Maß</translation>
    </message>
    <message>
        <source>queries</source>
        <translation>Anfragen</translation>
    </message>
</context>
<context>
    <name>FederatedQuery</name>
    <message>
        <source>unknown node &apos;%1&apos;</source>
        <translation>unbekannter Knoten „%1“</translation>
    </message>
    <message>
        <source>node &apos;%1&apos; is disabled</source>
        <translation>Knoten „%1“ ist deaktiviert</translation>
    </message>
    <message>
        <source>A federated query is already running</source>
        <translation>Eine föderierte Anfrage läuft bereits</translation>
    </message>
    <message>
        <source>No enabled node to query: add a node first (matchdesk-cli nodes add)</source>
        <translation>Kein aktivierter Knoten zum Abfragen: fügen Sie zuerst einen Knoten hinzu (matchdesk-cli nodes add)</translation>
    </message>
    <message>
        <source>Cannot compute the patient&apos;s pseudonym: %1</source>
        <translation>Das Pseudonym des Patienten kann nicht berechnet werden: %1</translation>
    </message>
    <message>
        <source>no X-Auth-Token stored for node %1 (matchdesk-cli nodes add --token-stdin)</source>
        <translation>kein X-Auth-Token für Knoten %1 gespeichert (matchdesk-cli nodes add --token-stdin)</translation>
    </message>
    <message>
        <source>cancelled by the user</source>
        <translation>vom Benutzer abgebrochen</translation>
    </message>
</context>
<context>
    <name>FormatError</name>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>record %1</source>
        <translation>Datensatz %1</translation>
    </message>
</context>
<context>
    <name>FormatFiles</name>
    <message>
        <source>cannot write the file (%1)</source>
        <translation>die Datei kann nicht geschrieben werden (%1)</translation>
    </message>
</context>
<context>
    <name>GeneCatalog</name>
    <message>
        <source>%1:1: not an HGNC table (the header lacks hgnc_id or symbol)</source>
        <translation>%1:1: keine HGNC-Tabelle (im Kopf fehlt hgnc_id oder symbol)</translation>
    </message>
    <message>
        <source>%1:%2: field hgnc_id: &apos;%3&apos; is not an HGNC id</source>
        <translation>%1:%2: Feld hgnc_id: „%3“ ist keine HGNC-ID</translation>
    </message>
    <message>
        <source>%1: the gene catalog is empty</source>
        <translation>%1: der Genkatalog ist leer</translation>
    </message>
    <message>
        <source>Cannot read the gene catalog %1: %2</source>
        <translation>Der Genkatalog %1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>GenePhenotypeProfiles</name>
    <message>
        <source>No genes_to_phenotype.txt in %1</source>
        <translation>Keine genes_to_phenotype.txt in %1</translation>
    </message>
</context>
<context>
    <name>Gzip</name>
    <message>
        <source>cannot start the gzip decoder (out of memory)</source>
        <translation>der gzip-Decoder kann nicht gestartet werden (kein Speicher frei)</translation>
    </message>
    <message>
        <source>corrupt compressed data</source>
        <translation>beschädigte komprimierte Daten</translation>
    </message>
    <message>
        <source>corrupt compressed data (%1)</source>
        <translation>beschädigte komprimierte Daten (%1)</translation>
    </message>
    <message>
        <source>out of memory while decompressing</source>
        <translation>kein Speicher mehr frei beim Dekomprimieren</translation>
    </message>
    <message>
        <source>truncated compressed data (the file ends inside the gzip stream)</source>
        <translation>unvollständige komprimierte Daten (die Datei endet mitten im gzip-Strom)</translation>
    </message>
    <message>
        <source>cannot open the file (%1)</source>
        <translation>die Datei kann nicht geöffnet werden (%1)</translation>
    </message>
    <message>
        <source>cannot read the file (%1)</source>
        <translation>die Datei kann nicht gelesen werden (%1)</translation>
    </message>
    <message>
        <source>cannot start the gzip encoder (out of memory)</source>
        <translation>der gzip-Encoder kann nicht gestartet werden (kein Speicher frei)</translation>
    </message>
    <message>
        <source>cannot compress the data (zlib error %1)</source>
        <translation>die Daten können nicht komprimiert werden (zlib-Fehler %1)</translation>
    </message>
</context>
<context>
    <name>HeartbeatResult</name>
    <message>
        <source>ok in %1 ms: %2, version %3, accepts %4</source>
        <translation>OK in %1 ms: %2, Version %3, akzeptiert %4</translation>
    </message>
    <message>
        <source>production</source>
        <translation>Produktivbetrieb</translation>
    </message>
    <message>
        <source>not production</source>
        <translation>kein Produktivbetrieb</translation>
    </message>
</context>
<context>
    <name>HpoOntology</name>
    <message>
        <source>malformed stanza header</source>
        <translation>fehlerhafter Stanza-Kopf</translation>
    </message>
    <message>
        <source>expected &apos;tag: value&apos;</source>
        <translation>„tag: value“ erwartet</translation>
    </message>
    <message>
        <source>empty id</source>
        <translation>leere ID</translation>
    </message>
    <message>
        <source>empty is_a</source>
        <translation>leeres is_a</translation>
    </message>
    <message>
        <source>definition is not a quoted string</source>
        <translation>Definition ist keine Zeichenkette in Anführungszeichen</translation>
    </message>
    <message>
        <source>synonym is not a quoted string</source>
        <translation>Synonym ist keine Zeichenkette in Anführungszeichen</translation>
    </message>
    <message>
        <source>unknown synonym scope &apos;%1&apos;</source>
        <translation>unbekannter Synonym-Geltungsbereich „%1“</translation>
    </message>
    <message>
        <source>[Term] without id</source>
        <translation>[Term] ohne ID</translation>
    </message>
    <message>
        <source>duplicate term id %1</source>
        <translation>doppelte Term-ID %1</translation>
    </message>
    <message>
        <source>term %1 has unknown parent %2</source>
        <translation>Term %1 hat einen unbekannten Elternterm %2</translation>
    </message>
    <message>
        <source>term %1 has obsolete parent %2</source>
        <translation>Term %1 hat einen obsoleten Elternterm %2</translation>
    </message>
    <message>
        <source>%1: is_a cycle involving %2</source>
        <translation>%1: is_a-Zyklus mit %2</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>No hp.obo.gz or hp.obo in %1</source>
        <translation>Keine hp.obo.gz oder hp.obo in %1</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, Zeile %2: %3</translation>
    </message>
</context>
<context>
    <name>InformationContent</name>
    <message>
        <source>No genes_to_phenotype.txt or phenotype.hpoa in %1</source>
        <translation>Keine genes_to_phenotype.txt oder phenotype.hpoa in %1</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
</context>
<context>
    <name>JsonFields</name>
    <message>
        <source>required field missing</source>
        <translation>Pflichtfeld fehlt</translation>
    </message>
    <message>
        <source>must be a string, not %1</source>
        <translation>muss eine Zeichenkette sein, nicht %1</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>must be true or false, not %1</source>
        <translation>muss true oder false sein, nicht %1</translation>
    </message>
    <message>
        <source>must be an object, not %1</source>
        <translation>muss ein Objekt sein, nicht %1</translation>
    </message>
    <message>
        <source>must be an array, not %1</source>
        <translation>muss ein Array sein, nicht %1</translation>
    </message>
    <message>
        <source>must be an integer, not %1</source>
        <translation>muss eine ganze Zahl sein, nicht %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an integer</source>
        <translation>„%1“ ist keine ganze Zahl</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>MatchDesk</source>
        <translation>MatchDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No patient open&lt;/h3&gt;&lt;p&gt;Choose a patient on the left, or create a new one (Ctrl+N) or import cases from a phenopacket, MME JSON or VCF file (Ctrl+I).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Kein Patient geöffnet&lt;/h3&gt;&lt;p&gt;Wählen Sie links einen Patienten, legen Sie einen neuen an (Strg+N) oder importieren Sie Fälle aus einem Phenopacket, einer MME-JSON- oder VCF-Datei (Strg+I).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>New patient</source>
        <translation>Neuer Patient</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <source>&amp;Phenotypes</source>
        <translation>&amp;Phänotypen</translation>
    </message>
    <message>
        <source>&amp;Variants</source>
        <translation>&amp;Varianten</translation>
    </message>
    <message>
        <source>&amp;Matches</source>
        <translation>&amp;Treffer</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <source>Loading the Human Phenotype Ontology…</source>
        <translation>Human Phenotype Ontology wird geladen…</translation>
    </message>
    <message>
        <source>HPO not available</source>
        <translation>HPO nicht verfügbar</translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s) imported</source>
        <translation>
            <numerusform>%n Patient importiert</numerusform>
            <numerusform>%n Patienten importiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking for new matches failed: %1</source>
        <translation>Die Suche nach neuen Treffern ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>&amp;New patient</source>
        <translation>&amp;Neuer Patient</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>&amp;Export patient…</source>
        <translation>Patient &amp;exportieren…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Delete patient…</source>
        <translation>Patient &amp;löschen…</translation>
    </message>
    <message>
        <source>Ctrl+Del</source>
        <translation>Ctrl+Del</translation>
    </message>
    <message>
        <source>&amp;Undo delete</source>
        <translation>Löschen &amp;rückgängig machen</translation>
    </message>
    <message>
        <source>&amp;Find similar patients…</source>
        <translation>Ähnliche Patienten &amp;finden…</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>N&amp;odes…</source>
        <translation>&amp;Knoten…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>&amp;Audit log…</source>
        <translation>&amp;Audit-Protokoll…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>&amp;About MatchDesk</source>
        <translation>Ü&amp;ber MatchDesk</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Search &amp;patients</source>
        <translation>&amp;Patienten suchen</translation>
    </message>
    <message>
        <source>P&amp;references…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>Alt+%1</source>
        <translation>Alt+%1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Patient</source>
        <translation>&amp;Patient</translation>
    </message>
    <message>
        <source>Phenotypes</source>
        <translation>Phänotypen</translation>
    </message>
    <message>
        <source>Variants</source>
        <translation>Varianten</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Treffer</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>E&amp;xtras</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptleiste</translation>
    </message>
    <message>
        <source>Cannot create the patient</source>
        <translation>Der Patient kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Patient %1 created</source>
        <translation>Patient %1 angelegt</translation>
    </message>
    <message>
        <source>Delete patient</source>
        <translation>Patient löschen</translation>
    </message>
    <message>
        <source>Delete %1 with its phenotypes, variants and matches?
You can undo this (Ctrl+Z) until MatchDesk is closed.</source>
        <translation>%1 mit allen Phänotypen, Varianten und Treffern löschen?
Sie können dies rückgängig machen (Strg+Z), solange MatchDesk geöffnet ist.</translation>
    </message>
    <message>
        <source>%1 deleted. Undo with Ctrl+Z.</source>
        <translation>%1 gelöscht. Rückgängig mit Strg+Z.</translation>
    </message>
    <message>
        <source>Delete undone</source>
        <translation>Löschen rückgängig gemacht</translation>
    </message>
    <message>
        <source>Send this patient&apos;s profile to the enabled nodes (%1)</source>
        <translation>Das Profil dieses Patienten an die aktivierten Knoten senden (%1)</translation>
    </message>
    <message>
        <source>%1 – MatchDesk</source>
        <translation>%1 – MatchDesk</translation>
    </message>
    <message numerus="yes">
        <source>HPO %1 · %n term(s)</source>
        <translation>
            <numerusform>HPO %1 · %n Term</numerusform>
            <numerusform>HPO %1 · %n Terme</numerusform>
        </translation>
    </message>
    <message>
        <source>Human Phenotype Ontology release %1, © the HPO Consortium (see Help › About)</source>
        <translation>Human Phenotype Ontology, Release %1, © HPO-Konsortium (siehe Hilfe › Über)</translation>
    </message>
    <message>
        <source>Import patients</source>
        <translation>Patienten importieren</translation>
    </message>
    <message>
        <source>Patient files (*.json *.jsonl *.json.gz *.jsonl.gz *.vcf *.vcf.gz *.bcf);;Phenopackets (*.json *.jsonl *.json.gz *.jsonl.gz);;MME patient JSON (*.json);;VCF (*.vcf *.vcf.gz *.bcf);;All files (*)</source>
        <translation>Patientendateien (*.json *.jsonl *.json.gz *.jsonl.gz *.vcf *.vcf.gz *.bcf);;Phenopackets (*.json *.jsonl *.json.gz *.jsonl.gz);;MME-Patienten-JSON (*.json);;VCF (*.vcf *.vcf.gz *.bcf);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <source>Alerts (%n)</source>
        <extracomment>Toolbar action and dock title; %n is the number of unread alerts.</extracomment>
        <translation>
            <numerusform>Benachrichtigungen (%n)</numerusform>
            <numerusform>Benachrichtigungen (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message numerus="yes">
        <source>%n unread alert(s): new or changed matches of watched patients</source>
        <translation>
            <numerusform>%n ungelesene Benachrichtigung: neue oder geänderte Treffer beobachteter Patienten</numerusform>
            <numerusform>%n ungelesene Benachrichtigungen: neue oder geänderte Treffer beobachteter Patienten</numerusform>
        </translation>
    </message>
    <message>
        <source>No unread alerts</source>
        <translation>Keine ungelesenen Benachrichtigungen</translation>
    </message>
</context>
<context>
    <name>MatchDetailWidget</name>
    <message>
        <source>&amp;Copy e-mail</source>
        <translation>E-Mail &amp;kopieren</translation>
    </message>
    <message>
        <source>Open contact &amp;link</source>
        <translation>Kontakt-&amp;Link öffnen</translation>
    </message>
    <message>
        <source>Triage status</source>
        <translation>Triage-Status</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Notes on this match (kept on this computer)</source>
        <translation>Notizen zu diesem Treffer (bleiben auf diesem Computer)</translation>
    </message>
    <message>
        <source>Query term</source>
        <translation>Anfrage-Merkmal</translation>
    </message>
    <message>
        <source>Matched in the remote case</source>
        <translation>Im externen Fall zugeordnet</translation>
    </message>
    <message>
        <source>Phenotype explanation</source>
        <translation>Phänotyp-Erklärung</translation>
    </message>
    <message>
        <source>Match details</source>
        <translation>Trefferdetails</translation>
    </message>
    <message>
        <source>Select a match to see why it matched and how to contact its clinician.</source>
        <translation>Wählen Sie einen Treffer, um zu sehen, warum er passt und wie Sie die behandelnde Ärztin oder den behandelnden Arzt erreichen.</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otizen:</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;%2 · score &lt;b&gt;%3&lt;/b&gt; (node score %4)&lt;/p&gt;</source>
        <translation>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;%2 · Score &lt;b&gt;%3&lt;/b&gt; (Knoten-Score %4)&lt;/p&gt;</translation>
    </message>
    <message>
        <source>— no similar term</source>
        <translation>— kein ähnlicher Term</translation>
    </message>
    <message>
        <source>= %1</source>
        <translation>= %1</translation>
    </message>
    <message>
        <source>%1 (via %2)</source>
        <translation>%1 (über %2)</translation>
    </message>
    <message>
        <source>Information content of the shared ancestor: %1</source>
        <translation>Informationsgehalt des gemeinsamen Vorfahren: %1</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Shared genes&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;Gemeinsame Gene&lt;/h4&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:gray&apos;&gt;No shared gene.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:gray&apos;&gt;Kein gemeinsames Gen.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n identical variant(s)</source>
        <translation>
            <numerusform>%n identische Variante</numerusform>
            <numerusform>%n identische Varianten</numerusform>
        </translation>
    </message>
    <message>
        <source>different variants</source>
        <translation>unterschiedliche Varianten</translation>
    </message>
    <message>
        <source>, same zygosity</source>
        <translation>, gleiche Zygotie</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Contradictions&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;Widersprüche&lt;/h4&gt;</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Disclaimer of %1&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;Haftungsausschluss von %1&lt;/h4&gt;</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Remote record %1&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;Externer Datensatz %1&lt;/h4&gt;</translation>
    </message>
</context>
<context>
    <name>MatchModel</name>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>geprüft</translation>
    </message>
    <message>
        <source>contacted</source>
        <translation>kontaktiert</translation>
    </message>
    <message>
        <source>collaborating</source>
        <translation>in Zusammenarbeit</translation>
    </message>
    <message>
        <source>not relevant</source>
        <translation>nicht relevant</translation>
    </message>
    <message>
        <source>MatchDesk score %1 (phenotype %2, genotype %3): comparable across nodes</source>
        <translation>MatchDesk-Score %1 (Phänotyp %2, Genotyp %3): zwischen Knoten vergleichbar</translation>
    </message>
    <message>
        <source>The node&apos;s own score: not comparable between nodes</source>
        <translation>Der eigene Score des Knotens: nicht zwischen Knoten vergleichbar</translation>
    </message>
    <message>
        <source>No longer returned by %1</source>
        <translation>Von %1 nicht mehr geliefert</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 (withdrawn)</source>
        <translation>%1 (zurückgezogen)</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Node score</source>
        <translation>Knoten-Score</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Genes</source>
        <translation>Gene</translation>
    </message>
    <message>
        <source>Key shared phenotypes</source>
        <translation>Wichtigste gemeinsame Phänotypen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>MatchesPage</name>
    <message>
        <source>Find similar patients…</source>
        <translation>Ähnliche Patienten finden…</translation>
    </message>
    <message>
        <source>Cancel query</source>
        <translation>Anfrage abbrechen</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Treffer</translation>
    </message>
    <message>
        <source>Filter matches</source>
        <translation>Treffer filtern</translation>
    </message>
    <message>
        <source>Filter by gene, phenotype, node, contact or note</source>
        <translation>Nach Gen, Phänotyp, Knoten, Kontakt oder Notiz filtern</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <source>All matches</source>
        <translation>Alle Treffer</translation>
    </message>
    <message>
        <source>Hide not relevant</source>
        <translation>Nicht relevante ausblenden</translation>
    </message>
    <message>
        <source>New only</source>
        <translation>Nur neue</translation>
    </message>
    <message>
        <source>Cannot save the triage</source>
        <translation>Die Triage kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Open a patient first.</source>
        <translation>Öffnen Sie zuerst einen Patienten.</translation>
    </message>
    <message>
        <source>A query is running.</source>
        <translation>Eine Anfrage läuft.</translation>
    </message>
    <message>
        <source>Consent to matchmaking (with its date) is not recorded for this patient: record it on the Details tab before anything can be sent.</source>
        <translation>Für diesen Patienten ist keine Einwilligung in das Matchmaking (mit Datum) erfasst: Erfassen Sie sie im Reiter „Details“, bevor etwas gesendet werden kann.</translation>
    </message>
    <message>
        <source>No enabled node: add one in Tools › Nodes.</source>
        <translation>Kein aktivierter Knoten: Fügen Sie einen unter Extras › Knoten hinzu.</translation>
    </message>
    <message>
        <source>Find similar patients</source>
        <translation>Ähnliche Patienten finden</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n Ergebnis</numerusform>
            <numerusform>%n Ergebnisse</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>No matches yet. “Find similar patients” shows what will be sent, then asks every enabled node at once.</source>
        <translation>Noch keine Treffer. „Ähnliche Patienten finden“ zeigt, was gesendet wird, und fragt dann alle aktivierten Knoten gleichzeitig ab.</translation>
    </message>
</context>
<context>
    <name>MmeClient</name>
    <message>
        <source>no connection: %1</source>
        <translation>keine Verbindung: %1</translation>
    </message>
    <message>
        <source>no complete answer: %1</source>
        <translation>keine vollständige Antwort: %1</translation>
    </message>
    <message>
        <source>the node did not accept the token</source>
        <translation>der Knoten hat das Token nicht akzeptiert</translation>
    </message>
    <message>
        <source>unexpected HTTP status %1 (200 expected)</source>
        <translation>unerwarteter HTTP-Status %1 (200 erwartet)</translation>
    </message>
</context>
<context>
    <name>MmeMediaType</name>
    <message>
        <source>unsupported API version in Accept</source>
        <translation>nicht unterstützte API-Version in Accept</translation>
    </message>
    <message>
        <source>Accept does not allow an MME media type</source>
        <translation>Accept erlaubt keinen MME-Medientyp</translation>
    </message>
    <message>
        <source>missing Content-Type; send application/vnd.ga4gh.matchmaker.v1.0+json</source>
        <translation>Content-Type fehlt; senden Sie application/vnd.ga4gh.matchmaker.v1.0+json</translation>
    </message>
    <message>
        <source>unsupported Content-Type; send application/vnd.ga4gh.matchmaker.vX.Y+json</source>
        <translation>nicht unterstützter Content-Type; senden Sie application/vnd.ga4gh.matchmaker.vX.Y+json</translation>
    </message>
    <message>
        <source>unsupported API version</source>
        <translation>nicht unterstützte API-Version</translation>
    </message>
</context>
<context>
    <name>MmePatientReader</name>
    <message>
        <source>&apos;%1&apos; is not a URL (&lt;scheme&gt;:&lt;address&gt;)</source>
        <translation>„%1“ ist keine URL (&lt;Schema&gt;:&lt;Adresse&gt;)</translation>
    </message>
    <message>
        <source>must be a string or a list of strings</source>
        <translation>muss eine Zeichenkette oder eine Liste von Zeichenketten sein</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>must be clinician, researcher or patient</source>
        <translation>muss clinician, researcher oder patient sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an NCBI taxon id (NCBITaxon:&lt;id&gt;)</source>
        <translation>„%1“ ist keine NCBI-Taxon-ID (NCBITaxon:&lt;id&gt;)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of FEMALE, MALE, OTHER, MIXED_SAMPLE, NOT_APPLICABLE</source>
        <translation>„%1“ ist keiner der Werte FEMALE, MALE, OTHER, MIXED_SAMPLE, NOT_APPLICABLE</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>muss true oder false sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a MIM: or Orphanet: id</source>
        <translation>„%1“ ist keine MIM:- oder Orphanet:-ID</translation>
    </message>
    <message>
        <source>must be &quot;yes&quot; or &quot;no&quot;, not &apos;%1&apos;</source>
        <translation>muss „yes“ oder „no“ sein, nicht „%1“</translation>
    </message>
    <message>
        <source>%1.id: gene &apos;%2&apos; not found in the HGNC catalog, kept as given</source>
        <translation>%1.id: Gen „%2“ nicht im HGNC-Katalog gefunden, unverändert übernommen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not NCBI36, GRCh37 or GRCh38[.pN]</source>
        <translation>„%1“ ist nicht NCBI36, GRCh37 oder GRCh38[.pN]</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not 1-22, X, Y or MT (without &quot;chr&quot;)</source>
        <translation>„%1“ ist nicht 1–22, X, Y oder MT (ohne „chr“)</translation>
    </message>
    <message>
        <source>must not be smaller than start (%1)</source>
        <translation>darf nicht kleiner als start (%1) sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a sequence of A, C, G, T, N</source>
        <translation>„%1“ ist keine Folge aus A, C, G, T, N</translation>
    </message>
    <message>
        <source>must be 1 (heterozygous or hemizygous) or 2 (homozygous)</source>
        <translation>muss 1 (heterozygot oder hemizygot) oder 2 (homozygot) sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a Sequence Ontology id (SO:nnnnnnn)</source>
        <translation>„%1“ ist keine Sequence-Ontology-ID (SO:nnnnnnn)</translation>
    </message>
    <message>
        <source>needs at least one of features or genomicFeatures</source>
        <translation>benötigt mindestens features oder genomicFeatures</translation>
    </message>
    <message>
        <source>not valid JSON (%1)</source>
        <translation>kein gültiges JSON (%1)</translation>
    </message>
    <message>
        <source>longer than %1 bytes</source>
        <translation>länger als %1 Bytes</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an HPO id (HP:nnnnnnn)</source>
        <translation>„%1“ ist keine HPO-ID (HP:nnnnnnn)</translation>
    </message>
    <message>
        <source>%1.%2: unknown field ignored</source>
        <translation>%1.%2: unbekanntes Feld ignoriert</translation>
    </message>
    <message>
        <source>required field missing</source>
        <translation>Pflichtfeld fehlt</translation>
    </message>
    <message>
        <source>must be a non-negative integer</source>
        <translation>muss eine nicht negative ganze Zahl sein</translation>
    </message>
    <message>
        <source>%1.id: gene &apos;%2&apos; is ambiguous in the HGNC catalog (%3), kept as given</source>
        <translation>%1.id: Gen „%2“ ist im HGNC-Katalog mehrdeutig (%3), unverändert übernommen</translation>
    </message>
</context>
<context>
    <name>MmePatientWriter</name>
    <message>
        <source>the MME id must be 1 to 255 bytes</source>
        <translation>die MME-ID muss 1 bis 255 Bytes lang sein</translation>
    </message>
    <message>
        <source>the responsible clinician needs a name and a contact URL (href) for MME</source>
        <translation>der verantwortliche Arzt braucht für MME einen Namen und eine Kontakt-URL (href)</translation>
    </message>
    <message>
        <source>disorder %1 has no MME form (only OMIM and Orphanet), left out</source>
        <translation>Erkrankung %1 hat keine MME-Form (nur OMIM und Orphanet), weggelassen</translation>
    </message>
    <message>
        <source>variant %1 has no gene: MME requires one, left out</source>
        <translation>Variante %1 hat kein Gen: MME verlangt eines, weggelassen</translation>
    </message>
    <message>
        <source>neither phenotypic features nor genes to share</source>
        <translation>weder phänotypische Merkmale noch Gene zum Teilen</translation>
    </message>
</context>
<context>
    <name>MmeResponseParser</name>
    <message>
        <source>not JSON: %1 at byte %2</source>
        <translation>kein JSON: %1 bei Byte %2</translation>
    </message>
    <message>
        <source>the response is not a JSON object</source>
        <translation>die Antwort ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>results: mandatory array, got %1</source>
        <translation>results: Pflicht-Array, erhalten %1</translation>
    </message>
    <message>
        <source>must be an object, got %1</source>
        <translation>muss ein Objekt sein, erhalten %1</translation>
    </message>
    <message>
        <source>mandatory object, got %1</source>
        <translation>Pflichtobjekt, erhalten %1</translation>
    </message>
    <message>
        <source>mandatory number, got %1</source>
        <translation>Pflichtzahl, erhalten %1</translation>
    </message>
    <message>
        <source>%1 is outside [0, 1]</source>
        <translation>%1 liegt außerhalb von [0, 1]</translation>
    </message>
    <message>
        <source>&apos;%1&apos; returned twice</source>
        <translation>„%1“ doppelt geliefert</translation>
    </message>
    <message>
        <source>heartbeat: mandatory object, got %1</source>
        <translation>heartbeat: Pflichtobjekt, erhalten %1</translation>
    </message>
    <message>
        <source>mandatory boolean, got %1</source>
        <translation>Pflicht-Boolean, erhalten %1</translation>
    </message>
    <message>
        <source>mandatory string, got %1</source>
        <translation>Pflicht-Zeichenkette, erhalten %1</translation>
    </message>
    <message>
        <source>mandatory array, got %1</source>
        <translation>Pflicht-Array, erhalten %1</translation>
    </message>
    <message>
        <source>mandatory non-empty string, got %1</source>
        <translation>nicht leere Pflicht-Zeichenkette, erhalten %1</translation>
    </message>
    <message>
        <source>longer than 255 bytes</source>
        <translation>länger als 255 Bytes</translation>
    </message>
    <message>
        <source>must be an array, got %1</source>
        <translation>muss ein Array sein, erhalten %1</translation>
    </message>
    <message>
        <source>needs at least one of features or genomicFeatures</source>
        <translation>benötigt mindestens features oder genomicFeatures</translation>
    </message>
</context>
<context>
    <name>NodeCommandLine</name>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>unbekannter Befehl „%1“</translation>
    </message>
    <message>
        <source>Clients file.</source>
        <translation>Client-Datei.</translation>
    </message>
    <message>
        <source>Client name.</source>
        <translation>Name des Clients.</translation>
    </message>
    <message>
        <source>add-client needs --clients FILE and --name NAME</source>
        <translation>add-client benötigt --clients FILE und --name NAME</translation>
    </message>
    <message>
        <source>Client &quot;%1&quot; added to %2. The token above is shown only once; the file keeps its SHA-256.
</source>
        <translation>Client „%1“ zu %2 hinzugefügt. Das obige Token wird nur einmal angezeigt; die Datei speichert nur seinen SHA-256-Hash.
</translation>
    </message>
    <message>
        <source>Node database.</source>
        <translation>Knotendatenbank.</translation>
    </message>
    <message>
        <source>Files to import.</source>
        <translation>Zu importierende Dateien.</translation>
    </message>
    <message>
        <source>import needs --db FILE and at least one input file</source>
        <translation>import benötigt --db FILE und mindestens eine Eingabedatei</translation>
    </message>
    <message>
        <source>warning: gene catalog not loaded (%1); gene ids are kept as given
</source>
        <translation>Warnung: Genkatalog nicht geladen (%1); Gen-IDs werden unverändert übernommen
</translation>
    </message>
    <message numerus="yes">
        <source>imported %n case(s); the node holds %1</source>
        <translation>
            <numerusform>%n Fall importiert; der Knoten enthält %1</numerusform>
            <numerusform>%n Fälle importiert; der Knoten enthält %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Address.</source>
        <translation>Adresse.</translation>
    </message>
    <message>
        <source>Certificate.</source>
        <translation>Zertifikat.</translation>
    </message>
    <message>
        <source>Key.</source>
        <translation>Schlüssel.</translation>
    </message>
    <message>
        <source>Base path.</source>
        <translation>Basispfad.</translation>
    </message>
    <message>
        <source>Max results.</source>
        <translation>Maximale Anzahl Ergebnisse.</translation>
    </message>
    <message>
        <source>Min score.</source>
        <translation>Mindest-Score.</translation>
    </message>
    <message>
        <source>Disclaimer.</source>
        <translation>Haftungsausschluss.</translation>
    </message>
    <message>
        <source>Disclaimer file.</source>
        <translation>Datei mit dem Haftungsausschluss.</translation>
    </message>
    <message>
        <source>Max body.</source>
        <translation>Maximale Größe des Anfragekörpers.</translation>
    </message>
    <message>
        <source>Timeout.</source>
        <translation>Timeout.</translation>
    </message>
    <message>
        <source>Production node.</source>
        <translation>Knoten im Produktivbetrieb.</translation>
    </message>
    <message>
        <source>Contact.</source>
        <translation>Kontakt.</translation>
    </message>
    <message>
        <source>Contact URL.</source>
        <translation>Kontakt-URL.</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>serve needs --db FILE, --listen HOST:PORT and --clients FILE</source>
        <translation>serve benötigt --db FILE, --listen HOST:PORT und --clients FILE</translation>
    </message>
    <message>
        <source>--max-results must be an integer from 1 to 1000</source>
        <translation>--max-results muss eine ganze Zahl von 1 bis 1000 sein</translation>
    </message>
    <message>
        <source>--min-score must be a number from 0 to below 1</source>
        <translation>--min-score muss eine Zahl von 0 bis unter 1 sein</translation>
    </message>
    <message>
        <source>--max-body must be an integer of at least 1024</source>
        <translation>--max-body muss eine ganze Zahl von mindestens 1024 sein</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>--listen must be HOST:PORT, e.g. 127.0.0.1:8443</source>
        <translation>--listen muss die Form HOST:PORT haben, z. B. 127.0.0.1:8443</translation>
    </message>
    <message>
        <source>--listen: &quot;%1&quot; is not an IP address</source>
        <translation>--listen: „%1“ ist keine IP-Adresse</translation>
    </message>
    <message>
        <source>--tls-cert and --tls-key go together</source>
        <translation>--tls-cert und --tls-key müssen zusammen angegeben werden</translation>
    </message>
    <message>
        <source>No PEM certificate in %1</source>
        <translation>Kein PEM-Zertifikat in %1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>No usable PEM private key (RSA or EC) in %1</source>
        <translation>Kein verwendbarer privater PEM-Schlüssel (RSA oder EC) in %1</translation>
    </message>
    <message>
        <source>Refusing plain HTTP on %1: without --tls-cert/--tls-key the node only listens on loopback (127.0.0.1 or ::1)</source>
        <translation>Unverschlüsseltes HTTP auf %1 abgelehnt: ohne --tls-cert/--tls-key lauscht der Knoten nur auf Loopback (127.0.0.1 oder ::1)</translation>
    </message>
    <message>
        <source>warning: serving plain HTTP on loopback only; use --tls-cert/--tls-key for a real node
</source>
        <translation>Warnung: unverschlüsseltes HTTP nur auf Loopback; verwenden Sie --tls-cert/--tls-key für einen echten Knoten
</translation>
    </message>
    <message>
        <source>warning: no clients in %1; every request will be answered 401
</source>
        <translation>Warnung: keine Clients in %1; jede Anfrage wird mit 401 beantwortet
</translation>
    </message>
    <message>
        <source>Cannot load the HPO, which the node needs for matching: %1</source>
        <translation>Die HPO, die der Knoten für das Matching benötigt, kann nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>disease annotations</source>
        <translation>Krankheitsannotationen</translation>
    </message>
    <message>
        <source>warning: HPO annotations not loaded (%1); information content from the node&apos;s cases
</source>
        <translation>Warnung: HPO-Annotationen nicht geladen (%1); Informationsgehalt aus den Fällen des Knotens
</translation>
    </message>
    <message>
        <source>the node&apos;s cases</source>
        <translation>den Fällen des Knotens</translation>
    </message>
    <message>
        <source>warning: gene phenotype profiles not loaded (%1); scoring without them
</source>
        <translation>Warnung: Phänotypprofile der Gene nicht geladen (%1); Scoring ohne sie
</translation>
    </message>
    <message>
        <source>warning: gene catalog not loaded (%1); gene ids are checked by form only
</source>
        <translation>Warnung: Genkatalog nicht geladen (%1); Gen-IDs werden nur auf ihre Form geprüft
</translation>
    </message>
    <message>
        <source>Cannot set up signal handling</source>
        <translation>Die Signalbehandlung kann nicht eingerichtet werden</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) loaded in %1 ms (reference data %2 ms, database %3 ms, index %4 ms; information content from %5)</source>
        <translation>
            <numerusform>%n Fall in %1 ms geladen (Referenzdaten %2 ms, Datenbank %3 ms, Index %4 ms; Informationsgehalt aus %5)</numerusform>
            <numerusform>%n Fälle in %1 ms geladen (Referenzdaten %2 ms, Datenbank %3 ms, Index %4 ms; Informationsgehalt aus %5)</numerusform>
        </translation>
    </message>
    <message>
        <source>stopped
</source>
        <translation>beendet
</translation>
    </message>
    <message>
        <source>--request-timeout must be a number of seconds greater than 0 and at most 3600</source>
        <translation>--request-timeout muss eine Sekundenzahl größer als 0 und höchstens 3600 sein</translation>
    </message>
</context>
<context>
    <name>NodeEditDialog</name>
    <message>
        <source>&amp;Enabled: included in queries</source>
        <translation>&amp;Aktiviert: in Anfragen einbezogen</translation>
    </message>
    <message>
        <source>Add node</source>
        <translation>Knoten hinzufügen</translation>
    </message>
    <message>
        <source>Edit node %1</source>
        <translation>Knoten %1 bearbeiten</translation>
    </message>
    <message>
        <source>Node name</source>
        <translation>Knotenname</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>Basis-URL</translation>
    </message>
    <message>
        <source>https://node.example.org/mme</source>
        <translation>https://node.example.org/mme</translation>
    </message>
    <message>
        <source>MME API version</source>
        <translation>MME-API-Version</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Zugriffstoken</translation>
    </message>
    <message>
        <source>stored in the keychain – type to replace</source>
        <translation>im Schlüsselbund gespeichert – zum Ersetzen eintippen</translation>
    </message>
    <message>
        <source>X-Auth-Token</source>
        <translation>X-Auth-Token</translation>
    </message>
    <message>
        <source>The token is kept in the system keychain and never shown again.</source>
        <translation>Das Token wird im Schlüsselbund des Systems aufbewahrt und nie wieder angezeigt.</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Connect timeout</source>
        <translation>Verbindungs-Timeout</translation>
    </message>
    <message>
        <source>Total timeout</source>
        <translation>Gesamt-Timeout</translation>
    </message>
    <message>
        <source>CA bundle</source>
        <translation>CA-Bundle</translation>
    </message>
    <message>
        <source>system certificate store</source>
        <translation>Zertifikatsspeicher des Systems</translation>
    </message>
    <message>
        <source>Pinned public key</source>
        <translation>Fixierter öffentlicher Schlüssel</translation>
    </message>
    <message>
        <source>sha256//… (optional)</source>
        <translation>sha256//… (optional)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Base &amp;URL:</source>
        <translation>Basis-&amp;URL:</translation>
    </message>
    <message>
        <source>API &amp;version:</source>
        <translation>API-&amp;Version:</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>&amp;Connect timeout:</source>
        <translation>&amp;Verbindungs-Timeout:</translation>
    </message>
    <message>
        <source>T&amp;otal timeout:</source>
        <translation>&amp;Gesamt-Timeout:</translation>
    </message>
    <message>
        <source>CA &amp;bundle:</source>
        <translation>CA-&amp;Bundle:</translation>
    </message>
    <message>
        <source>&amp;Pinned key:</source>
        <translation>&amp;Fixierter Schlüssel:</translation>
    </message>
    <message>
        <source>Give the node a name.</source>
        <translation>Geben Sie dem Knoten einen Namen.</translation>
    </message>
    <message>
        <source>Enter the node&apos;s base URL (https://…).</source>
        <translation>Geben Sie die Basis-URL des Knotens ein (https://…).</translation>
    </message>
    <message>
        <source>Plain http is only allowed on this computer (localhost); use https.</source>
        <translation>Unverschlüsseltes http ist nur auf diesem Computer (localhost) erlaubt; verwenden Sie https.</translation>
    </message>
</context>
<context>
    <name>NodeHttpServer</name>
    <message>
        <source>Cannot listen on %1:%2: %3</source>
        <translation>Lauschen auf %1:%2 nicht möglich: %3</translation>
    </message>
</context>
<context>
    <name>NodeModel</name>
    <message>
        <source>Set by your IT department</source>
        <translation>Von Ihrer IT-Abteilung festgelegt</translation>
    </message>
    <message>
        <source>%1 (policy)</source>
        <translation>%1 (Richtlinie)</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>aktiviert</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>Basis-URL</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Last test</source>
        <translation>Letzter Test</translation>
    </message>
</context>
<context>
    <name>NodeRequestParser</name>
    <message>
        <source>invalid JSON: %1 at offset %2</source>
        <translation>ungültiges JSON: %1 bei Offset %2</translation>
    </message>
    <message>
        <source>the request body must be a JSON object with a &quot;patient&quot;</source>
        <translation>der Anfragekörper muss ein JSON-Objekt mit einem „patient“ sein</translation>
    </message>
    <message>
        <source>is mandatory</source>
        <translation>ist Pflicht</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a current HPO term</source>
        <translation>„%1“ ist kein aktueller HPO-Term</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an Ensembl gene id, Entrez id, HGNC id or HGNC symbol</source>
        <translation>„%1“ ist keine Ensembl-Gen-ID, Entrez-ID, HGNC-ID und kein HGNC-Symbol</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a known gene (HGNC)</source>
        <translation>„%1“ ist kein bekanntes Gen (HGNC)</translation>
    </message>
</context>
<context>
    <name>NodeResult</name>
    <message numerus="yes">
        <source>ok %n result(s) in %1 ms</source>
        <translation>
            <numerusform>OK, %n Ergebnis in %1 ms</numerusform>
            <numerusform>OK, %n Ergebnisse in %1 ms</numerusform>
        </translation>
    </message>
    <message>
        <source>timeout after %1 ms (%2)</source>
        <translation>Timeout nach %1 ms (%2)</translation>
    </message>
    <message>
        <source> (node supports %1)</source>
        <translation> (Knoten unterstützt %1)</translation>
    </message>
    <message numerus="yes">
        <source>; %n invalid result(s) dropped</source>
        <translation>
            <numerusform>; %n ungültiges Ergebnis verworfen</numerusform>
            <numerusform>; %n ungültige Ergebnisse verworfen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NodeService</name>
    <message>
        <source>no such resource; the node serves %1/match, %1/heartbeat and %1/metrics</source>
        <translation>keine solche Ressource; der Knoten bietet %1/match, %1/heartbeat und %1/metrics</translation>
    </message>
    <message>
        <source>method %1 not allowed; use %2</source>
        <translation>Methode %1 nicht erlaubt; verwenden Sie %2</translation>
    </message>
    <message>
        <source>missing X-Auth-Token</source>
        <translation>X-Auth-Token fehlt</translation>
    </message>
    <message>
        <source>invalid X-Auth-Token</source>
        <translation>ungültiges X-Auth-Token</translation>
    </message>
    <message>
        <source>request body larger than %1 bytes</source>
        <translation>Anfragekörper größer als %1 Bytes</translation>
    </message>
</context>
<context>
    <name>NodeStatus</name>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>timeout</source>
        <translation>Timeout</translation>
    </message>
    <message>
        <source>connection failed</source>
        <translation>Verbindung fehlgeschlagen</translation>
    </message>
    <message>
        <source>TLS error</source>
        <translation>TLS-Fehler</translation>
    </message>
    <message>
        <source>401 unauthorized</source>
        <translation>401 nicht autorisiert</translation>
    </message>
    <message>
        <source>406 version not accepted</source>
        <translation>406 Version nicht akzeptiert</translation>
    </message>
    <message>
        <source>HTTP error</source>
        <translation>HTTP-Fehler</translation>
    </message>
    <message>
        <source>malformed response</source>
        <translation>fehlerhafte Antwort</translation>
    </message>
    <message>
        <source>response too large</source>
        <translation>Antwort zu groß</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>nicht gesendet</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>NodeStatusStrip</name>
    <message>
        <source>◐ %1 · waiting…</source>
        <translation>◐ %1 · wartet…</translation>
    </message>
    <message>
        <source>%1: waiting for the answer</source>
        <translation>%1: wartet auf die Antwort</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 %2 · waiting…</source>
        <translation>%1 %2 · wartet…</translation>
    </message>
</context>
<context>
    <name>NodesDialog</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Deaktivieren</translation>
    </message>
    <message>
        <source>Matchmaker Exchange nodes</source>
        <translation>Matchmaker-Exchange-Knoten</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>Node settings are set by your IT department.</source>
        <translation>Die Knoteneinstellungen werden von Ihrer IT-Abteilung festgelegt.</translation>
    </message>
    <message>
        <source>Set by your IT department</source>
        <translation>Von Ihrer IT-Abteilung festgelegt</translation>
    </message>
    <message>
        <source>E&amp;nable</source>
        <translation>&amp;Aktivieren</translation>
    </message>
    <message>
        <source>Cannot add the node</source>
        <translation>Der Knoten kann nicht hinzugefügt werden</translation>
    </message>
    <message>
        <source>A node named %1 already exists.</source>
        <translation>Ein Knoten namens %1 existiert bereits.</translation>
    </message>
    <message>
        <source>Cannot save the node</source>
        <translation>Der Knoten kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Token not stored</source>
        <translation>Token nicht gespeichert</translation>
    </message>
    <message>
        <source>token stored in %1</source>
        <translation>Token gespeichert in %1</translation>
    </message>
    <message>
        <source>Remove node</source>
        <translation>Knoten entfernen</translation>
    </message>
    <message>
        <source>Remove the node %1 and its stored token? Matches already received are kept.</source>
        <translation>Den Knoten %1 und sein gespeichertes Token entfernen? Bereits erhaltene Treffer bleiben erhalten.</translation>
    </message>
    <message>
        <source>Cannot remove the node</source>
        <translation>Der Knoten kann nicht entfernt werden</translation>
    </message>
    <message>
        <source>testing…</source>
        <translation>wird getestet…</translation>
    </message>
</context>
<context>
    <name>OutgoingRequest</name>
    <message>
        <source>granted without a date</source>
        <translation>erteilt, ohne Datum</translation>
    </message>
    <message>
        <source>Patient %1 cannot be sent to matchmaking nodes: no recorded consent for matching (consent: %2). Record the consent and its date first.</source>
        <translation>Patient %1 kann nicht an Matchmaking-Knoten gesendet werden: keine erfasste Einwilligung in das Matching (Einwilligung: %2). Erfassen Sie zuerst die Einwilligung und ihr Datum.</translation>
    </message>
    <message>
        <source>Patient %1 cannot be sent: the responsible clinician (contact name and e-mail or contact URL) is missing.</source>
        <translation>Patient %1 kann nicht gesendet werden: der verantwortliche Arzt (Kontaktname und E-Mail oder Kontakt-URL) fehlt.</translation>
    </message>
    <message>
        <source>Patient %1 cannot be sent: it has neither an observed phenotype nor a candidate gene to match on.</source>
        <translation>Patient %1 kann nicht gesendet werden: es gibt weder einen beobachteten Phänotyp noch ein Kandidatengen für das Matching.</translation>
    </message>
    <message>
        <source>Patient %1 cannot be sent: no pseudonym.</source>
        <translation>Patient %1 kann nicht gesendet werden: kein Pseudonym.</translation>
    </message>
    <message>
        <source>Patient %1 cannot be sent: %2</source>
        <translation>Patient %1 kann nicht gesendet werden: %2</translation>
    </message>
    <message>
        <source>Patient %1 was not sent: the payload would contain its local id or label.</source>
        <translation>Patient %1 wurde nicht gesendet: die Nutzdaten würden seine lokale ID oder Bezeichnung enthalten.</translation>
    </message>
    <message>
        <source>(patient without id)</source>
        <translation>(Patient ohne ID)</translation>
    </message>
</context>
<context>
    <name>PatientDetailsPage</name>
    <message>
        <source>Add disorder</source>
        <translation>Erkrankung hinzufügen</translation>
    </message>
    <message>
        <source>Remove disorder</source>
        <translation>Erkrankung entfernen</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>e.g. initials and year; stays on this computer</source>
        <translation>z. B. Initialen und Jahr; bleibt auf diesem Computer</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Geschlecht</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Weiblich</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Männlich</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Divers</translation>
    </message>
    <message>
        <source>Consent to matchmaking</source>
        <translation>Einwilligung in das Matchmaking</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Nicht erfasst</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Erteilt</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Zurückgezogen</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>Datum der Einwilligung</translation>
    </message>
    <message>
        <source>Clinician name</source>
        <translation>Name der Ärztin / des Arztes</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Einrichtung</translation>
    </message>
    <message>
        <source>Clinician e-mail</source>
        <translation>E-Mail der Ärztin / des Arztes</translation>
    </message>
    <message>
        <source>Contact link</source>
        <translation>Kontakt-Link</translation>
    </message>
    <message>
        <source>mailto: address or https contact form</source>
        <translation>mailto:-Adresse oder https-Kontaktformular</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>&amp;Label (local only):</source>
        <translation>&amp;Bezeichnung (nur lokal):</translation>
    </message>
    <message>
        <source>Local id:</source>
        <translation>Lokale ID:</translation>
    </message>
    <message>
        <source>&amp;Sex:</source>
        <translation>&amp;Geschlecht:</translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>Responsible clinician (shared with matches)</source>
        <translation>Verantwortliche Ärztin / verantwortlicher Arzt (wird mit Treffern geteilt)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Institution:</source>
        <translation>&amp;Einrichtung:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>Contact &amp;link:</source>
        <translation>Kontakt-&amp;Link:</translation>
    </message>
    <message>
        <source>Disorder id</source>
        <translation>Erkrankungs-ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>Ausgeschlossen</translation>
    </message>
    <message>
        <source>Disorders</source>
        <translation>Erkrankungen</translation>
    </message>
    <message>
        <source>Disorders (OMIM / ORPHA)</source>
        <translation>Erkrankungen (OMIM / ORPHA)</translation>
    </message>
    <message>
        <source>This patient may be shared with matchmaking nodes.</source>
        <translation>Dieser Patient darf mit Matchmaking-Knoten geteilt werden.</translation>
    </message>
    <message>
        <source>Without granted consent (with its date) the patient cannot be sent to any node.</source>
        <translation>Ohne erteilte Einwilligung (mit Datum) kann der Patient an keinen Knoten gesendet werden.</translation>
    </message>
</context>
<context>
    <name>PatientImporter</name>
    <message>
        <source>%1: already in the database</source>
        <translation>%1: bereits in der Datenbank</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 wird importiert…</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Import abgeschlossen</translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s) imported from %1.</source>
        <translation>
            <numerusform>%n Patient aus %1 importiert.</numerusform>
            <numerusform>%n Patienten aus %1 importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) left out:</source>
        <translation>
            <numerusform>%n Datensatz ausgelassen:</numerusform>
            <numerusform>%n Datensätze ausgelassen:</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot import %1</source>
        <translation>%1 kann nicht importiert werden</translation>
    </message>
    <message>
        <source>Import variants from VCF</source>
        <translation>Varianten aus VCF importieren</translation>
    </message>
    <message>
        <source>VCF files (*.vcf *.vcf.gz *.bcf);;All files (*)</source>
        <translation>VCF-Dateien (*.vcf *.vcf.gz *.bcf);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export patient as phenopacket</source>
        <translation>Patient als Phenopacket exportieren</translation>
    </message>
    <message>
        <source>Phenopacket (*.json);;Compressed phenopacket (*.json.gz)</source>
        <translation>Phenopacket (*.json);;Komprimiertes Phenopacket (*.json.gz)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Wird exportiert…</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>PatientListModel</name>
    <message numerus="yes">
        <source>%1 (local id %2)
%n observed term(s)</source>
        <translation>
            <numerusform>%1 (lokale ID %2)
%n beobachteter Term</numerusform>
            <numerusform>%1 (lokale ID %2)
%n beobachtete Terme</numerusform>
        </translation>
    </message>
    <message>
        <source>Consent to matchmaking not recorded</source>
        <translation>Einwilligung in das Matchmaking nicht erfasst</translation>
    </message>
    <message numerus="yes">
        <source>%n observed term(s)</source>
        <translation>
            <numerusform>%n beobachteter Term</numerusform>
            <numerusform>%n beobachtete Terme</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new match(es)</source>
        <translation>
            <numerusform>%n neuer Treffer</numerusform>
            <numerusform>%n neue Treffer</numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Terme</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Last queried</source>
        <translation>Zuletzt abgefragt</translation>
    </message>
</context>
<context>
    <name>PatientListWidget</name>
    <message>
        <source>Search patients (Ctrl+F)</source>
        <translation>Patienten suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Search patients</source>
        <translation>Patienten suchen</translation>
    </message>
    <message>
        <source>Patient filter</source>
        <translation>Patientenfilter</translation>
    </message>
    <message>
        <source>All patients</source>
        <translation>Alle Patienten</translation>
    </message>
    <message>
        <source>With new matches</source>
        <translation>Mit neuen Treffern</translation>
    </message>
    <message>
        <source>Consent missing</source>
        <translation>Einwilligung fehlt</translation>
    </message>
    <message>
        <source>Never queried</source>
        <translation>Nie abgefragt</translation>
    </message>
    <message>
        <source>Not queried for 90 days</source>
        <translation>Seit 90 Tagen nicht abgefragt</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Patienten</translation>
    </message>
    <message>
        <source>No patients yet.
Create one (Ctrl+N) or import a phenopacket, MME JSON or VCF file (Ctrl+I).</source>
        <translation>Noch keine Patienten.
Legen Sie einen an (Strg+N) oder importieren Sie ein Phenopacket, eine MME-JSON- oder VCF-Datei (Strg+I).</translation>
    </message>
    <message>
        <source>No patient matches the search or filter.</source>
        <translation>Kein Patient entspricht der Suche oder dem Filter.</translation>
    </message>
</context>
<context>
    <name>PatientSummaryPane</name>
    <message>
        <source>&lt;h3&gt;Getting started&lt;/h3&gt;&lt;ol&gt;&lt;li&gt;Create or import a patient.&lt;/li&gt;&lt;li&gt;Record consent and the responsible clinician (Details).&lt;/li&gt;&lt;li&gt;Enter observed and excluded HPO terms (Phenotypes).&lt;/li&gt;&lt;li&gt;Add candidate genes or variants (Variants).&lt;/li&gt;&lt;li&gt;Find similar patients on the Matchmaker Exchange nodes.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;h3&gt;Erste Schritte&lt;/h3&gt;&lt;ol&gt;&lt;li&gt;Legen Sie einen Patienten an oder importieren Sie ihn.&lt;/li&gt;&lt;li&gt;Erfassen Sie die Einwilligung und die verantwortliche Ärztin bzw. den verantwortlichen Arzt (Details).&lt;/li&gt;&lt;li&gt;Geben Sie beobachtete und ausgeschlossene HPO-Terme ein (Phänotypen).&lt;/li&gt;&lt;li&gt;Fügen Sie Kandidatengene oder -varianten hinzu (Varianten).&lt;/li&gt;&lt;li&gt;Finden Sie ähnliche Patienten auf den Matchmaker-Exchange-Knoten.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>Consent granted on %1</source>
        <translation>Einwilligung erteilt am %1</translation>
    </message>
    <message>
        <source>Consent to matchmaking not recorded</source>
        <translation>Einwilligung in das Matchmaking nicht erfasst</translation>
    </message>
    <message numerus="yes">
        <source>%n observed term(s)</source>
        <translation>
            <numerusform>%n beobachteter Term</numerusform>
            <numerusform>%n beobachtete Terme</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n excluded</source>
        <translation>
            <numerusform>%n ausgeschlossen</numerusform>
            <numerusform>%n ausgeschlossen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n candidate variant(s)</source>
        <translation>
            <numerusform>%n Kandidatenvariante</numerusform>
            <numerusform>%n Kandidatenvarianten</numerusform>
        </translation>
    </message>
    <message>
        <source>No responsible clinician</source>
        <translation>Keine verantwortliche Ärztin / kein verantwortlicher Arzt</translation>
    </message>
    <message>
        <source>Contact: %1</source>
        <translation>Kontakt: %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <source>Local id: %1</source>
        <translation>Lokale ID: %1</translation>
    </message>
</context>
<context>
    <name>PhenopacketReader</name>
    <message>
        <source>&apos;%1&apos; is not a Phenopacket v2 schema version</source>
        <translation>„%1“ ist keine Phenopacket-v2-Schemaversion</translation>
    </message>
    <message>
        <source>%1: metaData missing</source>
        <translation>%1: metaData fehlt</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an HPO id (HP:nnnnnnn)</source>
        <translation>„%1“ ist keine HPO-ID (HP:nnnnnnn)</translation>
    </message>
    <message>
        <source>needs either gene or variantInterpretation</source>
        <translation>benötigt entweder gene oder variantInterpretation</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>not valid JSON (%1)</source>
        <translation>kein gültiges JSON (%1)</translation>
    </message>
    <message>
        <source>document %1</source>
        <translation>Dokument %1</translation>
    </message>
    <message>
        <source>must be a JSON object, not %1</source>
        <translation>muss ein JSON-Objekt sein, nicht %1</translation>
    </message>
    <message>
        <source>must be a JSON object (a phenopacket)</source>
        <translation>muss ein JSON-Objekt (ein Phenopacket) sein</translation>
    </message>
    <message>
        <source>import cancelled</source>
        <translation>Import abgebrochen</translation>
    </message>
    <message>
        <source>%1: HPO ids kept as given (no ontology loaded to map alternative and obsolete ids)</source>
        <translation>%1: HPO-IDs unverändert übernommen (keine Ontologie geladen, um alternative und obsolete IDs zuzuordnen)</translation>
    </message>
    <message>
        <source>%1: %2 is an alternative id, mapped to %3</source>
        <translation>%1: %2 ist eine alternative ID, zugeordnet zu %3</translation>
    </message>
    <message>
        <source>%1: %2 is obsolete, replaced by %3</source>
        <translation>%1: %2 ist obsolet, ersetzt durch %3</translation>
    </message>
    <message>
        <source>%1: %2 is obsolete without replacement, kept as given</source>
        <translation>%1: %2 ist obsolet ohne Ersatz, unverändert übernommen</translation>
    </message>
    <message>
        <source>%1: %2 is not in the ontology, kept as given</source>
        <translation>%1: %2 ist nicht in der Ontologie, unverändert übernommen</translation>
    </message>
    <message>
        <source>%1 is not a sex enum value (0-3)</source>
        <translation>%1 ist kein Wert der Aufzählung sex (0–3)</translation>
    </message>
    <message>
        <source>must be a string, not %1</source>
        <translation>muss eine Zeichenkette sein, nicht %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of UNKNOWN_SEX, FEMALE, MALE, OTHER_SEX</source>
        <translation>„%1“ ist keiner der Werte UNKNOWN_SEX, FEMALE, MALE, OTHER_SEX</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an ACMG classification</source>
        <translation>„%1“ ist keine ACMG-Klassifikation</translation>
    </message>
    <message>
        <source>%1 is not an ACMG classification</source>
        <translation>%1 ist keine ACMG-Klassifikation</translation>
    </message>
    <message>
        <source>must be a 1-based position (at least 1), not %1</source>
        <translation>muss eine 1-basierte Position sein (mindestens 1), nicht %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a GENO id</source>
        <translation>„%1“ ist keine GENO-ID</translation>
    </message>
</context>
<context>
    <name>PhenotypeFeatureModel</name>
    <message>
        <source>%1 is not a current HPO term</source>
        <translation>%1 ist kein aktueller HPO-Term</translation>
    </message>
    <message>
        <source>Redundant: %1 is an ancestor of %2, which is also observed</source>
        <translation>Redundant: %1 ist ein Vorfahre von %2, das ebenfalls beobachtet ist</translation>
    </message>
    <message>
        <source>Conflict: %1 is both observed and excluded</source>
        <translation>Widerspruch: %1 ist sowohl beobachtet als auch ausgeschlossen</translation>
    </message>
    <message>
        <source>Conflict: %1 is excluded but its descendant %2 is observed</source>
        <translation>Widerspruch: %1 ist ausgeschlossen, aber sein Nachfahre %2 ist beobachtet</translation>
    </message>
    <message>
        <source>English: %1 (machine translation, not yet approved)</source>
        <translation>Englisch: %1 (maschinelle Übersetzung, noch nicht freigegeben)</translation>
    </message>
    <message>
        <source>English: %1</source>
        <translation>Englisch: %1</translation>
    </message>
    <message>
        <source>excluded</source>
        <translation>ausgeschlossen</translation>
    </message>
    <message>
        <source>observed</source>
        <translation>beobachtet</translation>
    </message>
    <message>
        <source>Phenotype</source>
        <translation>Phänotyp</translation>
    </message>
    <message>
        <source>HPO id</source>
        <translation>HPO-ID</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Onset</source>
        <translation>Beginn</translation>
    </message>
</context>
<context>
    <name>PhenotypesPage</name>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>Add &amp;observed</source>
        <translation>&amp;Beobachtet hinzufügen</translation>
    </message>
    <message>
        <source>Add e&amp;xcluded</source>
        <translation>&amp;Ausgeschlossen hinzufügen</translation>
    </message>
    <message>
        <source>Observed ⇄ excluded</source>
        <translation>Beobachtet ⇄ ausgeschlossen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Search HPO terms</source>
        <translation>HPO-Terme suchen</translation>
    </message>
    <message>
        <source>HPO suggestions</source>
        <translation>HPO-Vorschläge</translation>
    </message>
    <message>
        <source>Return adds the highlighted term as observed, Shift+Return as excluded; ↑/↓ choose.</source>
        <translation>Eingabe fügt den markierten Term als beobachtet hinzu, Umschalt+Eingabe als ausgeschlossen; ↑/↓ wählen.</translation>
    </message>
    <message>
        <source>Onset of the next term</source>
        <translation>Beginn des nächsten Terms</translation>
    </message>
    <message>
        <source>Phenotype profile</source>
        <translation>Phänotypprofil</translation>
    </message>
    <message>
        <source>&amp;Find term:</source>
        <translation>Term &amp;suchen:</translation>
    </message>
    <message>
        <source>O&amp;nset:</source>
        <translation>Be&amp;ginn:</translation>
    </message>
    <message>
        <source>Type a phenotype, synonym or HPO id (Ctrl+T), e.g. “seizure” or HP:0001250</source>
        <translation>Phänotyp, Synonym oder HPO-ID eingeben (Strg+T), z. B. „Krampfanfall“ oder HP:0001250</translation>
    </message>
    <message>
        <source>Loading the Human Phenotype Ontology…</source>
        <translation>Human Phenotype Ontology wird geladen…</translation>
    </message>
    <message>
        <source>Onset unknown</source>
        <translation>Beginn unbekannt</translation>
    </message>
    <message numerus="yes">
        <source>%n observed</source>
        <translation>
            <numerusform>%n beobachtet</numerusform>
            <numerusform>%n beobachtet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n excluded</source>
        <translation>
            <numerusform>%n ausgeschlossen</numerusform>
            <numerusform>%n ausgeschlossen</numerusform>
        </translation>
    </message>
    <message>
        <source>low – add more specific terms</source>
        <translation>niedrig – fügen Sie spezifischere Terme hinzu</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>mittel</translation>
    </message>
    <message>
        <source>high</source>
        <translation>hoch</translation>
    </message>
    <message>
        <source>specificity: %1 (total information content %2)</source>
        <translation>Spezifität: %1 (gesamter Informationsgehalt %2)</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Set by your IT department</source>
        <translation>Von Ihrer IT-Abteilung festgelegt</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>System default</source>
        <extracomment>Language choice: follow the operating system&apos;s language.</extracomment>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>Also the language of HPO term labels; candidate (machine) translations are shown in italics, terms without a translation in English. Data sent to other nodes always uses HPO ids and English labels.</source>
        <translation>Auch die Sprache der HPO-Termbezeichnungen; vorläufige (maschinelle) Übersetzungen werden kursiv angezeigt, Terme ohne Übersetzung auf Englisch. An andere Knoten gesendete Daten verwenden immer HPO-IDs und englische Bezeichnungen.</translation>
    </message>
    <message>
        <source>Show a desktop notification when watched patients have new matches</source>
        <translation>Desktop-Benachrichtigung anzeigen, wenn beobachtete Patienten neue Treffer haben</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Täglich</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Wöchentlich</translation>
    </message>
    <message>
        <source>Only when I ask</source>
        <translation>Nur auf Anfrage</translation>
    </message>
    <message>
        <source>Watch a patient for new matches after their first query</source>
        <translation>Einen Patienten nach seiner ersten Anfrage auf neue Treffer beobachten</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Notifications:</source>
        <translation>Benachrichtigungen:</translation>
    </message>
    <message>
        <source>Check for new &amp;matches:</source>
        <translation>Auf neue &amp;Treffer prüfen:</translation>
    </message>
    <message>
        <source>Minimum &amp;score for alerts:</source>
        <translation>Mindest-&amp;Score für Benachrichtigungen:</translation>
    </message>
    <message>
        <source>Watching:</source>
        <translation>Beobachtung:</translation>
    </message>
    <message>
        <source>Some settings are managed by your IT department: they are shown greyed out and cannot be changed here.</source>
        <translation>Einige Einstellungen werden von Ihrer IT-Abteilung verwaltet: Sie werden ausgegraut angezeigt und können hier nicht geändert werden.</translation>
    </message>
</context>
<context>
    <name>ProgressTask</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>Pseudonymizer</name>
    <message>
        <source>The pseudonym key in the keychain is too short (%1 bytes); expected %2</source>
        <translation>Der Pseudonym-Schlüssel im Schlüsselbund ist zu kurz (%1 Bytes); erwartet %2</translation>
    </message>
    <message>
        <source>Cannot read the pseudonym key from the %1: %2</source>
        <translation>Der Pseudonym-Schlüssel kann nicht aus %1 gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot store the new pseudonym key in the %1: %2</source>
        <translation>Der neue Pseudonym-Schlüssel kann nicht in %1 gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>QueryPerturbation</name>
    <message>
        <source>Invalid perturbation &apos;%1&apos; (expected imprecision=P in [0,1], noise=K &gt;= 0, drop=D in [0,1))</source>
        <translation>Ungültige Störung „%1“ (erwartet imprecision=P in [0,1], noise=K &gt;= 0, drop=D in [0,1))</translation>
    </message>
</context>
<context>
    <name>ResultRecorder</name>
    <message>
        <source>results not saved: %1</source>
        <translation>Ergebnisse nicht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>Cannot read the demo secret file %1: %2</source>
        <translation>Die Demo-Geheimnisdatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The demo secret file %1 is damaged: %2</source>
        <translation>Die Demo-Geheimnisdatei %1 ist beschädigt: %2</translation>
    </message>
    <message>
        <source>Cannot write the demo secret file %1: %2</source>
        <translation>Die Demo-Geheimnisdatei %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>demo secret file %1 (NOT SECURE, demo only)</source>
        <translation>Demo-Geheimnisdatei %1 (NICHT SICHER, nur für Demos)</translation>
    </message>
    <message>
        <source>No secret &apos;%1&apos; in the %2</source>
        <translation>Kein Geheimnis „%1“ in %2</translation>
    </message>
    <message>
        <source>in-memory secret store (tests and demo only)</source>
        <translation>Geheimnisspeicher im Arbeitsspeicher (nur für Tests und Demos)</translation>
    </message>
    <message>
        <source>OS keychain (service &quot;%1&quot;)</source>
        <translation>Schlüsselbund des Systems (Dienst „%1“)</translation>
    </message>
    <message>
        <source>OS keychain: cannot read &apos;%1&apos;: %2</source>
        <translation>Schlüsselbund des Systems: „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>OS keychain: cannot store &apos;%1&apos;: %2</source>
        <translation>Schlüsselbund des Systems: „%1“ kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>OS keychain: cannot remove &apos;%1&apos;: %2</source>
        <translation>Schlüsselbund des Systems: „%1“ kann nicht entfernt werden: %2</translation>
    </message>
</context>
<context>
    <name>SecretStoreFactory</name>
    <message>
        <source>Unknown secret store &apos;%1&apos; (MATCHDESK_KEYCHAIN): use system, memory or file:PATH</source>
        <translation>Unbekannter Geheimnisspeicher „%1“ (MATCHDESK_KEYCHAIN): verwenden Sie system, memory oder file:PFAD</translation>
    </message>
</context>
<context>
    <name>SendPreviewDialog</name>
    <message>
        <source>Find similar patients – what will be sent</source>
        <translation>Ähnliche Patienten finden – was gesendet wird</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;The profile below will be sent to &lt;b&gt;%n node(s)&lt;/b&gt;: %1.&lt;/p&gt;&lt;p&gt;The nodes see the pseudonym &lt;tt&gt;%2&lt;/tt&gt;, never the label or local id. The clinician contact is shared so that matches can reach you.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;Das folgende Profil wird an &lt;b&gt;%n Knoten&lt;/b&gt; gesendet: %1.&lt;/p&gt;&lt;p&gt;Die Knoten sehen das Pseudonym &lt;tt&gt;%2&lt;/tt&gt;, nie die Bezeichnung oder lokale ID. Der Kontakt der Ärztin bzw. des Arztes wird geteilt, damit Treffer Sie erreichen können.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;Das folgende Profil wird an &lt;b&gt;%n Knoten&lt;/b&gt; gesendet: %1.&lt;/p&gt;&lt;p&gt;Die Knoten sehen das Pseudonym &lt;tt&gt;%2&lt;/tt&gt;, nie die Bezeichnung oder lokale ID. Der Kontakt der Ärztin bzw. des Arztes wird geteilt, damit Treffer Sie erreichen können.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>POST %1 (%2)</source>
        <translation>POST %1 (%2)</translation>
    </message>
    <message>
        <source>Fields: %1</source>
        <translation>Felder: %1</translation>
    </message>
    <message>
        <source>Request body for %1</source>
        <translation>Anfragekörper für %1</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>Database %1: %2: %3</source>
        <translation>Datenbank %1: %2: %3</translation>
    </message>
    <message>
        <source>cannot open</source>
        <translation>kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Database %1: %2</source>
        <translation>Datenbank %1: %2</translation>
    </message>
    <message>
        <source>Cannot create backup %1</source>
        <translation>Sicherung %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Backup of %1 to %2 failed: %3</source>
        <translation>Sicherung von %1 nach %2 fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>Database %1: %2 failed: %3 (%4)</source>
        <translation>Datenbank %1: %2 fehlgeschlagen: %3 (%4)</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the database</source>
        <translation>Der Ordner %1 für die Datenbank kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>%1 is not a MatchDesk database (it belongs to another application)</source>
        <translation>%1 ist keine MatchDesk-Datenbank (sie gehört zu einer anderen Anwendung)</translation>
    </message>
    <message>
        <source>%1 is not a MatchDesk database (it holds other tables)</source>
        <translation>%1 ist keine MatchDesk-Datenbank (sie enthält andere Tabellen)</translation>
    </message>
    <message>
        <source>%1 was written by a newer MatchDesk (schema %2; this version reads up to %3)</source>
        <translation>%1 wurde von einer neueren MatchDesk-Version geschrieben (Schema %2; diese Version liest bis %3)</translation>
    </message>
    <message>
        <source>The database %1 is damaged: %2. Restore it from a backup (the folder holds copies made before each upgrade).</source>
        <translation>Die Datenbank %1 ist beschädigt: %2. Stellen Sie sie aus einer Sicherung wieder her (der Ordner enthält Kopien, die vor jedem Upgrade angelegt wurden).</translation>
    </message>
    <message>
        <source>%1 is not a MatchDesk database or is damaged (file is not a database)</source>
        <translation>%1 ist keine MatchDesk-Datenbank oder ist beschädigt (Datei ist keine Datenbank)</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was saved</source>
        <translation>Import abgebrochen: nichts wurde gespeichert</translation>
    </message>
    <message>
        <source>A patient needs a local id</source>
        <translation>Ein Patient braucht eine lokale ID</translation>
    </message>
    <message>
        <source>A patient with the local id &quot;%1&quot; already exists</source>
        <translation>Ein Patient mit der lokalen ID „%1“ existiert bereits</translation>
    </message>
    <message>
        <source>Patient %1 (row %2) no longer exists</source>
        <translation>Patient %1 (Zeile %2) existiert nicht mehr</translation>
    </message>
    <message>
        <source>A node needs a name and a valid base URL</source>
        <translation>Ein Knoten braucht einen Namen und eine gültige Basis-URL</translation>
    </message>
    <message>
        <source>Match %1 does not exist</source>
        <translation>Treffer %1 existiert nicht</translation>
    </message>
</context>
<context>
    <name>TermBrowserWidget</name>
    <message>
        <source>Add as &amp;observed</source>
        <translation>Als &amp;beobachtet hinzufügen</translation>
    </message>
    <message>
        <source>Add as e&amp;xcluded</source>
        <translation>Als &amp;ausgeschlossen hinzufügen</translation>
    </message>
    <message>
        <source>Term definition</source>
        <translation>Termdefinition</translation>
    </message>
    <message>
        <source>Parent terms</source>
        <translation>Übergeordnete Terme</translation>
    </message>
    <message>
        <source>Child terms</source>
        <translation>Untergeordnete Terme</translation>
    </message>
    <message>
        <source>&amp;Parents</source>
        <translation>Über&amp;geordnet</translation>
    </message>
    <message>
        <source>C&amp;hildren</source>
        <translation>Unter&amp;geordnet</translation>
    </message>
    <message>
        <source>&lt;h3&gt;HPO browser&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;HPO-Browser&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;HPO browser&lt;/h3&gt;&lt;p&gt;Loading the ontology…&lt;/p&gt;</source>
        <translation>&lt;h3&gt;HPO-Browser&lt;/h3&gt;&lt;p&gt;Die Ontologie wird geladen…&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:gray&apos;&gt;Select a suggestion or a term of the profile to see its definition, parents and children.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:gray&apos;&gt;Wählen Sie einen Vorschlag oder einen Term des Profils, um Definition, übergeordnete und untergeordnete Terme zu sehen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 · English: %2</source>
        <translation>%1 · Englisch: %2</translation>
    </message>
    <message>
        <source>%1 · English: %2 · machine translation, not yet approved</source>
        <translation>%1 · Englisch: %2 · maschinelle Übersetzung, noch nicht freigegeben</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:gray&apos;&gt;No definition.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:gray&apos;&gt;Keine Definition.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Synonyms:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Synonyme:&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>TermSuggestionModel</name>
    <message>
        <source>%1  ·  %2  (synonym: %3)</source>
        <translation>%1  ·  %2  (Synonym: %3)</translation>
    </message>
    <message>
        <source>%1  ·  %2</source>
        <translation>%1  ·  %2</translation>
    </message>
    <message>
        <source>English: %1 (machine translation, not yet approved)</source>
        <translation>Englisch: %1 (maschinelle Übersetzung, noch nicht freigegeben)</translation>
    </message>
    <message>
        <source>English: %1</source>
        <translation>Englisch: %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>VariantEditDialog</name>
    <message>
        <source>Add variant</source>
        <translation>Variante hinzufügen</translation>
    </message>
    <message>
        <source>Edit variant</source>
        <translation>Variante bearbeiten</translation>
    </message>
    <message>
        <source>Gene</source>
        <translation>Gen</translation>
    </message>
    <message>
        <source>HGNC symbol, alias, HGNC:, Ensembl or Entrez id</source>
        <translation>HGNC-Symbol, Alias, HGNC:-, Ensembl- oder Entrez-ID</translation>
    </message>
    <message>
        <source>HGVS coding</source>
        <translation>HGVS kodierend</translation>
    </message>
    <message>
        <source>e.g. NM_000059.4:c.1310_1313del</source>
        <translation>z. B. NM_000059.4:c.1310_1313del</translation>
    </message>
    <message>
        <source>HGVS protein</source>
        <translation>HGVS Protein</translation>
    </message>
    <message>
        <source>e.g. NP_000050.3:p.(Lys437IlefsTer22)</source>
        <translation>z. B. NP_000050.3:p.(Lys437IlefsTer22)</translation>
    </message>
    <message>
        <source>Assembly</source>
        <translation>Assembly</translation>
    </message>
    <message>
        <source>no coordinates</source>
        <translation>keine Koordinaten</translation>
    </message>
    <message>
        <source>Chromosome</source>
        <translation>Chromosom</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Reference allele</source>
        <translation>Referenzallel</translation>
    </message>
    <message>
        <source>Alternate allele</source>
        <translation>Alternatives Allel</translation>
    </message>
    <message>
        <source>Zygosity</source>
        <translation>Zygotie</translation>
    </message>
    <message>
        <source>ACMG class</source>
        <translation>ACMG-Klasse</translation>
    </message>
    <message>
        <source>chr</source>
        <translation>chr</translation>
    </message>
    <message>
        <source>&amp;Gene:</source>
        <translation>&amp;Gen:</translation>
    </message>
    <message>
        <source>HGVS &amp;c.:</source>
        <translation>HGVS &amp;c.:</translation>
    </message>
    <message>
        <source>HGVS &amp;p.:</source>
        <translation>HGVS &amp;p.:</translation>
    </message>
    <message>
        <source>Coo&amp;rdinates:</source>
        <translation>Koo&amp;rdinaten:</translation>
    </message>
    <message>
        <source>&amp;Zygosity:</source>
        <translation>&amp;Zygotie:</translation>
    </message>
    <message>
        <source>&amp;ACMG class:</source>
        <translation>&amp;ACMG-Klasse:</translation>
    </message>
    <message>
        <source>Enter the gene.</source>
        <translation>Geben Sie das Gen ein.</translation>
    </message>
    <message>
        <source>The HGNC catalog is still loading; the gene will be kept as typed.</source>
        <translation>Der HGNC-Katalog wird noch geladen; das Gen wird wie eingegeben übernommen.</translation>
    </message>
    <message>
        <source>%1 is an alias of %2 (%3).</source>
        <translation>%1 ist ein Alias von %2 (%3).</translation>
    </message>
    <message>
        <source>%1 is a previous symbol of %2 (%3).</source>
        <translation>%1 ist ein früheres Symbol von %2 (%3).</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>%1 verwenden</translation>
    </message>
    <message>
        <source>✓ %1 (%2)</source>
        <translation>✓ %1 (%2)</translation>
    </message>
    <message>
        <source>%1 is ambiguous: it may mean %2. Enter the approved symbol.</source>
        <translation>%1 ist mehrdeutig: es kann %2 bedeuten. Geben Sie das gültige Symbol ein.</translation>
    </message>
    <message>
        <source>%1 is not in the HGNC catalog.</source>
        <translation>%1 ist nicht im HGNC-Katalog.</translation>
    </message>
</context>
<context>
    <name>VariantModel</name>
    <message>
        <source>heterozygous</source>
        <translation>heterozygot</translation>
    </message>
    <message>
        <source>homozygous</source>
        <translation>homozygot</translation>
    </message>
    <message>
        <source>hemizygous</source>
        <translation>hemizygot</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Benign</source>
        <translation>Benigne</translation>
    </message>
    <message>
        <source>Likely benign</source>
        <translation>Wahrscheinlich benigne</translation>
    </message>
    <message>
        <source>Uncertain significance</source>
        <translation>Unklare Signifikanz</translation>
    </message>
    <message>
        <source>Likely pathogenic</source>
        <translation>Wahrscheinlich pathogen</translation>
    </message>
    <message>
        <source>Pathogenic</source>
        <translation>Pathogen</translation>
    </message>
    <message>
        <source>not classified</source>
        <translation>nicht klassifiziert</translation>
    </message>
    <message>
        <source>%1 chr%2:%3 %4&gt;%5</source>
        <translation>%1 chr%2:%3 %4&gt;%5</translation>
    </message>
    <message>
        <source>Gene not validated against HGNC</source>
        <translation>Gen nicht gegen HGNC geprüft</translation>
    </message>
    <message>
        <source>Gene</source>
        <translation>Gen</translation>
    </message>
    <message>
        <source>HGVS</source>
        <translation>HGVS</translation>
    </message>
    <message>
        <source>Coordinates</source>
        <translation>Koordinaten</translation>
    </message>
    <message>
        <source>Zygosity</source>
        <translation>Zygotie</translation>
    </message>
    <message>
        <source>ACMG class</source>
        <translation>ACMG-Klasse</translation>
    </message>
</context>
<context>
    <name>VariantsPage</name>
    <message>
        <source>&amp;Add variant…</source>
        <translation>Variante &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>&amp;Import from VCF…</source>
        <translation>Aus VCF &amp;importieren…</translation>
    </message>
    <message>
        <source>Candidate variants</source>
        <translation>Kandidatenvarianten</translation>
    </message>
    <message>
        <source>No candidate variants. Add one by hand or import them from the patient&apos;s VCF.</source>
        <translation>Keine Kandidatenvarianten. Fügen Sie eine von Hand hinzu oder importieren Sie sie aus der VCF-Datei des Patienten.</translation>
    </message>
</context>
<context>
    <name>VcfImportDialog</name>
    <message>
        <source>Only records that &amp;PASS the filters</source>
        <translation>Nur Datensätze, die die Filter &amp;bestehen (PASS)</translation>
    </message>
    <message>
        <source>Import variants from %1</source>
        <translation>Varianten aus %1 importieren</translation>
    </message>
    <message>
        <source>Sample (proband)</source>
        <translation>Probe (Indexpatient)</translation>
    </message>
    <message>
        <source>Minimum QUAL</source>
        <translation>Minimale QUAL</translation>
    </message>
    <message>
        <source>Minimum genotype quality</source>
        <translation>Minimale Genotypqualität</translation>
    </message>
    <message>
        <source>Maximum population allele frequency</source>
        <translation>Maximale Allelfrequenz in der Population</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>keine Grenze</translation>
    </message>
    <message>
        <source>≤ 1 %</source>
        <translation>≤ 1 %</translation>
    </message>
    <message>
        <source>≤ 0.1 %</source>
        <translation>≤ 0,1 %</translation>
    </message>
    <message>
        <source>≤ 0.01 %</source>
        <translation>≤ 0,01 %</translation>
    </message>
    <message>
        <source>Genes</source>
        <translation>Gene</translation>
    </message>
    <message>
        <source>all genes (or a list: KMT2D, CHD7)</source>
        <translation>alle Gene (oder eine Liste: KMT2D, CHD7)</translation>
    </message>
    <message>
        <source>Minimum predicted impact</source>
        <translation>Minimale vorhergesagte Auswirkung</translation>
    </message>
    <message>
        <source>any (also unannotated records)</source>
        <translation>beliebig (auch nicht annotierte Datensätze)</translation>
    </message>
    <message>
        <source>low or higher</source>
        <translation>niedrig oder höher</translation>
    </message>
    <message>
        <source>moderate or higher</source>
        <translation>moderat oder höher</translation>
    </message>
    <message>
        <source>high only</source>
        <translation>nur hoch</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>&amp;Sample:</source>
        <translation>&amp;Probe:</translation>
    </message>
    <message>
        <source>Minimum &amp;QUAL:</source>
        <translation>Minimale &amp;QUAL:</translation>
    </message>
    <message>
        <source>Minimum &amp;GQ:</source>
        <translation>Minimale &amp;GQ:</translation>
    </message>
    <message>
        <source>Population &amp;frequency:</source>
        <translation>Populations&amp;frequenz:</translation>
    </message>
    <message>
        <source>&amp;Genes:</source>
        <translation>&amp;Gene:</translation>
    </message>
    <message>
        <source>Predicted &amp;impact:</source>
        <translation>Vorhergesagte &amp;Auswirkung:</translation>
    </message>
    <message>
        <source>sites only (no genotypes)</source>
        <translation>nur Positionen (keine Genotypen)</translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %n sample(s). Choose the proband and which records to keep.</source>
        <translation>
            <numerusform>%1 enthält %n Probe. Wählen Sie den Indexpatienten und die zu übernehmenden Datensätze.</numerusform>
            <numerusform>%1 enthält %n Proben. Wählen Sie den Indexpatienten und die zu übernehmenden Datensätze.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>Cannot import the VCF</source>
        <translation>Die VCF-Datei kann nicht importiert werden</translation>
    </message>
</context>
<context>
    <name>VcfReader</name>
    <message>
        <source>the file does not exist</source>
        <translation>die Datei existiert nicht</translation>
    </message>
    <message>
        <source>cannot open the file</source>
        <translation>die Datei kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>not a VCF or BCF file (no ##fileformat=VCF header)</source>
        <translation>keine VCF- oder BCF-Datei (kein Header ##fileformat=VCF)</translation>
    </message>
    <message>
        <source>missing or invalid header lines (##fileformat and the #CHROM line are required)</source>
        <translation>fehlende oder ungültige Header-Zeilen (##fileformat und die #CHROM-Zeile sind erforderlich)</translation>
    </message>
    <message>
        <source>no sample &apos;%1&apos; in the file (samples: %2)</source>
        <translation>keine Probe „%1“ in der Datei (Proben: %2)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>the file has %1 samples (%2): choose the proband</source>
        <translation>die Datei enthält %1 Proben (%2): wählen Sie den Indexpatienten</translation>
    </message>
    <message>
        <source>cannot select sample &apos;%1&apos;</source>
        <translation>Probe „%1“ kann nicht ausgewählt werden</translation>
    </message>
    <message>
        <source>%1: the assembly is not named in the header; variants have no assembly</source>
        <translation>%1: das Assembly ist im Header nicht benannt; Varianten haben kein Assembly</translation>
    </message>
    <message>
        <source>truncated or corrupt data</source>
        <translation>unvollständige oder beschädigte Daten</translation>
    </message>
    <message>
        <source>invalid record (htslib error %1: %2)</source>
        <translation>ungültiger Datensatz (htslib-Fehler %1: %2)</translation>
    </message>
    <message>
        <source>contig not declared in the header</source>
        <translation>Contig im Header nicht deklariert</translation>
    </message>
    <message>
        <source>tag not declared in the header</source>
        <translation>Tag im Header nicht deklariert</translation>
    </message>
    <message>
        <source>wrong number of columns</source>
        <translation>falsche Spaltenanzahl</translation>
    </message>
    <message>
        <source>value out of range</source>
        <translation>Wert außerhalb des gültigen Bereichs</translation>
    </message>
    <message>
        <source>malformed field</source>
        <translation>fehlerhaftes Feld</translation>
    </message>
    <message>
        <source>the record uses a contig, INFO or FORMAT tag that the header does not declare</source>
        <translation>der Datensatz verwendet ein Contig-, INFO- oder FORMAT-Tag, das der Header nicht deklariert</translation>
    </message>
    <message>
        <source>not a valid position</source>
        <translation>keine gültige Position</translation>
    </message>
    <message>
        <source>import cancelled</source>
        <translation>Import abgebrochen</translation>
    </message>
    <message>
        <source>the reference allele is missing</source>
        <translation>das Referenzallel fehlt</translation>
    </message>
</context>
<context>
    <name>WatchControl</name>
    <message>
        <source>Watch for new matches</source>
        <translation>Auf neue Treffer beobachten</translation>
    </message>
    <message>
        <source>Check now</source>
        <translation>Jetzt prüfen</translation>
    </message>
    <message>
        <source>Query the enabled nodes again on a schedule and raise an alert for new or changed matches.</source>
        <translation>Die aktivierten Knoten regelmäßig erneut abfragen und bei neuen oder geänderten Treffern benachrichtigen.</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Täglich</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Wöchentlich</translation>
    </message>
    <message>
        <source>On request</source>
        <translation>Auf Anfrage</translation>
    </message>
    <message>
        <source>Minimum score for an alert</source>
        <translation>Mindest-Score für eine Benachrichtigung</translation>
    </message>
    <message>
        <source>Matches scoring below this (local score) are recorded without an alert.</source>
        <translation>Treffer mit niedrigerem (lokalem) Score werden ohne Benachrichtigung erfasst.</translation>
    </message>
    <message>
        <source>alert from score </source>
        <translation>Benachrichtigung ab Score </translation>
    </message>
    <message>
        <source>Query the enabled nodes for this patient in the background now</source>
        <translation>Die aktivierten Knoten jetzt im Hintergrund für diesen Patienten abfragen</translation>
    </message>
    <message>
        <source>Consent to matchmaking is not recorded for this patient.</source>
        <translation>Für diesen Patienten ist keine Einwilligung in das Matchmaking erfasst.</translation>
    </message>
    <message>
        <source>not checked yet</source>
        <translation>noch nicht geprüft</translation>
    </message>
    <message>
        <source>last checked %1</source>
        <translation>zuletzt geprüft %1</translation>
    </message>
    <message>
        <source>Cannot save the watch</source>
        <translation>Die Beobachtung kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Cannot check now</source>
        <translation>Jetzt prüfen nicht möglich</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Print the version and the reference data in use.</source>
        <translation>Version und verwendete Referenzdaten ausgeben.</translation>
    </message>
    <message>
        <source>Database file (default: MATCHDESK_DB, else the per-user data folder).</source>
        <translation>Datenbankdatei (Standard: MATCHDESK_DB, sonst der Datenordner des Benutzers).</translation>
    </message>
    <message>
        <source>Settings file (default: MATCHDESK_SETTINGS, else the per-user location).</source>
        <translation>Einstellungsdatei (Standard: MATCHDESK_SETTINGS, sonst der Speicherort des Benutzers).</translation>
    </message>
    <message>
        <source>Print start-up timings (ms) and quit once the ontology is loaded.</source>
        <translation>Startzeiten (ms) ausgeben und beenden, sobald die Ontologie geladen ist.</translation>
    </message>
    <message>
        <source>MatchDesk: federated rare-disease patient matching (Matchmaker Exchange).</source>
        <translation>MatchDesk: föderiertes Matching von Patienten mit seltenen Erkrankungen (Matchmaker Exchange).</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Die Datenbank kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>No keychain</source>
        <translation>Kein Schlüsselbund</translation>
    </message>
</context>
</TS>
