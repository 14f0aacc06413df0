<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About MatchDesk</source>
        <translation>Over MatchDesk</translation>
    </message>
    <message>
        <source>not loaded</source>
        <translation>niet geladen</translation>
    </message>
    <message>
        <source>&lt;h2&gt;MatchDesk&lt;/h2&gt;&lt;p&gt;Federated rare-disease patient matching over the Matchmaker Exchange API.&lt;/p&gt;&lt;pre&gt;%1&lt;/pre&gt;</source>
        <translation>&lt;h2&gt;MatchDesk&lt;/h2&gt;&lt;p&gt;Gefedereerde matching van patiënten met zeldzame aandoeningen via de Matchmaker Exchange-API.&lt;/p&gt;&lt;pre&gt;%1&lt;/pre&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Human Phenotype Ontology&lt;/h3&gt;&lt;p&gt;This application uses the Human Phenotype Ontology (release &lt;b&gt;%1&lt;/b&gt;). Find out more at &lt;a href=&apos;https://hpo.jax.org&apos;&gt;hpo.jax.org&lt;/a&gt;. The HPO is developed by the HPO Consortium; please cite Gargano MA et al., “The Human Phenotype Ontology in 2024: phenotypes around the world”, Nucleic Acids Research 2024.&lt;/p&gt;&lt;h3&gt;HGNC&lt;/h3&gt;&lt;p&gt;Gene symbols and identifiers from the HUGO Gene Nomenclature Committee (&lt;a href=&apos;https://www.genenames.org&apos;&gt;genenames.org&lt;/a&gt;), freely available without restriction (Seal RL et al., Nucleic Acids Research 2023).&lt;/p&gt;&lt;h3&gt;Phenopacket store&lt;/h3&gt;&lt;p&gt;Example cases from the GA4GH phenopacket-store (see its licence notice below).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Human Phenotype Ontology&lt;/h3&gt;&lt;p&gt;Deze applicatie gebruikt de Human Phenotype Ontology (release &lt;b&gt;%1&lt;/b&gt;). Meer informatie op &lt;a href=&apos;https://hpo.jax.org&apos;&gt;hpo.jax.org&lt;/a&gt;. De HPO wordt ontwikkeld door het HPO-consortium; citeer a.u.b. Gargano MA et al., “The Human Phenotype Ontology in 2024: phenotypes around the world”, Nucleic Acids Research 2024.&lt;/p&gt;&lt;h3&gt;HGNC&lt;/h3&gt;&lt;p&gt;Gensymbolen en -identificatoren van het HUGO Gene Nomenclature Committee (&lt;a href=&apos;https://www.genenames.org&apos;&gt;genenames.org&lt;/a&gt;), vrij en zonder beperkingen beschikbaar (Seal RL et al., Nucleic Acids Research 2023).&lt;/p&gt;&lt;h3&gt;Phenopacket store&lt;/h3&gt;&lt;p&gt;Voorbeeldcasussen uit de GA4GH phenopacket-store (zie de licentievermelding hieronder).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Dankbetuigingen</translation>
    </message>
    <message>
        <source>HPO licence</source>
        <translation>HPO-licentie</translation>
    </message>
    <message>
        <source>HGNC licence</source>
        <translation>HGNC-licentie</translation>
    </message>
    <message>
        <source>Phenopacket store licence</source>
        <translation>Licentie van de phenopacket store</translation>
    </message>
</context>
<context>
    <name>AlertInbox</name>
    <message>
        <source>Alerts</source>
        <translation>Meldingen</translation>
    </message>
    <message>
        <source>Show reviewed alerts</source>
        <translation>Beoordeelde meldingen tonen</translation>
    </message>
    <message>
        <source>Open match</source>
        <translation>Match openen</translation>
    </message>
    <message>
        <source>Mark reviewed</source>
        <translation>Als beoordeeld markeren</translation>
    </message>
    <message>
        <source>No unread alerts. Watched patients are queried again on their schedule; new or changed matches appear here.</source>
        <translation>Geen ongelezen meldingen. Gevolgde patiënten worden volgens hun schema opnieuw bevraagd; nieuwe of gewijzigde matches verschijnen hier.</translation>
    </message>
    <message>
        <source>Cannot mark the alert reviewed</source>
        <translation>Kan de melding niet als beoordeeld markeren</translation>
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
        <translation>Nieuwe match</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Gewijzigd</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Ingetrokken</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patiënt</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Node</translation>
    </message>
    <message>
        <source>Remote id</source>
        <translation>Externe id</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
</context>
<context>
    <name>AlertNotifier</name>
    <message>
        <source>Show alerts</source>
        <translation>Meldingen tonen</translation>
    </message>
    <message>
        <source>MatchDesk: no unread alerts</source>
        <translation>MatchDesk: geen ongelezen meldingen</translation>
    </message>
    <message numerus="yes">
        <source>MatchDesk: %n unread alert(s)</source>
        <translation>
            <numerusform>MatchDesk: %n ongelezen melding</numerusform>
            <numerusform>MatchDesk: %n ongelezen meldingen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AlertReason</name>
    <message>
        <source>new match on %1</source>
        <translation>nieuwe match op %1</translation>
    </message>
    <message>
        <source>new shared gene %1</source>
        <translation>nieuw gedeeld gen %1</translation>
    </message>
    <message>
        <source>new variant %1</source>
        <translation>nieuwe variant %1</translation>
    </message>
    <message>
        <source>score rose to %1</source>
        <translation>score gestegen naar %1</translation>
    </message>
    <message>
        <source>returned again by its node</source>
        <translation>opnieuw teruggegeven door de node</translation>
    </message>
    <message>
        <source>no longer returned by %1</source>
        <translation>niet meer teruggegeven door %1</translation>
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
            <numerusform>MatchDesk: %n patiënt met nieuws</numerusform>
            <numerusform>MatchDesk: %n patiënten met nieuws</numerusform>
        </translation>
    </message>
    <message>
        <source>No new matches.</source>
        <translation>Geen nieuwe matches.</translation>
    </message>
    <message numerus="yes">
        <source>%n new match(es)</source>
        <translation>
            <numerusform>%n nieuwe match</numerusform>
            <numerusform>%n nieuwe matches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed match(es)</source>
        <translation>
            <numerusform>%n gewijzigde match</numerusform>
            <numerusform>%n gewijzigde matches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n withdrawn match(es)</source>
        <translation>
            <numerusform>%n ingetrokken match</numerusform>
            <numerusform>%n ingetrokken matches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 for %n patient(s)</source>
        <extracomment>%1 is a list such as &quot;3 new matches, 1 changed match&quot;; the plural is about patients.</extracomment>
        <translation>
            <numerusform>%1 voor %n patiënt</numerusform>
            <numerusform>%1 voor %n patiënten</numerusform>
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
        <translation>Auditlog</translation>
    </message>
    <message>
        <source>Patient filter</source>
        <translation>Patiëntfilter</translation>
    </message>
    <message>
        <source>Node filter</source>
        <translation>Nodefilter</translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation>Auditregels</translation>
    </message>
    <message>
        <source>All patients</source>
        <translation>Alle patiënten</translation>
    </message>
    <message>
        <source>All destinations</source>
        <translation>Alle ontvangers</translation>
    </message>
    <message>
        <source>&amp;Patient:</source>
        <translation>&amp;Patiënt:</translation>
    </message>
    <message>
        <source>&amp;Node:</source>
        <translation>&amp;Node:</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies)</source>
        <translation>
            <numerusform>%n regel</numerusform>
            <numerusform>%n regels</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>Pseudonym seen by the destination: %1
SHA-256 of the bytes sent: %2
Fields: %3</source>
        <translation>Pseudoniem zoals gezien door de ontvanger: %1
SHA-256 van de verzonden bytes: %2
Velden: %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>deleted patient #%1</source>
        <translation>verwijderde patiënt #%1</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s)</source>
        <translation>
            <numerusform>%n veld</numerusform>
            <numerusform>%n velden</numerusform>
        </translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patiënt</translation>
    </message>
    <message>
        <source>Sent to</source>
        <translation>Verzonden naar</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Gegevens</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultaat</translation>
    </message>
</context>
<context>
    <name>ClientRegistry</name>
    <message>
        <source>Cannot read the clients file %1: %2</source>
        <translation>Kan het clientbestand %1 niet lezen: %2</translation>
    </message>
    <message>
        <source>The clients file %1 is not a JSON object (%2 at offset %3)</source>
        <translation>Het clientbestand %1 is geen JSON-object (%2 op positie %3)</translation>
    </message>
    <message>
        <source>The clients file %1 has no &quot;clients&quot; array</source>
        <translation>Het clientbestand %1 bevat geen array &quot;clients&quot;</translation>
    </message>
    <message>
        <source>The clients file %1: entry clients[%2] needs a &quot;name&quot; and a 64-hex &quot;sha256&quot;</source>
        <translation>Clientbestand %1: item clients[%2] heeft een &quot;name&quot; en een &quot;sha256&quot; van 64 hexadecimale tekens nodig</translation>
    </message>
    <message>
        <source>Cannot write the clients file %1: %2</source>
        <translation>Kan het clientbestand %1 niet schrijven: %2</translation>
    </message>
    <message>
        <source>A client needs a name</source>
        <translation>Een client moet een naam hebben</translation>
    </message>
    <message>
        <source>A client named &quot;%1&quot; already exists</source>
        <translation>Er bestaat al een client met de naam &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>ConnectionGuard</name>
    <message>
        <source>request body of %1 bytes is larger than the limit of %2 bytes</source>
        <translation>request body van %1 bytes is groter dan de limiet van %2 bytes</translation>
    </message>
    <message>
        <source>request header larger than %1 bytes</source>
        <translation>request header groter dan %1 bytes</translation>
    </message>
    <message>
        <source>request body larger than the limit of %1 bytes</source>
        <translation>request body groter dan de limiet van %1 bytes</translation>
    </message>
    <message>
        <source>request not complete within %1 ms</source>
        <translation>request niet binnen %1 ms voltooid</translation>
    </message>
</context>
<context>
    <name>Crypto</name>
    <message>
        <source>SHA-256 computation failed (OpenSSL)</source>
        <translation>SHA-256-berekening mislukt (OpenSSL)</translation>
    </message>
    <message>
        <source>HMAC-SHA256 computation failed (OpenSSL)</source>
        <translation>HMAC-SHA256-berekening mislukt (OpenSSL)</translation>
    </message>
    <message>
        <source>The system random generator failed (OpenSSL RAND_bytes)</source>
        <translation>De willekeurige-getallengenerator van het systeem is mislukt (OpenSSL RAND_bytes)</translation>
    </message>
