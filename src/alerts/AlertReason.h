#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

// Why an alert was raised. Stored language-neutrally in the database (a compact JSON array in
// alerts.reason, e.g. [["gene","ASPM"],["score","0.40"]]) and put into words in the reader's
// language when shown, so an alert raised by a headless run reads correctly in every UI language.
class AlertReason
{
    Q_DECLARE_TR_FUNCTIONS(AlertReason)

public:
    enum class Change
    {
        NewMatch,      // value: node name
        NewSharedGene, // value: gene symbol
        NewVariant,    // value: assembly:chromosome:position:ref:alt
        ScoreRose,     // value: the new local score, "0.64"
        Returned,      // returned again after having been withdrawn
        Withdrawn,     // value: node name
    };
    struct Item
    {
        Change change = Change::NewMatch;
        QString value;
        bool operator==(const Item&) const = default;
    };

    static QString encode(const QList<Item>& items);
    // The items of a stored reason; false when it is not one (e.g. free text of an older version).
    static bool decode(const QString& stored, QList<Item>* items);
    // The reason in the current language ("new shared gene ASPM; score rose to 0.40"); text that is
    // not an encoded reason is returned unchanged.
    static QString describe(const QString& stored);
    static QString describe(const Item& item);
};
