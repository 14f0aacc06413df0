<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About MatchDesk</source>
        <translation>O programie MatchDesk</translation>
    </message>
    <message>
        <source>not loaded</source>
        <translation>nie wczytano</translation>
    </message>
    <message>
        <source>&lt;h2&gt;MatchDesk&lt;/h2&gt;&lt;p&gt;Federated rare-disease patient matching over the Matchmaker Exchange API.&lt;/p&gt;&lt;pre&gt;%1&lt;/pre&gt;</source>
        <translation>&lt;h2&gt;MatchDesk&lt;/h2&gt;&lt;p&gt;Federacyjne wyszukiwanie podobnych pacjentów z chorobami rzadkimi za pośrednictwem API Matchmaker Exchange.&lt;/p&gt;&lt;pre&gt;%1&lt;/pre&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Human Phenotype Ontology&lt;/h3&gt;&lt;p&gt;This application uses the Human Phenotype Ontology (release &lt;b&gt;%1&lt;/b&gt;). Find out more at &lt;a href=&apos;https://hpo.jax.org&apos;&gt;hpo.jax.org&lt;/a&gt;. The HPO is developed by the HPO Consortium; please cite Gargano MA et al., “The Human Phenotype Ontology in 2024: phenotypes around the world”, Nucleic Acids Research 2024.&lt;/p&gt;&lt;h3&gt;HGNC&lt;/h3&gt;&lt;p&gt;Gene symbols and identifiers from the HUGO Gene Nomenclature Committee (&lt;a href=&apos;https://www.genenames.org&apos;&gt;genenames.org&lt;/a&gt;), freely available without restriction (Seal RL et al., Nucleic Acids Research 2023).&lt;/p&gt;&lt;h3&gt;Phenopacket store&lt;/h3&gt;&lt;p&gt;Example cases from the GA4GH phenopacket-store (see its licence notice below).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Human Phenotype Ontology&lt;/h3&gt;&lt;p&gt;Ta aplikacja korzysta z Human Phenotype Ontology (wydanie &lt;b&gt;%1&lt;/b&gt;). Więcej informacji: &lt;a href=&apos;https://hpo.jax.org&apos;&gt;hpo.jax.org&lt;/a&gt;. HPO jest rozwijana przez Konsorcjum HPO; prosimy o cytowanie: Gargano MA et al., „The Human Phenotype Ontology in 2024: phenotypes around the world”, Nucleic Acids Research 2024.&lt;/p&gt;&lt;h3&gt;HGNC&lt;/h3&gt;&lt;p&gt;Symbole i identyfikatory genów pochodzą z HUGO Gene Nomenclature Committee (&lt;a href=&apos;https://www.genenames.org&apos;&gt;genenames.org&lt;/a&gt;) i są dostępne bez ograniczeń (Seal RL et al., Nucleic Acids Research 2023).&lt;/p&gt;&lt;h3&gt;Phenopacket store&lt;/h3&gt;&lt;p&gt;Przykładowe przypadki z GA4GH phenopacket-store (zob. informację licencyjną poniżej).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Podziękowania</translation>
    </message>
    <message>
        <source>HPO licence</source>
        <translation>Licencja HPO</translation>
    </message>
    <message>
        <source>HGNC licence</source>
        <translation>Licencja HGNC</translation>
    </message>
    <message>
        <source>Phenopacket store licence</source>
        <translation>Licencja Phenopacket store</translation>
    </message>
</context>
<context>
    <name>AlertInbox</name>
    <message>
        <source>Alerts</source>
        <translation>Powiadomienia</translation>
    </message>
    <message>
        <source>Show reviewed alerts</source>
        <translation>Pokaż przejrzane powiadomienia</translation>
    </message>
    <message>
        <source>Open match</source>
        <translation>Otwórz dopasowanie</translation>
    </message>
    <message>
        <source>Mark reviewed</source>
        <translation>Oznacz jako przejrzane</translation>
    </message>
    <message>
        <source>No unread alerts. Watched patients are queried again on their schedule; new or changed matches appear here.</source>
        <translation>Brak nieprzeczytanych powiadomień. Obserwowani pacjenci są ponownie wyszukiwani zgodnie z harmonogramem; tutaj pojawią się nowe lub zmienione dopasowania.</translation>
    </message>
    <message>
        <source>Cannot mark the alert reviewed</source>
        <translation>Nie można oznaczyć powiadomienia jako przejrzanego</translation>
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
        <translation>Nowe dopasowanie</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Zmienione</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Wycofane</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Czas</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Pacjent</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Węzeł</translation>
    </message>
    <message>
        <source>Remote id</source>
        <translation>Zdalny identyfikator</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Powód</translation>
    </message>
</context>
<context>
    <name>AlertNotifier</name>
    <message>
        <source>Show alerts</source>
        <translation>Pokaż powiadomienia</translation>
    </message>
    <message>
        <source>MatchDesk: no unread alerts</source>
        <translation>MatchDesk: brak nieprzeczytanych powiadomień</translation>
    </message>
    <message numerus="yes">
        <source>MatchDesk: %n unread alert(s)</source>
        <translation>
            <numerusform>MatchDesk: %n nieprzeczytane powiadomienie</numerusform>
            <numerusform>MatchDesk: %n nieprzeczytane powiadomienia</numerusform>
            <numerusform>MatchDesk: %n nieprzeczytanych powiadomień</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AlertReason</name>
    <message>
        <source>new match on %1</source>
        <translation>nowe dopasowanie w węźle %1</translation>
    </message>
    <message>
        <source>new shared gene %1</source>
        <translation>nowy wspólny gen %1</translation>
    </message>
    <message>
        <source>new variant %1</source>
        <translation>nowy wariant %1</translation>
    </message>
    <message>
        <source>score rose to %1</source>
        <translation>wynik wzrósł do %1</translation>
    </message>
    <message>
        <source>returned again by its node</source>
        <translation>ponownie zwracane przez swój węzeł</translation>
    </message>
    <message>
        <source>no longer returned by %1</source>
        <translation>nie jest już zwracane przez węzeł %1</translation>
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
            <numerusform>MatchDesk: nowe informacje dla %n pacjenta</numerusform>
            <numerusform>MatchDesk: nowe informacje dla %n pacjentów</numerusform>
            <numerusform>MatchDesk: nowe informacje dla %n pacjentów</numerusform>
        </translation>
    </message>
    <message>
        <source>No new matches.</source>
        <translation>Brak nowych dopasowań.</translation>
    </message>
    <message numerus="yes">
        <source>%n new match(es)</source>
        <translation>
            <numerusform>%n nowe dopasowanie</numerusform>
            <numerusform>%n nowe dopasowania</numerusform>
            <numerusform>%n nowych dopasowań</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed match(es)</source>
        <translation>
            <numerusform>%n zmienione dopasowanie</numerusform>
            <numerusform>%n zmienione dopasowania</numerusform>
            <numerusform>%n zmienionych dopasowań</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n withdrawn match(es)</source>
        <translation>
            <numerusform>%n wycofane dopasowanie</numerusform>
            <numerusform>%n wycofane dopasowania</numerusform>
            <numerusform>%n wycofanych dopasowań</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 for %n patient(s)</source>
        <extracomment>%1 is a list such as &quot;3 new matches, 1 changed match&quot;; the plural is about patients.</extracomment>
        <translation>
            <numerusform>%1 dla %n pacjenta</numerusform>
            <numerusform>%1 dla %n pacjentów</numerusform>
            <numerusform>%1 dla %n pacjentów</numerusform>
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
        <translation>Dziennik audytu</translation>
    </message>
    <message>
        <source>Patient filter</source>
        <translation>Filtr pacjentów</translation>
    </message>
    <message>
        <source>Node filter</source>
        <translation>Filtr węzłów</translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation>Wpisy dziennika audytu</translation>
    </message>
    <message>
        <source>All patients</source>
        <translation>Wszyscy pacjenci</translation>
    </message>
    <message>
        <source>All destinations</source>
        <translation>Wszyscy odbiorcy</translation>
    </message>
    <message>
        <source>&amp;Patient:</source>
        <translation>&amp;Pacjent:</translation>
    </message>
    <message>
        <source>&amp;Node:</source>
        <translation>&amp;Węzeł:</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies)</source>
        <translation>
            <numerusform>%n wpis</numerusform>
            <numerusform>%n wpisy</numerusform>
            <numerusform>%n wpisów</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>Pseudonym seen by the destination: %1
SHA-256 of the bytes sent: %2
Fields: %3</source>
        <translation>Pseudonim widoczny dla odbiorcy: %1
SHA-256 wysłanych bajtów: %2
Pola: %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>brak</translation>
    </message>
    <message>
        <source>deleted patient #%1</source>
        <translation>usunięty pacjent nr %1</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s)</source>
        <translation>
            <numerusform>%n pole</numerusform>
            <numerusform>%n pola</numerusform>
            <numerusform>%n pól</numerusform>
        </translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Czas</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Działanie</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Pacjent</translation>
    </message>
    <message>
        <source>Sent to</source>
        <translation>Wysłano do</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Dane</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Wynik</translation>
    </message>
</context>
<context>
    <name>ClientRegistry</name>
    <message>
        <source>Cannot read the clients file %1: %2</source>
        <translation>Nie można odczytać pliku klientów %1: %2</translation>
    </message>
    <message>
        <source>The clients file %1 is not a JSON object (%2 at offset %3)</source>
        <translation>Plik klientów %1 nie jest obiektem JSON (%2 na pozycji %3)</translation>
    </message>
    <message>
        <source>The clients file %1 has no &quot;clients&quot; array</source>
        <translation>Plik klientów %1 nie zawiera tablicy „clients”</translation>
    </message>
    <message>
        <source>The clients file %1: entry clients[%2] needs a &quot;name&quot; and a 64-hex &quot;sha256&quot;</source>
        <translation>Plik klientów %1: wpis clients[%2] wymaga pola „name” i pola „sha256” złożonego z 64 cyfr szesnastkowych</translation>
    </message>
    <message>
        <source>Cannot write the clients file %1: %2</source>
        <translation>Nie można zapisać pliku klientów %1: %2</translation>
    </message>
    <message>
        <source>A client needs a name</source>
        <translation>Klient musi mieć nazwę</translation>
    </message>
    <message>
        <source>A client named &quot;%1&quot; already exists</source>
        <translation>Klient o nazwie „%1” już istnieje</translation>
    </message>
</context>
<context>
    <name>ConnectionGuard</name>
    <message>
        <source>request body of %1 bytes is larger than the limit of %2 bytes</source>
        <translation>treść żądania (%1 B) przekracza limit %2 B</translation>
    </message>
    <message>
        <source>request header larger than %1 bytes</source>
        <translation>nagłówek żądania większy niż %1 B</translation>
    </message>
    <message>
        <source>request body larger than the limit of %1 bytes</source>
        <translation>treść żądania przekracza limit %1 B</translation>
    </message>
    <message>
        <source>request not complete within %1 ms</source>
        <translation>żądanie nie zostało ukończone w ciągu %1 ms</translation>
    </message>
</context>
<context>
    <name>Crypto</name>
    <message>
        <source>SHA-256 computation failed (OpenSSL)</source>
        <translation>Błąd obliczania SHA-256 (OpenSSL)</translation>
    </message>
    <message>
        <source>HMAC-SHA256 computation failed (OpenSSL)</source>
        <translation>Błąd obliczania HMAC-SHA256 (OpenSSL)</translation>
    </message>
    <message>
        <source>The system random generator failed (OpenSSL RAND_bytes)</source>
        <translation>Błąd systemowego generatora liczb losowych (OpenSSL RAND_bytes)</translation>
    </message>