</context>
<context>
    <name>CurlTransport</name>
    <message>
        <source>&apos;%1&apos; is not a valid URL</source>
        <translation>&apos;%1&apos; is geen geldige URL</translation>
    </message>
    <message>
        <source>plain http:// is refused for %1: patient data is only sent over https (http:// is allowed to this computer only)</source>
        <translation>onversleuteld http:// wordt geweigerd voor %1: patiëntgegevens worden alleen via https verzonden (http:// is alleen naar deze computer toegestaan)</translation>
    </message>
    <message>
        <source>unsupported URL scheme &apos;%1&apos; (https:// only)</source>
        <translation>niet-ondersteund URL-schema &apos;%1&apos; (alleen https://)</translation>
    </message>
    <message>
        <source>response larger than %1 bytes</source>
        <translation>antwoord groter dan %1 bytes</translation>
    </message>
    <message>
        <source>libcurl could not set up the request</source>
        <translation>libcurl kon het verzoek niet voorbereiden</translation>
    </message>
</context>
<context>
    <name>CurrentPatient</name>
    <message>
        <source>Cannot open the patient</source>
        <translation>Kan de patiënt niet openen</translation>
    </message>
    <message>
        <source>Cannot save the patient</source>
        <translation>Kan de patiënt niet opslaan</translation>
    </message>
</context>
<context>
    <name>EvalCommand</name>
    <message>
        <source>Retrieval evaluation of phenotype matching on phenopackets (recall@k, MRR)</source>
        <translation>Retrieval-evaluatie van fenotypematching op phenopackets (recall@k, MRR)</translation>
    </message>
    <message>
        <source>Cross-publication leave-one-out retrieval on phenopackets: each case with an observed term and a gene queries the cases of other publications by phenotype; a hit is a case with the same gene.</source>
        <translation>Leave-one-out-retrieval over publicaties heen op phenopackets: elke casus met een waargenomen kenmerk en een gen bevraagt op fenotype de casussen uit andere publicaties; een treffer is een casus met hetzelfde gen.</translation>
    </message>
    <message>
        <source>Phenopackets to search (default: dev set).</source>
        <translation>Te doorzoeken phenopackets (standaard: ontwikkelset).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>bestand</translation>
    </message>
    <message>
        <source>Separate query phenopackets (default: leave-one-out on the index).</source>
        <translation>Afzonderlijke query-phenopackets (standaard: leave-one-out op de index).</translation>
    </message>
    <message>
        <source>Phenotype measure: %1, or &apos;all&apos; (default: combined).</source>
        <translation>Fenotypemaat: %1, of &apos;all&apos; (standaard: gecombineerd).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>naam</translation>
    </message>
    <message>
        <source>Perturb queries: imprecision=P,noise=K,drop=D.</source>
        <translation>Query&apos;s verstoren: imprecision=P,noise=K,drop=D.</translation>
    </message>
    <message>
        <source>spec</source>
        <translation>spec</translation>
    </message>
    <message>
        <source>Random seed for --perturb (default 1).</source>
        <translation>Random seed voor --perturb (standaard 1).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Weights of the combined measure: exact,ontology,geneProfile.</source>
        <translation>Gewichten van de gecombineerde maat: exact,ontology,geneProfile.</translation>
    </message>
    <message>
        <source>e,o,g</source>
        <translation>e,o,g</translation>
    </message>
    <message>
        <source>Penalty weight for contradicted excluded terms (default 0).</source>
        <translation>Strafgewicht voor tegengesproken uitgesloten kenmerken (standaard 0).</translation>
    </message>
    <message>
        <source>w</source>
        <translation>w</translation>
    </message>
    <message>
        <source>IC corpus: annotations (default) or cases.</source>
        <translation>IC-corpus: annotations (standaard) of cases.</translation>
    </message>
    <message>
        <source>corpus</source>
        <translation>corpus</translation>
    </message>
    <message>
        <source>Worker threads (default: all cores).</source>
        <translation>Worker-threads (standaard: alle cores).</translation>
    </message>
    <message>
        <source>Print JSON instead of a table.</source>
        <translation>JSON uitvoeren in plaats van een tabel.</translation>
    </message>
    <message>
        <source>Invalid --seed</source>
        <translation>Ongeldige --seed</translation>
    </message>
    <message>
        <source>Invalid --weights (expected three numbers e,o,g)</source>
        <translation>Ongeldige --weights (drie getallen e,o,g verwacht)</translation>
    </message>
    <message>
        <source>Invalid --excluded-penalty</source>
        <translation>Ongeldige --excluded-penalty</translation>
    </message>
    <message>
        <source>Unknown measure &apos;%1&apos;</source>
        <translation>Onbekende maat &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Unknown --ic corpus &apos;%1&apos;</source>
        <translation>Onbekend --ic-corpus &apos;%1&apos;</translation>
    </message>
    <message>
        <source>warning: no gene profiles: %1</source>
        <translation>waarschuwing: geen genprofielen: %1</translation>
    </message>
    <message>
        <source>HPO %1; index %2 (%3 cases)</source>
        <translation>HPO %1; index %2 (%3 casussen)</translation>
    </message>
    <message>
        <source>; queries %1 (%2 cases)</source>
        <translation>; query&apos;s %1 (%2 casussen)</translation>
    </message>
    <message>
        <source>; cross-publication leave-one-out</source>
        <translation>; leave-one-out over publicaties heen</translation>
    </message>
    <message>
        <source>; perturbed %1, seed %2</source>
        <translation>; verstoord %1, seed %2</translation>
    </message>
    <message>
        <source>measure</source>
        <translation>maat</translation>
    </message>
    <message>
        <source>queries</source>
        <translation>query&apos;s</translation>
    </message>
</context>
<context>
    <name>FederatedQuery</name>
    <message>
        <source>unknown node &apos;%1&apos;</source>
        <translation>onbekende node &apos;%1&apos;</translation>
    </message>
    <message>
        <source>node &apos;%1&apos; is disabled</source>
        <translation>node &apos;%1&apos; is uitgeschakeld</translation>
    </message>
    <message>
        <source>A federated query is already running</source>
        <translation>Er loopt al een gefedereerde zoekopdracht</translation>
    </message>
    <message>
        <source>No enabled node to query: add a node first (matchdesk-cli nodes add)</source>
        <translation>Geen ingeschakelde node om te bevragen: voeg eerst een node toe (matchdesk-cli nodes add)</translation>
    </message>
    <message>
        <source>Cannot compute the patient&apos;s pseudonym: %1</source>
        <translation>Kan het pseudoniem van de patiënt niet berekenen: %1</translation>
    </message>
    <message>
        <source>no X-Auth-Token stored for node %1 (matchdesk-cli nodes add --token-stdin)</source>
        <translation>geen X-Auth-Token opgeslagen voor node %1 (matchdesk-cli nodes add --token-stdin)</translation>
    </message>
    <message>
        <source>cancelled by the user</source>
        <translation>geannuleerd door de gebruiker</translation>
    </message>
</context>
<context>
    <name>FormatError</name>
    <message>
        <source>line %1</source>
        <translation>regel %1</translation>
    </message>
    <message>
        <source>record %1</source>
        <translation>record %1</translation>
    </message>
</context>
<context>
    <name>FormatFiles</name>
    <message>
        <source>cannot write the file (%1)</source>
        <translation>kan het bestand niet schrijven (%1)</translation>
    </message>
</context>
<context>
    <name>GeneCatalog</name>
    <message>
        <source>%1:1: not an HGNC table (the header lacks hgnc_id or symbol)</source>
        <translation>%1:1: geen HGNC-tabel (in de header ontbreekt hgnc_id of symbol)</translation>
    </message>
    <message>
        <source>%1:%2: field hgnc_id: &apos;%3&apos; is not an HGNC id</source>
        <translation>%1:%2: veld hgnc_id: &apos;%3&apos; is geen HGNC-id</translation>
    </message>
    <message>
        <source>%1: the gene catalog is empty</source>
        <translation>%1: de gencatalogus is leeg</translation>
    </message>
    <message>
        <source>Cannot read the gene catalog %1: %2</source>
        <translation>Kan de gencatalogus %1 niet lezen: %2</translation>
    </message>
</context>
<context>
    <name>GenePhenotypeProfiles</name>
    <message>
        <source>No genes_to_phenotype.txt in %1</source>
        <translation>Geen genes_to_phenotype.txt in %1</translation>
    </message>
</context>
<context>
    <name>Gzip</name>
    <message>
        <source>cannot start the gzip decoder (out of memory)</source>
        <translation>de gzip-decoder kan niet worden gestart (onvoldoende geheugen)</translation>
    </message>
    <message>
        <source>corrupt compressed data</source>
        <translation>beschadigde gecomprimeerde gegevens</translation>
    </message>
    <message>
        <source>corrupt compressed data (%1)</source>
        <translation>beschadigde gecomprimeerde gegevens (%1)</translation>
    </message>
    <message>
        <source>out of memory while decompressing</source>
        <translation>onvoldoende geheugen tijdens het decomprimeren</translation>
    </message>
    <message>
        <source>truncated compressed data (the file ends inside the gzip stream)</source>
        <translation>afgebroken gecomprimeerde gegevens (het bestand eindigt midden in de gzip-stroom)</translation>
    </message>
    <message>
        <source>cannot open the file (%1)</source>
        <translation>het bestand kan niet worden geopend (%1)</translation>
    </message>
    <message>
        <source>cannot read the file (%1)</source>
        <translation>het bestand kan niet worden gelezen (%1)</translation>
    </message>
    <message>
        <source>cannot start the gzip encoder (out of memory)</source>
        <translation>de gzip-encoder kan niet worden gestart (onvoldoende geheugen)</translation>
    </message>
    <message>
        <source>cannot compress the data (zlib error %1)</source>
        <translation>de gegevens kunnen niet worden gecomprimeerd (zlib-fout %1)</translation>
    </message>
</context>
<context>
    <name>HeartbeatResult</name>
    <message>
        <source>ok in %1 ms: %2, version %3, accepts %4</source>
        <translation>ok in %1 ms: %2, versie %3, accepteert %4</translation>
    </message>
    <message>
        <source>production</source>
        <translation>productie</translation>
    </message>
    <message>
        <source>not production</source>
        <translation>geen productie</translation>
    </message>
</context>
<context>
    <name>HpoOntology</name>
    <message>
        <source>malformed stanza header</source>
        <translation>ongeldige stanza-header</translation>
    </message>
    <message>
        <source>expected &apos;tag: value&apos;</source>
        <translation>&apos;tag: value&apos; verwacht</translation>
    </message>
    <message>
        <source>empty id</source>
        <translation>lege id</translation>
    </message>
    <message>
        <source>empty is_a</source>
        <translation>lege is_a</translation>
    </message>
    <message>
        <source>definition is not a quoted string</source>
        <translation>definitie is geen string tussen aanhalingstekens</translation>
    </message>
    <message>
        <source>synonym is not a quoted string</source>
        <translation>synoniem is geen string tussen aanhalingstekens</translation>
    </message>
    <message>
        <source>unknown synonym scope &apos;%1&apos;</source>
        <translation>onbekend synoniembereik &apos;%1&apos;</translation>
    </message>
    <message>
        <source>[Term] without id</source>
        <translation>[Term] zonder id</translation>
    </message>
    <message>
        <source>duplicate term id %1</source>
        <translation>dubbele term-id %1</translation>
    </message>
    <message>
        <source>term %1 has unknown parent %2</source>
        <translation>term %1 heeft onbekende ouderterm %2</translation>
    </message>
    <message>
        <source>term %1 has obsolete parent %2</source>
        <translation>term %1 heeft verouderde ouderterm %2</translation>
    </message>
    <message>
        <source>%1: is_a cycle involving %2</source>
        <translation>%1: is_a-cyclus met %2</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Kan %1 niet openen: %2</translation>
    </message>
    <message>
        <source>No hp.obo.gz or hp.obo in %1</source>
        <translation>Geen hp.obo.gz of hp.obo in %1</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, regel %2: %3</translation>
    </message>
</context>
<context>
    <name>InformationContent</name>
    <message>
        <source>No genes_to_phenotype.txt or phenotype.hpoa in %1</source>
        <translation>Geen genes_to_phenotype.txt of phenotype.hpoa in %1</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Kan %1 niet openen: %2</translation>
    </message>
</context>
<context>
    <name>JsonFields</name>
    <message>
        <source>required field missing</source>
        <translation>verplicht veld ontbreekt</translation>
    </message>
    <message>
        <source>must be a string, not %1</source>
        <translation>moet een string zijn, geen %1</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>mag niet leeg zijn</translation>
    </message>
    <message>
        <source>must be true or false, not %1</source>
        <translation>moet true of false zijn, niet %1</translation>
    </message>
    <message>
        <source>must be an object, not %1</source>
        <translation>moet een object zijn, geen %1</translation>
    </message>
    <message>
        <source>must be an array, not %1</source>
        <translation>moet een array zijn, geen %1</translation>
    </message>
    <message>
        <source>must be an integer, not %1</source>
        <translation>moet een geheel getal zijn, geen %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an integer</source>
        <translation>&apos;%1&apos; is geen geheel getal</translation>
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
        <translation>&lt;h3&gt;Geen patiënt geopend&lt;/h3&gt;&lt;p&gt;Kies links een patiënt, maak een nieuwe aan (Ctrl+N) of importeer casussen uit een phenopacket-, MME JSON- of VCF-bestand (Ctrl+I).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>New patient</source>
        <translation>Nieuwe patiënt</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importeren…</translation>
    </message>
    <message>
        <source>&amp;Phenotypes</source>
        <translation>&amp;Fenotypes</translation>
    </message>
    <message>
        <source>&amp;Variants</source>
        <translation>&amp;Varianten</translation>
    </message>
    <message>
        <source>&amp;Matches</source>
        <translation>&amp;Matches</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <source>Loading the Human Phenotype Ontology…</source>
        <translation>Human Phenotype Ontology wordt geladen…</translation>
    </message>
    <message>
        <source>HPO not available</source>
        <translation>HPO niet beschikbaar</translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s) imported</source>
        <translation>
            <numerusform>%n patiënt geïmporteerd</numerusform>
            <numerusform>%n patiënten geïmporteerd</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking for new matches failed: %1</source>
        <translation>Zoeken naar nieuwe matches mislukt: %1</translation>
    </message>
    <message>
        <source>&amp;New patient</source>
        <translation>&amp;Nieuwe patiënt</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importeren…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>&amp;Export patient…</source>
        <translation>Patiënt &amp;exporteren…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Delete patient…</source>
        <translation>Patiënt ver&amp;wijderen…</translation>
    </message>
    <message>
        <source>Ctrl+Del</source>
        <translation>Ctrl+Del</translation>
    </message>
    <message>
        <source>&amp;Undo delete</source>
        <translation>Verwijderen &amp;ongedaan maken</translation>
    </message>
    <message>
        <source>&amp;Find similar patients…</source>
        <translation>&amp;Vergelijkbare patiënten zoeken…</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>N&amp;odes…</source>
        <translation>&amp;Nodes…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>&amp;Audit log…</source>
        <translation>&amp;Auditlog…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>&amp;About MatchDesk</source>
        <translation>&amp;Over MatchDesk</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>Search &amp;patients</source>
        <translation>&amp;Patiënten zoeken</translation>
    </message>
    <message>
        <source>P&amp;references…</source>
        <translation>&amp;Voorkeuren…</translation>
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
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <source>&amp;Patient</source>
        <translation>&amp;Patiënt</translation>
    </message>
    <message>
        <source>Phenotypes</source>
        <translation>Fenotypes</translation>
    </message>
    <message>
        <source>Variants</source>
        <translation>Varianten</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Matches</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>E&amp;xtra</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hoofdwerkbalk</translation>
    </message>
    <message>
        <source>Cannot create the patient</source>
        <translation>Kan de patiënt niet aanmaken</translation>
    </message>
    <message>
        <source>Patient %1 created</source>
        <translation>Patiënt %1 aangemaakt</translation>
    </message>
    <message>
        <source>Delete patient</source>
        <translation>Patiënt verwijderen</translation>
    </message>
    <message>
        <source>Delete %1 with its phenotypes, variants and matches?
You can undo this (Ctrl+Z) until MatchDesk is closed.</source>
        <translation>%1 verwijderen, met alle fenotypes, varianten en matches?
U kunt dit ongedaan maken (Ctrl+Z) zolang MatchDesk open is.</translation>
    </message>
    <message>
        <source>%1 deleted. Undo with Ctrl+Z.</source>
        <translation>%1 verwijderd. Ongedaan maken met Ctrl+Z.</translation>
    </message>
    <message>
        <source>Delete undone</source>
        <translation>Verwijderen ongedaan gemaakt</translation>
    </message>
    <message>
        <source>Send this patient&apos;s profile to the enabled nodes (%1)</source>
        <translation>Het profiel van deze patiënt naar de ingeschakelde nodes sturen (%1)</translation>
    </message>
    <message>
        <source>%1 – MatchDesk</source>
        <translation>%1 – MatchDesk</translation>
    </message>
    <message numerus="yes">
        <source>HPO %1 · %n term(s)</source>
        <translation>
            <numerusform>HPO %1 · %n term</numerusform>
            <numerusform>HPO %1 · %n termen</numerusform>
        </translation>
    </message>
    <message>
        <source>Human Phenotype Ontology release %1, © the HPO Consortium (see Help › About)</source>
        <translation>Human Phenotype Ontology release %1, © het HPO-consortium (zie Help › Over)</translation>
    </message>
    <message>
        <source>Import patients</source>
        <translation>Patiënten importeren</translation>
    </message>
    <message>
        <source>Patient files (*.json *.jsonl *.json.gz *.jsonl.gz *.vcf *.vcf.gz *.bcf);;Phenopackets (*.json *.jsonl *.json.gz *.jsonl.gz);;MME patient JSON (*.json);;VCF (*.vcf *.vcf.gz *.bcf);;All files (*)</source>
        <translation>Patiëntbestanden (*.json *.jsonl *.json.gz *.jsonl.gz *.vcf *.vcf.gz *.bcf);;Phenopackets (*.json *.jsonl *.json.gz *.jsonl.gz);;MME-patiënt-JSON (*.json);;VCF (*.vcf *.vcf.gz *.bcf);;Alle bestanden (*)</translation>
    </message>
    <message numerus="yes">
        <source>Alerts (%n)</source>
        <extracomment>Toolbar action and dock title; %n is the number of unread alerts.</extracomment>
        <translation>
            <numerusform>Meldingen (%n)</numerusform>
            <numerusform>Meldingen (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Meldingen</translation>
    </message>
    <message numerus="yes">
        <source>%n unread alert(s): new or changed matches of watched patients</source>
        <translation>
            <numerusform>%n ongelezen melding: nieuwe of gewijzigde matches van gevolgde patiënten</numerusform>
            <numerusform>%n ongelezen meldingen: nieuwe of gewijzigde matches van gevolgde patiënten</numerusform>
        </translation>
    </message>
    <message>
        <source>No unread alerts</source>
        <translation>Geen ongelezen meldingen</translation>
    </message>
</context>
<context>
    <name>MatchDetailWidget</name>
    <message>
        <source>&amp;Copy e-mail</source>
        <translation>E-mailadres &amp;kopiëren</translation>
    </message>
    <message>
        <source>Open contact &amp;link</source>
        <translation>Contact&amp;link openen</translation>
    </message>
    <message>
        <source>Triage status</source>
        <translation>Triagestatus</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Notes on this match (kept on this computer)</source>
        <translation>Notities bij deze match (blijven op deze computer)</translation>
    </message>
    <message>
        <source>Query term</source>
        <translation>Zoekterm</translation>
    </message>
    <message>
        <source>Matched in the remote case</source>
        <translation>Gematcht in de externe casus</translation>
    </message>
    <message>
        <source>Phenotype explanation</source>
        <translation>Fenotypeverklaring</translation>
    </message>
    <message>
        <source>Match details</source>
        <translation>Matchdetails</translation>
    </message>
    <message>
        <source>Select a match to see why it matched and how to contact its clinician.</source>
        <translation>Selecteer een match om te zien waarom deze matcht en hoe u de behandelend arts kunt bereiken.</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otities:</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;%2 · score &lt;b&gt;%3&lt;/b&gt; (node score %4)&lt;/p&gt;</source>
        <translation>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;%2 · score &lt;b&gt;%3&lt;/b&gt; (nodescore %4)&lt;/p&gt;</translation>
    </message>
    <message>
        <source>— no similar term</source>
        <translation>— geen vergelijkbare term</translation>
    </message>
    <message>
        <source>= %1</source>
        <translation>= %1</translation>
    </message>
    <message>
        <source>%1 (via %2)</source>
        <translation>%1 (via %2)</translation>
    </message>
    <message>
        <source>Information content of the shared ancestor: %1</source>
        <translation>Informatie-inhoud van de gemeenschappelijke voorouder: %1</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Shared genes&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;Gedeelde genen&lt;/h4&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:gray&apos;&gt;No shared gene.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:gray&apos;&gt;Geen gedeeld gen.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n identical variant(s)</source>
        <translation>
            <numerusform>%n identieke variant</numerusform>
            <numerusform>%n identieke varianten</numerusform>
        </translation>
    </message>
    <message>
        <source>different variants</source>
        <translation>verschillende varianten</translation>
    </message>
    <message>
        <source>, same zygosity</source>
        <translation>, dezelfde zygotie</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Contradictions&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;Tegenstrijdigheden&lt;/h4&gt;</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Disclaimer of %1&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;Disclaimer van %1&lt;/h4&gt;</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Remote record %1&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;Extern record %1&lt;/h4&gt;</translation>
    </message>
</context>
<context>
    <name>MatchModel</name>
    <message>
        <source>new</source>
        <translation>nieuw</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>beoordeeld</translation>
    </message>
    <message>
        <source>contacted</source>
        <translation>gecontacteerd</translation>
    </message>
    <message>
        <source>collaborating</source>
        <translation>in samenwerking</translation>
    </message>
    <message>
        <source>not relevant</source>
        <translation>niet relevant</translation>
    </message>
    <message>
        <source>MatchDesk score %1 (phenotype %2, genotype %3): comparable across nodes</source>
        <translation>MatchDesk-score %1 (fenotype %2, genotype %3): vergelijkbaar tussen nodes</translation>
    </message>
    <message>
        <source>The node&apos;s own score: not comparable between nodes</source>
        <translation>De eigen score van de node: niet vergelijkbaar tussen nodes</translation>
    </message>
    <message>
        <source>No longer returned by %1</source>
        <translation>Niet meer teruggegeven door %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 (withdrawn)</source>
        <translation>%1 (ingetrokken)</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Node score</source>
        <translation>Nodescore</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Node</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Genes</source>
        <translation>Genen</translation>
    </message>
    <message>
        <source>Key shared phenotypes</source>
        <translation>Belangrijkste gedeelde fenotypes</translation>
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
        <translation>Vergelijkbare patiënten zoeken…</translation>
    </message>
    <message>
        <source>Cancel query</source>
        <translation>Zoekopdracht annuleren</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Matches</translation>
    </message>
    <message>
        <source>Filter matches</source>
        <translation>Matches filteren</translation>
    </message>
    <message>
        <source>Filter by gene, phenotype, node, contact or note</source>
        <translation>Filteren op gen, fenotype, node, contact of notitie</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <source>All matches</source>
        <translation>Alle matches</translation>
    </message>
    <message>
        <source>Hide not relevant</source>
        <translation>Niet-relevante verbergen</translation>
    </message>
    <message>
        <source>New only</source>
        <translation>Alleen nieuwe</translation>
    </message>
    <message>
        <source>Cannot save the triage</source>
        <translation>Kan de triage niet opslaan</translation>
    </message>
    <message>
        <source>Open a patient first.</source>
        <translation>Open eerst een patiënt.</translation>
    </message>
    <message>
        <source>A query is running.</source>
        <translation>Er loopt een zoekopdracht.</translation>
    </message>
    <message>
        <source>Consent to matchmaking (with its date) is not recorded for this patient: record it on the Details tab before anything can be sent.</source>
        <translation>Toestemming voor matchmaking (met datum) is voor deze patiënt niet vastgelegd: leg deze vast op het tabblad Details voordat er iets verzonden kan worden.</translation>
    </message>
    <message>
        <source>No enabled node: add one in Tools › Nodes.</source>
        <translation>Geen ingeschakelde node: voeg er een toe via Extra › Nodes.</translation>
    </message>
    <message>
        <source>Find similar patients</source>
        <translation>Vergelijkbare patiënten zoeken</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n resultaat</numerusform>
            <numerusform>%n resultaten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>No matches yet. “Find similar patients” shows what will be sent, then asks every enabled node at once.</source>
        <translation>Nog geen matches. “Vergelijkbare patiënten zoeken” toont wat er verzonden wordt en bevraagt daarna alle ingeschakelde nodes tegelijk.</translation>
    </message>
</context>
<context>
    <name>MmeClient</name>
    <message>
        <source>no connection: %1</source>
        <translation>geen verbinding: %1</translation>
    </message>
    <message>
        <source>no complete answer: %1</source>
        <translation>geen volledig antwoord: %1</translation>
    </message>
    <message>
        <source>the node did not accept the token</source>
        <translation>de node heeft het token niet geaccepteerd</translation>
    </message>
    <message>
        <source>unexpected HTTP status %1 (200 expected)</source>
        <translation>onverwachte HTTP-status %1 (200 verwacht)</translation>
    </message>
</context>
<context>
    <name>MmeMediaType</name>
    <message>
        <source>unsupported API version in Accept</source>
        <translation>niet-ondersteunde API-versie in Accept</translation>
    </message>
    <message>
        <source>Accept does not allow an MME media type</source>
        <translation>Accept staat geen MME-mediatype toe</translation>
    </message>
    <message>
        <source>missing Content-Type; send application/vnd.ga4gh.matchmaker.v1.0+json</source>
        <translation>Content-Type ontbreekt; stuur application/vnd.ga4gh.matchmaker.v1.0+json</translation>
    </message>
    <message>
        <source>unsupported Content-Type; send application/vnd.ga4gh.matchmaker.vX.Y+json</source>
        <translation>niet-ondersteund Content-Type; stuur application/vnd.ga4gh.matchmaker.vX.Y+json</translation>
    </message>
    <message>
        <source>unsupported API version</source>
        <translation>niet-ondersteunde API-versie</translation>
    </message>
</context>
<context>
    <name>MmePatientReader</name>
    <message>
        <source>&apos;%1&apos; is not a URL (&lt;scheme&gt;:&lt;address&gt;)</source>
        <translation>&apos;%1&apos; is geen URL (&lt;schema&gt;:&lt;adres&gt;)</translation>
    </message>
    <message>
        <source>must be a string or a list of strings</source>
        <translation>moet een string of een lijst van strings zijn</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>moet een string zijn</translation>
    </message>
    <message>
        <source>must be clinician, researcher or patient</source>
        <translation>moet clinician, researcher of patient zijn</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an NCBI taxon id (NCBITaxon:&lt;id&gt;)</source>
        <translation>&apos;%1&apos; is geen NCBI-taxon-id (NCBITaxon:&lt;id&gt;)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of FEMALE, MALE, OTHER, MIXED_SAMPLE, NOT_APPLICABLE</source>
        <translation>&apos;%1&apos; is niet een van FEMALE, MALE, OTHER, MIXED_SAMPLE, NOT_APPLICABLE</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>moet true of false zijn</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a MIM: or Orphanet: id</source>
        <translation>&apos;%1&apos; is geen MIM:- of Orphanet:-id</translation>
    </message>
    <message>
        <source>must be &quot;yes&quot; or &quot;no&quot;, not &apos;%1&apos;</source>
        <translation>moet &quot;yes&quot; of &quot;no&quot; zijn, niet &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1.id: gene &apos;%2&apos; not found in the HGNC catalog, kept as given</source>
        <translation>%1.id: gen &apos;%2&apos; niet gevonden in de HGNC-catalogus, ongewijzigd overgenomen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not NCBI36, GRCh37 or GRCh38[.pN]</source>
        <translation>&apos;%1&apos; is niet NCBI36, GRCh37 of GRCh38[.pN]</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not 1-22, X, Y or MT (without &quot;chr&quot;)</source>
        <translation>&apos;%1&apos; is niet 1-22, X, Y of MT (zonder &quot;chr&quot;)</translation>
    </message>
    <message>
        <source>must not be smaller than start (%1)</source>
        <translation>mag niet kleiner zijn dan start (%1)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a sequence of A, C, G, T, N</source>
        <translation>&apos;%1&apos; is geen reeks van A, C, G, T, N</translation>
    </message>
    <message>
        <source>must be 1 (heterozygous or hemizygous) or 2 (homozygous)</source>
        <translation>moet 1 (heterozygoot of hemizygoot) of 2 (homozygoot) zijn</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a Sequence Ontology id (SO:nnnnnnn)</source>
        <translation>&apos;%1&apos; is geen Sequence Ontology-id (SO:nnnnnnn)</translation>
    </message>
    <message>
        <source>needs at least one of features or genomicFeatures</source>
        <translation>vereist ten minste features of genomicFeatures</translation>
    </message>
    <message>
        <source>not valid JSON (%1)</source>
        <translation>geen geldige JSON (%1)</translation>
    </message>
    <message>
        <source>longer than %1 bytes</source>
        <translation>langer dan %1 bytes</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an HPO id (HP:nnnnnnn)</source>
        <translation>&apos;%1&apos; is geen HPO-id (HP:nnnnnnn)</translation>
    </message>
    <message>
        <source>%1.%2: unknown field ignored</source>
        <translation>%1.%2: onbekend veld genegeerd</translation>
    </message>
    <message>
        <source>required field missing</source>
        <translation>verplicht veld ontbreekt</translation>
    </message>
    <message>
        <source>must be a non-negative integer</source>
        <translation>moet een niet-negatief geheel getal zijn</translation>
    </message>
    <message>
        <source>%1.id: gene &apos;%2&apos; is ambiguous in the HGNC catalog (%3), kept as given</source>
        <translation>%1.id: gen &apos;%2&apos; is niet eenduidig in de HGNC-catalogus (%3), ongewijzigd overgenomen</translation>
    </message>
</context>
<context>
    <name>MmePatientWriter</name>
    <message>
        <source>the MME id must be 1 to 255 bytes</source>
        <translation>de MME-id moet 1 tot 255 bytes lang zijn</translation>
    </message>
    <message>
        <source>the responsible clinician needs a name and a contact URL (href) for MME</source>
        <translation>de verantwoordelijke clinicus heeft voor MME een naam en een contact-URL (href) nodig</translation>
    </message>
    <message>
        <source>disorder %1 has no MME form (only OMIM and Orphanet), left out</source>
        <translation>aandoening %1 heeft geen MME-vorm (alleen OMIM en Orphanet), weggelaten</translation>
    </message>
    <message>
        <source>variant %1 has no gene: MME requires one, left out</source>
        <translation>variant %1 heeft geen gen: MME vereist er een, weggelaten</translation>
    </message>
    <message>
        <source>neither phenotypic features nor genes to share</source>
        <translation>geen fenotypische kenmerken en geen genen om te delen</translation>
    </message>
</context>
<context>
    <name>MmeResponseParser</name>
    <message>
        <source>not JSON: %1 at byte %2</source>
        <translation>geen JSON: %1 bij byte %2</translation>
    </message>
    <message>
        <source>the response is not a JSON object</source>
        <translation>het antwoord is geen JSON-object</translation>
    </message>
    <message>
        <source>results: mandatory array, got %1</source>
        <translation>results: verplichte array, kreeg %1</translation>
    </message>
    <message>
        <source>must be an object, got %1</source>
        <translation>moet een object zijn, kreeg %1</translation>
    </message>
    <message>
        <source>mandatory object, got %1</source>
        <translation>verplicht object, kreeg %1</translation>
    </message>
    <message>
        <source>mandatory number, got %1</source>
        <translation>verplicht getal, kreeg %1</translation>
    </message>
    <message>
        <source>%1 is outside [0, 1]</source>
        <translation>%1 ligt buiten [0, 1]</translation>
    </message>
    <message>
        <source>&apos;%1&apos; returned twice</source>
        <translation>&apos;%1&apos; twee keer teruggegeven</translation>
    </message>
    <message>
        <source>heartbeat: mandatory object, got %1</source>
        <translation>heartbeat: verplicht object, kreeg %1</translation>
    </message>
    <message>
        <source>mandatory boolean, got %1</source>
        <translation>verplichte boolean, kreeg %1</translation>
    </message>
    <message>
        <source>mandatory string, got %1</source>
        <translation>verplichte string, kreeg %1</translation>
    </message>
    <message>
        <source>mandatory array, got %1</source>
        <translation>verplichte array, kreeg %1</translation>
    </message>
    <message>
        <source>mandatory non-empty string, got %1</source>
        <translation>verplichte niet-lege string, kreeg %1</translation>
    </message>
    <message>
        <source>longer than 255 bytes</source>
        <translation>langer dan 255 bytes</translation>
    </message>
    <message>
        <source>must be an array, got %1</source>
        <translation>moet een array zijn, kreeg %1</translation>
    </message>
    <message>
        <source>needs at least one of features or genomicFeatures</source>
        <translation>vereist ten minste features of genomicFeatures</translation>
    </message>
</context>
<context>
    <name>NodeCommandLine</name>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>onbekend commando &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Clients file.</source>
        <translation>Clientbestand.</translation>
    </message>
    <message>
        <source>Client name.</source>
        <translation>Clientnaam.</translation>
    </message>
    <message>
        <source>add-client needs --clients FILE and --name NAME</source>
        <translation>add-client vereist --clients FILE en --name NAME</translation>
    </message>
    <message>
        <source>Client &quot;%1&quot; added to %2. The token above is shown only once; the file keeps its SHA-256.
</source>
        <translation>Client &quot;%1&quot; toegevoegd aan %2. Het token hierboven wordt maar één keer getoond; het bestand bewaart alleen de SHA-256 ervan.
</translation>
    </message>
    <message>
        <source>Node database.</source>
        <translation>Nodedatabase.</translation>
    </message>
    <message>
        <source>Files to import.</source>
        <translation>Te importeren bestanden.</translation>
    </message>
    <message>
        <source>import needs --db FILE and at least one input file</source>
        <translation>import vereist --db FILE en ten minste één invoerbestand</translation>
    </message>
    <message>
        <source>warning: gene catalog not loaded (%1); gene ids are kept as given
</source>
        <translation>waarschuwing: gencatalogus niet geladen (%1); gen-id&apos;s worden ongewijzigd overgenomen
</translation>
    </message>
    <message numerus="yes">
        <source>imported %n case(s); the node holds %1</source>
        <translation>
            <numerusform>%n casus geïmporteerd; de node bevat nu in totaal %1</numerusform>
            <numerusform>%n casussen geïmporteerd; de node bevat nu in totaal %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Address.</source>
        <translation>Adres.</translation>
    </message>
    <message>
        <source>Certificate.</source>
        <translation>Certificaat.</translation>
    </message>
    <message>
        <source>Key.</source>
        <translation>Sleutel.</translation>
    </message>
    <message>
        <source>Base path.</source>
        <translation>Basispad.</translation>
    </message>
    <message>
        <source>Max results.</source>
        <translation>Maximaal aantal resultaten.</translation>
    </message>
    <message>
        <source>Min score.</source>
        <translation>Minimale score.</translation>
    </message>
    <message>
        <source>Disclaimer.</source>
        <translation>Disclaimer.</translation>
    </message>
    <message>
        <source>Disclaimer file.</source>
        <translation>Disclaimerbestand.</translation>
    </message>
    <message>
        <source>Max body.</source>
        <translation>Maximale grootte van de request body.</translation>
    </message>
    <message>
        <source>Timeout.</source>
        <translation>Time-out.</translation>
    </message>
    <message>
        <source>Production node.</source>
        <translation>Productienode.</translation>
    </message>
    <message>
        <source>Contact.</source>
        <translation>Contact.</translation>
    </message>
    <message>
        <source>Contact URL.</source>
        <translation>Contact-URL.</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>onverwacht argument &quot;%1&quot;</translation>
    </message>
    <message>
        <source>serve needs --db FILE, --listen HOST:PORT and --clients FILE</source>
        <translation>serve vereist --db FILE, --listen HOST:PORT en --clients FILE</translation>
    </message>
    <message>
        <source>--max-results must be an integer from 1 to 1000</source>
        <translation>--max-results moet een geheel getal van 1 tot en met 1000 zijn</translation>
    </message>
    <message>
        <source>--min-score must be a number from 0 to below 1</source>
        <translation>--min-score moet een getal van ten minste 0 en kleiner dan 1 zijn</translation>
    </message>
    <message>
        <source>--max-body must be an integer of at least 1024</source>
        <translation>--max-body moet een geheel getal van ten minste 1024 zijn</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>kan %1 niet lezen: %2</translation>
    </message>
    <message>
        <source>--listen must be HOST:PORT, e.g. 127.0.0.1:8443</source>
        <translation>--listen moet de vorm HOST:PORT hebben, bijv. 127.0.0.1:8443</translation>
    </message>
    <message>
        <source>--listen: &quot;%1&quot; is not an IP address</source>
        <translation>--listen: &quot;%1&quot; is geen IP-adres</translation>
    </message>
    <message>
        <source>--tls-cert and --tls-key go together</source>
        <translation>--tls-cert en --tls-key moeten samen worden opgegeven</translation>
    </message>
    <message>
        <source>No PEM certificate in %1</source>
        <translation>Geen PEM-certificaat in %1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Kan %1 niet lezen: %2</translation>
    </message>
    <message>
        <source>No usable PEM private key (RSA or EC) in %1</source>
        <translation>Geen bruikbare private PEM-sleutel (RSA of EC) in %1</translation>
    </message>
    <message>
        <source>Refusing plain HTTP on %1: without --tls-cert/--tls-key the node only listens on loopback (127.0.0.1 or ::1)</source>
        <translation>Onversleuteld HTTP op %1 geweigerd: zonder --tls-cert/--tls-key luistert de node alleen op loopback (127.0.0.1 of ::1)</translation>
    </message>
    <message>
        <source>warning: serving plain HTTP on loopback only; use --tls-cert/--tls-key for a real node
</source>
        <translation>waarschuwing: onversleuteld HTTP, alleen op loopback; gebruik --tls-cert/--tls-key voor een echte node
</translation>
    </message>
    <message>
        <source>warning: no clients in %1; every request will be answered 401
</source>
        <translation>waarschuwing: geen clients in %1; elk verzoek wordt met 401 beantwoord
</translation>
    </message>
    <message>
        <source>Cannot load the HPO, which the node needs for matching: %1</source>
        <translation>Kan de HPO niet laden (de node heeft die nodig voor matching): %1</translation>
    </message>
    <message>
        <source>disease annotations</source>
        <translation>ziekteannotaties</translation>
    </message>
    <message>
        <source>warning: HPO annotations not loaded (%1); information content from the node&apos;s cases
</source>
        <translation>waarschuwing: HPO-annotaties niet geladen (%1); informatie-inhoud op basis van de casussen van de node
</translation>
    </message>
    <message>
        <source>the node&apos;s cases</source>
        <translation>de casussen van de node</translation>
    </message>
    <message>
        <source>warning: gene phenotype profiles not loaded (%1); scoring without them
</source>
        <translation>waarschuwing: fenotypeprofielen van genen niet geladen (%1); er wordt zonder deze profielen gescoord
</translation>
    </message>
    <message>
        <source>warning: gene catalog not loaded (%1); gene ids are checked by form only
</source>
        <translation>waarschuwing: gencatalogus niet geladen (%1); gen-id&apos;s worden alleen op hun vorm gecontroleerd
</translation>
    </message>
    <message>
        <source>Cannot set up signal handling</source>
        <translation>Kan de signaalafhandeling niet instellen</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) loaded in %1 ms (reference data %2 ms, database %3 ms, index %4 ms; information content from %5)</source>
        <translation>
            <numerusform>%n casus geladen in %1 ms (referentiegegevens %2 ms, database %3 ms, index %4 ms; informatie-inhoud op basis van %5)</numerusform>
            <numerusform>%n casussen geladen in %1 ms (referentiegegevens %2 ms, database %3 ms, index %4 ms; informatie-inhoud op basis van %5)</numerusform>
        </translation>
    </message>
    <message>
        <source>stopped
</source>
        <translation>gestopt
</translation>
    </message>
    <message>
        <source>--request-timeout must be a number of seconds greater than 0 and at most 3600</source>
        <translation>--request-timeout moet een aantal seconden groter dan 0 en ten hoogste 3600 zijn</translation>
    </message>
</context>
<context>
    <name>NodeEditDialog</name>
    <message>
        <source>&amp;Enabled: included in queries</source>
        <translation>&amp;Ingeschakeld: opgenomen in zoekopdrachten</translation>
    </message>
    <message>
        <source>Add node</source>
        <translation>Node toevoegen</translation>
    </message>
    <message>
        <source>Edit node %1</source>
        <translation>Node %1 bewerken</translation>
    </message>
    <message>
        <source>Node name</source>
        <translation>Nodenaam</translation>
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
        <translation>MME-API-versie</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Toegangstoken</translation>
    </message>
    <message>
        <source>stored in the keychain – type to replace</source>
        <translation>opgeslagen in de sleutelhanger – typ om te vervangen</translation>
    </message>
    <message>
        <source>X-Auth-Token</source>
        <translation>X-Auth-Token</translation>
    </message>
    <message>
        <source>The token is kept in the system keychain and never shown again.</source>
        <translation>Het token wordt bewaard in de sleutelhanger van het systeem en nooit meer getoond.</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Connect timeout</source>
        <translation>Verbindingstime-out</translation>
    </message>
    <message>
        <source>Total timeout</source>
        <translation>Totale time-out</translation>
    </message>
    <message>
        <source>CA bundle</source>
        <translation>CA-bundel</translation>
    </message>
    <message>
        <source>system certificate store</source>
        <translation>certificaatopslag van het systeem</translation>
    </message>
    <message>
        <source>Pinned public key</source>
        <translation>Vastgepinde publieke sleutel</translation>
    </message>
    <message>
        <source>sha256//… (optional)</source>
        <translation>sha256//… (optioneel)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>Base &amp;URL:</source>
        <translation>Basis-&amp;URL:</translation>
    </message>
    <message>
        <source>API &amp;version:</source>
        <translation>API-&amp;versie:</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>&amp;Connect timeout:</source>
        <translation>Verbin&amp;dingstime-out:</translation>
    </message>
    <message>
        <source>T&amp;otal timeout:</source>
        <translation>T&amp;otale time-out:</translation>
    </message>
    <message>
        <source>CA &amp;bundle:</source>
        <translation>CA-&amp;bundel:</translation>
    </message>
    <message>
        <source>&amp;Pinned key:</source>
        <translation>Vastge&amp;pinde sleutel:</translation>
    </message>
    <message>
        <source>Give the node a name.</source>
        <translation>Geef de node een naam.</translation>
    </message>
    <message>
        <source>Enter the node&apos;s base URL (https://…).</source>
        <translation>Voer de basis-URL van de node in (https://…).</translation>
    </message>
    <message>
        <source>Plain http is only allowed on this computer (localhost); use https.</source>
        <translation>Onversleuteld http is alleen toegestaan op deze computer (localhost); gebruik https.</translation>
    </message>
</context>
<context>
    <name>NodeHttpServer</name>
    <message>
        <source>Cannot listen on %1:%2: %3</source>
        <translation>Kan niet luisteren op %1:%2: %3</translation>
    </message>
</context>
<context>
    <name>NodeModel</name>
    <message>
        <source>Set by your IT department</source>
        <translation>Ingesteld door uw IT-afdeling</translation>
    </message>
    <message>
        <source>%1 (policy)</source>
        <translation>%1 (beleid)</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>ingeschakeld</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>uitgeschakeld</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Node</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>Basis-URL</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last test</source>
        <translation>Laatste test</translation>
    </message>
</context>
<context>
    <name>NodeRequestParser</name>
    <message>
        <source>invalid JSON: %1 at offset %2</source>
        <translation>ongeldige JSON: %1 op positie %2</translation>
    </message>
    <message>
        <source>the request body must be a JSON object with a &quot;patient&quot;</source>
        <translation>de request body moet een JSON-object met een &quot;patient&quot; zijn</translation>
    </message>
    <message>
        <source>is mandatory</source>
        <translation>is verplicht</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>moet een object zijn</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>moet een string zijn</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a current HPO term</source>
        <translation>&apos;%1&apos; is geen actuele HPO-term</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an Ensembl gene id, Entrez id, HGNC id or HGNC symbol</source>
        <translation>&apos;%1&apos; is geen Ensembl-gen-id, Entrez-id, HGNC-id of HGNC-symbool</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a known gene (HGNC)</source>
        <translation>&apos;%1&apos; is geen bekend gen (HGNC)</translation>
    </message>
</context>
<context>
    <name>NodeResult</name>
    <message numerus="yes">
        <source>ok %n result(s) in %1 ms</source>
        <translation>
            <numerusform>ok, %n resultaat in %1 ms</numerusform>
            <numerusform>ok, %n resultaten in %1 ms</numerusform>
        </translation>
    </message>
    <message>
        <source>timeout after %1 ms (%2)</source>
        <translation>time-out na %1 ms (%2)</translation>
    </message>
    <message>
        <source> (node supports %1)</source>
        <translation> (node ondersteunt %1)</translation>
    </message>
    <message numerus="yes">
        <source>; %n invalid result(s) dropped</source>
        <translation>
            <numerusform>; %n ongeldig resultaat verworpen</numerusform>
            <numerusform>; %n ongeldige resultaten verworpen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NodeService</name>
    <message>
        <source>no such resource; the node serves %1/match, %1/heartbeat and %1/metrics</source>
        <translation>resource bestaat niet; de node biedt %1/match, %1/heartbeat en %1/metrics</translation>
    </message>
    <message>
        <source>method %1 not allowed; use %2</source>
        <translation>methode %1 niet toegestaan; gebruik %2</translation>
    </message>
    <message>
        <source>missing X-Auth-Token</source>
        <translation>X-Auth-Token ontbreekt</translation>
    </message>
    <message>
        <source>invalid X-Auth-Token</source>
        <translation>ongeldig X-Auth-Token</translation>
    </message>
    <message>
        <source>request body larger than %1 bytes</source>
        <translation>request body groter dan %1 bytes</translation>
    </message>
</context>
<context>
    <name>NodeStatus</name>
    <message>
        <source>waiting</source>
        <translation>wachten</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>timeout</source>
        <translation>time-out</translation>
    </message>
    <message>
        <source>connection failed</source>
        <translation>verbinding mislukt</translation>
    </message>
    <message>
        <source>TLS error</source>
        <translation>TLS-fout</translation>
    </message>
    <message>
        <source>401 unauthorized</source>
        <translation>401 niet geautoriseerd</translation>
    </message>
    <message>
        <source>406 version not accepted</source>
        <translation>406 versie niet geaccepteerd</translation>
    </message>
    <message>
        <source>HTTP error</source>
        <translation>HTTP-fout</translation>
    </message>
    <message>
        <source>malformed response</source>
        <translation>ongeldig antwoord</translation>
    </message>
    <message>
        <source>response too large</source>
        <translation>antwoord te groot</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>niet verzonden</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>geannuleerd</translation>
    </message>
</context>
<context>
    <name>NodeStatusStrip</name>
    <message>
        <source>◐ %1 · waiting…</source>
        <translation>◐ %1 · wachten…</translation>
    </message>
    <message>
        <source>%1: waiting for the answer</source>
        <translation>%1: wacht op het antwoord</translation>
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
        <translation>%1 %2 · wachten…</translation>
    </message>
</context>
<context>
    <name>NodesDialog</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Toevoegen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bewerken…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbinding te&amp;sten</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Uitschakelen</translation>
    </message>
    <message>
        <source>Matchmaker Exchange nodes</source>
        <translation>Matchmaker Exchange-nodes</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>Nodes</translation>
    </message>
    <message>
        <source>Node settings are set by your IT department.</source>
        <translation>De node-instellingen worden door uw IT-afdeling beheerd.</translation>
    </message>
    <message>
        <source>Set by your IT department</source>
        <translation>Ingesteld door uw IT-afdeling</translation>
    </message>
    <message>
        <source>E&amp;nable</source>
        <translation>&amp;Inschakelen</translation>
    </message>
    <message>
        <source>Cannot add the node</source>
        <translation>Kan de node niet toevoegen</translation>
    </message>
    <message>
        <source>A node named %1 already exists.</source>
        <translation>Er bestaat al een node met de naam %1.</translation>
    </message>
    <message>
        <source>Cannot save the node</source>
        <translation>Kan de node niet opslaan</translation>
    </message>
    <message>
        <source>Token not stored</source>
        <translation>Token niet opgeslagen</translation>
    </message>
    <message>
        <source>token stored in %1</source>
        <translation>token opgeslagen in %1</translation>
    </message>
    <message>
        <source>Remove node</source>
        <translation>Node verwijderen</translation>
    </message>
    <message>
        <source>Remove the node %1 and its stored token? Matches already received are kept.</source>
        <translation>De node %1 en het opgeslagen token verwijderen? Reeds ontvangen matches blijven bewaard.</translation>
    </message>
    <message>
        <source>Cannot remove the node</source>
        <translation>Kan de node niet verwijderen</translation>
    </message>
    <message>
        <source>testing…</source>
        <translation>bezig met testen…</translation>
    </message>
</context>
<context>
    <name>OutgoingRequest</name>
    <message>
        <source>granted without a date</source>
        <translation>gegeven zonder datum</translation>
    </message>
    <message>
        <source>Patient %1 cannot be sent to matchmaking nodes: no recorded consent for matching (consent: %2). Record the consent and its date first.</source>
        <translation>Patiënt %1 kan niet naar matchmaking-nodes worden verzonden: geen vastgelegde toestemming voor matching (toestemming: %2). Leg eerst de toestemming en de datum ervan vast.</translation>
    </message>
    <message>
        <source>Patient %1 cannot be sent: the responsible clinician (contact name and e-mail or contact URL) is missing.</source>
        <translation>Patiënt %1 kan niet worden verzonden: de verantwoordelijke arts (naam en e-mailadres of contact-URL) ontbreekt.</translation>
    </message>
    <message>
        <source>Patient %1 cannot be sent: it has neither an observed phenotype nor a candidate gene to match on.</source>
        <translation>Patiënt %1 kan niet worden verzonden: er is geen waargenomen fenotype en geen kandidaatgen om op te matchen.</translation>
    </message>
    <message>
        <source>Patient %1 cannot be sent: no pseudonym.</source>
        <translation>Patiënt %1 kan niet worden verzonden: geen pseudoniem.</translation>
    </message>
    <message>
        <source>Patient %1 cannot be sent: %2</source>
        <translation>Patiënt %1 kan niet worden verzonden: %2</translation>
    </message>
    <message>
        <source>Patient %1 was not sent: the payload would contain its local id or label.</source>
        <translation>Patiënt %1 is niet verzonden: de gegevens zouden het lokale id of label van de patiënt bevatten.</translation>
    </message>
    <message>
        <source>(patient without id)</source>
        <translation>(patiënt zonder id)</translation>
    </message>
</context>
<context>
    <name>PatientDetailsPage</name>
    <message>
        <source>Add disorder</source>
        <translation>Aandoening toevoegen</translation>
    </message>
    <message>
        <source>Remove disorder</source>
        <translation>Aandoening verwijderen</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>e.g. initials and year; stays on this computer</source>
        <translation>bijv. initialen en jaar; blijft op deze computer</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Geslacht</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Onbekend</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Vrouwelijk</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Mannelijk</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Anders</translation>
    </message>
    <message>
        <source>Consent to matchmaking</source>
        <translation>Toestemming voor matchmaking</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Niet vastgelegd</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Gegeven</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Geweigerd</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Ingetrokken</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>Datum toestemming</translation>
    </message>
    <message>
        <source>Clinician name</source>
        <translation>Naam arts</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Instelling</translation>
    </message>
    <message>
        <source>Clinician e-mail</source>
        <translation>E-mailadres arts</translation>
    </message>
    <message>
        <source>Contact link</source>
        <translation>Contactlink</translation>
    </message>
    <message>
        <source>mailto: address or https contact form</source>
        <translation>mailto:-adres of https-contactformulier</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patiënt</translation>
    </message>
    <message>
        <source>&amp;Label (local only):</source>
        <translation>&amp;Label (alleen lokaal):</translation>
    </message>
    <message>
        <source>Local id:</source>
        <translation>Lokaal id:</translation>
    </message>
    <message>
        <source>&amp;Sex:</source>
        <translation>&amp;Geslacht:</translation>
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
        <translation>Verantwoordelijke arts (wordt gedeeld met matches)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>&amp;Institution:</source>
        <translation>&amp;Instelling:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>Contact &amp;link:</source>
        <translation>Contactlin&amp;k:</translation>
    </message>
    <message>
        <source>Disorder id</source>
        <translation>Id aandoening</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>Uitgesloten</translation>
    </message>
    <message>
        <source>Disorders</source>
        <translation>Aandoeningen</translation>
    </message>
    <message>
        <source>Disorders (OMIM / ORPHA)</source>
        <translation>Aandoeningen (OMIM / ORPHA)</translation>
    </message>
    <message>
        <source>This patient may be shared with matchmaking nodes.</source>
        <translation>Deze patiënt mag worden gedeeld met matchmaking-nodes.</translation>
    </message>
    <message>
        <source>Without granted consent (with its date) the patient cannot be sent to any node.</source>
        <translation>Zonder gegeven toestemming (met datum) kan de patiënt naar geen enkele node worden verzonden.</translation>
    </message>
</context>
<context>
    <name>PatientImporter</name>
    <message>
        <source>%1: already in the database</source>
        <translation>%1: staat al in de database</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 wordt geïmporteerd…</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Import voltooid</translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s) imported from %1.</source>
        <translation>
            <numerusform>%n patiënt geïmporteerd uit %1.</numerusform>
            <numerusform>%n patiënten geïmporteerd uit %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) left out:</source>
        <translation>
            <numerusform>%n record overgeslagen:</numerusform>
            <numerusform>%n records overgeslagen:</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot import %1</source>
        <translation>Kan %1 niet importeren</translation>
    </message>
    <message>
        <source>Import variants from VCF</source>
        <translation>Varianten importeren uit VCF</translation>
    </message>
    <message>
        <source>VCF files (*.vcf *.vcf.gz *.bcf);;All files (*)</source>
        <translation>VCF-bestanden (*.vcf *.vcf.gz *.bcf);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Export patient as phenopacket</source>
        <translation>Patiënt exporteren als phenopacket</translation>
    </message>
    <message>
        <source>Phenopacket (*.json);;Compressed phenopacket (*.json.gz)</source>
        <translation>Phenopacket (*.json);;Gecomprimeerd phenopacket (*.json.gz)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Bezig met exporteren…</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export mislukt</translation>
    </message>
</context>
<context>
    <name>PatientListModel</name>
    <message numerus="yes">
        <source>%1 (local id %2)
%n observed term(s)</source>
        <translation>
            <numerusform>%1 (lokaal id %2)
%n waargenomen term</numerusform>
            <numerusform>%1 (lokaal id %2)
%n waargenomen termen</numerusform>
        </translation>
    </message>
    <message>
        <source>Consent to matchmaking not recorded</source>
        <translation>Toestemming voor matchmaking niet vastgelegd</translation>
    </message>
    <message numerus="yes">
        <source>%n observed term(s)</source>
        <translation>
            <numerusform>%n waargenomen term</numerusform>
            <numerusform>%n waargenomen termen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new match(es)</source>
        <translation>
            <numerusform>%n nieuwe match</numerusform>
            <numerusform>%n nieuwe matches</numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <translation>nooit</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patiënt</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Termen</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nieuw</translation>
    </message>
    <message>
        <source>Last queried</source>
        <translation>Laatst bevraagd</translation>
    </message>
</context>
<context>
    <name>PatientListWidget</name>
    <message>
        <source>Search patients (Ctrl+F)</source>
        <translation>Patiënten zoeken (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search patients</source>
        <translation>Patiënten zoeken</translation>
    </message>
    <message>
        <source>Patient filter</source>
        <translation>Patiëntfilter</translation>
    </message>
    <message>
        <source>All patients</source>
        <translation>Alle patiënten</translation>
    </message>
    <message>
        <source>With new matches</source>
        <translation>Met nieuwe matches</translation>
    </message>
    <message>
        <source>Consent missing</source>
        <translation>Toestemming ontbreekt</translation>
    </message>
    <message>
        <source>Never queried</source>
        <translation>Nooit bevraagd</translation>
    </message>
    <message>
        <source>Not queried for 90 days</source>
        <translation>Al 90 dagen niet bevraagd</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Patiënten</translation>
    </message>
    <message>
        <source>No patients yet.
Create one (Ctrl+N) or import a phenopacket, MME JSON or VCF file (Ctrl+I).</source>
        <translation>Nog geen patiënten.
Maak er een aan (Ctrl+N) of importeer een phenopacket-, MME JSON- of VCF-bestand (Ctrl+I).</translation>
    </message>
    <message>
        <source>No patient matches the search or filter.</source>
        <translation>Geen patiënt komt overeen met de zoekopdracht of het filter.</translation>
    </message>
</context>
<context>
    <name>PatientSummaryPane</name>
    <message>
        <source>&lt;h3&gt;Getting started&lt;/h3&gt;&lt;ol&gt;&lt;li&gt;Create or import a patient.&lt;/li&gt;&lt;li&gt;Record consent and the responsible clinician (Details).&lt;/li&gt;&lt;li&gt;Enter observed and excluded HPO terms (Phenotypes).&lt;/li&gt;&lt;li&gt;Add candidate genes or variants (Variants).&lt;/li&gt;&lt;li&gt;Find similar patients on the Matchmaker Exchange nodes.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;h3&gt;Aan de slag&lt;/h3&gt;&lt;ol&gt;&lt;li&gt;Maak een patiënt aan of importeer er een.&lt;/li&gt;&lt;li&gt;Leg de toestemming en de verantwoordelijke arts vast (Details).&lt;/li&gt;&lt;li&gt;Voer waargenomen en uitgesloten HPO-termen in (Fenotypes).&lt;/li&gt;&lt;li&gt;Voeg kandidaatgenen of -varianten toe (Varianten).&lt;/li&gt;&lt;li&gt;Zoek vergelijkbare patiënten op de Matchmaker Exchange-nodes.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>Consent granted on %1</source>
        <translation>Toestemming gegeven op %1</translation>
    </message>
    <message>
        <source>Consent to matchmaking not recorded</source>
        <translation>Toestemming voor matchmaking niet vastgelegd</translation>
    </message>
    <message numerus="yes">
        <source>%n observed term(s)</source>
        <translation>
            <numerusform>%n waargenomen term</numerusform>
            <numerusform>%n waargenomen termen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n excluded</source>
        <translation>
            <numerusform>%n uitgesloten</numerusform>
            <numerusform>%n uitgesloten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n candidate variant(s)</source>
        <translation>
            <numerusform>%n kandidaatvariant</numerusform>
            <numerusform>%n kandidaatvarianten</numerusform>
        </translation>
    </message>
    <message>
        <source>No responsible clinician</source>
        <translation>Geen verantwoordelijke arts</translation>
    </message>
    <message>
        <source>Contact: %1</source>
        <translation>Contact: %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Bron: %1</translation>
    </message>
    <message>
        <source>Local id: %1</source>
        <translation>Lokaal id: %1</translation>
    </message>
</context>
<context>
    <name>PhenopacketReader</name>
    <message>
        <source>&apos;%1&apos; is not a Phenopacket v2 schema version</source>
        <translation>&apos;%1&apos; is geen schemaversie van Phenopacket v2</translation>
    </message>
    <message>
        <source>%1: metaData missing</source>
        <translation>%1: metaData ontbreekt</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an HPO id (HP:nnnnnnn)</source>
        <translation>&apos;%1&apos; is geen HPO-id (HP:nnnnnnn)</translation>
    </message>
    <message>
        <source>needs either gene or variantInterpretation</source>
        <translation>vereist gene of variantInterpretation</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>het bestand is leeg</translation>
    </message>
    <message>
        <source>not valid JSON (%1)</source>
        <translation>geen geldige JSON (%1)</translation>
    </message>
    <message>
        <source>document %1</source>
        <translation>document %1</translation>
    </message>
    <message>
        <source>must be a JSON object, not %1</source>
        <translation>moet een JSON-object zijn, geen %1</translation>
    </message>
    <message>
        <source>must be a JSON object (a phenopacket)</source>
        <translation>moet een JSON-object (een phenopacket) zijn</translation>
    </message>
    <message>
        <source>import cancelled</source>
        <translation>import geannuleerd</translation>
    </message>
    <message>
        <source>%1: HPO ids kept as given (no ontology loaded to map alternative and obsolete ids)</source>
        <translation>%1: HPO-id&apos;s ongewijzigd overgenomen (geen ontologie geladen om alternatieve en verouderde id&apos;s om te zetten)</translation>
    </message>
    <message>
        <source>%1: %2 is an alternative id, mapped to %3</source>
        <translation>%1: %2 is een alternatieve id, omgezet naar %3</translation>
    </message>
    <message>
        <source>%1: %2 is obsolete, replaced by %3</source>
        <translation>%1: %2 is verouderd, vervangen door %3</translation>
    </message>
    <message>
        <source>%1: %2 is obsolete without replacement, kept as given</source>
        <translation>%1: %2 is verouderd zonder vervanging, ongewijzigd overgenomen</translation>
    </message>
    <message>
        <source>%1: %2 is not in the ontology, kept as given</source>
        <translation>%1: %2 staat niet in de ontologie, ongewijzigd overgenomen</translation>
    </message>
    <message>
        <source>%1 is not a sex enum value (0-3)</source>
        <translation>%1 is geen geldige enumwaarde voor sex (0-3)</translation>
    </message>
    <message>
        <source>must be a string, not %1</source>
        <translation>moet een string zijn, geen %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of UNKNOWN_SEX, FEMALE, MALE, OTHER_SEX</source>
        <translation>&apos;%1&apos; is niet een van UNKNOWN_SEX, FEMALE, MALE, OTHER_SEX</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>moet een string zijn</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an ACMG classification</source>
        <translation>&apos;%1&apos; is geen ACMG-classificatie</translation>
    </message>
    <message>
        <source>%1 is not an ACMG classification</source>
        <translation>%1 is geen ACMG-classificatie</translation>
    </message>
    <message>
        <source>must be a 1-based position (at least 1), not %1</source>
        <translation>moet een 1-gebaseerde positie zijn (ten minste 1), niet %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a GENO id</source>
        <translation>&apos;%1&apos; is geen GENO-id</translation>
    </message>
</context>
<context>
    <name>PhenotypeFeatureModel</name>
    <message>
        <source>%1 is not a current HPO term</source>
        <translation>%1 is geen actuele HPO-term</translation>
    </message>
    <message>
        <source>Redundant: %1 is an ancestor of %2, which is also observed</source>
        <translation>Redundant: %1 is een voorouder van %2, dat ook is waargenomen</translation>
    </message>
    <message>
        <source>Conflict: %1 is both observed and excluded</source>
        <translation>Conflict: %1 is zowel waargenomen als uitgesloten</translation>
    </message>
    <message>
        <source>Conflict: %1 is excluded but its descendant %2 is observed</source>
        <translation>Conflict: %1 is uitgesloten, maar de onderliggende term %2 is waargenomen</translation>
    </message>
    <message>
        <source>English: %1 (machine translation, not yet approved)</source>
        <translation>Engels: %1 (machinevertaling, nog niet goedgekeurd)</translation>
    </message>
    <message>
        <source>English: %1</source>
        <translation>Engels: %1</translation>
    </message>
    <message>
        <source>excluded</source>
        <translation>uitgesloten</translation>
    </message>
    <message>
        <source>observed</source>
        <translation>waargenomen</translation>
    </message>
    <message>
        <source>Phenotype</source>
        <translation>Fenotype</translation>
    </message>
    <message>
        <source>HPO id</source>
        <translation>HPO-id</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Onset</source>
        <translation>Begin</translation>
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
        <translation>Toevoegen als &amp;waargenomen</translation>
    </message>
    <message>
        <source>Add e&amp;xcluded</source>
        <translation>Toevoegen als ui&amp;tgesloten</translation>
    </message>
    <message>
        <source>Observed ⇄ excluded</source>
        <translation>Waargenomen ⇄ uitgesloten</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>Search HPO terms</source>
        <translation>HPO-termen zoeken</translation>
    </message>
    <message>
        <source>HPO suggestions</source>
        <translation>HPO-suggesties</translation>
    </message>
    <message>
        <source>Return adds the highlighted term as observed, Shift+Return as excluded; ↑/↓ choose.</source>
        <translation>Enter voegt de gemarkeerde term toe als waargenomen, Shift+Enter als uitgesloten; ↑/↓ om te kiezen.</translation>
    </message>
    <message>
        <source>Onset of the next term</source>
        <translation>Begin van de volgende term</translation>
    </message>
    <message>
        <source>Phenotype profile</source>
        <translation>Fenotypeprofiel</translation>
    </message>
    <message>
        <source>&amp;Find term:</source>
        <translation>Term &amp;zoeken:</translation>
    </message>
    <message>
        <source>O&amp;nset:</source>
        <translation>Be&amp;gin:</translation>
    </message>
    <message>
        <source>Type a phenotype, synonym or HPO id (Ctrl+T), e.g. “seizure” or HP:0001250</source>
        <translation>Typ een fenotype, synoniem of HPO-id (Ctrl+T), bijv. “epileptisch insult” of HP:0001250</translation>
    </message>
    <message>
        <source>Loading the Human Phenotype Ontology…</source>
        <translation>Human Phenotype Ontology wordt geladen…</translation>
    </message>
    <message>
        <source>Onset unknown</source>
        <translation>Begin onbekend</translation>
    </message>
    <message numerus="yes">
        <source>%n observed</source>
        <translation>
            <numerusform>%n waargenomen</numerusform>
            <numerusform>%n waargenomen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n excluded</source>
        <translation>
            <numerusform>%n uitgesloten</numerusform>
            <numerusform>%n uitgesloten</numerusform>
        </translation>
    </message>
    <message>
        <source>low – add more specific terms</source>
        <translation>laag – voeg specifiekere termen toe</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>gemiddeld</translation>
    </message>
    <message>
        <source>high</source>
        <translation>hoog</translation>
    </message>
    <message>
        <source>specificity: %1 (total information content %2)</source>
        <translation>specificiteit: %1 (totale informatie-inhoud %2)</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Set by your IT department</source>
        <translation>Ingesteld door uw IT-afdeling</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Voorkeuren</translation>
    </message>
    <message>
        <source>System default</source>
        <extracomment>Language choice: follow the operating system&apos;s language.</extracomment>
        <translation>Systeemstandaard</translation>
    </message>
    <message>
        <source>Also the language of HPO term labels; candidate (machine) translations are shown in italics, terms without a translation in English. Data sent to other nodes always uses HPO ids and English labels.</source>
        <translation>Ook de taal van de HPO-termen; voorlopige (machine)vertalingen worden cursief getoond, termen zonder vertaling in het Engels. Gegevens die naar andere nodes worden verzonden, gebruiken altijd HPO-id&apos;s en Engelse termnamen.</translation>
    </message>
    <message>
        <source>Show a desktop notification when watched patients have new matches</source>
        <translation>Een bureaubladmelding tonen wanneer gevolgde patiënten nieuwe matches hebben</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Dagelijks</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Wekelijks</translation>
    </message>
    <message>
        <source>Only when I ask</source>
        <translation>Alleen op verzoek</translation>
    </message>
    <message>
        <source>Watch a patient for new matches after their first query</source>
        <translation>Een patiënt na de eerste zoekopdracht volgen op nieuwe matches</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <source>Notifications:</source>
        <translation>Meldingen:</translation>
    </message>
    <message>
        <source>Check for new &amp;matches:</source>
        <translation>Controleren op nieuwe &amp;matches:</translation>
    </message>
    <message>
        <source>Minimum &amp;score for alerts:</source>
        <translation>Minimale &amp;score voor meldingen:</translation>
    </message>
    <message>
        <source>Watching:</source>
        <translation>Volgen:</translation>
    </message>
    <message>
        <source>Some settings are managed by your IT department: they are shown greyed out and cannot be changed here.</source>
        <translation>Sommige instellingen worden door uw IT-afdeling beheerd: ze worden grijs weergegeven en kunnen hier niet worden gewijzigd.</translation>
    </message>
</context>
<context>
    <name>ProgressTask</name>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>Pseudonymizer</name>
    <message>
        <source>The pseudonym key in the keychain is too short (%1 bytes); expected %2</source>
        <translation>De pseudoniemsleutel in de sleutelhanger is te kort (%1 bytes); verwacht %2</translation>
    </message>
    <message>
        <source>Cannot read the pseudonym key from the %1: %2</source>
        <translation>Kan de pseudoniemsleutel niet lezen uit %1: %2</translation>
    </message>
    <message>
        <source>Cannot store the new pseudonym key in the %1: %2</source>
        <translation>Kan de nieuwe pseudoniemsleutel niet opslaan in %1: %2</translation>
    </message>
</context>
<context>
    <name>QueryPerturbation</name>
    <message>
        <source>Invalid perturbation &apos;%1&apos; (expected imprecision=P in [0,1], noise=K &gt;= 0, drop=D in [0,1))</source>
        <translation>Ongeldige verstoring &apos;%1&apos; (verwacht imprecision=P in [0,1], noise=K &gt;= 0, drop=D in [0,1))</translation>
    </message>
</context>
<context>
    <name>ResultRecorder</name>
    <message>
        <source>results not saved: %1</source>
        <translation>resultaten niet opgeslagen: %1</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>Cannot read the demo secret file %1: %2</source>
        <translation>Kan het demo-geheimbestand %1 niet lezen: %2</translation>
    </message>
    <message>
        <source>The demo secret file %1 is damaged: %2</source>
        <translation>Het demo-geheimbestand %1 is beschadigd: %2</translation>
    </message>
    <message>
        <source>Cannot write the demo secret file %1: %2</source>
        <translation>Kan het demo-geheimbestand %1 niet schrijven: %2</translation>
    </message>
    <message>
        <source>demo secret file %1 (NOT SECURE, demo only)</source>
        <translation>demo-geheimbestand %1 (NIET VEILIG, alleen voor demo)</translation>
    </message>
    <message>
        <source>No secret &apos;%1&apos; in the %2</source>
        <translation>Geen geheim &apos;%1&apos; in %2</translation>
    </message>
    <message>
        <source>in-memory secret store (tests and demo only)</source>
        <translation>geheimopslag in het geheugen (alleen voor tests en demo)</translation>
    </message>
    <message>
        <source>OS keychain (service &quot;%1&quot;)</source>
        <translation>Sleutelhanger van het systeem (service &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>OS keychain: cannot read &apos;%1&apos;: %2</source>
        <translation>Sleutelhanger van het systeem: kan &apos;%1&apos; niet lezen: %2</translation>
    </message>
    <message>
        <source>OS keychain: cannot store &apos;%1&apos;: %2</source>
        <translation>Sleutelhanger van het systeem: kan &apos;%1&apos; niet opslaan: %2</translation>
    </message>
    <message>
        <source>OS keychain: cannot remove &apos;%1&apos;: %2</source>
        <translation>Sleutelhanger van het systeem: kan &apos;%1&apos; niet verwijderen: %2</translation>
    </message>
</context>
<context>
    <name>SecretStoreFactory</name>
    <message>
        <source>Unknown secret store &apos;%1&apos; (MATCHDESK_KEYCHAIN): use system, memory or file:PATH</source>
        <translation>Onbekende geheimopslag &apos;%1&apos; (MATCHDESK_KEYCHAIN): gebruik system, memory of file:PAD</translation>
    </message>
</context>
<context>
    <name>SendPreviewDialog</name>
    <message>
        <source>Find similar patients – what will be sent</source>
        <translation>Vergelijkbare patiënten zoeken – wat er verzonden wordt</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;The profile below will be sent to &lt;b&gt;%n node(s)&lt;/b&gt;: %1.&lt;/p&gt;&lt;p&gt;The nodes see the pseudonym &lt;tt&gt;%2&lt;/tt&gt;, never the label or local id. The clinician contact is shared so that matches can reach you.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;Het onderstaande profiel wordt verzonden naar &lt;b&gt;%n node&lt;/b&gt;: %1.&lt;/p&gt;&lt;p&gt;De nodes zien het pseudoniem &lt;tt&gt;%2&lt;/tt&gt;, nooit het label of het lokale id. De contactgegevens van de arts worden gedeeld zodat matches u kunnen bereiken.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;Het onderstaande profiel wordt verzonden naar &lt;b&gt;%n nodes&lt;/b&gt;: %1.&lt;/p&gt;&lt;p&gt;De nodes zien het pseudoniem &lt;tt&gt;%2&lt;/tt&gt;, nooit het label of het lokale id. De contactgegevens van de arts worden gedeeld zodat matches u kunnen bereiken.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>POST %1 (%2)</source>
        <translation>POST %1 (%2)</translation>
    </message>
    <message>
        <source>Fields: %1</source>
        <translation>Velden: %1</translation>
    </message>
    <message>
        <source>Request body for %1</source>
        <translation>Request body voor %1</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Verzenden</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>Database %1: %2: %3</source>
        <translation>Database %1: %2: %3</translation>
    </message>
    <message>
        <source>cannot open</source>
        <translation>kan niet openen</translation>
    </message>
    <message>
        <source>Database %1: %2</source>
        <translation>Database %1: %2</translation>
    </message>
    <message>
        <source>Cannot create backup %1</source>
        <translation>Kan back-up %1 niet maken</translation>
    </message>
    <message>
        <source>Backup of %1 to %2 failed: %3</source>
        <translation>Back-up van %1 naar %2 mislukt: %3</translation>
    </message>
    <message>
        <source>Database %1: %2 failed: %3 (%4)</source>
        <translation>Database %1: %2 mislukt: %3 (%4)</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the database</source>
        <translation>Kan de map %1 voor de database niet aanmaken</translation>
    </message>
    <message>
        <source>%1 is not a MatchDesk database (it belongs to another application)</source>
        <translation>%1 is geen MatchDesk-database (hij hoort bij een andere applicatie)</translation>
    </message>
    <message>
        <source>%1 is not a MatchDesk database (it holds other tables)</source>
        <translation>%1 is geen MatchDesk-database (hij bevat andere tabellen)</translation>
    </message>
    <message>
        <source>%1 was written by a newer MatchDesk (schema %2; this version reads up to %3)</source>
        <translation>%1 is geschreven door een nieuwere versie van MatchDesk (schema %2; deze versie leest tot en met %3)</translation>
    </message>
    <message>
        <source>The database %1 is damaged: %2. Restore it from a backup (the folder holds copies made before each upgrade).</source>
        <translation>De database %1 is beschadigd: %2. Zet hem terug vanuit een back-up (de map bevat kopieën die vóór elke upgrade zijn gemaakt).</translation>
    </message>
    <message>
        <source>%1 is not a MatchDesk database or is damaged (file is not a database)</source>
        <translation>%1 is geen MatchDesk-database of is beschadigd (het bestand is geen database)</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was saved</source>
        <translation>Import geannuleerd: er is niets opgeslagen</translation>
    </message>
    <message>
        <source>A patient needs a local id</source>
        <translation>Een patiënt moet een lokaal id hebben</translation>
    </message>
    <message>
        <source>A patient with the local id &quot;%1&quot; already exists</source>
        <translation>Er bestaat al een patiënt met het lokale id &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Patient %1 (row %2) no longer exists</source>
        <translation>Patiënt %1 (rij %2) bestaat niet meer</translation>
    </message>
    <message>
        <source>A node needs a name and a valid base URL</source>
        <translation>Een node moet een naam en een geldige basis-URL hebben</translation>
    </message>
    <message>
        <source>Match %1 does not exist</source>
        <translation>Match %1 bestaat niet</translation>
    </message>
</context>
<context>
    <name>TermBrowserWidget</name>
    <message>
        <source>Add as &amp;observed</source>
        <translation>Toevoegen als &amp;waargenomen</translation>
    </message>
    <message>
        <source>Add as e&amp;xcluded</source>
        <translation>Toevoegen als ui&amp;tgesloten</translation>
    </message>
    <message>
        <source>Term definition</source>
        <translation>Termdefinitie</translation>
    </message>
    <message>
        <source>Parent terms</source>
        <translation>Bovenliggende termen</translation>
    </message>
    <message>
        <source>Child terms</source>
        <translation>Onderliggende termen</translation>
    </message>
    <message>
        <source>&amp;Parents</source>
        <translation>&amp;Bovenliggend</translation>
    </message>
    <message>
        <source>C&amp;hildren</source>
        <translation>&amp;Onderliggend</translation>
    </message>
    <message>
        <source>&lt;h3&gt;HPO browser&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;HPO-browser&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;HPO browser&lt;/h3&gt;&lt;p&gt;Loading the ontology…&lt;/p&gt;</source>
        <translation>&lt;h3&gt;HPO-browser&lt;/h3&gt;&lt;p&gt;De ontologie wordt geladen…&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:gray&apos;&gt;Select a suggestion or a term of the profile to see its definition, parents and children.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:gray&apos;&gt;Selecteer een suggestie of een term uit het profiel om de definitie en de boven- en onderliggende termen te zien.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 · English: %2</source>
        <translation>%1 · Engels: %2</translation>
    </message>
    <message>
        <source>%1 · English: %2 · machine translation, not yet approved</source>
        <translation>%1 · Engels: %2 · machinevertaling, nog niet goedgekeurd</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:gray&apos;&gt;No definition.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:gray&apos;&gt;Geen definitie.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Synonyms:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Synoniemen:&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>TermSuggestionModel</name>
    <message>
        <source>%1  ·  %2  (synonym: %3)</source>
        <translation>%1  ·  %2  (synoniem: %3)</translation>
    </message>
    <message>
        <source>%1  ·  %2</source>
        <translation>%1  ·  %2</translation>
    </message>
    <message>
        <source>English: %1 (machine translation, not yet approved)</source>
        <translation>Engels: %1 (machinevertaling, nog niet goedgekeurd)</translation>
    </message>
    <message>
        <source>English: %1</source>
        <translation>Engels: %1</translation>
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
        <translation>Variant toevoegen</translation>
    </message>
    <message>
        <source>Edit variant</source>
        <translation>Variant bewerken</translation>
    </message>
    <message>
        <source>Gene</source>
        <translation>Gen</translation>
    </message>
    <message>
        <source>HGNC symbol, alias, HGNC:, Ensembl or Entrez id</source>
        <translation>HGNC-symbool, alias, HGNC:-, Ensembl- of Entrez-id</translation>
    </message>
    <message>
        <source>HGVS coding</source>
        <translation>HGVS coderend</translation>
    </message>
    <message>
        <source>e.g. NM_000059.4:c.1310_1313del</source>
        <translation>bijv. NM_000059.4:c.1310_1313del</translation>
    </message>
    <message>
        <source>HGVS protein</source>
        <translation>HGVS eiwit</translation>
    </message>
    <message>
        <source>e.g. NP_000050.3:p.(Lys437IlefsTer22)</source>
        <translation>bijv. NP_000050.3:p.(Lys437IlefsTer22)</translation>
    </message>
    <message>
        <source>Assembly</source>
        <translation>Assembly</translation>
    </message>
    <message>
        <source>no coordinates</source>
        <translation>geen coördinaten</translation>
    </message>
    <message>
        <source>Chromosome</source>
        <translation>Chromosoom</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Positie</translation>
    </message>
    <message>
        <source>Reference allele</source>
        <translation>Referentieallel</translation>
    </message>
    <message>
        <source>Alternate allele</source>
        <translation>Alternatief allel</translation>
    </message>
    <message>
        <source>Zygosity</source>
        <translation>Zygotie</translation>
    </message>
    <message>
        <source>ACMG class</source>
        <translation>ACMG-klasse</translation>
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
        <translation>Coö&amp;rdinaten:</translation>
    </message>
    <message>
        <source>&amp;Zygosity:</source>
        <translation>&amp;Zygotie:</translation>
    </message>
    <message>
        <source>&amp;ACMG class:</source>
        <translation>&amp;ACMG-klasse:</translation>
    </message>
    <message>
        <source>Enter the gene.</source>
        <translation>Voer het gen in.</translation>
    </message>
    <message>
        <source>The HGNC catalog is still loading; the gene will be kept as typed.</source>
        <translation>De HGNC-catalogus wordt nog geladen; het gen wordt overgenomen zoals ingevoerd.</translation>
    </message>
    <message>
        <source>%1 is an alias of %2 (%3).</source>
        <translation>%1 is een alias van %2 (%3).</translation>
    </message>
    <message>
        <source>%1 is a previous symbol of %2 (%3).</source>
        <translation>%1 is een eerder symbool van %2 (%3).</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>%1 gebruiken</translation>
    </message>
    <message>
        <source>✓ %1 (%2)</source>
        <translation>✓ %1 (%2)</translation>
    </message>
    <message>
        <source>%1 is ambiguous: it may mean %2. Enter the approved symbol.</source>
        <translation>%1 is dubbelzinnig: het kan %2 betekenen. Voer het goedgekeurde symbool in.</translation>
    </message>
    <message>
        <source>%1 is not in the HGNC catalog.</source>
        <translation>%1 staat niet in de HGNC-catalogus.</translation>
    </message>
</context>
<context>
    <name>VariantModel</name>
    <message>
        <source>heterozygous</source>
        <translation>heterozygoot</translation>
    </message>
    <message>
        <source>homozygous</source>
        <translation>homozygoot</translation>
    </message>
    <message>
        <source>hemizygous</source>
        <translation>hemizygoot</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <source>Benign</source>
        <translation>Benigne</translation>
    </message>
    <message>
        <source>Likely benign</source>
        <translation>Waarschijnlijk benigne</translation>
    </message>
    <message>
        <source>Uncertain significance</source>
        <translation>Onzekere betekenis</translation>
    </message>
    <message>
        <source>Likely pathogenic</source>
        <translation>Waarschijnlijk pathogeen</translation>
    </message>
    <message>
        <source>Pathogenic</source>
        <translation>Pathogeen</translation>
    </message>
    <message>
        <source>not classified</source>
        <translation>niet geclassificeerd</translation>
    </message>
    <message>
        <source>%1 chr%2:%3 %4&gt;%5</source>
        <translation>%1 chr%2:%3 %4&gt;%5</translation>
    </message>
    <message>
        <source>Gene not validated against HGNC</source>
        <translation>Gen niet gecontroleerd tegen HGNC</translation>
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
        <translation>Coördinaten</translation>
    </message>
    <message>
        <source>Zygosity</source>
        <translation>Zygotie</translation>
    </message>
    <message>
        <source>ACMG class</source>
        <translation>ACMG-klasse</translation>
    </message>
</context>
<context>
    <name>VariantsPage</name>
    <message>
        <source>&amp;Add variant…</source>
        <translation>Variant &amp;toevoegen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bewerken…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>&amp;Import from VCF…</source>
        <translation>&amp;Importeren uit VCF…</translation>
    </message>
    <message>
        <source>Candidate variants</source>
        <translation>Kandidaatvarianten</translation>
    </message>
    <message>
        <source>No candidate variants. Add one by hand or import them from the patient&apos;s VCF.</source>
        <translation>Geen kandidaatvarianten. Voeg er handmatig een toe of importeer ze uit de VCF van de patiënt.</translation>
    </message>
</context>
<context>
    <name>VcfImportDialog</name>
    <message>
        <source>Only records that &amp;PASS the filters</source>
        <translation>Alleen records die de filters &amp;passeren (PASS)</translation>
    </message>
    <message>
        <source>Import variants from %1</source>
        <translation>Varianten importeren uit %1</translation>
    </message>
    <message>
        <source>Sample (proband)</source>
        <translation>Sample (indexpatiënt)</translation>
    </message>
    <message>
        <source>Minimum QUAL</source>
        <translation>Minimale QUAL</translation>
    </message>
    <message>
        <source>Minimum genotype quality</source>
        <translation>Minimale genotypekwaliteit</translation>
    </message>
    <message>
        <source>Maximum population allele frequency</source>
        <translation>Maximale allelfrequentie in de populatie</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>geen limiet</translation>
    </message>
    <message>
        <source>≤ 1 %</source>
        <translation>≤ 1%</translation>
    </message>
    <message>
        <source>≤ 0.1 %</source>
        <translation>≤ 0,1%</translation>
    </message>
    <message>
        <source>≤ 0.01 %</source>
        <translation>≤ 0,01%</translation>
    </message>
    <message>
        <source>Genes</source>
        <translation>Genen</translation>
    </message>
    <message>
        <source>all genes (or a list: KMT2D, CHD7)</source>
        <translation>alle genen (of een lijst: KMT2D, CHD7)</translation>
    </message>
    <message>
        <source>Minimum predicted impact</source>
        <translation>Minimale voorspelde impact</translation>
    </message>
    <message>
        <source>any (also unannotated records)</source>
        <translation>alle (ook niet-geannoteerde records)</translation>
    </message>
    <message>
        <source>low or higher</source>
        <translation>laag of hoger</translation>
    </message>
    <message>
        <source>moderate or higher</source>
        <translation>matig of hoger</translation>
    </message>
    <message>
        <source>high only</source>
        <translation>alleen hoog</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importeren</translation>
    </message>
    <message>
        <source>&amp;Sample:</source>
        <translation>&amp;Sample:</translation>
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
        <translation>Populatie&amp;frequentie:</translation>
    </message>
    <message>
        <source>&amp;Genes:</source>
        <translation>&amp;Genen:</translation>
    </message>
    <message>
        <source>Predicted &amp;impact:</source>
        <translation>Voorspelde i&amp;mpact:</translation>
    </message>
    <message>
        <source>sites only (no genotypes)</source>
        <translation>alleen posities (geen genotypes)</translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %n sample(s). Choose the proband and which records to keep.</source>
        <translation>
            <numerusform>%1 bevat %n sample. Kies de indexpatiënt en welke records u wilt behouden.</numerusform>
            <numerusform>%1 bevat %n samples. Kies de indexpatiënt en welke records u wilt behouden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wordt gelezen…</translation>
    </message>
    <message>
        <source>Cannot import the VCF</source>
        <translation>Kan de VCF niet importeren</translation>
    </message>
</context>
<context>
    <name>VcfReader</name>
    <message>
        <source>the file does not exist</source>
        <translation>het bestand bestaat niet</translation>
    </message>
    <message>
        <source>cannot open the file</source>
        <translation>kan het bestand niet openen</translation>
    </message>
    <message>
        <source>not a VCF or BCF file (no ##fileformat=VCF header)</source>
        <translation>geen VCF- of BCF-bestand (geen header ##fileformat=VCF)</translation>
    </message>
    <message>
        <source>missing or invalid header lines (##fileformat and the #CHROM line are required)</source>
        <translation>ontbrekende of ongeldige headerregels (##fileformat en de #CHROM-regel zijn vereist)</translation>
    </message>
    <message>
        <source>no sample &apos;%1&apos; in the file (samples: %2)</source>
        <translation>geen sample &apos;%1&apos; in het bestand (samples: %2)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>the file has %1 samples (%2): choose the proband</source>
        <translation>het bestand bevat %1 samples (%2): kies de indexpatiënt</translation>
    </message>
    <message>
        <source>cannot select sample &apos;%1&apos;</source>
        <translation>kan sample &apos;%1&apos; niet selecteren</translation>
    </message>
    <message>
        <source>%1: the assembly is not named in the header; variants have no assembly</source>
        <translation>%1: de assembly wordt niet genoemd in de header; varianten hebben geen assembly</translation>
    </message>
    <message>
        <source>truncated or corrupt data</source>
        <translation>onvolledige of beschadigde gegevens</translation>
    </message>
    <message>
        <source>invalid record (htslib error %1: %2)</source>
        <translation>ongeldig record (htslib-fout %1: %2)</translation>
    </message>
    <message>
        <source>contig not declared in the header</source>
        <translation>contig niet gedeclareerd in de header</translation>
    </message>
    <message>
        <source>tag not declared in the header</source>
        <translation>tag niet gedeclareerd in de header</translation>
    </message>
    <message>
        <source>wrong number of columns</source>
        <translation>verkeerd aantal kolommen</translation>
    </message>
    <message>
        <source>value out of range</source>
        <translation>waarde buiten bereik</translation>
    </message>
    <message>
        <source>malformed field</source>
        <translation>ongeldig veld</translation>
    </message>
    <message>
        <source>the record uses a contig, INFO or FORMAT tag that the header does not declare</source>
        <translation>het record gebruikt een contig, INFO- of FORMAT-tag die niet in de header is gedeclareerd</translation>
    </message>
    <message>
        <source>not a valid position</source>
        <translation>geen geldige positie</translation>
    </message>
    <message>
        <source>import cancelled</source>
        <translation>import geannuleerd</translation>
    </message>
    <message>
        <source>the reference allele is missing</source>
        <translation>het referentieallel ontbreekt</translation>
    </message>
</context>
<context>
    <name>WatchControl</name>
    <message>
        <source>Watch for new matches</source>
        <translation>Volgen op nieuwe matches</translation>
    </message>
    <message>
        <source>Check now</source>
        <translation>Nu controleren</translation>
    </message>
    <message>
        <source>Query the enabled nodes again on a schedule and raise an alert for new or changed matches.</source>
        <translation>De ingeschakelde nodes volgens een schema opnieuw bevragen en een melding geven bij nieuwe of gewijzigde matches.</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Schema</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Dagelijks</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Wekelijks</translation>
    </message>
    <message>
        <source>On request</source>
        <translation>Op verzoek</translation>
    </message>
    <message>
        <source>Minimum score for an alert</source>
        <translation>Minimale score voor een melding</translation>
    </message>
    <message>
        <source>Matches scoring below this (local score) are recorded without an alert.</source>
        <translation>Matches met een lagere (lokale) score worden vastgelegd zonder melding.</translation>
    </message>
    <message>
        <source>alert from score </source>
        <translation>melding vanaf score </translation>
    </message>
    <message>
        <source>Query the enabled nodes for this patient in the background now</source>
        <translation>De ingeschakelde nodes nu op de achtergrond bevragen voor deze patiënt</translation>
    </message>
    <message>
        <source>Consent to matchmaking is not recorded for this patient.</source>
        <translation>Toestemming voor matchmaking is voor deze patiënt niet vastgelegd.</translation>
    </message>
    <message>
        <source>not checked yet</source>
        <translation>nog niet gecontroleerd</translation>
    </message>
    <message>
        <source>last checked %1</source>
        <translation>laatst gecontroleerd %1</translation>
    </message>
    <message>
        <source>Cannot save the watch</source>
        <translation>Kan het volgen niet opslaan</translation>
    </message>
    <message>
        <source>Cannot check now</source>
        <translation>Kan nu niet controleren</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Print the version and the reference data in use.</source>
        <translation>De versie en de gebruikte referentiegegevens tonen.</translation>
    </message>
    <message>
        <source>Database file (default: MATCHDESK_DB, else the per-user data folder).</source>
        <translation>Databasebestand (standaard: MATCHDESK_DB, anders de gegevensmap van de gebruiker).</translation>
    </message>
    <message>
        <source>Settings file (default: MATCHDESK_SETTINGS, else the per-user location).</source>
        <translation>Instellingenbestand (standaard: MATCHDESK_SETTINGS, anders de locatie van de gebruiker).</translation>
    </message>
    <message>
        <source>Print start-up timings (ms) and quit once the ontology is loaded.</source>
        <translation>Opstarttijden (ms) tonen en afsluiten zodra de ontologie is geladen.</translation>
    </message>
    <message>
        <source>MatchDesk: federated rare-disease patient matching (Matchmaker Exchange).</source>
        <translation>MatchDesk: gefedereerde matching van patiënten met zeldzame aandoeningen (Matchmaker Exchange).</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Kan de database niet openen</translation>
    </message>
    <message>
        <source>No keychain</source>
        <translation>Geen sleutelhanger</translation>
    </message>
</context>
</TS>
