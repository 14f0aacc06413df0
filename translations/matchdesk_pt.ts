<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About MatchDesk</source>
        <translation>Sobre o MatchDesk</translation>
    </message>
    <message>
        <source>not loaded</source>
        <translation>não carregada</translation>
    </message>
    <message>
        <source>&lt;h2&gt;MatchDesk&lt;/h2&gt;&lt;p&gt;Federated rare-disease patient matching over the Matchmaker Exchange API.&lt;/p&gt;&lt;pre&gt;%1&lt;/pre&gt;</source>
        <translation>&lt;h2&gt;MatchDesk&lt;/h2&gt;&lt;p&gt;Pesquisa federada de correspondências entre pacientes com doenças raras através da API Matchmaker Exchange.&lt;/p&gt;&lt;pre&gt;%1&lt;/pre&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Human Phenotype Ontology&lt;/h3&gt;&lt;p&gt;This application uses the Human Phenotype Ontology (release &lt;b&gt;%1&lt;/b&gt;). Find out more at &lt;a href=&apos;https://hpo.jax.org&apos;&gt;hpo.jax.org&lt;/a&gt;. The HPO is developed by the HPO Consortium; please cite Gargano MA et al., “The Human Phenotype Ontology in 2024: phenotypes around the world”, Nucleic Acids Research 2024.&lt;/p&gt;&lt;h3&gt;HGNC&lt;/h3&gt;&lt;p&gt;Gene symbols and identifiers from the HUGO Gene Nomenclature Committee (&lt;a href=&apos;https://www.genenames.org&apos;&gt;genenames.org&lt;/a&gt;), freely available without restriction (Seal RL et al., Nucleic Acids Research 2023).&lt;/p&gt;&lt;h3&gt;Phenopacket store&lt;/h3&gt;&lt;p&gt;Example cases from the GA4GH phenopacket-store (see its licence notice below).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Human Phenotype Ontology&lt;/h3&gt;&lt;p&gt;Esta aplicação utiliza a Human Phenotype Ontology (versão &lt;b&gt;%1&lt;/b&gt;). Saiba mais em &lt;a href=&apos;https://hpo.jax.org&apos;&gt;hpo.jax.org&lt;/a&gt;. A HPO é desenvolvida pelo HPO Consortium; cite Gargano MA et al., “The Human Phenotype Ontology in 2024: phenotypes around the world”, Nucleic Acids Research 2024.&lt;/p&gt;&lt;h3&gt;HGNC&lt;/h3&gt;&lt;p&gt;Símbolos e identificadores de genes do HUGO Gene Nomenclature Committee (&lt;a href=&apos;https://www.genenames.org&apos;&gt;genenames.org&lt;/a&gt;), disponíveis livremente e sem restrições (Seal RL et al., Nucleic Acids Research 2023).&lt;/p&gt;&lt;h3&gt;Phenopacket store&lt;/h3&gt;&lt;p&gt;Casos de exemplo do phenopacket-store da GA4GH (ver o aviso de licença abaixo).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Créditos</translation>
    </message>
    <message>
        <source>HPO licence</source>
        <translation>Licença da HPO</translation>
    </message>
    <message>
        <source>HGNC licence</source>
        <translation>Licença do HGNC</translation>
    </message>
    <message>
        <source>Phenopacket store licence</source>
        <translation>Licença do phenopacket store</translation>
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
        <translation>Mostrar alertas analisados</translation>
    </message>
    <message>
        <source>Open match</source>
        <translation>Abrir correspondência</translation>
    </message>
    <message>
        <source>Mark reviewed</source>
        <translation>Marcar como analisado</translation>
    </message>
    <message>
        <source>No unread alerts. Watched patients are queried again on their schedule; new or changed matches appear here.</source>
        <translation>Não há alertas não lidos. Os pacientes em vigilância são consultados de novo segundo a periodicidade definida; as correspondências novas ou alteradas aparecem aqui.</translation>
    </message>
    <message>
        <source>Cannot mark the alert reviewed</source>
        <translation>Não é possível marcar o alerta como analisado</translation>
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
        <translation>Nova correspondência</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Alterada</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirada</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Data/hora</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Nó</translation>
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
        <translation>MatchDesk: nenhum alerta não lido</translation>
    </message>
    <message numerus="yes">
        <source>MatchDesk: %n unread alert(s)</source>
        <translation>
            <numerusform>MatchDesk: %n alerta não lido</numerusform>
            <numerusform>MatchDesk: %n alertas não lidos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AlertReason</name>
    <message>
        <source>new match on %1</source>
        <translation>nova correspondência em %1</translation>
    </message>
    <message>
        <source>new shared gene %1</source>
        <translation>novo gene em comum %1</translation>
    </message>
    <message>
        <source>new variant %1</source>
        <translation>nova variante %1</translation>
    </message>
    <message>
        <source>score rose to %1</source>
        <translation>a pontuação subiu para %1</translation>
    </message>
    <message>
        <source>returned again by its node</source>
        <translation>voltou a ser devolvida pelo seu nó</translation>
    </message>
    <message>
        <source>no longer returned by %1</source>
        <translation>deixou de ser devolvida por %1</translation>
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
            <numerusform>MatchDesk: %n paciente com novidades</numerusform>
            <numerusform>MatchDesk: %n pacientes com novidades</numerusform>
        </translation>
    </message>
    <message>
        <source>No new matches.</source>
        <translation>Nenhuma correspondência nova.</translation>
    </message>
    <message numerus="yes">
        <source>%n new match(es)</source>
        <translation>
            <numerusform>%n correspondência nova</numerusform>
            <numerusform>%n correspondências novas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed match(es)</source>
        <translation>
            <numerusform>%n correspondência alterada</numerusform>
            <numerusform>%n correspondências alteradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n withdrawn match(es)</source>
        <translation>
            <numerusform>%n correspondência retirada</numerusform>
            <numerusform>%n correspondências retiradas</numerusform>
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
        <translation>Histórico de auditoria</translation>
    </message>
    <message>
        <source>Patient filter</source>
        <translation>Filtro de pacientes</translation>
    </message>
    <message>
        <source>Node filter</source>
        <translation>Filtro de nós</translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation>Entradas de auditoria</translation>
    </message>
    <message>
        <source>All patients</source>
        <translation>Todos os pacientes</translation>
    </message>
    <message>
        <source>All destinations</source>
        <translation>Todos os destinos</translation>
    </message>
    <message>
        <source>&amp;Patient:</source>
        <translation>&amp;Paciente:</translation>
    </message>
    <message>
        <source>&amp;Node:</source>
        <translation>&amp;Nó:</translation>
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
        <translation>Pseudônimo visto pelo destino: %1
SHA-256 dos bytes enviados: %2
Campos: %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <source>deleted patient #%1</source>
        <translation>paciente eliminado #%1</translation>
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
        <translation>Data/hora</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Sent to</source>
        <translation>Enviado para</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Dados</translation>
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
        <translation>Não é possível ler o arquivo de clientes %1: %2</translation>
    </message>
    <message>
        <source>The clients file %1 is not a JSON object (%2 at offset %3)</source>
        <translation>O arquivo de clientes %1 não é um objeto JSON (%2 na posição %3)</translation>
    </message>
    <message>
        <source>The clients file %1 has no &quot;clients&quot; array</source>
        <translation>O arquivo de clientes %1 não contém um array “clients”</translation>
    </message>
    <message>
        <source>The clients file %1: entry clients[%2] needs a &quot;name&quot; and a 64-hex &quot;sha256&quot;</source>
        <translation>Arquivo de clientes %1: a entrada clients[%2] precisa de um “name” e de um “sha256” com 64 dígitos hexadecimais</translation>
    </message>
    <message>
        <source>Cannot write the clients file %1: %2</source>
        <translation>Não é possível escrever o arquivo de clientes %1: %2</translation>
    </message>
    <message>
        <source>A client needs a name</source>
        <translation>Um cliente precisa de um nome</translation>
    </message>
    <message>
        <source>A client named &quot;%1&quot; already exists</source>
        <translation>Já existe um cliente com o nome “%1”</translation>
    </message>
</context>
<context>
    <name>ConnectionGuard</name>
    <message>
        <source>request body of %1 bytes is larger than the limit of %2 bytes</source>
        <translation>o corpo do pedido, com %1 bytes, excede o limite de %2 bytes</translation>
    </message>
    <message>
        <source>request header larger than %1 bytes</source>
        <translation>cabeçalho do pedido maior do que %1 bytes</translation>
    </message>
    <message>
        <source>request body larger than the limit of %1 bytes</source>
        <translation>corpo do pedido maior do que o limite de %1 bytes</translation>
    </message>
    <message>
        <source>request not complete within %1 ms</source>
        <translation>pedido não concluído em %1 ms</translation>
    </message>
</context>
<context>
    <name>Crypto</name>
    <message>
        <source>SHA-256 computation failed (OpenSSL)</source>
        <translation>Falha no cálculo SHA-256 (OpenSSL)</translation>
    </message>
    <message>
        <source>HMAC-SHA256 computation failed (OpenSSL)</source>
        <translation>Falha no cálculo HMAC-SHA256 (OpenSSL)</translation>
    </message>
    <message>
        <source>The system random generator failed (OpenSSL RAND_bytes)</source>
        <translation>Falha no gerador aleatório do sistema (OpenSSL RAND_bytes)</translation>
    </message>
