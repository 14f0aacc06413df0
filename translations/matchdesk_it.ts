<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About MatchDesk</source>
        <translation>Informazioni su MatchDesk</translation>
    </message>
    <message>
        <source>not loaded</source>
        <translation>non caricata</translation>
    </message>
    <message>
        <source>&lt;h2&gt;MatchDesk&lt;/h2&gt;&lt;p&gt;Federated rare-disease patient matching over the Matchmaker Exchange API.&lt;/p&gt;&lt;pre&gt;%1&lt;/pre&gt;</source>
        <translation>&lt;h2&gt;MatchDesk&lt;/h2&gt;&lt;p&gt;Matchmaking federato di pazienti con malattie rare tramite l’API Matchmaker Exchange.&lt;/p&gt;&lt;pre&gt;%1&lt;/pre&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Human Phenotype Ontology&lt;/h3&gt;&lt;p&gt;This application uses the Human Phenotype Ontology (release &lt;b&gt;%1&lt;/b&gt;). Find out more at &lt;a href=&apos;https://hpo.jax.org&apos;&gt;hpo.jax.org&lt;/a&gt;. The HPO is developed by the HPO Consortium; please cite Gargano MA et al., “The Human Phenotype Ontology in 2024: phenotypes around the world”, Nucleic Acids Research 2024.&lt;/p&gt;&lt;h3&gt;HGNC&lt;/h3&gt;&lt;p&gt;Gene symbols and identifiers from the HUGO Gene Nomenclature Committee (&lt;a href=&apos;https://www.genenames.org&apos;&gt;genenames.org&lt;/a&gt;), freely available without restriction (Seal RL et al., Nucleic Acids Research 2023).&lt;/p&gt;&lt;h3&gt;Phenopacket store&lt;/h3&gt;&lt;p&gt;Example cases from the GA4GH phenopacket-store (see its licence notice below).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Human Phenotype Ontology&lt;/h3&gt;&lt;p&gt;Questa applicazione utilizza la Human Phenotype Ontology (release &lt;b&gt;%1&lt;/b&gt;). Per saperne di più: &lt;a href=&apos;https://hpo.jax.org&apos;&gt;hpo.jax.org&lt;/a&gt;. La HPO è sviluppata dall’HPO Consortium; citare Gargano MA et al., “The Human Phenotype Ontology in 2024: phenotypes around the world”, Nucleic Acids Research 2024.&lt;/p&gt;&lt;h3&gt;HGNC&lt;/h3&gt;&lt;p&gt;Simboli e identificativi dei geni forniti dallo HUGO Gene Nomenclature Committee (&lt;a href=&apos;https://www.genenames.org&apos;&gt;genenames.org&lt;/a&gt;), liberamente disponibili senza restrizioni (Seal RL et al., Nucleic Acids Research 2023).&lt;/p&gt;&lt;h3&gt;Phenopacket store&lt;/h3&gt;&lt;p&gt;Casi di esempio tratti dal phenopacket-store della GA4GH (vedi la relativa licenza più sotto).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Riconoscimenti</translation>
    </message>
    <message>
        <source>HPO licence</source>
        <translation>Licenza HPO</translation>
    </message>
    <message>
        <source>HGNC licence</source>
        <translation>Licenza HGNC</translation>
    </message>
    <message>
        <source>Phenopacket store licence</source>
        <translation>Licenza del Phenopacket store</translation>
    </message>
</context>
<context>
    <name>AlertInbox</name>
    <message>
        <source>Alerts</source>
        <translation>Avvisi</translation>
    </message>
    <message>
        <source>Show reviewed alerts</source>
        <translation>Mostra gli avvisi già esaminati</translation>
    </message>
    <message>
        <source>Open match</source>
        <translation>Apri corrispondenza</translation>
    </message>
    <message>
        <source>Mark reviewed</source>
        <translation>Segna come esaminato</translation>
    </message>
    <message>
        <source>No unread alerts. Watched patients are queried again on their schedule; new or changed matches appear here.</source>
        <translation>Nessun avviso non letto. Per i pazienti monitorati la ricerca viene ripetuta secondo la pianificazione impostata; qui compaiono le corrispondenze nuove o modificate.</translation>
    </message>
    <message>
        <source>Cannot mark the alert reviewed</source>
        <translation>Impossibile segnare l’avviso come esaminato</translation>
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
        <translation>Nuova corrispondenza</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modificata</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Ritirata</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Ora</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paziente</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Nodo</translation>
    </message>
    <message>
        <source>Remote id</source>
        <translation>ID remoto</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
</context>
<context>
    <name>AlertNotifier</name>
    <message>
        <source>Show alerts</source>
        <translation>Mostra avvisi</translation>
    </message>
    <message>
        <source>MatchDesk: no unread alerts</source>
        <translation>MatchDesk: nessun avviso non letto</translation>
    </message>
    <message numerus="yes">
        <source>MatchDesk: %n unread alert(s)</source>
        <translation>
            <numerusform>MatchDesk: %n avviso non letto</numerusform>
            <numerusform>MatchDesk: %n avvisi non letti</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AlertReason</name>
    <message>
        <source>new match on %1</source>
        <translation>nuova corrispondenza sul nodo %1</translation>
    </message>
    <message>
        <source>new shared gene %1</source>
        <translation>nuovo gene in comune %1</translation>
    </message>
    <message>
        <source>new variant %1</source>
        <translation>nuova variante %1</translation>
    </message>
    <message>
        <source>score rose to %1</source>
        <translation>punteggio salito a %1</translation>
    </message>
    <message>
        <source>returned again by its node</source>
        <translation>di nuovo restituita dal suo nodo</translation>
    </message>
    <message>
        <source>no longer returned by %1</source>
        <translation>non più restituita da %1</translation>
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
            <numerusform>MatchDesk: %n paziente con novità</numerusform>
            <numerusform>MatchDesk: %n pazienti con novità</numerusform>
        </translation>
    </message>
    <message>
        <source>No new matches.</source>
        <translation>Nessuna nuova corrispondenza.</translation>
    </message>
    <message numerus="yes">
        <source>%n new match(es)</source>
        <translation>
            <numerusform>%n nuova corrispondenza</numerusform>
            <numerusform>%n nuove corrispondenze</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed match(es)</source>
        <translation>
            <numerusform>%n corrispondenza modificata</numerusform>
            <numerusform>%n corrispondenze modificate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n withdrawn match(es)</source>
        <translation>
            <numerusform>%n corrispondenza ritirata</numerusform>
            <numerusform>%n corrispondenze ritirate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 for %n patient(s)</source>
        <extracomment>%1 is a list such as &quot;3 new matches, 1 changed match&quot;; the plural is about patients.</extracomment>
        <translation>
            <numerusform>%1 per %n paziente</numerusform>
            <numerusform>%1 per %n pazienti</numerusform>
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
        <translation>Registro di audit</translation>
    </message>
    <message>
        <source>Patient filter</source>
        <translation>Filtro paziente</translation>
    </message>
    <message>
        <source>Node filter</source>
        <translation>Filtro nodo</translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation>Voci del registro</translation>
    </message>
    <message>
        <source>All patients</source>
        <translation>Tutti i pazienti</translation>
    </message>
    <message>
        <source>All destinations</source>
        <translation>Tutti i destinatari</translation>
    </message>
    <message>
        <source>&amp;Patient:</source>
        <translation>&amp;Paziente:</translation>
    </message>
    <message>
        <source>&amp;Node:</source>
        <translation>&amp;Nodo:</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies)</source>
        <translation>
            <numerusform>%n voce</numerusform>
            <numerusform>%n voci</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>Pseudonym seen by the destination: %1
SHA-256 of the bytes sent: %2
Fields: %3</source>
        <translation>Pseudonimo visto dal destinatario: %1
SHA-256 dei byte inviati: %2
Campi: %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nessuno</translation>
    </message>
    <message>
        <source>deleted patient #%1</source>
        <translation>paziente eliminato n. %1</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s)</source>
        <translation>
            <numerusform>%n campo</numerusform>
            <numerusform>%n campi</numerusform>
        </translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Ora</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Azione</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paziente</translation>
    </message>
    <message>
        <source>Sent to</source>
        <translation>Inviato a</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Dati</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Esito</translation>
    </message>
</context>
<context>
    <name>ClientRegistry</name>
    <message>
        <source>Cannot read the clients file %1: %2</source>
        <translation>Impossibile leggere il file dei client %1: %2</translation>
    </message>
    <message>
        <source>The clients file %1 is not a JSON object (%2 at offset %3)</source>
        <translation>Il file dei client %1 non è un oggetto JSON (%2 alla posizione %3)</translation>
    </message>
    <message>
        <source>The clients file %1 has no &quot;clients&quot; array</source>
        <translation>Il file dei client %1 non contiene un array “clients”</translation>
    </message>
    <message>
        <source>The clients file %1: entry clients[%2] needs a &quot;name&quot; and a 64-hex &quot;sha256&quot;</source>
        <translation>File dei client %1: la voce clients[%2] richiede un “name” e uno “sha256” di 64 cifre esadecimali</translation>
    </message>
    <message>
        <source>Cannot write the clients file %1: %2</source>
        <translation>Impossibile scrivere il file dei client %1: %2</translation>
    </message>
    <message>
        <source>A client needs a name</source>
        <translation>Un client deve avere un nome</translation>
    </message>
    <message>
        <source>A client named &quot;%1&quot; already exists</source>
        <translation>Esiste già un client denominato “%1”</translation>
    </message>
</context>
<context>
    <name>ConnectionGuard</name>
    <message>
        <source>request body of %1 bytes is larger than the limit of %2 bytes</source>
        <translation>il corpo della richiesta di %1 byte supera il limite di %2 byte</translation>
    </message>
    <message>
        <source>request header larger than %1 bytes</source>
        <translation>intestazione della richiesta superiore a %1 byte</translation>
    </message>
    <message>
        <source>request body larger than the limit of %1 bytes</source>
        <translation>corpo della richiesta superiore al limite di %1 byte</translation>
    </message>
    <message>
        <source>request not complete within %1 ms</source>
        <translation>richiesta non completata entro %1 ms</translation>
    </message>
</context>
<context>
    <name>Crypto</name>
    <message>
        <source>SHA-256 computation failed (OpenSSL)</source>
        <translation>Calcolo SHA-256 non riuscito (OpenSSL)</translation>
    </message>
    <message>
        <source>HMAC-SHA256 computation failed (OpenSSL)</source>
        <translation>Calcolo HMAC-SHA256 non riuscito (OpenSSL)</translation>
    </message>
    <message>
        <source>The system random generator failed (OpenSSL RAND_bytes)</source>
        <translation>Errore del generatore di numeri casuali di sistema (OpenSSL RAND_bytes)</translation>
    </message>
