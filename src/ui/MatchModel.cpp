#include "MatchModel.h"

#include "PhenotypeFeatureModel.h"

#include <QColor>
#include <QFont>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <algorithm>

namespace {
constexpr int kShownPhenotypes = 3; // in the cell; all of them in the tooltip
} // namespace

MatchModel::MatchModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

QString MatchModel::statusText(TriageStatus status)
{
    switch (status) {
    case TriageStatus::New:
        return tr("new");
    case TriageStatus::Reviewed:
        return tr("reviewed");
    case TriageStatus::Contacted:
        return tr("contacted");
    case TriageStatus::Collaborating:
        return tr("collaborating");
    case TriageStatus::NotRelevant:
        return tr("not relevant");
    }
    return {};
}

MatchModel::Row MatchModel::parse(const Match& match)
{
    Row row;
    row.match = match;
    const QJsonObject record = QJsonDocument::fromJson(match.remoteRecord).object();
    const QJsonObject contact = record.value(QStringLiteral("contact")).toObject();
    row.contactName = contact.value(QStringLiteral("name")).toString();
    row.institution = contact.value(QStringLiteral("institution")).toString();
    row.href = contact.value(QStringLiteral("href")).toString();
    if (row.href.startsWith(QLatin1String("mailto:"))) {
        row.email = row.href.mid(7).section(QLatin1Char('?'), 0, 0);
    }
    const QJsonArray genomic = record.value(QStringLiteral("genomicFeatures")).toArray();
    for (const QJsonValue& v : genomic) {
        const QJsonObject gene = v.toObject().value(QStringLiteral("gene")).toObject();
        QString name = gene.value(QStringLiteral("_geneName")).toString();
        if (name.isEmpty()) {
            name = gene.value(QStringLiteral("id")).toString();
        }
        if (!name.isEmpty() && !row.genes.contains(name)) {
            row.genes << name;
        }
    }
    const QJsonObject explanation = QJsonDocument::fromJson(match.explanation).object();
    // Shared genes from the explanation come first (symbols, not ids).
    QStringList shared;
    for (const QJsonValue& v : explanation.value(QStringLiteral("genotype"))
                                   .toObject()
                                   .value(QStringLiteral("sharedGenes"))
                                   .toArray()) {
        const QString symbol = v.toObject().value(QStringLiteral("symbol")).toString();
        if (!symbol.isEmpty()) {
            shared << symbol;
        }
    }
    for (const QString& g : std::as_const(row.genes)) {
        if (!shared.contains(g)) {
            shared << g;
        }
    }
    row.genes = shared;
    struct Term
    {
        SharedPhenotype phenotype;
        double ic;
        bool exact;
    };
    QList<Term> terms;
    for (const QJsonValue& v : explanation.value(QStringLiteral("terms")).toArray()) {
        const QJsonObject t = v.toObject();
        const QJsonObject mica = t.value(QStringLiteral("commonAncestor")).toObject();
        if (mica.isEmpty()) {
            continue;
        }
        const bool exact = t.value(QStringLiteral("exact")).toBool();
        const QJsonObject shown = exact ? t.value(QStringLiteral("queryTerm")).toObject() : mica;
        terms << Term{
            {shown.value(QStringLiteral("id")).toString(), shown.value(QStringLiteral("label")).toString()},
            mica.value(QStringLiteral("ic")).toDouble(),
            exact};
    }
    std::stable_sort(terms.begin(), terms.end(),
                     [](const Term& a, const Term& b) { return a.exact != b.exact ? a.exact : a.ic > b.ic; });
    for (const Term& t : terms) {
        if (t.phenotype.label.isEmpty() && t.phenotype.id.isEmpty()) {
            continue;
        }
        const bool known = std::any_of(
            row.sharedPhenotypes.cbegin(), row.sharedPhenotypes.cend(), [&](const SharedPhenotype& p) {
                return t.phenotype.id.isEmpty() ? p.label == t.phenotype.label : p.id == t.phenotype.id;
            });
        if (!known) {
            row.sharedPhenotypes << t.phenotype;
        }
    }
    return row;
}

void MatchModel::setMatches(const QList<Match>& matches)
{
    beginResetModel();
    m_rows.clear();
    for (const Match& m : matches) {
        m_rows << parse(m);
    }
    endResetModel();
}

int MatchModel::rowOfMatch(qint64 matchRowId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).match.rowId == matchRowId) {
            return i;
        }
    }
    return -1;
}

void MatchModel::updateMatch(const Match& match)
{
    const int r = rowOfMatch(match.rowId);
    if (r < 0) {
        return;
    }
    m_rows[r] = parse(match);
    emit dataChanged(index(r, 0), index(r, ColumnCount - 1));
}

