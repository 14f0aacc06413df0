#include "HpoTranslations.h"

#include "DataFileReader.h"
#include "HpoOntology.h"
#include "MatchingLogging.h"
#include "OntologyError.h"
#include "core/DataPaths.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace {

// One TSV row split on tabs, with optional CSV-style quoting ("a ""b""") removed.
QStringList splitRow(const QString& line)
{
    QStringList fields = line.split(QLatin1Char('\t'));
    for (QString& f : fields) {
        if (f.size() >= 2 && f.startsWith(QLatin1Char('"')) && f.endsWith(QLatin1Char('"'))) {
            f = f.mid(1, f.size() - 2).replace(QStringLiteral("\"\""), QStringLiteral("\""));
        }
        f = f.trimmed();
    }
    return fields;
}

QStringList lines(const QByteArray& tsv)
{
    QString text = QString::fromUtf8(tsv);
    if (text.startsWith(QChar(0xFEFF))) {
        text.remove(0, 1);
    }
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    return text.split(QLatin1Char('\n'));
}

HpoTranslations::Status parseStatus(const QString& s)
{
    const QString u = s.trimmed().toUpper();
    if (u == QLatin1String("OFFICIAL")) {
        return HpoTranslations::Status::Official;
    }
    if (u == QLatin1String("NOT_TRANSLATED")) {
        return HpoTranslations::Status::None;
    }
    return HpoTranslations::Status::Candidate; // CANDIDATE, or anything not yet approved
}

} // namespace

HpoTranslations::HpoTranslations(std::shared_ptr<const HpoOntology> ontology, const QString& language)
    : m_ontology(std::move(ontology))
    , m_language(language)
{}

QString HpoTranslations::defaultDirectory()
{
    return DataPaths::hpoDir() + QStringLiteral("/translations");
}

QStringList HpoTranslations::availableLanguages(const QString& directory)
{
    QStringList out;
    static const QRegularExpression re(
        QStringLiteral("^hp-([a-z]{2,3})\\.(babelon|synonyms)\\.tsv(\\.gz)?$"));
    const QStringList files = QDir(directory).entryList(QDir::Files);
    for (const QString& f : files) {
        const auto m = re.match(f);
        if (m.hasMatch() && !out.contains(m.captured(1))) {
            out << m.captured(1);
        }
    }
    out.sort();
    return out;
}

HpoTranslations HpoTranslations::load(std::shared_ptr<const HpoOntology> ontology, const QString& language,
                                      const QString& directory)
{
    HpoTranslations t(std::move(ontology), language);
    if (language.isEmpty() || language == QLatin1String("en")) {
        return t;
    }
    const QDir dir(directory);
    for (const QString& kind : {QStringLiteral("babelon"), QStringLiteral("synonyms")}) {
        QString path = dir.filePath(QStringLiteral("hp-%1.%2.tsv").arg(language, kind));
        if (!QFileInfo::exists(path) && QFileInfo::exists(path + QStringLiteral(".gz"))) {
            path += QStringLiteral(".gz");
        }
        if (!QFileInfo::exists(path)) {
            continue;
        }
        const QByteArray data = DataFileReader::readAll(path);
        if (kind == QLatin1String("babelon")) {
            t.readBabelon(data, path);
        } else {
            t.readSynonyms(data, path);
        }
    }
    qCInfo(lcMatching) << "HPO translations" << language << ":" << t.labelCount(Status::Official)
                       << "official and" << t.labelCount(Status::Candidate) << "candidate labels,"
                       << t.synonymCount() << "synonyms";
    return t;
}

int HpoTranslations::resolve(const QString& id) const
{
    return m_ontology ? m_ontology->indexOf(id) : -1;
}

