#pragma once

#include <QTableView>

// A read-only table of records (matches, alerts, audit entries): whole-row single selection,
// alternating row colours, one line per row, no row numbers, columns the user can resize.
class RecordTableView : public QTableView
{
    Q_OBJECT

public:
    explicit RecordTableView(QWidget* parent = nullptr);
};
