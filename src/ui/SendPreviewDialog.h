#pragma once

#include "net/OutgoingRequest.h"

#include <QDialog>
#include <QList>

// "What will be sent": the exact request body per node, the fields that leave the machine and
// the pseudonym the nodes will see. Nothing is sent unless the clinician presses Send.
class SendPreviewDialog : public QDialog
{
    Q_OBJECT

public:
    SendPreviewDialog(const QList<OutgoingRequest>& requests, QWidget* parent = nullptr);
};