void MatchModel::setTermLabels(const HpoTermLabels& labels)
{
    m_labels = labels;
    // Whole rows: the search text (read from the first column by the filter) changes too.
    if (!m_rows.isEmpty()) {
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }
}

QList<HpoTermLabels::Label> MatchModel::sharedLabels(const Row& row) const
{
    QList<HpoTermLabels::Label> labels;
    labels.reserve(row.sharedPhenotypes.size());
    for (const SharedPhenotype& p : row.sharedPhenotypes) {
        labels << m_labels.label(p.id, p.label);
    }
    return labels;
}

void MatchModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty()) {
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }
}

int MatchModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MatchModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MatchModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Row& r = m_rows.at(index.row());
    const Match& m = r.match;
    switch (role) {
    case StatusRole:
        return int(m.status);
    case MatchRowIdRole:
        return m.rowId;
    case SearchTextRole: {
        QStringList texts{m.nodeName, r.contactName, r.institution, r.genes.join(QLatin1Char(' ')), m.notes};
        for (const HpoTermLabels::Label& l : sharedLabels(r)) {
            texts << l.english;
            if (l.text != l.english) {
                texts << l.text;
            }
        }
        return texts.join(QLatin1Char(' '));
    }
    case Qt::FontRole: {
        const bool unread = m.status == TriageStatus::New && !m.withdrawn;
        // Candidate (machine) translations in italics, as on the Phenotypes page.
        bool candidate = false;
        if (index.column() == PhenotypesColumn) {
            const QList<HpoTermLabels::Label> shown = sharedLabels(r).mid(0, kShownPhenotypes);
            candidate = std::any_of(shown.cbegin(), shown.cend(),
                                    [](const HpoTermLabels::Label& l) { return l.isCandidate(); });
        }
        if (unread || candidate) {
            QFont f;
            f.setBold(unread);
            f.setItalic(candidate);
            return f;
        }
        return {};
    }
    case Qt::ForegroundRole:
        if (m.withdrawn || m.status == TriageStatus::NotRelevant) {
            return QColor(Qt::gray);
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == ScoreColumn || index.column() == NodeScoreColumn) {
            return int(Qt::AlignRight | Qt::AlignVCenter);
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == ScoreColumn) {
            return tr("MatchDesk score %1 (phenotype %2, genotype %3): comparable across nodes")
                .arg(QLocale().toString(m.localScore, 'f', 2), QLocale().toString(m.phenotypeScore, 'f', 2),
                     QLocale().toString(m.genotypeScore, 'f', 2));
        }
        if (index.column() == NodeScoreColumn) {
            return tr("The node's own score: not comparable between nodes");
        }
        if (index.column() == PhenotypesColumn) {
            // One line per term; translated ones with their English label.
            QStringList lines;
            for (const HpoTermLabels::Label& l : sharedLabels(r)) {
                const QString note = PhenotypeFeatureModel::englishNote(l.english, l.status);
                lines << (note.isEmpty() ? l.text : QStringLiteral("%1 — %2").arg(l.text, note));
            }
            return lines.join(QLatin1Char('\n'));
        }
        if (m.withdrawn) {
            return tr("No longer returned by %1").arg(m.nodeName);
        }
        return {};
    case SortRole:
        switch (index.column()) {
        case ScoreColumn:
            return m.localScore;
        case NodeScoreColumn:
            return m.nodeScore;
        case StatusColumn:
            return int(m.status);
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::DisplayRole:
        switch (index.column()) {
        case ScoreColumn:
            return QLocale().toString(m.localScore, 'f', 2);
        case NodeScoreColumn:
            return QLocale().toString(m.nodeScore, 'f', 2);
        case NodeColumn:
            return m.nodeName;
        case ContactColumn:
            return r.institution.isEmpty() ? r.contactName : tr("%1, %2").arg(r.contactName, r.institution);
        case GenesColumn:
            return r.genes.join(QStringLiteral(", "));
        case PhenotypesColumn: {
            QStringList texts;
            for (const HpoTermLabels::Label& l : sharedLabels(r).mid(0, kShownPhenotypes)) {
                texts << l.text;
            }
            return texts.join(QStringLiteral("; "));
        }
        case StatusColumn:
            return m.withdrawn ? tr("%1 (withdrawn)").arg(statusText(m.status)) : statusText(m.status);
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant MatchModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case ScoreColumn:
        return tr("Score");
    case NodeScoreColumn:
        return tr("Node score");
    case NodeColumn:
        return tr("Node");
    case ContactColumn:
        return tr("Contact");
    case GenesColumn:
        return tr("Genes");
    case PhenotypesColumn:
        return tr("Key shared phenotypes");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}