</context>
<context>
    <name>CurlTransport</name>
    <message>
        <source>&apos;%1&apos; is not a valid URL</source>
        <translation>“%1” não é uma URL válida</translation>
    </message>
    <message>
        <source>plain http:// is refused for %1: patient data is only sent over https (http:// is allowed to this computer only)</source>
        <translation>http:// não cifrado recusado para %1: os dados de pacientes só são enviados por https (http:// só é permitido para este computador)</translation>
    </message>
    <message>
        <source>unsupported URL scheme &apos;%1&apos; (https:// only)</source>
        <translation>esquema de URL “%1” não suportado (apenas https://)</translation>
    </message>
    <message>
        <source>response larger than %1 bytes</source>
        <translation>resposta maior do que %1 bytes</translation>
    </message>
    <message>
        <source>libcurl could not set up the request</source>
        <translation>a libcurl não conseguiu preparar o pedido</translation>
    </message>
</context>
<context>
    <name>CurrentPatient</name>
    <message>
        <source>Cannot open the patient</source>
        <translation>Não é possível abrir o paciente</translation>
    </message>
    <message>
        <source>Cannot save the patient</source>
        <translation>Não é possível guardar o paciente</translation>
    </message>
</context>
<context>
    <name>EvalCommand</name>
    <message>
        <source>Retrieval evaluation of phenotype matching on phenopackets (recall@k, MRR)</source>
        <translation>Avaliação da recuperação por correspondência fenotípica em phenopackets (recall@k, MRR)</translation>
    </message>
    <message>
        <source>Cross-publication leave-one-out retrieval on phenopackets: each case with an observed term and a gene queries the cases of other publications by phenotype; a hit is a case with the same gene.</source>
        <translation>Recuperação leave-one-out entre publicações em phenopackets: cada caso com um termo observado e um gene consulta, por fenótipo, os casos de outras publicações; um acerto é um caso com o mesmo gene.</translation>
    </message>
    <message>
        <source>Phenopackets to search (default: dev set).</source>
        <translation>Phenopackets em que pesquisar (padrão: conjunto de desenvolvimento).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>arquivo</translation>
    </message>
    <message>
        <source>Separate query phenopackets (default: leave-one-out on the index).</source>
        <translation>Phenopackets de consulta separados (padrão: leave-one-out sobre o índice).</translation>
    </message>
    <message>
        <source>Phenotype measure: %1, or &apos;all&apos; (default: combined).</source>
        <translation>Medida fenotípica: %1, ou “all” (padrão: combinada).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nome</translation>
    </message>
    <message>
        <source>Perturb queries: imprecision=P,noise=K,drop=D.</source>
        <translation>Perturbar as consultas: imprecision=P,noise=K,drop=D.</translation>
    </message>
    <message>
        <source>spec</source>
        <translation>espec</translation>
    </message>
    <message>
        <source>Random seed for --perturb (default 1).</source>
        <translation>Semente aleatória para --perturb (padrão: 1).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Weights of the combined measure: exact,ontology,geneProfile.</source>
        <translation>Pesos da medida combinada: exact,ontology,geneProfile.</translation>
    </message>
    <message>
        <source>e,o,g</source>
        <translation>e,o,g</translation>
    </message>
    <message>
        <source>Penalty weight for contradicted excluded terms (default 0).</source>
        <translation>Peso da penalização para termos excluídos contraditos (padrão: 0).</translation>
    </message>
    <message>
        <source>w</source>
        <translation>w</translation>
    </message>
    <message>
        <source>IC corpus: annotations (default) or cases.</source>
        <translation>Corpus do CI: annotations (padrão) ou cases.</translation>
    </message>
    <message>
        <source>corpus</source>
        <translation>corpus</translation>
    </message>
    <message>
        <source>Worker threads (default: all cores).</source>
        <translation>Threads de processamento (padrão: todos os núcleos).</translation>
    </message>
    <message>
        <source>Print JSON instead of a table.</source>
        <translation>Imprimir JSON em vez de uma tabela.</translation>
    </message>
    <message>
        <source>Invalid --seed</source>
        <translation>--seed inválido</translation>
    </message>
    <message>
        <source>Invalid --weights (expected three numbers e,o,g)</source>
        <translation>--weights inválido (esperados três números e,o,g)</translation>
    </message>
    <message>
        <source>Invalid --excluded-penalty</source>
        <translation>--excluded-penalty inválido</translation>
    </message>
    <message>
        <source>Unknown measure &apos;%1&apos;</source>
        <translation>Medida desconhecida “%1”</translation>
    </message>
    <message>
        <source>Unknown --ic corpus &apos;%1&apos;</source>
        <translation>Corpus --ic desconhecido “%1”</translation>
    </message>
    <message>
        <source>warning: no gene profiles: %1</source>
        <translation>aviso: sem perfis de genes: %1</translation>
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
        <translation>; leave-one-out entre publicações</translation>
    </message>
    <message>
        <source>; perturbed %1, seed %2</source>
        <translation>; perturbação %1, semente %2</translation>
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
        <translation>nó desconhecido “%1”</translation>
    </message>
    <message>
        <source>node &apos;%1&apos; is disabled</source>
        <translation>o nó “%1” está desativado</translation>
    </message>
    <message>
        <source>A federated query is already running</source>
        <translation>Já está em curso uma consulta federada</translation>
    </message>
    <message>
        <source>No enabled node to query: add a node first (matchdesk-cli nodes add)</source>
        <translation>Nenhum nó ativado para consultar: adicione primeiro um nó (matchdesk-cli nodes add)</translation>
    </message>
    <message>
        <source>Cannot compute the patient&apos;s pseudonym: %1</source>
        <translation>Não é possível calcular o pseudônimo do paciente: %1</translation>
    </message>
    <message>
        <source>no X-Auth-Token stored for node %1 (matchdesk-cli nodes add --token-stdin)</source>
        <translation>nenhum X-Auth-Token guardado para o nó %1 (matchdesk-cli nodes add --token-stdin)</translation>
    </message>
    <message>
        <source>cancelled by the user</source>
        <translation>cancelado manualmente</translation>
    </message>
</context>
<context>
    <name>FormatError</name>
    <message>
        <source>line %1</source>
        <translation>linha %1</translation>
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
        <translation>não é possível escrever o arquivo (%1)</translation>
    </message>
</context>
<context>
    <name>GeneCatalog</name>
    <message>
        <source>%1:1: not an HGNC table (the header lacks hgnc_id or symbol)</source>
        <translation>%1:1: não é uma tabela HGNC (falta hgnc_id ou symbol no cabeçalho)</translation>
    </message>
    <message>
        <source>%1:%2: field hgnc_id: &apos;%3&apos; is not an HGNC id</source>
        <translation>%1:%2: campo hgnc_id: “%3” não é um ID HGNC</translation>
    </message>
    <message>
        <source>%1: the gene catalog is empty</source>
        <translation>%1: o catálogo de genes está vazio</translation>
    </message>
    <message>
        <source>Cannot read the gene catalog %1: %2</source>
        <translation>Não é possível ler o catálogo de genes %1: %2</translation>
    </message>
</context>
<context>
    <name>GenePhenotypeProfiles</name>
    <message>
        <source>No genes_to_phenotype.txt in %1</source>
        <translation>Não existe genes_to_phenotype.txt em %1</translation>
    </message>
</context>
<context>
    <name>Gzip</name>
    <message>
        <source>cannot start the gzip decoder (out of memory)</source>
        <translation>não é possível iniciar o descompressor gzip (memória insuficiente)</translation>
    </message>
    <message>
        <source>corrupt compressed data</source>
        <translation>dados comprimidos corrompidos</translation>
    </message>
    <message>
        <source>corrupt compressed data (%1)</source>
        <translation>dados comprimidos corrompidos (%1)</translation>
    </message>
    <message>
        <source>out of memory while decompressing</source>
        <translation>memória insuficiente durante a descompressão</translation>
    </message>
    <message>
        <source>truncated compressed data (the file ends inside the gzip stream)</source>
        <translation>dados comprimidos truncados (o arquivo termina no meio do fluxo gzip)</translation>
    </message>
    <message>
        <source>cannot open the file (%1)</source>
        <translation>não é possível abrir o arquivo (%1)</translation>
    </message>
    <message>
        <source>cannot read the file (%1)</source>
        <translation>não é possível ler o arquivo (%1)</translation>
    </message>
    <message>
        <source>cannot start the gzip encoder (out of memory)</source>
        <translation>não é possível iniciar o compressor gzip (memória insuficiente)</translation>
    </message>
    <message>
        <source>cannot compress the data (zlib error %1)</source>
        <translation>não é possível comprimir os dados (erro do zlib %1)</translation>
    </message>
</context>
<context>
    <name>HeartbeatResult</name>
    <message>
        <source>ok in %1 ms: %2, version %3, accepts %4</source>
        <translation>ok em %1 ms: %2, versão %3, aceita %4</translation>
    </message>
    <message>
        <source>production</source>
        <translation>produção</translation>
    </message>
    <message>
        <source>not production</source>
        <translation>fora de produção</translation>
    </message>
</context>
<context>
    <name>HpoOntology</name>
    <message>
        <source>malformed stanza header</source>
        <translation>cabeçalho de stanza malformado</translation>
    </message>
    <message>
        <source>expected &apos;tag: value&apos;</source>
        <translation>esperado “tag: value”</translation>
    </message>
    <message>
        <source>empty id</source>
        <translation>ID vazio</translation>
    </message>
    <message>
        <source>empty is_a</source>
        <translation>is_a vazio</translation>
    </message>
    <message>
        <source>definition is not a quoted string</source>
        <translation>a definição não é uma cadeia de caracteres entre aspas</translation>
    </message>
    <message>
        <source>synonym is not a quoted string</source>
        <translation>o sinônimo não é uma cadeia de caracteres entre aspas</translation>
    </message>
    <message>
        <source>unknown synonym scope &apos;%1&apos;</source>
        <translation>âmbito de sinônimo desconhecido “%1”</translation>
    </message>
    <message>
        <source>[Term] without id</source>
        <translation>[Term] sem ID</translation>
    </message>
    <message>
        <source>duplicate term id %1</source>
        <translation>ID de termo duplicado %1</translation>
    </message>
    <message>
        <source>term %1 has unknown parent %2</source>
        <translation>o termo %1 tem um termo pai desconhecido %2</translation>
    </message>
    <message>
        <source>term %1 has obsolete parent %2</source>
        <translation>o termo %1 tem um termo pai obsoleto %2</translation>
    </message>
    <message>
        <source>%1: is_a cycle involving %2</source>
        <translation>%1: ciclo is_a que envolve %2</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Não é possível abrir %1: %2</translation>
    </message>
    <message>
        <source>No hp.obo.gz or hp.obo in %1</source>
        <translation>Não existe hp.obo.gz nem hp.obo em %1</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, linha %2: %3</translation>
    </message>
</context>
<context>
    <name>InformationContent</name>
    <message>
        <source>No genes_to_phenotype.txt or phenotype.hpoa in %1</source>
        <translation>Não existe genes_to_phenotype.txt nem phenotype.hpoa em %1</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Não é possível abrir %1: %2</translation>
    </message>
</context>
<context>
    <name>JsonFields</name>
    <message>
        <source>required field missing</source>
        <translation>campo obrigatório ausente</translation>
    </message>
    <message>
        <source>must be a string, not %1</source>
        <translation>deve ser uma cadeia de caracteres, não %1</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>não pode estar vazio</translation>
    </message>
    <message>
        <source>must be true or false, not %1</source>
        <translation>deve ser true ou false, não %1</translation>
    </message>
    <message>
        <source>must be an object, not %1</source>
        <translation>deve ser um objeto, não %1</translation>
    </message>
    <message>
        <source>must be an array, not %1</source>
        <translation>deve ser um array, não %1</translation>
    </message>
    <message>
        <source>must be an integer, not %1</source>
        <translation>deve ser um número inteiro, não %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an integer</source>
        <translation>“%1” não é um número inteiro</translation>
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
        <translation>&lt;h3&gt;Nenhum paciente aberto&lt;/h3&gt;&lt;p&gt;Escolha um paciente à esquerda, crie um novo (Ctrl+N) ou importe casos de um phenopacket ou de um arquivo MME JSON ou VCF (Ctrl+I).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>New patient</source>
        <translation>Novo paciente</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <source>&amp;Phenotypes</source>
        <translation>&amp;Fenótipos</translation>
    </message>
    <message>
        <source>&amp;Variants</source>
        <translation>&amp;Variantes</translation>
    </message>
    <message>
        <source>&amp;Matches</source>
        <translation>&amp;Correspondências</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Detalhes</translation>
    </message>
    <message>
        <source>Loading the Human Phenotype Ontology…</source>
        <translation>Carregamento da Human Phenotype Ontology…</translation>
    </message>
    <message>
        <source>HPO not available</source>
        <translation>HPO não disponível</translation>
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
        <translation>Falha na verificação de novas correspondências: %1</translation>
    </message>
    <message>
        <source>&amp;New patient</source>
        <translation>&amp;Novo paciente</translation>
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
        <translation>E&amp;xportar paciente…</translation>
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
        <translation>&amp;Desfazer eliminação</translation>
    </message>
    <message>
        <source>&amp;Find similar patients…</source>
        <translation>&amp;Procurar pacientes semelhantes…</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>N&amp;odes…</source>
        <translation>Nó&amp;s…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>&amp;Audit log…</source>
        <translation>Histórico de &amp;auditoria…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>&amp;About MatchDesk</source>
        <translation>&amp;Sobre o MatchDesk</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Sai&amp;r</translation>
    </message>
    <message>
        <source>Search &amp;patients</source>
        <translation>Pesquisar &amp;pacientes</translation>
    </message>
    <message>
        <source>P&amp;references…</source>
        <translation>P&amp;referências…</translation>
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
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Patient</source>
        <translation>&amp;Paciente</translation>
    </message>
    <message>
        <source>Phenotypes</source>
        <translation>Fenótipos</translation>
    </message>
    <message>
        <source>Variants</source>
        <translation>Variantes</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Correspondências</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalhes</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>Ferra&amp;mentas</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Cannot create the patient</source>
        <translation>Não é possível criar o paciente</translation>
    </message>
    <message>
        <source>Patient %1 created</source>
        <translation>Paciente %1 criado</translation>
    </message>
    <message>
        <source>Delete patient</source>
        <translation>Eliminar paciente</translation>
    </message>
    <message>
        <source>Delete %1 with its phenotypes, variants and matches?
You can undo this (Ctrl+Z) until MatchDesk is closed.</source>
        <translation>Eliminar %1 com os seus fenótipos, variantes e correspondências?
Pode desfazer esta ação (Ctrl+Z) enquanto o MatchDesk estiver aberto.</translation>
    </message>
    <message>
        <source>%1 deleted. Undo with Ctrl+Z.</source>
        <translation>%1 eliminado. Desfazer com Ctrl+Z.</translation>
    </message>
    <message>
        <source>Delete undone</source>
        <translation>Eliminação desfeita</translation>
    </message>
    <message>
        <source>Send this patient&apos;s profile to the enabled nodes (%1)</source>
        <translation>Enviar o perfil deste paciente aos nós ativados (%1)</translation>
    </message>
    <message>
        <source>%1 – MatchDesk</source>
        <translation>%1 – MatchDesk</translation>
    </message>
    <message numerus="yes">
        <source>HPO %1 · %n term(s)</source>
        <translation>
            <numerusform>HPO %1 · %n termo</numerusform>
            <numerusform>HPO %1 · %n termos</numerusform>
        </translation>
    </message>
    <message>
        <source>Human Phenotype Ontology release %1, © the HPO Consortium (see Help › About)</source>
        <translation>Human Phenotype Ontology, versão %1, © HPO Consortium (ver Ajuda › Sobre)</translation>
    </message>
    <message>
        <source>Import patients</source>
        <translation>Importar pacientes</translation>
    </message>
    <message>
        <source>Patient files (*.json *.jsonl *.json.gz *.jsonl.gz *.vcf *.vcf.gz *.bcf);;Phenopackets (*.json *.jsonl *.json.gz *.jsonl.gz);;MME patient JSON (*.json);;VCF (*.vcf *.vcf.gz *.bcf);;All files (*)</source>
        <translation>Arquivos de pacientes (*.json *.jsonl *.json.gz *.jsonl.gz *.vcf *.vcf.gz *.bcf);;Phenopackets (*.json *.jsonl *.json.gz *.jsonl.gz);;Paciente MME JSON (*.json);;VCF (*.vcf *.vcf.gz *.bcf);;Todos os arquivos (*)</translation>
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
            <numerusform>%n alerta não lido: correspondências novas ou alteradas de pacientes em vigilância</numerusform>
            <numerusform>%n alertas não lidos: correspondências novas ou alteradas de pacientes em vigilância</numerusform>
        </translation>
    </message>
    <message>
        <source>No unread alerts</source>
        <translation>Nenhum alerta não lido</translation>
    </message>
</context>
<context>
    <name>MatchDetailWidget</name>
    <message>
        <source>&amp;Copy e-mail</source>
        <translation>&amp;Copiar e-mail</translation>
    </message>
    <message>
        <source>Open contact &amp;link</source>
        <translation>Abrir &amp;link de contato</translation>
    </message>
    <message>
        <source>Triage status</source>
        <translation>Estado de triagem</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Notes on this match (kept on this computer)</source>
        <translation>Notas sobre esta correspondência (ficam neste computador)</translation>
    </message>
    <message>
        <source>Query term</source>
        <translation>Termo da consulta</translation>
    </message>
    <message>
        <source>Matched in the remote case</source>
        <translation>Correspondente no caso remoto</translation>
    </message>
    <message>
        <source>Phenotype explanation</source>
        <translation>Explicação fenotípica</translation>
    </message>
    <message>
        <source>Match details</source>
        <translation>Detalhes da correspondência</translation>
    </message>
    <message>
        <source>Select a match to see why it matched and how to contact its clinician.</source>
        <translation>Selecione uma correspondência para ver por que motivo corresponde e como contatar o médico responsável.</translation>
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
        <translation>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;%2 · pontuação &lt;b&gt;%3&lt;/b&gt; (pontuação do nó %4)&lt;/p&gt;</translation>
    </message>
    <message>
        <source>— no similar term</source>
        <translation>— nenhum termo semelhante</translation>
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
        <translation>Conteúdo de informação do ancestral comum: %1</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Shared genes&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;Genes em comum&lt;/h4&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:gray&apos;&gt;No shared gene.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:gray&apos;&gt;Nenhum gene em comum.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n identical variant(s)</source>
        <translation>
            <numerusform>%n variante idêntica</numerusform>
            <numerusform>%n variantes idênticas</numerusform>
        </translation>
    </message>
    <message>
        <source>different variants</source>
        <translation>variantes diferentes</translation>
    </message>
    <message>
        <source>, same zygosity</source>
        <translation>, mesma zigosidade</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Contradictions&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;Contradições&lt;/h4&gt;</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Disclaimer of %1&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;Declaração de exoneração de responsabilidade de %1&lt;/h4&gt;</translation>
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
        <translation>nova</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>analisada</translation>
    </message>
    <message>
        <source>contacted</source>
        <translation>contatada</translation>
    </message>
    <message>
        <source>collaborating</source>
        <translation>em colaboração</translation>
    </message>
    <message>
        <source>not relevant</source>
        <translation>não relevante</translation>
    </message>
    <message>
        <source>MatchDesk score %1 (phenotype %2, genotype %3): comparable across nodes</source>
        <translation>Pontuação MatchDesk %1 (fenótipo %2, genótipo %3): comparável entre nós</translation>
    </message>
    <message>
        <source>The node&apos;s own score: not comparable between nodes</source>
        <translation>Pontuação própria do nó: não comparável entre nós</translation>
    </message>
    <message>
        <source>No longer returned by %1</source>
        <translation>Deixou de ser devolvida por %1</translation>
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
        <translation>Pontuação</translation>
    </message>
    <message>
        <source>Node score</source>
        <translation>Pontuação do nó</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Nó</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contato</translation>
    </message>
    <message>
        <source>Genes</source>
        <translation>Genes</translation>
    </message>
    <message>
        <source>Key shared phenotypes</source>
        <translation>Principais fenótipos em comum</translation>
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
        <translation>Procurar pacientes semelhantes…</translation>
    </message>
    <message>
        <source>Cancel query</source>
        <translation>Cancelar consulta</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Correspondências</translation>
    </message>
    <message>
        <source>Filter matches</source>
        <translation>Filtrar correspondências</translation>
    </message>
    <message>
        <source>Filter by gene, phenotype, node, contact or note</source>
        <translation>Filtrar por gene, fenótipo, nó, contato ou nota</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtro de estado</translation>
    </message>
    <message>
        <source>All matches</source>
        <translation>Todas as correspondências</translation>
    </message>
    <message>
        <source>Hide not relevant</source>
        <translation>Ocultar não relevantes</translation>
    </message>
    <message>
        <source>New only</source>
        <translation>Apenas novas</translation>
    </message>
    <message>
        <source>Cannot save the triage</source>
        <translation>Não é possível guardar a triagem</translation>
    </message>
    <message>
        <source>Open a patient first.</source>
        <translation>Abra primeiro um paciente.</translation>
    </message>
    <message>
        <source>A query is running.</source>
        <translation>Está em curso uma consulta.</translation>
    </message>
    <message>
        <source>Consent to matchmaking (with its date) is not recorded for this patient: record it on the Details tab before anything can be sent.</source>
        <translation>O consentimento para matchmaking (com a data) não está documentado para este paciente: documente-o em Detalhes antes de poder enviar qualquer dado.</translation>
    </message>
    <message>
        <source>No enabled node: add one in Tools › Nodes.</source>
        <translation>Nenhum nó ativado: adicione um em Ferramentas › Nós.</translation>
    </message>
    <message>
        <source>Find similar patients</source>
        <translation>Procurar pacientes semelhantes</translation>
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
        <translation>Ainda não há correspondências. “Procurar pacientes semelhantes” mostra o que será enviado e depois consulta todos os nós ativados em simultâneo.</translation>
    </message>
</context>
<context>
    <name>MmeClient</name>
    <message>
        <source>no connection: %1</source>
        <translation>sem conexão: %1</translation>
    </message>
    <message>
        <source>no complete answer: %1</source>
        <translation>resposta incompleta: %1</translation>
    </message>
    <message>
        <source>the node did not accept the token</source>
        <translation>o nó não aceitou o token</translation>
    </message>
    <message>
        <source>unexpected HTTP status %1 (200 expected)</source>
        <translation>estado HTTP inesperado %1 (esperado 200)</translation>
    </message>
</context>
<context>
    <name>MmeMediaType</name>
    <message>
        <source>unsupported API version in Accept</source>
        <translation>versão da API não suportada em Accept</translation>
    </message>
    <message>
        <source>Accept does not allow an MME media type</source>
        <translation>Accept não permite nenhum tipo de mídia MME</translation>
    </message>
    <message>
        <source>missing Content-Type; send application/vnd.ga4gh.matchmaker.v1.0+json</source>
        <translation>Content-Type ausente; envie application/vnd.ga4gh.matchmaker.v1.0+json</translation>
    </message>
    <message>
        <source>unsupported Content-Type; send application/vnd.ga4gh.matchmaker.vX.Y+json</source>
        <translation>Content-Type não suportado; envie application/vnd.ga4gh.matchmaker.vX.Y+json</translation>
    </message>
    <message>
        <source>unsupported API version</source>
        <translation>versão da API não suportada</translation>
    </message>
</context>
<context>
    <name>MmePatientReader</name>
    <message>
        <source>&apos;%1&apos; is not a URL (&lt;scheme&gt;:&lt;address&gt;)</source>
        <translation>“%1” não é uma URL (&lt;esquema&gt;:&lt;endereço&gt;)</translation>
    </message>
    <message>
        <source>must be a string or a list of strings</source>
        <translation>deve ser uma cadeia de caracteres ou uma lista de cadeias de caracteres</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>deve ser uma cadeia de caracteres</translation>
    </message>
    <message>
        <source>must be clinician, researcher or patient</source>
        <translation>deve ser clinician, researcher ou patient</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an NCBI taxon id (NCBITaxon:&lt;id&gt;)</source>
        <translation>“%1” não é um ID de táxon NCBI (NCBITaxon:&lt;id&gt;)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of FEMALE, MALE, OTHER, MIXED_SAMPLE, NOT_APPLICABLE</source>
        <translation>“%1” não é nenhum dos valores FEMALE, MALE, OTHER, MIXED_SAMPLE, NOT_APPLICABLE</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>deve ser true ou false</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a MIM: or Orphanet: id</source>
        <translation>“%1” não é um ID MIM: ou Orphanet: válido</translation>
    </message>
    <message>
        <source>must be &quot;yes&quot; or &quot;no&quot;, not &apos;%1&apos;</source>
        <translation>deve ser “yes” ou “no”, não “%1”</translation>
    </message>
    <message>
        <source>%1.id: gene &apos;%2&apos; not found in the HGNC catalog, kept as given</source>
        <translation>%1.id: gene “%2” não encontrado no catálogo HGNC, mantido tal como indicado</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not NCBI36, GRCh37 or GRCh38[.pN]</source>
        <translation>“%1” não é NCBI36, GRCh37 nem GRCh38[.pN]</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not 1-22, X, Y or MT (without &quot;chr&quot;)</source>
        <translation>“%1” não é 1-22, X, Y nem MT (sem “chr”)</translation>
    </message>
    <message>
        <source>must not be smaller than start (%1)</source>
        <translation>não pode ser menor do que start (%1)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a sequence of A, C, G, T, N</source>
        <translation>“%1” não é uma sequência de A, C, G, T, N</translation>
    </message>
    <message>
        <source>must be 1 (heterozygous or hemizygous) or 2 (homozygous)</source>
        <translation>deve ser 1 (heterozigótico ou hemizigótico) ou 2 (homozigótico)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a Sequence Ontology id (SO:nnnnnnn)</source>
        <translation>“%1” não é um ID da Sequence Ontology (SO:nnnnnnn)</translation>
    </message>
    <message>
        <source>needs at least one of features or genomicFeatures</source>
        <translation>precisa de pelo menos features ou genomicFeatures</translation>
    </message>
    <message>
        <source>not valid JSON (%1)</source>
        <translation>JSON inválido (%1)</translation>
    </message>
    <message>
        <source>longer than %1 bytes</source>
        <translation>tem mais de %1 bytes</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an HPO id (HP:nnnnnnn)</source>
        <translation>“%1” não é um ID HPO (HP:nnnnnnn)</translation>
    </message>
    <message>
        <source>%1.%2: unknown field ignored</source>
        <translation>%1.%2: campo desconhecido ignorado</translation>
    </message>
    <message>
        <source>required field missing</source>
        <translation>campo obrigatório ausente</translation>
    </message>
    <message>
        <source>must be a non-negative integer</source>
        <translation>deve ser um número inteiro não negativo</translation>
    </message>
    <message>
        <source>%1.id: gene &apos;%2&apos; is ambiguous in the HGNC catalog (%3), kept as given</source>
        <translation>%1.id: gene “%2” ambíguo no catálogo HGNC (%3), mantido tal como indicado</translation>
    </message>
</context>
<context>
    <name>MmePatientWriter</name>
    <message>
        <source>the MME id must be 1 to 255 bytes</source>
        <translation>o ID MME deve ter entre 1 e 255 bytes</translation>
    </message>
    <message>
        <source>the responsible clinician needs a name and a contact URL (href) for MME</source>
        <translation>o médico responsável precisa de um nome e de uma URL de contato (href) para o MME</translation>
    </message>
    <message>
        <source>disorder %1 has no MME form (only OMIM and Orphanet), left out</source>
        <translation>a doença %1 não tem forma MME (apenas OMIM e Orphanet), omitida</translation>
    </message>
    <message>
        <source>variant %1 has no gene: MME requires one, left out</source>
        <translation>a variante %1 não tem gene: o MME exige um, omitida</translation>
    </message>
    <message>
        <source>neither phenotypic features nor genes to share</source>
        <translation>nem características fenotípicas nem genes para enviar</translation>
    </message>
</context>
<context>
    <name>MmeResponseParser</name>
    <message>
        <source>not JSON: %1 at byte %2</source>
        <translation>não é JSON: %1 no byte %2</translation>
    </message>
    <message>
        <source>the response is not a JSON object</source>
        <translation>a resposta não é um objeto JSON</translation>
    </message>
    <message>
        <source>results: mandatory array, got %1</source>
        <translation>results: array obrigatório, recebido %1</translation>
    </message>
    <message>
        <source>must be an object, got %1</source>
        <translation>deve ser um objeto, recebido %1</translation>
    </message>
    <message>
        <source>mandatory object, got %1</source>
        <translation>objeto obrigatório, recebido %1</translation>
    </message>
    <message>
        <source>mandatory number, got %1</source>
        <translation>número obrigatório, recebido %1</translation>
    </message>
    <message>
        <source>%1 is outside [0, 1]</source>
        <translation>%1 está fora de [0, 1]</translation>
    </message>
    <message>
        <source>&apos;%1&apos; returned twice</source>
        <translation>“%1” devolvido duas vezes</translation>
    </message>
    <message>
        <source>heartbeat: mandatory object, got %1</source>
        <translation>heartbeat: objeto obrigatório, recebido %1</translation>
    </message>
    <message>
        <source>mandatory boolean, got %1</source>
        <translation>booleano obrigatório, recebido %1</translation>
    </message>
    <message>
        <source>mandatory string, got %1</source>
        <translation>cadeia de caracteres obrigatória, recebida %1</translation>
    </message>
    <message>
        <source>mandatory array, got %1</source>
        <translation>array obrigatório, recebido %1</translation>
    </message>
    <message>
        <source>mandatory non-empty string, got %1</source>
        <translation>cadeia de caracteres não vazia obrigatória, recebida %1</translation>
    </message>
    <message>
        <source>longer than 255 bytes</source>
        <translation>tem mais de 255 bytes</translation>
    </message>
    <message>
        <source>must be an array, got %1</source>
        <translation>deve ser um array, recebido %1</translation>
    </message>
    <message>
        <source>needs at least one of features or genomicFeatures</source>
        <translation>precisa de pelo menos features ou genomicFeatures</translation>
    </message>
</context>
<context>
    <name>NodeCommandLine</name>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>comando desconhecido “%1”</translation>
    </message>
    <message>
        <source>Clients file.</source>
        <translation>Arquivo de clientes.</translation>
    </message>
    <message>
        <source>Client name.</source>
        <translation>Nome do cliente.</translation>
    </message>
    <message>
        <source>add-client needs --clients FILE and --name NAME</source>
        <translation>add-client precisa de --clients FILE e --name NAME</translation>
    </message>
    <message>
        <source>Client &quot;%1&quot; added to %2. The token above is shown only once; the file keeps its SHA-256.
</source>
        <translation>Cliente “%1” adicionado a %2. O token acima só é mostrado uma vez; o arquivo guarda apenas o seu SHA-256.
</translation>
    </message>
    <message>
        <source>Node database.</source>
        <translation>Base de dados do nó.</translation>
    </message>
    <message>
        <source>Files to import.</source>
        <translation>Arquivos a importar.</translation>
    </message>
    <message>
        <source>import needs --db FILE and at least one input file</source>
        <translation>import precisa de --db FILE e de pelo menos um arquivo de entrada</translation>
    </message>
    <message>
        <source>warning: gene catalog not loaded (%1); gene ids are kept as given
</source>
        <translation>aviso: catálogo de genes não carregado (%1); os IDs de genes são mantidos tal como indicados
</translation>
    </message>
    <message numerus="yes">
        <source>imported %n case(s); the node holds %1</source>
        <translation>
            <numerusform>%n caso importado; o nó contém %1</numerusform>
            <numerusform>%n casos importados; o nó contém %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Address.</source>
        <translation>Endereço.</translation>
    </message>
    <message>
        <source>Certificate.</source>
        <translation>Certificado.</translation>
    </message>
    <message>
        <source>Key.</source>
        <translation>Chave privada.</translation>
    </message>
    <message>
        <source>Base path.</source>
        <translation>Caminho base.</translation>
    </message>
    <message>
        <source>Max results.</source>
        <translation>Número máximo de resultados.</translation>
    </message>
    <message>
        <source>Min score.</source>
        <translation>Pontuação mínima.</translation>
    </message>
    <message>
        <source>Disclaimer.</source>
        <translation>Declaração de exoneração de responsabilidade.</translation>
    </message>
    <message>
        <source>Disclaimer file.</source>
        <translation>Arquivo da declaração de exoneração de responsabilidade.</translation>
    </message>
    <message>
        <source>Max body.</source>
        <translation>Tamanho máximo do corpo do pedido.</translation>
    </message>
    <message>
        <source>Timeout.</source>
        <translation>Tempo limite.</translation>
    </message>
    <message>
        <source>Production node.</source>
        <translation>Nó de produção.</translation>
    </message>
    <message>
        <source>Contact.</source>
        <translation>Contato.</translation>
    </message>
    <message>
        <source>Contact URL.</source>
        <translation>URL de contato.</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>argumento inesperado “%1”</translation>
    </message>
    <message>
        <source>serve needs --db FILE, --listen HOST:PORT and --clients FILE</source>
        <translation>serve precisa de --db FILE, --listen HOST:PORT e --clients FILE</translation>
    </message>
    <message>
        <source>--max-results must be an integer from 1 to 1000</source>
        <translation>--max-results deve ser um número inteiro entre 1 e 1000</translation>
    </message>
    <message>
        <source>--min-score must be a number from 0 to below 1</source>
        <translation>--min-score deve ser um número maior ou igual a 0 e menor do que 1</translation>
    </message>
    <message>
        <source>--max-body must be an integer of at least 1024</source>
        <translation>--max-body deve ser um número inteiro igual ou superior a 1024</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>não é possível ler %1: %2</translation>
    </message>
    <message>
        <source>--listen must be HOST:PORT, e.g. 127.0.0.1:8443</source>
        <translation>--listen deve ter a forma HOST:PORT, p. ex. 127.0.0.1:8443</translation>
    </message>
    <message>
        <source>--listen: &quot;%1&quot; is not an IP address</source>
        <translation>--listen: “%1” não é um endereço IP</translation>
    </message>
    <message>
        <source>--tls-cert and --tls-key go together</source>
        <translation>--tls-cert e --tls-key devem ser indicados em conjunto</translation>
    </message>
    <message>
        <source>No PEM certificate in %1</source>
        <translation>Não existe nenhum certificado PEM em %1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Não é possível ler %1: %2</translation>
    </message>
    <message>
        <source>No usable PEM private key (RSA or EC) in %1</source>
        <translation>Não existe nenhuma chave privada PEM utilizável (RSA ou EC) em %1</translation>
    </message>
    <message>
        <source>Refusing plain HTTP on %1: without --tls-cert/--tls-key the node only listens on loopback (127.0.0.1 or ::1)</source>
        <translation>HTTP não cifrado recusado em %1: sem --tls-cert/--tls-key, o nó só escuta na interface de loopback (127.0.0.1 ou ::1)</translation>
    </message>
    <message>
        <source>warning: serving plain HTTP on loopback only; use --tls-cert/--tls-key for a real node
</source>
        <translation>aviso: HTTP não cifrado servido apenas na interface de loopback; utilize --tls-cert/--tls-key para um nó real
</translation>
    </message>
    <message>
        <source>warning: no clients in %1; every request will be answered 401
</source>
        <translation>aviso: nenhum cliente em %1; todos os pedidos serão respondidos com 401
</translation>
    </message>
    <message>
        <source>Cannot load the HPO, which the node needs for matching: %1</source>
        <translation>Não é possível carregar a HPO, de que o nó precisa para a pesquisa de correspondências: %1</translation>
    </message>
    <message>
        <source>disease annotations</source>
        <translation>anotações de doenças</translation>
    </message>
    <message>
        <source>warning: HPO annotations not loaded (%1); information content from the node&apos;s cases
</source>
        <translation>aviso: anotações da HPO não carregadas (%1); conteúdo de informação calculado a partir dos casos do nó
</translation>
    </message>
    <message>
        <source>the node&apos;s cases</source>
        <translation>casos do nó</translation>
    </message>
    <message>
        <source>warning: gene phenotype profiles not loaded (%1); scoring without them
</source>
        <translation>aviso: perfis fenotípicos dos genes não carregados (%1); pontuação calculada sem eles
</translation>
    </message>
    <message>
        <source>warning: gene catalog not loaded (%1); gene ids are checked by form only
</source>
        <translation>aviso: catálogo de genes não carregado (%1); os IDs de genes só são verificados quanto ao formato
</translation>
    </message>
    <message>
        <source>Cannot set up signal handling</source>
        <translation>Não é possível configurar o tratamento de sinais</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) loaded in %1 ms (reference data %2 ms, database %3 ms, index %4 ms; information content from %5)</source>
        <translation>
            <numerusform>%n caso carregado em %1 ms (dados de referência %2 ms, base de dados %3 ms, índice %4 ms; conteúdo de informação com base em %5)</numerusform>
            <numerusform>%n casos carregados em %1 ms (dados de referência %2 ms, base de dados %3 ms, índice %4 ms; conteúdo de informação com base em %5)</numerusform>
        </translation>
    </message>
    <message>
        <source>stopped
</source>
        <translation>parado
</translation>
    </message>
    <message>
        <source>--request-timeout must be a number of seconds greater than 0 and at most 3600</source>
        <translation>--request-timeout deve ser um número de segundos maior que 0 e no máximo 3600</translation>
    </message>
</context>
<context>
    <name>NodeEditDialog</name>
    <message>
        <source>&amp;Enabled: included in queries</source>
        <translation>&amp;Ativado: incluído nas consultas</translation>
    </message>
    <message>
        <source>Add node</source>
        <translation>Adicionar nó</translation>
    </message>
    <message>
        <source>Edit node %1</source>
        <translation>Editar o nó %1</translation>
    </message>
    <message>
        <source>Node name</source>
        <translation>Nome do nó</translation>
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
        <translation>Versão da API MME</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Token de acesso</translation>
    </message>
    <message>
        <source>stored in the keychain – type to replace</source>
        <translation>guardado no cofre de chaves – escreva para substituir</translation>
    </message>
    <message>
        <source>X-Auth-Token</source>
        <translation>X-Auth-Token</translation>
    </message>
    <message>
        <source>The token is kept in the system keychain and never shown again.</source>
        <translation>O token é guardado no cofre de chaves do sistema e nunca mais é mostrado.</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Connect timeout</source>
        <translation>Tempo limite de conexão</translation>
    </message>
    <message>
        <source>Total timeout</source>
        <translation>Tempo limite total</translation>
    </message>
    <message>
        <source>CA bundle</source>
        <translation>Pacote de CA</translation>
    </message>
    <message>
        <source>system certificate store</source>
        <translation>repositório de certificados do sistema</translation>
    </message>
    <message>
        <source>Pinned public key</source>
        <translation>Chave pública fixada</translation>
    </message>
    <message>
        <source>sha256//… (optional)</source>
        <translation>sha256//… (opcional)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>Base &amp;URL:</source>
        <translation>&amp;URL base:</translation>
    </message>
    <message>
        <source>API &amp;version:</source>
        <translation>&amp;Versão da API:</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>&amp;Connect timeout:</source>
        <translation>Tempo limite de &amp;conexão:</translation>
    </message>
    <message>
        <source>T&amp;otal timeout:</source>
        <translation>Tempo limite t&amp;otal:</translation>
    </message>
    <message>
        <source>CA &amp;bundle:</source>
        <translation>&amp;Pacote de CA:</translation>
    </message>
    <message>
        <source>&amp;Pinned key:</source>
        <translation>Chave &amp;fixada:</translation>
    </message>
    <message>
        <source>Give the node a name.</source>
        <translation>Atribua um nome ao nó.</translation>
    </message>
    <message>
        <source>Enter the node&apos;s base URL (https://…).</source>
        <translation>Indique a URL base do nó (https://…).</translation>
    </message>
    <message>
        <source>Plain http is only allowed on this computer (localhost); use https.</source>
        <translation>O http não cifrado só é permitido neste computador (localhost); utilize https.</translation>
    </message>
</context>
<context>
    <name>NodeHttpServer</name>
    <message>
        <source>Cannot listen on %1:%2: %3</source>
        <translation>Não é possível escutar em %1:%2: %3</translation>
    </message>
</context>
<context>
    <name>NodeModel</name>
    <message>
        <source>Set by your IT department</source>
        <translation>Definido pelo departamento de informática</translation>
    </message>
    <message>
        <source>%1 (policy)</source>
        <translation>%1 (política)</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>ativado</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>desativado</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Nó</translation>
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
        <translation>Último teste</translation>
    </message>
</context>
<context>
    <name>NodeRequestParser</name>
    <message>
        <source>invalid JSON: %1 at offset %2</source>
        <translation>JSON inválido: %1 na posição %2</translation>
    </message>
    <message>
        <source>the request body must be a JSON object with a &quot;patient&quot;</source>
        <translation>o corpo do pedido deve ser um objeto JSON com um “patient”</translation>
    </message>
    <message>
        <source>is mandatory</source>
        <translation>é obrigatório</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>deve ser um objeto</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>deve ser uma cadeia de caracteres</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a current HPO term</source>
        <translation>“%1” não é um termo HPO atual</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an Ensembl gene id, Entrez id, HGNC id or HGNC symbol</source>
        <translation>“%1” não é um ID de gene Ensembl, um ID Entrez, um ID HGNC nem um símbolo HGNC</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a known gene (HGNC)</source>
        <translation>“%1” não é um gene conhecido (HGNC)</translation>
    </message>
</context>
<context>
    <name>NodeResult</name>
    <message numerus="yes">
        <source>ok %n result(s) in %1 ms</source>
        <translation>
            <numerusform>ok, %n resultado em %1 ms</numerusform>
            <numerusform>ok, %n resultados em %1 ms</numerusform>
        </translation>
    </message>
    <message>
        <source>timeout after %1 ms (%2)</source>
        <translation>tempo limite esgotado após %1 ms (%2)</translation>
    </message>
    <message>
        <source> (node supports %1)</source>
        <translation> (o nó suporta %1)</translation>
    </message>
    <message numerus="yes">
        <source>; %n invalid result(s) dropped</source>
        <translation>
            <numerusform>; %n resultado inválido descartado</numerusform>
            <numerusform>; %n resultados inválidos descartados</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NodeService</name>
    <message>
        <source>no such resource; the node serves %1/match, %1/heartbeat and %1/metrics</source>
        <translation>recurso inexistente; o nó disponibiliza %1/match, %1/heartbeat e %1/metrics</translation>
    </message>
    <message>
        <source>method %1 not allowed; use %2</source>
        <translation>método %1 não permitido; utilize %2</translation>
    </message>
    <message>
        <source>missing X-Auth-Token</source>
        <translation>X-Auth-Token ausente</translation>
    </message>
    <message>
        <source>invalid X-Auth-Token</source>
        <translation>X-Auth-Token inválido</translation>
    </message>
    <message>
        <source>request body larger than %1 bytes</source>
        <translation>corpo do pedido maior do que %1 bytes</translation>
    </message>
</context>
<context>
    <name>NodeStatus</name>
    <message>
        <source>waiting</source>
        <translation>em espera</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>timeout</source>
        <translation>tempo limite esgotado</translation>
    </message>
    <message>
        <source>connection failed</source>
        <translation>falha na conexão</translation>
    </message>
    <message>
        <source>TLS error</source>
        <translation>erro TLS</translation>
    </message>
    <message>
        <source>401 unauthorized</source>
        <translation>401 não autorizado</translation>
    </message>
    <message>
        <source>406 version not accepted</source>
        <translation>406 versão não aceita</translation>
    </message>
    <message>
        <source>HTTP error</source>
        <translation>erro HTTP</translation>
    </message>
    <message>
        <source>malformed response</source>
        <translation>resposta malformada</translation>
    </message>
    <message>
        <source>response too large</source>
        <translation>resposta grande demais</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>não enviado</translation>
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
        <translation>◐ %1 · em espera…</translation>
    </message>
    <message>
        <source>%1: waiting for the answer</source>
        <translation>%1: à espera da resposta</translation>
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
        <translation>%1 %2 · em espera…</translation>
    </message>
</context>
<context>
    <name>NodesDialog</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Adicionar…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remover</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Testar conexão</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Desativar</translation>
    </message>
    <message>
        <source>Matchmaker Exchange nodes</source>
        <translation>Nós do Matchmaker Exchange</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>Nós</translation>
    </message>
    <message>
        <source>Node settings are set by your IT department.</source>
        <translation>As configurações dos nós são definidas pelo departamento de informática.</translation>
    </message>
    <message>
        <source>Set by your IT department</source>
        <translation>Definido pelo departamento de informática</translation>
    </message>
    <message>
        <source>E&amp;nable</source>
        <translation>Ati&amp;var</translation>
    </message>
    <message>
        <source>Cannot add the node</source>
        <translation>Não é possível adicionar o nó</translation>
    </message>
    <message>
        <source>A node named %1 already exists.</source>
        <translation>Já existe um nó com o nome %1.</translation>
    </message>
    <message>
        <source>Cannot save the node</source>
        <translation>Não é possível guardar o nó</translation>
    </message>
    <message>
        <source>Token not stored</source>
        <translation>Token não guardado</translation>
    </message>
    <message>
        <source>token stored in %1</source>
        <translation>token guardado em: %1</translation>
    </message>
    <message>
        <source>Remove node</source>
        <translation>Remover nó</translation>
    </message>
    <message>
        <source>Remove the node %1 and its stored token? Matches already received are kept.</source>
        <translation>Remover o nó %1 e o token guardado? As correspondências já recebidas são mantidas.</translation>
    </message>
    <message>
        <source>Cannot remove the node</source>
        <translation>Não é possível remover o nó</translation>
    </message>
    <message>
        <source>testing…</source>
        <translation>teste em curso…</translation>
    </message>
</context>
<context>
    <name>OutgoingRequest</name>
    <message>
        <source>granted without a date</source>
        <translation>concedido sem data</translation>
    </message>
    <message>
        <source>Patient %1 cannot be sent to matchmaking nodes: no recorded consent for matching (consent: %2). Record the consent and its date first.</source>
        <translation>O paciente %1 não pode ser enviado para nós de matchmaking: não há consentimento documentado para matchmaking (consentimento: %2). Documente primeiro o consentimento e a data.</translation>
    </message>
    <message>
        <source>Patient %1 cannot be sent: the responsible clinician (contact name and e-mail or contact URL) is missing.</source>
        <translation>O paciente %1 não pode ser enviado: falta o médico responsável (nome de contato e e-mail ou URL de contato).</translation>
    </message>
    <message>
        <source>Patient %1 cannot be sent: it has neither an observed phenotype nor a candidate gene to match on.</source>
        <translation>O paciente %1 não pode ser enviado: não tem nenhum fenótipo observado nem nenhum gene candidato para a pesquisa de correspondências.</translation>
    </message>
    <message>
        <source>Patient %1 cannot be sent: no pseudonym.</source>
        <translation>O paciente %1 não pode ser enviado: sem pseudônimo.</translation>
    </message>
    <message>
        <source>Patient %1 cannot be sent: %2</source>
        <translation>O paciente %1 não pode ser enviado: %2</translation>
    </message>
    <message>
        <source>Patient %1 was not sent: the payload would contain its local id or label.</source>
        <translation>O paciente %1 não foi enviado: os dados enviados conteriam o seu ID local ou a sua designação.</translation>
    </message>
    <message>
        <source>(patient without id)</source>
        <translation>(paciente sem ID)</translation>
    </message>
</context>
<context>
    <name>PatientDetailsPage</name>
    <message>
        <source>Add disorder</source>
        <translation>Adicionar doença</translation>
    </message>
    <message>
        <source>Remove disorder</source>
        <translation>Remover doença</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Designação</translation>
    </message>
    <message>
        <source>e.g. initials and year; stays on this computer</source>
        <translation>p. ex. iniciais e ano; fica neste computador</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconhecido</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Feminino</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Masculino</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Outro</translation>
    </message>
    <message>
        <source>Consent to matchmaking</source>
        <translation>Consentimento para matchmaking</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Não documentado</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Concedido</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Recusado</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirado</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>Data do consentimento</translation>
    </message>
    <message>
        <source>Clinician name</source>
        <translation>Nome do médico</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Instituição</translation>
    </message>
    <message>
        <source>Clinician e-mail</source>
        <translation>E-mail do médico</translation>
    </message>
    <message>
        <source>Contact link</source>
        <translation>Link de contato</translation>
    </message>
    <message>
        <source>mailto: address or https contact form</source>
        <translation>endereço mailto: ou formulário de contato https</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>&amp;Label (local only):</source>
        <translation>&amp;Designação (apenas local):</translation>
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
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>D&amp;ata:</translation>
    </message>
    <message>
        <source>Responsible clinician (shared with matches)</source>
        <translation>Médico responsável (comunicado às correspondências)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;Institution:</source>
        <translation>&amp;Instituição:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>E-&amp;mail:</translation>
    </message>
    <message>
        <source>Contact &amp;link:</source>
        <translation>&amp;Link de contato:</translation>
    </message>
    <message>
        <source>Disorder id</source>
        <translation>ID da doença</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>Excluída</translation>
    </message>
    <message>
        <source>Disorders</source>
        <translation>Doenças</translation>
    </message>
    <message>
        <source>Disorders (OMIM / ORPHA)</source>
        <translation>Doenças (OMIM / ORPHA)</translation>
    </message>
    <message>
        <source>This patient may be shared with matchmaking nodes.</source>
        <translation>Este paciente pode ser enviado para nós de matchmaking.</translation>
    </message>
    <message>
        <source>Without granted consent (with its date) the patient cannot be sent to any node.</source>
        <translation>Sem consentimento concedido (com a data), o paciente não pode ser enviado para nenhum nó.</translation>
    </message>
</context>
<context>
    <name>PatientImporter</name>
    <message>
        <source>%1: already in the database</source>
        <translation>%1: já existe na base de dados</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importação de %1…</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Importação concluída</translation>
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
        <translation>Não é possível importar %1</translation>
    </message>
    <message>
        <source>Import variants from VCF</source>
        <translation>Importar variantes de VCF</translation>
    </message>
    <message>
        <source>VCF files (*.vcf *.vcf.gz *.bcf);;All files (*)</source>
        <translation>Arquivos VCF (*.vcf *.vcf.gz *.bcf);;Todos os arquivos (*)</translation>
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
        <translation>Exportação em curso…</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Falha na exportação</translation>
    </message>
</context>
<context>
    <name>PatientListModel</name>
    <message numerus="yes">
        <source>%1 (local id %2)
%n observed term(s)</source>
        <translation>
            <numerusform>%1 (ID local %2)
%n termo observado</numerusform>
            <numerusform>%1 (ID local %2)
%n termos observados</numerusform>
        </translation>
    </message>
    <message>
        <source>Consent to matchmaking not recorded</source>
        <translation>Consentimento para matchmaking não documentado</translation>
    </message>
    <message numerus="yes">
        <source>%n observed term(s)</source>
        <translation>
            <numerusform>%n termo observado</numerusform>
            <numerusform>%n termos observados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new match(es)</source>
        <translation>
            <numerusform>%n correspondência nova</numerusform>
            <numerusform>%n correspondências novas</numerusform>
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
        <translation>Termos</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Novas</translation>
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
        <translation>Pesquisar pacientes (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search patients</source>
        <translation>Pesquisar pacientes</translation>
    </message>
    <message>
        <source>Patient filter</source>
        <translation>Filtro de pacientes</translation>
    </message>
    <message>
        <source>All patients</source>
        <translation>Todos os pacientes</translation>
    </message>
    <message>
        <source>With new matches</source>
        <translation>Com novas correspondências</translation>
    </message>
    <message>
        <source>Consent missing</source>
        <translation>Sem consentimento</translation>
    </message>
    <message>
        <source>Never queried</source>
        <translation>Nunca consultados</translation>
    </message>
    <message>
        <source>Not queried for 90 days</source>
        <translation>Não consultados há 90 dias</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Pacientes</translation>
    </message>
    <message>
        <source>No patients yet.
Create one (Ctrl+N) or import a phenopacket, MME JSON or VCF file (Ctrl+I).</source>
        <translation>Ainda não há pacientes.
Crie um (Ctrl+N) ou importe um phenopacket ou um arquivo MME JSON ou VCF (Ctrl+I).</translation>
    </message>
    <message>
        <source>No patient matches the search or filter.</source>
        <translation>Nenhum paciente corresponde à pesquisa ou ao filtro.</translation>
    </message>
</context>
<context>
    <name>PatientSummaryPane</name>
    <message>
        <source>&lt;h3&gt;Getting started&lt;/h3&gt;&lt;ol&gt;&lt;li&gt;Create or import a patient.&lt;/li&gt;&lt;li&gt;Record consent and the responsible clinician (Details).&lt;/li&gt;&lt;li&gt;Enter observed and excluded HPO terms (Phenotypes).&lt;/li&gt;&lt;li&gt;Add candidate genes or variants (Variants).&lt;/li&gt;&lt;li&gt;Find similar patients on the Matchmaker Exchange nodes.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;h3&gt;Primeiros passos&lt;/h3&gt;&lt;ol&gt;&lt;li&gt;Crie ou importe um paciente.&lt;/li&gt;&lt;li&gt;Documente o consentimento e o médico responsável (Detalhes).&lt;/li&gt;&lt;li&gt;Insira os termos HPO observados e excluídos (Fenótipos).&lt;/li&gt;&lt;li&gt;Adicione genes ou variantes candidatos (Variantes).&lt;/li&gt;&lt;li&gt;Procure pacientes semelhantes nos nós do Matchmaker Exchange.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>Consent granted on %1</source>
        <translation>Consentimento concedido em %1</translation>
    </message>
    <message>
        <source>Consent to matchmaking not recorded</source>
        <translation>Consentimento para matchmaking não documentado</translation>
    </message>
    <message numerus="yes">
        <source>%n observed term(s)</source>
        <translation>
            <numerusform>%n termo observado</numerusform>
            <numerusform>%n termos observados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n excluded</source>
        <translation>
            <numerusform>%n excluído</numerusform>
            <numerusform>%n excluídos</numerusform>
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
        <translation>Sem médico responsável</translation>
    </message>
    <message>
        <source>Contact: %1</source>
        <translation>Contato: %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Origem: %1</translation>
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
        <translation>“%1” não é uma versão do esquema Phenopacket v2</translation>
    </message>
    <message>
        <source>%1: metaData missing</source>
        <translation>%1: metaData ausente</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an HPO id (HP:nnnnnnn)</source>
        <translation>“%1” não é um ID HPO (HP:nnnnnnn)</translation>
    </message>
    <message>
        <source>needs either gene or variantInterpretation</source>
        <translation>precisa de gene ou de variantInterpretation</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>o arquivo está vazio</translation>
    </message>
    <message>
        <source>not valid JSON (%1)</source>
        <translation>JSON inválido (%1)</translation>
    </message>
    <message>
        <source>document %1</source>
        <translation>documento %1</translation>
    </message>
    <message>
        <source>must be a JSON object, not %1</source>
        <translation>deve ser um objeto JSON, não %1</translation>
    </message>
    <message>
        <source>must be a JSON object (a phenopacket)</source>
        <translation>deve ser um objeto JSON (um phenopacket)</translation>
    </message>
    <message>
        <source>import cancelled</source>
        <translation>importação cancelada</translation>
    </message>
    <message>
        <source>%1: HPO ids kept as given (no ontology loaded to map alternative and obsolete ids)</source>
        <translation>%1: IDs HPO mantidos tal como indicados (nenhuma ontologia carregada para resolver IDs alternativos e obsoletos)</translation>
    </message>
    <message>
        <source>%1: %2 is an alternative id, mapped to %3</source>
        <translation>%1: %2 é um ID alternativo, resolvido como %3</translation>
    </message>
    <message>
        <source>%1: %2 is obsolete, replaced by %3</source>
        <translation>%1: %2 está obsoleto, substituído por %3</translation>
    </message>
    <message>
        <source>%1: %2 is obsolete without replacement, kept as given</source>
        <translation>%1: %2 está obsoleto sem substituto, mantido tal como indicado</translation>
    </message>
    <message>
        <source>%1: %2 is not in the ontology, kept as given</source>
        <translation>%1: %2 não consta da ontologia, mantido tal como indicado</translation>
    </message>
    <message>
        <source>%1 is not a sex enum value (0-3)</source>
        <translation>%1 não é um valor da enumeração de sexo (0-3)</translation>
    </message>
    <message>
        <source>must be a string, not %1</source>
        <translation>deve ser uma cadeia de caracteres, não %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of UNKNOWN_SEX, FEMALE, MALE, OTHER_SEX</source>
        <translation>“%1” não é nenhum dos valores UNKNOWN_SEX, FEMALE, MALE, OTHER_SEX</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>deve ser uma cadeia de caracteres</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an ACMG classification</source>
        <translation>“%1” não é uma classificação ACMG</translation>
    </message>
    <message>
        <source>%1 is not an ACMG classification</source>
        <translation>%1 não é uma classificação ACMG</translation>
    </message>
    <message>
        <source>must be a 1-based position (at least 1), not %1</source>
        <translation>deve ser uma posição com base 1 (no mínimo 1), não %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a GENO id</source>
        <translation>“%1” não é um ID GENO</translation>
    </message>
</context>
<context>
    <name>PhenotypeFeatureModel</name>
    <message>
        <source>%1 is not a current HPO term</source>
        <translation>%1 não é um termo HPO atual</translation>
    </message>
    <message>
        <source>Redundant: %1 is an ancestor of %2, which is also observed</source>
        <translation>Redundante: %1 é ancestral de %2, que também está observado</translation>
    </message>
    <message>
        <source>Conflict: %1 is both observed and excluded</source>
        <translation>Conflito: %1 está simultaneamente observado e excluído</translation>
    </message>
    <message>
        <source>Conflict: %1 is excluded but its descendant %2 is observed</source>
        <translation>Conflito: %1 está excluído, mas o seu descendente %2 está observado</translation>
    </message>
    <message>
        <source>English: %1 (machine translation, not yet approved)</source>
        <translation>Inglês: %1 (tradução automática, ainda não aprovada)</translation>
    </message>
    <message>
        <source>English: %1</source>
        <translation>Inglês: %1</translation>
    </message>
    <message>
        <source>excluded</source>
        <translation>excluído</translation>
    </message>
    <message>
        <source>observed</source>
        <translation>observado</translation>
    </message>
    <message>
        <source>Phenotype</source>
        <translation>Fenótipo</translation>
    </message>
    <message>
        <source>HPO id</source>
        <translation>ID HPO</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Onset</source>
        <translation>Início</translation>
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
        <translation>Adicionar como &amp;observado</translation>
    </message>
    <message>
        <source>Add e&amp;xcluded</source>
        <translation>Adicionar como e&amp;xcluído</translation>
    </message>
    <message>
        <source>Observed ⇄ excluded</source>
        <translation>Observado ⇄ excluído</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remover</translation>
    </message>
    <message>
        <source>Search HPO terms</source>
        <translation>Pesquisar termos HPO</translation>
    </message>
    <message>
        <source>HPO suggestions</source>
        <translation>Sugestões HPO</translation>
    </message>
    <message>
        <source>Return adds the highlighted term as observed, Shift+Return as excluded; ↑/↓ choose.</source>
        <translation>Enter adiciona o termo destacado como observado, Shift+Enter como excluído; ↑/↓ para escolher.</translation>
    </message>
    <message>
        <source>Onset of the next term</source>
        <translation>Idade de início do próximo termo</translation>
    </message>
    <message>
        <source>Phenotype profile</source>
        <translation>Perfil fenotípico</translation>
    </message>
    <message>
        <source>&amp;Find term:</source>
        <translation>&amp;Procurar termo:</translation>
    </message>
    <message>
        <source>O&amp;nset:</source>
        <translation>&amp;Início:</translation>
    </message>
    <message>
        <source>Type a phenotype, synonym or HPO id (Ctrl+T), e.g. “seizure” or HP:0001250</source>
        <translation>Escreva um fenótipo, um sinônimo ou um ID HPO (Ctrl+T), p. ex. “convulsão” ou HP:0001250</translation>
    </message>
    <message>
        <source>Loading the Human Phenotype Ontology…</source>
        <translation>Carregamento da Human Phenotype Ontology…</translation>
    </message>
    <message>
        <source>Onset unknown</source>
        <translation>Início desconhecido</translation>
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
            <numerusform>%n excluído</numerusform>
            <numerusform>%n excluídos</numerusform>
        </translation>
    </message>
    <message>
        <source>low – add more specific terms</source>
        <translation>baixa – adicione termos mais específicos</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>moderada</translation>
    </message>
    <message>
        <source>high</source>
        <translation>elevada</translation>
    </message>
    <message>
        <source>specificity: %1 (total information content %2)</source>
        <translation>especificidade: %1 (conteúdo de informação total %2)</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Set by your IT department</source>
        <translation>Definido pelo departamento de informática</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Preferências</translation>
    </message>
    <message>
        <source>System default</source>
        <extracomment>Language choice: follow the operating system&apos;s language.</extracomment>
        <translation>Idioma do sistema</translation>
    </message>
    <message>
        <source>Also the language of HPO term labels; candidate (machine) translations are shown in italics, terms without a translation in English. Data sent to other nodes always uses HPO ids and English labels.</source>
        <translation>Também o idioma das designações dos termos HPO; as traduções candidatas (automáticas) aparecem em itálico e os termos sem tradução em inglês. Os dados enviados a outros nós utilizam sempre IDs HPO e designações em inglês.</translation>
    </message>
    <message>
        <source>Show a desktop notification when watched patients have new matches</source>
        <translation>Mostrar uma notificação do sistema quando pacientes em vigilância tiverem novas correspondências</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Diariamente</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Semanalmente</translation>
    </message>
    <message>
        <source>Only when I ask</source>
        <translation>Apenas quando eu pedir</translation>
    </message>
    <message>
        <source>Watch a patient for new matches after their first query</source>
        <translation>Vigiar novas correspondências de um paciente após a primeira consulta</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Notifications:</source>
        <translation>Notificações:</translation>
    </message>
    <message>
        <source>Check for new &amp;matches:</source>
        <translation>Procurar novas &amp;correspondências:</translation>
    </message>
    <message>
        <source>Minimum &amp;score for alerts:</source>
        <translation>&amp;Pontuação mínima para alertas:</translation>
    </message>
    <message>
        <source>Watching:</source>
        <translation>Vigilância:</translation>
    </message>
    <message>
        <source>Some settings are managed by your IT department: they are shown greyed out and cannot be changed here.</source>
        <translation>Algumas configurações são definidas pelo departamento de informática: aparecem esmaecidas e não podem ser alteradas aqui.</translation>
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
        <translation>A chave de pseudonimização no cofre de chaves é curta demais (%1 bytes); esperados %2</translation>
    </message>
    <message>
        <source>Cannot read the pseudonym key from the %1: %2</source>
        <translation>Não é possível ler a chave de pseudonimização do %1: %2</translation>
    </message>
    <message>
        <source>Cannot store the new pseudonym key in the %1: %2</source>
        <translation>Não é possível guardar a nova chave de pseudonimização no %1: %2</translation>
    </message>
</context>
<context>
    <name>QueryPerturbation</name>
    <message>
        <source>Invalid perturbation &apos;%1&apos; (expected imprecision=P in [0,1], noise=K &gt;= 0, drop=D in [0,1))</source>
        <translation>Perturbação inválida “%1” (esperado imprecision=P em [0,1], noise=K &gt;= 0, drop=D em [0,1))</translation>
    </message>
</context>
<context>
    <name>ResultRecorder</name>
    <message>
        <source>results not saved: %1</source>
        <translation>resultados não guardados: %1</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>Cannot read the demo secret file %1: %2</source>
        <translation>Não é possível ler o arquivo secreto de demonstração %1: %2</translation>
    </message>
    <message>
        <source>The demo secret file %1 is damaged: %2</source>
        <translation>O arquivo secreto de demonstração %1 está danificado: %2</translation>
    </message>
    <message>
        <source>Cannot write the demo secret file %1: %2</source>
        <translation>Não é possível escrever o arquivo secreto de demonstração %1: %2</translation>
    </message>
    <message>
        <source>demo secret file %1 (NOT SECURE, demo only)</source>
        <translation>arquivo secreto de demonstração %1 (NÃO SEGURO, apenas para demonstração)</translation>
    </message>
    <message>
        <source>No secret &apos;%1&apos; in the %2</source>
        <translation>O segredo “%1” não existe no %2</translation>
    </message>
    <message>
        <source>in-memory secret store (tests and demo only)</source>
        <translation>armazenamento de segredos em memória (apenas para testes e demonstração)</translation>
    </message>
    <message>
        <source>OS keychain (service &quot;%1&quot;)</source>
        <translation>cofre de chaves do sistema (serviço “%1”)</translation>
    </message>
    <message>
        <source>OS keychain: cannot read &apos;%1&apos;: %2</source>
        <translation>Cofre de chaves do sistema: não é possível ler “%1”: %2</translation>
    </message>
    <message>
        <source>OS keychain: cannot store &apos;%1&apos;: %2</source>
        <translation>Cofre de chaves do sistema: não é possível guardar “%1”: %2</translation>
    </message>
    <message>
        <source>OS keychain: cannot remove &apos;%1&apos;: %2</source>
        <translation>Cofre de chaves do sistema: não é possível remover “%1”: %2</translation>
    </message>
</context>
<context>
    <name>SecretStoreFactory</name>
    <message>
        <source>Unknown secret store &apos;%1&apos; (MATCHDESK_KEYCHAIN): use system, memory or file:PATH</source>
        <translation>Armazenamento de segredos desconhecido “%1” (MATCHDESK_KEYCHAIN): utilize system, memory ou file:CAMINHO</translation>
    </message>
</context>
<context>
    <name>SendPreviewDialog</name>
    <message>
        <source>Find similar patients – what will be sent</source>
        <translation>Procurar pacientes semelhantes – o que será enviado</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;The profile below will be sent to &lt;b&gt;%n node(s)&lt;/b&gt;: %1.&lt;/p&gt;&lt;p&gt;The nodes see the pseudonym &lt;tt&gt;%2&lt;/tt&gt;, never the label or local id. The clinician contact is shared so that matches can reach you.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;O perfil abaixo será enviado para &lt;b&gt;%n nó&lt;/b&gt;: %1.&lt;/p&gt;&lt;p&gt;Os nós veem o pseudônimo &lt;tt&gt;%2&lt;/tt&gt;, nunca a designação nem o ID local. O contato do médico é enviado para permitir que as correspondências entrem em contato.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;O perfil abaixo será enviado para &lt;b&gt;%n nós&lt;/b&gt;: %1.&lt;/p&gt;&lt;p&gt;Os nós veem o pseudônimo &lt;tt&gt;%2&lt;/tt&gt;, nunca a designação nem o ID local. O contato do médico é enviado para permitir que as correspondências entrem em contato.&lt;/p&gt;</numerusform>
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
        <translation>Corpo do pedido para %1</translation>
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
        <translation>Base de dados %1: %2: %3</translation>
    </message>
    <message>
        <source>cannot open</source>
        <translation>não é possível abrir</translation>
    </message>
    <message>
        <source>Database %1: %2</source>
        <translation>Base de dados %1: %2</translation>
    </message>
    <message>
        <source>Cannot create backup %1</source>
        <translation>Não é possível criar a cópia de segurança %1</translation>
    </message>
    <message>
        <source>Backup of %1 to %2 failed: %3</source>
        <translation>Falha na cópia de segurança de %1 para %2: %3</translation>
    </message>
    <message>
        <source>Database %1: %2 failed: %3 (%4)</source>
        <translation>Base de dados %1: falha em %2: %3 (%4)</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the database</source>
        <translation>Não é possível criar a pasta %1 para a base de dados</translation>
    </message>
    <message>
        <source>%1 is not a MatchDesk database (it belongs to another application)</source>
        <translation>%1 não é uma base de dados do MatchDesk (pertence a outra aplicação)</translation>
    </message>
    <message>
        <source>%1 is not a MatchDesk database (it holds other tables)</source>
        <translation>%1 não é uma base de dados do MatchDesk (contém outras tabelas)</translation>
    </message>
    <message>
        <source>%1 was written by a newer MatchDesk (schema %2; this version reads up to %3)</source>
        <translation>%1 foi escrita por uma versão mais recente do MatchDesk (esquema %2; esta versão lê no máximo o esquema %3)</translation>
    </message>
    <message>
        <source>The database %1 is damaged: %2. Restore it from a backup (the folder holds copies made before each upgrade).</source>
        <translation>A base de dados %1 está danificada: %2. Restaure-a a partir de uma cópia de segurança (a pasta contém cópias feitas antes de cada atualização).</translation>
    </message>
    <message>
        <source>%1 is not a MatchDesk database or is damaged (file is not a database)</source>
        <translation>%1 não é uma base de dados do MatchDesk ou está danificada (o arquivo não é uma base de dados)</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was saved</source>
        <translation>Importação cancelada: nada foi guardado</translation>
    </message>
    <message>
        <source>A patient needs a local id</source>
        <translation>Um paciente precisa de um ID local</translation>
    </message>
    <message>
        <source>A patient with the local id &quot;%1&quot; already exists</source>
        <translation>Já existe um paciente com o ID local “%1”</translation>
    </message>
    <message>
        <source>Patient %1 (row %2) no longer exists</source>
        <translation>O paciente %1 (linha %2) deixou de existir</translation>
    </message>
    <message>
        <source>A node needs a name and a valid base URL</source>
        <translation>Um nó precisa de um nome e de uma URL base válida</translation>
    </message>
    <message>
        <source>Match %1 does not exist</source>
        <translation>A correspondência %1 não existe</translation>
    </message>
</context>
<context>
    <name>TermBrowserWidget</name>
    <message>
        <source>Add as &amp;observed</source>
        <translation>Adicionar como &amp;observado</translation>
    </message>
    <message>
        <source>Add as e&amp;xcluded</source>
        <translation>Adicionar como e&amp;xcluído</translation>
    </message>
    <message>
        <source>Term definition</source>
        <translation>Definição do termo</translation>
    </message>
    <message>
        <source>Parent terms</source>
        <translation>Termos pais</translation>
    </message>
    <message>
        <source>Child terms</source>
        <translation>Termos filhos</translation>
    </message>
    <message>
        <source>&amp;Parents</source>
        <translation>&amp;Pais</translation>
    </message>
    <message>
        <source>C&amp;hildren</source>
        <translation>&amp;Filhos</translation>
    </message>
    <message>
        <source>&lt;h3&gt;HPO browser&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Navegador HPO&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;HPO browser&lt;/h3&gt;&lt;p&gt;Loading the ontology…&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Navegador HPO&lt;/h3&gt;&lt;p&gt;Carregamento da ontologia…&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:gray&apos;&gt;Select a suggestion or a term of the profile to see its definition, parents and children.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:gray&apos;&gt;Selecione uma sugestão ou um termo do perfil para ver a definição, os termos pais e os termos filhos.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 · English: %2</source>
        <translation>%1 · Inglês: %2</translation>
    </message>
    <message>
        <source>%1 · English: %2 · machine translation, not yet approved</source>
        <translation>%1 · Inglês: %2 · tradução automática, ainda não aprovada</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:gray&apos;&gt;No definition.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:gray&apos;&gt;Sem definição.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Synonyms:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Sinônimos:&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>TermSuggestionModel</name>
    <message>
        <source>%1  ·  %2  (synonym: %3)</source>
        <translation>%1  ·  %2  (sinônimo: %3)</translation>
    </message>
    <message>
        <source>%1  ·  %2</source>
        <translation>%1  ·  %2</translation>
    </message>
    <message>
        <source>English: %1 (machine translation, not yet approved)</source>
        <translation>Inglês: %1 (tradução automática, ainda não aprovada)</translation>
    </message>
    <message>
        <source>English: %1</source>
        <translation>Inglês: %1</translation>
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
        <translation>Adicionar variante</translation>
    </message>
    <message>
        <source>Edit variant</source>
        <translation>Editar variante</translation>
    </message>
    <message>
        <source>Gene</source>
        <translation>Gene</translation>
    </message>
    <message>
        <source>HGNC symbol, alias, HGNC:, Ensembl or Entrez id</source>
        <translation>Símbolo HGNC, alias, ID HGNC:, Ensembl ou Entrez</translation>
    </message>
    <message>
        <source>HGVS coding</source>
        <translation>HGVS codificante</translation>
    </message>
    <message>
        <source>e.g. NM_000059.4:c.1310_1313del</source>
        <translation>p. ex. NM_000059.4:c.1310_1313del</translation>
    </message>
    <message>
        <source>HGVS protein</source>
        <translation>HGVS proteico</translation>
    </message>
    <message>
        <source>e.g. NP_000050.3:p.(Lys437IlefsTer22)</source>
        <translation>p. ex. NP_000050.3:p.(Lys437IlefsTer22)</translation>
    </message>
    <message>
        <source>Assembly</source>
        <translation>Genoma de referência</translation>
    </message>
    <message>
        <source>no coordinates</source>
        <translation>sem coordenadas</translation>
    </message>
    <message>
        <source>Chromosome</source>
        <translation>Cromossomo</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Posição</translation>
    </message>
    <message>
        <source>Reference allele</source>
        <translation>Alelo de referência</translation>
    </message>
    <message>
        <source>Alternate allele</source>
        <translation>Alelo alternativo</translation>
    </message>
    <message>
        <source>Zygosity</source>
        <translation>Zigosidade</translation>
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
        <translation>Coo&amp;rdenadas:</translation>
    </message>
    <message>
        <source>&amp;Zygosity:</source>
        <translation>&amp;Zigosidade:</translation>
    </message>
    <message>
        <source>&amp;ACMG class:</source>
        <translation>Classe &amp;ACMG:</translation>
    </message>
    <message>
        <source>Enter the gene.</source>
        <translation>Indique o gene.</translation>
    </message>
    <message>
        <source>The HGNC catalog is still loading; the gene will be kept as typed.</source>
        <translation>O catálogo HGNC ainda não está carregado; o gene será mantido tal como foi escrito.</translation>
    </message>
    <message>
        <source>%1 is an alias of %2 (%3).</source>
        <translation>%1 é um alias de %2 (%3).</translation>
    </message>
    <message>
        <source>%1 is a previous symbol of %2 (%3).</source>
        <translation>%1 é um símbolo anterior de %2 (%3).</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>Utilizar %1</translation>
    </message>
    <message>
        <source>✓ %1 (%2)</source>
        <translation>✓ %1 (%2)</translation>
    </message>
    <message>
        <source>%1 is ambiguous: it may mean %2. Enter the approved symbol.</source>
        <translation>%1 é ambíguo: pode significar %2. Indique o símbolo aprovado.</translation>
    </message>
    <message>
        <source>%1 is not in the HGNC catalog.</source>
        <translation>%1 não consta do catálogo HGNC.</translation>
    </message>
</context>
<context>
    <name>VariantModel</name>
    <message>
        <source>heterozygous</source>
        <translation>heterozigótico</translation>
    </message>
    <message>
        <source>homozygous</source>
        <translation>homozigótico</translation>
    </message>
    <message>
        <source>hemizygous</source>
        <translation>hemizigótico</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconhecida</translation>
    </message>
    <message>
        <source>Benign</source>
        <translation>Benigna</translation>
    </message>
    <message>
        <source>Likely benign</source>
        <translation>Provavelmente benigna</translation>
    </message>
    <message>
        <source>Uncertain significance</source>
        <translation>Significado incerto</translation>
    </message>
    <message>
        <source>Likely pathogenic</source>
        <translation>Provavelmente patogênica</translation>
    </message>
    <message>
        <source>Pathogenic</source>
        <translation>Patogênica</translation>
    </message>
    <message>
        <source>not classified</source>
        <translation>não classificada</translation>
    </message>
    <message>
        <source>%1 chr%2:%3 %4&gt;%5</source>
        <translation>%1 chr%2:%3 %4&gt;%5</translation>
    </message>
    <message>
        <source>Gene not validated against HGNC</source>
        <translation>Gene não validado no HGNC</translation>
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
        <translation>Coordenadas</translation>
    </message>
    <message>
        <source>Zygosity</source>
        <translation>Zigosidade</translation>
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
        <translation>&amp;Adicionar variante…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remover</translation>
    </message>
    <message>
        <source>&amp;Import from VCF…</source>
        <translation>&amp;Importar de VCF…</translation>
    </message>
    <message>
        <source>Candidate variants</source>
        <translation>Variantes candidatas</translation>
    </message>
    <message>
        <source>No candidate variants. Add one by hand or import them from the patient&apos;s VCF.</source>
        <translation>Sem variantes candidatas. Adicione uma manualmente ou importe-as do VCF do paciente.</translation>
    </message>
</context>
<context>
    <name>VcfImportDialog</name>
    <message>
        <source>Only records that &amp;PASS the filters</source>
        <translation>Apenas registros que &amp;passam nos filtros (PASS)</translation>
    </message>
    <message>
        <source>Import variants from %1</source>
        <translation>Importar variantes de %1</translation>
    </message>
    <message>
        <source>Sample (proband)</source>
        <translation>Amostra (probando)</translation>
    </message>
    <message>
        <source>Minimum QUAL</source>
        <translation>QUAL mínima</translation>
    </message>
    <message>
        <source>Minimum genotype quality</source>
        <translation>Qualidade mínima do genótipo</translation>
    </message>
    <message>
        <source>Maximum population allele frequency</source>
        <translation>Frequência alélica máxima na população</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sem limite</translation>
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
        <translation>todos os genes (ou uma lista: KMT2D, CHD7)</translation>
    </message>
    <message>
        <source>Minimum predicted impact</source>
        <translation>Impacto previsto mínimo</translation>
    </message>
    <message>
        <source>any (also unannotated records)</source>
        <translation>qualquer (incluindo registros não anotados)</translation>
    </message>
    <message>
        <source>low or higher</source>
        <translation>baixo ou superior</translation>
    </message>
    <message>
        <source>moderate or higher</source>
        <translation>moderado ou superior</translation>
    </message>
    <message>
        <source>high only</source>
        <translation>apenas alto</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>&amp;Sample:</source>
        <translation>&amp;Amostra:</translation>
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
        <translation>&amp;Frequência na população:</translation>
    </message>
    <message>
        <source>&amp;Genes:</source>
        <translation>Ge&amp;nes:</translation>
    </message>
    <message>
        <source>Predicted &amp;impact:</source>
        <translation>Impacto pre&amp;visto:</translation>
    </message>
    <message>
        <source>sites only (no genotypes)</source>
        <translation>apenas posições (sem genótipos)</translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %n sample(s). Choose the proband and which records to keep.</source>
        <translation>
            <numerusform>%1 contém %n amostra. Escolha o probando e os registros a manter.</numerusform>
            <numerusform>%1 contém %n amostras. Escolha o probando e os registros a manter.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Leitura de %1…</translation>
    </message>
    <message>
        <source>Cannot import the VCF</source>
        <translation>Não é possível importar o VCF</translation>
    </message>
</context>
<context>
    <name>VcfReader</name>
    <message>
        <source>the file does not exist</source>
        <translation>o arquivo não existe</translation>
    </message>
    <message>
        <source>cannot open the file</source>
        <translation>não é possível abrir o arquivo</translation>
    </message>
    <message>
        <source>not a VCF or BCF file (no ##fileformat=VCF header)</source>
        <translation>não é um arquivo VCF nem BCF (sem cabeçalho ##fileformat=VCF)</translation>
    </message>
    <message>
        <source>missing or invalid header lines (##fileformat and the #CHROM line are required)</source>
        <translation>linhas de cabeçalho ausentes ou inválidas (##fileformat e a linha #CHROM são obrigatórias)</translation>
    </message>
    <message>
        <source>no sample &apos;%1&apos; in the file (samples: %2)</source>
        <translation>a amostra “%1” não existe no arquivo (amostras: %2)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhuma</translation>
    </message>
    <message>
        <source>the file has %1 samples (%2): choose the proband</source>
        <translation>o arquivo tem %1 amostras (%2): escolha o probando</translation>
    </message>
    <message>
        <source>cannot select sample &apos;%1&apos;</source>
        <translation>não é possível selecionar a amostra “%1”</translation>
    </message>
    <message>
        <source>%1: the assembly is not named in the header; variants have no assembly</source>
        <translation>%1: o genoma de referência não é indicado no cabeçalho; as variantes ficam sem genoma de referência</translation>
    </message>
    <message>
        <source>truncated or corrupt data</source>
        <translation>dados truncados ou corrompidos</translation>
    </message>
    <message>
        <source>invalid record (htslib error %1: %2)</source>
        <translation>registro inválido (erro htslib %1: %2)</translation>
    </message>
    <message>
        <source>contig not declared in the header</source>
        <translation>contig não declarado no cabeçalho</translation>
    </message>
    <message>
        <source>tag not declared in the header</source>
        <translation>tag não declarada no cabeçalho</translation>
    </message>
    <message>
        <source>wrong number of columns</source>
        <translation>número de colunas incorreto</translation>
    </message>
    <message>
        <source>value out of range</source>
        <translation>valor fora do intervalo</translation>
    </message>
    <message>
        <source>malformed field</source>
        <translation>campo malformado</translation>
    </message>
    <message>
        <source>the record uses a contig, INFO or FORMAT tag that the header does not declare</source>
        <translation>o registro utiliza um contig ou uma tag INFO ou FORMAT que o cabeçalho não declara</translation>
    </message>
    <message>
        <source>not a valid position</source>
        <translation>não é uma posição válida</translation>
    </message>
    <message>
        <source>import cancelled</source>
        <translation>importação cancelada</translation>
    </message>
    <message>
        <source>the reference allele is missing</source>
        <translation>o alelo de referência está ausente</translation>
    </message>
</context>
<context>
    <name>WatchControl</name>
    <message>
        <source>Watch for new matches</source>
        <translation>Vigiar novas correspondências</translation>
    </message>
    <message>
        <source>Check now</source>
        <translation>Verificar agora</translation>
    </message>
    <message>
        <source>Query the enabled nodes again on a schedule and raise an alert for new or changed matches.</source>
        <translation>Consultar de novo os nós ativados com a periodicidade definida e emitir um alerta para correspondências novas ou alteradas.</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Periodicidade</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Diariamente</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Semanalmente</translation>
    </message>
    <message>
        <source>On request</source>
        <translation>A pedido</translation>
    </message>
    <message>
        <source>Minimum score for an alert</source>
        <translation>Pontuação mínima para um alerta</translation>
    </message>
    <message>
        <source>Matches scoring below this (local score) are recorded without an alert.</source>
        <translation>As correspondências com pontuação (local) inferior são guardadas sem alerta.</translation>
    </message>
    <message>
        <source>alert from score </source>
        <translation>alerta a partir da pontuação </translation>
    </message>
    <message>
        <source>Query the enabled nodes for this patient in the background now</source>
        <translation>Consultar agora, em segundo plano, os nós ativados para este paciente</translation>
    </message>
    <message>
        <source>Consent to matchmaking is not recorded for this patient.</source>
        <translation>O consentimento para matchmaking não está documentado para este paciente.</translation>
    </message>
    <message>
        <source>not checked yet</source>
        <translation>ainda não verificado</translation>
    </message>
    <message>
        <source>last checked %1</source>
        <translation>última verificação: %1</translation>
    </message>
    <message>
        <source>Cannot save the watch</source>
        <translation>Não é possível guardar a vigilância</translation>
    </message>
    <message>
        <source>Cannot check now</source>
        <translation>Não é possível verificar agora</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Print the version and the reference data in use.</source>
        <translation>Imprimir a versão e os dados de referência em uso.</translation>
    </message>
    <message>
        <source>Database file (default: MATCHDESK_DB, else the per-user data folder).</source>
        <translation>Arquivo da base de dados (padrão: MATCHDESK_DB; caso contrário, a pasta de dados do perfil).</translation>
    </message>
    <message>
        <source>Settings file (default: MATCHDESK_SETTINGS, else the per-user location).</source>
        <translation>Arquivo de configurações (padrão: MATCHDESK_SETTINGS; caso contrário, a localização do perfil).</translation>
    </message>
    <message>
        <source>Print start-up timings (ms) and quit once the ontology is loaded.</source>
        <translation>Imprimir os tempos de inicialização (ms) e sair assim que a ontologia estiver carregada.</translation>
    </message>
    <message>
        <source>MatchDesk: federated rare-disease patient matching (Matchmaker Exchange).</source>
        <translation>MatchDesk: pesquisa federada de correspondências entre pacientes com doenças raras (Matchmaker Exchange).</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Não é possível abrir a base de dados</translation>
    </message>
    <message>
        <source>No keychain</source>
        <translation>Sem cofre de chaves</translation>
    </message>
</context>
</TS>