void HpoTranslations::readBabelon(const QByteArray& tsv, const QString& sourceName)
{
    const QStringList rows = lines(tsv);
    if (rows.isEmpty() || rows.first().trimmed().isEmpty()) {
        return;
    }
    const QStringList header = splitRow(rows.first());
    const int subject = int(header.indexOf(QStringLiteral("subject_id")));
    const int predicate = int(header.indexOf(QStringLiteral("predicate_id")));
    const int value = int(header.indexOf(QStringLiteral("translation_value")));
    const int status = int(header.indexOf(QStringLiteral("translation_status")));
    const int lang = int(header.indexOf(QStringLiteral("translation_language")));
    if (subject < 0 || predicate < 0 || value < 0) {
        throw OntologyError(QStringLiteral("%1:1: not a babelon TSV (needs subject_id, predicate_id and "
                                           "translation_value columns)")
                                .arg(sourceName));
    }
    for (int i = 1; i < rows.size(); ++i) {
        if (rows[i].trimmed().isEmpty()) {
            continue;
        }
        const QStringList f = splitRow(rows[i]);
        if (f.size() <= std::max({subject, predicate, value})) {
            throw OntologyError(QStringLiteral("%1:%2: expected %3 columns, found %4")
                                    .arg(sourceName)
                                    .arg(i + 1)
                                    .arg(header.size())
                                    .arg(f.size()));
        }
        if (lang >= 0 && lang < f.size() && !f[lang].isEmpty() && !m_language.isEmpty() &&
            f[lang] != m_language) {
            continue;
        }
        const Status st = status >= 0 && status < f.size() ? parseStatus(f[status]) : Status::Official;
        const QString& text = f[value];
        const int t = resolve(f[subject]);
        if (st == Status::None || text.isEmpty() || t < 0) {
            continue;
        }
        Term& entry = m_terms[t];
        if (f[predicate] == QLatin1String("rdfs:label")) {
            if (entry.labelStatus == Status::None ||
                (st == Status::Official && entry.labelStatus != Status::Official)) {
                entry.label = text;
                entry.labelStatus = st;
            }
        } else if (f[predicate] == QLatin1String("IAO:0000115")) {
            if (entry.definitionStatus == Status::None ||
                (st == Status::Official && entry.definitionStatus != Status::Official)) {
                entry.definition = text;
                entry.definitionStatus = st;
            }
        } else if (f[predicate].contains(QLatin1String("Synonym"))) {
            if (!entry.synonyms.contains(text)) {
                entry.synonyms << text;
            }
        }
        if (entry.label.isEmpty() && entry.definition.isEmpty() && entry.synonyms.isEmpty()) {
            m_terms.remove(t);
        }
    }
}

