<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About MatchDesk</source>
        <translation>Acerca de MatchDesk</translation>
    </message>
    <message>
        <source>not loaded</source>
        <translation>no cargado</translation>
    </message>
    <message>
        <source>&lt;h2&gt;MatchDesk&lt;/h2&gt;&lt;p&gt;Federated rare-disease patient matching over the Matchmaker Exchange API.&lt;/p&gt;&lt;pre&gt;%1&lt;/pre&gt;</source>
        <translation>&lt;h2&gt;MatchDesk&lt;/h2&gt;&lt;p&gt;Búsqueda federada de pacientes similares con enfermedades raras mediante la API de Matchmaker Exchange.&lt;/p&gt;&lt;pre&gt;%1&lt;/pre&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Human Phenotype Ontology&lt;/h3&gt;&lt;p&gt;This application uses the Human Phenotype Ontology (release &lt;b&gt;%1&lt;/b&gt;). Find out more at &lt;a href=&apos;https://hpo.jax.org&apos;&gt;hpo.jax.org&lt;/a&gt;. The HPO is developed by the HPO Consortium; please cite Gargano MA et al., “The Human Phenotype Ontology in 2024: phenotypes around the world”, Nucleic Acids Research 2024.&lt;/p&gt;&lt;h3&gt;HGNC&lt;/h3&gt;&lt;p&gt;Gene symbols and identifiers from the HUGO Gene Nomenclature Committee (&lt;a href=&apos;https://www.genenames.org&apos;&gt;genenames.org&lt;/a&gt;), freely available without restriction (Seal RL et al., Nucleic Acids Research 2023).&lt;/p&gt;&lt;h3&gt;Phenopacket store&lt;/h3&gt;&lt;p&gt;Example cases from the GA4GH phenopacket-store (see its licence notice below).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Human Phenotype Ontology&lt;/h3&gt;&lt;p&gt;Esta aplicación utiliza la Human Phenotype Ontology (versión &lt;b&gt;%1&lt;/b&gt;). Más información en &lt;a href=&apos;https://hpo.jax.org&apos;&gt;hpo.jax.org&lt;/a&gt;. La HPO la desarrolla el HPO Consortium; cite, por favor: Gargano MA et al., «The Human Phenotype Ontology in 2024: phenotypes around the world», Nucleic Acids Research 2024.&lt;/p&gt;&lt;h3&gt;HGNC&lt;/h3&gt;&lt;p&gt;Símbolos e identificadores de genes del HUGO Gene Nomenclature Committee (&lt;a href=&apos;https://www.genenames.org&apos;&gt;genenames.org&lt;/a&gt;), de libre acceso y sin restricciones (Seal RL et al., Nucleic Acids Research 2023).&lt;/p&gt;&lt;h3&gt;Phenopacket store&lt;/h3&gt;&lt;p&gt;Casos de ejemplo procedentes del phenopacket-store de GA4GH (consulte su aviso de licencia más abajo).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Créditos</translation>
    </message>
    <message>
        <source>HPO licence</source>
        <translation>Licencia de HPO</translation>
    </message>
    <message>
        <source>HGNC licence</source>
        <translation>Licencia de HGNC</translation>
    </message>
    <message>
        <source>Phenopacket store licence</source>
        <translation>Licencia del Phenopacket store</translation>
    </message>
</context>
<context>
    <name>AlertInbox</name>
    <message>
        <source>Alerts</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <source>Show reviewed alerts</source>
        <translation>Mostrar alertas revisadas</translation>
    </message>
    <message>
        <source>Open match</source>
        <translation>Abrir coincidencia</translation>
    </message>
    <message>
        <source>Mark reviewed</source>
        <translation>Marcar como revisada</translation>
    </message>
    <message>
        <source>No unread alerts. Watched patients are queried again on their schedule; new or changed matches appear here.</source>
        <translation>No hay alertas sin leer. Los pacientes en seguimiento se vuelven a consultar según su programación; aquí aparecen las coincidencias nuevas o modificadas.</translation>
    </message>
    <message>
        <source>Cannot mark the alert reviewed</source>
        <translation>No se puede marcar la alerta como revisada</translation>
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
        <translation>Nueva coincidencia</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modificada</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirada</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
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
        <translation>Mostrar alertas</translation>
    </message>
    <message>
        <source>MatchDesk: no unread alerts</source>
        <translation>MatchDesk: no hay alertas sin leer</translation>
    </message>
    <message numerus="yes">
        <source>MatchDesk: %n unread alert(s)</source>
        <translation>
            <numerusform>MatchDesk: %n alerta sin leer</numerusform>
            <numerusform>MatchDesk: %n alertas sin leer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AlertReason</name>
    <message>
        <source>new match on %1</source>
        <translation>nueva coincidencia en %1</translation>
    </message>
    <message>
        <source>new shared gene %1</source>
        <translation>nuevo gen compartido %1</translation>
    </message>
    <message>
        <source>new variant %1</source>
        <translation>nueva variante %1</translation>
    </message>
    <message>
        <source>score rose to %1</source>
        <translation>la puntuación subió a %1</translation>
    </message>
    <message>
        <source>returned again by its node</source>
        <translation>su nodo vuelve a devolverla</translation>
    </message>
    <message>
        <source>no longer returned by %1</source>
        <translation>%1 ya no la devuelve</translation>
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
            <numerusform>MatchDesk: %n paciente con novedades</numerusform>
            <numerusform>MatchDesk: %n pacientes con novedades</numerusform>
        </translation>
    </message>
    <message>
        <source>No new matches.</source>
        <translation>No hay coincidencias nuevas.</translation>
    </message>
    <message numerus="yes">
        <source>%n new match(es)</source>
        <translation>
            <numerusform>%n coincidencia nueva</numerusform>
            <numerusform>%n coincidencias nuevas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed match(es)</source>
        <translation>
            <numerusform>%n coincidencia modificada</numerusform>
            <numerusform>%n coincidencias modificadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n withdrawn match(es)</source>
        <translation>
            <numerusform>%n coincidencia retirada</numerusform>
            <numerusform>%n coincidencias retiradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 for %n patient(s)</source>
        <extracomment>%1 is a list such as &quot;3 new matches, 1 changed match&quot;; the plural is about patients.</extracomment>
        <translation>
            <numerusform>%1 para %n paciente</numerusform>
            <numerusform>%1 para %n pacientes</numerusform>
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
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>Patient filter</source>
        <translation>Filtro de paciente</translation>
    </message>
    <message>
        <source>Node filter</source>
        <translation>Filtro de nodo</translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation>Entradas del registro</translation>
    </message>
    <message>
        <source>All patients</source>
        <translation>Todos los pacientes</translation>
    </message>
    <message>
        <source>All destinations</source>
        <translation>Todos los destinos</translation>
    </message>
    <message>
        <source>&amp;Patient:</source>
        <translation>&amp;Paciente:</translation>
    </message>
    <message>
        <source>&amp;Node:</source>
        <translation>&amp;Nodo:</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies)</source>
        <translation>
            <numerusform>%n entrada</numerusform>
            <numerusform>%n entradas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>Pseudonym seen by the destination: %1
SHA-256 of the bytes sent: %2
Fields: %3</source>
        <translation>Seudónimo visto por el destino: %1
SHA-256 de los bytes enviados: %2
Campos: %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>deleted patient #%1</source>
        <translation>paciente eliminado n.º %1</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s)</source>
        <translation>
            <numerusform>%n campo</numerusform>
            <numerusform>%n campos</numerusform>
        </translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Sent to</source>
        <translation>Enviado a</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
</context>
<context>
    <name>ClientRegistry</name>
    <message>
        <source>Cannot read the clients file %1: %2</source>
        <translation>No se puede leer el archivo de clientes %1: %2</translation>
    </message>
    <message>
        <source>The clients file %1 is not a JSON object (%2 at offset %3)</source>
        <translation>El archivo de clientes %1 no es un objeto JSON (%2 en la posición %3)</translation>
    </message>
    <message>
        <source>The clients file %1 has no &quot;clients&quot; array</source>
        <translation>El archivo de clientes %1 no contiene ninguna matriz «clients»</translation>
    </message>
    <message>
        <source>The clients file %1: entry clients[%2] needs a &quot;name&quot; and a 64-hex &quot;sha256&quot;</source>
        <translation>Archivo de clientes %1: la entrada clients[%2] necesita un «name» y un «sha256» de 64 dígitos hexadecimales</translation>
    </message>
    <message>
        <source>Cannot write the clients file %1: %2</source>
        <translation>No se puede escribir el archivo de clientes %1: %2</translation>
    </message>
    <message>
        <source>A client needs a name</source>
        <translation>Un cliente necesita un nombre</translation>
    </message>
    <message>
        <source>A client named &quot;%1&quot; already exists</source>
        <translation>Ya existe un cliente llamado «%1»</translation>
    </message>
</context>
<context>
    <name>ConnectionGuard</name>
    <message>
        <source>request body of %1 bytes is larger than the limit of %2 bytes</source>
        <translation>el cuerpo de la solicitud, de %1 bytes, supera el límite de %2 bytes</translation>
    </message>
    <message>
        <source>request header larger than %1 bytes</source>
        <translation>encabezado de la solicitud mayor de %1 bytes</translation>
    </message>
    <message>
        <source>request body larger than the limit of %1 bytes</source>
        <translation>cuerpo de la solicitud mayor que el límite de %1 bytes</translation>
    </message>
    <message>
        <source>request not complete within %1 ms</source>
        <translation>solicitud no completada en %1 ms</translation>
    </message>
</context>
<context>
    <name>Crypto</name>
    <message>
        <source>SHA-256 computation failed (OpenSSL)</source>
        <translation>Error en el cálculo de SHA-256 (OpenSSL)</translation>
    </message>
    <message>
        <source>HMAC-SHA256 computation failed (OpenSSL)</source>
        <translation>Error en el cálculo de HMAC-SHA256 (OpenSSL)</translation>
    </message>
    <message>
        <source>The system random generator failed (OpenSSL RAND_bytes)</source>
        <translation>Ha fallado el generador aleatorio del sistema (OpenSSL RAND_bytes)</translation>
    </message>
