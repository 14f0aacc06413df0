<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About MatchDesk</source>
        <translation>À propos de MatchDesk</translation>
    </message>
    <message>
        <source>not loaded</source>
        <translation>non chargé</translation>
    </message>
    <message>
        <source>&lt;h2&gt;MatchDesk&lt;/h2&gt;&lt;p&gt;Federated rare-disease patient matching over the Matchmaker Exchange API.&lt;/p&gt;&lt;pre&gt;%1&lt;/pre&gt;</source>
        <translation>&lt;h2&gt;MatchDesk&lt;/h2&gt;&lt;p&gt;Appariement fédéré de patients atteints de maladies rares via l’API Matchmaker Exchange.&lt;/p&gt;&lt;pre&gt;%1&lt;/pre&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Human Phenotype Ontology&lt;/h3&gt;&lt;p&gt;This application uses the Human Phenotype Ontology (release &lt;b&gt;%1&lt;/b&gt;). Find out more at &lt;a href=&apos;https://hpo.jax.org&apos;&gt;hpo.jax.org&lt;/a&gt;. The HPO is developed by the HPO Consortium; please cite Gargano MA et al., “The Human Phenotype Ontology in 2024: phenotypes around the world”, Nucleic Acids Research 2024.&lt;/p&gt;&lt;h3&gt;HGNC&lt;/h3&gt;&lt;p&gt;Gene symbols and identifiers from the HUGO Gene Nomenclature Committee (&lt;a href=&apos;https://www.genenames.org&apos;&gt;genenames.org&lt;/a&gt;), freely available without restriction (Seal RL et al., Nucleic Acids Research 2023).&lt;/p&gt;&lt;h3&gt;Phenopacket store&lt;/h3&gt;&lt;p&gt;Example cases from the GA4GH phenopacket-store (see its licence notice below).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Human Phenotype Ontology&lt;/h3&gt;&lt;p&gt;Cette application utilise la Human Phenotype Ontology (version &lt;b&gt;%1&lt;/b&gt;). Pour en savoir plus : &lt;a href=&apos;https://hpo.jax.org&apos;&gt;hpo.jax.org&lt;/a&gt;. La HPO est développée par le consortium HPO ; veuillez citer Gargano MA et al., « The Human Phenotype Ontology in 2024: phenotypes around the world », Nucleic Acids Research 2024.&lt;/p&gt;&lt;h3&gt;HGNC&lt;/h3&gt;&lt;p&gt;Symboles et identifiants de gènes du HUGO Gene Nomenclature Committee (&lt;a href=&apos;https://www.genenames.org&apos;&gt;genenames.org&lt;/a&gt;), librement disponibles sans restriction (Seal RL et al., Nucleic Acids Research 2023).&lt;/p&gt;&lt;h3&gt;Phenopacket store&lt;/h3&gt;&lt;p&gt;Cas d’exemple issus du phenopacket-store de la GA4GH (voir sa licence ci-dessous).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Remerciements</translation>
    </message>
    <message>
        <source>HPO licence</source>
        <translation>Licence HPO</translation>
    </message>
    <message>
        <source>HGNC licence</source>
        <translation>Licence HGNC</translation>
    </message>
    <message>
        <source>Phenopacket store licence</source>
        <translation>Licence du phenopacket store</translation>
    </message>
</context>
<context>
    <name>AlertInbox</name>
    <message>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <source>Show reviewed alerts</source>
        <translation>Afficher les alertes traitées</translation>
    </message>
    <message>
        <source>Open match</source>
        <translation>Ouvrir la correspondance</translation>
    </message>
    <message>
        <source>Mark reviewed</source>
        <translation>Marquer comme traitée</translation>
    </message>
    <message>
        <source>No unread alerts. Watched patients are queried again on their schedule; new or changed matches appear here.</source>
        <translation>Aucune alerte non lue. Les patients suivis sont réinterrogés selon leur calendrier ; les correspondances nouvelles ou modifiées apparaissent ici.</translation>
    </message>
    <message>
        <source>Cannot mark the alert reviewed</source>
        <translation>Impossible de marquer l’alerte comme traitée</translation>
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
        <translation>Nouvelle correspondance</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifiée</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirée</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Nœud</translation>
    </message>
    <message>
        <source>Remote id</source>
        <translation>Identifiant distant</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
</context>
<context>
    <name>AlertNotifier</name>
    <message>
        <source>Show alerts</source>
        <translation>Afficher les alertes</translation>
    </message>
    <message>
        <source>MatchDesk: no unread alerts</source>
        <translation>MatchDesk : aucune alerte non lue</translation>
    </message>
    <message numerus="yes">
        <source>MatchDesk: %n unread alert(s)</source>
        <translation>
            <numerusform>MatchDesk : %n alerte non lue</numerusform>
            <numerusform>MatchDesk : %n alertes non lues</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AlertReason</name>
    <message>
        <source>new match on %1</source>
        <translation>nouvelle correspondance sur %1</translation>
    </message>
    <message>
        <source>new shared gene %1</source>
        <translation>nouveau gène partagé %1</translation>
    </message>
    <message>
        <source>new variant %1</source>
        <translation>nouveau variant %1</translation>
    </message>
    <message>
        <source>score rose to %1</source>
        <translation>score passé à %1</translation>
    </message>
    <message>
        <source>returned again by its node</source>
        <translation>de nouveau renvoyée par son nœud</translation>
    </message>
    <message>
        <source>no longer returned by %1</source>
        <translation>n’est plus renvoyée par %1</translation>
    </message>
    <message>
        <source>; </source>
        <extracomment>Separates the reasons of one alert, e.g. &quot;new shared gene ASPM; score rose to 0.40&quot;.</extracomment>
        <translation> ; </translation>
    </message>
</context>
<context>
    <name>AlertSummary</name>
    <message numerus="yes">
        <source>MatchDesk: %n patient(s) with news</source>
        <translation>
            <numerusform>MatchDesk : %n patient avec du nouveau</numerusform>
            <numerusform>MatchDesk : %n patients avec du nouveau</numerusform>
        </translation>
    </message>
    <message>
        <source>No new matches.</source>
        <translation>Aucune nouvelle correspondance.</translation>
    </message>
    <message numerus="yes">
        <source>%n new match(es)</source>
        <translation>
            <numerusform>%n nouvelle correspondance</numerusform>
            <numerusform>%n nouvelles correspondances</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed match(es)</source>
        <translation>
            <numerusform>%n correspondance modifiée</numerusform>
            <numerusform>%n correspondances modifiées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n withdrawn match(es)</source>
        <translation>
            <numerusform>%n correspondance retirée</numerusform>
            <numerusform>%n correspondances retirées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 for %n patient(s)</source>
        <extracomment>%1 is a list such as &quot;3 new matches, 1 changed match&quot;; the plural is about patients.</extracomment>
        <translation>
            <numerusform>%1 pour %n patient</numerusform>
            <numerusform>%1 pour %n patients</numerusform>
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
        <translation>Journal d’audit</translation>
    </message>
    <message>
        <source>Patient filter</source>
        <translation>Filtre patient</translation>
    </message>
    <message>
        <source>Node filter</source>
        <translation>Filtre nœud</translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation>Entrées du journal</translation>
    </message>
    <message>
        <source>All patients</source>
        <translation>Tous les patients</translation>
    </message>
    <message>
        <source>All destinations</source>
        <translation>Tous les destinataires</translation>
    </message>
    <message>
        <source>&amp;Patient:</source>
        <translation>&amp;Patient :</translation>
    </message>
    <message>
        <source>&amp;Node:</source>
        <translation>&amp;Nœud :</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies)</source>
        <translation>
            <numerusform>%n entrée</numerusform>
            <numerusform>%n entrées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>Pseudonym seen by the destination: %1
SHA-256 of the bytes sent: %2
Fields: %3</source>
        <translation>Pseudonyme vu par le destinataire : %1
SHA-256 des octets envoyés : %2
Champs : %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>deleted patient #%1</source>
        <translation>patient supprimé n° %1</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s)</source>
        <translation>
            <numerusform>%n champ</numerusform>
            <numerusform>%n champs</numerusform>
        </translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Sent to</source>
        <translation>Envoyé à</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
</context>
<context>
    <name>ClientRegistry</name>
    <message>
        <source>Cannot read the clients file %1: %2</source>
        <translation>Impossible de lire le fichier des clients %1 : %2</translation>
    </message>
    <message>
        <source>The clients file %1 is not a JSON object (%2 at offset %3)</source>
        <translation>Le fichier des clients %1 n’est pas un objet JSON (%2 à la position %3)</translation>
    </message>
    <message>
        <source>The clients file %1 has no &quot;clients&quot; array</source>
        <translation>Le fichier des clients %1 ne contient pas de tableau « clients »</translation>
    </message>
    <message>
        <source>The clients file %1: entry clients[%2] needs a &quot;name&quot; and a 64-hex &quot;sha256&quot;</source>
        <translation>Fichier des clients %1 : l’entrée clients[%2] doit avoir un « name » et un « sha256 » de 64 chiffres hexadécimaux</translation>
    </message>
    <message>
        <source>Cannot write the clients file %1: %2</source>
        <translation>Impossible d’écrire le fichier des clients %1 : %2</translation>
    </message>
    <message>
        <source>A client needs a name</source>
        <translation>Un client doit avoir un nom</translation>
    </message>
    <message>
        <source>A client named &quot;%1&quot; already exists</source>
        <translation>Un client nommé « %1 » existe déjà</translation>
    </message>
</context>
<context>
    <name>ConnectionGuard</name>
    <message>
        <source>request body of %1 bytes is larger than the limit of %2 bytes</source>
        <translation>le corps de requête de %1 octets dépasse la limite de %2 octets</translation>
    </message>
    <message>
        <source>request header larger than %1 bytes</source>
        <translation>en-tête de requête supérieur à %1 octets</translation>
    </message>
    <message>
        <source>request body larger than the limit of %1 bytes</source>
        <translation>corps de requête supérieur à la limite de %1 octets</translation>
    </message>
    <message>
        <source>request not complete within %1 ms</source>
        <translation>requête incomplète après %1 ms</translation>
    </message>
</context>
<context>
    <name>Crypto</name>
    <message>
        <source>SHA-256 computation failed (OpenSSL)</source>
        <translation>Échec du calcul SHA-256 (OpenSSL)</translation>
    </message>
    <message>
        <source>HMAC-SHA256 computation failed (OpenSSL)</source>
        <translation>Échec du calcul HMAC-SHA256 (OpenSSL)</translation>
    </message>
    <message>
        <source>The system random generator failed (OpenSSL RAND_bytes)</source>
        <translation>Le générateur aléatoire du système a échoué (OpenSSL RAND_bytes)</translation>
    </message>
