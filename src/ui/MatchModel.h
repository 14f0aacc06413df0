#pragma once

#include "HpoTermLabels.h"
#include "core/Match.h"

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

// Matches of the open patient (from the database, refreshed as nodes answer), with what the
// results table shows parsed once from the remote record and the explanation.
class MatchModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        ScoreColumn,
        NodeScoreColumn,
        NodeColumn,
        ContactColumn,
        GenesColumn,
        PhenotypesColumn,
        StatusColumn,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1,
        StatusRole,
        MatchRowIdRole,
        SearchTextRole,
    };

    // An HPO term of the explanation as stored (English label).
    struct SharedPhenotype
    {
        QString id;
        QString label;
    };

    struct Row
    {
        Match match;
        QString contactName;
        QString institution;
        QString email;
        QString href;
        QStringList genes;
        QList<SharedPhenotype> sharedPhenotypes; // exact shared first, then the most informative similar ones
    };

    explicit MatchModel(QObject* parent = nullptr);
    void setMatches(const QList<Match>& matches);
    // The language changed: header and cell texts are computed on demand, so the views are told
    // that all of them changed.
    void retranslate();
    // HPO labels in the HPO language (hpoLanguageChanged): the shared phenotypes are shown with
    // them, the English label in the tooltip; filtering matches both.
    void setTermLabels(const HpoTermLabels& labels);
    const Row& row(int r) const { return m_rows.at(r); }
    int rowOfMatch(qint64 matchRowId) const;
    // Updates one match in place (after a triage change).
    void updateMatch(const Match& match);

    static Row parse(const Match& match);
    static QString statusText(TriageStatus status);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<HpoTermLabels::Label> sharedLabels(const Row& row) const;

    QList<Row> m_rows;
    HpoTermLabels m_labels;
};