</context>
<context>
    <name>CurlTransport</name>
    <message>
        <source>&apos;%1&apos; is not a valid URL</source>
        <translation>«%1» no es una URL válida</translation>
    </message>
    <message>
        <source>plain http:// is refused for %1: patient data is only sent over https (http:// is allowed to this computer only)</source>
        <translation>se rechaza http:// sin cifrar para %1: los datos de pacientes solo se envían por https (http:// solo se permite hacia este ordenador)</translation>
    </message>
    <message>
        <source>unsupported URL scheme &apos;%1&apos; (https:// only)</source>
        <translation>esquema de URL «%1» no admitido (solo https://)</translation>
    </message>
    <message>
        <source>response larger than %1 bytes</source>
        <translation>respuesta mayor de %1 bytes</translation>
    </message>
    <message>
        <source>libcurl could not set up the request</source>
        <translation>libcurl no ha podido preparar la solicitud</translation>
    </message>
</context>
<context>
    <name>CurrentPatient</name>
    <message>
        <source>Cannot open the patient</source>
        <translation>No se puede abrir el paciente</translation>
    </message>
    <message>
        <source>Cannot save the patient</source>
        <translation>No se puede guardar el paciente</translation>
    </message>
</context>
<context>
    <name>EvalCommand</name>
    <message>
        <source>Retrieval evaluation of phenotype matching on phenopackets (recall@k, MRR)</source>
        <translation>Evaluación de la recuperación por concordancia fenotípica en phenopackets (recall@k, MRR)</translation>
    </message>
    <message>
        <source>Cross-publication leave-one-out retrieval on phenopackets: each case with an observed term and a gene queries the cases of other publications by phenotype; a hit is a case with the same gene.</source>
        <translation>Recuperación leave-one-out entre publicaciones en phenopackets: cada caso con un término observado y un gen consulta por fenotipo los casos de otras publicaciones; un acierto es un caso con el mismo gen.</translation>
    </message>
    <message>
        <source>Phenopackets to search (default: dev set).</source>
        <translation>Phenopackets en los que buscar (por defecto: conjunto de desarrollo).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>Separate query phenopackets (default: leave-one-out on the index).</source>
        <translation>Phenopackets de consulta independientes (por defecto: leave-one-out sobre el índice).</translation>
    </message>
    <message>
        <source>Phenotype measure: %1, or &apos;all&apos; (default: combined).</source>
        <translation>Medida fenotípica: %1, o &apos;all&apos; (por defecto: combinada).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>Perturb queries: imprecision=P,noise=K,drop=D.</source>
        <translation>Perturbar las consultas: imprecision=P,noise=K,drop=D.</translation>
    </message>
    <message>
        <source>spec</source>
        <translation>espec</translation>
    </message>
    <message>
        <source>Random seed for --perturb (default 1).</source>
        <translation>Semilla aleatoria para --perturb (por defecto 1).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Weights of the combined measure: exact,ontology,geneProfile.</source>
        <translation>Pesos de la medida combinada: exact,ontology,geneProfile.</translation>
    </message>
    <message>
        <source>e,o,g</source>
        <translation>e,o,g</translation>
    </message>
    <message>
        <source>Penalty weight for contradicted excluded terms (default 0).</source>
        <translation>Peso de penalización de los términos excluidos contradichos (por defecto 0).</translation>
    </message>
    <message>
        <source>w</source>
        <translation>w</translation>
    </message>
    <message>
        <source>IC corpus: annotations (default) or cases.</source>
        <translation>Corpus del CI: annotations (por defecto) o cases.</translation>
    </message>
    <message>
        <source>corpus</source>
        <translation>corpus</translation>
    </message>
    <message>
        <source>Worker threads (default: all cores).</source>
        <translation>Hilos de trabajo (por defecto: todos los núcleos).</translation>
    </message>
    <message>
        <source>Print JSON instead of a table.</source>
        <translation>Mostrar JSON en lugar de una tabla.</translation>
    </message>
    <message>
        <source>Invalid --seed</source>
        <translation>--seed no válido</translation>
    </message>
    <message>
        <source>Invalid --weights (expected three numbers e,o,g)</source>
        <translation>--weights no válido (se esperaban tres números e,o,g)</translation>
    </message>
    <message>
        <source>Invalid --excluded-penalty</source>
        <translation>--excluded-penalty no válido</translation>
    </message>
    <message>
        <source>Unknown measure &apos;%1&apos;</source>
        <translation>Medida desconocida «%1»</translation>
    </message>
    <message>
        <source>Unknown --ic corpus &apos;%1&apos;</source>
        <translation>Corpus de --ic desconocido «%1»</translation>
    </message>
    <message>
        <source>warning: no gene profiles: %1</source>
        <translation>aviso: no hay perfiles génicos: %1</translation>
    </message>
    <message>
        <source>HPO %1; index %2 (%3 cases)</source>
        <translation>HPO %1; índice %2 (%3 casos)</translation>
    </message>
    <message>
        <source>; queries %1 (%2 cases)</source>
        <translation>; consultas %1 (%2 casos)</translation>
    </message>
    <message>
        <source>; cross-publication leave-one-out</source>
        <translation>; leave-one-out entre publicaciones</translation>
    </message>
    <message>
        <source>; perturbed %1, seed %2</source>
        <translation>; perturbado %1, semilla %2</translation>
    </message>
    <message>
        <source>measure</source>
        <translation>medida</translation>
    </message>
    <message>
        <source>queries</source>
        <translation>consultas</translation>
    </message>
</context>
<context>
    <name>FederatedQuery</name>
    <message>
        <source>unknown node &apos;%1&apos;</source>
        <translation>nodo desconocido «%1»</translation>
    </message>
    <message>
        <source>node &apos;%1&apos; is disabled</source>
        <translation>el nodo «%1» está desactivado</translation>
    </message>
    <message>
        <source>A federated query is already running</source>
        <translation>Ya hay una consulta federada en curso</translation>
    </message>
    <message>
        <source>No enabled node to query: add a node first (matchdesk-cli nodes add)</source>
        <translation>No hay ningún nodo activado que consultar: añada primero un nodo (matchdesk-cli nodes add)</translation>
    </message>
    <message>
        <source>Cannot compute the patient&apos;s pseudonym: %1</source>
        <translation>No se puede calcular el seudónimo del paciente: %1</translation>
    </message>
    <message>
        <source>no X-Auth-Token stored for node %1 (matchdesk-cli nodes add --token-stdin)</source>
        <translation>no hay ningún X-Auth-Token guardado para el nodo %1 (matchdesk-cli nodes add --token-stdin)</translation>
    </message>
    <message>
        <source>cancelled by the user</source>
        <translation>cancelado por el usuario</translation>
    </message>
</context>
<context>
    <name>FormatError</name>
    <message>
        <source>line %1</source>
        <translation>línea %1</translation>
    </message>
    <message>
        <source>record %1</source>
        <translation>registro %1</translation>
    </message>
</context>
<context>
    <name>FormatFiles</name>
    <message>
        <source>cannot write the file (%1)</source>
        <translation>no se puede escribir el archivo (%1)</translation>
    </message>
</context>
<context>
    <name>GeneCatalog</name>
    <message>
        <source>%1:1: not an HGNC table (the header lacks hgnc_id or symbol)</source>
        <translation>%1:1: no es una tabla HGNC (falta hgnc_id o symbol en el encabezado)</translation>
    </message>
    <message>
        <source>%1:%2: field hgnc_id: &apos;%3&apos; is not an HGNC id</source>
        <translation>%1:%2: campo hgnc_id: «%3» no es un identificador HGNC</translation>
    </message>
    <message>
        <source>%1: the gene catalog is empty</source>
        <translation>%1: el catálogo de genes está vacío</translation>
    </message>
    <message>
        <source>Cannot read the gene catalog %1: %2</source>
        <translation>No se puede leer el catálogo de genes %1: %2</translation>
    </message>
</context>
<context>
    <name>GenePhenotypeProfiles</name>
    <message>
        <source>No genes_to_phenotype.txt in %1</source>
        <translation>No hay genes_to_phenotype.txt en %1</translation>
    </message>
</context>
<context>
    <name>Gzip</name>
    <message>
        <source>cannot start the gzip decoder (out of memory)</source>
        <translation>no se puede iniciar el descompresor gzip (memoria insuficiente)</translation>
    </message>
    <message>
        <source>corrupt compressed data</source>
        <translation>datos comprimidos dañados</translation>
    </message>
    <message>
        <source>corrupt compressed data (%1)</source>
        <translation>datos comprimidos dañados (%1)</translation>
    </message>
    <message>
        <source>out of memory while decompressing</source>
        <translation>memoria insuficiente durante la descompresión</translation>
    </message>
    <message>
        <source>truncated compressed data (the file ends inside the gzip stream)</source>
        <translation>datos comprimidos truncados (el archivo termina en medio del flujo gzip)</translation>
    </message>
    <message>
        <source>cannot open the file (%1)</source>
        <translation>no se puede abrir el archivo (%1)</translation>
    </message>
    <message>
        <source>cannot read the file (%1)</source>
        <translation>no se puede leer el archivo (%1)</translation>
    </message>
    <message>
        <source>cannot start the gzip encoder (out of memory)</source>
        <translation>no se puede iniciar el compresor gzip (memoria insuficiente)</translation>
    </message>
    <message>
        <source>cannot compress the data (zlib error %1)</source>
        <translation>no se pueden comprimir los datos (error de zlib %1)</translation>
    </message>
</context>
<context>
    <name>HeartbeatResult</name>
    <message>
        <source>ok in %1 ms: %2, version %3, accepts %4</source>
        <translation>correcto en %1 ms: %2, versión %3, acepta %4</translation>
    </message>
    <message>
        <source>production</source>
        <translation>producción</translation>
    </message>
    <message>
        <source>not production</source>
        <translation>no producción</translation>
    </message>
</context>
<context>
    <name>HpoOntology</name>
    <message>
        <source>malformed stanza header</source>
        <translation>encabezado de estrofa mal formado</translation>
    </message>
    <message>
        <source>expected &apos;tag: value&apos;</source>
        <translation>se esperaba &apos;tag: value&apos;</translation>
    </message>
    <message>
        <source>empty id</source>
        <translation>id vacío</translation>
    </message>
    <message>
        <source>empty is_a</source>
        <translation>is_a vacío</translation>
    </message>
    <message>
        <source>definition is not a quoted string</source>
        <translation>la definición no es una cadena entre comillas</translation>
    </message>
    <message>
        <source>synonym is not a quoted string</source>
        <translation>el sinónimo no es una cadena entre comillas</translation>
    </message>
    <message>
        <source>unknown synonym scope &apos;%1&apos;</source>
        <translation>ámbito de sinónimo desconocido «%1»</translation>
    </message>
    <message>
        <source>[Term] without id</source>
        <translation>[Term] sin id</translation>
    </message>
    <message>
        <source>duplicate term id %1</source>
        <translation>id de término duplicado %1</translation>
    </message>
    <message>
        <source>term %1 has unknown parent %2</source>
        <translation>el término %1 tiene un padre desconocido %2</translation>
    </message>
    <message>
        <source>term %1 has obsolete parent %2</source>
        <translation>el término %1 tiene un padre obsoleto %2</translation>
    </message>
    <message>
        <source>%1: is_a cycle involving %2</source>
        <translation>%1: ciclo is_a que implica a %2</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>No se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>No hp.obo.gz or hp.obo in %1</source>
        <translation>No hay hp.obo.gz ni hp.obo en %1</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, línea %2: %3</translation>
    </message>
</context>
<context>
    <name>InformationContent</name>
    <message>
        <source>No genes_to_phenotype.txt or phenotype.hpoa in %1</source>
        <translation>No hay genes_to_phenotype.txt ni phenotype.hpoa en %1</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>No se puede abrir %1: %2</translation>
    </message>
</context>
<context>
    <name>JsonFields</name>
    <message>
        <source>required field missing</source>
        <translation>falta un campo obligatorio</translation>
    </message>
    <message>
        <source>must be a string, not %1</source>
        <translation>debe ser una cadena, no %1</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>no debe estar vacío</translation>
    </message>
    <message>
        <source>must be true or false, not %1</source>
        <translation>debe ser true o false, no %1</translation>
    </message>
    <message>
        <source>must be an object, not %1</source>
        <translation>debe ser un objeto, no %1</translation>
    </message>
    <message>
        <source>must be an array, not %1</source>
        <translation>debe ser una matriz, no %1</translation>
    </message>
    <message>
        <source>must be an integer, not %1</source>
        <translation>debe ser un número entero, no %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an integer</source>
        <translation>«%1» no es un número entero</translation>
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
        <translation>&lt;h3&gt;Ningún paciente abierto&lt;/h3&gt;&lt;p&gt;Elija un paciente a la izquierda, cree uno nuevo (Ctrl+N) o importe casos desde un phenopacket o un archivo MME JSON o VCF (Ctrl+I).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>New patient</source>
        <translation>Nuevo paciente</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <source>&amp;Phenotypes</source>
        <translation>&amp;Fenotipos</translation>
    </message>
    <message>
        <source>&amp;Variants</source>
        <translation>&amp;Variantes</translation>
    </message>
    <message>
        <source>&amp;Matches</source>
        <translation>&amp;Coincidencias</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Detalles</translation>
    </message>
    <message>
        <source>Loading the Human Phenotype Ontology…</source>
        <translation>Cargando la Human Phenotype Ontology…</translation>
    </message>
    <message>
        <source>HPO not available</source>
        <translation>HPO no disponible</translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s) imported</source>
        <translation>
            <numerusform>%n paciente importado</numerusform>
            <numerusform>%n pacientes importados</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking for new matches failed: %1</source>
        <translation>Ha fallado la búsqueda de coincidencias nuevas: %1</translation>
    </message>
    <message>
        <source>&amp;New patient</source>
        <translation>&amp;Nuevo paciente</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>&amp;Export patient…</source>
        <translation>&amp;Exportar paciente…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Delete patient…</source>
        <translation>E&amp;liminar paciente…</translation>
    </message>
    <message>
        <source>Ctrl+Del</source>
        <translation>Ctrl+Del</translation>
    </message>
    <message>
        <source>&amp;Undo delete</source>
        <translation>&amp;Deshacer eliminación</translation>
    </message>
    <message>
        <source>&amp;Find similar patients…</source>
        <translation>&amp;Buscar pacientes similares…</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>N&amp;odes…</source>
        <translation>N&amp;odos…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>&amp;Audit log…</source>
        <translation>Registro de &amp;auditoría…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>&amp;About MatchDesk</source>
        <translation>&amp;Acerca de MatchDesk</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Search &amp;patients</source>
        <translation>Buscar &amp;pacientes</translation>
    </message>
    <message>
        <source>P&amp;references…</source>
        <translation>P&amp;referencias…</translation>
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
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <source>&amp;Patient</source>
        <translation>&amp;Paciente</translation>
    </message>
    <message>
        <source>Phenotypes</source>
        <translation>Fenotipos</translation>
    </message>
    <message>
        <source>Variants</source>
        <translation>Variantes</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Coincidencias</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Herramientas</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Cannot create the patient</source>
        <translation>No se puede crear el paciente</translation>
    </message>
    <message>
        <source>Patient %1 created</source>
        <translation>Paciente %1 creado</translation>
    </message>
    <message>
        <source>Delete patient</source>
        <translation>Eliminar paciente</translation>
    </message>
    <message>
        <source>Delete %1 with its phenotypes, variants and matches?
You can undo this (Ctrl+Z) until MatchDesk is closed.</source>
        <translation>¿Eliminar %1 junto con sus fenotipos, variantes y coincidencias?
Puede deshacerlo (Ctrl+Z) mientras MatchDesk siga abierto.</translation>
    </message>
    <message>
        <source>%1 deleted. Undo with Ctrl+Z.</source>
        <translation>%1 eliminado. Deshacer con Ctrl+Z.</translation>
    </message>
    <message>
        <source>Delete undone</source>
        <translation>Eliminación deshecha</translation>
    </message>
    <message>
        <source>Send this patient&apos;s profile to the enabled nodes (%1)</source>
        <translation>Enviar el perfil de este paciente a los nodos activados (%1)</translation>
    </message>
    <message>
        <source>%1 – MatchDesk</source>
        <translation>%1 – MatchDesk</translation>
    </message>
    <message numerus="yes">
        <source>HPO %1 · %n term(s)</source>
        <translation>
            <numerusform>HPO %1 · %n término</numerusform>
            <numerusform>HPO %1 · %n términos</numerusform>
        </translation>
    </message>
    <message>
        <source>Human Phenotype Ontology release %1, © the HPO Consortium (see Help › About)</source>
        <translation>Human Phenotype Ontology, versión %1, © HPO Consortium (véase Ayuda › Acerca de)</translation>
    </message>
    <message>
        <source>Import patients</source>
        <translation>Importar pacientes</translation>
    </message>
    <message>
        <source>Patient files (*.json *.jsonl *.json.gz *.jsonl.gz *.vcf *.vcf.gz *.bcf);;Phenopackets (*.json *.jsonl *.json.gz *.jsonl.gz);;MME patient JSON (*.json);;VCF (*.vcf *.vcf.gz *.bcf);;All files (*)</source>
        <translation>Archivos de pacientes (*.json *.jsonl *.json.gz *.jsonl.gz *.vcf *.vcf.gz *.bcf);;Phenopackets (*.json *.jsonl *.json.gz *.jsonl.gz);;Paciente en MME JSON (*.json);;VCF (*.vcf *.vcf.gz *.bcf);;Todos los archivos (*)</translation>
    </message>
    <message numerus="yes">
        <source>Alerts (%n)</source>
        <extracomment>Toolbar action and dock title; %n is the number of unread alerts.</extracomment>
        <translation>
            <numerusform>Alertas (%n)</numerusform>
            <numerusform>Alertas (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertas</translation>
    </message>
    <message numerus="yes">
        <source>%n unread alert(s): new or changed matches of watched patients</source>
        <translation>
            <numerusform>%n alerta sin leer: coincidencias nuevas o modificadas de pacientes en seguimiento</numerusform>
            <numerusform>%n alertas sin leer: coincidencias nuevas o modificadas de pacientes en seguimiento</numerusform>
        </translation>
    </message>
    <message>
        <source>No unread alerts</source>
        <translation>No hay alertas sin leer</translation>
    </message>
</context>
<context>
    <name>MatchDetailWidget</name>
    <message>
        <source>&amp;Copy e-mail</source>
        <translation>&amp;Copiar correo electrónico</translation>
    </message>
    <message>
        <source>Open contact &amp;link</source>
        <translation>Abrir en&amp;lace de contacto</translation>
    </message>
    <message>
        <source>Triage status</source>
        <translation>Estado de triaje</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Notes on this match (kept on this computer)</source>
        <translation>Notas sobre esta coincidencia (se guardan en este ordenador)</translation>
    </message>
    <message>
        <source>Query term</source>
        <translation>Término de la consulta</translation>
    </message>
    <message>
        <source>Matched in the remote case</source>
        <translation>Correspondencia en el caso remoto</translation>
    </message>
    <message>
        <source>Phenotype explanation</source>
        <translation>Explicación fenotípica</translation>
    </message>
    <message>
        <source>Match details</source>
        <translation>Detalles de la coincidencia</translation>
    </message>
    <message>
        <source>Select a match to see why it matched and how to contact its clinician.</source>
        <translation>Seleccione una coincidencia para ver por qué coincide y cómo contactar con su médico responsable.</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otas:</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;%2 · score &lt;b&gt;%3&lt;/b&gt; (node score %4)&lt;/p&gt;</source>
        <translation>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;%2 · puntuación &lt;b&gt;%3&lt;/b&gt; (puntuación del nodo %4)&lt;/p&gt;</translation>
    </message>
    <message>
        <source>— no similar term</source>
        <translation>— ningún término similar</translation>
    </message>
    <message>
        <source>= %1</source>
        <translation>= %1</translation>
    </message>
    <message>
        <source>%1 (via %2)</source>
        <translation>%1 (a través de %2)</translation>
    </message>
    <message>
        <source>Information content of the shared ancestor: %1</source>
        <translation>Contenido de información del ancestro común: %1</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Shared genes&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;Genes compartidos&lt;/h4&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:gray&apos;&gt;No shared gene.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:gray&apos;&gt;Ningún gen compartido.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n identical variant(s)</source>
        <translation>
            <numerusform>%n variante idéntica</numerusform>
            <numerusform>%n variantes idénticas</numerusform>
        </translation>
    </message>
    <message>
        <source>different variants</source>
        <translation>variantes diferentes</translation>
    </message>
    <message>
        <source>, same zygosity</source>
        <translation>, misma cigosidad</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Contradictions&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;Contradicciones&lt;/h4&gt;</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Disclaimer of %1&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;Aviso legal de %1&lt;/h4&gt;</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Remote record %1&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;Registro remoto %1&lt;/h4&gt;</translation>
    </message>
</context>
<context>
    <name>MatchModel</name>
    <message>
        <source>new</source>
        <translation>nueva</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>revisada</translation>
    </message>
    <message>
        <source>contacted</source>
        <translation>contactada</translation>
    </message>
    <message>
        <source>collaborating</source>
        <translation>en colaboración</translation>
    </message>
    <message>
        <source>not relevant</source>
        <translation>no relevante</translation>
    </message>
    <message>
        <source>MatchDesk score %1 (phenotype %2, genotype %3): comparable across nodes</source>
        <translation>Puntuación de MatchDesk %1 (fenotipo %2, genotipo %3): comparable entre nodos</translation>
    </message>
    <message>
        <source>The node&apos;s own score: not comparable between nodes</source>
        <translation>Puntuación propia del nodo: no comparable entre nodos</translation>
    </message>
    <message>
        <source>No longer returned by %1</source>
        <translation>%1 ya no la devuelve</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 (withdrawn)</source>
        <translation>%1 (retirada)</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Node score</source>
        <translation>Puntuación del nodo</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Nodo</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Genes</source>
        <translation>Genes</translation>
    </message>
    <message>
        <source>Key shared phenotypes</source>
        <translation>Principales fenotipos compartidos</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>MatchesPage</name>
    <message>
        <source>Find similar patients…</source>
        <translation>Buscar pacientes similares…</translation>
    </message>
    <message>
        <source>Cancel query</source>
        <translation>Cancelar consulta</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Coincidencias</translation>
    </message>
    <message>
        <source>Filter matches</source>
        <translation>Filtrar coincidencias</translation>
    </message>
    <message>
        <source>Filter by gene, phenotype, node, contact or note</source>
        <translation>Filtrar por gen, fenotipo, nodo, contacto o nota</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtro de estado</translation>
    </message>
    <message>
        <source>All matches</source>
        <translation>Todas las coincidencias</translation>
    </message>
    <message>
        <source>Hide not relevant</source>
        <translation>Ocultar las no relevantes</translation>
    </message>
    <message>
        <source>New only</source>
        <translation>Solo nuevas</translation>
    </message>
    <message>
        <source>Cannot save the triage</source>
        <translation>No se puede guardar el triaje</translation>
    </message>
    <message>
        <source>Open a patient first.</source>
        <translation>Abra primero un paciente.</translation>
    </message>
    <message>
        <source>A query is running.</source>
        <translation>Hay una consulta en curso.</translation>
    </message>
    <message>
        <source>Consent to matchmaking (with its date) is not recorded for this patient: record it on the Details tab before anything can be sent.</source>
        <translation>No consta el consentimiento para la búsqueda de coincidencias (con su fecha) de este paciente: regístrelo en la pestaña Detalles antes de poder enviar nada.</translation>
    </message>
    <message>
        <source>No enabled node: add one in Tools › Nodes.</source>
        <translation>No hay ningún nodo activado: añada uno en Herramientas › Nodos.</translation>
    </message>
    <message>
        <source>Find similar patients</source>
        <translation>Buscar pacientes similares</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n resultado</numerusform>
            <numerusform>%n resultados</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>No matches yet. “Find similar patients” shows what will be sent, then asks every enabled node at once.</source>
        <translation>Todavía no hay coincidencias. «Buscar pacientes similares» muestra lo que se enviará y después consulta a la vez todos los nodos activados.</translation>
    </message>
</context>
<context>
    <name>MmeClient</name>
    <message>
        <source>no connection: %1</source>
        <translation>sin conexión: %1</translation>
    </message>
    <message>
        <source>no complete answer: %1</source>
        <translation>respuesta incompleta: %1</translation>
    </message>
    <message>
        <source>the node did not accept the token</source>
        <translation>el nodo no ha aceptado el token</translation>
    </message>
    <message>
        <source>unexpected HTTP status %1 (200 expected)</source>
        <translation>estado HTTP inesperado %1 (se esperaba 200)</translation>
    </message>
</context>
<context>
    <name>MmeMediaType</name>
    <message>
        <source>unsupported API version in Accept</source>
        <translation>versión de la API no admitida en Accept</translation>
    </message>
    <message>
        <source>Accept does not allow an MME media type</source>
        <translation>Accept no admite ningún tipo de medio MME</translation>
    </message>
    <message>
        <source>missing Content-Type; send application/vnd.ga4gh.matchmaker.v1.0+json</source>
        <translation>falta Content-Type; envíe application/vnd.ga4gh.matchmaker.v1.0+json</translation>
    </message>
    <message>
        <source>unsupported Content-Type; send application/vnd.ga4gh.matchmaker.vX.Y+json</source>
        <translation>Content-Type no admitido; envíe application/vnd.ga4gh.matchmaker.vX.Y+json</translation>
    </message>
    <message>
        <source>unsupported API version</source>
        <translation>versión de la API no admitida</translation>
    </message>
</context>
<context>
    <name>MmePatientReader</name>
    <message>
        <source>&apos;%1&apos; is not a URL (&lt;scheme&gt;:&lt;address&gt;)</source>
        <translation>«%1» no es una URL (&lt;esquema&gt;:&lt;dirección&gt;)</translation>
    </message>
    <message>
        <source>must be a string or a list of strings</source>
        <translation>debe ser una cadena o una lista de cadenas</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>debe ser una cadena</translation>
    </message>
    <message>
        <source>must be clinician, researcher or patient</source>
        <translation>debe ser clinician, researcher o patient</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an NCBI taxon id (NCBITaxon:&lt;id&gt;)</source>
        <translation>«%1» no es un identificador de taxón NCBI (NCBITaxon:&lt;id&gt;)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of FEMALE, MALE, OTHER, MIXED_SAMPLE, NOT_APPLICABLE</source>
        <translation>«%1» no es ninguno de FEMALE, MALE, OTHER, MIXED_SAMPLE, NOT_APPLICABLE</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>debe ser true o false</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a MIM: or Orphanet: id</source>
        <translation>«%1» no es un identificador MIM: ni Orphanet:</translation>
    </message>
    <message>
        <source>must be &quot;yes&quot; or &quot;no&quot;, not &apos;%1&apos;</source>
        <translation>debe ser «yes» o «no», no «%1»</translation>
    </message>
    <message>
        <source>%1.id: gene &apos;%2&apos; not found in the HGNC catalog, kept as given</source>
        <translation>%1.id: el gen «%2» no figura en el catálogo HGNC; se conserva tal cual</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not NCBI36, GRCh37 or GRCh38[.pN]</source>
        <translation>«%1» no es NCBI36, GRCh37 ni GRCh38[.pN]</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not 1-22, X, Y or MT (without &quot;chr&quot;)</source>
        <translation>«%1» no es 1-22, X, Y ni MT (sin «chr»)</translation>
    </message>
    <message>
        <source>must not be smaller than start (%1)</source>
        <translation>no debe ser menor que start (%1)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a sequence of A, C, G, T, N</source>
        <translation>«%1» no es una secuencia de A, C, G, T, N</translation>
    </message>
    <message>
        <source>must be 1 (heterozygous or hemizygous) or 2 (homozygous)</source>
        <translation>debe ser 1 (heterocigosis o hemicigosis) o 2 (homocigosis)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a Sequence Ontology id (SO:nnnnnnn)</source>
        <translation>«%1» no es un identificador de Sequence Ontology (SO:nnnnnnn)</translation>
    </message>
    <message>
        <source>needs at least one of features or genomicFeatures</source>
        <translation>necesita al menos features o genomicFeatures</translation>
    </message>
    <message>
        <source>not valid JSON (%1)</source>
        <translation>JSON no válido (%1)</translation>
    </message>
    <message>
        <source>longer than %1 bytes</source>
        <translation>tiene más de %1 bytes</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an HPO id (HP:nnnnnnn)</source>
        <translation>«%1» no es un identificador HPO (HP:nnnnnnn)</translation>
    </message>
    <message>
        <source>%1.%2: unknown field ignored</source>
        <translation>%1.%2: campo desconocido ignorado</translation>
    </message>
    <message>
        <source>required field missing</source>
        <translation>falta un campo obligatorio</translation>
    </message>
    <message>
        <source>must be a non-negative integer</source>
        <translation>debe ser un número entero no negativo</translation>
    </message>
    <message>
        <source>%1.id: gene &apos;%2&apos; is ambiguous in the HGNC catalog (%3), kept as given</source>
        <translation>%1.id: el gen «%2» es ambiguo en el catálogo HGNC (%3); se conserva tal cual</translation>
    </message>
</context>
<context>
    <name>MmePatientWriter</name>
    <message>
        <source>the MME id must be 1 to 255 bytes</source>
        <translation>el ID de MME debe tener entre 1 y 255 bytes</translation>
    </message>
    <message>
        <source>the responsible clinician needs a name and a contact URL (href) for MME</source>
        <translation>el médico responsable necesita un nombre y una URL de contacto (href) para MME</translation>
    </message>
    <message>
        <source>disorder %1 has no MME form (only OMIM and Orphanet), left out</source>
        <translation>la enfermedad %1 no tiene forma MME (solo OMIM y Orphanet); se omite</translation>
    </message>
    <message>
        <source>variant %1 has no gene: MME requires one, left out</source>
        <translation>la variante %1 no tiene gen: MME exige uno; se omite</translation>
    </message>
    <message>
        <source>neither phenotypic features nor genes to share</source>
        <translation>no hay rasgos fenotípicos ni genes que compartir</translation>
    </message>
</context>
<context>
    <name>MmeResponseParser</name>
    <message>
        <source>not JSON: %1 at byte %2</source>
        <translation>no es JSON: %1 en el byte %2</translation>
    </message>
    <message>
        <source>the response is not a JSON object</source>
        <translation>la respuesta no es un objeto JSON</translation>
    </message>
    <message>
        <source>results: mandatory array, got %1</source>
        <translation>results: matriz obligatoria, se ha recibido %1</translation>
    </message>
    <message>
        <source>must be an object, got %1</source>
        <translation>debe ser un objeto, se ha recibido %1</translation>
    </message>
    <message>
        <source>mandatory object, got %1</source>
        <translation>objeto obligatorio, se ha recibido %1</translation>
    </message>
    <message>
        <source>mandatory number, got %1</source>
        <translation>número obligatorio, se ha recibido %1</translation>
    </message>
    <message>
        <source>%1 is outside [0, 1]</source>
        <translation>%1 está fuera de [0, 1]</translation>
    </message>
    <message>
        <source>&apos;%1&apos; returned twice</source>
        <translation>«%1» devuelto dos veces</translation>
    </message>
    <message>
        <source>heartbeat: mandatory object, got %1</source>
        <translation>heartbeat: objeto obligatorio, se ha recibido %1</translation>
    </message>
    <message>
        <source>mandatory boolean, got %1</source>
        <translation>booleano obligatorio, se ha recibido %1</translation>
    </message>
    <message>
        <source>mandatory string, got %1</source>
        <translation>cadena obligatoria, se ha recibido %1</translation>
    </message>
    <message>
        <source>mandatory array, got %1</source>
        <translation>matriz obligatoria, se ha recibido %1</translation>
    </message>
    <message>
        <source>mandatory non-empty string, got %1</source>
        <translation>cadena no vacía obligatoria, se ha recibido %1</translation>
    </message>
    <message>
        <source>longer than 255 bytes</source>
        <translation>tiene más de 255 bytes</translation>
    </message>
    <message>
        <source>must be an array, got %1</source>
        <translation>debe ser una matriz, se ha recibido %1</translation>
    </message>
    <message>
        <source>needs at least one of features or genomicFeatures</source>
        <translation>necesita al menos features o genomicFeatures</translation>
    </message>
</context>
<context>
    <name>NodeCommandLine</name>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>orden desconocida «%1»</translation>
    </message>
    <message>
        <source>Clients file.</source>
        <translation>Archivo de clientes.</translation>
    </message>
    <message>
        <source>Client name.</source>
        <translation>Nombre del cliente.</translation>
    </message>
    <message>
        <source>add-client needs --clients FILE and --name NAME</source>
        <translation>add-client necesita --clients FILE y --name NAME</translation>
    </message>
    <message>
        <source>Client &quot;%1&quot; added to %2. The token above is shown only once; the file keeps its SHA-256.
</source>
        <translation>Cliente «%1» añadido a %2. El token de arriba solo se muestra una vez; el archivo guarda únicamente su SHA-256.
</translation>
    </message>
    <message>
        <source>Node database.</source>
        <translation>Base de datos del nodo.</translation>
    </message>
    <message>
        <source>Files to import.</source>
        <translation>Archivos que importar.</translation>
    </message>
    <message>
        <source>import needs --db FILE and at least one input file</source>
        <translation>import necesita --db FILE y al menos un archivo de entrada</translation>
    </message>
    <message>
        <source>warning: gene catalog not loaded (%1); gene ids are kept as given
</source>
        <translation>aviso: catálogo de genes no cargado (%1); los identificadores de genes se conservan tal cual
</translation>
    </message>
    <message numerus="yes">
        <source>imported %n case(s); the node holds %1</source>
        <translation>
            <numerusform>%n caso importado; el nodo contiene %1</numerusform>
            <numerusform>%n casos importados; el nodo contiene %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Address.</source>
        <translation>Dirección.</translation>
    </message>
    <message>
        <source>Certificate.</source>
        <translation>Certificado.</translation>
    </message>
    <message>
        <source>Key.</source>
        <translation>Clave privada.</translation>
    </message>
    <message>
        <source>Base path.</source>
        <translation>Ruta base.</translation>
    </message>
    <message>
        <source>Max results.</source>
        <translation>Número máximo de resultados.</translation>
    </message>
    <message>
        <source>Min score.</source>
        <translation>Puntuación mínima.</translation>
    </message>
    <message>
        <source>Disclaimer.</source>
        <translation>Aviso legal.</translation>
    </message>
    <message>
        <source>Disclaimer file.</source>
        <translation>Archivo del aviso legal.</translation>
    </message>
    <message>
        <source>Max body.</source>
        <translation>Tamaño máximo del cuerpo de la solicitud.</translation>
    </message>
    <message>
        <source>Timeout.</source>
        <translation>Tiempo de espera.</translation>
    </message>
    <message>
        <source>Production node.</source>
        <translation>Nodo de producción.</translation>
    </message>
    <message>
        <source>Contact.</source>
        <translation>Contacto.</translation>
    </message>
    <message>
        <source>Contact URL.</source>
        <translation>URL de contacto.</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>argumento inesperado «%1»</translation>
    </message>
    <message>
        <source>serve needs --db FILE, --listen HOST:PORT and --clients FILE</source>
        <translation>serve necesita --db FILE, --listen HOST:PORT y --clients FILE</translation>
    </message>
    <message>
        <source>--max-results must be an integer from 1 to 1000</source>
        <translation>--max-results debe ser un número entero entre 1 y 1000</translation>
    </message>
    <message>
        <source>--min-score must be a number from 0 to below 1</source>
        <translation>--min-score debe ser un número mayor o igual que 0 y menor que 1</translation>
    </message>
    <message>
        <source>--max-body must be an integer of at least 1024</source>
        <translation>--max-body debe ser un número entero igual o mayor que 1024</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>--listen must be HOST:PORT, e.g. 127.0.0.1:8443</source>
        <translation>--listen debe tener la forma HOST:PORT, p. ej., 127.0.0.1:8443</translation>
    </message>
    <message>
        <source>--listen: &quot;%1&quot; is not an IP address</source>
        <translation>--listen: «%1» no es una dirección IP</translation>
    </message>
    <message>
        <source>--tls-cert and --tls-key go together</source>
        <translation>--tls-cert y --tls-key deben indicarse juntos</translation>
    </message>
    <message>
        <source>No PEM certificate in %1</source>
        <translation>No hay ningún certificado PEM en %1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>No usable PEM private key (RSA or EC) in %1</source>
        <translation>No hay ninguna clave privada PEM utilizable (RSA o EC) en %1</translation>
    </message>
    <message>
        <source>Refusing plain HTTP on %1: without --tls-cert/--tls-key the node only listens on loopback (127.0.0.1 or ::1)</source>
        <translation>Se rechaza HTTP sin cifrar en %1: sin --tls-cert/--tls-key, el nodo solo escucha en la interfaz loopback (127.0.0.1 o ::1)</translation>
    </message>
    <message>
        <source>warning: serving plain HTTP on loopback only; use --tls-cert/--tls-key for a real node
</source>
        <translation>aviso: se sirve HTTP sin cifrar solo en la interfaz loopback; use --tls-cert/--tls-key para un nodo real
</translation>
    </message>
    <message>
        <source>warning: no clients in %1; every request will be answered 401
</source>
        <translation>aviso: no hay ningún cliente en %1; todas las solicitudes se responderán con 401
</translation>
    </message>
    <message>
        <source>Cannot load the HPO, which the node needs for matching: %1</source>
        <translation>No se puede cargar la HPO, que el nodo necesita para buscar coincidencias: %1</translation>
    </message>
    <message>
        <source>disease annotations</source>
        <translation>las anotaciones de enfermedades</translation>
    </message>
    <message>
        <source>warning: HPO annotations not loaded (%1); information content from the node&apos;s cases
</source>
        <translation>aviso: anotaciones de la HPO no cargadas (%1); contenido de información calculado a partir de los casos del nodo
</translation>
    </message>
    <message>
        <source>the node&apos;s cases</source>
        <translation>los casos del nodo</translation>
    </message>
    <message>
        <source>warning: gene phenotype profiles not loaded (%1); scoring without them
</source>
        <translation>aviso: perfiles fenotípicos de los genes no cargados (%1); se puntúa sin ellos
</translation>
    </message>
    <message>
        <source>warning: gene catalog not loaded (%1); gene ids are checked by form only
</source>
        <translation>aviso: catálogo de genes no cargado (%1); de los identificadores de genes solo se comprueba el formato
</translation>
    </message>
    <message>
        <source>Cannot set up signal handling</source>
        <translation>No se puede configurar la gestión de señales</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) loaded in %1 ms (reference data %2 ms, database %3 ms, index %4 ms; information content from %5)</source>
        <translation>
            <numerusform>%n caso cargado en %1 ms (datos de referencia %2 ms, base de datos %3 ms, índice %4 ms; contenido de información a partir de %5)</numerusform>
            <numerusform>%n casos cargados en %1 ms (datos de referencia %2 ms, base de datos %3 ms, índice %4 ms; contenido de información a partir de %5)</numerusform>
        </translation>
    </message>
    <message>
        <source>stopped
</source>
        <translation>detenido
</translation>
    </message>
    <message>
        <source>--request-timeout must be a number of seconds greater than 0 and at most 3600</source>
        <translation>--request-timeout debe ser un número de segundos mayor que 0 y no superior a 3600</translation>
    </message>
</context>
<context>
    <name>NodeEditDialog</name>
    <message>
        <source>&amp;Enabled: included in queries</source>
        <translation>&amp;Activado: incluido en las consultas</translation>
    </message>
    <message>
        <source>Add node</source>
        <translation>Añadir nodo</translation>
    </message>
    <message>
        <source>Edit node %1</source>
        <translation>Editar nodo %1</translation>
    </message>
    <message>
        <source>Node name</source>
        <translation>Nombre del nodo</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>URL base</translation>
    </message>
    <message>
        <source>https://node.example.org/mme</source>
        <translation>https://node.example.org/mme</translation>
    </message>
    <message>
        <source>MME API version</source>
        <translation>Versión de la API de MME</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Token de acceso</translation>
    </message>
    <message>
        <source>stored in the keychain – type to replace</source>
        <translation>guardado en el llavero – escriba para sustituirlo</translation>
    </message>
    <message>
        <source>X-Auth-Token</source>
        <translation>X-Auth-Token</translation>
    </message>
    <message>
        <source>The token is kept in the system keychain and never shown again.</source>
        <translation>El token se guarda en el llavero del sistema y no se vuelve a mostrar.</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Connect timeout</source>
        <translation>Tiempo de espera de conexión</translation>
    </message>
    <message>
        <source>Total timeout</source>
        <translation>Tiempo de espera total</translation>
    </message>
    <message>
        <source>CA bundle</source>
        <translation>Paquete de CA</translation>
    </message>
    <message>
        <source>system certificate store</source>
        <translation>almacén de certificados del sistema</translation>
    </message>
    <message>
        <source>Pinned public key</source>
        <translation>Clave pública fijada</translation>
    </message>
    <message>
        <source>sha256//… (optional)</source>
        <translation>sha256//… (opcional)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Base &amp;URL:</source>
        <translation>&amp;URL base:</translation>
    </message>
    <message>
        <source>API &amp;version:</source>
        <translation>&amp;Versión de la API:</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>&amp;Connect timeout:</source>
        <translation>Tiempo de espera de &amp;conexión:</translation>
    </message>
    <message>
        <source>T&amp;otal timeout:</source>
        <translation>Tiempo de espera t&amp;otal:</translation>
    </message>
    <message>
        <source>CA &amp;bundle:</source>
        <translation>&amp;Paquete de CA:</translation>
    </message>
    <message>
        <source>&amp;Pinned key:</source>
        <translation>Clave &amp;fijada:</translation>
    </message>
    <message>
        <source>Give the node a name.</source>
        <translation>Asigne un nombre al nodo.</translation>
    </message>
    <message>
        <source>Enter the node&apos;s base URL (https://…).</source>
        <translation>Introduzca la URL base del nodo (https://…).</translation>
    </message>
    <message>
        <source>Plain http is only allowed on this computer (localhost); use https.</source>
        <translation>El http sin cifrar solo se permite en este ordenador (localhost); use https.</translation>
    </message>
</context>
<context>
    <name>NodeHttpServer</name>
    <message>
        <source>Cannot listen on %1:%2: %3</source>
        <translation>No se puede escuchar en %1:%2: %3</translation>
    </message>
</context>
<context>
    <name>NodeModel</name>
    <message>
        <source>Set by your IT department</source>
        <translation>Definido por su departamento de informática</translation>
    </message>
    <message>
        <source>%1 (policy)</source>
        <translation>%1 (directiva)</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>activado</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Nodo</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>URL base</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Last test</source>
        <translation>Última prueba</translation>
    </message>
</context>
<context>
    <name>NodeRequestParser</name>
    <message>
        <source>invalid JSON: %1 at offset %2</source>
        <translation>JSON no válido: %1 en la posición %2</translation>
    </message>
    <message>
        <source>the request body must be a JSON object with a &quot;patient&quot;</source>
        <translation>el cuerpo de la solicitud debe ser un objeto JSON con un «patient»</translation>
    </message>
    <message>
        <source>is mandatory</source>
        <translation>es obligatorio</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>debe ser un objeto</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>debe ser una cadena</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a current HPO term</source>
        <translation>«%1» no es un término HPO vigente</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an Ensembl gene id, Entrez id, HGNC id or HGNC symbol</source>
        <translation>«%1» no es un ID de gen de Ensembl, un ID de Entrez, un ID de HGNC ni un símbolo HGNC</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a known gene (HGNC)</source>
        <translation>«%1» no es un gen conocido (HGNC)</translation>
    </message>
</context>
<context>
    <name>NodeResult</name>
    <message numerus="yes">
        <source>ok %n result(s) in %1 ms</source>
        <translation>
            <numerusform>correcto: %n resultado en %1 ms</numerusform>
            <numerusform>correcto: %n resultados en %1 ms</numerusform>
        </translation>
    </message>
    <message>
        <source>timeout after %1 ms (%2)</source>
        <translation>tiempo de espera agotado tras %1 ms (%2)</translation>
    </message>
    <message>
        <source> (node supports %1)</source>
        <translation> (el nodo admite %1)</translation>
    </message>
    <message numerus="yes">
        <source>; %n invalid result(s) dropped</source>
        <translation>
            <numerusform>; %n resultado no válido descartado</numerusform>
            <numerusform>; %n resultados no válidos descartados</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NodeService</name>
    <message>
        <source>no such resource; the node serves %1/match, %1/heartbeat and %1/metrics</source>
        <translation>no existe ese recurso; el nodo ofrece %1/match, %1/heartbeat y %1/metrics</translation>
    </message>
    <message>
        <source>method %1 not allowed; use %2</source>
        <translation>método %1 no permitido; use %2</translation>
    </message>
    <message>
        <source>missing X-Auth-Token</source>
        <translation>falta X-Auth-Token</translation>
    </message>
    <message>
        <source>invalid X-Auth-Token</source>
        <translation>X-Auth-Token no válido</translation>
    </message>
    <message>
        <source>request body larger than %1 bytes</source>
        <translation>cuerpo de la solicitud mayor de %1 bytes</translation>
    </message>
</context>
<context>
    <name>NodeStatus</name>
    <message>
        <source>waiting</source>
        <translation>en espera</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>correcto</translation>
    </message>
    <message>
        <source>timeout</source>
        <translation>tiempo de espera agotado</translation>
    </message>
    <message>
        <source>connection failed</source>
        <translation>error de conexión</translation>
    </message>
    <message>
        <source>TLS error</source>
        <translation>error de TLS</translation>
    </message>
    <message>
        <source>401 unauthorized</source>
        <translation>401 no autorizado</translation>
    </message>
    <message>
        <source>406 version not accepted</source>
        <translation>406 versión no aceptada</translation>
    </message>
    <message>
        <source>HTTP error</source>
        <translation>error HTTP</translation>
    </message>
    <message>
        <source>malformed response</source>
        <translation>respuesta mal formada</translation>
    </message>
    <message>
        <source>response too large</source>
        <translation>respuesta demasiado grande</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>no enviado</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
</context>
<context>
    <name>NodeStatusStrip</name>
    <message>
        <source>◐ %1 · waiting…</source>
        <translation>◐ %1 · en espera…</translation>
    </message>
    <message>
        <source>%1: waiting for the answer</source>
        <translation>%1: esperando la respuesta</translation>
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
        <translation>%1 %2 · en espera…</translation>
    </message>
</context>
<context>
    <name>NodesDialog</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Añadir…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Probar conexión</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Desactivar</translation>
    </message>
    <message>
        <source>Matchmaker Exchange nodes</source>
        <translation>Nodos de Matchmaker Exchange</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>Nodos</translation>
    </message>
    <message>
        <source>Node settings are set by your IT department.</source>
        <translation>La configuración de los nodos la define su departamento de informática.</translation>
    </message>
    <message>
        <source>Set by your IT department</source>
        <translation>Definido por su departamento de informática</translation>
    </message>
    <message>
        <source>E&amp;nable</source>
        <translation>A&amp;ctivar</translation>
    </message>
    <message>
        <source>Cannot add the node</source>
        <translation>No se puede añadir el nodo</translation>
    </message>
    <message>
        <source>A node named %1 already exists.</source>
        <translation>Ya existe un nodo llamado %1.</translation>
    </message>
    <message>
        <source>Cannot save the node</source>
        <translation>No se puede guardar el nodo</translation>
    </message>
    <message>
        <source>Token not stored</source>
        <translation>Token no guardado</translation>
    </message>
    <message>
        <source>token stored in %1</source>
        <translation>token guardado en %1</translation>
    </message>
    <message>
        <source>Remove node</source>
        <translation>Quitar nodo</translation>
    </message>
    <message>
        <source>Remove the node %1 and its stored token? Matches already received are kept.</source>
        <translation>¿Quitar el nodo %1 y su token guardado? Las coincidencias ya recibidas se conservan.</translation>
    </message>
    <message>
        <source>Cannot remove the node</source>
        <translation>No se puede quitar el nodo</translation>
    </message>
    <message>
        <source>testing…</source>
        <translation>probando…</translation>
    </message>
</context>
<context>
    <name>OutgoingRequest</name>
    <message>
        <source>granted without a date</source>
        <translation>otorgado sin fecha</translation>
    </message>
    <message>
        <source>Patient %1 cannot be sent to matchmaking nodes: no recorded consent for matching (consent: %2). Record the consent and its date first.</source>
        <translation>El paciente %1 no se puede enviar a los nodos de búsqueda de coincidencias: no consta consentimiento para la búsqueda de coincidencias (consentimiento: %2). Registre primero el consentimiento y su fecha.</translation>
    </message>
    <message>
        <source>Patient %1 cannot be sent: the responsible clinician (contact name and e-mail or contact URL) is missing.</source>
        <translation>El paciente %1 no se puede enviar: falta el médico responsable (nombre de contacto y correo electrónico o URL de contacto).</translation>
    </message>
    <message>
        <source>Patient %1 cannot be sent: it has neither an observed phenotype nor a candidate gene to match on.</source>
        <translation>El paciente %1 no se puede enviar: no tiene ningún fenotipo observado ni ningún gen candidato con el que buscar coincidencias.</translation>
    </message>
    <message>
        <source>Patient %1 cannot be sent: no pseudonym.</source>
        <translation>El paciente %1 no se puede enviar: no tiene seudónimo.</translation>
    </message>
    <message>
        <source>Patient %1 cannot be sent: %2</source>
        <translation>El paciente %1 no se puede enviar: %2</translation>
    </message>
    <message>
        <source>Patient %1 was not sent: the payload would contain its local id or label.</source>
        <translation>El paciente %1 no se ha enviado: los datos contendrían su ID local o su etiqueta.</translation>
    </message>
    <message>
        <source>(patient without id)</source>
        <translation>(paciente sin ID)</translation>
    </message>
</context>
<context>
    <name>PatientDetailsPage</name>
    <message>
        <source>Add disorder</source>
        <translation>Añadir enfermedad</translation>
    </message>
    <message>
        <source>Remove disorder</source>
        <translation>Quitar enfermedad</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>e.g. initials and year; stays on this computer</source>
        <translation>p. ej., iniciales y año; se queda en este ordenador</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Femenino</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Masculino</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Consent to matchmaking</source>
        <translation>Consentimiento para la búsqueda de coincidencias</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>No registrado</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Otorgado</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Denegado</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirado</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>Fecha del consentimiento</translation>
    </message>
    <message>
        <source>Clinician name</source>
        <translation>Nombre del médico</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institución</translation>
    </message>
    <message>
        <source>Clinician e-mail</source>
        <translation>Correo electrónico del médico</translation>
    </message>
    <message>
        <source>Contact link</source>
        <translation>Enlace de contacto</translation>
    </message>
    <message>
        <source>mailto: address or https contact form</source>
        <translation>dirección mailto: o formulario de contacto https</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>&amp;Label (local only):</source>
        <translation>&amp;Etiqueta (solo local):</translation>
    </message>
    <message>
        <source>Local id:</source>
        <translation>ID local:</translation>
    </message>
    <message>
        <source>&amp;Sex:</source>
        <translation>&amp;Sexo:</translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation>Es&amp;tado:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>Responsible clinician (shared with matches)</source>
        <translation>Médico responsable (se comparte con las coincidencias)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Institution:</source>
        <translation>&amp;Institución:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Correo electrónico:</translation>
    </message>
    <message>
        <source>Contact &amp;link:</source>
        <translation>En&amp;lace de contacto:</translation>
    </message>
    <message>
        <source>Disorder id</source>
        <translation>ID de la enfermedad</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>Excluida</translation>
    </message>
    <message>
        <source>Disorders</source>
        <translation>Enfermedades</translation>
    </message>
    <message>
        <source>Disorders (OMIM / ORPHA)</source>
        <translation>Enfermedades (OMIM / ORPHA)</translation>
    </message>
    <message>
        <source>This patient may be shared with matchmaking nodes.</source>
        <translation>Este paciente puede compartirse con los nodos de búsqueda de coincidencias.</translation>
    </message>
    <message>
        <source>Without granted consent (with its date) the patient cannot be sent to any node.</source>
        <translation>Sin consentimiento otorgado (con su fecha), el paciente no se puede enviar a ningún nodo.</translation>
    </message>
</context>
<context>
    <name>PatientImporter</name>
    <message>
        <source>%1: already in the database</source>
        <translation>%1: ya está en la base de datos</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importando %1…</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Importación finalizada</translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s) imported from %1.</source>
        <translation>
            <numerusform>%n paciente importado de %1.</numerusform>
            <numerusform>%n pacientes importados de %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) left out:</source>
        <translation>
            <numerusform>%n registro omitido:</numerusform>
            <numerusform>%n registros omitidos:</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot import %1</source>
        <translation>No se puede importar %1</translation>
    </message>
    <message>
        <source>Import variants from VCF</source>
        <translation>Importar variantes desde un VCF</translation>
    </message>
    <message>
        <source>VCF files (*.vcf *.vcf.gz *.bcf);;All files (*)</source>
        <translation>Archivos VCF (*.vcf *.vcf.gz *.bcf);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Export patient as phenopacket</source>
        <translation>Exportar paciente como phenopacket</translation>
    </message>
    <message>
        <source>Phenopacket (*.json);;Compressed phenopacket (*.json.gz)</source>
        <translation>Phenopacket (*.json);;Phenopacket comprimido (*.json.gz)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Error en la exportación</translation>
    </message>
</context>
<context>
    <name>PatientListModel</name>
    <message numerus="yes">
        <source>%1 (local id %2)
%n observed term(s)</source>
        <translation>
            <numerusform>%1 (ID local %2)
%n término observado</numerusform>
            <numerusform>%1 (ID local %2)
%n términos observados</numerusform>
        </translation>
    </message>
    <message>
        <source>Consent to matchmaking not recorded</source>
        <translation>No consta el consentimiento para la búsqueda de coincidencias</translation>
    </message>
    <message numerus="yes">
        <source>%n observed term(s)</source>
        <translation>
            <numerusform>%n término observado</numerusform>
            <numerusform>%n términos observados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new match(es)</source>
        <translation>
            <numerusform>%n coincidencia nueva</numerusform>
            <numerusform>%n coincidencias nuevas</numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Términos</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevas</translation>
    </message>
    <message>
        <source>Last queried</source>
        <translation>Última consulta</translation>
    </message>
</context>
<context>
    <name>PatientListWidget</name>
    <message>
        <source>Search patients (Ctrl+F)</source>
        <translation>Buscar pacientes (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search patients</source>
        <translation>Buscar pacientes</translation>
    </message>
    <message>
        <source>Patient filter</source>
        <translation>Filtro de pacientes</translation>
    </message>
    <message>
        <source>All patients</source>
        <translation>Todos los pacientes</translation>
    </message>
    <message>
        <source>With new matches</source>
        <translation>Con coincidencias nuevas</translation>
    </message>
    <message>
        <source>Consent missing</source>
        <translation>Falta el consentimiento</translation>
    </message>
    <message>
        <source>Never queried</source>
        <translation>Nunca consultados</translation>
    </message>
    <message>
        <source>Not queried for 90 days</source>
        <translation>Sin consultar en 90 días</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Pacientes</translation>
    </message>
    <message>
        <source>No patients yet.
Create one (Ctrl+N) or import a phenopacket, MME JSON or VCF file (Ctrl+I).</source>
        <translation>Todavía no hay pacientes.
Cree uno (Ctrl+N) o importe un phenopacket o un archivo MME JSON o VCF (Ctrl+I).</translation>
    </message>
    <message>
        <source>No patient matches the search or filter.</source>
        <translation>Ningún paciente coincide con la búsqueda o el filtro.</translation>
    </message>
</context>
<context>
    <name>PatientSummaryPane</name>
    <message>
        <source>&lt;h3&gt;Getting started&lt;/h3&gt;&lt;ol&gt;&lt;li&gt;Create or import a patient.&lt;/li&gt;&lt;li&gt;Record consent and the responsible clinician (Details).&lt;/li&gt;&lt;li&gt;Enter observed and excluded HPO terms (Phenotypes).&lt;/li&gt;&lt;li&gt;Add candidate genes or variants (Variants).&lt;/li&gt;&lt;li&gt;Find similar patients on the Matchmaker Exchange nodes.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;h3&gt;Primeros pasos&lt;/h3&gt;&lt;ol&gt;&lt;li&gt;Cree o importe un paciente.&lt;/li&gt;&lt;li&gt;Registre el consentimiento y el médico responsable (Detalles).&lt;/li&gt;&lt;li&gt;Introduzca los términos HPO observados y excluidos (Fenotipos).&lt;/li&gt;&lt;li&gt;Añada genes o variantes candidatos (Variantes).&lt;/li&gt;&lt;li&gt;Busque pacientes similares en los nodos de Matchmaker Exchange.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>Consent granted on %1</source>
        <translation>Consentimiento otorgado el %1</translation>
    </message>
    <message>
        <source>Consent to matchmaking not recorded</source>
        <translation>No consta el consentimiento para la búsqueda de coincidencias</translation>
    </message>
    <message numerus="yes">
        <source>%n observed term(s)</source>
        <translation>
            <numerusform>%n término observado</numerusform>
            <numerusform>%n términos observados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n excluded</source>
        <translation>
            <numerusform>%n excluido</numerusform>
            <numerusform>%n excluidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n candidate variant(s)</source>
        <translation>
            <numerusform>%n variante candidata</numerusform>
            <numerusform>%n variantes candidatas</numerusform>
        </translation>
    </message>
    <message>
        <source>No responsible clinician</source>
        <translation>Sin médico responsable</translation>
    </message>
    <message>
        <source>Contact: %1</source>
        <translation>Contacto: %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Origen: %1</translation>
    </message>
    <message>
        <source>Local id: %1</source>
        <translation>ID local: %1</translation>
    </message>
</context>
<context>
    <name>PhenopacketReader</name>
    <message>
        <source>&apos;%1&apos; is not a Phenopacket v2 schema version</source>
        <translation>«%1» no es una versión del esquema Phenopacket v2</translation>
    </message>
    <message>
        <source>%1: metaData missing</source>
        <translation>%1: falta metaData</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an HPO id (HP:nnnnnnn)</source>
        <translation>«%1» no es un identificador HPO (HP:nnnnnnn)</translation>
    </message>
    <message>
        <source>needs either gene or variantInterpretation</source>
        <translation>necesita gene o variantInterpretation</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <source>not valid JSON (%1)</source>
        <translation>JSON no válido (%1)</translation>
    </message>
    <message>
        <source>document %1</source>
        <translation>documento %1</translation>
    </message>
    <message>
        <source>must be a JSON object, not %1</source>
        <translation>debe ser un objeto JSON, no %1</translation>
    </message>
    <message>
        <source>must be a JSON object (a phenopacket)</source>
        <translation>debe ser un objeto JSON (un phenopacket)</translation>
    </message>
    <message>
        <source>import cancelled</source>
        <translation>importación cancelada</translation>
    </message>
    <message>
        <source>%1: HPO ids kept as given (no ontology loaded to map alternative and obsolete ids)</source>
        <translation>%1: identificadores HPO conservados tal cual (no hay ninguna ontología cargada para resolver los identificadores alternativos y obsoletos)</translation>
    </message>
    <message>
        <source>%1: %2 is an alternative id, mapped to %3</source>
        <translation>%1: %2 es un identificador alternativo; se ha resuelto como %3</translation>
    </message>
    <message>
        <source>%1: %2 is obsolete, replaced by %3</source>
        <translation>%1: %2 está obsoleto; se ha sustituido por %3</translation>
    </message>
    <message>
        <source>%1: %2 is obsolete without replacement, kept as given</source>
        <translation>%1: %2 está obsoleto y no tiene sustituto; se conserva tal cual</translation>
    </message>
    <message>
        <source>%1: %2 is not in the ontology, kept as given</source>
        <translation>%1: %2 no figura en la ontología; se conserva tal cual</translation>
    </message>
    <message>
        <source>%1 is not a sex enum value (0-3)</source>
        <translation>%1 no es un valor de la enumeración de sexo (0-3)</translation>
    </message>
    <message>
        <source>must be a string, not %1</source>
        <translation>debe ser una cadena, no %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of UNKNOWN_SEX, FEMALE, MALE, OTHER_SEX</source>
        <translation>«%1» no es ninguno de UNKNOWN_SEX, FEMALE, MALE, OTHER_SEX</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>debe ser una cadena</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an ACMG classification</source>
        <translation>«%1» no es una clasificación ACMG</translation>
    </message>
    <message>
        <source>%1 is not an ACMG classification</source>
        <translation>%1 no es una clasificación ACMG</translation>
    </message>
    <message>
        <source>must be a 1-based position (at least 1), not %1</source>
        <translation>debe ser una posición basada en 1 (como mínimo 1), no %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a GENO id</source>
        <translation>«%1» no es un identificador GENO</translation>
    </message>
</context>
<context>
    <name>PhenotypeFeatureModel</name>
    <message>
        <source>%1 is not a current HPO term</source>
        <translation>%1 no es un término HPO vigente</translation>
    </message>
    <message>
        <source>Redundant: %1 is an ancestor of %2, which is also observed</source>
        <translation>Redundante: %1 es un ancestro de %2, que también está observado</translation>
    </message>
    <message>
        <source>Conflict: %1 is both observed and excluded</source>
        <translation>Conflicto: %1 está a la vez observado y excluido</translation>
    </message>
    <message>
        <source>Conflict: %1 is excluded but its descendant %2 is observed</source>
        <translation>Conflicto: %1 está excluido, pero su descendiente %2 está observado</translation>
    </message>
    <message>
        <source>English: %1 (machine translation, not yet approved)</source>
        <translation>Inglés: %1 (traducción automática, aún no aprobada)</translation>
    </message>
    <message>
        <source>English: %1</source>
        <translation>Inglés: %1</translation>
    </message>
    <message>
        <source>excluded</source>
        <translation>excluido</translation>
    </message>
    <message>
        <source>observed</source>
        <translation>observado</translation>
    </message>
    <message>
        <source>Phenotype</source>
        <translation>Fenotipo</translation>
    </message>
    <message>
        <source>HPO id</source>
        <translation>ID de HPO</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Onset</source>
        <translation>Inicio</translation>
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
        <translation>Añadir como &amp;observado</translation>
    </message>
    <message>
        <source>Add e&amp;xcluded</source>
        <translation>Añadir como e&amp;xcluido</translation>
    </message>
    <message>
        <source>Observed ⇄ excluded</source>
        <translation>Observado ⇄ excluido</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Search HPO terms</source>
        <translation>Buscar términos HPO</translation>
    </message>
    <message>
        <source>HPO suggestions</source>
        <translation>Sugerencias de HPO</translation>
    </message>
    <message>
        <source>Return adds the highlighted term as observed, Shift+Return as excluded; ↑/↓ choose.</source>
        <translation>Intro añade el término resaltado como observado; Mayús+Intro, como excluido; ↑/↓ para elegir.</translation>
    </message>
    <message>
        <source>Onset of the next term</source>
        <translation>Edad de inicio del siguiente término</translation>
    </message>
    <message>
        <source>Phenotype profile</source>
        <translation>Perfil fenotípico</translation>
    </message>
    <message>
        <source>&amp;Find term:</source>
        <translation>&amp;Buscar término:</translation>
    </message>
    <message>
        <source>O&amp;nset:</source>
        <translation>&amp;Inicio:</translation>
    </message>
    <message>
        <source>Type a phenotype, synonym or HPO id (Ctrl+T), e.g. “seizure” or HP:0001250</source>
        <translation>Escriba un fenotipo, un sinónimo o un identificador HPO (Ctrl+T), p. ej., «crisis epiléptica» o HP:0001250</translation>
    </message>
    <message>
        <source>Loading the Human Phenotype Ontology…</source>
        <translation>Cargando la Human Phenotype Ontology…</translation>
    </message>
    <message>
        <source>Onset unknown</source>
        <translation>Inicio desconocido</translation>
    </message>
    <message numerus="yes">
        <source>%n observed</source>
        <translation>
            <numerusform>%n observado</numerusform>
            <numerusform>%n observados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n excluded</source>
        <translation>
            <numerusform>%n excluido</numerusform>
            <numerusform>%n excluidos</numerusform>
        </translation>
    </message>
    <message>
        <source>low – add more specific terms</source>
        <translation>baja – añada términos más específicos</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>moderada</translation>
    </message>
    <message>
        <source>high</source>
        <translation>alta</translation>
    </message>
    <message>
        <source>specificity: %1 (total information content %2)</source>
        <translation>especificidad: %1 (contenido de información total %2)</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Set by your IT department</source>
        <translation>Definido por su departamento de informática</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>System default</source>
        <extracomment>Language choice: follow the operating system&apos;s language.</extracomment>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>Also the language of HPO term labels; candidate (machine) translations are shown in italics, terms without a translation in English. Data sent to other nodes always uses HPO ids and English labels.</source>
        <translation>También es el idioma de las etiquetas de los términos HPO; las traducciones provisionales (automáticas) se muestran en cursiva y los términos sin traducción, en inglés. Los datos enviados a otros nodos siempre usan identificadores HPO y etiquetas en inglés.</translation>
    </message>
    <message>
        <source>Show a desktop notification when watched patients have new matches</source>
        <translation>Mostrar una notificación de escritorio cuando los pacientes en seguimiento tengan coincidencias nuevas</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>A diario</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Semanalmente</translation>
    </message>
    <message>
        <source>Only when I ask</source>
        <translation>Solo cuando lo solicite</translation>
    </message>
    <message>
        <source>Watch a patient for new matches after their first query</source>
        <translation>Seguir a un paciente en busca de coincidencias nuevas tras su primera consulta</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Notifications:</source>
        <translation>Notificaciones:</translation>
    </message>
    <message>
        <source>Check for new &amp;matches:</source>
        <translation>Buscar nuevas &amp;coincidencias:</translation>
    </message>
    <message>
        <source>Minimum &amp;score for alerts:</source>
        <translation>&amp;Puntuación mínima para alertas:</translation>
    </message>
    <message>
        <source>Watching:</source>
        <translation>Seguimiento:</translation>
    </message>
    <message>
        <source>Some settings are managed by your IT department: they are shown greyed out and cannot be changed here.</source>
        <translation>Parte de la configuración la gestiona su departamento de informática: aparece atenuada y no se puede cambiar aquí.</translation>
    </message>
</context>
<context>
    <name>ProgressTask</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>Pseudonymizer</name>
    <message>
        <source>The pseudonym key in the keychain is too short (%1 bytes); expected %2</source>
        <translation>La clave de seudonimización del llavero es demasiado corta (%1 bytes); se esperaban %2</translation>
    </message>
    <message>
        <source>Cannot read the pseudonym key from the %1: %2</source>
        <translation>No se puede leer la clave de seudonimización de %1: %2</translation>
    </message>
    <message>
        <source>Cannot store the new pseudonym key in the %1: %2</source>
        <translation>No se puede guardar la nueva clave de seudonimización en %1: %2</translation>
    </message>
</context>
<context>
    <name>QueryPerturbation</name>
    <message>
        <source>Invalid perturbation &apos;%1&apos; (expected imprecision=P in [0,1], noise=K &gt;= 0, drop=D in [0,1))</source>
        <translation>Perturbación «%1» no válida (se esperaba imprecision=P en [0,1], noise=K &gt;= 0, drop=D en [0,1))</translation>
    </message>
</context>
<context>
    <name>ResultRecorder</name>
    <message>
        <source>results not saved: %1</source>
        <translation>resultados no guardados: %1</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>Cannot read the demo secret file %1: %2</source>
        <translation>No se puede leer el archivo de secretos de demostración %1: %2</translation>
    </message>
    <message>
        <source>The demo secret file %1 is damaged: %2</source>
        <translation>El archivo de secretos de demostración %1 está dañado: %2</translation>
    </message>
    <message>
        <source>Cannot write the demo secret file %1: %2</source>
        <translation>No se puede escribir el archivo de secretos de demostración %1: %2</translation>
    </message>
    <message>
        <source>demo secret file %1 (NOT SECURE, demo only)</source>
        <translation>archivo de secretos de demostración %1 (NO SEGURO, solo para demostración)</translation>
    </message>
    <message>
        <source>No secret &apos;%1&apos; in the %2</source>
        <translation>No hay ningún secreto «%1» en %2</translation>
    </message>
    <message>
        <source>in-memory secret store (tests and demo only)</source>
        <translation>almacén de secretos en memoria (solo para pruebas y demostración)</translation>
    </message>
    <message>
        <source>OS keychain (service &quot;%1&quot;)</source>
        <translation>Llavero del sistema (servicio «%1»)</translation>
    </message>
    <message>
        <source>OS keychain: cannot read &apos;%1&apos;: %2</source>
        <translation>Llavero del sistema: no se puede leer «%1»: %2</translation>
    </message>
    <message>
        <source>OS keychain: cannot store &apos;%1&apos;: %2</source>
        <translation>Llavero del sistema: no se puede guardar «%1»: %2</translation>
    </message>
    <message>
        <source>OS keychain: cannot remove &apos;%1&apos;: %2</source>
        <translation>Llavero del sistema: no se puede eliminar «%1»: %2</translation>
    </message>
</context>
<context>
    <name>SecretStoreFactory</name>
    <message>
        <source>Unknown secret store &apos;%1&apos; (MATCHDESK_KEYCHAIN): use system, memory or file:PATH</source>
        <translation>Almacén de secretos desconocido «%1» (MATCHDESK_KEYCHAIN): use system, memory o file:RUTA</translation>
    </message>
</context>
<context>
    <name>SendPreviewDialog</name>
    <message>
        <source>Find similar patients – what will be sent</source>
        <translation>Buscar pacientes similares – qué se enviará</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;The profile below will be sent to &lt;b&gt;%n node(s)&lt;/b&gt;: %1.&lt;/p&gt;&lt;p&gt;The nodes see the pseudonym &lt;tt&gt;%2&lt;/tt&gt;, never the label or local id. The clinician contact is shared so that matches can reach you.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;El perfil siguiente se enviará a &lt;b&gt;%n nodo&lt;/b&gt;: %1.&lt;/p&gt;&lt;p&gt;Los nodos ven el seudónimo &lt;tt&gt;%2&lt;/tt&gt;, nunca la etiqueta ni el ID local. Se comparte el contacto del médico para que las coincidencias puedan llegar a usted.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;El perfil siguiente se enviará a &lt;b&gt;%n nodos&lt;/b&gt;: %1.&lt;/p&gt;&lt;p&gt;Los nodos ven el seudónimo &lt;tt&gt;%2&lt;/tt&gt;, nunca la etiqueta ni el ID local. Se comparte el contacto del médico para que las coincidencias puedan llegar a usted.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>POST %1 (%2)</source>
        <translation>POST %1 (%2)</translation>
    </message>
    <message>
        <source>Fields: %1</source>
        <translation>Campos: %1</translation>
    </message>
    <message>
        <source>Request body for %1</source>
        <translation>Cuerpo de la solicitud para %1</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Enviar</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>Database %1: %2: %3</source>
        <translation>Base de datos %1: %2: %3</translation>
    </message>
    <message>
        <source>cannot open</source>
        <translation>no se puede abrir</translation>
    </message>
    <message>
        <source>Database %1: %2</source>
        <translation>Base de datos %1: %2</translation>
    </message>
    <message>
        <source>Cannot create backup %1</source>
        <translation>No se puede crear la copia de seguridad %1</translation>
    </message>
    <message>
        <source>Backup of %1 to %2 failed: %3</source>
        <translation>Ha fallado la copia de seguridad de %1 en %2: %3</translation>
    </message>
    <message>
        <source>Database %1: %2 failed: %3 (%4)</source>
        <translation>Base de datos %1: ha fallado %2: %3 (%4)</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the database</source>
        <translation>No se puede crear la carpeta %1 para la base de datos</translation>
    </message>
    <message>
        <source>%1 is not a MatchDesk database (it belongs to another application)</source>
        <translation>%1 no es una base de datos de MatchDesk (pertenece a otra aplicación)</translation>
    </message>
    <message>
        <source>%1 is not a MatchDesk database (it holds other tables)</source>
        <translation>%1 no es una base de datos de MatchDesk (contiene otras tablas)</translation>
    </message>
    <message>
        <source>%1 was written by a newer MatchDesk (schema %2; this version reads up to %3)</source>
        <translation>%1 se escribió con una versión más reciente de MatchDesk (esquema %2; esta versión lee hasta el %3)</translation>
    </message>
    <message>
        <source>The database %1 is damaged: %2. Restore it from a backup (the folder holds copies made before each upgrade).</source>
        <translation>La base de datos %1 está dañada: %2. Restáurela desde una copia de seguridad (la carpeta contiene copias hechas antes de cada actualización).</translation>
    </message>
    <message>
        <source>%1 is not a MatchDesk database or is damaged (file is not a database)</source>
        <translation>%1 no es una base de datos de MatchDesk o está dañada (el archivo no es una base de datos)</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was saved</source>
        <translation>Importación cancelada: no se ha guardado nada</translation>
    </message>
    <message>
        <source>A patient needs a local id</source>
        <translation>Un paciente necesita un ID local</translation>
    </message>
    <message>
        <source>A patient with the local id &quot;%1&quot; already exists</source>
        <translation>Ya existe un paciente con el ID local «%1»</translation>
    </message>
    <message>
        <source>Patient %1 (row %2) no longer exists</source>
        <translation>El paciente %1 (fila %2) ya no existe</translation>
    </message>
    <message>
        <source>A node needs a name and a valid base URL</source>
        <translation>Un nodo necesita un nombre y una URL base válida</translation>
    </message>
    <message>
        <source>Match %1 does not exist</source>
        <translation>La coincidencia %1 no existe</translation>
    </message>
</context>
<context>
    <name>TermBrowserWidget</name>
    <message>
        <source>Add as &amp;observed</source>
        <translation>Añadir como &amp;observado</translation>
    </message>
    <message>
        <source>Add as e&amp;xcluded</source>
        <translation>Añadir como e&amp;xcluido</translation>
    </message>
    <message>
        <source>Term definition</source>
        <translation>Definición del término</translation>
    </message>
    <message>
        <source>Parent terms</source>
        <translation>Términos padre</translation>
    </message>
    <message>
        <source>Child terms</source>
        <translation>Términos hijo</translation>
    </message>
    <message>
        <source>&amp;Parents</source>
        <translation>&amp;Padres</translation>
    </message>
    <message>
        <source>C&amp;hildren</source>
        <translation>&amp;Hijos</translation>
    </message>
    <message>
        <source>&lt;h3&gt;HPO browser&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Navegador de HPO&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;HPO browser&lt;/h3&gt;&lt;p&gt;Loading the ontology…&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Navegador de HPO&lt;/h3&gt;&lt;p&gt;Cargando la ontología…&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:gray&apos;&gt;Select a suggestion or a term of the profile to see its definition, parents and children.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:gray&apos;&gt;Seleccione una sugerencia o un término del perfil para ver su definición, sus términos padre y sus términos hijo.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 · English: %2</source>
        <translation>%1 · Inglés: %2</translation>
    </message>
    <message>
        <source>%1 · English: %2 · machine translation, not yet approved</source>
        <translation>%1 · Inglés: %2 · traducción automática, aún no aprobada</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:gray&apos;&gt;No definition.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:gray&apos;&gt;Sin definición.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Synonyms:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Sinónimos:&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>TermSuggestionModel</name>
    <message>
        <source>%1  ·  %2  (synonym: %3)</source>
        <translation>%1  ·  %2  (sinónimo: %3)</translation>
    </message>
    <message>
        <source>%1  ·  %2</source>
        <translation>%1  ·  %2</translation>
    </message>
    <message>
        <source>English: %1 (machine translation, not yet approved)</source>
        <translation>Inglés: %1 (traducción automática, aún no aprobada)</translation>
    </message>
    <message>
        <source>English: %1</source>
        <translation>Inglés: %1</translation>
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
        <translation>Añadir variante</translation>
    </message>
    <message>
        <source>Edit variant</source>
        <translation>Editar variante</translation>
    </message>
    <message>
        <source>Gene</source>
        <translation>Gen</translation>
    </message>
    <message>
        <source>HGNC symbol, alias, HGNC:, Ensembl or Entrez id</source>
        <translation>Símbolo HGNC, alias o ID de HGNC:, Ensembl o Entrez</translation>
    </message>
    <message>
        <source>HGVS coding</source>
        <translation>HGVS codificante</translation>
    </message>
    <message>
        <source>e.g. NM_000059.4:c.1310_1313del</source>
        <translation>p. ej., NM_000059.4:c.1310_1313del</translation>
    </message>
    <message>
        <source>HGVS protein</source>
        <translation>HGVS proteína</translation>
    </message>
    <message>
        <source>e.g. NP_000050.3:p.(Lys437IlefsTer22)</source>
        <translation>p. ej., NP_000050.3:p.(Lys437IlefsTer22)</translation>
    </message>
    <message>
        <source>Assembly</source>
        <translation>Ensamblaje</translation>
    </message>
    <message>
        <source>no coordinates</source>
        <translation>sin coordenadas</translation>
    </message>
    <message>
        <source>Chromosome</source>
        <translation>Cromosoma</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Posición</translation>
    </message>
    <message>
        <source>Reference allele</source>
        <translation>Alelo de referencia</translation>
    </message>
    <message>
        <source>Alternate allele</source>
        <translation>Alelo alternativo</translation>
    </message>
    <message>
        <source>Zygosity</source>
        <translation>Cigosidad</translation>
    </message>
    <message>
        <source>ACMG class</source>
        <translation>Clase ACMG</translation>
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
        <translation>Coo&amp;rdenadas:</translation>
    </message>
    <message>
        <source>&amp;Zygosity:</source>
        <translation>C&amp;igosidad:</translation>
    </message>
    <message>
        <source>&amp;ACMG class:</source>
        <translation>Clase &amp;ACMG:</translation>
    </message>
    <message>
        <source>Enter the gene.</source>
        <translation>Introduzca el gen.</translation>
    </message>
    <message>
        <source>The HGNC catalog is still loading; the gene will be kept as typed.</source>
        <translation>El catálogo HGNC todavía se está cargando; el gen se conservará tal como se ha escrito.</translation>
    </message>
    <message>
        <source>%1 is an alias of %2 (%3).</source>
        <translation>%1 es un alias de %2 (%3).</translation>
    </message>
    <message>
        <source>%1 is a previous symbol of %2 (%3).</source>
        <translation>%1 es un símbolo anterior de %2 (%3).</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>Usar %1</translation>
    </message>
    <message>
        <source>✓ %1 (%2)</source>
        <translation>✓ %1 (%2)</translation>
    </message>
    <message>
        <source>%1 is ambiguous: it may mean %2. Enter the approved symbol.</source>
        <translation>%1 es ambiguo: puede referirse a %2. Introduzca el símbolo aprobado.</translation>
    </message>
    <message>
        <source>%1 is not in the HGNC catalog.</source>
        <translation>%1 no está en el catálogo HGNC.</translation>
    </message>
</context>
<context>
    <name>VariantModel</name>
    <message>
        <source>heterozygous</source>
        <translation>heterocigosis</translation>
    </message>
    <message>
        <source>homozygous</source>
        <translation>homocigosis</translation>
    </message>
    <message>
        <source>hemizygous</source>
        <translation>hemicigosis</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocida</translation>
    </message>
    <message>
        <source>Benign</source>
        <translation>Benigna</translation>
    </message>
    <message>
        <source>Likely benign</source>
        <translation>Probablemente benigna</translation>
    </message>
    <message>
        <source>Uncertain significance</source>
        <translation>Significado incierto</translation>
    </message>
    <message>
        <source>Likely pathogenic</source>
        <translation>Probablemente patogénica</translation>
    </message>
    <message>
        <source>Pathogenic</source>
        <translation>Patogénica</translation>
    </message>
    <message>
        <source>not classified</source>
        <translation>sin clasificar</translation>
    </message>
    <message>
        <source>%1 chr%2:%3 %4&gt;%5</source>
        <translation>%1 chr%2:%3 %4&gt;%5</translation>
    </message>
    <message>
        <source>Gene not validated against HGNC</source>
        <translation>Gen no validado en HGNC</translation>
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
        <translation>Coordenadas</translation>
    </message>
    <message>
        <source>Zygosity</source>
        <translation>Cigosidad</translation>
    </message>
    <message>
        <source>ACMG class</source>
        <translation>Clase ACMG</translation>
    </message>
</context>
<context>
    <name>VariantsPage</name>
    <message>
        <source>&amp;Add variant…</source>
        <translation>&amp;Añadir variante…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>&amp;Import from VCF…</source>
        <translation>&amp;Importar desde VCF…</translation>
    </message>
    <message>
        <source>Candidate variants</source>
        <translation>Variantes candidatas</translation>
    </message>
    <message>
        <source>No candidate variants. Add one by hand or import them from the patient&apos;s VCF.</source>
        <translation>No hay variantes candidatas. Añada una manualmente o impórtelas desde el VCF del paciente.</translation>
    </message>
</context>
<context>
    <name>VcfImportDialog</name>
    <message>
        <source>Only records that &amp;PASS the filters</source>
        <translation>Solo los registros que &amp;superan los filtros (PASS)</translation>
    </message>
    <message>
        <source>Import variants from %1</source>
        <translation>Importar variantes desde %1</translation>
    </message>
    <message>
        <source>Sample (proband)</source>
        <translation>Muestra (caso índice)</translation>
    </message>
    <message>
        <source>Minimum QUAL</source>
        <translation>QUAL mínima</translation>
    </message>
    <message>
        <source>Minimum genotype quality</source>
        <translation>Calidad mínima del genotipo</translation>
    </message>
    <message>
        <source>Maximum population allele frequency</source>
        <translation>Frecuencia alélica poblacional máxima</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sin límite</translation>
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
        <translation>Genes</translation>
    </message>
    <message>
        <source>all genes (or a list: KMT2D, CHD7)</source>
        <translation>todos los genes (o una lista: KMT2D, CHD7)</translation>
    </message>
    <message>
        <source>Minimum predicted impact</source>
        <translation>Impacto predicho mínimo</translation>
    </message>
    <message>
        <source>any (also unannotated records)</source>
        <translation>cualquiera (también registros sin anotar)</translation>
    </message>
    <message>
        <source>low or higher</source>
        <translation>bajo o superior</translation>
    </message>
    <message>
        <source>moderate or higher</source>
        <translation>moderado o superior</translation>
    </message>
    <message>
        <source>high only</source>
        <translation>solo alto</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>&amp;Sample:</source>
        <translation>&amp;Muestra:</translation>
    </message>
    <message>
        <source>Minimum &amp;QUAL:</source>
        <translation>&amp;QUAL mínima:</translation>
    </message>
    <message>
        <source>Minimum &amp;GQ:</source>
        <translation>&amp;GQ mínima:</translation>
    </message>
    <message>
        <source>Population &amp;frequency:</source>
        <translation>&amp;Frecuencia poblacional:</translation>
    </message>
    <message>
        <source>&amp;Genes:</source>
        <translation>&amp;Genes:</translation>
    </message>
    <message>
        <source>Predicted &amp;impact:</source>
        <translation>&amp;Impacto predicho:</translation>
    </message>
    <message>
        <source>sites only (no genotypes)</source>
        <translation>solo posiciones (sin genotipos)</translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %n sample(s). Choose the proband and which records to keep.</source>
        <translation>
            <numerusform>%1 contiene %n muestra. Elija el caso índice y qué registros conservar.</numerusform>
            <numerusform>%1 contiene %n muestras. Elija el caso índice y qué registros conservar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Leyendo %1…</translation>
    </message>
    <message>
        <source>Cannot import the VCF</source>
        <translation>No se puede importar el VCF</translation>
    </message>
</context>
<context>
    <name>VcfReader</name>
    <message>
        <source>the file does not exist</source>
        <translation>el archivo no existe</translation>
    </message>
    <message>
        <source>cannot open the file</source>
        <translation>no se puede abrir el archivo</translation>
    </message>
    <message>
        <source>not a VCF or BCF file (no ##fileformat=VCF header)</source>
        <translation>no es un archivo VCF ni BCF (falta el encabezado ##fileformat=VCF)</translation>
    </message>
    <message>
        <source>missing or invalid header lines (##fileformat and the #CHROM line are required)</source>
        <translation>faltan líneas de encabezado o no son válidas (se requieren ##fileformat y la línea #CHROM)</translation>
    </message>
    <message>
        <source>no sample &apos;%1&apos; in the file (samples: %2)</source>
        <translation>no hay ninguna muestra «%1» en el archivo (muestras: %2)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>the file has %1 samples (%2): choose the proband</source>
        <translation>el archivo contiene %1 muestras (%2): elija el caso índice</translation>
    </message>
    <message>
        <source>cannot select sample &apos;%1&apos;</source>
        <translation>no se puede seleccionar la muestra «%1»</translation>
    </message>
    <message>
        <source>%1: the assembly is not named in the header; variants have no assembly</source>
        <translation>%1: el ensamblaje no figura en el encabezado; las variantes no tienen ensamblaje</translation>
    </message>
    <message>
        <source>truncated or corrupt data</source>
        <translation>datos truncados o dañados</translation>
    </message>
    <message>
        <source>invalid record (htslib error %1: %2)</source>
        <translation>registro no válido (error de htslib %1: %2)</translation>
    </message>
    <message>
        <source>contig not declared in the header</source>
        <translation>contig no declarado en el encabezado</translation>
    </message>
    <message>
        <source>tag not declared in the header</source>
        <translation>etiqueta no declarada en el encabezado</translation>
    </message>
    <message>
        <source>wrong number of columns</source>
        <translation>número de columnas incorrecto</translation>
    </message>
    <message>
        <source>value out of range</source>
        <translation>valor fuera de rango</translation>
    </message>
    <message>
        <source>malformed field</source>
        <translation>campo mal formado</translation>
    </message>
    <message>
        <source>the record uses a contig, INFO or FORMAT tag that the header does not declare</source>
        <translation>el registro usa un contig o una etiqueta INFO o FORMAT que el encabezado no declara</translation>
    </message>
    <message>
        <source>not a valid position</source>
        <translation>no es una posición válida</translation>
    </message>
    <message>
        <source>import cancelled</source>
        <translation>importación cancelada</translation>
    </message>
    <message>
        <source>the reference allele is missing</source>
        <translation>falta el alelo de referencia</translation>
    </message>
</context>
<context>
    <name>WatchControl</name>
    <message>
        <source>Watch for new matches</source>
        <translation>Seguir buscando coincidencias nuevas</translation>
    </message>
    <message>
        <source>Check now</source>
        <translation>Comprobar ahora</translation>
    </message>
    <message>
        <source>Query the enabled nodes again on a schedule and raise an alert for new or changed matches.</source>
        <translation>Volver a consultar periódicamente los nodos activados y generar una alerta ante coincidencias nuevas o modificadas.</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Periodicidad</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>A diario</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Semanalmente</translation>
    </message>
    <message>
        <source>On request</source>
        <translation>A petición</translation>
    </message>
    <message>
        <source>Minimum score for an alert</source>
        <translation>Puntuación mínima para una alerta</translation>
    </message>
    <message>
        <source>Matches scoring below this (local score) are recorded without an alert.</source>
        <translation>Las coincidencias con una puntuación (local) inferior se registran sin alerta.</translation>
    </message>
    <message>
        <source>alert from score </source>
        <translation>alertar a partir de la puntuación </translation>
    </message>
    <message>
        <source>Query the enabled nodes for this patient in the background now</source>
        <translation>Consultar ahora en segundo plano los nodos activados para este paciente</translation>
    </message>
    <message>
        <source>Consent to matchmaking is not recorded for this patient.</source>
        <translation>No consta el consentimiento para la búsqueda de coincidencias de este paciente.</translation>
    </message>
    <message>
        <source>not checked yet</source>
        <translation>aún no comprobado</translation>
    </message>
    <message>
        <source>last checked %1</source>
        <translation>última comprobación: %1</translation>
    </message>
    <message>
        <source>Cannot save the watch</source>
        <translation>No se puede guardar el seguimiento</translation>
    </message>
    <message>
        <source>Cannot check now</source>
        <translation>No se puede comprobar ahora</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Print the version and the reference data in use.</source>
        <translation>Mostrar la versión y los datos de referencia en uso.</translation>
    </message>
    <message>
        <source>Database file (default: MATCHDESK_DB, else the per-user data folder).</source>
        <translation>Archivo de base de datos (por defecto: MATCHDESK_DB o, si no, la carpeta de datos del usuario).</translation>
    </message>
    <message>
        <source>Settings file (default: MATCHDESK_SETTINGS, else the per-user location).</source>
        <translation>Archivo de configuración (por defecto: MATCHDESK_SETTINGS o, si no, la ubicación del usuario).</translation>
    </message>
    <message>
        <source>Print start-up timings (ms) and quit once the ontology is loaded.</source>
        <translation>Mostrar los tiempos de arranque (ms) y salir en cuanto se cargue la ontología.</translation>
    </message>
    <message>
        <source>MatchDesk: federated rare-disease patient matching (Matchmaker Exchange).</source>
        <translation>MatchDesk: búsqueda federada de pacientes similares con enfermedades raras (Matchmaker Exchange).</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>No se puede abrir la base de datos</translation>
    </message>
    <message>
        <source>No keychain</source>
        <translation>No hay llavero</translation>
    </message>
</context>
</TS>
