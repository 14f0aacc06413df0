#pragma once

#include "core/Variant.h"

#include <QAbstractTableModel>
#include <QList>

// The candidate variants of the open patient.
class VariantModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        GeneColumn,
        HgvsColumn,
        CoordinatesColumn,
        ZygosityColumn,
        AcmgColumn,
        ColumnCount
    };

    explicit VariantModel(QObject* parent = nullptr);
    void setVariants(const QList<Variant>& variants);
    const QList<Variant>& variants() const { return m_variants; }
    // The language changed: header and cell texts are computed on demand, so the views are told
    // that all of them changed.
    void retranslate();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString zygosityText(Zygosity z);
    static QString acmgText(AcmgClass c);
    static QString coordinatesText(const Variant& v);

private:
    QList<Variant> m_variants;
};
