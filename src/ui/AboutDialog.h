#pragma once

#include <QDialog>

class AppContext;

// Version, the HPO release in use and the licence notices of the reference data.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(AppContext* context, QWidget* parent = nullptr);
};
