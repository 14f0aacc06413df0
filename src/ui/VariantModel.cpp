#include "VariantModel.h"

#include <QColor>

VariantModel::VariantModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void VariantModel::setVariants(const QList<Variant>& variants)
{
    beginResetModel();
    m_variants = variants;
    endResetModel();
}

void VariantModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_variants.isEmpty()) {
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }
}

int VariantModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_variants.size());
}

int VariantModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString VariantModel::zygosityText(Zygosity z)
{
    switch (z) {
    case Zygosity::Heterozygous:
        return tr("heterozygous");
    case Zygosity::Homozygous:
        return tr("homozygous");
    case Zygosity::Hemizygous:
        return tr("hemizygous");
    case Zygosity::Unknown:
        break;
    }
    return tr("unknown");
}

QString VariantModel::acmgText(AcmgClass c)
{
    switch (c) {
    case AcmgClass::Benign:
        return tr("Benign");
    case AcmgClass::LikelyBenign:
        return tr("Likely benign");
    case AcmgClass::UncertainSignificance:
        return tr("Uncertain significance");
    case AcmgClass::LikelyPathogenic:
        return tr("Likely pathogenic");
    case AcmgClass::Pathogenic:
        return tr("Pathogenic");
    case AcmgClass::NotProvided:
        break;
    }
    return tr("not classified");
}

QString VariantModel::coordinatesText(const Variant& v)
{
    if (!v.hasCoordinates()) {
        return {};
    }
    return tr("%1 chr%2:%3 %4>%5").arg(v.assembly, v.chromosome).arg(v.position).arg(v.ref, v.alt);
}

QVariant VariantModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Variant& v = m_variants.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case GeneColumn:
            return v.gene.symbol.isEmpty() ? v.gene.hgncId : v.gene.symbol;
        case HgvsColumn: {
            QStringList parts;
            for (const QString& h : {v.hgvsC, v.hgvsP}) {
                if (!h.isEmpty()) {
                    parts << h;
                }
            }
            if (parts.isEmpty() && !v.label.isEmpty()) {
                parts << v.label;
            }
            return parts.join(QStringLiteral("  "));
        }
        case CoordinatesColumn:
            return coordinatesText(v);
        case ZygosityColumn:
            return zygosityText(v.zygosity);
        case AcmgColumn:
            return acmgText(v.acmgClass);
        default:
            break;
        }
    } else if (role == Qt::ToolTipRole && index.column() == GeneColumn) {
        return v.gene.hgncId.isEmpty() ? tr("Gene not validated against HGNC") : v.gene.hgncId;
    } else if (role == Qt::ForegroundRole && index.column() == AcmgColumn &&
               (v.acmgClass == AcmgClass::Pathogenic || v.acmgClass == AcmgClass::LikelyPathogenic)) {
        return QColor(0xa0, 0x1c, 0x1c);
    } else if (role == Qt::ForegroundRole && index.column() == GeneColumn && v.gene.hgncId.isEmpty()) {
        return QColor(0x8a, 0x5a, 0x00);
    }
    return {};
}

QVariant VariantModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case GeneColumn:
        return tr("Gene");
    case HgvsColumn:
        return tr("HGVS");
    case CoordinatesColumn:
        return tr("Coordinates");
    case ZygosityColumn:
        return tr("Zygosity");
    case AcmgColumn:
        return tr("ACMG class");
    default:
        return {};
    }
}
