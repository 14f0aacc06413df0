#pragma once

#include <QString>
#include <QStringList>

// The responsible clinician: the only contact that ever leaves the machine.
struct Contact
{
    QString name;
    QString institution;
    QString email;
    QString href;        // "mailto:..." or an https contact form
    QStringList roles;   // subset of clinician | researcher | patient

    bool isEmpty() const { return name.isEmpty() && institution.isEmpty() && email.isEmpty() && href.isEmpty(); }
    bool operator==(const Contact&) const = default;
};
