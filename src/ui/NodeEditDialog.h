#pragma once

#include "core/Node.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

// Adds or edits a node. The token field is write-only: a token typed here goes to the keychain
// and is never shown again (empty = keep the stored token).
class NodeEditDialog : public QDialog
{
    Q_OBJECT

public:
    NodeEditDialog(const Node& node, bool isNew, bool hasToken, QWidget* parent = nullptr);
    Node node() const;
    QString token() const; // empty = unchanged

private:
    void validate();

    Node m_node;
    bool m_isNew;
    QLineEdit* m_name;
    QLineEdit* m_url;
    QComboBox* m_version;
    QLineEdit* m_token;
    QLabel* m_tokenHint;
    QSpinBox* m_connectTimeout;
    QSpinBox* m_totalTimeout;
    QLineEdit* m_caBundle;
    QLineEdit* m_pin;
    QCheckBox* m_enabled;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
};