</context>
<context>
    <name>CurlTransport</name>
    <message>
        <source>&apos;%1&apos; is not a valid URL</source>
        <translation>« %1 » n’est pas une URL valide</translation>
    </message>
    <message>
        <source>plain http:// is refused for %1: patient data is only sent over https (http:// is allowed to this computer only)</source>
        <translation>http:// non chiffré refusé pour %1 : les données patient ne sont envoyées qu’en https (http:// n’est autorisé que vers cet ordinateur)</translation>
    </message>
    <message>
        <source>unsupported URL scheme &apos;%1&apos; (https:// only)</source>
        <translation>schéma d’URL « %1 » non pris en charge (https:// uniquement)</translation>
    </message>
    <message>
        <source>response larger than %1 bytes</source>
        <translation>réponse supérieure à %1 octets</translation>
    </message>
    <message>
        <source>libcurl could not set up the request</source>
        <translation>libcurl n’a pas pu préparer la requête</translation>
    </message>
</context>
<context>
    <name>CurrentPatient</name>
    <message>
        <source>Cannot open the patient</source>
        <translation>Impossible d’ouvrir le patient</translation>
    </message>
    <message>
        <source>Cannot save the patient</source>
        <translation>Impossible d’enregistrer le patient</translation>
    </message>
</context>
<context>
    <name>EvalCommand</name>
    <message>
        <source>Retrieval evaluation of phenotype matching on phenopackets (recall@k, MRR)</source>
        <translation>Évaluation de la recherche par phénotype sur des phenopackets (rappel@k, MRR)</translation>
    </message>
    <message>
        <source>Cross-publication leave-one-out retrieval on phenopackets: each case with an observed term and a gene queries the cases of other publications by phenotype; a hit is a case with the same gene.</source>
        <translation>Recherche « leave-one-out » entre publications sur des phenopackets : chaque cas ayant un signe observé et un gène interroge par phénotype les cas des autres publications ; un succès est un cas portant le même gène.</translation>
    </message>
    <message>
        <source>Phenopackets to search (default: dev set).</source>
        <translation>Phenopackets dans lesquels chercher (par défaut : jeu de développement).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>Separate query phenopackets (default: leave-one-out on the index).</source>
        <translation>Phenopackets de requête distincts (par défaut : leave-one-out sur l’index).</translation>
    </message>
    <message>
        <source>Phenotype measure: %1, or &apos;all&apos; (default: combined).</source>
        <translation>Mesure phénotypique : %1, ou « all » (par défaut : combinée).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>Perturb queries: imprecision=P,noise=K,drop=D.</source>
        <translation>Perturber les requêtes : imprecision=P,noise=K,drop=D.</translation>
    </message>
    <message>
        <source>spec</source>
        <translation>spéc</translation>
    </message>
    <message>
        <source>Random seed for --perturb (default 1).</source>
        <translation>Graine aléatoire pour --perturb (1 par défaut).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Weights of the combined measure: exact,ontology,geneProfile.</source>
        <translation>Poids de la mesure combinée : exact,ontology,geneProfile.</translation>
    </message>
    <message>
        <source>e,o,g</source>
        <translation>e,o,g</translation>
    </message>
    <message>
        <source>Penalty weight for contradicted excluded terms (default 0).</source>
        <translation>Poids de pénalité des signes exclus contredits (0 par défaut).</translation>
    </message>
    <message>
        <source>w</source>
        <translation>w</translation>
    </message>
    <message>
        <source>IC corpus: annotations (default) or cases.</source>
        <translation>Corpus du CI : annotations (par défaut) ou cases.</translation>
    </message>
    <message>
        <source>corpus</source>
        <translation>corpus</translation>
    </message>
    <message>
        <source>Worker threads (default: all cores).</source>
        <translation>Fils de calcul (par défaut : tous les cœurs).</translation>
    </message>
    <message>
        <source>Print JSON instead of a table.</source>
        <translation>Afficher du JSON au lieu d’un tableau.</translation>
    </message>
    <message>
        <source>Invalid --seed</source>
        <translation>--seed invalide</translation>
    </message>
    <message>
        <source>Invalid --weights (expected three numbers e,o,g)</source>
        <translation>--weights invalide (trois nombres e,o,g attendus)</translation>
    </message>
    <message>
        <source>Invalid --excluded-penalty</source>
        <translation>--excluded-penalty invalide</translation>
    </message>
    <message>
        <source>Unknown measure &apos;%1&apos;</source>
        <translation>Mesure inconnue « %1 »</translation>
    </message>
    <message>
        <source>Unknown --ic corpus &apos;%1&apos;</source>
        <translation>Corpus --ic inconnu « %1 »</translation>
    </message>
    <message>
        <source>warning: no gene profiles: %1</source>
        <translation>avertissement : pas de profils de gènes : %1</translation>
    </message>
    <message>
        <source>HPO %1; index %2 (%3 cases)</source>
        <translation>HPO %1 ; index %2 (%3 cas)</translation>
    </message>
    <message>
        <source>; queries %1 (%2 cases)</source>
        <translation> ; requêtes %1 (%2 cas)</translation>
    </message>
    <message>
        <source>; cross-publication leave-one-out</source>
        <translation> ; leave-one-out entre publications</translation>
    </message>
    <message>
        <source>; perturbed %1, seed %2</source>
        <translation> ; perturbé %1, graine %2</translation>
    </message>
    <message>
        <source>measure</source>
        <translation>mesure</translation>
    </message>
    <message>
        <source>queries</source>
        <translation>requêtes</translation>
    </message>
</context>
<context>
    <name>FederatedQuery</name>
    <message>
        <source>unknown node &apos;%1&apos;</source>
        <translation>nœud inconnu « %1 »</translation>
    </message>
    <message>
        <source>node &apos;%1&apos; is disabled</source>
        <translation>le nœud « %1 » est désactivé</translation>
    </message>
    <message>
        <source>A federated query is already running</source>
        <translation>Une requête fédérée est déjà en cours</translation>
    </message>
    <message>
        <source>No enabled node to query: add a node first (matchdesk-cli nodes add)</source>
        <translation>Aucun nœud activé à interroger : ajoutez d’abord un nœud (matchdesk-cli nodes add)</translation>
    </message>
    <message>
        <source>Cannot compute the patient&apos;s pseudonym: %1</source>
        <translation>Impossible de calculer le pseudonyme du patient : %1</translation>
    </message>
    <message>
        <source>no X-Auth-Token stored for node %1 (matchdesk-cli nodes add --token-stdin)</source>
        <translation>aucun X-Auth-Token enregistré pour le nœud %1 (matchdesk-cli nodes add --token-stdin)</translation>
    </message>
    <message>
        <source>cancelled by the user</source>
        <translation>annulé par l’utilisateur</translation>
    </message>
</context>
<context>
    <name>FormatError</name>
    <message>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <source>record %1</source>
        <translation>enregistrement %1</translation>
    </message>
</context>
<context>
    <name>FormatFiles</name>
    <message>
        <source>cannot write the file (%1)</source>
        <translation>impossible d’écrire le fichier (%1)</translation>
    </message>
</context>
<context>
    <name>GeneCatalog</name>
    <message>
        <source>%1:1: not an HGNC table (the header lacks hgnc_id or symbol)</source>
        <translation>%1:1: pas une table HGNC (l’en-tête n’a pas hgnc_id ou symbol)</translation>
    </message>
    <message>
        <source>%1:%2: field hgnc_id: &apos;%3&apos; is not an HGNC id</source>
        <translation>%1:%2: champ hgnc_id : « %3 » n’est pas un identifiant HGNC</translation>
    </message>
    <message>
        <source>%1: the gene catalog is empty</source>
        <translation>%1 : le catalogue de gènes est vide</translation>
    </message>
    <message>
        <source>Cannot read the gene catalog %1: %2</source>
        <translation>Impossible de lire le catalogue de gènes %1 : %2</translation>
    </message>
</context>
<context>
    <name>GenePhenotypeProfiles</name>
    <message>
        <source>No genes_to_phenotype.txt in %1</source>
        <translation>Pas de genes_to_phenotype.txt dans %1</translation>
    </message>
</context>
<context>
    <name>Gzip</name>
    <message>
        <source>cannot start the gzip decoder (out of memory)</source>
        <translation>impossible de démarrer le décodeur gzip (mémoire insuffisante)</translation>
    </message>
    <message>
        <source>corrupt compressed data</source>
        <translation>données compressées corrompues</translation>
    </message>
    <message>
        <source>corrupt compressed data (%1)</source>
        <translation>données compressées corrompues (%1)</translation>
    </message>
    <message>
        <source>out of memory while decompressing</source>
        <translation>mémoire insuffisante lors de la décompression</translation>
    </message>
    <message>
        <source>truncated compressed data (the file ends inside the gzip stream)</source>
        <translation>données compressées tronquées (le fichier se termine au milieu du flux gzip)</translation>
    </message>
    <message>
        <source>cannot open the file (%1)</source>
        <translation>impossible d’ouvrir le fichier (%1)</translation>
    </message>
    <message>
        <source>cannot read the file (%1)</source>
        <translation>impossible de lire le fichier (%1)</translation>
    </message>
    <message>
        <source>cannot start the gzip encoder (out of memory)</source>
        <translation>impossible de démarrer l’encodeur gzip (mémoire insuffisante)</translation>
    </message>
    <message>
        <source>cannot compress the data (zlib error %1)</source>
        <translation>impossible de compresser les données (erreur zlib %1)</translation>
    </message>
</context>
<context>
    <name>HeartbeatResult</name>
    <message>
        <source>ok in %1 ms: %2, version %3, accepts %4</source>
        <translation>ok en %1 ms : %2, version %3, accepte %4</translation>
    </message>
    <message>
        <source>production</source>
        <translation>production</translation>
    </message>
    <message>
        <source>not production</source>
        <translation>hors production</translation>
    </message>
</context>
<context>
    <name>HpoOntology</name>
    <message>
        <source>malformed stanza header</source>
        <translation>en-tête de strophe mal formé</translation>
    </message>
    <message>
        <source>expected &apos;tag: value&apos;</source>
        <translation>« tag: value » attendu</translation>
    </message>
    <message>
        <source>empty id</source>
        <translation>identifiant vide</translation>
    </message>
    <message>
        <source>empty is_a</source>
        <translation>is_a vide</translation>
    </message>
    <message>
        <source>definition is not a quoted string</source>
        <translation>la définition n’est pas une chaîne entre guillemets</translation>
    </message>
    <message>
        <source>synonym is not a quoted string</source>
        <translation>le synonyme n’est pas une chaîne entre guillemets</translation>
    </message>
    <message>
        <source>unknown synonym scope &apos;%1&apos;</source>
        <translation>portée de synonyme inconnue « %1 »</translation>
    </message>
    <message>
        <source>[Term] without id</source>
        <translation>[Term] sans identifiant</translation>
    </message>
    <message>
        <source>duplicate term id %1</source>
        <translation>identifiant de terme en double %1</translation>
    </message>
    <message>
        <source>term %1 has unknown parent %2</source>
        <translation>le terme %1 a un parent inconnu %2</translation>
    </message>
    <message>
        <source>term %1 has obsolete parent %2</source>
        <translation>le terme %1 a un parent obsolète %2</translation>
    </message>
    <message>
        <source>%1: is_a cycle involving %2</source>
        <translation>%1 : cycle is_a impliquant %2</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d’ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>No hp.obo.gz or hp.obo in %1</source>
        <translation>Pas de hp.obo.gz ni de hp.obo dans %1</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, ligne %2 : %3</translation>
    </message>
</context>
<context>
    <name>InformationContent</name>
    <message>
        <source>No genes_to_phenotype.txt or phenotype.hpoa in %1</source>
        <translation>Pas de genes_to_phenotype.txt ni de phenotype.hpoa dans %1</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d’ouvrir %1 : %2</translation>
    </message>
</context>
<context>
    <name>JsonFields</name>
    <message>
        <source>required field missing</source>
        <translation>champ obligatoire manquant</translation>
    </message>
    <message>
        <source>must be a string, not %1</source>
        <translation>doit être une chaîne, pas %1</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <source>must be true or false, not %1</source>
        <translation>doit valoir true ou false, pas %1</translation>
    </message>
    <message>
        <source>must be an object, not %1</source>
        <translation>doit être un objet, pas %1</translation>
    </message>
    <message>
        <source>must be an array, not %1</source>
        <translation>doit être un tableau, pas %1</translation>
    </message>
    <message>
        <source>must be an integer, not %1</source>
        <translation>doit être un entier, pas %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an integer</source>
        <translation>« %1 » n’est pas un entier</translation>
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
        <translation>&lt;h3&gt;Aucun patient ouvert&lt;/h3&gt;&lt;p&gt;Choisissez un patient à gauche, créez-en un nouveau (Ctrl+N) ou importez des cas depuis un phenopacket, un fichier MME JSON ou VCF (Ctrl+I).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>New patient</source>
        <translation>Nouveau patient</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <source>&amp;Phenotypes</source>
        <translation>&amp;Phénotypes</translation>
    </message>
    <message>
        <source>&amp;Variants</source>
        <translation>&amp;Variants</translation>
    </message>
    <message>
        <source>&amp;Matches</source>
        <translation>&amp;Correspondances</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Détails</translation>
    </message>
    <message>
        <source>Loading the Human Phenotype Ontology…</source>
        <translation>Chargement de la Human Phenotype Ontology…</translation>
    </message>
    <message>
        <source>HPO not available</source>
        <translation>HPO non disponible</translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s) imported</source>
        <translation>
            <numerusform>%n patient importé</numerusform>
            <numerusform>%n patients importés</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking for new matches failed: %1</source>
        <translation>La recherche de nouvelles correspondances a échoué : %1</translation>
    </message>
    <message>
        <source>&amp;New patient</source>
        <translation>&amp;Nouveau patient</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>&amp;Export patient…</source>
        <translation>&amp;Exporter le patient…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Delete patient…</source>
        <translation>&amp;Supprimer le patient…</translation>
    </message>
    <message>
        <source>Ctrl+Del</source>
        <translation>Ctrl+Del</translation>
    </message>
    <message>
        <source>&amp;Undo delete</source>
        <translation>&amp;Annuler la suppression</translation>
    </message>
    <message>
        <source>&amp;Find similar patients…</source>
        <translation>&amp;Trouver des patients similaires…</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>N&amp;odes…</source>
        <translation>&amp;Nœuds…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>&amp;Audit log…</source>
        <translation>Journal d’&amp;audit…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>&amp;About MatchDesk</source>
        <translation>À &amp;propos de MatchDesk</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Search &amp;patients</source>
        <translation>Rechercher des &amp;patients</translation>
    </message>
    <message>
        <source>P&amp;references…</source>
        <translation>P&amp;références…</translation>
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
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Patient</source>
        <translation>&amp;Patient</translation>
    </message>
    <message>
        <source>Phenotypes</source>
        <translation>Phénotypes</translation>
    </message>
    <message>
        <source>Variants</source>
        <translation>Variants</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Correspondances</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>Cannot create the patient</source>
        <translation>Impossible de créer le patient</translation>
    </message>
    <message>
        <source>Patient %1 created</source>
        <translation>Patient %1 créé</translation>
    </message>
    <message>
        <source>Delete patient</source>
        <translation>Supprimer le patient</translation>
    </message>
    <message>
        <source>Delete %1 with its phenotypes, variants and matches?
You can undo this (Ctrl+Z) until MatchDesk is closed.</source>
        <translation>Supprimer %1 avec ses phénotypes, variants et correspondances ?
Vous pouvez annuler (Ctrl+Z) tant que MatchDesk reste ouvert.</translation>
    </message>
    <message>
        <source>%1 deleted. Undo with Ctrl+Z.</source>
        <translation>%1 supprimé. Annuler avec Ctrl+Z.</translation>
    </message>
    <message>
        <source>Delete undone</source>
        <translation>Suppression annulée</translation>
    </message>
    <message>
        <source>Send this patient&apos;s profile to the enabled nodes (%1)</source>
        <translation>Envoyer le profil de ce patient aux nœuds activés (%1)</translation>
    </message>
    <message>
        <source>%1 – MatchDesk</source>
        <translation>%1 – MatchDesk</translation>
    </message>
    <message numerus="yes">
        <source>HPO %1 · %n term(s)</source>
        <translation>
            <numerusform>HPO %1 · %n terme</numerusform>
            <numerusform>HPO %1 · %n termes</numerusform>
        </translation>
    </message>
    <message>
        <source>Human Phenotype Ontology release %1, © the HPO Consortium (see Help › About)</source>
        <translation>Human Phenotype Ontology, version %1, © consortium HPO (voir Aide › À propos)</translation>
    </message>
    <message>
        <source>Import patients</source>
        <translation>Importer des patients</translation>
    </message>
    <message>
        <source>Patient files (*.json *.jsonl *.json.gz *.jsonl.gz *.vcf *.vcf.gz *.bcf);;Phenopackets (*.json *.jsonl *.json.gz *.jsonl.gz);;MME patient JSON (*.json);;VCF (*.vcf *.vcf.gz *.bcf);;All files (*)</source>
        <translation>Fichiers patients (*.json *.jsonl *.json.gz *.jsonl.gz *.vcf *.vcf.gz *.bcf);;Phenopackets (*.json *.jsonl *.json.gz *.jsonl.gz);;Patient MME JSON (*.json);;VCF (*.vcf *.vcf.gz *.bcf);;Tous les fichiers (*)</translation>
    </message>
    <message numerus="yes">
        <source>Alerts (%n)</source>
        <extracomment>Toolbar action and dock title; %n is the number of unread alerts.</extracomment>
        <translation>
            <numerusform>Alertes (%n)</numerusform>
            <numerusform>Alertes (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message numerus="yes">
        <source>%n unread alert(s): new or changed matches of watched patients</source>
        <translation>
            <numerusform>%n alerte non lue : correspondances nouvelles ou modifiées de patients suivis</numerusform>
            <numerusform>%n alertes non lues : correspondances nouvelles ou modifiées de patients suivis</numerusform>
        </translation>
    </message>
    <message>
        <source>No unread alerts</source>
        <translation>Aucune alerte non lue</translation>
    </message>
</context>
<context>
    <name>MatchDetailWidget</name>
    <message>
        <source>&amp;Copy e-mail</source>
        <translation>&amp;Copier l’e-mail</translation>
    </message>
    <message>
        <source>Open contact &amp;link</source>
        <translation>Ouvrir le &amp;lien de contact</translation>
    </message>
    <message>
        <source>Triage status</source>
        <translation>Statut de tri</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Notes on this match (kept on this computer)</source>
        <translation>Notes sur cette correspondance (conservées sur cet ordinateur)</translation>
    </message>
    <message>
        <source>Query term</source>
        <translation>Terme de la requête</translation>
    </message>
    <message>
        <source>Matched in the remote case</source>
        <translation>Correspondant dans le cas distant</translation>
    </message>
    <message>
        <source>Phenotype explanation</source>
        <translation>Explication phénotypique</translation>
    </message>
    <message>
        <source>Match details</source>
        <translation>Détails de la correspondance</translation>
    </message>
    <message>
        <source>Select a match to see why it matched and how to contact its clinician.</source>
        <translation>Sélectionnez une correspondance pour voir pourquoi elle correspond et comment joindre le clinicien.</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Statut :</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes :</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;%2 · score &lt;b&gt;%3&lt;/b&gt; (node score %4)&lt;/p&gt;</source>
        <translation>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;%2 · score &lt;b&gt;%3&lt;/b&gt; (score du nœud %4)&lt;/p&gt;</translation>
    </message>
    <message>
        <source>— no similar term</source>
        <translation>— aucun terme proche</translation>
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
        <translation>Contenu informationnel de l’ancêtre commun : %1</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Shared genes&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;Gènes partagés&lt;/h4&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:gray&apos;&gt;No shared gene.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:gray&apos;&gt;Aucun gène partagé.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n identical variant(s)</source>
        <translation>
            <numerusform>%n variant identique</numerusform>
            <numerusform>%n variants identiques</numerusform>
        </translation>
    </message>
    <message>
        <source>different variants</source>
        <translation>variants différents</translation>
    </message>
    <message>
        <source>, same zygosity</source>
        <translation>, même zygotie</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Contradictions&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;Contradictions&lt;/h4&gt;</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Disclaimer of %1&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;Avertissement de %1&lt;/h4&gt;</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Remote record %1&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;Dossier distant %1&lt;/h4&gt;</translation>
    </message>
</context>
<context>
    <name>MatchModel</name>
    <message>
        <source>new</source>
        <translation>nouvelle</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>examinée</translation>
    </message>
    <message>
        <source>contacted</source>
        <translation>contacté</translation>
    </message>
    <message>
        <source>collaborating</source>
        <translation>en collaboration</translation>
    </message>
    <message>
        <source>not relevant</source>
        <translation>non pertinente</translation>
    </message>
    <message>
        <source>MatchDesk score %1 (phenotype %2, genotype %3): comparable across nodes</source>
        <translation>Score MatchDesk %1 (phénotype %2, génotype %3) : comparable entre nœuds</translation>
    </message>
    <message>
        <source>The node&apos;s own score: not comparable between nodes</source>
        <translation>Score propre au nœud : non comparable entre nœuds</translation>
    </message>
    <message>
        <source>No longer returned by %1</source>
        <translation>N’est plus renvoyée par %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 (withdrawn)</source>
        <translation>%1 (retirée)</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Node score</source>
        <translation>Score du nœud</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Nœud</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Genes</source>
        <translation>Gènes</translation>
    </message>
    <message>
        <source>Key shared phenotypes</source>
        <translation>Principaux phénotypes partagés</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>MatchesPage</name>
    <message>
        <source>Find similar patients…</source>
        <translation>Trouver des patients similaires…</translation>
    </message>
    <message>
        <source>Cancel query</source>
        <translation>Annuler la requête</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Correspondances</translation>
    </message>
    <message>
        <source>Filter matches</source>
        <translation>Filtrer les correspondances</translation>
    </message>
    <message>
        <source>Filter by gene, phenotype, node, contact or note</source>
        <translation>Filtrer par gène, phénotype, nœud, contact ou note</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtre de statut</translation>
    </message>
    <message>
        <source>All matches</source>
        <translation>Toutes les correspondances</translation>
    </message>
    <message>
        <source>Hide not relevant</source>
        <translation>Masquer les non pertinentes</translation>
    </message>
    <message>
        <source>New only</source>
        <translation>Nouvelles uniquement</translation>
    </message>
    <message>
        <source>Cannot save the triage</source>
        <translation>Impossible d’enregistrer le tri</translation>
    </message>
    <message>
        <source>Open a patient first.</source>
        <translation>Ouvrez d’abord un patient.</translation>
    </message>
    <message>
        <source>A query is running.</source>
        <translation>Une requête est en cours.</translation>
    </message>
    <message>
        <source>Consent to matchmaking (with its date) is not recorded for this patient: record it on the Details tab before anything can be sent.</source>
        <translation>Le consentement à l’appariement (avec sa date) n’est pas enregistré pour ce patient : enregistrez-le dans l’onglet Détails avant tout envoi.</translation>
    </message>
    <message>
        <source>No enabled node: add one in Tools › Nodes.</source>
        <translation>Aucun nœud activé : ajoutez-en un dans Outils › Nœuds.</translation>
    </message>
    <message>
        <source>Find similar patients</source>
        <translation>Trouver des patients similaires</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n résultat</numerusform>
            <numerusform>%n résultats</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>No matches yet. “Find similar patients” shows what will be sent, then asks every enabled node at once.</source>
        <translation>Pas encore de correspondance. « Trouver des patients similaires » montre ce qui sera envoyé, puis interroge tous les nœuds activés en même temps.</translation>
    </message>
</context>
<context>
    <name>MmeClient</name>
    <message>
        <source>no connection: %1</source>
        <translation>pas de connexion : %1</translation>
    </message>
    <message>
        <source>no complete answer: %1</source>
        <translation>réponse incomplète : %1</translation>
    </message>
    <message>
        <source>the node did not accept the token</source>
        <translation>le nœud n’a pas accepté le jeton</translation>
    </message>
    <message>
        <source>unexpected HTTP status %1 (200 expected)</source>
        <translation>statut HTTP inattendu %1 (200 attendu)</translation>
    </message>
</context>
<context>
    <name>MmeMediaType</name>
    <message>
        <source>unsupported API version in Accept</source>
        <translation>version d’API non prise en charge dans Accept</translation>
    </message>
    <message>
        <source>Accept does not allow an MME media type</source>
        <translation>Accept n’autorise aucun type de média MME</translation>
    </message>
    <message>
        <source>missing Content-Type; send application/vnd.ga4gh.matchmaker.v1.0+json</source>
        <translation>Content-Type manquant ; envoyez application/vnd.ga4gh.matchmaker.v1.0+json</translation>
    </message>
    <message>
        <source>unsupported Content-Type; send application/vnd.ga4gh.matchmaker.vX.Y+json</source>
        <translation>Content-Type non pris en charge ; envoyez application/vnd.ga4gh.matchmaker.vX.Y+json</translation>
    </message>
    <message>
        <source>unsupported API version</source>
        <translation>version d’API non prise en charge</translation>
    </message>
</context>
<context>
    <name>MmePatientReader</name>
    <message>
        <source>&apos;%1&apos; is not a URL (&lt;scheme&gt;:&lt;address&gt;)</source>
        <translation>« %1 » n’est pas une URL (&lt;schéma&gt;:&lt;adresse&gt;)</translation>
    </message>
    <message>
        <source>must be a string or a list of strings</source>
        <translation>doit être une chaîne ou une liste de chaînes</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>doit être une chaîne</translation>
    </message>
    <message>
        <source>must be clinician, researcher or patient</source>
        <translation>doit valoir clinician, researcher ou patient</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an NCBI taxon id (NCBITaxon:&lt;id&gt;)</source>
        <translation>« %1 » n’est pas un identifiant de taxon NCBI (NCBITaxon:&lt;id&gt;)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of FEMALE, MALE, OTHER, MIXED_SAMPLE, NOT_APPLICABLE</source>
        <translation>« %1 » ne fait pas partie de FEMALE, MALE, OTHER, MIXED_SAMPLE, NOT_APPLICABLE</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>doit valoir true ou false</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a MIM: or Orphanet: id</source>
        <translation>« %1 » n’est pas un identifiant MIM: ou Orphanet:</translation>
    </message>
    <message>
        <source>must be &quot;yes&quot; or &quot;no&quot;, not &apos;%1&apos;</source>
        <translation>doit valoir « yes » ou « no », pas « %1 »</translation>
    </message>
    <message>
        <source>%1.id: gene &apos;%2&apos; not found in the HGNC catalog, kept as given</source>
        <translation>%1.id : gène « %2 » absent du catalogue HGNC, conservé tel quel</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not NCBI36, GRCh37 or GRCh38[.pN]</source>
        <translation>« %1 » n’est pas NCBI36, GRCh37 ou GRCh38[.pN]</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not 1-22, X, Y or MT (without &quot;chr&quot;)</source>
        <translation>« %1 » n’est pas 1-22, X, Y ou MT (sans « chr »)</translation>
    </message>
    <message>
        <source>must not be smaller than start (%1)</source>
        <translation>ne doit pas être inférieur à start (%1)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a sequence of A, C, G, T, N</source>
        <translation>« %1 » n’est pas une suite de A, C, G, T, N</translation>
    </message>
    <message>
        <source>must be 1 (heterozygous or hemizygous) or 2 (homozygous)</source>
        <translation>doit valoir 1 (hétérozygote ou hémizygote) ou 2 (homozygote)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a Sequence Ontology id (SO:nnnnnnn)</source>
        <translation>« %1 » n’est pas un identifiant Sequence Ontology (SO:nnnnnnn)</translation>
    </message>
    <message>
        <source>needs at least one of features or genomicFeatures</source>
        <translation>nécessite au moins features ou genomicFeatures</translation>
    </message>
    <message>
        <source>not valid JSON (%1)</source>
        <translation>JSON non valide (%1)</translation>
    </message>
    <message>
        <source>longer than %1 bytes</source>
        <translation>dépasse %1 octets</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an HPO id (HP:nnnnnnn)</source>
        <translation>« %1 » n’est pas un identifiant HPO (HP:nnnnnnn)</translation>
    </message>
    <message>
        <source>%1.%2: unknown field ignored</source>
        <translation>%1.%2 : champ inconnu ignoré</translation>
    </message>
    <message>
        <source>required field missing</source>
        <translation>champ obligatoire manquant</translation>
    </message>
    <message>
        <source>must be a non-negative integer</source>
        <translation>doit être un entier positif ou nul</translation>
    </message>
    <message>
        <source>%1.id: gene &apos;%2&apos; is ambiguous in the HGNC catalog (%3), kept as given</source>
        <translation>%1.id : gène « %2 » ambigu dans le catalogue HGNC (%3), conservé tel quel</translation>
    </message>
</context>
<context>
    <name>MmePatientWriter</name>
    <message>
        <source>the MME id must be 1 to 255 bytes</source>
        <translation>l’identifiant MME doit faire de 1 à 255 octets</translation>
    </message>
    <message>
        <source>the responsible clinician needs a name and a contact URL (href) for MME</source>
        <translation>le clinicien responsable doit avoir un nom et une URL de contact (href) pour MME</translation>
    </message>
    <message>
        <source>disorder %1 has no MME form (only OMIM and Orphanet), left out</source>
        <translation>la maladie %1 n’a pas de forme MME (seulement OMIM et Orphanet), omise</translation>
    </message>
    <message>
        <source>variant %1 has no gene: MME requires one, left out</source>
        <translation>le variant %1 n’a pas de gène : MME en exige un, omis</translation>
    </message>
    <message>
        <source>neither phenotypic features nor genes to share</source>
        <translation>ni signes phénotypiques ni gènes à partager</translation>
    </message>
</context>
<context>
    <name>MmeResponseParser</name>
    <message>
        <source>not JSON: %1 at byte %2</source>
        <translation>pas du JSON : %1 à l’octet %2</translation>
    </message>
    <message>
        <source>the response is not a JSON object</source>
        <translation>la réponse n’est pas un objet JSON</translation>
    </message>
    <message>
        <source>results: mandatory array, got %1</source>
        <translation>results : tableau obligatoire, reçu %1</translation>
    </message>
    <message>
        <source>must be an object, got %1</source>
        <translation>doit être un objet, reçu %1</translation>
    </message>
    <message>
        <source>mandatory object, got %1</source>
        <translation>objet obligatoire, reçu %1</translation>
    </message>
    <message>
        <source>mandatory number, got %1</source>
        <translation>nombre obligatoire, reçu %1</translation>
    </message>
    <message>
        <source>%1 is outside [0, 1]</source>
        <translation>%1 est hors de [0, 1]</translation>
    </message>
    <message>
        <source>&apos;%1&apos; returned twice</source>
        <translation>« %1 » renvoyé deux fois</translation>
    </message>
    <message>
        <source>heartbeat: mandatory object, got %1</source>
        <translation>heartbeat : objet obligatoire, reçu %1</translation>
    </message>
    <message>
        <source>mandatory boolean, got %1</source>
        <translation>booléen obligatoire, reçu %1</translation>
    </message>
    <message>
        <source>mandatory string, got %1</source>
        <translation>chaîne obligatoire, reçu %1</translation>
    </message>
    <message>
        <source>mandatory array, got %1</source>
        <translation>tableau obligatoire, reçu %1</translation>
    </message>
    <message>
        <source>mandatory non-empty string, got %1</source>
        <translation>chaîne non vide obligatoire, reçu %1</translation>
    </message>
    <message>
        <source>longer than 255 bytes</source>
        <translation>dépasse 255 octets</translation>
    </message>
    <message>
        <source>must be an array, got %1</source>
        <translation>doit être un tableau, reçu %1</translation>
    </message>
    <message>
        <source>needs at least one of features or genomicFeatures</source>
        <translation>nécessite au moins features ou genomicFeatures</translation>
    </message>
</context>
<context>
    <name>NodeCommandLine</name>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>commande inconnue « %1 »</translation>
    </message>
    <message>
        <source>Clients file.</source>
        <translation>Fichier des clients.</translation>
    </message>
    <message>
        <source>Client name.</source>
        <translation>Nom du client.</translation>
    </message>
    <message>
        <source>add-client needs --clients FILE and --name NAME</source>
        <translation>add-client nécessite --clients FILE et --name NAME</translation>
    </message>
    <message>
        <source>Client &quot;%1&quot; added to %2. The token above is shown only once; the file keeps its SHA-256.
</source>
        <translation>Client « %1 » ajouté à %2. Le jeton ci-dessus n’est affiché qu’une seule fois ; le fichier n’en conserve que le SHA-256.
</translation>
    </message>
    <message>
        <source>Node database.</source>
        <translation>Base de données du nœud.</translation>
    </message>
    <message>
        <source>Files to import.</source>
        <translation>Fichiers à importer.</translation>
    </message>
    <message>
        <source>import needs --db FILE and at least one input file</source>
        <translation>import nécessite --db FILE et au moins un fichier d’entrée</translation>
    </message>
    <message>
        <source>warning: gene catalog not loaded (%1); gene ids are kept as given
</source>
        <translation>avertissement : catalogue de gènes non chargé (%1) ; les identifiants de gènes sont conservés tels quels
</translation>
    </message>
    <message numerus="yes">
        <source>imported %n case(s); the node holds %1</source>
        <translation>
            <numerusform>%n cas importé ; le nœud en contient %1</numerusform>
            <numerusform>%n cas importés ; le nœud en contient %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Address.</source>
        <translation>Adresse.</translation>
    </message>
    <message>
        <source>Certificate.</source>
        <translation>Certificat.</translation>
    </message>
    <message>
        <source>Key.</source>
        <translation>Clé.</translation>
    </message>
    <message>
        <source>Base path.</source>
        <translation>Chemin de base.</translation>
    </message>
    <message>
        <source>Max results.</source>
        <translation>Nombre maximal de résultats.</translation>
    </message>
    <message>
        <source>Min score.</source>
        <translation>Score minimal.</translation>
    </message>
    <message>
        <source>Disclaimer.</source>
        <translation>Avertissement.</translation>
    </message>
    <message>
        <source>Disclaimer file.</source>
        <translation>Fichier de l’avertissement.</translation>
    </message>
    <message>
        <source>Max body.</source>
        <translation>Taille maximale du corps de requête.</translation>
    </message>
    <message>
        <source>Timeout.</source>
        <translation>Délai d’expiration.</translation>
    </message>
    <message>
        <source>Production node.</source>
        <translation>Nœud de production.</translation>
    </message>
    <message>
        <source>Contact.</source>
        <translation>Contact.</translation>
    </message>
    <message>
        <source>Contact URL.</source>
        <translation>URL de contact.</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>argument inattendu « %1 »</translation>
    </message>
    <message>
        <source>serve needs --db FILE, --listen HOST:PORT and --clients FILE</source>
        <translation>serve nécessite --db FILE, --listen HOST:PORT et --clients FILE</translation>
    </message>
    <message>
        <source>--max-results must be an integer from 1 to 1000</source>
        <translation>--max-results doit être un entier de 1 à 1000</translation>
    </message>
    <message>
        <source>--min-score must be a number from 0 to below 1</source>
        <translation>--min-score doit être un nombre de 0 à moins de 1</translation>
    </message>
    <message>
        <source>--max-body must be an integer of at least 1024</source>
        <translation>--max-body doit être un entier d’au moins 1024</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>--listen must be HOST:PORT, e.g. 127.0.0.1:8443</source>
        <translation>--listen doit être de la forme HOST:PORT, p. ex. 127.0.0.1:8443</translation>
    </message>
    <message>
        <source>--listen: &quot;%1&quot; is not an IP address</source>
        <translation>--listen : « %1 » n’est pas une adresse IP</translation>
    </message>
    <message>
        <source>--tls-cert and --tls-key go together</source>
        <translation>--tls-cert et --tls-key doivent être indiqués ensemble</translation>
    </message>
    <message>
        <source>No PEM certificate in %1</source>
        <translation>Pas de certificat PEM dans %1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>No usable PEM private key (RSA or EC) in %1</source>
        <translation>Pas de clé privée PEM utilisable (RSA ou EC) dans %1</translation>
    </message>
    <message>
        <source>Refusing plain HTTP on %1: without --tls-cert/--tls-key the node only listens on loopback (127.0.0.1 or ::1)</source>
        <translation>HTTP non chiffré refusé sur %1 : sans --tls-cert/--tls-key, le nœud n’écoute que sur l’interface de bouclage (127.0.0.1 ou ::1)</translation>
    </message>
    <message>
        <source>warning: serving plain HTTP on loopback only; use --tls-cert/--tls-key for a real node
</source>
        <translation>avertissement : HTTP non chiffré sur l’interface de bouclage uniquement ; utilisez --tls-cert/--tls-key pour un vrai nœud
</translation>
    </message>
    <message>
        <source>warning: no clients in %1; every request will be answered 401
</source>
        <translation>avertissement : aucun client dans %1 ; chaque requête recevra la réponse 401
</translation>
    </message>
    <message>
        <source>Cannot load the HPO, which the node needs for matching: %1</source>
        <translation>Impossible de charger la HPO, dont le nœud a besoin pour l’appariement : %1</translation>
    </message>
    <message>
        <source>disease annotations</source>
        <translation>les annotations de maladies</translation>
    </message>
    <message>
        <source>warning: HPO annotations not loaded (%1); information content from the node&apos;s cases
</source>
        <translation>avertissement : annotations HPO non chargées (%1) ; contenu informationnel calculé sur les cas du nœud
</translation>
    </message>
    <message>
        <source>the node&apos;s cases</source>
        <translation>les cas du nœud</translation>
    </message>
    <message>
        <source>warning: gene phenotype profiles not loaded (%1); scoring without them
</source>
        <translation>avertissement : profils phénotypiques des gènes non chargés (%1) ; score calculé sans eux
</translation>
    </message>
    <message>
        <source>warning: gene catalog not loaded (%1); gene ids are checked by form only
</source>
        <translation>avertissement : catalogue de gènes non chargé (%1) ; seule la forme des identifiants de gènes est vérifiée
</translation>
    </message>
    <message>
        <source>Cannot set up signal handling</source>
        <translation>Impossible de mettre en place la gestion des signaux</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) loaded in %1 ms (reference data %2 ms, database %3 ms, index %4 ms; information content from %5)</source>
        <translation>
            <numerusform>%n cas chargé en %1 ms (données de référence %2 ms, base de données %3 ms, index %4 ms ; contenu informationnel calculé sur %5)</numerusform>
            <numerusform>%n cas chargés en %1 ms (données de référence %2 ms, base de données %3 ms, index %4 ms ; contenu informationnel calculé sur %5)</numerusform>
        </translation>
    </message>
    <message>
        <source>stopped
</source>
        <translation>arrêté
</translation>
    </message>
    <message>
        <source>--request-timeout must be a number of seconds greater than 0 and at most 3600</source>
        <translation>--request-timeout doit être un nombre de secondes supérieur à 0 et au plus égal à 3600</translation>
    </message>
</context>
<context>
    <name>NodeEditDialog</name>
    <message>
        <source>&amp;Enabled: included in queries</source>
        <translation>&amp;Activé : inclus dans les requêtes</translation>
    </message>
    <message>
        <source>Add node</source>
        <translation>Ajouter un nœud</translation>
    </message>
    <message>
        <source>Edit node %1</source>
        <translation>Modifier le nœud %1</translation>
    </message>
    <message>
        <source>Node name</source>
        <translation>Nom du nœud</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>URL de base</translation>
    </message>
    <message>
        <source>https://node.example.org/mme</source>
        <translation>https://node.example.org/mme</translation>
    </message>
    <message>
        <source>MME API version</source>
        <translation>Version de l’API MME</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Jeton d’accès</translation>
    </message>
    <message>
        <source>stored in the keychain – type to replace</source>
        <translation>enregistré dans le trousseau – saisir pour remplacer</translation>
    </message>
    <message>
        <source>X-Auth-Token</source>
        <translation>X-Auth-Token</translation>
    </message>
    <message>
        <source>The token is kept in the system keychain and never shown again.</source>
        <translation>Le jeton est conservé dans le trousseau du système et n’est plus jamais affiché.</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Connect timeout</source>
        <translation>Délai de connexion</translation>
    </message>
    <message>
        <source>Total timeout</source>
        <translation>Délai total</translation>
    </message>
    <message>
        <source>CA bundle</source>
        <translation>Bundle CA</translation>
    </message>
    <message>
        <source>system certificate store</source>
        <translation>magasin de certificats du système</translation>
    </message>
    <message>
        <source>Pinned public key</source>
        <translation>Clé publique épinglée</translation>
    </message>
    <message>
        <source>sha256//… (optional)</source>
        <translation>sha256//… (facultatif)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Base &amp;URL:</source>
        <translation>&amp;URL de base :</translation>
    </message>
    <message>
        <source>API &amp;version:</source>
        <translation>&amp;Version de l’API :</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Jeton :</translation>
    </message>
    <message>
        <source>&amp;Connect timeout:</source>
        <translation>Délai de &amp;connexion :</translation>
    </message>
    <message>
        <source>T&amp;otal timeout:</source>
        <translation>Délai &amp;total :</translation>
    </message>
    <message>
        <source>CA &amp;bundle:</source>
        <translation>&amp;Bundle CA :</translation>
    </message>
    <message>
        <source>&amp;Pinned key:</source>
        <translation>Clé é&amp;pinglée :</translation>
    </message>
    <message>
        <source>Give the node a name.</source>
        <translation>Donnez un nom au nœud.</translation>
    </message>
    <message>
        <source>Enter the node&apos;s base URL (https://…).</source>
        <translation>Saisissez l’URL de base du nœud (https://…).</translation>
    </message>
    <message>
        <source>Plain http is only allowed on this computer (localhost); use https.</source>
        <translation>Le http non chiffré n’est autorisé que sur cet ordinateur (localhost) ; utilisez https.</translation>
    </message>
</context>
<context>
    <name>NodeHttpServer</name>
    <message>
        <source>Cannot listen on %1:%2: %3</source>
        <translation>Impossible d’écouter sur %1:%2 : %3</translation>
    </message>
</context>
<context>
    <name>NodeModel</name>
    <message>
        <source>Set by your IT department</source>
        <translation>Défini par votre service informatique</translation>
    </message>
    <message>
        <source>%1 (policy)</source>
        <translation>%1 (stratégie)</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>activé</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Nœud</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>URL de base</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Last test</source>
        <translation>Dernier test</translation>
    </message>
</context>
<context>
    <name>NodeRequestParser</name>
    <message>
        <source>invalid JSON: %1 at offset %2</source>
        <translation>JSON non valide : %1 à la position %2</translation>
    </message>
    <message>
        <source>the request body must be a JSON object with a &quot;patient&quot;</source>
        <translation>le corps de la requête doit être un objet JSON contenant un « patient »</translation>
    </message>
    <message>
        <source>is mandatory</source>
        <translation>est obligatoire</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>doit être un objet</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>doit être une chaîne</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a current HPO term</source>
        <translation>« %1 » n’est pas un terme HPO actuel</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an Ensembl gene id, Entrez id, HGNC id or HGNC symbol</source>
        <translation>« %1 » n’est ni un identifiant de gène Ensembl, Entrez ou HGNC, ni un symbole HGNC</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a known gene (HGNC)</source>
        <translation>« %1 » n’est pas un gène connu (HGNC)</translation>
    </message>
</context>
<context>
    <name>NodeResult</name>
    <message numerus="yes">
        <source>ok %n result(s) in %1 ms</source>
        <translation>
            <numerusform>ok, %n résultat en %1 ms</numerusform>
            <numerusform>ok, %n résultats en %1 ms</numerusform>
        </translation>
    </message>
    <message>
        <source>timeout after %1 ms (%2)</source>
        <translation>délai dépassé après %1 ms (%2)</translation>
    </message>
    <message>
        <source> (node supports %1)</source>
        <translation> (le nœud prend en charge %1)</translation>
    </message>
    <message numerus="yes">
        <source>; %n invalid result(s) dropped</source>
        <translation>
            <numerusform> ; %n résultat non valide ignoré</numerusform>
            <numerusform> ; %n résultats non valides ignorés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NodeService</name>
    <message>
        <source>no such resource; the node serves %1/match, %1/heartbeat and %1/metrics</source>
        <translation>ressource inexistante ; le nœud sert %1/match, %1/heartbeat et %1/metrics</translation>
    </message>
    <message>
        <source>method %1 not allowed; use %2</source>
        <translation>méthode %1 non autorisée ; utilisez %2</translation>
    </message>
    <message>
        <source>missing X-Auth-Token</source>
        <translation>X-Auth-Token manquant</translation>
    </message>
    <message>
        <source>invalid X-Auth-Token</source>
        <translation>X-Auth-Token non valide</translation>
    </message>
    <message>
        <source>request body larger than %1 bytes</source>
        <translation>corps de requête supérieur à %1 octets</translation>
    </message>
</context>
<context>
    <name>NodeStatus</name>
    <message>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>timeout</source>
        <translation>délai dépassé</translation>
    </message>
    <message>
        <source>connection failed</source>
        <translation>échec de la connexion</translation>
    </message>
    <message>
        <source>TLS error</source>
        <translation>erreur TLS</translation>
    </message>
    <message>
        <source>401 unauthorized</source>
        <translation>401 non autorisé</translation>
    </message>
    <message>
        <source>406 version not accepted</source>
        <translation>406 version non acceptée</translation>
    </message>
    <message>
        <source>HTTP error</source>
        <translation>erreur HTTP</translation>
    </message>
    <message>
        <source>malformed response</source>
        <translation>réponse mal formée</translation>
    </message>
    <message>
        <source>response too large</source>
        <translation>réponse trop volumineuse</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>non envoyé</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
</context>
<context>
    <name>NodeStatusStrip</name>
    <message>
        <source>◐ %1 · waiting…</source>
        <translation>◐ %1 · en attente…</translation>
    </message>
    <message>
        <source>%1: waiting for the answer</source>
        <translation>%1 : en attente de la réponse</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1 %2 · waiting…</source>
        <translation>%1 %2 · en attente…</translation>
    </message>
</context>
<context>
    <name>NodesDialog</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Désactiver</translation>
    </message>
    <message>
        <source>Matchmaker Exchange nodes</source>
        <translation>Nœuds Matchmaker Exchange</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>Nœuds</translation>
    </message>
    <message>
        <source>Node settings are set by your IT department.</source>
        <translation>Les réglages des nœuds sont définis par votre service informatique.</translation>
    </message>
    <message>
        <source>Set by your IT department</source>
        <translation>Défini par votre service informatique</translation>
    </message>
    <message>
        <source>E&amp;nable</source>
        <translation>A&amp;ctiver</translation>
    </message>
    <message>
        <source>Cannot add the node</source>
        <translation>Impossible d’ajouter le nœud</translation>
    </message>
    <message>
        <source>A node named %1 already exists.</source>
        <translation>Un nœud nommé %1 existe déjà.</translation>
    </message>
    <message>
        <source>Cannot save the node</source>
        <translation>Impossible d’enregistrer le nœud</translation>
    </message>
    <message>
        <source>Token not stored</source>
        <translation>Jeton non enregistré</translation>
    </message>
    <message>
        <source>token stored in %1</source>
        <translation>jeton enregistré dans %1</translation>
    </message>
    <message>
        <source>Remove node</source>
        <translation>Supprimer le nœud</translation>
    </message>
    <message>
        <source>Remove the node %1 and its stored token? Matches already received are kept.</source>
        <translation>Supprimer le nœud %1 et son jeton enregistré ? Les correspondances déjà reçues sont conservées.</translation>
    </message>
    <message>
        <source>Cannot remove the node</source>
        <translation>Impossible de supprimer le nœud</translation>
    </message>
    <message>
        <source>testing…</source>
        <translation>test en cours…</translation>
    </message>
</context>
<context>
    <name>OutgoingRequest</name>
    <message>
        <source>granted without a date</source>
        <translation>accordé sans date</translation>
    </message>
    <message>
        <source>Patient %1 cannot be sent to matchmaking nodes: no recorded consent for matching (consent: %2). Record the consent and its date first.</source>
        <translation>Le patient %1 ne peut pas être envoyé aux nœuds d’appariement : aucun consentement à l’appariement enregistré (consentement : %2). Enregistrez d’abord le consentement et sa date.</translation>
    </message>
    <message>
        <source>Patient %1 cannot be sent: the responsible clinician (contact name and e-mail or contact URL) is missing.</source>
        <translation>Le patient %1 ne peut pas être envoyé : le clinicien responsable (nom et e-mail ou URL de contact) manque.</translation>
    </message>
    <message>
        <source>Patient %1 cannot be sent: it has neither an observed phenotype nor a candidate gene to match on.</source>
        <translation>Le patient %1 ne peut pas être envoyé : il n’a ni phénotype observé ni gène candidat sur lequel apparier.</translation>
    </message>
    <message>
        <source>Patient %1 cannot be sent: no pseudonym.</source>
        <translation>Le patient %1 ne peut pas être envoyé : pas de pseudonyme.</translation>
    </message>
    <message>
        <source>Patient %1 cannot be sent: %2</source>
        <translation>Le patient %1 ne peut pas être envoyé : %2</translation>
    </message>
    <message>
        <source>Patient %1 was not sent: the payload would contain its local id or label.</source>
        <translation>Le patient %1 n’a pas été envoyé : les données contiendraient son identifiant local ou son libellé.</translation>
    </message>
    <message>
        <source>(patient without id)</source>
        <translation>(patient sans identifiant)</translation>
    </message>
</context>
<context>
    <name>PatientDetailsPage</name>
    <message>
        <source>Add disorder</source>
        <translation>Ajouter une maladie</translation>
    </message>
    <message>
        <source>Remove disorder</source>
        <translation>Retirer la maladie</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>e.g. initials and year; stays on this computer</source>
        <translation>p. ex. initiales et année ; reste sur cet ordinateur</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Féminin</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Masculin</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Consent to matchmaking</source>
        <translation>Consentement à l’appariement</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Accordé</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirée</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>Date du consentement</translation>
    </message>
    <message>
        <source>Clinician name</source>
        <translation>Nom du clinicien</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Établissement</translation>
    </message>
    <message>
        <source>Clinician e-mail</source>
        <translation>E-mail du clinicien</translation>
    </message>
    <message>
        <source>Contact link</source>
        <translation>Lien de contact</translation>
    </message>
    <message>
        <source>mailto: address or https contact form</source>
        <translation>adresse mailto: ou formulaire de contact https</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>&amp;Label (local only):</source>
        <translation>&amp;Libellé (local uniquement) :</translation>
    </message>
    <message>
        <source>Local id:</source>
        <translation>Identifiant local :</translation>
    </message>
    <message>
        <source>&amp;Sex:</source>
        <translation>&amp;Sexe :</translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation>É&amp;tat :</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date :</translation>
    </message>
    <message>
        <source>Responsible clinician (shared with matches)</source>
        <translation>Clinicien responsable (partagé avec les correspondances)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Institution:</source>
        <translation>É&amp;tablissement :</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail :</translation>
    </message>
    <message>
        <source>Contact &amp;link:</source>
        <translation>&amp;Lien de contact :</translation>
    </message>
    <message>
        <source>Disorder id</source>
        <translation>Identifiant de la maladie</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>Exclue</translation>
    </message>
    <message>
        <source>Disorders</source>
        <translation>Maladies</translation>
    </message>
    <message>
        <source>Disorders (OMIM / ORPHA)</source>
        <translation>Maladies (OMIM / ORPHA)</translation>
    </message>
    <message>
        <source>This patient may be shared with matchmaking nodes.</source>
        <translation>Ce patient peut être partagé avec les nœuds d’appariement.</translation>
    </message>
    <message>
        <source>Without granted consent (with its date) the patient cannot be sent to any node.</source>
        <translation>Sans consentement accordé (avec sa date), le patient ne peut être envoyé à aucun nœud.</translation>
    </message>
</context>
<context>
    <name>PatientImporter</name>
    <message>
        <source>%1: already in the database</source>
        <translation>%1 : déjà dans la base de données</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Import de %1…</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Import terminé</translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s) imported from %1.</source>
        <translation>
            <numerusform>%n patient importé depuis %1.</numerusform>
            <numerusform>%n patients importés depuis %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) left out:</source>
        <translation>
            <numerusform>%n enregistrement ignoré :</numerusform>
            <numerusform>%n enregistrements ignorés :</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot import %1</source>
        <translation>Impossible d’importer %1</translation>
    </message>
    <message>
        <source>Import variants from VCF</source>
        <translation>Importer des variants depuis un VCF</translation>
    </message>
    <message>
        <source>VCF files (*.vcf *.vcf.gz *.bcf);;All files (*)</source>
        <translation>Fichiers VCF (*.vcf *.vcf.gz *.bcf);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Export patient as phenopacket</source>
        <translation>Exporter le patient en phenopacket</translation>
    </message>
    <message>
        <source>Phenopacket (*.json);;Compressed phenopacket (*.json.gz)</source>
        <translation>Phenopacket (*.json);;Phenopacket compressé (*.json.gz)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l’export</translation>
    </message>
</context>
<context>
    <name>PatientListModel</name>
    <message numerus="yes">
        <source>%1 (local id %2)
%n observed term(s)</source>
        <translation>
            <numerusform>%1 (identifiant local %2)
%n terme observé</numerusform>
            <numerusform>%1 (identifiant local %2)
%n termes observés</numerusform>
        </translation>
    </message>
    <message>
        <source>Consent to matchmaking not recorded</source>
        <translation>Consentement à l’appariement non enregistré</translation>
    </message>
    <message numerus="yes">
        <source>%n observed term(s)</source>
        <translation>
            <numerusform>%n terme observé</numerusform>
            <numerusform>%n termes observés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new match(es)</source>
        <translation>
            <numerusform>%n nouvelle correspondance</numerusform>
            <numerusform>%n nouvelles correspondances</numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Termes</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouv.</translation>
    </message>
    <message>
        <source>Last queried</source>
        <translation>Dernière requête</translation>
    </message>
</context>
<context>
    <name>PatientListWidget</name>
    <message>
        <source>Search patients (Ctrl+F)</source>
        <translation>Rechercher des patients (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search patients</source>
        <translation>Rechercher des patients</translation>
    </message>
    <message>
        <source>Patient filter</source>
        <translation>Filtre patient</translation>
    </message>
    <message>
        <source>All patients</source>
        <translation>Tous les patients</translation>
    </message>
    <message>
        <source>With new matches</source>
        <translation>Avec de nouvelles correspondances</translation>
    </message>
    <message>
        <source>Consent missing</source>
        <translation>Consentement manquant</translation>
    </message>
    <message>
        <source>Never queried</source>
        <translation>Jamais interrogé</translation>
    </message>
    <message>
        <source>Not queried for 90 days</source>
        <translation>Non interrogé depuis 90 jours</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Patients</translation>
    </message>
    <message>
        <source>No patients yet.
Create one (Ctrl+N) or import a phenopacket, MME JSON or VCF file (Ctrl+I).</source>
        <translation>Aucun patient pour l’instant.
Créez-en un (Ctrl+N) ou importez un phenopacket, un fichier MME JSON ou VCF (Ctrl+I).</translation>
    </message>
    <message>
        <source>No patient matches the search or filter.</source>
        <translation>Aucun patient ne correspond à la recherche ou au filtre.</translation>
    </message>
</context>
<context>
    <name>PatientSummaryPane</name>
    <message>
        <source>&lt;h3&gt;Getting started&lt;/h3&gt;&lt;ol&gt;&lt;li&gt;Create or import a patient.&lt;/li&gt;&lt;li&gt;Record consent and the responsible clinician (Details).&lt;/li&gt;&lt;li&gt;Enter observed and excluded HPO terms (Phenotypes).&lt;/li&gt;&lt;li&gt;Add candidate genes or variants (Variants).&lt;/li&gt;&lt;li&gt;Find similar patients on the Matchmaker Exchange nodes.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;h3&gt;Premiers pas&lt;/h3&gt;&lt;ol&gt;&lt;li&gt;Créez ou importez un patient.&lt;/li&gt;&lt;li&gt;Enregistrez le consentement et le clinicien responsable (Détails).&lt;/li&gt;&lt;li&gt;Saisissez les termes HPO observés et exclus (Phénotypes).&lt;/li&gt;&lt;li&gt;Ajoutez les gènes ou variants candidats (Variants).&lt;/li&gt;&lt;li&gt;Trouvez des patients similaires sur les nœuds Matchmaker Exchange.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>Consent granted on %1</source>
        <translation>Consentement accordé le %1</translation>
    </message>
    <message>
        <source>Consent to matchmaking not recorded</source>
        <translation>Consentement à l’appariement non enregistré</translation>
    </message>
    <message numerus="yes">
        <source>%n observed term(s)</source>
        <translation>
            <numerusform>%n terme observé</numerusform>
            <numerusform>%n termes observés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n excluded</source>
        <translation>
            <numerusform>%n exclu</numerusform>
            <numerusform>%n exclus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n candidate variant(s)</source>
        <translation>
            <numerusform>%n variant candidat</numerusform>
            <numerusform>%n variants candidats</numerusform>
        </translation>
    </message>
    <message>
        <source>No responsible clinician</source>
        <translation>Aucun clinicien responsable</translation>
    </message>
    <message>
        <source>Contact: %1</source>
        <translation>Contact : %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source : %1</translation>
    </message>
    <message>
        <source>Local id: %1</source>
        <translation>Identifiant local : %1</translation>
    </message>
</context>
<context>
    <name>PhenopacketReader</name>
    <message>
        <source>&apos;%1&apos; is not a Phenopacket v2 schema version</source>
        <translation>« %1 » n’est pas une version de schéma Phenopacket v2</translation>
    </message>
    <message>
        <source>%1: metaData missing</source>
        <translation>%1 : metaData manquant</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an HPO id (HP:nnnnnnn)</source>
        <translation>« %1 » n’est pas un identifiant HPO (HP:nnnnnnn)</translation>
    </message>
    <message>
        <source>needs either gene or variantInterpretation</source>
        <translation>nécessite gene ou variantInterpretation</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>not valid JSON (%1)</source>
        <translation>JSON non valide (%1)</translation>
    </message>
    <message>
        <source>document %1</source>
        <translation>document %1</translation>
    </message>
    <message>
        <source>must be a JSON object, not %1</source>
        <translation>doit être un objet JSON, pas %1</translation>
    </message>
    <message>
        <source>must be a JSON object (a phenopacket)</source>
        <translation>doit être un objet JSON (un phenopacket)</translation>
    </message>
    <message>
        <source>import cancelled</source>
        <translation>import annulé</translation>
    </message>
    <message>
        <source>%1: HPO ids kept as given (no ontology loaded to map alternative and obsolete ids)</source>
        <translation>%1 : identifiants HPO conservés tels quels (aucune ontologie chargée pour résoudre les identifiants alternatifs et obsolètes)</translation>
    </message>
    <message>
        <source>%1: %2 is an alternative id, mapped to %3</source>
        <translation>%1 : %2 est un identifiant alternatif, résolu en %3</translation>
    </message>
    <message>
        <source>%1: %2 is obsolete, replaced by %3</source>
        <translation>%1 : %2 est obsolète, remplacé par %3</translation>
    </message>
    <message>
        <source>%1: %2 is obsolete without replacement, kept as given</source>
        <translation>%1 : %2 est obsolète sans remplacement, conservé tel quel</translation>
    </message>
    <message>
        <source>%1: %2 is not in the ontology, kept as given</source>
        <translation>%1 : %2 n’est pas dans l’ontologie, conservé tel quel</translation>
    </message>
    <message>
        <source>%1 is not a sex enum value (0-3)</source>
        <translation>%1 n’est pas une valeur de l’énumération sex (0-3)</translation>
    </message>
    <message>
        <source>must be a string, not %1</source>
        <translation>doit être une chaîne, pas %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of UNKNOWN_SEX, FEMALE, MALE, OTHER_SEX</source>
        <translation>« %1 » ne fait pas partie de UNKNOWN_SEX, FEMALE, MALE, OTHER_SEX</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>doit être une chaîne</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an ACMG classification</source>
        <translation>« %1 » n’est pas une classification ACMG</translation>
    </message>
    <message>
        <source>%1 is not an ACMG classification</source>
        <translation>%1 n’est pas une classification ACMG</translation>
    </message>
    <message>
        <source>must be a 1-based position (at least 1), not %1</source>
        <translation>doit être une position comptée à partir de 1 (au moins 1), pas %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a GENO id</source>
        <translation>« %1 » n’est pas un identifiant GENO</translation>
    </message>
</context>
<context>
    <name>PhenotypeFeatureModel</name>
    <message>
        <source>%1 is not a current HPO term</source>
        <translation>%1 n’est pas un terme HPO actuel</translation>
    </message>
    <message>
        <source>Redundant: %1 is an ancestor of %2, which is also observed</source>
        <translation>Redondant : %1 est un ancêtre de %2, également observé</translation>
    </message>
    <message>
        <source>Conflict: %1 is both observed and excluded</source>
        <translation>Conflit : %1 est à la fois observé et exclu</translation>
    </message>
    <message>
        <source>Conflict: %1 is excluded but its descendant %2 is observed</source>
        <translation>Conflit : %1 est exclu mais son descendant %2 est observé</translation>
    </message>
    <message>
        <source>English: %1 (machine translation, not yet approved)</source>
        <translation>Anglais : %1 (traduction automatique, pas encore validée)</translation>
    </message>
    <message>
        <source>English: %1</source>
        <translation>Anglais : %1</translation>
    </message>
    <message>
        <source>excluded</source>
        <translation>exclu</translation>
    </message>
    <message>
        <source>observed</source>
        <translation>observé</translation>
    </message>
    <message>
        <source>Phenotype</source>
        <translation>Phénotype</translation>
    </message>
    <message>
        <source>HPO id</source>
        <translation>Identifiant HPO</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Onset</source>
        <translation>Début</translation>
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
        <translation>Ajouter comme &amp;observé</translation>
    </message>
    <message>
        <source>Add e&amp;xcluded</source>
        <translation>Ajouter comme e&amp;xclu</translation>
    </message>
    <message>
        <source>Observed ⇄ excluded</source>
        <translation>Observé ⇄ exclu</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Search HPO terms</source>
        <translation>Rechercher des termes HPO</translation>
    </message>
    <message>
        <source>HPO suggestions</source>
        <translation>Suggestions HPO</translation>
    </message>
    <message>
        <source>Return adds the highlighted term as observed, Shift+Return as excluded; ↑/↓ choose.</source>
        <translation>Entrée ajoute le terme sélectionné comme observé, Maj+Entrée comme exclu ; ↑/↓ pour choisir.</translation>
    </message>
    <message>
        <source>Onset of the next term</source>
        <translation>Âge de début du prochain terme</translation>
    </message>
    <message>
        <source>Phenotype profile</source>
        <translation>Profil phénotypique</translation>
    </message>
    <message>
        <source>&amp;Find term:</source>
        <translation>&amp;Chercher un terme :</translation>
    </message>
    <message>
        <source>O&amp;nset:</source>
        <translation>Dé&amp;but :</translation>
    </message>
    <message>
        <source>Type a phenotype, synonym or HPO id (Ctrl+T), e.g. “seizure” or HP:0001250</source>
        <translation>Saisissez un phénotype, un synonyme ou un identifiant HPO (Ctrl+T), p. ex. « crise épileptique » ou HP:0001250</translation>
    </message>
    <message>
        <source>Loading the Human Phenotype Ontology…</source>
        <translation>Chargement de la Human Phenotype Ontology…</translation>
    </message>
    <message>
        <source>Onset unknown</source>
        <translation>Début inconnu</translation>
    </message>
    <message numerus="yes">
        <source>%n observed</source>
        <translation>
            <numerusform>%n observé</numerusform>
            <numerusform>%n observés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n excluded</source>
        <translation>
            <numerusform>%n exclu</numerusform>
            <numerusform>%n exclus</numerusform>
        </translation>
    </message>
    <message>
        <source>low – add more specific terms</source>
        <translation>faible – ajoutez des termes plus spécifiques</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>moyenne</translation>
    </message>
    <message>
        <source>high</source>
        <translation>élevée</translation>
    </message>
    <message>
        <source>specificity: %1 (total information content %2)</source>
        <translation>spécificité : %1 (contenu informationnel total %2)</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Set by your IT department</source>
        <translation>Défini par votre service informatique</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>System default</source>
        <extracomment>Language choice: follow the operating system&apos;s language.</extracomment>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Also the language of HPO term labels; candidate (machine) translations are shown in italics, terms without a translation in English. Data sent to other nodes always uses HPO ids and English labels.</source>
        <translation>C’est aussi la langue des libellés des termes HPO ; les traductions candidates (automatiques) sont affichées en italique, les termes sans traduction en anglais. Les données envoyées aux autres nœuds utilisent toujours les identifiants HPO et les libellés anglais.</translation>
    </message>
    <message>
        <source>Show a desktop notification when watched patients have new matches</source>
        <translation>Afficher une notification lorsque des patients suivis ont de nouvelles correspondances</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Tous les jours</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Toutes les semaines</translation>
    </message>
    <message>
        <source>Only when I ask</source>
        <translation>Uniquement à ma demande</translation>
    </message>
    <message>
        <source>Watch a patient for new matches after their first query</source>
        <translation>Suivre un patient pour de nouvelles correspondances après sa première requête</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>Notifications:</source>
        <translation>Notifications :</translation>
    </message>
    <message>
        <source>Check for new &amp;matches:</source>
        <translation>Rechercher de nouvelles &amp;correspondances :</translation>
    </message>
    <message>
        <source>Minimum &amp;score for alerts:</source>
        <translation>&amp;Score minimal des alertes :</translation>
    </message>
    <message>
        <source>Watching:</source>
        <translation>Suivi :</translation>
    </message>
    <message>
        <source>Some settings are managed by your IT department: they are shown greyed out and cannot be changed here.</source>
        <translation>Certains réglages sont gérés par votre service informatique : ils sont grisés et ne peuvent pas être modifiés ici.</translation>
    </message>
</context>
<context>
    <name>ProgressTask</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>Pseudonymizer</name>
    <message>
        <source>The pseudonym key in the keychain is too short (%1 bytes); expected %2</source>
        <translation>La clé de pseudonymisation du trousseau est trop courte (%1 octets) ; %2 attendus</translation>
    </message>
    <message>
        <source>Cannot read the pseudonym key from the %1: %2</source>
        <translation>Impossible de lire la clé de pseudonymisation depuis %1 : %2</translation>
    </message>
    <message>
        <source>Cannot store the new pseudonym key in the %1: %2</source>
        <translation>Impossible d’enregistrer la nouvelle clé de pseudonymisation dans %1 : %2</translation>
    </message>
</context>
<context>
    <name>QueryPerturbation</name>
    <message>
        <source>Invalid perturbation &apos;%1&apos; (expected imprecision=P in [0,1], noise=K &gt;= 0, drop=D in [0,1))</source>
        <translation>Perturbation « %1 » non valide (attendu imprecision=P dans [0,1], noise=K &gt;= 0, drop=D dans [0,1))</translation>
    </message>
</context>
<context>
    <name>ResultRecorder</name>
    <message>
        <source>results not saved: %1</source>
        <translation>résultats non enregistrés : %1</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>Cannot read the demo secret file %1: %2</source>
        <translation>Impossible de lire le fichier secret de démonstration %1 : %2</translation>
    </message>
    <message>
        <source>The demo secret file %1 is damaged: %2</source>
        <translation>Le fichier secret de démonstration %1 est endommagé : %2</translation>
    </message>
    <message>
        <source>Cannot write the demo secret file %1: %2</source>
        <translation>Impossible d’écrire le fichier secret de démonstration %1 : %2</translation>
    </message>
    <message>
        <source>demo secret file %1 (NOT SECURE, demo only)</source>
        <translation>fichier secret de démonstration %1 (NON SÉCURISÉ, démonstration uniquement)</translation>
    </message>
    <message>
        <source>No secret &apos;%1&apos; in the %2</source>
        <translation>Pas de secret « %1 » dans %2</translation>
    </message>
    <message>
        <source>in-memory secret store (tests and demo only)</source>
        <translation>stockage des secrets en mémoire (tests et démonstration uniquement)</translation>
    </message>
    <message>
        <source>OS keychain (service &quot;%1&quot;)</source>
        <translation>Trousseau du système (service « %1 »)</translation>
    </message>
    <message>
        <source>OS keychain: cannot read &apos;%1&apos;: %2</source>
        <translation>Trousseau du système : impossible de lire « %1 » : %2</translation>
    </message>
    <message>
        <source>OS keychain: cannot store &apos;%1&apos;: %2</source>
        <translation>Trousseau du système : impossible d’enregistrer « %1 » : %2</translation>
    </message>
    <message>
        <source>OS keychain: cannot remove &apos;%1&apos;: %2</source>
        <translation>Trousseau du système : impossible de supprimer « %1 » : %2</translation>
    </message>
</context>
<context>
    <name>SecretStoreFactory</name>
    <message>
        <source>Unknown secret store &apos;%1&apos; (MATCHDESK_KEYCHAIN): use system, memory or file:PATH</source>
        <translation>Stockage de secrets inconnu « %1 » (MATCHDESK_KEYCHAIN) : utilisez system, memory ou file:CHEMIN</translation>
    </message>
</context>
<context>
    <name>SendPreviewDialog</name>
    <message>
        <source>Find similar patients – what will be sent</source>
        <translation>Trouver des patients similaires – ce qui sera envoyé</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;The profile below will be sent to &lt;b&gt;%n node(s)&lt;/b&gt;: %1.&lt;/p&gt;&lt;p&gt;The nodes see the pseudonym &lt;tt&gt;%2&lt;/tt&gt;, never the label or local id. The clinician contact is shared so that matches can reach you.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;Le profil ci-dessous sera envoyé à &lt;b&gt;%n nœud&lt;/b&gt; : %1.&lt;/p&gt;&lt;p&gt;Les nœuds voient le pseudonyme &lt;tt&gt;%2&lt;/tt&gt;, jamais le libellé ni l’identifiant local. Le contact du clinicien est partagé pour que les correspondances puissent vous joindre.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;Le profil ci-dessous sera envoyé à &lt;b&gt;%n nœuds&lt;/b&gt; : %1.&lt;/p&gt;&lt;p&gt;Les nœuds voient le pseudonyme &lt;tt&gt;%2&lt;/tt&gt;, jamais le libellé ni l’identifiant local. Le contact du clinicien est partagé pour que les correspondances puissent vous joindre.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>POST %1 (%2)</source>
        <translation>POST %1 (%2)</translation>
    </message>
    <message>
        <source>Fields: %1</source>
        <translation>Champs : %1</translation>
    </message>
    <message>
        <source>Request body for %1</source>
        <translation>Corps de la requête pour %1</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Envoyer</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>Database %1: %2: %3</source>
        <translation>Base de données %1 : %2 : %3</translation>
    </message>
    <message>
        <source>cannot open</source>
        <translation>ouverture impossible</translation>
    </message>
    <message>
        <source>Database %1: %2</source>
        <translation>Base de données %1 : %2</translation>
    </message>
    <message>
        <source>Cannot create backup %1</source>
        <translation>Impossible de créer la sauvegarde %1</translation>
    </message>
    <message>
        <source>Backup of %1 to %2 failed: %3</source>
        <translation>Échec de la sauvegarde de %1 vers %2 : %3</translation>
    </message>
    <message>
        <source>Database %1: %2 failed: %3 (%4)</source>
        <translation>Base de données %1 : échec de %2 : %3 (%4)</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the database</source>
        <translation>Impossible de créer le dossier %1 de la base de données</translation>
    </message>
    <message>
        <source>%1 is not a MatchDesk database (it belongs to another application)</source>
        <translation>%1 n’est pas une base de données MatchDesk (elle appartient à une autre application)</translation>
    </message>
    <message>
        <source>%1 is not a MatchDesk database (it holds other tables)</source>
        <translation>%1 n’est pas une base de données MatchDesk (elle contient d’autres tables)</translation>
    </message>
    <message>
        <source>%1 was written by a newer MatchDesk (schema %2; this version reads up to %3)</source>
        <translation>%1 a été écrite par une version plus récente de MatchDesk (schéma %2 ; cette version lit jusqu’à %3)</translation>
    </message>
    <message>
        <source>The database %1 is damaged: %2. Restore it from a backup (the folder holds copies made before each upgrade).</source>
        <translation>La base de données %1 est endommagée : %2. Restaurez-la depuis une sauvegarde (le dossier contient des copies faites avant chaque mise à niveau).</translation>
    </message>
    <message>
        <source>%1 is not a MatchDesk database or is damaged (file is not a database)</source>
        <translation>%1 n’est pas une base de données MatchDesk ou est endommagée (le fichier n’est pas une base de données)</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was saved</source>
        <translation>Import annulé : rien n’a été enregistré</translation>
    </message>
    <message>
        <source>A patient needs a local id</source>
        <translation>Un patient doit avoir un identifiant local</translation>
    </message>
    <message>
        <source>A patient with the local id &quot;%1&quot; already exists</source>
        <translation>Un patient avec l’identifiant local « %1 » existe déjà</translation>
    </message>
    <message>
        <source>Patient %1 (row %2) no longer exists</source>
        <translation>Le patient %1 (ligne %2) n’existe plus</translation>
    </message>
    <message>
        <source>A node needs a name and a valid base URL</source>
        <translation>Un nœud doit avoir un nom et une URL de base valide</translation>
    </message>
    <message>
        <source>Match %1 does not exist</source>
        <translation>La correspondance %1 n’existe pas</translation>
    </message>
</context>
<context>
    <name>TermBrowserWidget</name>
    <message>
        <source>Add as &amp;observed</source>
        <translation>Ajouter comme &amp;observé</translation>
    </message>
    <message>
        <source>Add as e&amp;xcluded</source>
        <translation>Ajouter comme e&amp;xclu</translation>
    </message>
    <message>
        <source>Term definition</source>
        <translation>Définition du terme</translation>
    </message>
    <message>
        <source>Parent terms</source>
        <translation>Termes parents</translation>
    </message>
    <message>
        <source>Child terms</source>
        <translation>Termes enfants</translation>
    </message>
    <message>
        <source>&amp;Parents</source>
        <translation>&amp;Parents</translation>
    </message>
    <message>
        <source>C&amp;hildren</source>
        <translation>En&amp;fants</translation>
    </message>
    <message>
        <source>&lt;h3&gt;HPO browser&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Navigateur HPO&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;HPO browser&lt;/h3&gt;&lt;p&gt;Loading the ontology…&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Navigateur HPO&lt;/h3&gt;&lt;p&gt;Chargement de l’ontologie…&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:gray&apos;&gt;Select a suggestion or a term of the profile to see its definition, parents and children.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:gray&apos;&gt;Sélectionnez une suggestion ou un terme du profil pour voir sa définition, ses parents et ses enfants.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 · English: %2</source>
        <translation>%1 · Anglais : %2</translation>
    </message>
    <message>
        <source>%1 · English: %2 · machine translation, not yet approved</source>
        <translation>%1 · Anglais : %2 · traduction automatique, pas encore validée</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:gray&apos;&gt;No definition.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:gray&apos;&gt;Pas de définition.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Synonyms:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Synonymes :&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>TermSuggestionModel</name>
    <message>
        <source>%1  ·  %2  (synonym: %3)</source>
        <translation>%1  ·  %2  (synonyme : %3)</translation>
    </message>
    <message>
        <source>%1  ·  %2</source>
        <translation>%1  ·  %2</translation>
    </message>
    <message>
        <source>English: %1 (machine translation, not yet approved)</source>
        <translation>Anglais : %1 (traduction automatique, pas encore validée)</translation>
    </message>
    <message>
        <source>English: %1</source>
        <translation>Anglais : %1</translation>
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
        <translation>Ajouter un variant</translation>
    </message>
    <message>
        <source>Edit variant</source>
        <translation>Modifier le variant</translation>
    </message>
    <message>
        <source>Gene</source>
        <translation>Gène</translation>
    </message>
    <message>
        <source>HGNC symbol, alias, HGNC:, Ensembl or Entrez id</source>
        <translation>Symbole HGNC, alias, identifiant HGNC:, Ensembl ou Entrez</translation>
    </message>
    <message>
        <source>HGVS coding</source>
        <translation>HGVS codant</translation>
    </message>
    <message>
        <source>e.g. NM_000059.4:c.1310_1313del</source>
        <translation>p. ex. NM_000059.4:c.1310_1313del</translation>
    </message>
    <message>
        <source>HGVS protein</source>
        <translation>HGVS protéique</translation>
    </message>
    <message>
        <source>e.g. NP_000050.3:p.(Lys437IlefsTer22)</source>
        <translation>p. ex. NP_000050.3:p.(Lys437IlefsTer22)</translation>
    </message>
    <message>
        <source>Assembly</source>
        <translation>Assemblage</translation>
    </message>
    <message>
        <source>no coordinates</source>
        <translation>pas de coordonnées</translation>
    </message>
    <message>
        <source>Chromosome</source>
        <translation>Chromosome</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Reference allele</source>
        <translation>Allèle de référence</translation>
    </message>
    <message>
        <source>Alternate allele</source>
        <translation>Allèle alternatif</translation>
    </message>
    <message>
        <source>Zygosity</source>
        <translation>Zygotie</translation>
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
        <translation>&amp;Gène :</translation>
    </message>
    <message>
        <source>HGVS &amp;c.:</source>
        <translation>HGVS &amp;c. :</translation>
    </message>
    <message>
        <source>HGVS &amp;p.:</source>
        <translation>HGVS &amp;p. :</translation>
    </message>
    <message>
        <source>Coo&amp;rdinates:</source>
        <translation>Coo&amp;rdonnées :</translation>
    </message>
    <message>
        <source>&amp;Zygosity:</source>
        <translation>&amp;Zygotie :</translation>
    </message>
    <message>
        <source>&amp;ACMG class:</source>
        <translation>Classe &amp;ACMG :</translation>
    </message>
    <message>
        <source>Enter the gene.</source>
        <translation>Saisissez le gène.</translation>
    </message>
    <message>
        <source>The HGNC catalog is still loading; the gene will be kept as typed.</source>
        <translation>Le catalogue HGNC est encore en cours de chargement ; le gène sera conservé tel que saisi.</translation>
    </message>
    <message>
        <source>%1 is an alias of %2 (%3).</source>
        <translation>%1 est un alias de %2 (%3).</translation>
    </message>
    <message>
        <source>%1 is a previous symbol of %2 (%3).</source>
        <translation>%1 est un ancien symbole de %2 (%3).</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>Utiliser %1</translation>
    </message>
    <message>
        <source>✓ %1 (%2)</source>
        <translation>✓ %1 (%2)</translation>
    </message>
    <message>
        <source>%1 is ambiguous: it may mean %2. Enter the approved symbol.</source>
        <translation>%1 est ambigu : il peut désigner %2. Saisissez le symbole approuvé.</translation>
    </message>
    <message>
        <source>%1 is not in the HGNC catalog.</source>
        <translation>%1 n’est pas dans le catalogue HGNC.</translation>
    </message>
</context>
<context>
    <name>VariantModel</name>
    <message>
        <source>heterozygous</source>
        <translation>hétérozygote</translation>
    </message>
    <message>
        <source>homozygous</source>
        <translation>homozygote</translation>
    </message>
    <message>
        <source>hemizygous</source>
        <translation>hémizygote</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>Benign</source>
        <translation>Bénin</translation>
    </message>
    <message>
        <source>Likely benign</source>
        <translation>Probablement bénin</translation>
    </message>
    <message>
        <source>Uncertain significance</source>
        <translation>Signification incertaine</translation>
    </message>
    <message>
        <source>Likely pathogenic</source>
        <translation>Probablement pathogène</translation>
    </message>
    <message>
        <source>Pathogenic</source>
        <translation>Pathogène</translation>
    </message>
    <message>
        <source>not classified</source>
        <translation>non classé</translation>
    </message>
    <message>
        <source>%1 chr%2:%3 %4&gt;%5</source>
        <translation>%1 chr%2:%3 %4&gt;%5</translation>
    </message>
    <message>
        <source>Gene not validated against HGNC</source>
        <translation>Gène non vérifié dans HGNC</translation>
    </message>
    <message>
        <source>Gene</source>
        <translation>Gène</translation>
    </message>
    <message>
        <source>HGVS</source>
        <translation>HGVS</translation>
    </message>
    <message>
        <source>Coordinates</source>
        <translation>Coordonnées</translation>
    </message>
    <message>
        <source>Zygosity</source>
        <translation>Zygotie</translation>
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
        <translation>&amp;Ajouter un variant…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Import from VCF…</source>
        <translation>&amp;Importer depuis un VCF…</translation>
    </message>
    <message>
        <source>Candidate variants</source>
        <translation>Variants candidats</translation>
    </message>
    <message>
        <source>No candidate variants. Add one by hand or import them from the patient&apos;s VCF.</source>
        <translation>Aucun variant candidat. Ajoutez-en un à la main ou importez-les depuis le VCF du patient.</translation>
    </message>
</context>
<context>
    <name>VcfImportDialog</name>
    <message>
        <source>Only records that &amp;PASS the filters</source>
        <translation>Uniquement les enregistrements qui &amp;passent les filtres (PASS)</translation>
    </message>
    <message>
        <source>Import variants from %1</source>
        <translation>Importer des variants depuis %1</translation>
    </message>
    <message>
        <source>Sample (proband)</source>
        <translation>Échantillon (cas index)</translation>
    </message>
    <message>
        <source>Minimum QUAL</source>
        <translation>QUAL minimale</translation>
    </message>
    <message>
        <source>Minimum genotype quality</source>
        <translation>Qualité de génotype minimale</translation>
    </message>
    <message>
        <source>Maximum population allele frequency</source>
        <translation>Fréquence allélique maximale dans la population</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sans limite</translation>
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
        <translation>Gènes</translation>
    </message>
    <message>
        <source>all genes (or a list: KMT2D, CHD7)</source>
        <translation>tous les gènes (ou une liste : KMT2D, CHD7)</translation>
    </message>
    <message>
        <source>Minimum predicted impact</source>
        <translation>Impact prédit minimal</translation>
    </message>
    <message>
        <source>any (also unannotated records)</source>
        <translation>quelconque (y compris les enregistrements non annotés)</translation>
    </message>
    <message>
        <source>low or higher</source>
        <translation>faible ou plus</translation>
    </message>
    <message>
        <source>moderate or higher</source>
        <translation>modéré ou plus</translation>
    </message>
    <message>
        <source>high only</source>
        <translation>élevé uniquement</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>&amp;Sample:</source>
        <translation>É&amp;chantillon :</translation>
    </message>
    <message>
        <source>Minimum &amp;QUAL:</source>
        <translation>&amp;QUAL minimale :</translation>
    </message>
    <message>
        <source>Minimum &amp;GQ:</source>
        <translation>&amp;GQ minimale :</translation>
    </message>
    <message>
        <source>Population &amp;frequency:</source>
        <translation>&amp;Fréquence dans la population :</translation>
    </message>
    <message>
        <source>&amp;Genes:</source>
        <translation>&amp;Gènes :</translation>
    </message>
    <message>
        <source>Predicted &amp;impact:</source>
        <translation>&amp;Impact prédit :</translation>
    </message>
    <message>
        <source>sites only (no genotypes)</source>
        <translation>sites uniquement (pas de génotypes)</translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %n sample(s). Choose the proband and which records to keep.</source>
        <translation>
            <numerusform>%1 contient %n échantillon. Choisissez le cas index et les enregistrements à conserver.</numerusform>
            <numerusform>%1 contient %n échantillons. Choisissez le cas index et les enregistrements à conserver.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>Cannot import the VCF</source>
        <translation>Impossible d’importer le VCF</translation>
    </message>
</context>
<context>
    <name>VcfReader</name>
    <message>
        <source>the file does not exist</source>
        <translation>le fichier n’existe pas</translation>
    </message>
    <message>
        <source>cannot open the file</source>
        <translation>impossible d’ouvrir le fichier</translation>
    </message>
    <message>
        <source>not a VCF or BCF file (no ##fileformat=VCF header)</source>
        <translation>pas un fichier VCF ou BCF (pas d’en-tête ##fileformat=VCF)</translation>
    </message>
    <message>
        <source>missing or invalid header lines (##fileformat and the #CHROM line are required)</source>
        <translation>lignes d’en-tête manquantes ou non valides (##fileformat et la ligne #CHROM sont requises)</translation>
    </message>
    <message>
        <source>no sample &apos;%1&apos; in the file (samples: %2)</source>
        <translation>pas d’échantillon « %1 » dans le fichier (échantillons : %2)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>the file has %1 samples (%2): choose the proband</source>
        <translation>le fichier contient %1 échantillons (%2) : choisissez le cas index</translation>
    </message>
    <message>
        <source>cannot select sample &apos;%1&apos;</source>
        <translation>impossible de sélectionner l’échantillon « %1 »</translation>
    </message>
    <message>
        <source>%1: the assembly is not named in the header; variants have no assembly</source>
        <translation>%1 : l’assemblage n’est pas nommé dans l’en-tête ; les variants n’ont pas d’assemblage</translation>
    </message>
    <message>
        <source>truncated or corrupt data</source>
        <translation>données tronquées ou corrompues</translation>
    </message>
    <message>
        <source>invalid record (htslib error %1: %2)</source>
        <translation>enregistrement non valide (erreur htslib %1 : %2)</translation>
    </message>
    <message>
        <source>contig not declared in the header</source>
        <translation>contig non déclaré dans l’en-tête</translation>
    </message>
    <message>
        <source>tag not declared in the header</source>
        <translation>balise non déclarée dans l’en-tête</translation>
    </message>
    <message>
        <source>wrong number of columns</source>
        <translation>nombre de colonnes incorrect</translation>
    </message>
    <message>
        <source>value out of range</source>
        <translation>valeur hors limites</translation>
    </message>
    <message>
        <source>malformed field</source>
        <translation>champ mal formé</translation>
    </message>
    <message>
        <source>the record uses a contig, INFO or FORMAT tag that the header does not declare</source>
        <translation>l’enregistrement utilise un contig ou une balise INFO ou FORMAT que l’en-tête ne déclare pas</translation>
    </message>
    <message>
        <source>not a valid position</source>
        <translation>position non valide</translation>
    </message>
    <message>
        <source>import cancelled</source>
        <translation>import annulé</translation>
    </message>
    <message>
        <source>the reference allele is missing</source>
        <translation>l’allèle de référence manque</translation>
    </message>
</context>
<context>
    <name>WatchControl</name>
    <message>
        <source>Watch for new matches</source>
        <translation>Suivre les nouvelles correspondances</translation>
    </message>
    <message>
        <source>Check now</source>
        <translation>Vérifier maintenant</translation>
    </message>
    <message>
        <source>Query the enabled nodes again on a schedule and raise an alert for new or changed matches.</source>
        <translation>Réinterroger régulièrement les nœuds activés et signaler les correspondances nouvelles ou modifiées.</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Tous les jours</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Toutes les semaines</translation>
    </message>
    <message>
        <source>On request</source>
        <translation>À la demande</translation>
    </message>
    <message>
        <source>Minimum score for an alert</source>
        <translation>Score minimal pour une alerte</translation>
    </message>
    <message>
        <source>Matches scoring below this (local score) are recorded without an alert.</source>
        <translation>Les correspondances dont le score (local) est inférieur sont enregistrées sans alerte.</translation>
    </message>
    <message>
        <source>alert from score </source>
        <translation>alerte à partir du score </translation>
    </message>
    <message>
        <source>Query the enabled nodes for this patient in the background now</source>
        <translation>Interroger maintenant en arrière-plan les nœuds activés pour ce patient</translation>
    </message>
    <message>
        <source>Consent to matchmaking is not recorded for this patient.</source>
        <translation>Le consentement à l’appariement n’est pas enregistré pour ce patient.</translation>
    </message>
    <message>
        <source>not checked yet</source>
        <translation>pas encore vérifié</translation>
    </message>
    <message>
        <source>last checked %1</source>
        <translation>dernière vérification %1</translation>
    </message>
    <message>
        <source>Cannot save the watch</source>
        <translation>Impossible d’enregistrer le suivi</translation>
    </message>
    <message>
        <source>Cannot check now</source>
        <translation>Impossible de vérifier maintenant</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Print the version and the reference data in use.</source>
        <translation>Afficher la version et les données de référence utilisées.</translation>
    </message>
    <message>
        <source>Database file (default: MATCHDESK_DB, else the per-user data folder).</source>
        <translation>Fichier de base de données (par défaut : MATCHDESK_DB, sinon le dossier de données de l’utilisateur).</translation>
    </message>
    <message>
        <source>Settings file (default: MATCHDESK_SETTINGS, else the per-user location).</source>
        <translation>Fichier de réglages (par défaut : MATCHDESK_SETTINGS, sinon l’emplacement de l’utilisateur).</translation>
    </message>
    <message>
        <source>Print start-up timings (ms) and quit once the ontology is loaded.</source>
        <translation>Afficher les temps de démarrage (ms) et quitter une fois l’ontologie chargée.</translation>
    </message>
    <message>
        <source>MatchDesk: federated rare-disease patient matching (Matchmaker Exchange).</source>
        <translation>MatchDesk : appariement fédéré de patients atteints de maladies rares (Matchmaker Exchange).</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Impossible d’ouvrir la base de données</translation>
    </message>
    <message>
        <source>No keychain</source>
        <translation>Pas de trousseau</translation>
    </message>
</context>
</TS>