</context>
<context>
    <name>CurlTransport</name>
    <message>
        <source>&apos;%1&apos; is not a valid URL</source>
        <translation>“%1” non è un URL valido</translation>
    </message>
    <message>
        <source>plain http:// is refused for %1: patient data is only sent over https (http:// is allowed to this computer only)</source>
        <translation>http:// non cifrato rifiutato per %1: i dati dei pazienti vengono inviati solo tramite https (http:// è consentito solo verso questo computer)</translation>
    </message>
    <message>
        <source>unsupported URL scheme &apos;%1&apos; (https:// only)</source>
        <translation>schema URL “%1” non supportato (solo https://)</translation>
    </message>
    <message>
        <source>response larger than %1 bytes</source>
        <translation>risposta superiore a %1 byte</translation>
    </message>
    <message>
        <source>libcurl could not set up the request</source>
        <translation>libcurl non è riuscita a preparare la richiesta</translation>
    </message>
</context>
<context>
    <name>CurrentPatient</name>
    <message>
        <source>Cannot open the patient</source>
        <translation>Impossibile aprire il paziente</translation>
    </message>
    <message>
        <source>Cannot save the patient</source>
        <translation>Impossibile salvare il paziente</translation>
    </message>
</context>
<context>
    <name>EvalCommand</name>
    <message>
        <source>Retrieval evaluation of phenotype matching on phenopackets (recall@k, MRR)</source>
        <translation>Valutazione del recupero nel matching fenotipico su phenopacket (recall@k, MRR)</translation>
    </message>
    <message>
        <source>Cross-publication leave-one-out retrieval on phenopackets: each case with an observed term and a gene queries the cases of other publications by phenotype; a hit is a case with the same gene.</source>
        <translation>Recupero leave-one-out tra pubblicazioni diverse su phenopacket: ogni caso con almeno un termine osservato e un gene interroga per fenotipo i casi delle altre pubblicazioni; un risultato utile è un caso con lo stesso gene.</translation>
    </message>
    <message>
        <source>Phenopackets to search (default: dev set).</source>
        <translation>Phenopacket in cui cercare (predefinito: set di sviluppo).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Separate query phenopackets (default: leave-one-out on the index).</source>
        <translation>Phenopacket di query separati (predefinito: leave-one-out sull’indice).</translation>
    </message>
    <message>
        <source>Phenotype measure: %1, or &apos;all&apos; (default: combined).</source>
        <translation>Misura fenotipica: %1, oppure “all” (predefinito: combinata).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nome</translation>
    </message>
    <message>
        <source>Perturb queries: imprecision=P,noise=K,drop=D.</source>
        <translation>Perturba le query: imprecision=P,noise=K,drop=D.</translation>
    </message>
    <message>
        <source>spec</source>
        <translation>spec</translation>
    </message>
    <message>
        <source>Random seed for --perturb (default 1).</source>
        <translation>Seme casuale per --perturb (predefinito 1).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Weights of the combined measure: exact,ontology,geneProfile.</source>
        <translation>Pesi della misura combinata: exact,ontology,geneProfile.</translation>
    </message>
    <message>
        <source>e,o,g</source>
        <translation>e,o,g</translation>
    </message>
    <message>
        <source>Penalty weight for contradicted excluded terms (default 0).</source>
        <translation>Peso della penalità per i termini esclusi contraddetti (predefinito 0).</translation>
    </message>
    <message>
        <source>w</source>
        <translation>w</translation>
    </message>
    <message>
        <source>IC corpus: annotations (default) or cases.</source>
        <translation>Corpus per l’IC: annotations (predefinito) o cases.</translation>
    </message>
    <message>
        <source>corpus</source>
        <translation>corpus</translation>
    </message>
    <message>
        <source>Worker threads (default: all cores).</source>
        <translation>Thread di lavoro (predefinito: tutti i core).</translation>
    </message>
    <message>
        <source>Print JSON instead of a table.</source>
        <translation>Stampa JSON anziché una tabella.</translation>
    </message>
    <message>
        <source>Invalid --seed</source>
        <translation>--seed non valido</translation>
    </message>
    <message>
        <source>Invalid --weights (expected three numbers e,o,g)</source>
        <translation>--weights non valido (attesi tre numeri e,o,g)</translation>
    </message>
    <message>
        <source>Invalid --excluded-penalty</source>
        <translation>--excluded-penalty non valido</translation>
    </message>
    <message>
        <source>Unknown measure &apos;%1&apos;</source>
        <translation>Misura sconosciuta “%1”</translation>
    </message>
    <message>
        <source>Unknown --ic corpus &apos;%1&apos;</source>
        <translation>Corpus --ic sconosciuto “%1”</translation>
    </message>
    <message>
        <source>warning: no gene profiles: %1</source>
        <translation>attenzione: nessun profilo genico: %1</translation>
    </message>
    <message>
        <source>HPO %1; index %2 (%3 cases)</source>
        <translation>HPO %1; indice %2 (%3 casi)</translation>
    </message>
    <message>
        <source>; queries %1 (%2 cases)</source>
        <translation>; query %1 (%2 casi)</translation>
    </message>
    <message>
        <source>; cross-publication leave-one-out</source>
        <translation>; leave-one-out tra pubblicazioni</translation>
    </message>
    <message>
        <source>; perturbed %1, seed %2</source>
        <translation>; perturbate %1, seme %2</translation>
    </message>
    <message>
        <source>measure</source>
        <translation>misura</translation>
    </message>
    <message>
        <source>queries</source>
        <translation>query</translation>
    </message>
</context>
<context>
    <name>FederatedQuery</name>
    <message>
        <source>unknown node &apos;%1&apos;</source>
        <translation>nodo sconosciuto “%1”</translation>
    </message>
    <message>
        <source>node &apos;%1&apos; is disabled</source>
        <translation>il nodo “%1” è disabilitato</translation>
    </message>
    <message>
        <source>A federated query is already running</source>
        <translation>È già in corso una ricerca federata</translation>
    </message>
    <message>
        <source>No enabled node to query: add a node first (matchdesk-cli nodes add)</source>
        <translation>Nessun nodo abilitato da interrogare: aggiungi prima un nodo (matchdesk-cli nodes add)</translation>
    </message>
    <message>
        <source>Cannot compute the patient&apos;s pseudonym: %1</source>
        <translation>Impossibile calcolare lo pseudonimo del paziente: %1</translation>
    </message>
    <message>
        <source>no X-Auth-Token stored for node %1 (matchdesk-cli nodes add --token-stdin)</source>
        <translation>nessun X-Auth-Token memorizzato per il nodo %1 (matchdesk-cli nodes add --token-stdin)</translation>
    </message>
    <message>
        <source>cancelled by the user</source>
        <translation>annullata dall’utente</translation>
    </message>
</context>
<context>
    <name>FormatError</name>
    <message>
        <source>line %1</source>
        <translation>riga %1</translation>
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
        <translation>impossibile scrivere il file (%1)</translation>
    </message>
</context>
<context>
    <name>GeneCatalog</name>
    <message>
        <source>%1:1: not an HGNC table (the header lacks hgnc_id or symbol)</source>
        <translation>%1:1: non è una tabella HGNC (nell’intestazione manca hgnc_id o symbol)</translation>
    </message>
    <message>
        <source>%1:%2: field hgnc_id: &apos;%3&apos; is not an HGNC id</source>
        <translation>%1:%2: campo hgnc_id: “%3” non è un ID HGNC</translation>
    </message>
    <message>
        <source>%1: the gene catalog is empty</source>
        <translation>%1: il catalogo dei geni è vuoto</translation>
    </message>
    <message>
        <source>Cannot read the gene catalog %1: %2</source>
        <translation>Impossibile leggere il catalogo dei geni %1: %2</translation>
    </message>
</context>
<context>
    <name>GenePhenotypeProfiles</name>
    <message>
        <source>No genes_to_phenotype.txt in %1</source>
        <translation>Nessun file genes_to_phenotype.txt in %1</translation>
    </message>
</context>
<context>
    <name>Gzip</name>
    <message>
        <source>cannot start the gzip decoder (out of memory)</source>
        <translation>impossibile avviare il decodificatore gzip (memoria insufficiente)</translation>
    </message>
    <message>
        <source>corrupt compressed data</source>
        <translation>dati compressi danneggiati</translation>
    </message>
    <message>
        <source>corrupt compressed data (%1)</source>
        <translation>dati compressi danneggiati (%1)</translation>
    </message>
    <message>
        <source>out of memory while decompressing</source>
        <translation>memoria insufficiente durante la decompressione</translation>
    </message>
    <message>
        <source>truncated compressed data (the file ends inside the gzip stream)</source>
        <translation>dati compressi troncati (il file termina all’interno del flusso gzip)</translation>
    </message>
    <message>
        <source>cannot open the file (%1)</source>
        <translation>impossibile aprire il file (%1)</translation>
    </message>
    <message>
        <source>cannot read the file (%1)</source>
        <translation>impossibile leggere il file (%1)</translation>
    </message>
    <message>
        <source>cannot start the gzip encoder (out of memory)</source>
        <translation>impossibile avviare il codificatore gzip (memoria insufficiente)</translation>
    </message>
    <message>
        <source>cannot compress the data (zlib error %1)</source>
        <translation>impossibile comprimere i dati (errore zlib %1)</translation>
    </message>
</context>
<context>
    <name>HeartbeatResult</name>
    <message>
        <source>ok in %1 ms: %2, version %3, accepts %4</source>
        <translation>ok in %1 ms: %2, versione %3, accetta %4</translation>
    </message>
    <message>
        <source>production</source>
        <translation>produzione</translation>
    </message>
    <message>
        <source>not production</source>
        <translation>non di produzione</translation>
    </message>
</context>
<context>
    <name>HpoOntology</name>
    <message>
        <source>malformed stanza header</source>
        <translation>intestazione di stanza non valida</translation>
    </message>
    <message>
        <source>expected &apos;tag: value&apos;</source>
        <translation>atteso “tag: value”</translation>
    </message>
    <message>
        <source>empty id</source>
        <translation>ID vuoto</translation>
    </message>
    <message>
        <source>empty is_a</source>
        <translation>is_a vuoto</translation>
    </message>
    <message>
        <source>definition is not a quoted string</source>
        <translation>la definizione non è una stringa tra virgolette</translation>
    </message>
    <message>
        <source>synonym is not a quoted string</source>
        <translation>il sinonimo non è una stringa tra virgolette</translation>
    </message>
    <message>
        <source>unknown synonym scope &apos;%1&apos;</source>
        <translation>ambito del sinonimo sconosciuto “%1”</translation>
    </message>
    <message>
        <source>[Term] without id</source>
        <translation>[Term] senza ID</translation>
    </message>
    <message>
        <source>duplicate term id %1</source>
        <translation>ID di termine duplicato %1</translation>
    </message>
    <message>
        <source>term %1 has unknown parent %2</source>
        <translation>il termine %1 ha un padre sconosciuto %2</translation>
    </message>
    <message>
        <source>term %1 has obsolete parent %2</source>
        <translation>il termine %1 ha un padre obsoleto %2</translation>
    </message>
    <message>
        <source>%1: is_a cycle involving %2</source>
        <translation>%1: ciclo is_a che coinvolge %2</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossibile aprire %1: %2</translation>
    </message>
    <message>
        <source>No hp.obo.gz or hp.obo in %1</source>
        <translation>Nessun file hp.obo.gz o hp.obo in %1</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, riga %2: %3</translation>
    </message>
</context>
<context>
    <name>InformationContent</name>
    <message>
        <source>No genes_to_phenotype.txt or phenotype.hpoa in %1</source>
        <translation>Nessun file genes_to_phenotype.txt o phenotype.hpoa in %1</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossibile aprire %1: %2</translation>
    </message>
</context>
<context>
    <name>JsonFields</name>
    <message>
        <source>required field missing</source>
        <translation>campo obbligatorio mancante</translation>
    </message>
    <message>
        <source>must be a string, not %1</source>
        <translation>deve essere una stringa, non %1</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>non deve essere vuoto</translation>
    </message>
    <message>
        <source>must be true or false, not %1</source>
        <translation>deve essere true o false, non %1</translation>
    </message>
    <message>
        <source>must be an object, not %1</source>
        <translation>deve essere un oggetto, non %1</translation>
    </message>
    <message>
        <source>must be an array, not %1</source>
        <translation>deve essere un array, non %1</translation>
    </message>
    <message>
        <source>must be an integer, not %1</source>
        <translation>deve essere un intero, non %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an integer</source>
        <translation>“%1” non è un intero</translation>
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
        <translation>&lt;h3&gt;Nessun paziente aperto&lt;/h3&gt;&lt;p&gt;Scegli un paziente a sinistra, creane uno nuovo (Ctrl+N) oppure importa casi da un phenopacket o da un file MME JSON o VCF (Ctrl+I).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>New patient</source>
        <translation>Nuovo paziente</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importa…</translation>
    </message>
    <message>
        <source>&amp;Phenotypes</source>
        <translation>F&amp;enotipi</translation>
    </message>
    <message>
        <source>&amp;Variants</source>
        <translation>&amp;Varianti</translation>
    </message>
    <message>
        <source>&amp;Matches</source>
        <translation>&amp;Corrispondenze</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Dettagli</translation>
    </message>
    <message>
        <source>Loading the Human Phenotype Ontology…</source>
        <translation>Caricamento della Human Phenotype Ontology…</translation>
    </message>
    <message>
        <source>HPO not available</source>
        <translation>HPO non disponibile</translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s) imported</source>
        <translation>
            <numerusform>%n paziente importato</numerusform>
            <numerusform>%n pazienti importati</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking for new matches failed: %1</source>
        <translation>Ricerca di nuove corrispondenze non riuscita: %1</translation>
    </message>
    <message>
        <source>&amp;New patient</source>
        <translation>&amp;Nuovo paziente</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importa…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>&amp;Export patient…</source>
        <translation>&amp;Esporta paziente…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Delete patient…</source>
        <translation>E&amp;limina paziente…</translation>
    </message>
    <message>
        <source>Ctrl+Del</source>
        <translation>Ctrl+Del</translation>
    </message>
    <message>
        <source>&amp;Undo delete</source>
        <translation>&amp;Annulla eliminazione</translation>
    </message>
    <message>
        <source>&amp;Find similar patients…</source>
        <translation>&amp;Trova pazienti simili…</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>N&amp;odes…</source>
        <translation>N&amp;odi…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>&amp;Audit log…</source>
        <translation>&amp;Registro di audit…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>&amp;About MatchDesk</source>
        <translation>&amp;Informazioni su MatchDesk</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Es&amp;ci</translation>
    </message>
    <message>
        <source>Search &amp;patients</source>
        <translation>&amp;Cerca pazienti</translation>
    </message>
    <message>
        <source>P&amp;references…</source>
        <translation>&amp;Preferenze…</translation>
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
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Modifica</translation>
    </message>
    <message>
        <source>&amp;Patient</source>
        <translation>&amp;Paziente</translation>
    </message>
    <message>
        <source>Phenotypes</source>
        <translation>Fenotipi</translation>
    </message>
    <message>
        <source>Variants</source>
        <translation>Varianti</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Corrispondenze</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Dettagli</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>S&amp;trumenti</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>Cannot create the patient</source>
        <translation>Impossibile creare il paziente</translation>
    </message>
    <message>
        <source>Patient %1 created</source>
        <translation>Paziente %1 creato</translation>
    </message>
    <message>
        <source>Delete patient</source>
        <translation>Elimina paziente</translation>
    </message>
    <message>
        <source>Delete %1 with its phenotypes, variants and matches?
You can undo this (Ctrl+Z) until MatchDesk is closed.</source>
        <translation>Eliminare %1 con i relativi fenotipi, varianti e corrispondenze?
Puoi annullare l’operazione (Ctrl+Z) finché MatchDesk resta aperto.</translation>
    </message>
    <message>
        <source>%1 deleted. Undo with Ctrl+Z.</source>
        <translation>%1 eliminato. Annulla con Ctrl+Z.</translation>
    </message>
    <message>
        <source>Delete undone</source>
        <translation>Eliminazione annullata</translation>
    </message>
    <message>
        <source>Send this patient&apos;s profile to the enabled nodes (%1)</source>
        <translation>Invia il profilo di questo paziente ai nodi abilitati (%1)</translation>
    </message>
    <message>
        <source>%1 – MatchDesk</source>
        <translation>%1 – MatchDesk</translation>
    </message>
    <message numerus="yes">
        <source>HPO %1 · %n term(s)</source>
        <translation>
            <numerusform>HPO %1 · %n termine</numerusform>
            <numerusform>HPO %1 · %n termini</numerusform>
        </translation>
    </message>
    <message>
        <source>Human Phenotype Ontology release %1, © the HPO Consortium (see Help › About)</source>
        <translation>Human Phenotype Ontology release %1, © HPO Consortium (vedi Aiuto › Informazioni)</translation>
    </message>
    <message>
        <source>Import patients</source>
        <translation>Importa pazienti</translation>
    </message>
    <message>
        <source>Patient files (*.json *.jsonl *.json.gz *.jsonl.gz *.vcf *.vcf.gz *.bcf);;Phenopackets (*.json *.jsonl *.json.gz *.jsonl.gz);;MME patient JSON (*.json);;VCF (*.vcf *.vcf.gz *.bcf);;All files (*)</source>
        <translation>File paziente (*.json *.jsonl *.json.gz *.jsonl.gz *.vcf *.vcf.gz *.bcf);;Phenopacket (*.json *.jsonl *.json.gz *.jsonl.gz);;Paziente MME JSON (*.json);;VCF (*.vcf *.vcf.gz *.bcf);;Tutti i file (*)</translation>
    </message>
    <message numerus="yes">
        <source>Alerts (%n)</source>
        <extracomment>Toolbar action and dock title; %n is the number of unread alerts.</extracomment>
        <translation>
            <numerusform>Avvisi (%n)</numerusform>
            <numerusform>Avvisi (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Avvisi</translation>
    </message>
    <message numerus="yes">
        <source>%n unread alert(s): new or changed matches of watched patients</source>
        <translation>
            <numerusform>%n avviso non letto: corrispondenze nuove o modificate di pazienti monitorati</numerusform>
            <numerusform>%n avvisi non letti: corrispondenze nuove o modificate di pazienti monitorati</numerusform>
        </translation>
    </message>
    <message>
        <source>No unread alerts</source>
        <translation>Nessun avviso non letto</translation>
    </message>
</context>
<context>
    <name>MatchDetailWidget</name>
    <message>
        <source>&amp;Copy e-mail</source>
        <translation>&amp;Copia e-mail</translation>
    </message>
    <message>
        <source>Open contact &amp;link</source>
        <translation>Apri &amp;link di contatto</translation>
    </message>
    <message>
        <source>Triage status</source>
        <translation>Stato di triage</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Notes on this match (kept on this computer)</source>
        <translation>Note su questa corrispondenza (conservate su questo computer)</translation>
    </message>
    <message>
        <source>Query term</source>
        <translation>Termine della ricerca</translation>
    </message>
    <message>
        <source>Matched in the remote case</source>
        <translation>Corrispondente nel caso remoto</translation>
    </message>
    <message>
        <source>Phenotype explanation</source>
        <translation>Spiegazione fenotipica</translation>
    </message>
    <message>
        <source>Match details</source>
        <translation>Dettagli della corrispondenza</translation>
    </message>
    <message>
        <source>Select a match to see why it matched and how to contact its clinician.</source>
        <translation>Seleziona una corrispondenza per vedere perché è stata trovata e come contattare il medico di riferimento.</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Stato:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;%2 · score &lt;b&gt;%3&lt;/b&gt; (node score %4)&lt;/p&gt;</source>
        <translation>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;%2 · punteggio &lt;b&gt;%3&lt;/b&gt; (punteggio del nodo %4)&lt;/p&gt;</translation>
    </message>
    <message>
        <source>— no similar term</source>
        <translation>— nessun termine simile</translation>
    </message>
    <message>
        <source>= %1</source>
        <translation>= %1</translation>
    </message>
    <message>
        <source>%1 (via %2)</source>
        <translation>%1 (tramite %2)</translation>
    </message>
    <message>
        <source>Information content of the shared ancestor: %1</source>
        <translation>Contenuto informativo dell’antenato comune: %1</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Shared genes&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;Geni in comune&lt;/h4&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:gray&apos;&gt;No shared gene.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:gray&apos;&gt;Nessun gene in comune.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n identical variant(s)</source>
        <translation>
            <numerusform>%n variante identica</numerusform>
            <numerusform>%n varianti identiche</numerusform>
        </translation>
    </message>
    <message>
        <source>different variants</source>
        <translation>varianti diverse</translation>
    </message>
    <message>
        <source>, same zygosity</source>
        <translation>, stessa zigosità</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Contradictions&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;Contraddizioni&lt;/h4&gt;</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Disclaimer of %1&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;Avvertenze di %1&lt;/h4&gt;</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Remote record %1&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;Record remoto %1&lt;/h4&gt;</translation>
    </message>
</context>
<context>
    <name>MatchModel</name>
    <message>
        <source>new</source>
        <translation>nuova</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>esaminata</translation>
    </message>
    <message>
        <source>contacted</source>
        <translation>contattata</translation>
    </message>
    <message>
        <source>collaborating</source>
        <translation>in collaborazione</translation>
    </message>
    <message>
        <source>not relevant</source>
        <translation>non pertinente</translation>
    </message>
    <message>
        <source>MatchDesk score %1 (phenotype %2, genotype %3): comparable across nodes</source>
        <translation>Punteggio MatchDesk %1 (fenotipo %2, genotipo %3): confrontabile tra nodi</translation>
    </message>
    <message>
        <source>The node&apos;s own score: not comparable between nodes</source>
        <translation>Punteggio proprio del nodo: non confrontabile tra nodi</translation>
    </message>
    <message>
        <source>No longer returned by %1</source>
        <translation>Non più restituita da %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 (withdrawn)</source>
        <translation>%1 (ritirata)</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punteggio</translation>
    </message>
    <message>
        <source>Node score</source>
        <translation>Punteggio del nodo</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Nodo</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contatto</translation>
    </message>
    <message>
        <source>Genes</source>
        <translation>Geni</translation>
    </message>
    <message>
        <source>Key shared phenotypes</source>
        <translation>Principali fenotipi in comune</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
</context>
<context>
    <name>MatchesPage</name>
    <message>
        <source>Find similar patients…</source>
        <translation>Trova pazienti simili…</translation>
    </message>
    <message>
        <source>Cancel query</source>
        <translation>Annulla ricerca</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Corrispondenze</translation>
    </message>
    <message>
        <source>Filter matches</source>
        <translation>Filtra corrispondenze</translation>
    </message>
    <message>
        <source>Filter by gene, phenotype, node, contact or note</source>
        <translation>Filtra per gene, fenotipo, nodo, contatto o nota</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtro stato</translation>
    </message>
    <message>
        <source>All matches</source>
        <translation>Tutte le corrispondenze</translation>
    </message>
    <message>
        <source>Hide not relevant</source>
        <translation>Nascondi non pertinenti</translation>
    </message>
    <message>
        <source>New only</source>
        <translation>Solo nuove</translation>
    </message>
    <message>
        <source>Cannot save the triage</source>
        <translation>Impossibile salvare il triage</translation>
    </message>
    <message>
        <source>Open a patient first.</source>
        <translation>Apri prima un paziente.</translation>
    </message>
    <message>
        <source>A query is running.</source>
        <translation>È in corso una ricerca.</translation>
    </message>
    <message>
        <source>Consent to matchmaking (with its date) is not recorded for this patient: record it on the Details tab before anything can be sent.</source>
        <translation>Il consenso al matchmaking (con la relativa data) non è registrato per questo paziente: registralo nella scheda Dettagli prima di poter inviare qualsiasi dato.</translation>
    </message>
    <message>
        <source>No enabled node: add one in Tools › Nodes.</source>
        <translation>Nessun nodo abilitato: aggiungine uno in Strumenti › Nodi.</translation>
    </message>
    <message>
        <source>Find similar patients</source>
        <translation>Trova pazienti simili</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n risultato</numerusform>
            <numerusform>%n risultati</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>No matches yet. “Find similar patients” shows what will be sent, then asks every enabled node at once.</source>
        <translation>Nessuna corrispondenza per ora. “Trova pazienti simili” mostra cosa verrà inviato, poi interroga contemporaneamente tutti i nodi abilitati.</translation>
    </message>
</context>
<context>
    <name>MmeClient</name>
    <message>
        <source>no connection: %1</source>
        <translation>nessuna connessione: %1</translation>
    </message>
    <message>
        <source>no complete answer: %1</source>
        <translation>risposta incompleta: %1</translation>
    </message>
    <message>
        <source>the node did not accept the token</source>
        <translation>il nodo non ha accettato il token</translation>
    </message>
    <message>
        <source>unexpected HTTP status %1 (200 expected)</source>
        <translation>stato HTTP inatteso %1 (atteso 200)</translation>
    </message>
</context>
<context>
    <name>MmeMediaType</name>
    <message>
        <source>unsupported API version in Accept</source>
        <translation>versione dell’API non supportata in Accept</translation>
    </message>
    <message>
        <source>Accept does not allow an MME media type</source>
        <translation>Accept non consente alcun tipo di media MME</translation>
    </message>
    <message>
        <source>missing Content-Type; send application/vnd.ga4gh.matchmaker.v1.0+json</source>
        <translation>Content-Type mancante; inviare application/vnd.ga4gh.matchmaker.v1.0+json</translation>
    </message>
    <message>
        <source>unsupported Content-Type; send application/vnd.ga4gh.matchmaker.vX.Y+json</source>
        <translation>Content-Type non supportato; inviare application/vnd.ga4gh.matchmaker.vX.Y+json</translation>
    </message>
    <message>
        <source>unsupported API version</source>
        <translation>versione dell’API non supportata</translation>
    </message>
</context>
<context>
    <name>MmePatientReader</name>
    <message>
        <source>&apos;%1&apos; is not a URL (&lt;scheme&gt;:&lt;address&gt;)</source>
        <translation>“%1” non è un URL (&lt;schema&gt;:&lt;indirizzo&gt;)</translation>
    </message>
    <message>
        <source>must be a string or a list of strings</source>
        <translation>deve essere una stringa o un elenco di stringhe</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>deve essere una stringa</translation>
    </message>
    <message>
        <source>must be clinician, researcher or patient</source>
        <translation>deve essere clinician, researcher o patient</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an NCBI taxon id (NCBITaxon:&lt;id&gt;)</source>
        <translation>“%1” non è un ID di taxon NCBI (NCBITaxon:&lt;id&gt;)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of FEMALE, MALE, OTHER, MIXED_SAMPLE, NOT_APPLICABLE</source>
        <translation>“%1” non è uno tra FEMALE, MALE, OTHER, MIXED_SAMPLE, NOT_APPLICABLE</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>deve essere true o false</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a MIM: or Orphanet: id</source>
        <translation>“%1” non è un ID MIM: o Orphanet: valido</translation>
    </message>
    <message>
        <source>must be &quot;yes&quot; or &quot;no&quot;, not &apos;%1&apos;</source>
        <translation>deve essere “yes” o “no”, non “%1”</translation>
    </message>
    <message>
        <source>%1.id: gene &apos;%2&apos; not found in the HGNC catalog, kept as given</source>
        <translation>%1.id: gene “%2” non trovato nel catalogo HGNC, mantenuto come indicato</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not NCBI36, GRCh37 or GRCh38[.pN]</source>
        <translation>“%1” non è NCBI36, GRCh37 o GRCh38[.pN]</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not 1-22, X, Y or MT (without &quot;chr&quot;)</source>
        <translation>“%1” non è 1-22, X, Y o MT (senza “chr”)</translation>
    </message>
    <message>
        <source>must not be smaller than start (%1)</source>
        <translation>non deve essere minore di start (%1)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a sequence of A, C, G, T, N</source>
        <translation>“%1” non è una sequenza di A, C, G, T, N</translation>
    </message>
    <message>
        <source>must be 1 (heterozygous or hemizygous) or 2 (homozygous)</source>
        <translation>deve essere 1 (eterozigote o emizigote) o 2 (omozigote)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a Sequence Ontology id (SO:nnnnnnn)</source>
        <translation>“%1” non è un ID della Sequence Ontology (SO:nnnnnnn)</translation>
    </message>
    <message>
        <source>needs at least one of features or genomicFeatures</source>
        <translation>richiede almeno uno tra features e genomicFeatures</translation>
    </message>
    <message>
        <source>not valid JSON (%1)</source>
        <translation>JSON non valido (%1)</translation>
    </message>
    <message>
        <source>longer than %1 bytes</source>
        <translation>supera i %1 byte</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an HPO id (HP:nnnnnnn)</source>
        <translation>“%1” non è un ID HPO (HP:nnnnnnn)</translation>
    </message>
    <message>
        <source>%1.%2: unknown field ignored</source>
        <translation>%1.%2: campo sconosciuto ignorato</translation>
    </message>
    <message>
        <source>required field missing</source>
        <translation>campo obbligatorio mancante</translation>
    </message>
    <message>
        <source>must be a non-negative integer</source>
        <translation>deve essere un intero non negativo</translation>
    </message>
    <message>
        <source>%1.id: gene &apos;%2&apos; is ambiguous in the HGNC catalog (%3), kept as given</source>
        <translation>%1.id: gene “%2” ambiguo nel catalogo HGNC (%3), mantenuto come indicato</translation>
    </message>
</context>
<context>
    <name>MmePatientWriter</name>
    <message>
        <source>the MME id must be 1 to 255 bytes</source>
        <translation>l’ID MME deve essere compreso tra 1 e 255 byte</translation>
    </message>
    <message>
        <source>the responsible clinician needs a name and a contact URL (href) for MME</source>
        <translation>per MME il medico referente deve avere un nome e un URL di contatto (href)</translation>
    </message>
    <message>
        <source>disorder %1 has no MME form (only OMIM and Orphanet), left out</source>
        <translation>la malattia %1 non ha una forma MME (solo OMIM e Orphanet): omessa</translation>
    </message>
    <message>
        <source>variant %1 has no gene: MME requires one, left out</source>
        <translation>la variante %1 non ha un gene, obbligatorio per MME: omessa</translation>
    </message>
    <message>
        <source>neither phenotypic features nor genes to share</source>
        <translation>nessuna caratteristica fenotipica né gene da condividere</translation>
    </message>
</context>
<context>
    <name>MmeResponseParser</name>
    <message>
        <source>not JSON: %1 at byte %2</source>
        <translation>non è JSON: %1 al byte %2</translation>
    </message>
    <message>
        <source>the response is not a JSON object</source>
        <translation>la risposta non è un oggetto JSON</translation>
    </message>
    <message>
        <source>results: mandatory array, got %1</source>
        <translation>results: array obbligatorio, ricevuto %1</translation>
    </message>
    <message>
        <source>must be an object, got %1</source>
        <translation>deve essere un oggetto, ricevuto %1</translation>
    </message>
    <message>
        <source>mandatory object, got %1</source>
        <translation>oggetto obbligatorio, ricevuto %1</translation>
    </message>
    <message>
        <source>mandatory number, got %1</source>
        <translation>numero obbligatorio, ricevuto %1</translation>
    </message>
    <message>
        <source>%1 is outside [0, 1]</source>
        <translation>%1 è fuori da [0, 1]</translation>
    </message>
    <message>
        <source>&apos;%1&apos; returned twice</source>
        <translation>“%1” restituito due volte</translation>
    </message>
    <message>
        <source>heartbeat: mandatory object, got %1</source>
        <translation>heartbeat: oggetto obbligatorio, ricevuto %1</translation>
    </message>
    <message>
        <source>mandatory boolean, got %1</source>
        <translation>booleano obbligatorio, ricevuto %1</translation>
    </message>
    <message>
        <source>mandatory string, got %1</source>
        <translation>stringa obbligatoria, ricevuto %1</translation>
    </message>
    <message>
        <source>mandatory array, got %1</source>
        <translation>array obbligatorio, ricevuto %1</translation>
    </message>
    <message>
        <source>mandatory non-empty string, got %1</source>
        <translation>stringa non vuota obbligatoria, ricevuto %1</translation>
    </message>
    <message>
        <source>longer than 255 bytes</source>
        <translation>supera i 255 byte</translation>
    </message>
    <message>
        <source>must be an array, got %1</source>
        <translation>deve essere un array, ricevuto %1</translation>
    </message>
    <message>
        <source>needs at least one of features or genomicFeatures</source>
        <translation>richiede almeno uno tra features e genomicFeatures</translation>
    </message>
</context>
<context>
    <name>NodeCommandLine</name>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>comando sconosciuto “%1”</translation>
    </message>
    <message>
        <source>Clients file.</source>
        <translation>File dei client.</translation>
    </message>
    <message>
        <source>Client name.</source>
        <translation>Nome del client.</translation>
    </message>
    <message>
        <source>add-client needs --clients FILE and --name NAME</source>
        <translation>add-client richiede --clients FILE e --name NAME</translation>
    </message>
    <message>
        <source>Client &quot;%1&quot; added to %2. The token above is shown only once; the file keeps its SHA-256.
</source>
        <translation>Client “%1” aggiunto a %2. Il token qui sopra viene mostrato una sola volta; nel file viene salvato solo il suo SHA-256.
</translation>
    </message>
    <message>
        <source>Node database.</source>
        <translation>Database del nodo.</translation>
    </message>
    <message>
        <source>Files to import.</source>
        <translation>File da importare.</translation>
    </message>
    <message>
        <source>import needs --db FILE and at least one input file</source>
        <translation>import richiede --db FILE e almeno un file di input</translation>
    </message>
    <message>
        <source>warning: gene catalog not loaded (%1); gene ids are kept as given
</source>
        <translation>attenzione: catalogo dei geni non caricato (%1); gli ID dei geni vengono mantenuti come indicati
</translation>
    </message>
    <message numerus="yes">
        <source>imported %n case(s); the node holds %1</source>
        <translation>
            <numerusform>importato %n caso; casi totali nel nodo: %1</numerusform>
            <numerusform>importati %n casi; casi totali nel nodo: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Address.</source>
        <translation>Indirizzo di ascolto.</translation>
    </message>
    <message>
        <source>Certificate.</source>
        <translation>Certificato.</translation>
    </message>
    <message>
        <source>Key.</source>
        <translation>Chiave privata.</translation>
    </message>
    <message>
        <source>Base path.</source>
        <translation>Percorso di base.</translation>
    </message>
    <message>
        <source>Max results.</source>
        <translation>Numero massimo di risultati.</translation>
    </message>
    <message>
        <source>Min score.</source>
        <translation>Punteggio minimo.</translation>
    </message>
    <message>
        <source>Disclaimer.</source>
        <translation>Avvertenze.</translation>
    </message>
    <message>
        <source>Disclaimer file.</source>
        <translation>File delle avvertenze.</translation>
    </message>
    <message>
        <source>Max body.</source>
        <translation>Dimensione massima del corpo della richiesta.</translation>
    </message>
    <message>
        <source>Timeout.</source>
        <translation>Timeout della richiesta.</translation>
    </message>
    <message>
        <source>Production node.</source>
        <translation>Nodo di produzione.</translation>
    </message>
    <message>
        <source>Contact.</source>
        <translation>Contatto.</translation>
    </message>
    <message>
        <source>Contact URL.</source>
        <translation>URL di contatto.</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>argomento inatteso “%1”</translation>
    </message>
    <message>
        <source>serve needs --db FILE, --listen HOST:PORT and --clients FILE</source>
        <translation>serve richiede --db FILE, --listen HOST:PORT e --clients FILE</translation>
    </message>
    <message>
        <source>--max-results must be an integer from 1 to 1000</source>
        <translation>--max-results deve essere un intero da 1 a 1000</translation>
    </message>
    <message>
        <source>--min-score must be a number from 0 to below 1</source>
        <translation>--min-score deve essere un numero maggiore o uguale a 0 e minore di 1</translation>
    </message>
    <message>
        <source>--max-body must be an integer of at least 1024</source>
        <translation>--max-body deve essere un intero non inferiore a 1024</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossibile leggere %1: %2</translation>
    </message>
    <message>
        <source>--listen must be HOST:PORT, e.g. 127.0.0.1:8443</source>
        <translation>--listen deve essere nella forma HOST:PORT, ad es. 127.0.0.1:8443</translation>
    </message>
    <message>
        <source>--listen: &quot;%1&quot; is not an IP address</source>
        <translation>--listen: “%1” non è un indirizzo IP</translation>
    </message>
    <message>
        <source>--tls-cert and --tls-key go together</source>
        <translation>--tls-cert e --tls-key vanno indicati insieme</translation>
    </message>
    <message>
        <source>No PEM certificate in %1</source>
        <translation>Nessun certificato PEM in %1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossibile leggere %1: %2</translation>
    </message>
    <message>
        <source>No usable PEM private key (RSA or EC) in %1</source>
        <translation>Nessuna chiave privata PEM utilizzabile (RSA o EC) in %1</translation>
    </message>
    <message>
        <source>Refusing plain HTTP on %1: without --tls-cert/--tls-key the node only listens on loopback (127.0.0.1 or ::1)</source>
        <translation>HTTP non cifrato rifiutato su %1: senza --tls-cert/--tls-key il nodo resta in ascolto solo sull’interfaccia di loopback (127.0.0.1 o ::1)</translation>
    </message>
    <message>
        <source>warning: serving plain HTTP on loopback only; use --tls-cert/--tls-key for a real node
</source>
        <translation>attenzione: HTTP non cifrato servito solo sull’interfaccia di loopback; per un nodo reale usare --tls-cert/--tls-key
</translation>
    </message>
    <message>
        <source>warning: no clients in %1; every request will be answered 401
</source>
        <translation>attenzione: nessun client in %1; ogni richiesta riceverà la risposta 401
</translation>
    </message>
    <message>
        <source>Cannot load the HPO, which the node needs for matching: %1</source>
        <translation>Impossibile caricare la HPO, necessaria al nodo per la ricerca di corrispondenze: %1</translation>
    </message>
    <message>
        <source>disease annotations</source>
        <translation>annotazioni delle malattie</translation>
    </message>
    <message>
        <source>warning: HPO annotations not loaded (%1); information content from the node&apos;s cases
</source>
        <translation>attenzione: annotazioni HPO non caricate (%1); contenuto informativo calcolato dai casi del nodo
</translation>
    </message>
    <message>
        <source>the node&apos;s cases</source>
        <translation>casi del nodo</translation>
    </message>
    <message>
        <source>warning: gene phenotype profiles not loaded (%1); scoring without them
</source>
        <translation>attenzione: profili fenotipici dei geni non caricati (%1); il punteggio viene calcolato senza di essi
</translation>
    </message>
    <message>
        <source>warning: gene catalog not loaded (%1); gene ids are checked by form only
</source>
        <translation>attenzione: catalogo dei geni non caricato (%1); degli ID dei geni viene verificato solo il formato
</translation>
    </message>
    <message>
        <source>Cannot set up signal handling</source>
        <translation>Impossibile configurare la gestione dei segnali</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) loaded in %1 ms (reference data %2 ms, database %3 ms, index %4 ms; information content from %5)</source>
        <translation>
            <numerusform>%n caso caricato in %1 ms (dati di riferimento %2 ms, database %3 ms, indice %4 ms; fonte del contenuto informativo: %5)</numerusform>
            <numerusform>%n casi caricati in %1 ms (dati di riferimento %2 ms, database %3 ms, indice %4 ms; fonte del contenuto informativo: %5)</numerusform>
        </translation>
    </message>
    <message>
        <source>stopped
</source>
        <translation>arrestato
</translation>
    </message>
    <message>
        <source>--request-timeout must be a number of seconds greater than 0 and at most 3600</source>
        <translation>--request-timeout deve essere un numero di secondi maggiore di 0 e non superiore a 3600</translation>
    </message>
</context>
<context>
    <name>NodeEditDialog</name>
    <message>
        <source>&amp;Enabled: included in queries</source>
        <translation>&amp;Abilitato: incluso nelle ricerche</translation>
    </message>
    <message>
        <source>Add node</source>
        <translation>Aggiungi nodo</translation>
    </message>
    <message>
        <source>Edit node %1</source>
        <translation>Modifica nodo %1</translation>
    </message>
    <message>
        <source>Node name</source>
        <translation>Nome del nodo</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>URL di base</translation>
    </message>
    <message>
        <source>https://node.example.org/mme</source>
        <translation>https://node.example.org/mme</translation>
    </message>
    <message>
        <source>MME API version</source>
        <translation>Versione dell’API MME</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Token di accesso</translation>
    </message>
    <message>
        <source>stored in the keychain – type to replace</source>
        <translation>memorizzato nel portachiavi – digita per sostituirlo</translation>
    </message>
    <message>
        <source>X-Auth-Token</source>
        <translation>X-Auth-Token</translation>
    </message>
    <message>
        <source>The token is kept in the system keychain and never shown again.</source>
        <translation>Il token viene conservato nel portachiavi di sistema e non viene più mostrato.</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Connect timeout</source>
        <translation>Timeout di connessione</translation>
    </message>
    <message>
        <source>Total timeout</source>
        <translation>Timeout totale</translation>
    </message>
    <message>
        <source>CA bundle</source>
        <translation>Bundle CA</translation>
    </message>
    <message>
        <source>system certificate store</source>
        <translation>archivio certificati di sistema</translation>
    </message>
    <message>
        <source>Pinned public key</source>
        <translation>Chiave pubblica fissata (pinning)</translation>
    </message>
    <message>
        <source>sha256//… (optional)</source>
        <translation>sha256//… (facoltativo)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>Base &amp;URL:</source>
        <translation>&amp;URL di base:</translation>
    </message>
    <message>
        <source>API &amp;version:</source>
        <translation>&amp;Versione API:</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>&amp;Connect timeout:</source>
        <translation>Timeout di &amp;connessione:</translation>
    </message>
    <message>
        <source>T&amp;otal timeout:</source>
        <translation>Timeout t&amp;otale:</translation>
    </message>
    <message>
        <source>CA &amp;bundle:</source>
        <translation>&amp;Bundle CA:</translation>
    </message>
    <message>
        <source>&amp;Pinned key:</source>
        <translation>Chiave &amp;fissata:</translation>
    </message>
    <message>
        <source>Give the node a name.</source>
        <translation>Assegna un nome al nodo.</translation>
    </message>
    <message>
        <source>Enter the node&apos;s base URL (https://…).</source>
        <translation>Inserisci l’URL di base del nodo (https://…).</translation>
    </message>
    <message>
        <source>Plain http is only allowed on this computer (localhost); use https.</source>
        <translation>L’http non cifrato è consentito solo su questo computer (localhost); usa https.</translation>
    </message>
</context>
<context>
    <name>NodeHttpServer</name>
    <message>
        <source>Cannot listen on %1:%2: %3</source>
        <translation>Impossibile mettersi in ascolto su %1:%2: %3</translation>
    </message>
</context>
<context>
    <name>NodeModel</name>
    <message>
        <source>Set by your IT department</source>
        <translation>Impostato dal servizio informatico</translation>
    </message>
    <message>
        <source>%1 (policy)</source>
        <translation>%1 (criterio)</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>abilitato</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>disabilitato</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Nodo</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>URL di base</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Last test</source>
        <translation>Ultimo test</translation>
    </message>
</context>
<context>
    <name>NodeRequestParser</name>
    <message>
        <source>invalid JSON: %1 at offset %2</source>
        <translation>JSON non valido: %1 alla posizione %2</translation>
    </message>
    <message>
        <source>the request body must be a JSON object with a &quot;patient&quot;</source>
        <translation>il corpo della richiesta deve essere un oggetto JSON con un “patient”</translation>
    </message>
    <message>
        <source>is mandatory</source>
        <translation>è obbligatorio</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>deve essere un oggetto</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>deve essere una stringa</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a current HPO term</source>
        <translation>“%1” non è un termine HPO attuale</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an Ensembl gene id, Entrez id, HGNC id or HGNC symbol</source>
        <translation>“%1” non è un ID di gene Ensembl, un ID Entrez, un ID HGNC né un simbolo HGNC</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a known gene (HGNC)</source>
        <translation>“%1” non è un gene noto (HGNC)</translation>
    </message>
</context>
<context>
    <name>NodeResult</name>
    <message numerus="yes">
        <source>ok %n result(s) in %1 ms</source>
        <translation>
            <numerusform>ok, %n risultato in %1 ms</numerusform>
            <numerusform>ok, %n risultati in %1 ms</numerusform>
        </translation>
    </message>
    <message>
        <source>timeout after %1 ms (%2)</source>
        <translation>timeout dopo %1 ms (%2)</translation>
    </message>
    <message>
        <source> (node supports %1)</source>
        <translation> (il nodo supporta %1)</translation>
    </message>
    <message numerus="yes">
        <source>; %n invalid result(s) dropped</source>
        <translation>
            <numerusform>; %n risultato non valido scartato</numerusform>
            <numerusform>; %n risultati non validi scartati</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NodeService</name>
    <message>
        <source>no such resource; the node serves %1/match, %1/heartbeat and %1/metrics</source>
        <translation>risorsa inesistente; il nodo fornisce %1/match, %1/heartbeat e %1/metrics</translation>
    </message>
    <message>
        <source>method %1 not allowed; use %2</source>
        <translation>metodo %1 non consentito; usare %2</translation>
    </message>
    <message>
        <source>missing X-Auth-Token</source>
        <translation>X-Auth-Token mancante</translation>
    </message>
    <message>
        <source>invalid X-Auth-Token</source>
        <translation>X-Auth-Token non valido</translation>
    </message>
    <message>
        <source>request body larger than %1 bytes</source>
        <translation>corpo della richiesta superiore a %1 byte</translation>
    </message>
</context>
<context>
    <name>NodeStatus</name>
    <message>
        <source>waiting</source>
        <translation>in attesa</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>timeout</source>
        <translation>timeout</translation>
    </message>
    <message>
        <source>connection failed</source>
        <translation>connessione non riuscita</translation>
    </message>
    <message>
        <source>TLS error</source>
        <translation>errore TLS</translation>
    </message>
    <message>
        <source>401 unauthorized</source>
        <translation>401 non autorizzato</translation>
    </message>
    <message>
        <source>406 version not accepted</source>
        <translation>406 versione non accettata</translation>
    </message>
    <message>
        <source>HTTP error</source>
        <translation>errore HTTP</translation>
    </message>
    <message>
        <source>malformed response</source>
        <translation>risposta non valida</translation>
    </message>
    <message>
        <source>response too large</source>
        <translation>risposta troppo grande</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>non inviato</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annullato</translation>
    </message>
</context>
<context>
    <name>NodeStatusStrip</name>
    <message>
        <source>◐ %1 · waiting…</source>
        <translation>◐ %1 · in attesa…</translation>
    </message>
    <message>
        <source>%1: waiting for the answer</source>
        <translation>%1: in attesa della risposta</translation>
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
        <translation>%1 %2 · in attesa…</translation>
    </message>
</context>
<context>
    <name>NodesDialog</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Aggiungi…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifica…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Rimuovi</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Verifica connessione</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Disabilita</translation>
    </message>
    <message>
        <source>Matchmaker Exchange nodes</source>
        <translation>Nodi Matchmaker Exchange</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>Nodi</translation>
    </message>
    <message>
        <source>Node settings are set by your IT department.</source>
        <translation>Le impostazioni dei nodi sono definite dal servizio informatico.</translation>
    </message>
    <message>
        <source>Set by your IT department</source>
        <translation>Impostato dal servizio informatico</translation>
    </message>
    <message>
        <source>E&amp;nable</source>
        <translation>A&amp;bilita</translation>
    </message>
    <message>
        <source>Cannot add the node</source>
        <translation>Impossibile aggiungere il nodo</translation>
    </message>
    <message>
        <source>A node named %1 already exists.</source>
        <translation>Esiste già un nodo denominato %1.</translation>
    </message>
    <message>
        <source>Cannot save the node</source>
        <translation>Impossibile salvare il nodo</translation>
    </message>
    <message>
        <source>Token not stored</source>
        <translation>Token non memorizzato</translation>
    </message>
    <message>
        <source>token stored in %1</source>
        <translation>token memorizzato in %1</translation>
    </message>
    <message>
        <source>Remove node</source>
        <translation>Rimuovi nodo</translation>
    </message>
    <message>
        <source>Remove the node %1 and its stored token? Matches already received are kept.</source>
        <translation>Rimuovere il nodo %1 e il relativo token memorizzato? Le corrispondenze già ricevute vengono conservate.</translation>
    </message>
    <message>
        <source>Cannot remove the node</source>
        <translation>Impossibile rimuovere il nodo</translation>
    </message>
    <message>
        <source>testing…</source>
        <translation>verifica in corso…</translation>
    </message>
</context>
<context>
    <name>OutgoingRequest</name>
    <message>
        <source>granted without a date</source>
        <translation>acquisito senza data</translation>
    </message>
    <message>
        <source>Patient %1 cannot be sent to matchmaking nodes: no recorded consent for matching (consent: %2). Record the consent and its date first.</source>
        <translation>Il paziente %1 non può essere inviato ai nodi di matchmaking: nessun consenso al matchmaking registrato (consenso: %2). Registra prima il consenso e la relativa data.</translation>
    </message>
    <message>
        <source>Patient %1 cannot be sent: the responsible clinician (contact name and e-mail or contact URL) is missing.</source>
        <translation>Il paziente %1 non può essere inviato: manca il medico referente (nome e indirizzo e-mail o URL di contatto).</translation>
    </message>
    <message>
        <source>Patient %1 cannot be sent: it has neither an observed phenotype nor a candidate gene to match on.</source>
        <translation>Il paziente %1 non può essere inviato: non ha né un fenotipo osservato né un gene candidato su cui cercare corrispondenze.</translation>
    </message>
    <message>
        <source>Patient %1 cannot be sent: no pseudonym.</source>
        <translation>Il paziente %1 non può essere inviato: manca lo pseudonimo.</translation>
    </message>
    <message>
        <source>Patient %1 cannot be sent: %2</source>
        <translation>Il paziente %1 non può essere inviato: %2</translation>
    </message>
    <message>
        <source>Patient %1 was not sent: the payload would contain its local id or label.</source>
        <translation>Il paziente %1 non è stato inviato: i dati trasmessi conterrebbero il suo ID locale o la sua etichetta.</translation>
    </message>
    <message>
        <source>(patient without id)</source>
        <translation>(paziente senza ID)</translation>
    </message>
</context>
<context>
    <name>PatientDetailsPage</name>
    <message>
        <source>Add disorder</source>
        <translation>Aggiungi malattia</translation>
    </message>
    <message>
        <source>Remove disorder</source>
        <translation>Rimuovi malattia</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etichetta</translation>
    </message>
    <message>
        <source>e.g. initials and year; stays on this computer</source>
        <translation>ad es. iniziali e anno; resta su questo computer</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sesso</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Non noto</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Femmina</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Maschio</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Altro</translation>
    </message>
    <message>
        <source>Consent to matchmaking</source>
        <translation>Consenso al matchmaking</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Non registrato</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Acquisito</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Negato</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Revocato</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>Data del consenso</translation>
    </message>
    <message>
        <source>Clinician name</source>
        <translation>Nome del medico</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Struttura</translation>
    </message>
    <message>
        <source>Clinician e-mail</source>
        <translation>E-mail del medico</translation>
    </message>
    <message>
        <source>Contact link</source>
        <translation>Link di contatto</translation>
    </message>
    <message>
        <source>mailto: address or https contact form</source>
        <translation>indirizzo mailto: o modulo di contatto https</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paziente</translation>
    </message>
    <message>
        <source>&amp;Label (local only):</source>
        <translation>Eti&amp;chetta (solo locale):</translation>
    </message>
    <message>
        <source>Local id:</source>
        <translation>ID locale:</translation>
    </message>
    <message>
        <source>&amp;Sex:</source>
        <translation>&amp;Sesso:</translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation>S&amp;tato:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Data:</translation>
    </message>
    <message>
        <source>Responsible clinician (shared with matches)</source>
        <translation>Medico referente (condiviso con le corrispondenze)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;Institution:</source>
        <translation>St&amp;ruttura:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>Contact &amp;link:</source>
        <translation>&amp;Link di contatto:</translation>
    </message>
    <message>
        <source>Disorder id</source>
        <translation>ID della malattia</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>Esclusa</translation>
    </message>
    <message>
        <source>Disorders</source>
        <translation>Malattie</translation>
    </message>
    <message>
        <source>Disorders (OMIM / ORPHA)</source>
        <translation>Malattie (OMIM / ORPHA)</translation>
    </message>
    <message>
        <source>This patient may be shared with matchmaking nodes.</source>
        <translation>Questo paziente può essere condiviso con i nodi di matchmaking.</translation>
    </message>
    <message>
        <source>Without granted consent (with its date) the patient cannot be sent to any node.</source>
        <translation>Senza un consenso acquisito (con la relativa data) il paziente non può essere inviato ad alcun nodo.</translation>
    </message>
</context>
<context>
    <name>PatientImporter</name>
    <message>
        <source>%1: already in the database</source>
        <translation>%1: già presente nel database</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importazione di %1…</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Importazione completata</translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s) imported from %1.</source>
        <translation>
            <numerusform>%n paziente importato da %1.</numerusform>
            <numerusform>%n pazienti importati da %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) left out:</source>
        <translation>
            <numerusform>%n record escluso:</numerusform>
            <numerusform>%n record esclusi:</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot import %1</source>
        <translation>Impossibile importare %1</translation>
    </message>
    <message>
        <source>Import variants from VCF</source>
        <translation>Importa varianti da VCF</translation>
    </message>
    <message>
        <source>VCF files (*.vcf *.vcf.gz *.bcf);;All files (*)</source>
        <translation>File VCF (*.vcf *.vcf.gz *.bcf);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Export patient as phenopacket</source>
        <translation>Esporta paziente come phenopacket</translation>
    </message>
    <message>
        <source>Phenopacket (*.json);;Compressed phenopacket (*.json.gz)</source>
        <translation>Phenopacket (*.json);;Phenopacket compresso (*.json.gz)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Esportazione…</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Esportazione non riuscita</translation>
    </message>
</context>
<context>
    <name>PatientListModel</name>
    <message numerus="yes">
        <source>%1 (local id %2)
%n observed term(s)</source>
        <translation>
            <numerusform>%1 (ID locale %2)
%n termine osservato</numerusform>
            <numerusform>%1 (ID locale %2)
%n termini osservati</numerusform>
        </translation>
    </message>
    <message>
        <source>Consent to matchmaking not recorded</source>
        <translation>Consenso al matchmaking non registrato</translation>
    </message>
    <message numerus="yes">
        <source>%n observed term(s)</source>
        <translation>
            <numerusform>%n termine osservato</numerusform>
            <numerusform>%n termini osservati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new match(es)</source>
        <translation>
            <numerusform>%n nuova corrispondenza</numerusform>
            <numerusform>%n nuove corrispondenze</numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <translation>mai</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paziente</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Termini</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuove</translation>
    </message>
    <message>
        <source>Last queried</source>
        <translation>Ultima ricerca</translation>
    </message>
</context>
<context>
    <name>PatientListWidget</name>
    <message>
        <source>Search patients (Ctrl+F)</source>
        <translation>Cerca pazienti (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search patients</source>
        <translation>Cerca pazienti</translation>
    </message>
    <message>
        <source>Patient filter</source>
        <translation>Filtro pazienti</translation>
    </message>
    <message>
        <source>All patients</source>
        <translation>Tutti i pazienti</translation>
    </message>
    <message>
        <source>With new matches</source>
        <translation>Con nuove corrispondenze</translation>
    </message>
    <message>
        <source>Consent missing</source>
        <translation>Consenso mancante</translation>
    </message>
    <message>
        <source>Never queried</source>
        <translation>Nessuna ricerca eseguita</translation>
    </message>
    <message>
        <source>Not queried for 90 days</source>
        <translation>Nessuna ricerca da 90 giorni</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Pazienti</translation>
    </message>
    <message>
        <source>No patients yet.
Create one (Ctrl+N) or import a phenopacket, MME JSON or VCF file (Ctrl+I).</source>
        <translation>Ancora nessun paziente.
Creane uno (Ctrl+N) o importa un phenopacket o un file MME JSON o VCF (Ctrl+I).</translation>
    </message>
    <message>
        <source>No patient matches the search or filter.</source>
        <translation>Nessun paziente corrisponde alla ricerca o al filtro.</translation>
    </message>
</context>
<context>
    <name>PatientSummaryPane</name>
    <message>
        <source>&lt;h3&gt;Getting started&lt;/h3&gt;&lt;ol&gt;&lt;li&gt;Create or import a patient.&lt;/li&gt;&lt;li&gt;Record consent and the responsible clinician (Details).&lt;/li&gt;&lt;li&gt;Enter observed and excluded HPO terms (Phenotypes).&lt;/li&gt;&lt;li&gt;Add candidate genes or variants (Variants).&lt;/li&gt;&lt;li&gt;Find similar patients on the Matchmaker Exchange nodes.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;h3&gt;Per iniziare&lt;/h3&gt;&lt;ol&gt;&lt;li&gt;Crea o importa un paziente.&lt;/li&gt;&lt;li&gt;Registra il consenso e il medico referente (Dettagli).&lt;/li&gt;&lt;li&gt;Inserisci i termini HPO osservati ed esclusi (Fenotipi).&lt;/li&gt;&lt;li&gt;Aggiungi i geni o le varianti candidati (Varianti).&lt;/li&gt;&lt;li&gt;Trova pazienti simili sui nodi Matchmaker Exchange.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>Consent granted on %1</source>
        <translation>Consenso acquisito il %1</translation>
    </message>
    <message>
        <source>Consent to matchmaking not recorded</source>
        <translation>Consenso al matchmaking non registrato</translation>
    </message>
    <message numerus="yes">
        <source>%n observed term(s)</source>
        <translation>
            <numerusform>%n termine osservato</numerusform>
            <numerusform>%n termini osservati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n excluded</source>
        <translation>
            <numerusform>%n escluso</numerusform>
            <numerusform>%n esclusi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n candidate variant(s)</source>
        <translation>
            <numerusform>%n variante candidata</numerusform>
            <numerusform>%n varianti candidate</numerusform>
        </translation>
    </message>
    <message>
        <source>No responsible clinician</source>
        <translation>Nessun medico referente</translation>
    </message>
    <message>
        <source>Contact: %1</source>
        <translation>Contatto: %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Origine: %1</translation>
    </message>
    <message>
        <source>Local id: %1</source>
        <translation>ID locale: %1</translation>
    </message>
</context>
<context>
    <name>PhenopacketReader</name>
    <message>
        <source>&apos;%1&apos; is not a Phenopacket v2 schema version</source>
        <translation>“%1” non è una versione dello schema Phenopacket v2</translation>
    </message>
    <message>
        <source>%1: metaData missing</source>
        <translation>%1: metaData mancante</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an HPO id (HP:nnnnnnn)</source>
        <translation>“%1” non è un ID HPO (HP:nnnnnnn)</translation>
    </message>
    <message>
        <source>needs either gene or variantInterpretation</source>
        <translation>richiede gene oppure variantInterpretation</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>il file è vuoto</translation>
    </message>
    <message>
        <source>not valid JSON (%1)</source>
        <translation>JSON non valido (%1)</translation>
    </message>
    <message>
        <source>document %1</source>
        <translation>documento %1</translation>
    </message>
    <message>
        <source>must be a JSON object, not %1</source>
        <translation>deve essere un oggetto JSON, non %1</translation>
    </message>
    <message>
        <source>must be a JSON object (a phenopacket)</source>
        <translation>deve essere un oggetto JSON (un phenopacket)</translation>
    </message>
    <message>
        <source>import cancelled</source>
        <translation>importazione annullata</translation>
    </message>
    <message>
        <source>%1: HPO ids kept as given (no ontology loaded to map alternative and obsolete ids)</source>
        <translation>%1: ID HPO mantenuti come indicati (nessuna ontologia caricata per convertire gli ID alternativi e obsoleti)</translation>
    </message>
    <message>
        <source>%1: %2 is an alternative id, mapped to %3</source>
        <translation>%1: %2 è un ID alternativo, convertito in %3</translation>
    </message>
    <message>
        <source>%1: %2 is obsolete, replaced by %3</source>
        <translation>%1: %2 è obsoleto, sostituito da %3</translation>
    </message>
    <message>
        <source>%1: %2 is obsolete without replacement, kept as given</source>
        <translation>%1: %2 è obsoleto e senza sostituto, mantenuto come indicato</translation>
    </message>
    <message>
        <source>%1: %2 is not in the ontology, kept as given</source>
        <translation>%1: %2 non è presente nell’ontologia, mantenuto come indicato</translation>
    </message>
    <message>
        <source>%1 is not a sex enum value (0-3)</source>
        <translation>%1 non è un valore valido dell’enumerazione sex (0-3)</translation>
    </message>
    <message>
        <source>must be a string, not %1</source>
        <translation>deve essere una stringa, non %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of UNKNOWN_SEX, FEMALE, MALE, OTHER_SEX</source>
        <translation>“%1” non è uno tra UNKNOWN_SEX, FEMALE, MALE, OTHER_SEX</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>deve essere una stringa</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an ACMG classification</source>
        <translation>“%1” non è una classificazione ACMG</translation>
    </message>
    <message>
        <source>%1 is not an ACMG classification</source>
        <translation>%1 non è una classificazione ACMG</translation>
    </message>
    <message>
        <source>must be a 1-based position (at least 1), not %1</source>
        <translation>deve essere una posizione in base 1 (almeno 1), non %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a GENO id</source>
        <translation>“%1” non è un ID GENO</translation>
    </message>
</context>
<context>
    <name>PhenotypeFeatureModel</name>
    <message>
        <source>%1 is not a current HPO term</source>
        <translation>%1 non è un termine HPO attuale</translation>
    </message>
    <message>
        <source>Redundant: %1 is an ancestor of %2, which is also observed</source>
        <translation>Ridondante: %1 è un antenato di %2, anch’esso osservato</translation>
    </message>
    <message>
        <source>Conflict: %1 is both observed and excluded</source>
        <translation>Conflitto: %1 è sia osservato sia escluso</translation>
    </message>
    <message>
        <source>Conflict: %1 is excluded but its descendant %2 is observed</source>
        <translation>Conflitto: %1 è escluso ma il suo discendente %2 è osservato</translation>
    </message>
    <message>
        <source>English: %1 (machine translation, not yet approved)</source>
        <translation>Inglese: %1 (traduzione automatica, non ancora approvata)</translation>
    </message>
    <message>
        <source>English: %1</source>
        <translation>Inglese: %1</translation>
    </message>
    <message>
        <source>excluded</source>
        <translation>escluso</translation>
    </message>
    <message>
        <source>observed</source>
        <translation>osservato</translation>
    </message>
    <message>
        <source>Phenotype</source>
        <translation>Fenotipo</translation>
    </message>
    <message>
        <source>HPO id</source>
        <translation>ID HPO</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Onset</source>
        <translation>Esordio</translation>
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
        <translation>Aggiungi come &amp;osservato</translation>
    </message>
    <message>
        <source>Add e&amp;xcluded</source>
        <translation>Aggiungi come e&amp;scluso</translation>
    </message>
    <message>
        <source>Observed ⇄ excluded</source>
        <translation>Osservato ⇄ escluso</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Rimuovi</translation>
    </message>
    <message>
        <source>Search HPO terms</source>
        <translation>Cerca termini HPO</translation>
    </message>
    <message>
        <source>HPO suggestions</source>
        <translation>Suggerimenti HPO</translation>
    </message>
    <message>
        <source>Return adds the highlighted term as observed, Shift+Return as excluded; ↑/↓ choose.</source>
        <translation>Invio aggiunge il termine evidenziato come osservato, Maiusc+Invio come escluso; ↑/↓ per scegliere.</translation>
    </message>
    <message>
        <source>Onset of the next term</source>
        <translation>Esordio del prossimo termine</translation>
    </message>
    <message>
        <source>Phenotype profile</source>
        <translation>Profilo fenotipico</translation>
    </message>
    <message>
        <source>&amp;Find term:</source>
        <translation>&amp;Cerca termine:</translation>
    </message>
    <message>
        <source>O&amp;nset:</source>
        <translation>&amp;Esordio:</translation>
    </message>
    <message>
        <source>Type a phenotype, synonym or HPO id (Ctrl+T), e.g. “seizure” or HP:0001250</source>
        <translation>Digita un fenotipo, un sinonimo o un ID HPO (Ctrl+T), ad es. “crisi epilettica” o HP:0001250</translation>
    </message>
    <message>
        <source>Loading the Human Phenotype Ontology…</source>
        <translation>Caricamento della Human Phenotype Ontology…</translation>
    </message>
    <message>
        <source>Onset unknown</source>
        <translation>Esordio non noto</translation>
    </message>
    <message numerus="yes">
        <source>%n observed</source>
        <translation>
            <numerusform>%n osservato</numerusform>
            <numerusform>%n osservati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n excluded</source>
        <translation>
            <numerusform>%n escluso</numerusform>
            <numerusform>%n esclusi</numerusform>
        </translation>
    </message>
    <message>
        <source>low – add more specific terms</source>
        <translation>bassa – aggiungi termini più specifici</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>moderata</translation>
    </message>
    <message>
        <source>high</source>
        <translation>alta</translation>
    </message>
    <message>
        <source>specificity: %1 (total information content %2)</source>
        <translation>specificità: %1 (contenuto informativo totale %2)</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Set by your IT department</source>
        <translation>Impostato dal servizio informatico</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Preferenze</translation>
    </message>
    <message>
        <source>System default</source>
        <extracomment>Language choice: follow the operating system&apos;s language.</extracomment>
        <translation>Lingua del sistema</translation>
    </message>
    <message>
        <source>Also the language of HPO term labels; candidate (machine) translations are shown in italics, terms without a translation in English. Data sent to other nodes always uses HPO ids and English labels.</source>
        <translation>È anche la lingua delle etichette dei termini HPO; le traduzioni candidate (automatiche) sono mostrate in corsivo, i termini senza traduzione in inglese. I dati inviati agli altri nodi usano sempre gli ID HPO e le etichette in inglese.</translation>
    </message>
    <message>
        <source>Show a desktop notification when watched patients have new matches</source>
        <translation>Mostra una notifica sul desktop quando i pazienti monitorati hanno nuove corrispondenze</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Ogni giorno</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Ogni settimana</translation>
    </message>
    <message>
        <source>Only when I ask</source>
        <translation>Solo su richiesta</translation>
    </message>
    <message>
        <source>Watch a patient for new matches after their first query</source>
        <translation>Monitora un paziente per nuove corrispondenze dopo la sua prima ricerca</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Lingua:</translation>
    </message>
    <message>
        <source>Notifications:</source>
        <translation>Notifiche:</translation>
    </message>
    <message>
        <source>Check for new &amp;matches:</source>
        <translation>Cerca nuove &amp;corrispondenze:</translation>
    </message>
    <message>
        <source>Minimum &amp;score for alerts:</source>
        <translation>&amp;Punteggio minimo per gli avvisi:</translation>
    </message>
    <message>
        <source>Watching:</source>
        <translation>Monitoraggio:</translation>
    </message>
    <message>
        <source>Some settings are managed by your IT department: they are shown greyed out and cannot be changed here.</source>
        <translation>Alcune impostazioni sono gestite dal servizio informatico: sono visualizzate in grigio e non possono essere modificate qui.</translation>
    </message>
</context>
<context>
    <name>ProgressTask</name>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
</context>
<context>
    <name>Pseudonymizer</name>
    <message>
        <source>The pseudonym key in the keychain is too short (%1 bytes); expected %2</source>
        <translation>La chiave di pseudonimizzazione nel portachiavi è troppo corta (%1 byte); attesi %2</translation>
    </message>
    <message>
        <source>Cannot read the pseudonym key from the %1: %2</source>
        <translation>Impossibile leggere la chiave di pseudonimizzazione da %1: %2</translation>
    </message>
    <message>
        <source>Cannot store the new pseudonym key in the %1: %2</source>
        <translation>Impossibile memorizzare la nuova chiave di pseudonimizzazione in %1: %2</translation>
    </message>
</context>
<context>
    <name>QueryPerturbation</name>
    <message>
        <source>Invalid perturbation &apos;%1&apos; (expected imprecision=P in [0,1], noise=K &gt;= 0, drop=D in [0,1))</source>
        <translation>Perturbazione “%1” non valida (attesi imprecision=P in [0,1], noise=K &gt;= 0, drop=D in [0,1))</translation>
    </message>
</context>
<context>
    <name>ResultRecorder</name>
    <message>
        <source>results not saved: %1</source>
        <translation>risultati non salvati: %1</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>Cannot read the demo secret file %1: %2</source>
        <translation>Impossibile leggere il file segreto dimostrativo %1: %2</translation>
    </message>
    <message>
        <source>The demo secret file %1 is damaged: %2</source>
        <translation>Il file segreto dimostrativo %1 è danneggiato: %2</translation>
    </message>
    <message>
        <source>Cannot write the demo secret file %1: %2</source>
        <translation>Impossibile scrivere il file segreto dimostrativo %1: %2</translation>
    </message>
    <message>
        <source>demo secret file %1 (NOT SECURE, demo only)</source>
        <translation>file segreto dimostrativo %1 (NON SICURO, solo per dimostrazione)</translation>
    </message>
    <message>
        <source>No secret &apos;%1&apos; in the %2</source>
        <translation>Nessun segreto “%1” in %2</translation>
    </message>
    <message>
        <source>in-memory secret store (tests and demo only)</source>
        <translation>archivio segreti in memoria (solo per test e dimostrazioni)</translation>
    </message>
    <message>
        <source>OS keychain (service &quot;%1&quot;)</source>
        <translation>Portachiavi di sistema (servizio “%1”)</translation>
    </message>
    <message>
        <source>OS keychain: cannot read &apos;%1&apos;: %2</source>
        <translation>Portachiavi di sistema: impossibile leggere “%1”: %2</translation>
    </message>
    <message>
        <source>OS keychain: cannot store &apos;%1&apos;: %2</source>
        <translation>Portachiavi di sistema: impossibile memorizzare “%1”: %2</translation>
    </message>
    <message>
        <source>OS keychain: cannot remove &apos;%1&apos;: %2</source>
        <translation>Portachiavi di sistema: impossibile rimuovere “%1”: %2</translation>
    </message>
</context>
<context>
    <name>SecretStoreFactory</name>
    <message>
        <source>Unknown secret store &apos;%1&apos; (MATCHDESK_KEYCHAIN): use system, memory or file:PATH</source>
        <translation>Archivio segreti sconosciuto “%1” (MATCHDESK_KEYCHAIN): usare system, memory o file:PERCORSO</translation>
    </message>
</context>
<context>
    <name>SendPreviewDialog</name>
    <message>
        <source>Find similar patients – what will be sent</source>
        <translation>Trova pazienti simili – cosa verrà inviato</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;The profile below will be sent to &lt;b&gt;%n node(s)&lt;/b&gt;: %1.&lt;/p&gt;&lt;p&gt;The nodes see the pseudonym &lt;tt&gt;%2&lt;/tt&gt;, never the label or local id. The clinician contact is shared so that matches can reach you.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;Il profilo seguente verrà inviato a &lt;b&gt;%n nodo&lt;/b&gt;: %1.&lt;/p&gt;&lt;p&gt;I nodi vedono lo pseudonimo &lt;tt&gt;%2&lt;/tt&gt;, mai l’etichetta o l’ID locale. Il contatto del medico viene condiviso affinché i centri con corrispondenze possano raggiungerti.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;Il profilo seguente verrà inviato a &lt;b&gt;%n nodi&lt;/b&gt;: %1.&lt;/p&gt;&lt;p&gt;I nodi vedono lo pseudonimo &lt;tt&gt;%2&lt;/tt&gt;, mai l’etichetta o l’ID locale. Il contatto del medico viene condiviso affinché i centri con corrispondenze possano raggiungerti.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>POST %1 (%2)</source>
        <translation>POST %1 (%2)</translation>
    </message>
    <message>
        <source>Fields: %1</source>
        <translation>Campi: %1</translation>
    </message>
    <message>
        <source>Request body for %1</source>
        <translation>Corpo della richiesta per %1</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Invia</translation>
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
        <translation>impossibile aprire</translation>
    </message>
    <message>
        <source>Database %1: %2</source>
        <translation>Database %1: %2</translation>
    </message>
    <message>
        <source>Cannot create backup %1</source>
        <translation>Impossibile creare il backup %1</translation>
    </message>
    <message>
        <source>Backup of %1 to %2 failed: %3</source>
        <translation>Backup di %1 in %2 non riuscito: %3</translation>
    </message>
    <message>
        <source>Database %1: %2 failed: %3 (%4)</source>
        <translation>Database %1: %2 non riuscito: %3 (%4)</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the database</source>
        <translation>Impossibile creare la cartella %1 per il database</translation>
    </message>
    <message>
        <source>%1 is not a MatchDesk database (it belongs to another application)</source>
        <translation>%1 non è un database MatchDesk (appartiene a un’altra applicazione)</translation>
    </message>
    <message>
        <source>%1 is not a MatchDesk database (it holds other tables)</source>
        <translation>%1 non è un database MatchDesk (contiene altre tabelle)</translation>
    </message>
    <message>
        <source>%1 was written by a newer MatchDesk (schema %2; this version reads up to %3)</source>
        <translation>%1 è stato scritto da una versione più recente di MatchDesk (schema %2; questa versione legge fino a %3)</translation>
    </message>
    <message>
        <source>The database %1 is damaged: %2. Restore it from a backup (the folder holds copies made before each upgrade).</source>
        <translation>Il database %1 è danneggiato: %2. Ripristinalo da un backup (la cartella contiene copie create prima di ogni aggiornamento).</translation>
    </message>
    <message>
        <source>%1 is not a MatchDesk database or is damaged (file is not a database)</source>
        <translation>%1 non è un database MatchDesk o è danneggiato (il file non è un database)</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was saved</source>
        <translation>Importazione annullata: non è stato salvato nulla</translation>
    </message>
    <message>
        <source>A patient needs a local id</source>
        <translation>Un paziente deve avere un ID locale</translation>
    </message>
    <message>
        <source>A patient with the local id &quot;%1&quot; already exists</source>
        <translation>Esiste già un paziente con ID locale “%1”</translation>
    </message>
    <message>
        <source>Patient %1 (row %2) no longer exists</source>
        <translation>Il paziente %1 (riga %2) non esiste più</translation>
    </message>
    <message>
        <source>A node needs a name and a valid base URL</source>
        <translation>Un nodo deve avere un nome e un URL di base valido</translation>
    </message>
    <message>
        <source>Match %1 does not exist</source>
        <translation>La corrispondenza %1 non esiste</translation>
    </message>
</context>
<context>
    <name>TermBrowserWidget</name>
    <message>
        <source>Add as &amp;observed</source>
        <translation>Aggiungi come &amp;osservato</translation>
    </message>
    <message>
        <source>Add as e&amp;xcluded</source>
        <translation>Aggiungi come e&amp;scluso</translation>
    </message>
    <message>
        <source>Term definition</source>
        <translation>Definizione del termine</translation>
    </message>
    <message>
        <source>Parent terms</source>
        <translation>Termini padre</translation>
    </message>
    <message>
        <source>Child terms</source>
        <translation>Termini figli</translation>
    </message>
    <message>
        <source>&amp;Parents</source>
        <translation>Termini &amp;padre</translation>
    </message>
    <message>
        <source>C&amp;hildren</source>
        <translation>Termini &amp;figli</translation>
    </message>
    <message>
        <source>&lt;h3&gt;HPO browser&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Browser HPO&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;HPO browser&lt;/h3&gt;&lt;p&gt;Loading the ontology…&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Browser HPO&lt;/h3&gt;&lt;p&gt;Caricamento dell’ontologia…&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:gray&apos;&gt;Select a suggestion or a term of the profile to see its definition, parents and children.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:gray&apos;&gt;Seleziona un suggerimento o un termine del profilo per vederne la definizione, i termini padre e i termini figli.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 · English: %2</source>
        <translation>%1 · Inglese: %2</translation>
    </message>
    <message>
        <source>%1 · English: %2 · machine translation, not yet approved</source>
        <translation>%1 · Inglese: %2 · traduzione automatica, non ancora approvata</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:gray&apos;&gt;No definition.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:gray&apos;&gt;Nessuna definizione.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Synonyms:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Sinonimi:&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>TermSuggestionModel</name>
    <message>
        <source>%1  ·  %2  (synonym: %3)</source>
        <translation>%1  ·  %2  (sinonimo: %3)</translation>
    </message>
    <message>
        <source>%1  ·  %2</source>
        <translation>%1  ·  %2</translation>
    </message>
    <message>
        <source>English: %1 (machine translation, not yet approved)</source>
        <translation>Inglese: %1 (traduzione automatica, non ancora approvata)</translation>
    </message>
    <message>
        <source>English: %1</source>
        <translation>Inglese: %1</translation>
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
        <translation>Aggiungi variante</translation>
    </message>
    <message>
        <source>Edit variant</source>
        <translation>Modifica variante</translation>
    </message>
    <message>
        <source>Gene</source>
        <translation>Gene</translation>
    </message>
    <message>
        <source>HGNC symbol, alias, HGNC:, Ensembl or Entrez id</source>
        <translation>Simbolo HGNC, alias, ID HGNC:, Ensembl o Entrez</translation>
    </message>
    <message>
        <source>HGVS coding</source>
        <translation>HGVS codificante</translation>
    </message>
    <message>
        <source>e.g. NM_000059.4:c.1310_1313del</source>
        <translation>ad es. NM_000059.4:c.1310_1313del</translation>
    </message>
    <message>
        <source>HGVS protein</source>
        <translation>HGVS proteico</translation>
    </message>
    <message>
        <source>e.g. NP_000050.3:p.(Lys437IlefsTer22)</source>
        <translation>ad es. NP_000050.3:p.(Lys437IlefsTer22)</translation>
    </message>
    <message>
        <source>Assembly</source>
        <translation>Assembly</translation>
    </message>
    <message>
        <source>no coordinates</source>
        <translation>nessuna coordinata</translation>
    </message>
    <message>
        <source>Chromosome</source>
        <translation>Cromosoma</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Posizione</translation>
    </message>
    <message>
        <source>Reference allele</source>
        <translation>Allele di riferimento</translation>
    </message>
    <message>
        <source>Alternate allele</source>
        <translation>Allele alternativo</translation>
    </message>
    <message>
        <source>Zygosity</source>
        <translation>Zigosità</translation>
    </message>
    <message>
        <source>ACMG class</source>
        <translation>Classe ACMG</translation>
    </message>
    <message>
        <source>chr</source>
        <translation>chr</translation>
    </message>
    <message>
        <source>&amp;Gene:</source>
        <translation>&amp;Gene:</translation>
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
        <translation>Coo&amp;rdinate:</translation>
    </message>
    <message>
        <source>&amp;Zygosity:</source>
        <translation>&amp;Zigosità:</translation>
    </message>
    <message>
        <source>&amp;ACMG class:</source>
        <translation>Classe &amp;ACMG:</translation>
    </message>
    <message>
        <source>Enter the gene.</source>
        <translation>Inserisci il gene.</translation>
    </message>
    <message>
        <source>The HGNC catalog is still loading; the gene will be kept as typed.</source>
        <translation>Il catalogo HGNC è ancora in caricamento; il gene verrà mantenuto come digitato.</translation>
    </message>
    <message>
        <source>%1 is an alias of %2 (%3).</source>
        <translation>%1 è un alias di %2 (%3).</translation>
    </message>
    <message>
        <source>%1 is a previous symbol of %2 (%3).</source>
        <translation>%1 è un simbolo precedente di %2 (%3).</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>Usa %1</translation>
    </message>
    <message>
        <source>✓ %1 (%2)</source>
        <translation>✓ %1 (%2)</translation>
    </message>
    <message>
        <source>%1 is ambiguous: it may mean %2. Enter the approved symbol.</source>
        <translation>%1 è ambiguo: può indicare %2. Inserisci il simbolo approvato.</translation>
    </message>
    <message>
        <source>%1 is not in the HGNC catalog.</source>
        <translation>%1 non è presente nel catalogo HGNC.</translation>
    </message>
</context>
<context>
    <name>VariantModel</name>
    <message>
        <source>heterozygous</source>
        <translation>eterozigote</translation>
    </message>
    <message>
        <source>homozygous</source>
        <translation>omozigote</translation>
    </message>
    <message>
        <source>hemizygous</source>
        <translation>emizigote</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>non nota</translation>
    </message>
    <message>
        <source>Benign</source>
        <translation>Benigna</translation>
    </message>
    <message>
        <source>Likely benign</source>
        <translation>Probabilmente benigna</translation>
    </message>
    <message>
        <source>Uncertain significance</source>
        <translation>Significato incerto</translation>
    </message>
    <message>
        <source>Likely pathogenic</source>
        <translation>Probabilmente patogenetica</translation>
    </message>
    <message>
        <source>Pathogenic</source>
        <translation>Patogenetica</translation>
    </message>
    <message>
        <source>not classified</source>
        <translation>non classificata</translation>
    </message>
    <message>
        <source>%1 chr%2:%3 %4&gt;%5</source>
        <translation>%1 chr%2:%3 %4&gt;%5</translation>
    </message>
    <message>
        <source>Gene not validated against HGNC</source>
        <translation>Gene non verificato rispetto a HGNC</translation>
    </message>
    <message>
        <source>Gene</source>
        <translation>Gene</translation>
    </message>
    <message>
        <source>HGVS</source>
        <translation>HGVS</translation>
    </message>
    <message>
        <source>Coordinates</source>
        <translation>Coordinate</translation>
    </message>
    <message>
        <source>Zygosity</source>
        <translation>Zigosità</translation>
    </message>
    <message>
        <source>ACMG class</source>
        <translation>Classe ACMG</translation>
    </message>
</context>
<context>
    <name>VariantsPage</name>
    <message>
        <source>&amp;Add variant…</source>
        <translation>&amp;Aggiungi variante…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifica…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Rimuovi</translation>
    </message>
    <message>
        <source>&amp;Import from VCF…</source>
        <translation>&amp;Importa da VCF…</translation>
    </message>
    <message>
        <source>Candidate variants</source>
        <translation>Varianti candidate</translation>
    </message>
    <message>
        <source>No candidate variants. Add one by hand or import them from the patient&apos;s VCF.</source>
        <translation>Nessuna variante candidata. Aggiungine una manualmente o importale dal VCF del paziente.</translation>
    </message>
</context>
<context>
    <name>VcfImportDialog</name>
    <message>
        <source>Only records that &amp;PASS the filters</source>
        <translation>Solo i record che superano i filtri (&amp;PASS)</translation>
    </message>
    <message>
        <source>Import variants from %1</source>
        <translation>Importa varianti da %1</translation>
    </message>
    <message>
        <source>Sample (proband)</source>
        <translation>Campione (probando)</translation>
    </message>
    <message>
        <source>Minimum QUAL</source>
        <translation>QUAL minima</translation>
    </message>
    <message>
        <source>Minimum genotype quality</source>
        <translation>Qualità minima del genotipo</translation>
    </message>
    <message>
        <source>Maximum population allele frequency</source>
        <translation>Frequenza allelica massima nella popolazione</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>nessun limite</translation>
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
        <translation>Geni</translation>
    </message>
    <message>
        <source>all genes (or a list: KMT2D, CHD7)</source>
        <translation>tutti i geni (o un elenco: KMT2D, CHD7)</translation>
    </message>
    <message>
        <source>Minimum predicted impact</source>
        <translation>Impatto minimo previsto</translation>
    </message>
    <message>
        <source>any (also unannotated records)</source>
        <translation>qualsiasi (anche record non annotati)</translation>
    </message>
    <message>
        <source>low or higher</source>
        <translation>basso o superiore</translation>
    </message>
    <message>
        <source>moderate or higher</source>
        <translation>moderato o superiore</translation>
    </message>
    <message>
        <source>high only</source>
        <translation>solo alto</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importa</translation>
    </message>
    <message>
        <source>&amp;Sample:</source>
        <translation>&amp;Campione:</translation>
    </message>
    <message>
        <source>Minimum &amp;QUAL:</source>
        <translation>&amp;QUAL minima:</translation>
    </message>
    <message>
        <source>Minimum &amp;GQ:</source>
        <translation>&amp;GQ minima:</translation>
    </message>
    <message>
        <source>Population &amp;frequency:</source>
        <translation>&amp;Frequenza nella popolazione:</translation>
    </message>
    <message>
        <source>&amp;Genes:</source>
        <translation>Ge&amp;ni:</translation>
    </message>
    <message>
        <source>Predicted &amp;impact:</source>
        <translation>I&amp;mpatto previsto:</translation>
    </message>
    <message>
        <source>sites only (no genotypes)</source>
        <translation>solo siti (nessun genotipo)</translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %n sample(s). Choose the proband and which records to keep.</source>
        <translation>
            <numerusform>%1 contiene %n campione. Scegli il probando e i record da conservare.</numerusform>
            <numerusform>%1 contiene %n campioni. Scegli il probando e i record da conservare.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lettura di %1…</translation>
    </message>
    <message>
        <source>Cannot import the VCF</source>
        <translation>Impossibile importare il VCF</translation>
    </message>
</context>
<context>
    <name>VcfReader</name>
    <message>
        <source>the file does not exist</source>
        <translation>il file non esiste</translation>
    </message>
    <message>
        <source>cannot open the file</source>
        <translation>impossibile aprire il file</translation>
    </message>
    <message>
        <source>not a VCF or BCF file (no ##fileformat=VCF header)</source>
        <translation>non è un file VCF o BCF (manca l’intestazione ##fileformat=VCF)</translation>
    </message>
    <message>
        <source>missing or invalid header lines (##fileformat and the #CHROM line are required)</source>
        <translation>righe di intestazione mancanti o non valide (sono obbligatorie ##fileformat e la riga #CHROM)</translation>
    </message>
    <message>
        <source>no sample &apos;%1&apos; in the file (samples: %2)</source>
        <translation>nessun campione “%1” nel file (campioni: %2)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nessuno</translation>
    </message>
    <message>
        <source>the file has %1 samples (%2): choose the proband</source>
        <translation>il file contiene %1 campioni (%2): scegli il probando</translation>
    </message>
    <message>
        <source>cannot select sample &apos;%1&apos;</source>
        <translation>impossibile selezionare il campione “%1”</translation>
    </message>
    <message>
        <source>%1: the assembly is not named in the header; variants have no assembly</source>
        <translation>%1: l’assembly non è indicato nell’intestazione; le varianti non hanno un assembly</translation>
    </message>
    <message>
        <source>truncated or corrupt data</source>
        <translation>dati troncati o danneggiati</translation>
    </message>
    <message>
        <source>invalid record (htslib error %1: %2)</source>
        <translation>record non valido (errore htslib %1: %2)</translation>
    </message>
    <message>
        <source>contig not declared in the header</source>
        <translation>contig non dichiarato nell’intestazione</translation>
    </message>
    <message>
        <source>tag not declared in the header</source>
        <translation>tag non dichiarato nell’intestazione</translation>
    </message>
    <message>
        <source>wrong number of columns</source>
        <translation>numero di colonne errato</translation>
    </message>
    <message>
        <source>value out of range</source>
        <translation>valore fuori intervallo</translation>
    </message>
    <message>
        <source>malformed field</source>
        <translation>campo non valido</translation>
    </message>
    <message>
        <source>the record uses a contig, INFO or FORMAT tag that the header does not declare</source>
        <translation>il record usa un contig o un tag INFO o FORMAT non dichiarato nell’intestazione</translation>
    </message>
    <message>
        <source>not a valid position</source>
        <translation>posizione non valida</translation>
    </message>
    <message>
        <source>import cancelled</source>
        <translation>importazione annullata</translation>
    </message>
    <message>
        <source>the reference allele is missing</source>
        <translation>manca l’allele di riferimento</translation>
    </message>
</context>
<context>
    <name>WatchControl</name>
    <message>
        <source>Watch for new matches</source>
        <translation>Monitora nuove corrispondenze</translation>
    </message>
    <message>
        <source>Check now</source>
        <translation>Verifica ora</translation>
    </message>
    <message>
        <source>Query the enabled nodes again on a schedule and raise an alert for new or changed matches.</source>
        <translation>Interroga di nuovo i nodi abilitati secondo una pianificazione e genera un avviso per le corrispondenze nuove o modificate.</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Pianificazione</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Ogni giorno</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Ogni settimana</translation>
    </message>
    <message>
        <source>On request</source>
        <translation>Su richiesta</translation>
    </message>
    <message>
        <source>Minimum score for an alert</source>
        <translation>Punteggio minimo per un avviso</translation>
    </message>
    <message>
        <source>Matches scoring below this (local score) are recorded without an alert.</source>
        <translation>Le corrispondenze con punteggio (locale) inferiore vengono registrate senza avviso.</translation>
    </message>
    <message>
        <source>alert from score </source>
        <translation>avviso da punteggio </translation>
    </message>
    <message>
        <source>Query the enabled nodes for this patient in the background now</source>
        <translation>Interroga ora in background i nodi abilitati per questo paziente</translation>
    </message>
    <message>
        <source>Consent to matchmaking is not recorded for this patient.</source>
        <translation>Il consenso al matchmaking non è registrato per questo paziente.</translation>
    </message>
    <message>
        <source>not checked yet</source>
        <translation>non ancora verificato</translation>
    </message>
    <message>
        <source>last checked %1</source>
        <translation>ultima verifica %1</translation>
    </message>
    <message>
        <source>Cannot save the watch</source>
        <translation>Impossibile salvare il monitoraggio</translation>
    </message>
    <message>
        <source>Cannot check now</source>
        <translation>Impossibile verificare ora</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Print the version and the reference data in use.</source>
        <translation>Stampa la versione e i dati di riferimento in uso.</translation>
    </message>
    <message>
        <source>Database file (default: MATCHDESK_DB, else the per-user data folder).</source>
        <translation>File del database (predefinito: MATCHDESK_DB, altrimenti la cartella dei dati dell’utente).</translation>
    </message>
    <message>
        <source>Settings file (default: MATCHDESK_SETTINGS, else the per-user location).</source>
        <translation>File delle impostazioni (predefinito: MATCHDESK_SETTINGS, altrimenti il percorso dell’utente).</translation>
    </message>
    <message>
        <source>Print start-up timings (ms) and quit once the ontology is loaded.</source>
        <translation>Stampa i tempi di avvio (ms) ed esce non appena l’ontologia è caricata.</translation>
    </message>
    <message>
        <source>MatchDesk: federated rare-disease patient matching (Matchmaker Exchange).</source>
        <translation>MatchDesk: matchmaking federato di pazienti con malattie rare (Matchmaker Exchange).</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Impossibile aprire il database</translation>
    </message>
    <message>
        <source>No keychain</source>
        <translation>Nessun portachiavi</translation>
    </message>
</context>
</TS>