void HpoTranslations::readSynonyms(const QByteArray& tsv, const QString& sourceName)
{
    const QStringList rows = lines(tsv);
    if (rows.size() < 2) {
        return;
    }
    const QStringList header = splitRow(rows.first());
    const int subject = int(header.indexOf(QStringLiteral("subject_id")));
    const int value = int(header.indexOf(QStringLiteral("translation_value")));
    if (subject < 0 || value < 0) {
        throw OntologyError(
            QStringLiteral("%1:1: not a synonym table (needs subject_id and translation_value columns)")
                .arg(sourceName));
    }
    // Row 2 is the ROBOT template row: "AL oboInOwl:hasExactSynonym@fr SPLIT=|".
    const QStringList templ = splitRow(rows[1]);
    const bool hasTemplate = templ.value(subject) == QLatin1String("ID");
    QString split;
    if (hasTemplate) {
        const QString t = templ.value(value);
        const qsizetype at = t.indexOf(QLatin1String("SPLIT="));
        if (at >= 0) {
            split = t.mid(at + 6).section(QLatin1Char(' '), 0, 0);
        }
    }
    // A status column, where the file has one ("comment" in some languages, "Status" in others).
    int status = -1;
    for (int c = 0; c < header.size(); ++c) {
        if (header[c].compare(QLatin1String("status"), Qt::CaseInsensitive) == 0) {
            status = c;
        }
    }
    if (status < 0) {
        const int comment = int(header.indexOf(QStringLiteral("comment")));
        for (int i = hasTemplate ? 2 : 1; i < rows.size() && comment >= 0 && i < 50; ++i) {
            const QString s = splitRow(rows[i]).value(comment).toUpper();
            if (s == QLatin1String("OFFICIAL") || s == QLatin1String("CANDIDATE") ||
                s == QLatin1String("NOT_TRANSLATED")) {
                status = comment;
                break;
            }
        }
    }
    for (int i = hasTemplate ? 2 : 1; i < rows.size(); ++i) {
        if (rows[i].trimmed().isEmpty()) {
            continue;
        }
        const QStringList f = splitRow(rows[i]);
        if (f.size() <= std::max(subject, value)) {
            throw OntologyError(QStringLiteral("%1:%2: expected %3 columns, found %4")
                                    .arg(sourceName)
                                    .arg(i + 1)
                                    .arg(header.size())
                                    .arg(f.size()));
        }
        if (status >= 0 && status < f.size() && parseStatus(f[status]) == Status::None &&
            !f[status].isEmpty()) {
            continue; // NOT_TRANSLATED: the English text copied over
        }
        const int t = resolve(f[subject]);
        if (t < 0) {
            continue;
        }
        const QStringList texts = split.isEmpty() ? QStringList{f[value]} : f[value].split(split);
        for (const QString& raw : texts) {
            const QString text = raw.trimmed();
            if (text.isEmpty()) {
                continue;
            }
            Term& entry = m_terms[t];
            if (!entry.synonyms.contains(text) && text != entry.label) {
                entry.synonyms << text;
            }
        }
    }
}

const HpoTranslations::Term* HpoTranslations::term(int term) const
{
    const auto it = m_terms.constFind(term);
    return it == m_terms.constEnd() ? nullptr : &it.value();
}

QString HpoTranslations::displayLabel(int t, Status* status) const
{
    const Term* tr = term(t);
    if (tr && tr->labelStatus != Status::None && !tr->label.isEmpty()) {
        if (status) {
            *status = tr->labelStatus;
        }
        return tr->label;
    }
    if (status) {
        *status = Status::None;
    }
    return m_ontology && t >= 0 && t < m_ontology->size() ? m_ontology->name(t) : QString();
}

bool HpoTranslations::isCandidate(int t) const
{
    const Term* tr = term(t);
    return tr && tr->labelStatus == Status::Candidate;
}

QString HpoTranslations::displayDefinition(int t) const
{
    const Term* tr = term(t);
    if (tr && !tr->definition.isEmpty()) {
        return tr->definition;
    }
    return m_ontology && t >= 0 && t < m_ontology->size() ? m_ontology->definition(t) : QString();
}

int HpoTranslations::labelCount(Status status) const
{
    int n = 0;
    for (const Term& t : m_terms) {
        n += t.labelStatus == status && !t.label.isEmpty() ? 1 : 0;
    }
    return n;
}

int HpoTranslations::synonymCount() const
{
    int n = 0;
    for (const Term& t : m_terms) {
        n += int(t.synonyms.size());
    }
    return n;
}

int HpoTranslations::definitionCount() const
{
    int n = 0;
    for (const Term& t : m_terms) {
        n += t.definition.isEmpty() ? 0 : 1;
    }
    return n;
}

QList<TermSearch::Label> HpoTranslations::searchLabels() const
{
    QList<TermSearch::Label> out;
    out.reserve(m_terms.size() * 2);
    for (auto it = m_terms.constBegin(); it != m_terms.constEnd(); ++it) {
        if (!it->label.isEmpty()) {
            out.append({it.key(), it->label, false});
        }
        for (const QString& s : it->synonyms) {
            out.append({it.key(), s, true});
        }
    }
    return out;
}

void HpoTranslations::addTo(TermSearch& search) const
{
    if (!m_language.isEmpty() && !m_terms.isEmpty()) {
        search.addLabels(m_language, searchLabels());
    }
}
