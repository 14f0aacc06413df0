#include "PhenotypeFeatureModel.h"

#include "matching/HpoOntology.h"
#include "matching/HpoTranslations.h"
#include "matching/InformationContent.h"

#include <QColor>
#include <QFont>

PhenotypeFeatureModel::PhenotypeFeatureModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void PhenotypeFeatureModel::setOntology(std::shared_ptr<const HpoOntology> ontology,
                                        std::shared_ptr<const InformationContent> ic)
{
    beginResetModel();
    m_ontology = std::move(ontology);
    m_ic = std::move(ic);
    computeWarnings();
    endResetModel();
}

void PhenotypeFeatureModel::setTranslations(std::shared_ptr<const HpoTranslations> translations)
{
    beginResetModel();
    m_translations = std::move(translations);
    computeWarnings();
    endResetModel();
}

QString PhenotypeFeatureModel::label(int term) const
{
    return m_translations ? m_translations->displayLabel(term) : m_ontology->name(term);
}

QString PhenotypeFeatureModel::englishNote(const QString& english, HpoTranslations::Status status)
{
    switch (status) {
    case HpoTranslations::Status::Candidate:
        return tr("English: %1 (machine translation, not yet approved)").arg(english);
    case HpoTranslations::Status::Official:
        return tr("English: %1").arg(english);
    case HpoTranslations::Status::None:
        break;
    }
    return {};
}

void PhenotypeFeatureModel::setFeatures(const QList<PhenotypeFeature>& features)
{
    beginResetModel();
    m_features = features;
    computeWarnings();
    endResetModel();
}

void PhenotypeFeatureModel::computeWarnings()
{
    m_rowWarnings = QStringList(m_features.size(), QString());
    if (!m_ontology) {
        return;
    }
    QList<int> idx;
    for (const auto& f : m_features) {
        idx << m_ontology->indexOf(f.termId);
    }
    for (int i = 0; i < m_features.size(); ++i) {
        if (idx[i] < 0) {
            m_rowWarnings[i] = tr("%1 is not a current HPO term").arg(m_features[i].termId);
            continue;
        }
        for (int j = 0; j < m_features.size(); ++j) {
            if (i == j || idx[j] < 0) {
                continue;
            }
            const PhenotypeFeature& a = m_features[i];
            const PhenotypeFeature& b = m_features[j];
            if (!a.excluded && !b.excluded && idx[i] != idx[j] &&
                m_ontology->isDescendantOf(idx[j], idx[i])) {
                m_rowWarnings[i] = tr("Redundant: %1 is an ancestor of %2, which is also observed")
                                       .arg(label(idx[i]), label(idx[j]));
                break;
            }
            if (a.excluded && !b.excluded && m_ontology->isDescendantOf(idx[j], idx[i])) {
                m_rowWarnings[i] = idx[i] == idx[j]
                                       ? tr("Conflict: %1 is both observed and excluded").arg(label(idx[i]))
                                       : tr("Conflict: %1 is excluded but its descendant %2 is observed")
                                             .arg(label(idx[i]), label(idx[j]));
                break;
            }
        }
    }
}

QStringList PhenotypeFeatureModel::warnings() const
{
    QStringList out;
    for (const QString& w : m_rowWarnings) {
        if (!w.isEmpty()) {
            out << w;
        }
    }
    return out;
}

double PhenotypeFeatureModel::totalInformationContent() const
{
    if (!m_ontology || !m_ic) {
        return 0;
    }
    double total = 0;
    for (const auto& f : m_features) {
        const int t = m_ontology->indexOf(f.termId);
        if (!f.excluded && t >= 0) {
            total += m_ic->ic(t);
        }
    }
    return total;
}

void PhenotypeFeatureModel::retranslate()
{
    computeWarnings();
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_features.isEmpty()) {
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }
}

int PhenotypeFeatureModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_features.size());
}

int PhenotypeFeatureModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PhenotypeFeatureModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const PhenotypeFeature& f = m_features.at(index.row());
    const QString& warning = m_rowWarnings.at(index.row());
    if (role == WarningRole) {
        return warning;
    }
    if (role == TermIdRole) {
        return f.termId;
    }
    const int t = m_ontology ? m_ontology->indexOf(f.termId) : -1;
    HpoTranslations::Status status = HpoTranslations::Status::None;
    const QString english = t >= 0 ? m_ontology->name(t) : f.label;
    const QString name = t >= 0 && m_translations ? m_translations->displayLabel(t, &status) : english;
    if (role == EnglishLabelRole) {
        return english;
    }
    if (role == Qt::ToolTipRole) {
        QStringList lines;
        if (!warning.isEmpty()) {
            lines << warning;
        }
        if (status != HpoTranslations::Status::None) {
            lines << englishNote(english, status);
        }
        return lines.isEmpty() ? QVariant() : QVariant(lines.join(QLatin1Char('\n')));
    }
    switch (index.column()) {
    case TermColumn:
        if (role == Qt::DisplayRole) {
            return warning.isEmpty() ? name : QStringLiteral("⚠ ") + name;
        }
        if (role == Qt::ForegroundRole && f.excluded) {
            return QColor(0x60, 0x60, 0x60);
        }
        if (role == Qt::FontRole && (f.excluded || status == HpoTranslations::Status::Candidate)) {
            QFont font;
            font.setStrikeOut(f.excluded);
            font.setItalic(status == HpoTranslations::Status::Candidate);
            return font;
        }
        if (role == Qt::ForegroundRole && !warning.isEmpty()) {
            return QColor(0xa0, 0x5a, 0x00);
        }
        break;
    case IdColumn:
        if (role == Qt::DisplayRole) {
            return f.termId;
        }
        break;
    case StatusColumn:
        if (role == Qt::DisplayRole) {
            return f.excluded ? tr("excluded") : tr("observed");
        }
        break;
    case OnsetColumn:
        if (role == Qt::DisplayRole) {
            const int onset = m_ontology && m_translations ? m_ontology->indexOf(f.onsetTermId) : -1;
            return onset >= 0 ? m_translations->displayLabel(onset) : f.onsetLabel;
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant PhenotypeFeatureModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case TermColumn:
        return tr("Phenotype");
    case IdColumn:
        return tr("HPO id");
    case StatusColumn:
        return tr("Status");
    case OnsetColumn:
        return tr("Onset");
    default:
        return {};
    }
}