</context>
<context>
    <name>CurlTransport</name>
    <message>
        <source>&apos;%1&apos; is not a valid URL</source>
        <translation>„%1” nie jest prawidłowym adresem URL</translation>
    </message>
    <message>
        <source>plain http:// is refused for %1: patient data is only sent over https (http:// is allowed to this computer only)</source>
        <translation>nieszyfrowane połączenie http:// z %1 zostało odrzucone: dane pacjentów są wysyłane wyłącznie przez https (http:// jest dozwolone tylko do tego komputera)</translation>
    </message>
    <message>
        <source>unsupported URL scheme &apos;%1&apos; (https:// only)</source>
        <translation>nieobsługiwany schemat URL „%1” (tylko https://)</translation>
    </message>
    <message>
        <source>response larger than %1 bytes</source>
        <translation>odpowiedź większa niż %1 B</translation>
    </message>
    <message>
        <source>libcurl could not set up the request</source>
        <translation>libcurl nie mógł przygotować żądania</translation>
    </message>
</context>
<context>
    <name>CurrentPatient</name>
    <message>
        <source>Cannot open the patient</source>
        <translation>Nie można otworzyć pacjenta</translation>
    </message>
    <message>
        <source>Cannot save the patient</source>
        <translation>Nie można zapisać pacjenta</translation>
    </message>
</context>
<context>
    <name>EvalCommand</name>
    <message>
        <source>Retrieval evaluation of phenotype matching on phenopackets (recall@k, MRR)</source>
        <translation>Ocena wyszukiwania na podstawie fenotypu w phenopacketach (recall@k, MRR)</translation>
    </message>
    <message>
        <source>Cross-publication leave-one-out retrieval on phenopackets: each case with an observed term and a gene queries the cases of other publications by phenotype; a hit is a case with the same gene.</source>
        <translation>Wyszukiwanie leave-one-out między publikacjami w phenopacketach: każdy przypadek z obserwowaną cechą i genem przeszukuje według fenotypu przypadki z innych publikacji; trafieniem jest przypadek z tym samym genem.</translation>
    </message>
    <message>
        <source>Phenopackets to search (default: dev set).</source>
        <translation>Phenopackety do przeszukania (domyślnie: zbiór deweloperski).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>plik</translation>
    </message>
    <message>
        <source>Separate query phenopackets (default: leave-one-out on the index).</source>
        <translation>Osobne phenopackety zapytań (domyślnie: leave-one-out na indeksie).</translation>
    </message>
    <message>
        <source>Phenotype measure: %1, or &apos;all&apos; (default: combined).</source>
        <translation>Miara fenotypowa: %1 lub „all” (domyślnie: combined).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nazwa</translation>
    </message>
    <message>
        <source>Perturb queries: imprecision=P,noise=K,drop=D.</source>
        <translation>Zaburzanie zapytań: imprecision=P,noise=K,drop=D.</translation>
    </message>
    <message>
        <source>spec</source>
        <translation>specyfikacja</translation>
    </message>
    <message>
        <source>Random seed for --perturb (default 1).</source>
        <translation>Ziarno losowe dla --perturb (domyślnie 1).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Weights of the combined measure: exact,ontology,geneProfile.</source>
        <translation>Wagi miary łączonej: exact,ontology,geneProfile.</translation>
    </message>
    <message>
        <source>e,o,g</source>
        <translation>e,o,g</translation>
    </message>
    <message>
        <source>Penalty weight for contradicted excluded terms (default 0).</source>
        <translation>Waga kary za sprzeczne cechy wykluczone (domyślnie 0).</translation>
    </message>
    <message>
        <source>w</source>
        <translation>w</translation>
    </message>
    <message>
        <source>IC corpus: annotations (default) or cases.</source>
        <translation>Korpus IC: annotations (domyślnie) lub cases.</translation>
    </message>
    <message>
        <source>corpus</source>
        <translation>korpus</translation>
    </message>
    <message>
        <source>Worker threads (default: all cores).</source>
        <translation>Wątki robocze (domyślnie: wszystkie rdzenie).</translation>
    </message>
    <message>
        <source>Print JSON instead of a table.</source>
        <translation>Wypisz JSON zamiast tabeli.</translation>
    </message>
    <message>
        <source>Invalid --seed</source>
        <translation>Nieprawidłowa wartość --seed</translation>
    </message>
    <message>
        <source>Invalid --weights (expected three numbers e,o,g)</source>
        <translation>Nieprawidłowa wartość --weights (oczekiwano trzech liczb e,o,g)</translation>
    </message>
    <message>
        <source>Invalid --excluded-penalty</source>
        <translation>Nieprawidłowa wartość --excluded-penalty</translation>
    </message>
    <message>
        <source>Unknown measure &apos;%1&apos;</source>
        <translation>Nieznana miara „%1”</translation>
    </message>
    <message>
        <source>Unknown --ic corpus &apos;%1&apos;</source>
        <translation>Nieznany korpus --ic „%1”</translation>
    </message>
    <message>
        <source>warning: no gene profiles: %1</source>
        <translation>ostrzeżenie: brak profili genów: %1</translation>
    </message>
    <message>
        <source>HPO %1; index %2 (%3 cases)</source>
        <translation>HPO %1; indeks %2 (przypadki: %3)</translation>
    </message>
    <message>
        <source>; queries %1 (%2 cases)</source>
        <translation>; zapytania %1 (przypadki: %2)</translation>
    </message>
    <message>
        <source>; cross-publication leave-one-out</source>
        <translation>; leave-one-out między publikacjami</translation>
    </message>
    <message>
        <source>; perturbed %1, seed %2</source>
        <translation>; zaburzenie %1, ziarno %2</translation>
    </message>
    <message>
        <source>measure</source>
        <translation>miara</translation>
    </message>
    <message>
        <source>queries</source>
        <translation>zapytania</translation>
    </message>
</context>
<context>
    <name>FederatedQuery</name>
    <message>
        <source>unknown node &apos;%1&apos;</source>
        <translation>nieznany węzeł „%1”</translation>
    </message>
    <message>
        <source>node &apos;%1&apos; is disabled</source>
        <translation>węzeł „%1” jest wyłączony</translation>
    </message>
    <message>
        <source>A federated query is already running</source>
        <translation>Zapytanie federacyjne jest już w toku</translation>
    </message>
    <message>
        <source>No enabled node to query: add a node first (matchdesk-cli nodes add)</source>
        <translation>Brak włączonego węzła do odpytania: najpierw dodaj węzeł (matchdesk-cli nodes add)</translation>
    </message>
    <message>
        <source>Cannot compute the patient&apos;s pseudonym: %1</source>
        <translation>Nie można obliczyć pseudonimu pacjenta: %1</translation>
    </message>
    <message>
        <source>no X-Auth-Token stored for node %1 (matchdesk-cli nodes add --token-stdin)</source>
        <translation>brak zapisanego X-Auth-Token dla węzła %1 (matchdesk-cli nodes add --token-stdin)</translation>
    </message>
    <message>
        <source>cancelled by the user</source>
        <translation>anulowane przez użytkownika</translation>
    </message>
</context>
<context>
    <name>FormatError</name>
    <message>
        <source>line %1</source>
        <translation>wiersz %1</translation>
    </message>
    <message>
        <source>record %1</source>
        <translation>rekord %1</translation>
    </message>
</context>
<context>
    <name>FormatFiles</name>
    <message>
        <source>cannot write the file (%1)</source>
        <translation>nie można zapisać pliku (%1)</translation>
    </message>
</context>
<context>
    <name>GeneCatalog</name>
    <message>
        <source>%1:1: not an HGNC table (the header lacks hgnc_id or symbol)</source>
        <translation>%1:1: to nie jest tabela HGNC (w nagłówku brak hgnc_id lub symbol)</translation>
    </message>
    <message>
        <source>%1:%2: field hgnc_id: &apos;%3&apos; is not an HGNC id</source>
        <translation>%1:%2: pole hgnc_id: „%3” nie jest identyfikatorem HGNC</translation>
    </message>
    <message>
        <source>%1: the gene catalog is empty</source>
        <translation>%1: katalog genów jest pusty</translation>
    </message>
    <message>
        <source>Cannot read the gene catalog %1: %2</source>
        <translation>Nie można odczytać katalogu genów %1: %2</translation>
    </message>
</context>
<context>
    <name>GenePhenotypeProfiles</name>
    <message>
        <source>No genes_to_phenotype.txt in %1</source>
        <translation>Brak pliku genes_to_phenotype.txt w %1</translation>
    </message>
</context>
<context>
    <name>Gzip</name>
    <message>
        <source>cannot start the gzip decoder (out of memory)</source>
        <translation>nie można uruchomić dekodera gzip (brak pamięci)</translation>
    </message>
    <message>
        <source>corrupt compressed data</source>
        <translation>uszkodzone dane skompresowane</translation>
    </message>
    <message>
        <source>corrupt compressed data (%1)</source>
        <translation>uszkodzone dane skompresowane (%1)</translation>
    </message>
    <message>
        <source>out of memory while decompressing</source>
        <translation>brak pamięci podczas dekompresji</translation>
    </message>
    <message>
        <source>truncated compressed data (the file ends inside the gzip stream)</source>
        <translation>obcięte dane skompresowane (plik kończy się wewnątrz strumienia gzip)</translation>
    </message>
    <message>
        <source>cannot open the file (%1)</source>
        <translation>nie można otworzyć pliku (%1)</translation>
    </message>
    <message>
        <source>cannot read the file (%1)</source>
        <translation>nie można odczytać pliku (%1)</translation>
    </message>
    <message>
        <source>cannot start the gzip encoder (out of memory)</source>
        <translation>nie można uruchomić kodera gzip (brak pamięci)</translation>
    </message>
    <message>
        <source>cannot compress the data (zlib error %1)</source>
        <translation>nie można skompresować danych (błąd zlib %1)</translation>
    </message>
</context>
<context>
    <name>HeartbeatResult</name>
    <message>
        <source>ok in %1 ms: %2, version %3, accepts %4</source>
        <translation>OK w %1 ms: %2, wersja %3, akceptuje %4</translation>
    </message>
    <message>
        <source>production</source>
        <translation>środowisko produkcyjne</translation>
    </message>
    <message>
        <source>not production</source>
        <translation>środowisko nieprodukcyjne</translation>
    </message>
</context>
<context>
    <name>HpoOntology</name>
    <message>
        <source>malformed stanza header</source>
        <translation>nieprawidłowy nagłówek sekcji (stanza)</translation>
    </message>
    <message>
        <source>expected &apos;tag: value&apos;</source>
        <translation>oczekiwano „tag: value”</translation>
    </message>
    <message>
        <source>empty id</source>
        <translation>pusty identyfikator</translation>
    </message>
    <message>
        <source>empty is_a</source>
        <translation>puste is_a</translation>
    </message>
    <message>
        <source>definition is not a quoted string</source>
        <translation>definicja nie jest ciągiem w cudzysłowie</translation>
    </message>
    <message>
        <source>synonym is not a quoted string</source>
        <translation>synonim nie jest ciągiem w cudzysłowie</translation>
    </message>
    <message>
        <source>unknown synonym scope &apos;%1&apos;</source>
        <translation>nieznany zakres synonimu „%1”</translation>
    </message>
    <message>
        <source>[Term] without id</source>
        <translation>[Term] bez identyfikatora</translation>
    </message>
    <message>
        <source>duplicate term id %1</source>
        <translation>zduplikowany identyfikator terminu %1</translation>
    </message>
    <message>
        <source>term %1 has unknown parent %2</source>
        <translation>termin %1 ma nieznanego rodzica %2</translation>
    </message>
    <message>
        <source>term %1 has obsolete parent %2</source>
        <translation>termin %1 ma przestarzałego rodzica %2</translation>
    </message>
    <message>
        <source>%1: is_a cycle involving %2</source>
        <translation>%1: cykl is_a obejmujący %2</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Nie można otworzyć %1: %2</translation>
    </message>
    <message>
        <source>No hp.obo.gz or hp.obo in %1</source>
        <translation>Brak pliku hp.obo.gz ani hp.obo w %1</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, wiersz %2: %3</translation>
    </message>
</context>
<context>
    <name>InformationContent</name>
    <message>
        <source>No genes_to_phenotype.txt or phenotype.hpoa in %1</source>
        <translation>Brak pliku genes_to_phenotype.txt ani phenotype.hpoa w %1</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Nie można otworzyć %1: %2</translation>
    </message>
</context>
<context>
    <name>JsonFields</name>
    <message>
        <source>required field missing</source>
        <translation>brak wymaganego pola</translation>
    </message>
    <message>
        <source>must be a string, not %1</source>
        <translation>musi być ciągiem znaków, a nie %1</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>nie może być puste</translation>
    </message>
    <message>
        <source>must be true or false, not %1</source>
        <translation>musi mieć wartość true lub false, a nie %1</translation>
    </message>
    <message>
        <source>must be an object, not %1</source>
        <translation>musi być obiektem, a nie %1</translation>
    </message>
    <message>
        <source>must be an array, not %1</source>
        <translation>musi być tablicą, a nie %1</translation>
    </message>
    <message>
        <source>must be an integer, not %1</source>
        <translation>musi być liczbą całkowitą, a nie %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an integer</source>
        <translation>„%1” nie jest liczbą całkowitą</translation>
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
        <translation>&lt;h3&gt;Nie otwarto pacjenta&lt;/h3&gt;&lt;p&gt;Wybierz pacjenta z listy po lewej, utwórz nowego (Ctrl+N) albo zaimportuj przypadki z pliku phenopacket, MME JSON lub VCF (Ctrl+I).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>New patient</source>
        <translation>Nowy pacjent</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importuj…</translation>
    </message>
    <message>
        <source>&amp;Phenotypes</source>
        <translation>&amp;Fenotypy</translation>
    </message>
    <message>
        <source>&amp;Variants</source>
        <translation>&amp;Warianty</translation>
    </message>
    <message>
        <source>&amp;Matches</source>
        <translation>&amp;Dopasowania</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>Szc&amp;zegóły</translation>
    </message>
    <message>
        <source>Loading the Human Phenotype Ontology…</source>
        <translation>Wczytywanie Human Phenotype Ontology…</translation>
    </message>
    <message>
        <source>HPO not available</source>
        <translation>HPO niedostępna</translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s) imported</source>
        <translation>
            <numerusform>Zaimportowano %n pacjenta</numerusform>
            <numerusform>Zaimportowano %n pacjentów</numerusform>
            <numerusform>Zaimportowano %n pacjentów</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking for new matches failed: %1</source>
        <translation>Sprawdzanie nowych dopasowań nie powiodło się: %1</translation>
    </message>
    <message>
        <source>&amp;New patient</source>
        <translation>&amp;Nowy pacjent</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importuj…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>&amp;Export patient…</source>
        <translation>&amp;Eksportuj pacjenta…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Delete patient…</source>
        <translation>&amp;Usuń pacjenta…</translation>
    </message>
    <message>
        <source>Ctrl+Del</source>
        <translation>Ctrl+Del</translation>
    </message>
    <message>
        <source>&amp;Undo delete</source>
        <translation>&amp;Cofnij usunięcie</translation>
    </message>
    <message>
        <source>&amp;Find similar patients…</source>
        <translation>&amp;Znajdź podobnych pacjentów…</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>N&amp;odes…</source>
        <translation>&amp;Węzły…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>&amp;Audit log…</source>
        <translation>&amp;Dziennik audytu…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>&amp;About MatchDesk</source>
        <translation>&amp;O programie MatchDesk</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Zakończ</translation>
    </message>
    <message>
        <source>Search &amp;patients</source>
        <translation>Szukaj &amp;pacjentów</translation>
    </message>
    <message>
        <source>P&amp;references…</source>
        <translation>&amp;Ustawienia…</translation>
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
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edycja</translation>
    </message>
    <message>
        <source>&amp;Patient</source>
        <translation>P&amp;acjent</translation>
    </message>
    <message>
        <source>Phenotypes</source>
        <translation>Fenotypy</translation>
    </message>
    <message>
        <source>Variants</source>
        <translation>Warianty</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Dopasowania</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Szczegóły</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Narzędzia</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Pomo&amp;c</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Główny pasek narzędzi</translation>
    </message>
    <message>
        <source>Cannot create the patient</source>
        <translation>Nie można utworzyć pacjenta</translation>
    </message>
    <message>
        <source>Patient %1 created</source>
        <translation>Utworzono pacjenta %1</translation>
    </message>
    <message>
        <source>Delete patient</source>
        <translation>Usuń pacjenta</translation>
    </message>
    <message>
        <source>Delete %1 with its phenotypes, variants and matches?
You can undo this (Ctrl+Z) until MatchDesk is closed.</source>
        <translation>Usunąć pacjenta %1 wraz z jego fenotypami, wariantami i dopasowaniami?
Można to cofnąć (Ctrl+Z) do czasu zamknięcia programu MatchDesk.</translation>
    </message>
    <message>
        <source>%1 deleted. Undo with Ctrl+Z.</source>
        <translation>Usunięto pacjenta %1. Cofnij, naciskając Ctrl+Z.</translation>
    </message>
    <message>
        <source>Delete undone</source>
        <translation>Cofnięto usunięcie</translation>
    </message>
    <message>
        <source>Send this patient&apos;s profile to the enabled nodes (%1)</source>
        <translation>Wyślij profil tego pacjenta do włączonych węzłów (%1)</translation>
    </message>
    <message>
        <source>%1 – MatchDesk</source>
        <translation>%1 – MatchDesk</translation>
    </message>
    <message numerus="yes">
        <source>HPO %1 · %n term(s)</source>
        <translation>
            <numerusform>HPO %1 · %n termin</numerusform>
            <numerusform>HPO %1 · %n terminy</numerusform>
            <numerusform>HPO %1 · %n terminów</numerusform>
        </translation>
    </message>
    <message>
        <source>Human Phenotype Ontology release %1, © the HPO Consortium (see Help › About)</source>
        <translation>Human Phenotype Ontology, wydanie %1, © Konsorcjum HPO (zob. Pomoc › O programie)</translation>
    </message>
    <message>
        <source>Import patients</source>
        <translation>Importuj pacjentów</translation>
    </message>
    <message>
        <source>Patient files (*.json *.jsonl *.json.gz *.jsonl.gz *.vcf *.vcf.gz *.bcf);;Phenopackets (*.json *.jsonl *.json.gz *.jsonl.gz);;MME patient JSON (*.json);;VCF (*.vcf *.vcf.gz *.bcf);;All files (*)</source>
        <translation>Pliki pacjentów (*.json *.jsonl *.json.gz *.jsonl.gz *.vcf *.vcf.gz *.bcf);;Phenopackety (*.json *.jsonl *.json.gz *.jsonl.gz);;Pacjent MME JSON (*.json);;VCF (*.vcf *.vcf.gz *.bcf);;Wszystkie pliki (*)</translation>
    </message>
    <message numerus="yes">
        <source>Alerts (%n)</source>
        <extracomment>Toolbar action and dock title; %n is the number of unread alerts.</extracomment>
        <translation>
            <numerusform>Powiadomienia (%n)</numerusform>
            <numerusform>Powiadomienia (%n)</numerusform>
            <numerusform>Powiadomienia (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Powiadomienia</translation>
    </message>
    <message numerus="yes">
        <source>%n unread alert(s): new or changed matches of watched patients</source>
        <translation>
            <numerusform>%n nieprzeczytane powiadomienie: nowe lub zmienione dopasowania obserwowanych pacjentów</numerusform>
            <numerusform>%n nieprzeczytane powiadomienia: nowe lub zmienione dopasowania obserwowanych pacjentów</numerusform>
            <numerusform>%n nieprzeczytanych powiadomień: nowe lub zmienione dopasowania obserwowanych pacjentów</numerusform>
        </translation>
    </message>
    <message>
        <source>No unread alerts</source>
        <translation>Brak nieprzeczytanych powiadomień</translation>
    </message>
</context>
<context>
    <name>MatchDetailWidget</name>
    <message>
        <source>&amp;Copy e-mail</source>
        <translation>&amp;Kopiuj e-mail</translation>
    </message>
    <message>
        <source>Open contact &amp;link</source>
        <translation>Otwórz &amp;link kontaktowy</translation>
    </message>
    <message>
        <source>Triage status</source>
        <translation>Status oceny</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notatki</translation>
    </message>
    <message>
        <source>Notes on this match (kept on this computer)</source>
        <translation>Notatki do tego dopasowania (przechowywane na tym komputerze)</translation>
    </message>
    <message>
        <source>Query term</source>
        <translation>Cecha z zapytania</translation>
    </message>
    <message>
        <source>Matched in the remote case</source>
        <translation>Odpowiednik w zdalnym przypadku</translation>
    </message>
    <message>
        <source>Phenotype explanation</source>
        <translation>Wyjaśnienie zgodności fenotypowej</translation>
    </message>
    <message>
        <source>Match details</source>
        <translation>Szczegóły dopasowania</translation>
    </message>
    <message>
        <source>Select a match to see why it matched and how to contact its clinician.</source>
        <translation>Wybierz dopasowanie, aby zobaczyć, dlaczego zostało znalezione i jak skontaktować się z lekarzem prowadzącym.</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otatki:</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;%2 · score &lt;b&gt;%3&lt;/b&gt; (node score %4)&lt;/p&gt;</source>
        <translation>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;%2 · wynik &lt;b&gt;%3&lt;/b&gt; (wynik węzła %4)&lt;/p&gt;</translation>
    </message>
    <message>
        <source>— no similar term</source>
        <translation>— brak podobnego terminu</translation>
    </message>
    <message>
        <source>= %1</source>
        <translation>= %1</translation>
    </message>
    <message>
        <source>%1 (via %2)</source>
        <translation>%1 (przez %2)</translation>
    </message>
    <message>
        <source>Information content of the shared ancestor: %1</source>
        <translation>Zawartość informacyjna wspólnego przodka: %1</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Shared genes&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;Wspólne geny&lt;/h4&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:gray&apos;&gt;No shared gene.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:gray&apos;&gt;Brak wspólnego genu.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n identical variant(s)</source>
        <translation>
            <numerusform>%n identyczny wariant</numerusform>
            <numerusform>%n identyczne warianty</numerusform>
            <numerusform>%n identycznych wariantów</numerusform>
        </translation>
    </message>
    <message>
        <source>different variants</source>
        <translation>różne warianty</translation>
    </message>
    <message>
        <source>, same zygosity</source>
        <translation>, ta sama zygotyczność</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Contradictions&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;Sprzeczności&lt;/h4&gt;</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Disclaimer of %1&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;Zastrzeżenie prawne węzła %1&lt;/h4&gt;</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Remote record %1&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;Zdalny rekord %1&lt;/h4&gt;</translation>
    </message>
</context>
<context>
    <name>MatchModel</name>
    <message>
        <source>new</source>
        <translation>nowe</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>przejrzane</translation>
    </message>
    <message>
        <source>contacted</source>
        <translation>nawiązano kontakt</translation>
    </message>
    <message>
        <source>collaborating</source>
        <translation>współpraca</translation>
    </message>
    <message>
        <source>not relevant</source>
        <translation>nieistotne</translation>
    </message>
    <message>
        <source>MatchDesk score %1 (phenotype %2, genotype %3): comparable across nodes</source>
        <translation>Wynik MatchDesk %1 (fenotyp %2, genotyp %3): porównywalny między węzłami</translation>
    </message>
    <message>
        <source>The node&apos;s own score: not comparable between nodes</source>
        <translation>Własny wynik węzła: nieporównywalny między węzłami</translation>
    </message>
    <message>
        <source>No longer returned by %1</source>
        <translation>Nie jest już zwracane przez węzeł %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 (withdrawn)</source>
        <translation>%1 (wycofane)</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <source>Node score</source>
        <translation>Wynik węzła</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Węzeł</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Genes</source>
        <translation>Geny</translation>
    </message>
    <message>
        <source>Key shared phenotypes</source>
        <translation>Kluczowe wspólne fenotypy</translation>
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
        <translation>Znajdź podobnych pacjentów…</translation>
    </message>
    <message>
        <source>Cancel query</source>
        <translation>Anuluj zapytanie</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Dopasowania</translation>
    </message>
    <message>
        <source>Filter matches</source>
        <translation>Filtruj dopasowania</translation>
    </message>
    <message>
        <source>Filter by gene, phenotype, node, contact or note</source>
        <translation>Filtruj według genu, fenotypu, węzła, kontaktu lub notatki</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtr statusu</translation>
    </message>
    <message>
        <source>All matches</source>
        <translation>Wszystkie dopasowania</translation>
    </message>
    <message>
        <source>Hide not relevant</source>
        <translation>Ukryj nieistotne</translation>
    </message>
    <message>
        <source>New only</source>
        <translation>Tylko nowe</translation>
    </message>
    <message>
        <source>Cannot save the triage</source>
        <translation>Nie można zapisać oceny dopasowania</translation>
    </message>
    <message>
        <source>Open a patient first.</source>
        <translation>Najpierw otwórz pacjenta.</translation>
    </message>
    <message>
        <source>A query is running.</source>
        <translation>Trwa wykonywanie zapytania.</translation>
    </message>
    <message>
        <source>Consent to matchmaking (with its date) is not recorded for this patient: record it on the Details tab before anything can be sent.</source>
        <translation>Dla tego pacjenta nie odnotowano zgody na wyszukiwanie dopasowań (wraz z datą): odnotuj ją na karcie Szczegóły, zanim cokolwiek zostanie wysłane.</translation>
    </message>
    <message>
        <source>No enabled node: add one in Tools › Nodes.</source>
        <translation>Brak włączonego węzła: dodaj węzeł w menu Narzędzia › Węzły.</translation>
    </message>
    <message>
        <source>Find similar patients</source>
        <translation>Znajdź podobnych pacjentów</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n wynik</numerusform>
            <numerusform>%n wyniki</numerusform>
            <numerusform>%n wyników</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>No matches yet. “Find similar patients” shows what will be sent, then asks every enabled node at once.</source>
        <translation>Brak dopasowań. „Znajdź podobnych pacjentów” pokazuje, co zostanie wysłane, a następnie odpytuje jednocześnie wszystkie włączone węzły.</translation>
    </message>
</context>
<context>
    <name>MmeClient</name>
    <message>
        <source>no connection: %1</source>
        <translation>brak połączenia: %1</translation>
    </message>
    <message>
        <source>no complete answer: %1</source>
        <translation>niekompletna odpowiedź: %1</translation>
    </message>
    <message>
        <source>the node did not accept the token</source>
        <translation>węzeł nie zaakceptował tokenu</translation>
    </message>
    <message>
        <source>unexpected HTTP status %1 (200 expected)</source>
        <translation>nieoczekiwany status HTTP %1 (oczekiwano 200)</translation>
    </message>
</context>
<context>
    <name>MmeMediaType</name>
    <message>
        <source>unsupported API version in Accept</source>
        <translation>nieobsługiwana wersja API w nagłówku Accept</translation>
    </message>
    <message>
        <source>Accept does not allow an MME media type</source>
        <translation>Accept nie dopuszcza żadnego typu nośnika MME</translation>
    </message>
    <message>
        <source>missing Content-Type; send application/vnd.ga4gh.matchmaker.v1.0+json</source>
        <translation>brak nagłówka Content-Type; wyślij application/vnd.ga4gh.matchmaker.v1.0+json</translation>
    </message>
    <message>
        <source>unsupported Content-Type; send application/vnd.ga4gh.matchmaker.vX.Y+json</source>
        <translation>nieobsługiwany Content-Type; wyślij application/vnd.ga4gh.matchmaker.vX.Y+json</translation>
    </message>
    <message>
        <source>unsupported API version</source>
        <translation>nieobsługiwana wersja API</translation>
    </message>
</context>
<context>
    <name>MmePatientReader</name>
    <message>
        <source>&apos;%1&apos; is not a URL (&lt;scheme&gt;:&lt;address&gt;)</source>
        <translation>„%1” nie jest adresem URL (&lt;schemat&gt;:&lt;adres&gt;)</translation>
    </message>
    <message>
        <source>must be a string or a list of strings</source>
        <translation>musi być ciągiem znaków lub listą ciągów znaków</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>musi być ciągiem znaków</translation>
    </message>
    <message>
        <source>must be clinician, researcher or patient</source>
        <translation>musi mieć wartość clinician, researcher lub patient</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an NCBI taxon id (NCBITaxon:&lt;id&gt;)</source>
        <translation>„%1” nie jest identyfikatorem taksonu NCBI (NCBITaxon:&lt;id&gt;)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of FEMALE, MALE, OTHER, MIXED_SAMPLE, NOT_APPLICABLE</source>
        <translation>„%1” nie jest jedną z wartości FEMALE, MALE, OTHER, MIXED_SAMPLE, NOT_APPLICABLE</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>musi mieć wartość true lub false</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a MIM: or Orphanet: id</source>
        <translation>„%1” nie jest identyfikatorem MIM: ani Orphanet:</translation>
    </message>
    <message>
        <source>must be &quot;yes&quot; or &quot;no&quot;, not &apos;%1&apos;</source>
        <translation>musi mieć wartość „yes” lub „no”, a nie „%1”</translation>
    </message>
    <message>
        <source>%1.id: gene &apos;%2&apos; not found in the HGNC catalog, kept as given</source>
        <translation>%1.id: nie znaleziono genu „%2” w katalogu HGNC, zachowano w podanej postaci</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not NCBI36, GRCh37 or GRCh38[.pN]</source>
        <translation>„%1” nie jest NCBI36, GRCh37 ani GRCh38[.pN]</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not 1-22, X, Y or MT (without &quot;chr&quot;)</source>
        <translation>„%1” nie jest wartością 1–22, X, Y ani MT (bez „chr”)</translation>
    </message>
    <message>
        <source>must not be smaller than start (%1)</source>
        <translation>nie może być mniejsze niż start (%1)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a sequence of A, C, G, T, N</source>
        <translation>„%1” nie jest sekwencją złożoną z A, C, G, T, N</translation>
    </message>
    <message>
        <source>must be 1 (heterozygous or hemizygous) or 2 (homozygous)</source>
        <translation>musi mieć wartość 1 (heterozygota lub hemizygota) albo 2 (homozygota)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a Sequence Ontology id (SO:nnnnnnn)</source>
        <translation>„%1” nie jest identyfikatorem Sequence Ontology (SO:nnnnnnn)</translation>
    </message>
    <message>
        <source>needs at least one of features or genomicFeatures</source>
        <translation>wymaga co najmniej jednego z pól features lub genomicFeatures</translation>
    </message>
    <message>
        <source>not valid JSON (%1)</source>
        <translation>nieprawidłowy JSON (%1)</translation>
    </message>
    <message>
        <source>longer than %1 bytes</source>
        <translation>przekracza %1 B</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an HPO id (HP:nnnnnnn)</source>
        <translation>„%1” nie jest identyfikatorem HPO (HP:nnnnnnn)</translation>
    </message>
    <message>
        <source>%1.%2: unknown field ignored</source>
        <translation>%1.%2: zignorowano nieznane pole</translation>
    </message>
    <message>
        <source>required field missing</source>
        <translation>brak wymaganego pola</translation>
    </message>
    <message>
        <source>must be a non-negative integer</source>
        <translation>musi być nieujemną liczbą całkowitą</translation>
    </message>
    <message>
        <source>%1.id: gene &apos;%2&apos; is ambiguous in the HGNC catalog (%3), kept as given</source>
        <translation>%1.id: gen „%2” jest niejednoznaczny w katalogu HGNC (%3), zachowano w podanej postaci</translation>
    </message>
</context>
<context>
    <name>MmePatientWriter</name>
    <message>
        <source>the MME id must be 1 to 255 bytes</source>
        <translation>identyfikator MME musi mieć od 1 do 255 bajtów</translation>
    </message>
    <message>
        <source>the responsible clinician needs a name and a contact URL (href) for MME</source>
        <translation>lekarz prowadzący musi mieć nazwę i kontaktowy adres URL (href) na potrzeby MME</translation>
    </message>
    <message>
        <source>disorder %1 has no MME form (only OMIM and Orphanet), left out</source>
        <translation>choroba %1 nie ma postaci MME (tylko OMIM i Orphanet), pominięto</translation>
    </message>
    <message>
        <source>variant %1 has no gene: MME requires one, left out</source>
        <translation>wariant %1 nie ma przypisanego genu: MME go wymaga, pominięto</translation>
    </message>
    <message>
        <source>neither phenotypic features nor genes to share</source>
        <translation>brak cech fenotypowych i genów do udostępnienia</translation>
    </message>
</context>
<context>
    <name>MmeResponseParser</name>
    <message>
        <source>not JSON: %1 at byte %2</source>
        <translation>to nie jest JSON: %1 w bajcie %2</translation>
    </message>
    <message>
        <source>the response is not a JSON object</source>
        <translation>odpowiedź nie jest obiektem JSON</translation>
    </message>
    <message>
        <source>results: mandatory array, got %1</source>
        <translation>results: wymagana tablica, otrzymano %1</translation>
    </message>
    <message>
        <source>must be an object, got %1</source>
        <translation>musi być obiektem, otrzymano %1</translation>
    </message>
    <message>
        <source>mandatory object, got %1</source>
        <translation>wymagany obiekt, otrzymano %1</translation>
    </message>
    <message>
        <source>mandatory number, got %1</source>
        <translation>wymagana liczba, otrzymano %1</translation>
    </message>
    <message>
        <source>%1 is outside [0, 1]</source>
        <translation>%1 jest poza przedziałem [0, 1]</translation>
    </message>
    <message>
        <source>&apos;%1&apos; returned twice</source>
        <translation>„%1” zwrócono dwukrotnie</translation>
    </message>
    <message>
        <source>heartbeat: mandatory object, got %1</source>
        <translation>heartbeat: wymagany obiekt, otrzymano %1</translation>
    </message>
    <message>
        <source>mandatory boolean, got %1</source>
        <translation>wymagana wartość logiczna, otrzymano %1</translation>
    </message>
    <message>
        <source>mandatory string, got %1</source>
        <translation>wymagany ciąg znaków, otrzymano %1</translation>
    </message>
    <message>
        <source>mandatory array, got %1</source>
        <translation>wymagana tablica, otrzymano %1</translation>
    </message>
    <message>
        <source>mandatory non-empty string, got %1</source>
        <translation>wymagany niepusty ciąg znaków, otrzymano %1</translation>
    </message>
    <message>
        <source>longer than 255 bytes</source>
        <translation>przekracza 255 B</translation>
    </message>
    <message>
        <source>must be an array, got %1</source>
        <translation>musi być tablicą, otrzymano %1</translation>
    </message>
    <message>
        <source>needs at least one of features or genomicFeatures</source>
        <translation>wymaga co najmniej jednego z pól features lub genomicFeatures</translation>
    </message>
</context>
<context>
    <name>NodeCommandLine</name>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>nieznane polecenie „%1”</translation>
    </message>
    <message>
        <source>Clients file.</source>
        <translation>Plik klientów.</translation>
    </message>
    <message>
        <source>Client name.</source>
        <translation>Nazwa klienta.</translation>
    </message>
    <message>
        <source>add-client needs --clients FILE and --name NAME</source>
        <translation>add-client wymaga --clients FILE i --name NAME</translation>
    </message>
    <message>
        <source>Client &quot;%1&quot; added to %2. The token above is shown only once; the file keeps its SHA-256.
</source>
        <translation>Dodano klienta „%1” do %2. Powyższy token jest wyświetlany tylko raz; w pliku zapisywany jest wyłącznie jego skrót SHA-256.
</translation>
    </message>
    <message>
        <source>Node database.</source>
        <translation>Baza danych węzła.</translation>
    </message>
    <message>
        <source>Files to import.</source>
        <translation>Pliki do zaimportowania.</translation>
    </message>
    <message>
        <source>import needs --db FILE and at least one input file</source>
        <translation>import wymaga --db FILE i co najmniej jednego pliku wejściowego</translation>
    </message>
    <message>
        <source>warning: gene catalog not loaded (%1); gene ids are kept as given
</source>
        <translation>ostrzeżenie: nie wczytano katalogu genów (%1); identyfikatory genów zostaną zachowane w podanej postaci
</translation>
    </message>
    <message numerus="yes">
        <source>imported %n case(s); the node holds %1</source>
        <translation>
            <numerusform>zaimportowano %n przypadek; łączna liczba przypadków w węźle: %1</numerusform>
            <numerusform>zaimportowano %n przypadki; łączna liczba przypadków w węźle: %1</numerusform>
            <numerusform>zaimportowano %n przypadków; łączna liczba przypadków w węźle: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Address.</source>
        <translation>Adres nasłuchiwania.</translation>
    </message>
    <message>
        <source>Certificate.</source>
        <translation>Certyfikat.</translation>
    </message>
    <message>
        <source>Key.</source>
        <translation>Klucz prywatny.</translation>
    </message>
    <message>
        <source>Base path.</source>
        <translation>Ścieżka bazowa.</translation>
    </message>
    <message>
        <source>Max results.</source>
        <translation>Maksymalna liczba wyników.</translation>
    </message>
    <message>
        <source>Min score.</source>
        <translation>Minimalny wynik.</translation>
    </message>
    <message>
        <source>Disclaimer.</source>
        <translation>Zastrzeżenie prawne.</translation>
    </message>
    <message>
        <source>Disclaimer file.</source>
        <translation>Plik zastrzeżenia prawnego.</translation>
    </message>
    <message>
        <source>Max body.</source>
        <translation>Maksymalny rozmiar treści żądania.</translation>
    </message>
    <message>
        <source>Timeout.</source>
        <translation>Limit czasu żądania.</translation>
    </message>
    <message>
        <source>Production node.</source>
        <translation>Węzeł produkcyjny.</translation>
    </message>
    <message>
        <source>Contact.</source>
        <translation>Kontakt.</translation>
    </message>
    <message>
        <source>Contact URL.</source>
        <translation>Kontaktowy adres URL.</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>nieoczekiwany argument „%1”</translation>
    </message>
    <message>
        <source>serve needs --db FILE, --listen HOST:PORT and --clients FILE</source>
        <translation>serve wymaga --db FILE, --listen HOST:PORT i --clients FILE</translation>
    </message>
    <message>
        <source>--max-results must be an integer from 1 to 1000</source>
        <translation>--max-results musi być liczbą całkowitą od 1 do 1000</translation>
    </message>
    <message>
        <source>--min-score must be a number from 0 to below 1</source>
        <translation>--min-score musi być liczbą nie mniejszą niż 0 i mniejszą niż 1</translation>
    </message>
    <message>
        <source>--max-body must be an integer of at least 1024</source>
        <translation>--max-body musi być liczbą całkowitą nie mniejszą niż 1024</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>nie można odczytać %1: %2</translation>
    </message>
    <message>
        <source>--listen must be HOST:PORT, e.g. 127.0.0.1:8443</source>
        <translation>--listen musi mieć postać HOST:PORT, np. 127.0.0.1:8443</translation>
    </message>
    <message>
        <source>--listen: &quot;%1&quot; is not an IP address</source>
        <translation>--listen: „%1” nie jest adresem IP</translation>
    </message>
    <message>
        <source>--tls-cert and --tls-key go together</source>
        <translation>--tls-cert i --tls-key należy podać razem</translation>
    </message>
    <message>
        <source>No PEM certificate in %1</source>
        <translation>Brak certyfikatu PEM w %1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Nie można odczytać %1: %2</translation>
    </message>
    <message>
        <source>No usable PEM private key (RSA or EC) in %1</source>
        <translation>Brak nadającego się do użycia klucza prywatnego PEM (RSA lub EC) w %1</translation>
    </message>
    <message>
        <source>Refusing plain HTTP on %1: without --tls-cert/--tls-key the node only listens on loopback (127.0.0.1 or ::1)</source>
        <translation>Nieszyfrowany protokół HTTP na %1 jest niedozwolony: bez --tls-cert/--tls-key węzeł nasłuchuje tylko na adresie loopback (127.0.0.1 lub ::1)</translation>
    </message>
    <message>
        <source>warning: serving plain HTTP on loopback only; use --tls-cert/--tls-key for a real node
</source>
        <translation>ostrzeżenie: nieszyfrowany protokół HTTP jest udostępniany tylko na adresie loopback; dla rzeczywistego węzła użyj --tls-cert/--tls-key
</translation>
    </message>
    <message>
        <source>warning: no clients in %1; every request will be answered 401
</source>
        <translation>ostrzeżenie: brak klientów w %1; każde żądanie otrzyma odpowiedź 401
</translation>
    </message>
    <message>
        <source>Cannot load the HPO, which the node needs for matching: %1</source>
        <translation>Nie można wczytać HPO, której węzeł potrzebuje do wyszukiwania dopasowań: %1</translation>
    </message>
    <message>
        <source>disease annotations</source>
        <translation>adnotacje chorób</translation>
    </message>
    <message>
        <source>warning: HPO annotations not loaded (%1); information content from the node&apos;s cases
</source>
        <translation>ostrzeżenie: nie wczytano adnotacji HPO (%1); zawartość informacyjna zostanie obliczona na podstawie przypadków węzła
</translation>
    </message>
    <message>
        <source>the node&apos;s cases</source>
        <translation>przypadki węzła</translation>
    </message>
    <message>
        <source>warning: gene phenotype profiles not loaded (%1); scoring without them
</source>
        <translation>ostrzeżenie: nie wczytano profili fenotypowych genów (%1); wyniki będą obliczane bez nich
</translation>
    </message>
    <message>
        <source>warning: gene catalog not loaded (%1); gene ids are checked by form only
</source>
        <translation>ostrzeżenie: nie wczytano katalogu genów (%1); identyfikatory genów są sprawdzane tylko pod względem formatu
</translation>
    </message>
    <message>
        <source>Cannot set up signal handling</source>
        <translation>Nie można skonfigurować obsługi sygnałów</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) loaded in %1 ms (reference data %2 ms, database %3 ms, index %4 ms; information content from %5)</source>
        <translation>
            <numerusform>wczytano %n przypadek w %1 ms (dane referencyjne %2 ms, baza danych %3 ms, indeks %4 ms; źródło zawartości informacyjnej: %5)</numerusform>
            <numerusform>wczytano %n przypadki w %1 ms (dane referencyjne %2 ms, baza danych %3 ms, indeks %4 ms; źródło zawartości informacyjnej: %5)</numerusform>
            <numerusform>wczytano %n przypadków w %1 ms (dane referencyjne %2 ms, baza danych %3 ms, indeks %4 ms; źródło zawartości informacyjnej: %5)</numerusform>
        </translation>
    </message>
    <message>
        <source>stopped
</source>
        <translation>zatrzymano
</translation>
    </message>
    <message>
        <source>--request-timeout must be a number of seconds greater than 0 and at most 3600</source>
        <translation>--request-timeout musi być liczbą sekund większą od 0 i nie większą niż 3600</translation>
    </message>
</context>
<context>
    <name>NodeEditDialog</name>
    <message>
        <source>&amp;Enabled: included in queries</source>
        <translation>&amp;Włączony: uwzględniany w zapytaniach</translation>
    </message>
    <message>
        <source>Add node</source>
        <translation>Dodaj węzeł</translation>
    </message>
    <message>
        <source>Edit node %1</source>
        <translation>Edytuj węzeł %1</translation>
    </message>
    <message>
        <source>Node name</source>
        <translation>Nazwa węzła</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>Bazowy URL</translation>
    </message>
    <message>
        <source>https://node.example.org/mme</source>
        <translation>https://node.example.org/mme</translation>
    </message>
    <message>
        <source>MME API version</source>
        <translation>Wersja API MME</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Token dostępu</translation>
    </message>
    <message>
        <source>stored in the keychain – type to replace</source>
        <translation>zapisany w pęku kluczy – wpisz, aby zastąpić</translation>
    </message>
    <message>
        <source>X-Auth-Token</source>
        <translation>X-Auth-Token</translation>
    </message>
    <message>
        <source>The token is kept in the system keychain and never shown again.</source>
        <translation>Token jest przechowywany w systemowym pęku kluczy i nigdy więcej nie zostanie wyświetlony.</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Connect timeout</source>
        <translation>Limit czasu połączenia</translation>
    </message>
    <message>
        <source>Total timeout</source>
        <translation>Całkowity limit czasu</translation>
    </message>
    <message>
        <source>CA bundle</source>
        <translation>Pakiet certyfikatów CA</translation>
    </message>
    <message>
        <source>system certificate store</source>
        <translation>systemowy magazyn certyfikatów</translation>
    </message>
    <message>
        <source>Pinned public key</source>
        <translation>Przypięty klucz publiczny</translation>
    </message>
    <message>
        <source>sha256//… (optional)</source>
        <translation>sha256//… (opcjonalnie)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nazwa:</translation>
    </message>
    <message>
        <source>Base &amp;URL:</source>
        <translation>Bazowy &amp;URL:</translation>
    </message>
    <message>
        <source>API &amp;version:</source>
        <translation>Wersja &amp;API:</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>&amp;Connect timeout:</source>
        <translation>Limit czasu &amp;połączenia:</translation>
    </message>
    <message>
        <source>T&amp;otal timeout:</source>
        <translation>Całkowity &amp;limit czasu:</translation>
    </message>
    <message>
        <source>CA &amp;bundle:</source>
        <translation>Pakiet &amp;CA:</translation>
    </message>
    <message>
        <source>&amp;Pinned key:</source>
        <translation>Przypięty &amp;klucz:</translation>
    </message>
    <message>
        <source>Give the node a name.</source>
        <translation>Nadaj węzłowi nazwę.</translation>
    </message>
    <message>
        <source>Enter the node&apos;s base URL (https://…).</source>
        <translation>Wpisz bazowy adres URL węzła (https://…).</translation>
    </message>
    <message>
        <source>Plain http is only allowed on this computer (localhost); use https.</source>
        <translation>Nieszyfrowany protokół http jest dozwolony tylko na tym komputerze (localhost); użyj https.</translation>
    </message>
</context>
<context>
    <name>NodeHttpServer</name>
    <message>
        <source>Cannot listen on %1:%2: %3</source>
        <translation>Nie można nasłuchiwać na %1:%2: %3</translation>
    </message>
</context>
<context>
    <name>NodeModel</name>
    <message>
        <source>Set by your IT department</source>
        <translation>Ustawione przez dział IT</translation>
    </message>
    <message>
        <source>%1 (policy)</source>
        <translation>%1 (zasady)</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>włączony</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>wyłączony</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Węzeł</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>Bazowy URL</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stan</translation>
    </message>
    <message>
        <source>Last test</source>
        <translation>Ostatni test</translation>
    </message>
</context>
<context>
    <name>NodeRequestParser</name>
    <message>
        <source>invalid JSON: %1 at offset %2</source>
        <translation>nieprawidłowy JSON: %1 na pozycji %2</translation>
    </message>
    <message>
        <source>the request body must be a JSON object with a &quot;patient&quot;</source>
        <translation>treść żądania musi być obiektem JSON zawierającym pole „patient”</translation>
    </message>
    <message>
        <source>is mandatory</source>
        <translation>jest wymagane</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>musi być obiektem</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>musi być ciągiem znaków</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a current HPO term</source>
        <translation>„%1” nie jest aktualnym terminem HPO</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an Ensembl gene id, Entrez id, HGNC id or HGNC symbol</source>
        <translation>„%1” nie jest identyfikatorem genu Ensembl, identyfikatorem Entrez, identyfikatorem HGNC ani symbolem HGNC</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a known gene (HGNC)</source>
        <translation>„%1” nie jest znanym genem (HGNC)</translation>
    </message>
</context>
<context>
    <name>NodeResult</name>
    <message numerus="yes">
        <source>ok %n result(s) in %1 ms</source>
        <translation>
            <numerusform>OK: %n wynik w %1 ms</numerusform>
            <numerusform>OK: %n wyniki w %1 ms</numerusform>
            <numerusform>OK: %n wyników w %1 ms</numerusform>
        </translation>
    </message>
    <message>
        <source>timeout after %1 ms (%2)</source>
        <translation>przekroczono limit czasu po %1 ms (%2)</translation>
    </message>
    <message>
        <source> (node supports %1)</source>
        <translation> (węzeł obsługuje %1)</translation>
    </message>
    <message numerus="yes">
        <source>; %n invalid result(s) dropped</source>
        <translation>
            <numerusform>; odrzucono %n nieprawidłowy wynik</numerusform>
            <numerusform>; odrzucono %n nieprawidłowe wyniki</numerusform>
            <numerusform>; odrzucono %n nieprawidłowych wyników</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NodeService</name>
    <message>
        <source>no such resource; the node serves %1/match, %1/heartbeat and %1/metrics</source>
        <translation>nie ma takiego zasobu; węzeł udostępnia %1/match, %1/heartbeat i %1/metrics</translation>
    </message>
    <message>
        <source>method %1 not allowed; use %2</source>
        <translation>metoda %1 jest niedozwolona; użyj %2</translation>
    </message>
    <message>
        <source>missing X-Auth-Token</source>
        <translation>brak X-Auth-Token</translation>
    </message>
    <message>
        <source>invalid X-Auth-Token</source>
        <translation>nieprawidłowy X-Auth-Token</translation>
    </message>
    <message>
        <source>request body larger than %1 bytes</source>
        <translation>treść żądania większa niż %1 B</translation>
    </message>
</context>
<context>
    <name>NodeStatus</name>
    <message>
        <source>waiting</source>
        <translation>oczekiwanie</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>timeout</source>
        <translation>przekroczono limit czasu</translation>
    </message>
    <message>
        <source>connection failed</source>
        <translation>błąd połączenia</translation>
    </message>
    <message>
        <source>TLS error</source>
        <translation>błąd TLS</translation>
    </message>
    <message>
        <source>401 unauthorized</source>
        <translation>401 brak autoryzacji</translation>
    </message>
    <message>
        <source>406 version not accepted</source>
        <translation>406 wersja nieakceptowana</translation>
    </message>
    <message>
        <source>HTTP error</source>
        <translation>błąd HTTP</translation>
    </message>
    <message>
        <source>malformed response</source>
        <translation>nieprawidłowa odpowiedź</translation>
    </message>
    <message>
        <source>response too large</source>
        <translation>zbyt duża odpowiedź</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>nie wysłano</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>anulowano</translation>
    </message>
</context>
<context>
    <name>NodeStatusStrip</name>
    <message>
        <source>◐ %1 · waiting…</source>
        <translation>◐ %1 · oczekiwanie…</translation>
    </message>
    <message>
        <source>%1: waiting for the answer</source>
        <translation>%1: oczekiwanie na odpowiedź</translation>
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
        <translation>%1 %2 · oczekiwanie…</translation>
    </message>
</context>
<context>
    <name>NodesDialog</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Dodaj…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edytuj…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Usuń</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Testuj połączenie</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>W&amp;yłącz</translation>
    </message>
    <message>
        <source>Matchmaker Exchange nodes</source>
        <translation>Węzły Matchmaker Exchange</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>Węzły</translation>
    </message>
    <message>
        <source>Node settings are set by your IT department.</source>
        <translation>Ustawienia węzłów są określane przez dział IT.</translation>
    </message>
    <message>
        <source>Set by your IT department</source>
        <translation>Ustawione przez dział IT</translation>
    </message>
    <message>
        <source>E&amp;nable</source>
        <translation>W&amp;łącz</translation>
    </message>
    <message>
        <source>Cannot add the node</source>
        <translation>Nie można dodać węzła</translation>
    </message>
    <message>
        <source>A node named %1 already exists.</source>
        <translation>Węzeł o nazwie %1 już istnieje.</translation>
    </message>
    <message>
        <source>Cannot save the node</source>
        <translation>Nie można zapisać węzła</translation>
    </message>
    <message>
        <source>Token not stored</source>
        <translation>Nie zapisano tokenu</translation>
    </message>
    <message>
        <source>token stored in %1</source>
        <translation>token zapisano (%1)</translation>
    </message>
    <message>
        <source>Remove node</source>
        <translation>Usuń węzeł</translation>
    </message>
    <message>
        <source>Remove the node %1 and its stored token? Matches already received are kept.</source>
        <translation>Usunąć węzeł %1 wraz z zapisanym tokenem? Otrzymane już dopasowania zostaną zachowane.</translation>
    </message>
    <message>
        <source>Cannot remove the node</source>
        <translation>Nie można usunąć węzła</translation>
    </message>
    <message>
        <source>testing…</source>
        <translation>testowanie…</translation>
    </message>
</context>
<context>
    <name>OutgoingRequest</name>
    <message>
        <source>granted without a date</source>
        <translation>udzielona bez daty</translation>
    </message>
    <message>
        <source>Patient %1 cannot be sent to matchmaking nodes: no recorded consent for matching (consent: %2). Record the consent and its date first.</source>
        <translation>Pacjenta %1 nie można wysłać do węzłów wyszukiwania dopasowań: brak odnotowanej zgody na wyszukiwanie dopasowań (zgoda: %2). Najpierw odnotuj zgodę i jej datę.</translation>
    </message>
    <message>
        <source>Patient %1 cannot be sent: the responsible clinician (contact name and e-mail or contact URL) is missing.</source>
        <translation>Pacjenta %1 nie można wysłać: brak lekarza prowadzącego (imienia i nazwiska do kontaktu oraz adresu e-mail lub kontaktowego adresu URL).</translation>
    </message>
    <message>
        <source>Patient %1 cannot be sent: it has neither an observed phenotype nor a candidate gene to match on.</source>
        <translation>Pacjenta %1 nie można wysłać: nie ma ani obserwowanego fenotypu, ani genu kandydującego, na podstawie których można szukać dopasowań.</translation>
    </message>
    <message>
        <source>Patient %1 cannot be sent: no pseudonym.</source>
        <translation>Pacjenta %1 nie można wysłać: brak pseudonimu.</translation>
    </message>
    <message>
        <source>Patient %1 cannot be sent: %2</source>
        <translation>Pacjenta %1 nie można wysłać: %2</translation>
    </message>
    <message>
        <source>Patient %1 was not sent: the payload would contain its local id or label.</source>
        <translation>Pacjenta %1 nie wysłano: przesyłane dane zawierałyby jego lokalny identyfikator lub etykietę.</translation>
    </message>
    <message>
        <source>(patient without id)</source>
        <translation>(pacjent bez identyfikatora)</translation>
    </message>
</context>
<context>
    <name>PatientDetailsPage</name>
    <message>
        <source>Add disorder</source>
        <translation>Dodaj chorobę</translation>
    </message>
    <message>
        <source>Remove disorder</source>
        <translation>Usuń chorobę</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etykieta</translation>
    </message>
    <message>
        <source>e.g. initials and year; stays on this computer</source>
        <translation>np. inicjały i rok; pozostaje na tym komputerze</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Płeć</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Nieznana</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Kobieta</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Mężczyzna</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Inna</translation>
    </message>
    <message>
        <source>Consent to matchmaking</source>
        <translation>Zgoda na wyszukiwanie dopasowań</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Nie odnotowano</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Udzielona</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Odmowa</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Wycofana</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>Data zgody</translation>
    </message>
    <message>
        <source>Clinician name</source>
        <translation>Imię i nazwisko lekarza</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Placówka</translation>
    </message>
    <message>
        <source>Clinician e-mail</source>
        <translation>E-mail lekarza</translation>
    </message>
    <message>
        <source>Contact link</source>
        <translation>Link kontaktowy</translation>
    </message>
    <message>
        <source>mailto: address or https contact form</source>
        <translation>adres mailto: lub formularz kontaktowy https</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Pacjent</translation>
    </message>
    <message>
        <source>&amp;Label (local only):</source>
        <translation>&amp;Etykieta (tylko lokalnie):</translation>
    </message>
    <message>
        <source>Local id:</source>
        <translation>Lokalny identyfikator:</translation>
    </message>
    <message>
        <source>&amp;Sex:</source>
        <translation>&amp;Płeć:</translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation>S&amp;tan:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Data:</translation>
    </message>
    <message>
        <source>Responsible clinician (shared with matches)</source>
        <translation>Lekarz prowadzący (udostępniany w dopasowaniach)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Imię i nazwisko:</translation>
    </message>
    <message>
        <source>&amp;Institution:</source>
        <translation>Pla&amp;cówka:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>E-&amp;mail:</translation>
    </message>
    <message>
        <source>Contact &amp;link:</source>
        <translation>&amp;Link kontaktowy:</translation>
    </message>
    <message>
        <source>Disorder id</source>
        <translation>Identyfikator choroby</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>Wykluczona</translation>
    </message>
    <message>
        <source>Disorders</source>
        <translation>Choroby</translation>
    </message>
    <message>
        <source>Disorders (OMIM / ORPHA)</source>
        <translation>Choroby (OMIM / ORPHA)</translation>
    </message>
    <message>
        <source>This patient may be shared with matchmaking nodes.</source>
        <translation>Dane tego pacjenta mogą być udostępniane węzłom wyszukiwania dopasowań.</translation>
    </message>
    <message>
        <source>Without granted consent (with its date) the patient cannot be sent to any node.</source>
        <translation>Bez udzielonej zgody (wraz z datą) pacjenta nie można wysłać do żadnego węzła.</translation>
    </message>
</context>
<context>
    <name>PatientImporter</name>
    <message>
        <source>%1: already in the database</source>
        <translation>%1: już jest w bazie danych</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importowanie %1…</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Import zakończony</translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s) imported from %1.</source>
        <translation>
            <numerusform>Zaimportowano %n pacjenta z %1.</numerusform>
            <numerusform>Zaimportowano %n pacjentów z %1.</numerusform>
            <numerusform>Zaimportowano %n pacjentów z %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) left out:</source>
        <translation>
            <numerusform>Pominięto %n rekord:</numerusform>
            <numerusform>Pominięto %n rekordy:</numerusform>
            <numerusform>Pominięto %n rekordów:</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot import %1</source>
        <translation>Nie można zaimportować %1</translation>
    </message>
    <message>
        <source>Import variants from VCF</source>
        <translation>Importuj warianty z pliku VCF</translation>
    </message>
    <message>
        <source>VCF files (*.vcf *.vcf.gz *.bcf);;All files (*)</source>
        <translation>Pliki VCF (*.vcf *.vcf.gz *.bcf);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>Export patient as phenopacket</source>
        <translation>Eksportuj pacjenta jako phenopacket</translation>
    </message>
    <message>
        <source>Phenopacket (*.json);;Compressed phenopacket (*.json.gz)</source>
        <translation>Phenopacket (*.json);;Skompresowany phenopacket (*.json.gz)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Eksportowanie…</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Eksport nie powiódł się</translation>
    </message>
</context>
<context>
    <name>PatientListModel</name>
    <message numerus="yes">
        <source>%1 (local id %2)
%n observed term(s)</source>
        <translation>
            <numerusform>%1 (lokalny identyfikator %2)
%n obserwowany termin</numerusform>
            <numerusform>%1 (lokalny identyfikator %2)
%n obserwowane terminy</numerusform>
            <numerusform>%1 (lokalny identyfikator %2)
%n obserwowanych terminów</numerusform>
        </translation>
    </message>
    <message>
        <source>Consent to matchmaking not recorded</source>
        <translation>Nie odnotowano zgody na wyszukiwanie dopasowań</translation>
    </message>
    <message numerus="yes">
        <source>%n observed term(s)</source>
        <translation>
            <numerusform>%n obserwowany termin</numerusform>
            <numerusform>%n obserwowane terminy</numerusform>
            <numerusform>%n obserwowanych terminów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new match(es)</source>
        <translation>
            <numerusform>%n nowe dopasowanie</numerusform>
            <numerusform>%n nowe dopasowania</numerusform>
            <numerusform>%n nowych dopasowań</numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <translation>nigdy</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Pacjent</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Terminy</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nowe</translation>
    </message>
    <message>
        <source>Last queried</source>
        <translation>Ostatnie zapytanie</translation>
    </message>
</context>
<context>
    <name>PatientListWidget</name>
    <message>
        <source>Search patients (Ctrl+F)</source>
        <translation>Szukaj pacjentów (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search patients</source>
        <translation>Szukaj pacjentów</translation>
    </message>
    <message>
        <source>Patient filter</source>
        <translation>Filtr pacjentów</translation>
    </message>
    <message>
        <source>All patients</source>
        <translation>Wszyscy pacjenci</translation>
    </message>
    <message>
        <source>With new matches</source>
        <translation>Z nowymi dopasowaniami</translation>
    </message>
    <message>
        <source>Consent missing</source>
        <translation>Brak zgody</translation>
    </message>
    <message>
        <source>Never queried</source>
        <translation>Nigdy nie wyszukiwano</translation>
    </message>
    <message>
        <source>Not queried for 90 days</source>
        <translation>Nie wyszukiwano od 90 dni</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Pacjenci</translation>
    </message>
    <message>
        <source>No patients yet.
Create one (Ctrl+N) or import a phenopacket, MME JSON or VCF file (Ctrl+I).</source>
        <translation>Brak pacjentów.
Utwórz nowego (Ctrl+N) lub zaimportuj plik phenopacket, MME JSON albo VCF (Ctrl+I).</translation>
    </message>
    <message>
        <source>No patient matches the search or filter.</source>
        <translation>Żaden pacjent nie spełnia kryteriów wyszukiwania lub filtra.</translation>
    </message>
</context>
<context>
    <name>PatientSummaryPane</name>
    <message>
        <source>&lt;h3&gt;Getting started&lt;/h3&gt;&lt;ol&gt;&lt;li&gt;Create or import a patient.&lt;/li&gt;&lt;li&gt;Record consent and the responsible clinician (Details).&lt;/li&gt;&lt;li&gt;Enter observed and excluded HPO terms (Phenotypes).&lt;/li&gt;&lt;li&gt;Add candidate genes or variants (Variants).&lt;/li&gt;&lt;li&gt;Find similar patients on the Matchmaker Exchange nodes.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;h3&gt;Pierwsze kroki&lt;/h3&gt;&lt;ol&gt;&lt;li&gt;Utwórz lub zaimportuj pacjenta.&lt;/li&gt;&lt;li&gt;Odnotuj zgodę i lekarza prowadzącego (Szczegóły).&lt;/li&gt;&lt;li&gt;Wprowadź obserwowane i wykluczone terminy HPO (Fenotypy).&lt;/li&gt;&lt;li&gt;Dodaj geny lub warianty kandydujące (Warianty).&lt;/li&gt;&lt;li&gt;Znajdź podobnych pacjentów w węzłach Matchmaker Exchange.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>Consent granted on %1</source>
        <translation>Zgoda udzielona %1</translation>
    </message>
    <message>
        <source>Consent to matchmaking not recorded</source>
        <translation>Nie odnotowano zgody na wyszukiwanie dopasowań</translation>
    </message>
    <message numerus="yes">
        <source>%n observed term(s)</source>
        <translation>
            <numerusform>%n obserwowany termin</numerusform>
            <numerusform>%n obserwowane terminy</numerusform>
            <numerusform>%n obserwowanych terminów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n excluded</source>
        <translation>
            <numerusform>%n wykluczony</numerusform>
            <numerusform>%n wykluczone</numerusform>
            <numerusform>%n wykluczonych</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n candidate variant(s)</source>
        <translation>
            <numerusform>%n wariant kandydujący</numerusform>
            <numerusform>%n warianty kandydujące</numerusform>
            <numerusform>%n wariantów kandydujących</numerusform>
        </translation>
    </message>
    <message>
        <source>No responsible clinician</source>
        <translation>Brak lekarza prowadzącego</translation>
    </message>
    <message>
        <source>Contact: %1</source>
        <translation>Kontakt: %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Źródło: %1</translation>
    </message>
    <message>
        <source>Local id: %1</source>
        <translation>Lokalny identyfikator: %1</translation>
    </message>
</context>
<context>
    <name>PhenopacketReader</name>
    <message>
        <source>&apos;%1&apos; is not a Phenopacket v2 schema version</source>
        <translation>„%1” nie jest wersją schematu Phenopacket v2</translation>
    </message>
    <message>
        <source>%1: metaData missing</source>
        <translation>%1: brak metaData</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an HPO id (HP:nnnnnnn)</source>
        <translation>„%1” nie jest identyfikatorem HPO (HP:nnnnnnn)</translation>
    </message>
    <message>
        <source>needs either gene or variantInterpretation</source>
        <translation>wymaga pola gene albo variantInterpretation</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>plik jest pusty</translation>
    </message>
    <message>
        <source>not valid JSON (%1)</source>
        <translation>nieprawidłowy JSON (%1)</translation>
    </message>
    <message>
        <source>document %1</source>
        <translation>dokument %1</translation>
    </message>
    <message>
        <source>must be a JSON object, not %1</source>
        <translation>musi być obiektem JSON, a nie %1</translation>
    </message>
    <message>
        <source>must be a JSON object (a phenopacket)</source>
        <translation>musi być obiektem JSON (phenopacketem)</translation>
    </message>
    <message>
        <source>import cancelled</source>
        <translation>import anulowany</translation>
    </message>
    <message>
        <source>%1: HPO ids kept as given (no ontology loaded to map alternative and obsolete ids)</source>
        <translation>%1: identyfikatory HPO zachowano w podanej postaci (nie wczytano ontologii, aby zmapować identyfikatory alternatywne i przestarzałe)</translation>
    </message>
    <message>
        <source>%1: %2 is an alternative id, mapped to %3</source>
        <translation>%1: %2 jest identyfikatorem alternatywnym, zmapowano na %3</translation>
    </message>
    <message>
        <source>%1: %2 is obsolete, replaced by %3</source>
        <translation>%1: %2 jest przestarzały, zastąpiono go przez %3</translation>
    </message>
    <message>
        <source>%1: %2 is obsolete without replacement, kept as given</source>
        <translation>%1: %2 jest przestarzały i nie ma następnika, zachowano w podanej postaci</translation>
    </message>
    <message>
        <source>%1: %2 is not in the ontology, kept as given</source>
        <translation>%1: %2 nie występuje w ontologii, zachowano w podanej postaci</translation>
    </message>
    <message>
        <source>%1 is not a sex enum value (0-3)</source>
        <translation>%1 nie jest wartością wyliczenia sex (0–3)</translation>
    </message>
    <message>
        <source>must be a string, not %1</source>
        <translation>musi być ciągiem znaków, a nie %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of UNKNOWN_SEX, FEMALE, MALE, OTHER_SEX</source>
        <translation>„%1” nie jest jedną z wartości UNKNOWN_SEX, FEMALE, MALE, OTHER_SEX</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>musi być ciągiem znaków</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an ACMG classification</source>
        <translation>„%1” nie jest klasyfikacją ACMG</translation>
    </message>
    <message>
        <source>%1 is not an ACMG classification</source>
        <translation>%1 nie jest klasyfikacją ACMG</translation>
    </message>
    <message>
        <source>must be a 1-based position (at least 1), not %1</source>
        <translation>musi być pozycją liczoną od 1 (co najmniej 1), a nie %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a GENO id</source>
        <translation>„%1” nie jest identyfikatorem GENO</translation>
    </message>
</context>
<context>
    <name>PhenotypeFeatureModel</name>
    <message>
        <source>%1 is not a current HPO term</source>
        <translation>%1 nie jest aktualnym terminem HPO</translation>
    </message>
    <message>
        <source>Redundant: %1 is an ancestor of %2, which is also observed</source>
        <translation>Nadmiarowy: %1 jest przodkiem terminu %2, który również jest obserwowany</translation>
    </message>
    <message>
        <source>Conflict: %1 is both observed and excluded</source>
        <translation>Konflikt: %1 jest jednocześnie obserwowany i wykluczony</translation>
    </message>
    <message>
        <source>Conflict: %1 is excluded but its descendant %2 is observed</source>
        <translation>Konflikt: %1 jest wykluczony, ale jego potomek %2 jest obserwowany</translation>
    </message>
    <message>
        <source>English: %1 (machine translation, not yet approved)</source>
        <translation>Angielski: %1 (tłumaczenie maszynowe, jeszcze niezatwierdzone)</translation>
    </message>
    <message>
        <source>English: %1</source>
        <translation>Angielski: %1</translation>
    </message>
    <message>
        <source>excluded</source>
        <translation>wykluczony</translation>
    </message>
    <message>
        <source>observed</source>
        <translation>obserwowany</translation>
    </message>
    <message>
        <source>Phenotype</source>
        <translation>Fenotyp</translation>
    </message>
    <message>
        <source>HPO id</source>
        <translation>Identyfikator HPO</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Onset</source>
        <translation>Początek</translation>
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
        <translation>Dodaj jako &amp;obserwowany</translation>
    </message>
    <message>
        <source>Add e&amp;xcluded</source>
        <translation>Dodaj jako &amp;wykluczony</translation>
    </message>
    <message>
        <source>Observed ⇄ excluded</source>
        <translation>Obserwowany ⇄ wykluczony</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Usuń</translation>
    </message>
    <message>
        <source>Search HPO terms</source>
        <translation>Szukaj terminów HPO</translation>
    </message>
    <message>
        <source>HPO suggestions</source>
        <translation>Podpowiedzi HPO</translation>
    </message>
    <message>
        <source>Return adds the highlighted term as observed, Shift+Return as excluded; ↑/↓ choose.</source>
        <translation>Enter dodaje zaznaczony termin jako obserwowany, Shift+Enter jako wykluczony; ↑/↓ – wybór.</translation>
    </message>
    <message>
        <source>Onset of the next term</source>
        <translation>Początek objawu dla następnego terminu</translation>
    </message>
    <message>
        <source>Phenotype profile</source>
        <translation>Profil fenotypowy</translation>
    </message>
    <message>
        <source>&amp;Find term:</source>
        <translation>&amp;Znajdź termin:</translation>
    </message>
    <message>
        <source>O&amp;nset:</source>
        <translation>&amp;Początek:</translation>
    </message>
    <message>
        <source>Type a phenotype, synonym or HPO id (Ctrl+T), e.g. “seizure” or HP:0001250</source>
        <translation>Wpisz fenotyp, synonim lub identyfikator HPO (Ctrl+T), np. „napad padaczkowy” albo HP:0001250</translation>
    </message>
    <message>
        <source>Loading the Human Phenotype Ontology…</source>
        <translation>Wczytywanie Human Phenotype Ontology…</translation>
    </message>
    <message>
        <source>Onset unknown</source>
        <translation>Początek nieznany</translation>
    </message>
    <message numerus="yes">
        <source>%n observed</source>
        <translation>
            <numerusform>%n obserwowany</numerusform>
            <numerusform>%n obserwowane</numerusform>
            <numerusform>%n obserwowanych</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n excluded</source>
        <translation>
            <numerusform>%n wykluczony</numerusform>
            <numerusform>%n wykluczone</numerusform>
            <numerusform>%n wykluczonych</numerusform>
        </translation>
    </message>
    <message>
        <source>low – add more specific terms</source>
        <translation>niska – dodaj bardziej szczegółowe terminy</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>umiarkowana</translation>
    </message>
    <message>
        <source>high</source>
        <translation>wysoka</translation>
    </message>
    <message>
        <source>specificity: %1 (total information content %2)</source>
        <translation>swoistość: %1 (całkowita zawartość informacyjna %2)</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Set by your IT department</source>
        <translation>Ustawione przez dział IT</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Ustawienia</translation>
    </message>
    <message>
        <source>System default</source>
        <extracomment>Language choice: follow the operating system&apos;s language.</extracomment>
        <translation>Domyślny systemowy</translation>
    </message>
    <message>
        <source>Also the language of HPO term labels; candidate (machine) translations are shown in italics, terms without a translation in English. Data sent to other nodes always uses HPO ids and English labels.</source>
        <translation>Także język nazw terminów HPO; tłumaczenia wstępne (maszynowe) są wyświetlane kursywą, a terminy bez tłumaczenia – po angielsku. Dane wysyłane do innych węzłów zawsze zawierają identyfikatory HPO i angielskie nazwy.</translation>
    </message>
    <message>
        <source>Show a desktop notification when watched patients have new matches</source>
        <translation>Pokazuj powiadomienie na pulpicie, gdy obserwowani pacjenci mają nowe dopasowania</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Codziennie</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Co tydzień</translation>
    </message>
    <message>
        <source>Only when I ask</source>
        <translation>Tylko na żądanie</translation>
    </message>
    <message>
        <source>Watch a patient for new matches after their first query</source>
        <translation>Obserwuj pacjenta pod kątem nowych dopasowań po jego pierwszym zapytaniu</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Język:</translation>
    </message>
    <message>
        <source>Notifications:</source>
        <translation>Powiadomienia:</translation>
    </message>
    <message>
        <source>Check for new &amp;matches:</source>
        <translation>Sprawdzaj nowe &amp;dopasowania:</translation>
    </message>
    <message>
        <source>Minimum &amp;score for alerts:</source>
        <translation>Minimalny &amp;wynik dla powiadomień:</translation>
    </message>
    <message>
        <source>Watching:</source>
        <translation>Obserwowanie:</translation>
    </message>
    <message>
        <source>Some settings are managed by your IT department: they are shown greyed out and cannot be changed here.</source>
        <translation>Niektóre ustawienia są zarządzane przez dział IT: są wyszarzone i nie można ich tutaj zmienić.</translation>
    </message>
</context>
<context>
    <name>ProgressTask</name>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
</context>
<context>
    <name>Pseudonymizer</name>
    <message>
        <source>The pseudonym key in the keychain is too short (%1 bytes); expected %2</source>
        <translation>Klucz pseudonimizacji w pęku kluczy jest za krótki (%1 B; oczekiwano %2 B)</translation>
    </message>
    <message>
        <source>Cannot read the pseudonym key from the %1: %2</source>
        <translation>Nie można odczytać klucza pseudonimizacji (%1): %2</translation>
    </message>
    <message>
        <source>Cannot store the new pseudonym key in the %1: %2</source>
        <translation>Nie można zapisać nowego klucza pseudonimizacji (%1): %2</translation>
    </message>
</context>
<context>
    <name>QueryPerturbation</name>
    <message>
        <source>Invalid perturbation &apos;%1&apos; (expected imprecision=P in [0,1], noise=K &gt;= 0, drop=D in [0,1))</source>
        <translation>Nieprawidłowe zaburzenie „%1” (oczekiwano imprecision=P w [0,1], noise=K &gt;= 0, drop=D w [0,1))</translation>
    </message>
</context>
<context>
    <name>ResultRecorder</name>
    <message>
        <source>results not saved: %1</source>
        <translation>nie zapisano wyników: %1</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>Cannot read the demo secret file %1: %2</source>
        <translation>Nie można odczytać demonstracyjnego pliku sekretów %1: %2</translation>
    </message>
    <message>
        <source>The demo secret file %1 is damaged: %2</source>
        <translation>Demonstracyjny plik sekretów %1 jest uszkodzony: %2</translation>
    </message>
    <message>
        <source>Cannot write the demo secret file %1: %2</source>
        <translation>Nie można zapisać demonstracyjnego pliku sekretów %1: %2</translation>
    </message>
    <message>
        <source>demo secret file %1 (NOT SECURE, demo only)</source>
        <translation>demonstracyjny plik sekretów %1 (NIEBEZPIECZNY, tylko do demonstracji)</translation>
    </message>
    <message>
        <source>No secret &apos;%1&apos; in the %2</source>
        <translation>Brak sekretu „%1” (%2)</translation>
    </message>
    <message>
        <source>in-memory secret store (tests and demo only)</source>
        <translation>magazyn sekretów w pamięci (tylko testy i demonstracje)</translation>
    </message>
    <message>
        <source>OS keychain (service &quot;%1&quot;)</source>
        <translation>Systemowy pęk kluczy (usługa „%1”)</translation>
    </message>
    <message>
        <source>OS keychain: cannot read &apos;%1&apos;: %2</source>
        <translation>Systemowy pęk kluczy: nie można odczytać „%1”: %2</translation>
    </message>
    <message>
        <source>OS keychain: cannot store &apos;%1&apos;: %2</source>
        <translation>Systemowy pęk kluczy: nie można zapisać „%1”: %2</translation>
    </message>
    <message>
        <source>OS keychain: cannot remove &apos;%1&apos;: %2</source>
        <translation>Systemowy pęk kluczy: nie można usunąć „%1”: %2</translation>
    </message>
</context>
<context>
    <name>SecretStoreFactory</name>
    <message>
        <source>Unknown secret store &apos;%1&apos; (MATCHDESK_KEYCHAIN): use system, memory or file:PATH</source>
        <translation>Nieznany magazyn sekretów „%1” (MATCHDESK_KEYCHAIN): użyj system, memory lub file:ŚCIEŻKA</translation>
    </message>
</context>
<context>
    <name>SendPreviewDialog</name>
    <message>
        <source>Find similar patients – what will be sent</source>
        <translation>Znajdź podobnych pacjentów – co zostanie wysłane</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;The profile below will be sent to &lt;b&gt;%n node(s)&lt;/b&gt;: %1.&lt;/p&gt;&lt;p&gt;The nodes see the pseudonym &lt;tt&gt;%2&lt;/tt&gt;, never the label or local id. The clinician contact is shared so that matches can reach you.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;Poniższy profil zostanie wysłany do &lt;b&gt;%n węzła&lt;/b&gt;: %1.&lt;/p&gt;&lt;p&gt;Węzły widzą pseudonim &lt;tt&gt;%2&lt;/tt&gt;, nigdy etykietę ani lokalny identyfikator. Dane kontaktowe lekarza są udostępniane, aby ośrodki z dopasowaniami mogły się z Tobą skontaktować.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;Poniższy profil zostanie wysłany do &lt;b&gt;%n węzłów&lt;/b&gt;: %1.&lt;/p&gt;&lt;p&gt;Węzły widzą pseudonim &lt;tt&gt;%2&lt;/tt&gt;, nigdy etykietę ani lokalny identyfikator. Dane kontaktowe lekarza są udostępniane, aby ośrodki z dopasowaniami mogły się z Tobą skontaktować.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;Poniższy profil zostanie wysłany do &lt;b&gt;%n węzłów&lt;/b&gt;: %1.&lt;/p&gt;&lt;p&gt;Węzły widzą pseudonim &lt;tt&gt;%2&lt;/tt&gt;, nigdy etykietę ani lokalny identyfikator. Dane kontaktowe lekarza są udostępniane, aby ośrodki z dopasowaniami mogły się z Tobą skontaktować.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>POST %1 (%2)</source>
        <translation>POST %1 (%2)</translation>
    </message>
    <message>
        <source>Fields: %1</source>
        <translation>Pola: %1</translation>
    </message>
    <message>
        <source>Request body for %1</source>
        <translation>Treść żądania dla %1</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Wyślij</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>Database %1: %2: %3</source>
        <translation>Baza danych %1: %2: %3</translation>
    </message>
    <message>
        <source>cannot open</source>
        <translation>nie można otworzyć</translation>
    </message>
    <message>
        <source>Database %1: %2</source>
        <translation>Baza danych %1: %2</translation>
    </message>
    <message>
        <source>Cannot create backup %1</source>
        <translation>Nie można utworzyć kopii zapasowej %1</translation>
    </message>
    <message>
        <source>Backup of %1 to %2 failed: %3</source>
        <translation>Tworzenie kopii zapasowej %1 w %2 nie powiodło się: %3</translation>
    </message>
    <message>
        <source>Database %1: %2 failed: %3 (%4)</source>
        <translation>Baza danych %1: operacja %2 nie powiodła się: %3 (%4)</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the database</source>
        <translation>Nie można utworzyć folderu %1 dla bazy danych</translation>
    </message>
    <message>
        <source>%1 is not a MatchDesk database (it belongs to another application)</source>
        <translation>%1 nie jest bazą danych MatchDesk (należy do innej aplikacji)</translation>
    </message>
    <message>
        <source>%1 is not a MatchDesk database (it holds other tables)</source>
        <translation>%1 nie jest bazą danych MatchDesk (zawiera inne tabele)</translation>
    </message>
    <message>
        <source>%1 was written by a newer MatchDesk (schema %2; this version reads up to %3)</source>
        <translation>Baza danych %1 została zapisana przez nowszą wersję MatchDesk (schemat %2; ta wersja obsługuje schematy do %3)</translation>
    </message>
    <message>
        <source>The database %1 is damaged: %2. Restore it from a backup (the folder holds copies made before each upgrade).</source>
        <translation>Baza danych %1 jest uszkodzona: %2. Przywróć ją z kopii zapasowej (folder zawiera kopie wykonane przed każdą aktualizacją).</translation>
    </message>
    <message>
        <source>%1 is not a MatchDesk database or is damaged (file is not a database)</source>
        <translation>%1 nie jest bazą danych MatchDesk lub jest uszkodzona (plik nie jest bazą danych)</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was saved</source>
        <translation>Import anulowany: niczego nie zapisano</translation>
    </message>
    <message>
        <source>A patient needs a local id</source>
        <translation>Pacjent musi mieć lokalny identyfikator</translation>
    </message>
    <message>
        <source>A patient with the local id &quot;%1&quot; already exists</source>
        <translation>Pacjent o lokalnym identyfikatorze „%1” już istnieje</translation>
    </message>
    <message>
        <source>Patient %1 (row %2) no longer exists</source>
        <translation>Pacjent %1 (wiersz %2) już nie istnieje</translation>
    </message>
    <message>
        <source>A node needs a name and a valid base URL</source>
        <translation>Węzeł musi mieć nazwę i prawidłowy bazowy adres URL</translation>
    </message>
    <message>
        <source>Match %1 does not exist</source>
        <translation>Dopasowanie %1 nie istnieje</translation>
    </message>
</context>
<context>
    <name>TermBrowserWidget</name>
    <message>
        <source>Add as &amp;observed</source>
        <translation>Dodaj jako &amp;obserwowany</translation>
    </message>
    <message>
        <source>Add as e&amp;xcluded</source>
        <translation>Dodaj jako &amp;wykluczony</translation>
    </message>
    <message>
        <source>Term definition</source>
        <translation>Definicja terminu</translation>
    </message>
    <message>
        <source>Parent terms</source>
        <translation>Terminy nadrzędne</translation>
    </message>
    <message>
        <source>Child terms</source>
        <translation>Terminy podrzędne</translation>
    </message>
    <message>
        <source>&amp;Parents</source>
        <translation>&amp;Nadrzędne</translation>
    </message>
    <message>
        <source>C&amp;hildren</source>
        <translation>Po&amp;drzędne</translation>
    </message>
    <message>
        <source>&lt;h3&gt;HPO browser&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Przeglądarka HPO&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;HPO browser&lt;/h3&gt;&lt;p&gt;Loading the ontology…&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Przeglądarka HPO&lt;/h3&gt;&lt;p&gt;Wczytywanie ontologii…&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:gray&apos;&gt;Select a suggestion or a term of the profile to see its definition, parents and children.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:gray&apos;&gt;Wybierz podpowiedź lub termin z profilu, aby zobaczyć jego definicję oraz terminy nadrzędne i podrzędne.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 · English: %2</source>
        <translation>%1 · angielski: %2</translation>
    </message>
    <message>
        <source>%1 · English: %2 · machine translation, not yet approved</source>
        <translation>%1 · angielski: %2 · tłumaczenie maszynowe, jeszcze niezatwierdzone</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:gray&apos;&gt;No definition.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:gray&apos;&gt;Brak definicji.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Synonyms:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Synonimy:&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>TermSuggestionModel</name>
    <message>
        <source>%1  ·  %2  (synonym: %3)</source>
        <translation>%1  ·  %2  (synonim: %3)</translation>
    </message>
    <message>
        <source>%1  ·  %2</source>
        <translation>%1  ·  %2</translation>
    </message>
    <message>
        <source>English: %1 (machine translation, not yet approved)</source>
        <translation>Angielski: %1 (tłumaczenie maszynowe, jeszcze niezatwierdzone)</translation>
    </message>
    <message>
        <source>English: %1</source>
        <translation>Angielski: %1</translation>
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
        <translation>Dodaj wariant</translation>
    </message>
    <message>
        <source>Edit variant</source>
        <translation>Edytuj wariant</translation>
    </message>
    <message>
        <source>Gene</source>
        <translation>Gen</translation>
    </message>
    <message>
        <source>HGNC symbol, alias, HGNC:, Ensembl or Entrez id</source>
        <translation>Symbol HGNC, alias, identyfikator HGNC:, Ensembl lub Entrez</translation>
    </message>
    <message>
        <source>HGVS coding</source>
        <translation>HGVS (poziom cDNA)</translation>
    </message>
    <message>
        <source>e.g. NM_000059.4:c.1310_1313del</source>
        <translation>np. NM_000059.4:c.1310_1313del</translation>
    </message>
    <message>
        <source>HGVS protein</source>
        <translation>HGVS (poziom białka)</translation>
    </message>
    <message>
        <source>e.g. NP_000050.3:p.(Lys437IlefsTer22)</source>
        <translation>np. NP_000050.3:p.(Lys437IlefsTer22)</translation>
    </message>
    <message>
        <source>Assembly</source>
        <translation>Genom referencyjny</translation>
    </message>
    <message>
        <source>no coordinates</source>
        <translation>brak współrzędnych</translation>
    </message>
    <message>
        <source>Chromosome</source>
        <translation>Chromosom</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Pozycja</translation>
    </message>
    <message>
        <source>Reference allele</source>
        <translation>Allel referencyjny</translation>
    </message>
    <message>
        <source>Alternate allele</source>
        <translation>Allel alternatywny</translation>
    </message>
    <message>
        <source>Zygosity</source>
        <translation>Zygotyczność</translation>
    </message>
    <message>
        <source>ACMG class</source>
        <translation>Klasa ACMG</translation>
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
        <translation>Współ&amp;rzędne:</translation>
    </message>
    <message>
        <source>&amp;Zygosity:</source>
        <translation>&amp;Zygotyczność:</translation>
    </message>
    <message>
        <source>&amp;ACMG class:</source>
        <translation>Klasa &amp;ACMG:</translation>
    </message>
    <message>
        <source>Enter the gene.</source>
        <translation>Wpisz gen.</translation>
    </message>
    <message>
        <source>The HGNC catalog is still loading; the gene will be kept as typed.</source>
        <translation>Katalog HGNC jest jeszcze wczytywany; gen zostanie zachowany w wpisanej postaci.</translation>
    </message>
    <message>
        <source>%1 is an alias of %2 (%3).</source>
        <translation>%1 jest aliasem %2 (%3).</translation>
    </message>
    <message>
        <source>%1 is a previous symbol of %2 (%3).</source>
        <translation>%1 jest dawnym symbolem %2 (%3).</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>Użyj %1</translation>
    </message>
    <message>
        <source>✓ %1 (%2)</source>
        <translation>✓ %1 (%2)</translation>
    </message>
    <message>
        <source>%1 is ambiguous: it may mean %2. Enter the approved symbol.</source>
        <translation>%1 jest niejednoznaczny: może oznaczać %2. Wpisz zatwierdzony symbol.</translation>
    </message>
    <message>
        <source>%1 is not in the HGNC catalog.</source>
        <translation>%1 nie występuje w katalogu HGNC.</translation>
    </message>
</context>
<context>
    <name>VariantModel</name>
    <message>
        <source>heterozygous</source>
        <translation>heterozygota</translation>
    </message>
    <message>
        <source>homozygous</source>
        <translation>homozygota</translation>
    </message>
    <message>
        <source>hemizygous</source>
        <translation>hemizygota</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>nieznana</translation>
    </message>
    <message>
        <source>Benign</source>
        <translation>Łagodny</translation>
    </message>
    <message>
        <source>Likely benign</source>
        <translation>Prawdopodobnie łagodny</translation>
    </message>
    <message>
        <source>Uncertain significance</source>
        <translation>O niepewnym znaczeniu</translation>
    </message>
    <message>
        <source>Likely pathogenic</source>
        <translation>Prawdopodobnie patogenny</translation>
    </message>
    <message>
        <source>Pathogenic</source>
        <translation>Patogenny</translation>
    </message>
    <message>
        <source>not classified</source>
        <translation>niesklasyfikowany</translation>
    </message>
    <message>
        <source>%1 chr%2:%3 %4&gt;%5</source>
        <translation>%1 chr%2:%3 %4&gt;%5</translation>
    </message>
    <message>
        <source>Gene not validated against HGNC</source>
        <translation>Gen niezweryfikowany w HGNC</translation>
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
        <translation>Współrzędne</translation>
    </message>
    <message>
        <source>Zygosity</source>
        <translation>Zygotyczność</translation>
    </message>
    <message>
        <source>ACMG class</source>
        <translation>Klasa ACMG</translation>
    </message>
</context>
<context>
    <name>VariantsPage</name>
    <message>
        <source>&amp;Add variant…</source>
        <translation>&amp;Dodaj wariant…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edytuj…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Usuń</translation>
    </message>
    <message>
        <source>&amp;Import from VCF…</source>
        <translation>&amp;Importuj z pliku VCF…</translation>
    </message>
    <message>
        <source>Candidate variants</source>
        <translation>Warianty kandydujące</translation>
    </message>
    <message>
        <source>No candidate variants. Add one by hand or import them from the patient&apos;s VCF.</source>
        <translation>Brak wariantów kandydujących. Dodaj wariant ręcznie lub zaimportuj warianty z pliku VCF pacjenta.</translation>
    </message>
</context>
<context>
    <name>VcfImportDialog</name>
    <message>
        <source>Only records that &amp;PASS the filters</source>
        <translation>Tylko rekordy, które prze&amp;szły filtry (PASS)</translation>
    </message>
    <message>
        <source>Import variants from %1</source>
        <translation>Importuj warianty z %1</translation>
    </message>
    <message>
        <source>Sample (proband)</source>
        <translation>Próbka (proband)</translation>
    </message>
    <message>
        <source>Minimum QUAL</source>
        <translation>Minimalna QUAL</translation>
    </message>
    <message>
        <source>Minimum genotype quality</source>
        <translation>Minimalna jakość genotypu</translation>
    </message>
    <message>
        <source>Maximum population allele frequency</source>
        <translation>Maksymalna częstość allelu w populacji</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>bez limitu</translation>
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
        <translation>Geny</translation>
    </message>
    <message>
        <source>all genes (or a list: KMT2D, CHD7)</source>
        <translation>wszystkie geny (lub lista: KMT2D, CHD7)</translation>
    </message>
    <message>
        <source>Minimum predicted impact</source>
        <translation>Minimalny przewidywany wpływ</translation>
    </message>
    <message>
        <source>any (also unannotated records)</source>
        <translation>dowolny (także rekordy bez adnotacji)</translation>
    </message>
    <message>
        <source>low or higher</source>
        <translation>niski lub wyższy</translation>
    </message>
    <message>
        <source>moderate or higher</source>
        <translation>umiarkowany lub wyższy</translation>
    </message>
    <message>
        <source>high only</source>
        <translation>tylko wysoki</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importuj</translation>
    </message>
    <message>
        <source>&amp;Sample:</source>
        <translation>&amp;Próbka:</translation>
    </message>
    <message>
        <source>Minimum &amp;QUAL:</source>
        <translation>Minimalna &amp;QUAL:</translation>
    </message>
    <message>
        <source>Minimum &amp;GQ:</source>
        <translation>Minimalna &amp;GQ:</translation>
    </message>
    <message>
        <source>Population &amp;frequency:</source>
        <translation>&amp;Częstość w populacji:</translation>
    </message>
    <message>
        <source>&amp;Genes:</source>
        <translation>&amp;Geny:</translation>
    </message>
    <message>
        <source>Predicted &amp;impact:</source>
        <translation>Przewidywany &amp;wpływ:</translation>
    </message>
    <message>
        <source>sites only (no genotypes)</source>
        <translation>tylko pozycje (bez genotypów)</translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %n sample(s). Choose the proband and which records to keep.</source>
        <translation>
            <numerusform>%1 zawiera %n próbkę. Wybierz probanta i rekordy do zachowania.</numerusform>
            <numerusform>%1 zawiera %n próbki. Wybierz probanta i rekordy do zachowania.</numerusform>
            <numerusform>%1 zawiera %n próbek. Wybierz probanta i rekordy do zachowania.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Odczytywanie %1…</translation>
    </message>
    <message>
        <source>Cannot import the VCF</source>
        <translation>Nie można zaimportować pliku VCF</translation>
    </message>
</context>
<context>
    <name>VcfReader</name>
    <message>
        <source>the file does not exist</source>
        <translation>plik nie istnieje</translation>
    </message>
    <message>
        <source>cannot open the file</source>
        <translation>nie można otworzyć pliku</translation>
    </message>
    <message>
        <source>not a VCF or BCF file (no ##fileformat=VCF header)</source>
        <translation>to nie jest plik VCF ani BCF (brak nagłówka ##fileformat=VCF)</translation>
    </message>
    <message>
        <source>missing or invalid header lines (##fileformat and the #CHROM line are required)</source>
        <translation>brak lub nieprawidłowe wiersze nagłówka (wymagane są ##fileformat i wiersz #CHROM)</translation>
    </message>
    <message>
        <source>no sample &apos;%1&apos; in the file (samples: %2)</source>
        <translation>brak próbki „%1” w pliku (próbki: %2)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>brak</translation>
    </message>
    <message>
        <source>the file has %1 samples (%2): choose the proband</source>
        <translation>liczba próbek w pliku: %1 (%2); wybierz probanta</translation>
    </message>
    <message>
        <source>cannot select sample &apos;%1&apos;</source>
        <translation>nie można wybrać próbki „%1”</translation>
    </message>
    <message>
        <source>%1: the assembly is not named in the header; variants have no assembly</source>
        <translation>%1: w nagłówku nie podano genomu referencyjnego; warianty nie mają przypisanego genomu referencyjnego</translation>
    </message>
    <message>
        <source>truncated or corrupt data</source>
        <translation>niekompletne lub uszkodzone dane</translation>
    </message>
    <message>
        <source>invalid record (htslib error %1: %2)</source>
        <translation>nieprawidłowy rekord (błąd htslib %1: %2)</translation>
    </message>
    <message>
        <source>contig not declared in the header</source>
        <translation>kontig niezadeklarowany w nagłówku</translation>
    </message>
    <message>
        <source>tag not declared in the header</source>
        <translation>znacznik niezadeklarowany w nagłówku</translation>
    </message>
    <message>
        <source>wrong number of columns</source>
        <translation>nieprawidłowa liczba kolumn</translation>
    </message>
    <message>
        <source>value out of range</source>
        <translation>wartość spoza zakresu</translation>
    </message>
    <message>
        <source>malformed field</source>
        <translation>nieprawidłowe pole</translation>
    </message>
    <message>
        <source>the record uses a contig, INFO or FORMAT tag that the header does not declare</source>
        <translation>rekord używa kontigu lub znacznika INFO albo FORMAT, którego nie zadeklarowano w nagłówku</translation>
    </message>
    <message>
        <source>not a valid position</source>
        <translation>nieprawidłowa pozycja</translation>
    </message>
    <message>
        <source>import cancelled</source>
        <translation>import anulowany</translation>
    </message>
    <message>
        <source>the reference allele is missing</source>
        <translation>brak allelu referencyjnego</translation>
    </message>
</context>
<context>
    <name>WatchControl</name>
    <message>
        <source>Watch for new matches</source>
        <translation>Obserwuj pod kątem nowych dopasowań</translation>
    </message>
    <message>
        <source>Check now</source>
        <translation>Sprawdź teraz</translation>
    </message>
    <message>
        <source>Query the enabled nodes again on a schedule and raise an alert for new or changed matches.</source>
        <translation>Regularnie ponownie odpytuj włączone węzły i zgłaszaj powiadomienie o nowych lub zmienionych dopasowaniach.</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Harmonogram</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Codziennie</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Co tydzień</translation>
    </message>
    <message>
        <source>On request</source>
        <translation>Na żądanie</translation>
    </message>
    <message>
        <source>Minimum score for an alert</source>
        <translation>Minimalny wynik dla powiadomienia</translation>
    </message>
    <message>
        <source>Matches scoring below this (local score) are recorded without an alert.</source>
        <translation>Dopasowania z niższym wynikiem (lokalnym) są zapisywane bez powiadomienia.</translation>
    </message>
    <message>
        <source>alert from score </source>
        <translation>powiadamiaj od wyniku </translation>
    </message>
    <message>
        <source>Query the enabled nodes for this patient in the background now</source>
        <translation>Odpytaj teraz w tle włączone węzły dla tego pacjenta</translation>
    </message>
    <message>
        <source>Consent to matchmaking is not recorded for this patient.</source>
        <translation>Dla tego pacjenta nie odnotowano zgody na wyszukiwanie dopasowań.</translation>
    </message>
    <message>
        <source>not checked yet</source>
        <translation>jeszcze nie sprawdzano</translation>
    </message>
    <message>
        <source>last checked %1</source>
        <translation>ostatnio sprawdzono %1</translation>
    </message>
    <message>
        <source>Cannot save the watch</source>
        <translation>Nie można zapisać ustawień obserwowania</translation>
    </message>
    <message>
        <source>Cannot check now</source>
        <translation>Nie można teraz sprawdzić</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Print the version and the reference data in use.</source>
        <translation>Wypisz wersję i używane dane referencyjne.</translation>
    </message>
    <message>
        <source>Database file (default: MATCHDESK_DB, else the per-user data folder).</source>
        <translation>Plik bazy danych (domyślnie: MATCHDESK_DB, w przeciwnym razie folder danych użytkownika).</translation>
    </message>
    <message>
        <source>Settings file (default: MATCHDESK_SETTINGS, else the per-user location).</source>
        <translation>Plik ustawień (domyślnie: MATCHDESK_SETTINGS, w przeciwnym razie lokalizacja użytkownika).</translation>
    </message>
    <message>
        <source>Print start-up timings (ms) and quit once the ontology is loaded.</source>
        <translation>Wypisz czasy uruchamiania (ms) i zakończ po wczytaniu ontologii.</translation>
    </message>
    <message>
        <source>MatchDesk: federated rare-disease patient matching (Matchmaker Exchange).</source>
        <translation>MatchDesk: federacyjne wyszukiwanie podobnych pacjentów z chorobami rzadkimi (Matchmaker Exchange).</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Nie można otworzyć bazy danych</translation>
    </message>
    <message>
        <source>No keychain</source>
        <translation>Brak pęku kluczy</translation>
    </message>
</context>
</TS>
